import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { jsEnabled, newUser, settled, signInWithPassword, title, totp, typeCode } from './helpers';

/** From "Two-Factor Authentication Required" to signed in; returns the setup key and recovery code. */
async function enroll(page: Page, testInfo: TestInfo): Promise<{ key: string; recovery: string }> {
  await title(page, 'Two-Factor Authentication Required');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Set Up Now' }).click();

  await title(page, 'Select an Authentication Method');
  await expect(page.getByText('Authenticator App', { exact: true })).toBeVisible();
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Continue' }).click();

  await title(page, 'Secure Your Account');
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await settled(page, testInfo);
  // A phone user cannot scan their own screen: they open "Trouble Scanning?" and type the key.
  await page.getByText('Trouble Scanning?').click();
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  await typeCode(page, 'Enter the 6-digit code from your authenticator app', totp(key));
  await page.getByRole('button', { name: 'Continue' }).click();

  await title(page, 'Save Your Recovery Code');
  const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
  expect(recovery).toMatch(/^(\d{4} ){7}\d{4}$/);
  await expect(page.getByRole('link', { name: 'Download' })).toHaveAttribute('download', 'recovery-code.txt');
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo);
  return { key, recovery };
}

/** The checkbox gate: Continue does nothing useful until the box is ticked. */
async function saveRecoveryCode(page: Page, testInfo: TestInfo) {
  const cont = page.getByRole('button', { name: 'Continue' });
  if (jsEnabled(testInfo)) {
    await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(cont).toBeDisabled();
  } else {
    await cont.click();
    await expect(page.getByRole('alert')).toHaveText('Tick "I Have Securely Saved This Code" to continue.');
    await title(page, 'Save Your Recovery Code');
  }
  await page.getByLabel('I Have Securely Saved This Code').check();
  await cont.click();
  await title(page, 'Welcome');
}

async function signOut(page: Page, testInfo: TestInfo) {
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Sign Out' }).click();
  await title(page, 'Enter Your Email');
}

async function enterCode(page: Page, testInfo: TestInfo, code: string) {
  await title(page, 'Verify Your Identity');
  await settled(page, testInfo);
  await typeCode(page, 'Enter Your 6-digit Verification Code', code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a payor enrolls an authenticator app on first sign-in and uses it after', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email);
  const { key, recovery } = await enroll(page, testInfo);
  await signOut(page, testInfo);

  // A fresh code signs in (the next time step: the enrollment code is spent).
  await signInWithPassword(page, testInfo, email);
  const code = totp(key, 1);
  await enterCode(page, testInfo, code);
  await title(page, 'Welcome');
  await signOut(page, testInfo);

  // The same code again is refused.
  await signInWithPassword(page, testInfo, email);
  await enterCode(page, testInfo, code);
  await expect(page.getByRole('alert')).toHaveText('That code was already used. Wait for your app to show a new code.');
  await title(page, 'Verify Your Identity');

  // Lost phone: Try Another Method → recovery code → offered a new one.
  await settled(page, testInfo);
  await page.getByRole('link', { name: 'Try Another Method' }).click();
  await title(page, 'How Do You Want to Verify Your Identity?');
  await expect(page.getByRole('button', { name: /Authenticator App/ })).toBeVisible();
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Enter Recovery Code' }).click();
  await title(page, 'Enter Recovery Code');
  await settled(page, testInfo);
  await page.getByLabel('Recovery code', { exact: true }).fill(recovery.replace(/ /g, '-'));
  await page.getByRole('button', { name: 'Continue' }).click();

  await title(page, 'Select an Authentication Method');
  await expect(page.getByRole('status')).toContainText("can't be used again");
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Skip for Now' }).click();
  await title(page, 'Save Your Recovery Code');
  const fresh = (await page.getByTestId('recovery-code').innerText()).trim();
  expect(fresh).not.toEqual(recovery);
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo);
});

test('wrong, short and drifting codes get clear messages', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payee_admin');
  await signInWithPassword(page, testInfo, email);
  const { key } = await enroll(page, testInfo);
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email);
  await enterCode(page, testInfo, '12345');
  await expect(page.getByRole('alert')).toHaveText('The code must have exactly 6 digits.');
  await enterCode(page, testInfo, totp(key, 5));
  await expect(page.getByRole('alert')).toContainText('seconds fast');
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

  await page.getByText('Trouble Scanning?').click();
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  await typeCode(page, 'Enter the 6-digit code from your authenticator app', totp(key));
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
  const recovery = await page.getByTestId('recovery-code').innerText();

  await typeCode(second, 'Enter the 6-digit code from your authenticator app', totp(key));
  await second.getByRole('button', { name: 'Continue' }).click();
  if (jsEnabled(testInfo)) {
    await expect(second.getByRole('alert')).toContainText('This sign-in has already moved on in another tab or window.');
    await second.getByRole('link', { name: 'Go to the current step' }).click();
  }
  await title(second, 'Save Your Recovery Code');
  await expect(second.getByTestId('recovery-code')).toHaveText(recovery);
});
