import { expect, test } from '@playwright/test';
import { PASSWORD, jsEnabled, newUser, open, settled, signInWithPassword, title } from './helpers';

test('a printed demo login signs in and out, reminded of its company\'s MFA deadline', async ({ page }, testInfo) => {
  await signInWithPassword(page, testInfo, 'uma.user@summit.example', 'Trestle-demo-2026');
  // Summit Builders requires MFA a week after the demo's first start.
  await title(page, 'Two-Factor Authentication Required');
  await expect(page.getByTestId('mfa-required-body')).toContainText('in 7 days, on');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Remind Me Later' }).click();
  await title(page, 'Welcome');
  await expect(page.getByTestId('mfa-countdown')).toContainText('in 7 days, on');
  await expect(page.getByTestId('signed-in-user')).toContainText('Uma User');
  await settled(page, testInfo);
  await page.getByRole('button', { name: 'Sign Out', exact: true }).click();
  await title(page, 'Enter Your Email');
  await expect(page.getByText('You have been signed out.')).toBeVisible();
  await page.goto('/');
  await title(page, 'Enter Your Email');
});

test('a wrong password gets one message for every account', async ({ page }, testInfo) => {
  const email = newUser(testInfo);
  await signInWithPassword(page, testInfo, email, 'not the password');
  await title(page, 'Enter Your Password');
  await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
  await signInWithPassword(page, testInfo, `nobody-${email}`, 'not the password');
  await title(page, 'Enter Your Password');
  await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
});

test('bad emails are explained on the same screen', async ({ page }, testInfo) => {
  await open(page, testInfo, '/login');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter your email address.');
  await title(page, 'Enter Your Email');
  await settled(page, testInfo);
  await page.getByLabel('Email', { exact: true }).fill('not-an-email');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a valid email address, like name@company.com.');
});

test('the password step opened without the email step starts over', async ({ page }, testInfo) => {
  await open(page, testInfo, '/login/password');
  await title(page, 'Enter Your Email');
  await expect(page.getByText('Please start by entering your email.')).toBeVisible();
});

test('the email can be changed from the password step', async ({ page }, testInfo) => {
  const email = newUser(testInfo);
  await open(page, testInfo, '/login');
  await page.getByLabel('Email', { exact: true }).fill(`typo-${email}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Enter Your Password');
  await settled(page, testInfo);
  await page.getByRole('link', { name: 'Use a different email' }).click();
  await title(page, 'Enter Your Email');
  await settled(page, testInfo);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(email)).toBeVisible();
  await settled(page, testInfo);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Welcome');
});

test('the page hydrates when JavaScript runs', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'no JavaScript in this project');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, testInfo, '/login');
  expect(errors).toEqual([]);
});

test('the language switcher is on screen without scrolling, phones included', async ({ page }, testInfo) => {
  await open(page, testInfo, '/login');
  await expect(page.getByRole('button', { name: 'Français' })).toBeInViewport();
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('gets French pages and can switch to English and back', async ({ page }, testInfo) => {
    const email = newUser(testInfo);
    await open(page, testInfo, '/login');
    await title(page, 'Saisissez votre adresse e-mail');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await title(page, 'Entrez votre mot de passe');
    await settled(page, testInfo);
    await page.getByLabel('Mot de passe', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('alert')).toHaveText('L’adresse e-mail ou le mot de passe est incorrect.');
    await page.getByRole('button', { name: 'English' }).click();
    await title(page, 'Enter Your Password');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await settled(page, testInfo);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    await title(page, 'Welcome');
    await settled(page, testInfo);
    await page.getByRole('button', { name: 'Français' }).click();
    await title(page, 'Bienvenue');
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  });
});
