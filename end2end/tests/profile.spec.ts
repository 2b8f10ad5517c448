import { expect, test } from '@playwright/test';
import {
  PASSWORD,
  addApp,
  confirmIdentity,
  enroll,
  enterCode,
  newUsNumber,
  newUser,
  openProfile,
  openRecoveryEntry,
  readTextedCode,
  saveRecoveryCode,
  settled,
  signInWithPassword,
  signOut,
  title,
  totp,
  typeCode,
  waitForEmail,
} from './helpers';

const PROFILE = 'My Profile Settings';

/** The methods listed on the profile, by name. */
const methods = (page: import('@playwright/test').Page) => page.getByTestId('factor');

test('a payor adds, renames and removes an app, and a new recovery code voids the old one', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  const { key } = await enroll(page, testInfo);
  await openProfile(page, testInfo);
  await expect(methods(page)).toHaveCount(1);
  // Nothing can change before "Confirm It's You".
  await expect(page.getByRole('button', { name: 'Add Authenticator App' })).toHaveCount(0);
  await page.getByLabel('Password', { exact: true }).fill('not my password');
  await typeCode(page, '6-digit Verification Code', totp(key, 1));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  // The profile has a live region per form: the one that speaks is the confirm form's.
  await expect(page.getByRole('alert').filter({ hasText: 'That password is not right.' })).toBeVisible();
  await confirmIdentity(page, testInfo, totp(key, 1));

  const second = await addApp(page, testInfo);
  await expect(methods(page)).toHaveCount(2);

  await page.getByText('Rename Authenticator App 2').click();
  await page.getByLabel('New name for Authenticator App 2').fill('Work Phone');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(methods(page).filter({ hasText: 'Work Phone' })).toHaveCount(1);
  await settled(page, testInfo);

  await page.getByRole('button', { name: 'Remove Authenticator App', exact: true }).click();
  await expect(methods(page)).toHaveCount(1);
  await expect(methods(page)).toContainText('Work Phone');
  await waitForEmail(page, email, 'A sign-in method was removed from your account');
  await settled(page, testInfo);
  // The last method of a payor stays.
  await page.getByRole('button', { name: 'Remove Work Phone', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'You can’t remove your last method' })).toBeVisible();
  await expect(methods(page)).toHaveCount(1);
  await settled(page, testInfo);

  await page.getByRole('button', { name: 'Get New Recovery Code' }).click();
  await title(page, 'Save Your Recovery Code');
  const fresh = (await page.getByTestId('recovery-code').innerText()).trim();
  expect(fresh).not.toEqual(second.recovery);
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, PROFILE);
  await waitForEmail(page, email, 'You have a new recovery code');

  // The recovery code shown before is refused at sign-in; the new one works.
  await page.getByLabel('Account menu').click();
  await page.getByRole('button', { name: 'Sign Out', exact: true }).click();
  await title(page, 'Enter Your Email');
  await signInWithPassword(page, testInfo, email);
  await openRecoveryEntry(page, testInfo);
  await page.getByRole('textbox', { name: 'Enter Recovery Code' }).fill(second.recovery);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await page.getByRole('textbox', { name: 'Enter Recovery Code' }).fill(fresh);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
});

test('a lost phone is replaced: recovery code, a new app, then the old one removed', async ({ page }, testInfo) => {
  // The new app's codes are used three times, each from a later time step
  // (one behind, now, one ahead: all within the allowed skew), so none waits
  // for the next step. The one behind must reach the server before the
  // step ends, or it falls out of the window.
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  const old = await enroll(page, testInfo);
  await signOut(page, testInfo);

  // The phone is gone: sign in with the recovery code and set up the new one.
  await signInWithPassword(page, testInfo, email);
  await openRecoveryEntry(page, testInfo);
  await typeCode(page, 'Enter Recovery Code', old.recovery);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, 'Select an Authentication Method');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Secure Your Account');
  await settled(page, testInfo);
  await page.getByText('Trouble Scanning?', { exact: true }).click();
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 8_000) await page.waitForTimeout(left + 200);
  await typeCode(page, 'Enter the 6-digit code from your authenticator app', totp(key, -1));
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Welcome');

  // The old phone is removed from the profile, confirmed with the new one.
  await openProfile(page, testInfo);
  await expect(methods(page)).toHaveCount(2);
  await confirmIdentity(page, testInfo, totp(key));
  await page.getByRole('button', { name: 'Remove Authenticator App', exact: true }).click();
  await expect(methods(page)).toHaveCount(1);
  await expect(methods(page)).toContainText('Authenticator App 2');
  await settled(page, testInfo);
  await page.getByRole('link', { name: 'Back to Home' }).click();
  await signOut(page, testInfo);

  // A code from the lost phone no longer signs in; the new phone's does.
  await signInWithPassword(page, testInfo, email);
  await enterCode(page, testInfo, totp(old.key, 1));
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await enterCode(page, testInfo, totp(key, 1));
  await title(page, 'Welcome');
});

test('a user nobody requires MFA from adds a phone number early, and is asked for a texted code after', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'user');
  const phone = newUsNumber();
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Welcome');
  await openProfile(page, testInfo);
  await expect(page.getByText('No two-factor method is set up yet.')).toBeVisible();
  // No method yet: the password alone confirms.
  await expect(page.getByLabel('6-digit Verification Code')).toHaveCount(0);
  await confirmIdentity(page, testInfo);
  await page.getByRole('button', { name: 'Add Phone Number' }).click();
  await title(page, 'Set Up SMS Verification');
  await settled(page, testInfo);
  await page.getByLabel('Enter Your Phone Number').pressSequentially(phone.typed);
  await page.getByRole('button', { name: 'Send Text Message' }).click();
  await expect(page.getByLabel('Enter the 6-Digit Verification Code')).toBeVisible();
  await settled(page, testInfo);
  await typeCode(page, 'Enter the 6-Digit Verification Code', await readTextedCode(page, phone.e164));
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, PROFILE);
  await expect(methods(page)).toHaveCount(1);
  await expect(methods(page)).toContainText(phone.e164.slice(-4));

  await page.getByRole('link', { name: 'Back to Home' }).click();
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email, PASSWORD);
  await title(page, 'Verify Your Identity');
  await settled(page, testInfo);
  await typeCode(page, 'Enter Your 6-digit Verification Code', await readTextedCode(page, phone.e164));
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Welcome');
});

test('adding from the profile can be cancelled', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'user');
  await signInWithPassword(page, testInfo, email);
  await openProfile(page, testInfo);
  await confirmIdentity(page, testInfo);
  await page.getByRole('button', { name: 'Add Authenticator App' }).click();
  await title(page, 'Secure Your Account');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await title(page, PROFILE);
  await expect(page.getByText('No two-factor method is set up yet.')).toBeVisible();
});
