import { test } from '@playwright/test';
import { PASSWORD, newUser, settled, signInWithPassword, title, totp, typeCode } from './helpers';

// Screenshots of every screen for people to look at: `SCREENSHOTS=1 npx playwright test screens`.
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

test('screens', async ({ page }, testInfo) => {
  const shot = async (name: string) => {
    await settled(page, testInfo);
    await page.screenshot({ path: `../screenshots/${testInfo.project.name}-${name}.png`, fullPage: true });
  };
  const email = newUser(testInfo, 'payor');
  await page.goto('/login');
  await shot('01-email');
  await signInWithPassword(page, testInfo, email, 'wrong');
  await title(page, 'Enter Your Password');
  await shot('02-password-error');
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Two-Factor Authentication Required');
  await shot('03-mfa-required');
  await page.getByRole('button', { name: 'Set Up Now' }).click();
  await title(page, 'Select an Authentication Method');
  await shot('04-select-method');
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Secure Your Account');
  await page.getByText('Trouble Scanning?').click();
  await shot('05-secure-account');
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  await typeCode(page, 'Enter the 6-digit code from your authenticator app', totp(key));
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Save Your Recovery Code');
  await shot('06-save-recovery');
  await page.getByLabel('I Have Securely Saved This Code').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Welcome');
  await shot('07-home');
  await page.getByRole('button', { name: 'Sign Out' }).click();
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Verify Your Identity');
  await typeCode(page, 'Enter Your 6-digit Verification Code', totp(key, 4));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').waitFor();
  await shot('08-verify-drift');
  await page.getByRole('link', { name: 'Try Another Method' }).click();
  await title(page, 'How Do You Want to Verify Your Identity?');
  await shot('09-methods');
  await page.getByRole('button', { name: 'Enter Recovery Code' }).click();
  await title(page, 'Enter Recovery Code');
  await shot('10-recovery');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('screens', async ({ page }, testInfo) => {
    const shot = async (name: string) => {
      await settled(page, testInfo);
      await page.screenshot({ path: `../screenshots/${testInfo.project.name}-fr-${name}.png`, fullPage: true });
    };
    const email = newUser(testInfo, 'payor');
    await page.goto('/login');
    await shot('01-email');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await title(page, 'Entrez votre mot de passe');
    await settled(page, testInfo);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await title(page, 'Authentification à deux facteurs requise');
    await shot('03-mfa-required');
    await page.getByRole('button', { name: 'Configurer maintenant' }).click();
    await title(page, 'Sélectionnez une méthode d’authentification');
    await settled(page, testInfo);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await title(page, 'Sécurisez votre compte');
    await page.getByText('Problème de lecture ?').click();
    await shot('05-secure-account');
    const key = (await page.getByTestId('setup-key').innerText()).trim();
    await typeCode(page, 'Saisissez le code à 6 chiffres de votre application d’authentification', totp(key));
    await page.getByRole('button', { name: 'Continuer' }).click();
    await title(page, 'Enregistrez votre code de récupération');
    await shot('06-save-recovery');
  });
});
