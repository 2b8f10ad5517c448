import { test } from '@playwright/test';
import { PASSKEY_BASE_URL } from '../playwright.config';
import { LANGS, LOCALES, WORDS, everyAdminScreen, everyPasskeyScreen, everyInvitationScreen, everyPasswordScreen, everyProfileScreen, everyScreen, everySmsScreen, everySsoScreen } from './helpers';

// Screenshots of every screen for people to look at: `SCREENSHOTS=1 npx playwright test screens`.
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: LOCALES[lang] });

    for (const [flow, walk] of [['app', everyScreen], ['sms', everySmsScreen], ['profile', everyProfileScreen], ['password', everyPasswordScreen], ['admin', everyAdminScreen], ['invitation', everyInvitationScreen], ['sso', everySsoScreen]] as const) {
      test(`${flow} screens`, async ({ page }, testInfo) => {
        test.setTimeout(120_000);
        let n = 0;
        await walk(page, testInfo, WORDS[lang], async (screen) => {
          n += 1;
          const name = `${testInfo.project.name}-${lang}-${flow}-${String(n).padStart(2, '0')}-${screen}.png`;
          await page.screenshot({ path: `../screenshots/${name}`, fullPage: true });
        });
      });
    }

    // Passkeys are served at http://localhost (WebAuthn refuses an IP address).
    test.describe('passkeys', () => {
      test.use({ baseURL: PASSKEY_BASE_URL });
      test('passkey screens', async ({ page }, testInfo) => {
        test.skip(testInfo.project.name === 'no-js', 'WebAuthn needs JavaScript');
        test.setTimeout(120_000);
        let n = 0;
        await everyPasskeyScreen(page, testInfo, WORDS[lang], async (screen) => {
          n += 1;
          const name = `${testInfo.project.name}-${lang}-passkey-${String(n).padStart(2, '0')}-${screen}.png`;
          await page.screenshot({ path: `../screenshots/${name}`, fullPage: true });
        });
      });
    });
  });
}
