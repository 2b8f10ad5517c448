import { expect, test } from '@playwright/test';
import {
  enroll,
  enterCode,
  jsEnabled,
  newUser,
  recoverAndSkip,
  settled,
  signInWithPassword,
  signOut,
  spaced,
  title,
  totp,
  typeCode,
} from './helpers';

test('a payor enrolls an authenticator app on first sign-in and uses it after', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  const { key, recovery } = await enroll(page, testInfo);
  await signOut(page, testInfo);

  // A fresh code signs in (the next time step: the enrollment code is spent),
  // typed as some apps show it: "123-456".
  await signInWithPassword(page, testInfo, email);
  const code = totp(key, 1);
  await enterCode(page, testInfo, spaced(code, '-'));
  await title(page, 'Welcome');
  await signOut(page, testInfo);

  // The same code again is refused.
  await signInWithPassword(page, testInfo, email);
  await enterCode(page, testInfo, code);
  await expect(page.getByRole('alert')).toHaveText('That code was already used. Wait for your app to show a new code.');
  await title(page, 'Verify Your Identity');

  // Lost phone: Try Another Method → recovery code → a new recovery code → Skip for Now.
  await expect(page.getByRole('link', { name: 'Try Another Method' })).toBeVisible();
  const fresh = await recoverAndSkip(page, testInfo, recovery);
  await signOut(page, testInfo);

  // The old recovery code is spent; the new one works.
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Verify Your Identity');
  await settled(page, testInfo);
  await page.getByRole('link', { name: 'Try Another Method' }).click();
  await title(page, 'How Do You Want to Verify Your Identity?');
  await expect(page.getByRole('button', { name: /Authenticator App/ })).toBeVisible();
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Enter Recovery Code' }).click();
  await title(page, 'Enter Recovery Code');
  await settled(page, testInfo);
  await page.getByRole('textbox', { name: 'Enter Recovery Code' }).fill(recovery);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await title(page, 'Enter Recovery Code');
  await page.getByRole('textbox', { name: 'Enter Recovery Code' }).fill(fresh);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
});

test('a code typed as "123 456" keeps its six digits and signs in', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  const { key } = await enroll(page, testInfo);
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email);
  const code = spaced(totp(key, 1));
  await enterCode(page, testInfo, code);
  await title(page, 'Welcome');
});

test('a code pasted as "123 456" keeps its six digits', async ({ page, context }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'pasting needs the clipboard API');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  const { key } = await enroll(page, testInfo);
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Verify Your Identity');
  await settled(page, testInfo);
  const code = totp(key, 1);
  await page.evaluate((text) => navigator.clipboard.writeText(text), spaced(code));
  const field = page.getByLabel('Enter Your 6-digit Verification Code', { exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(field).toHaveValue(/^\d{3}[ -]?\d{3}$/);
  expect((await field.inputValue()).replace(/\D/g, '')).toEqual(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Welcome');
});

test('wrong, short and drifting codes get clear messages', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payee_admin');
  await signInWithPassword(page, testInfo, email);
  const { key } = await enroll(page, testInfo);
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email);
  await enterCode(page, testInfo, '12345');
  await expect(page.getByRole('alert')).toHaveText('The code must have exactly 6 digits.');
  // The field says what it is for, then what went wrong.
  const field = page.getByRole('textbox', { name: 'Enter Your 6-digit Verification Code' });
  await expect(field).toHaveAttribute('aria-describedby', 'code-hint form-error');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // A code from the future reads as a wrong one (it would become valid later);
  // an old one tells how slow the phone's clock is.
  await enterCode(page, testInfo, totp(key, 5));
  await expect(page.getByRole('alert')).toContainText("That code didn't work.");
  await enterCode(page, testInfo, totp(key, -5));
  await expect(page.getByRole('alert')).toContainText('seconds slow');
  await enterCode(page, testInfo, totp(key, 1));
  await title(page, 'Welcome');
});

test('a second tab left on "Secure Your Account" is sent on to the recovery code', async ({ page, context }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Two-Factor Authentication Required');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Set Up Now' }).click();
  await title(page, 'Select an Authentication Method');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Secure Your Account');
  const second = await context.newPage();
  await second.goto('/login/setup/app');
  await title(second, 'Secure Your Account');
  await settled(second, testInfo);

  await page.getByText('Trouble Scanning?', { exact: true }).click();
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  await typeCode(page, 'Enter the 6-digit code from your authenticator app', totp(key));
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
  const recovery = await page.getByTestId('recovery-code').innerText();

  await typeCode(second, 'Enter the 6-digit code from your authenticator app', totp(key));
  // A form posts and the server redirects to where the sign-in is now.
  await second.getByRole('button', { name: 'Continue' }).click();
  await title(second, 'Save Your Recovery Code');
  await expect(second.getByTestId('recovery-code')).toHaveText(recovery);
});
