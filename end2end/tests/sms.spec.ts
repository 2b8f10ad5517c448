import { expect, test } from '@playwright/test';
import { BASE_URL, RESEND_SECONDS } from '../playwright.config';
import {
  enrollSms,
  enterCode,
  jsEnabled,
  lastTextedCode,
  newUsNumber,
  newUser,
  readTextedCode,
  settled,
  signInWithPassword,
  signOut,
  textsTo,
  title,
  typeCode,
} from './helpers';

test('a payee admin enrolls a US number from the outbox, then signs in by text', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payee_admin');
  const phone = newUsNumber();
  await signInWithPassword(page, testInfo, email);
  await enrollSms(page, testInfo, phone);
  const emails = (await page.request.get('/dev/outbox.json').then((r) => r.json())) as { to: string; subject: string }[];
  expect(emails.some((m) => m.to === email && m.subject === 'A phone number was added to your account')).toBeTruthy();
  await signOut(page, testInfo);

  // The phone is the first factor: its code is texted right after the password.
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Verify Your Identity');
  await expect(page.getByTestId('sms-status')).toContainText(`ending in ${phone.e164.slice(-4)}`);
  const code = await readTextedCode(page, phone.e164);
  await enterCode(page, testInfo, code);
  await title(page, 'Welcome');
});

test('Use a Phone Number on the method picker texts that number', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payee_admin');
  const phone = newUsNumber();
  await signInWithPassword(page, testInfo, email);
  await enrollSms(page, testInfo, phone);
  await signOut(page, testInfo);

  await signInWithPassword(page, testInfo, email);
  await title(page, 'Verify Your Identity');
  await settled(page, testInfo);
  await page.getByRole('link', { name: 'Try Another Method' }).click();
  await title(page, 'How Do You Want to Verify Your Identity?');
  const choice = page.getByRole('button', { name: /Use a Phone Number/ });
  await expect(choice).toContainText(`Ending in ${phone.e164.slice(-4)}`);
  await expect(choice).not.toContainText(phone.e164.slice(2, 8));
  await settled(page, testInfo);
  const before = (await textsTo(page, phone.e164)).length;
  await choice.click();
  await title(page, 'Verify Your Identity');
  await expect.poll(async () => (await textsTo(page, phone.e164)).length).toBe(before + 1);
  await enterCode(page, testInfo, await lastTextedCode(page, phone.e164));
  await title(page, 'Welcome');
});

test('Resend New Code waits its gap, then voids the first code', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payee_admin');
  const phone = newUsNumber();
  await signInWithPassword(page, testInfo, email);
  await page.getByRole('button', { name: 'Set Up Now' }).click();
  await title(page, 'Select an Authentication Method');
  await settled(page, testInfo);
  await page.getByRole('radio', { name: /SMS Verification/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Set Up SMS Verification');
  await settled(page, testInfo);
  await page.getByLabel('Enter Your Phone Number').pressSequentially(phone.typed);
  await page.getByRole('button', { name: 'Send Text Message' }).click();
  await expect(page.getByLabel('Enter the 6-Digit Verification Code')).toBeVisible();
  const first = await lastTextedCode(page, phone.e164);
  await expect(page.getByTestId('resend-wait')).toContainText('You can ask for a new code in');
  await settled(page, testInfo);
  const resend = page.getByRole('button', { name: 'Resend New Code' });
  if (jsEnabled(testInfo)) {
    // The button waits with the countdown.
    await expect(resend).toBeDisabled();
    await expect(resend).toBeEnabled({ timeout: (RESEND_SECONDS + 5) * 1000 });
  } else {
    // Too soon: the answer says how long to wait; nothing is sent.
    await resend.click();
    await expect(page.getByRole('alert').filter({ hasText: 'You can ask for a new code in' })).toBeVisible();
    expect(await textsTo(page, phone.e164)).toHaveLength(1);
    await page.waitForTimeout(RESEND_SECONDS * 1000 + 500);
  }
  await resend.click();
  await expect.poll(async () => (await textsTo(page, phone.e164)).length).toBe(2);
  const second = await lastTextedCode(page, phone.e164);
  await settled(page, testInfo);
  if (first !== second) {
    await typeCode(page, 'Enter the 6-Digit Verification Code', first);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').first()).toHaveText(/That code didn't work/);
  }
  await typeCode(page, 'Enter the 6-Digit Verification Code', second);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
});

test('a payor never sees SMS Verification, and the server refuses it when posted directly', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  await page.getByRole('button', { name: 'Set Up Now' }).click();
  await title(page, 'Select an Authentication Method');
  await expect(page.getByText('Authenticator App', { exact: true })).toBeVisible();
  await expect(page.getByText('SMS Verification')).toHaveCount(0);
  const posted = await page.request.post('/api/signin/method', {
    form: { method: 'sms' },
    headers: { Origin: BASE_URL, Accept: 'application/json' },
  });
  expect(posted.status()).toBe(400);
  expect(await posted.text()).toContain('SmsNotAllowed');
  const direct = await page.request.post('/api/signin/sms/send', {
    form: { country: 'US', phone: '(201) 555-0100' },
    headers: { Origin: BASE_URL, Accept: 'application/json' },
  });
  expect(direct.status()).toBe(409);
  await page.reload();
  await title(page, 'Select an Authentication Method');
});
