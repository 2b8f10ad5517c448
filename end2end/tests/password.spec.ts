import { expect, test } from '@playwright/test';
import {
  PASSWORD,
  emailedLink,
  enroll,
  enterCode,
  newUser,
  open,
  openProfile,
  settled,
  signInWithPassword,
  signOut,
  title,
  totp,
  waitForEmail,
} from './helpers';

const NEW_PASSWORD = 'tall cranes at dawn';



test('a changed password signs in, and two-factor authentication is still asked', async ({ page }, testInfo) => {
  const email_ = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email_);
  const { key } = await enroll(page, testInfo);
  await openProfile(page, testInfo);
  await page.getByLabel('Current Password').fill(PASSWORD);
  await page.getByLabel('New Password', { exact: true }).fill(email_);
  await page.getByLabel('Confirm New Password').fill(email_);
  await page.getByRole('button', { name: 'Change Password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'can’t be your email' })).toBeVisible();
  await settled(page, testInfo);
  await page.getByLabel('Current Password').fill(PASSWORD);
  await page.getByLabel('New Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm New Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change Password' }).click();
  await expect(page.getByText('Your password was changed.')).toBeVisible();
  await title(page, 'My Profile Settings');
  await waitForEmail(page, email_, 'Your password was changed');

  await page.getByRole('link', { name: 'Back to Home' }).click();
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email_, NEW_PASSWORD);
  await enterCode(page, testInfo, totp(key, 1));
  await title(page, 'Welcome');
});

test('forgot password: a link by email, used once, then MFA as usual', async ({ page }, testInfo) => {
  const email_ = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email_);
  const { key } = await enroll(page, testInfo);
  await signOut(page, testInfo);

  await open(page, testInfo, '/login');
  await page.getByLabel('Email', { exact: true }).fill(email_);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Enter Your Password');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Forgot your password?' }).click();
  await expect(page.getByText('If an account uses this email, we sent it a link')).toBeVisible();

  await waitForEmail(page, email_, 'Reset your password');
  const reset = await emailedLink(page, email_, '/account/reset?token=');
  await open(page, testInfo, reset);
  await title(page, 'Reset Your Password');
  await page.getByLabel('New Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm New Password').fill('not the same password');
  await page.getByRole('button', { name: 'Reset Password' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two new passwords are not the same.');
  await settled(page, testInfo);
  await page.getByLabel('New Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm New Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Reset Password' }).click();
  await title(page, 'Enter Your Email');
  await expect(page.getByText('Your password was reset.')).toBeVisible();
  await waitForEmail(page, email_, 'Your password was reset');

  // The link works once.
  await open(page, testInfo, reset);
  await expect(page.getByText('This link has expired or was already used.')).toBeVisible();

  await signInWithPassword(page, testInfo, email_, NEW_PASSWORD);
  await enterCode(page, testInfo, totp(key, 1));
  await title(page, 'Welcome');
});

test('"This wasn’t me" in a security email signs out every browser and requires a new password', async ({ page, browser }, testInfo) => {
  const email_ = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email_);
  await enroll(page, testInfo);
  await waitForEmail(page, email_, 'An authenticator app was added to your account');
  const notMe = await emailedLink(page, email_, '/account/not-me?token=');

  // Opened elsewhere (the mail app), the link asks before doing anything.
  const mail = await browser.newContext({ javaScriptEnabled: testInfo.project.name !== 'no-js' });
  const other = await mail.newPage();
  await other.goto(notMe);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('This Wasn’t Me');
  await open(page, testInfo, '/');
  await title(page, 'Welcome');
  if (testInfo.project.name !== 'no-js') {
    await expect(other.locator('body[data-hydrated="true"]')).toBeAttached();
  }
  await other.getByRole('button', { name: 'Sign Out Everywhere' }).click();
  await expect(other.getByText('Every browser signed in to your account was signed out, and any sign-in method')).toBeVisible();
  await mail.close();

  await open(page, testInfo, '/');
  await title(page, 'Enter Your Email');
  // The right password no longer signs in until a new one is chosen with the emailed link.
  await signInWithPassword(page, testInfo, email_);
  await expect(page.getByText('this account needs a new password')).toBeVisible();
  await waitForEmail(page, email_, 'Reset your password');
});
