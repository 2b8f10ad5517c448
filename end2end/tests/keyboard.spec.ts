import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { PASSWORD, newUser, open, settled, spaced, title, totp } from './helpers';

/** Presses Tab (then, if need be, Shift+Tab) until `target` has the focus. */
async function tabTo(page: Page, target: Locator) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 12; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
  }
  await expect(target).toBeFocused();
}

/** A new step: a new page (its title names the step), with or without JavaScript. */
async function step(page: Page, testInfo: TestInfo, text: string) {
  await title(page, text);
  await settled(page, testInfo);
}

/** "Enter Your Email" and "Enter Your Password", typed. */
async function emailAndPassword(page: Page, testInfo: TestInfo, email: string) {
  await open(page, testInfo, '/login');
  // A full page load keeps the focus on the first field.
  await expect(page.getByLabel('Email', { exact: true })).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'Enter Your Password');
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
}

test('a whole sign-in with enrollment can be done with the keyboard alone', async ({ page }, testInfo) => {
  const email = newUser(testInfo, 'payor');
  await emailAndPassword(page, testInfo, email);

  await step(page, testInfo, 'Two-Factor Authentication Required');
  await tabTo(page, page.getByRole('button', { name: 'Set Up Now' }));
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'Select an Authentication Method');
  const app = page.getByRole('radio', { name: /Authenticator App/ });
  await tabTo(page, app);
  await page.keyboard.press('Space');
  await expect(app).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'Secure Your Account');
  await tabTo(page, page.getByText('Trouble Scanning?', { exact: true }));
  await page.keyboard.press('Enter');
  const setupKey = page.getByTestId('setup-key');
  await expect(setupKey).toBeVisible();
  const key = (await setupKey.innerText()).trim();
  await tabTo(page, page.getByRole('textbox', { name: 'Enter the 6-digit code from your authenticator app' }));
  await page.keyboard.type(spaced(totp(key)));
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'Save Your Recovery Code');
  const saved = page.getByLabel('I Have Securely Saved This Code');
  await tabTo(page, saved);
  await page.keyboard.press('Space');
  await expect(saved).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'Welcome');
  await expect(page.getByTestId('signed-in-user')).toContainText(email);
});

test('the account menu and a change on the profile work with the keyboard alone', async ({ page }, testInfo) => {
  await emailAndPassword(page, testInfo, newUser(testInfo, 'user'));

  await step(page, testInfo, 'Welcome');
  await tabTo(page, page.getByLabel('Account menu'));
  await page.keyboard.press('Enter');
  const profile = page.getByRole('link', { name: 'My Profile Settings', exact: true });
  await expect(profile).toBeVisible();
  await tabTo(page, profile);
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'My Profile Settings');
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByText('You can make changes for 5 minutes.')).toBeVisible();
  await settled(page, testInfo);
  await tabTo(page, page.getByRole('button', { name: 'Add Authenticator App' }));
  await page.keyboard.press('Enter');

  await step(page, testInfo, 'Secure Your Account');
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await step(page, testInfo, 'My Profile Settings');
});
