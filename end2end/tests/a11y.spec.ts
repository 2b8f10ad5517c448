import { expect, test } from '@playwright/test';
import { PASSKEY_BASE_URL } from '../playwright.config';
import type { TestInfo } from '@playwright/test';
import { LANGS, LOCALES, WORDS, checker, everyAdminScreen, everyInvitationScreen, everyPasskeyScreen, everyPasswordScreen, everyProfileScreen, everyScreen, everySmsScreen, everySsoScreen, open } from './helpers';

// axe on every screen of the wizard, in every language, on a 320 px phone
// (where nothing may scroll sideways), and in English and French each screen
// again at the desktop's size, in the same walk: walking a flow (signing in,
// enrolling) costs more than axe, so a desktop walk of its own cost a third
// more. German's and Spanish's longer words matter at 320 px; their desktop
// pages are the same markup as the English one's.
/** Whether the walks run in this project. */
const walked = (testInfo: TestInfo) => testInfo.project.name === 'phone';
/** Whether `lang`'s screens are also checked at the desktop's size. */
const desktopToo = (lang: string) => ['en', 'fr'].includes(lang);

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: LOCALES[lang] });

    for (const [flow, walk] of [['app', everyScreen], ['sms', everySmsScreen], ['profile', everyProfileScreen], ['password', everyPasswordScreen], ['admin', everyAdminScreen], ['invitation', everyInvitationScreen], ['sso', everySsoScreen]] as const) {
      test(`every ${flow} screen has no axe violations and fits the screen`, async ({ page }, testInfo) => {
        test.skip(!walked(testInfo), 'the phone project, which looks at the desktop size too');
        test.setTimeout(120_000);
        await walk(page, testInfo, WORDS[lang], checker(page, testInfo, lang, desktopToo(lang)));
      });
    }

    // Passkeys are served at http://localhost (WebAuthn refuses an IP address).
    test.describe('passkeys', () => {
      test.use({ baseURL: PASSKEY_BASE_URL });
      test('every passkey screen has no axe violations and fits the screen', async ({ page }, testInfo) => {
        test.skip(!walked(testInfo), 'the phone project, which looks at the desktop size too');
        test.setTimeout(120_000);
        await everyPasskeyScreen(page, testInfo, WORDS[lang], checker(page, testInfo, lang, desktopToo(lang)));
      });
    });
  });
}

test('an error is announced and tied to its field, with or without JavaScript', async ({ page }, testInfo) => {
  await open(page, testInfo, '/login');
  const field = page.getByLabel('Email', { exact: true });
  await expect(field).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Continue' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('Enter your email address.');
  await expect(alert).toHaveAttribute('aria-live', 'assertive');
  await expect(field).toHaveAttribute('aria-describedby', (await alert.getAttribute('id')) ?? 'no id');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Enter your email address.');
});
