import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { PASSKEY_BASE_URL } from '../playwright.config';
import { WORDS, everyAdminScreen, everyInvitationScreen, everyPasskeyScreen, everyPasswordScreen, everyProfileScreen, everyScreen, everySmsScreen, everySsoScreen, jsEnabled, open, type Visit } from './helpers';

/** axe finds nothing on the screen, and on a phone nothing scrolls sideways. */
function checker(page: Page, testInfo: TestInfo, lang: string): Visit {
  const phone = testInfo.project.name === 'phone';
  return async (screen) => {
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found, `axe on "${screen}"`).toEqual([]);
    if (phone) {
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `"${screen}" scrolls sideways (${scroll} > ${client} px)`).toBeLessThanOrEqual(client);
    }
  };
}

// axe on every screen of the wizard, in English and French, on a desktop and
// on a 320 px phone (where nothing may scroll sideways).
for (const [lang, locale] of [['en', 'en-US'], ['fr', 'fr-FR']] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale });

    for (const [flow, walk] of [['app', everyScreen], ['sms', everySmsScreen], ['profile', everyProfileScreen], ['password', everyPasswordScreen], ['admin', everyAdminScreen], ['invitation', everyInvitationScreen], ['sso', everySsoScreen]] as const) {
      test(`every ${flow} screen has no axe violations and fits the screen`, async ({ page }, testInfo) => {
        test.skip(!jsEnabled(testInfo), 'desktop and phone projects');
        test.setTimeout(120_000);
        await walk(page, testInfo, WORDS[lang], checker(page, testInfo, lang));
      });
    }

    // Passkeys are served at http://localhost (WebAuthn refuses an IP address).
    test.describe('passkeys', () => {
      test.use({ baseURL: PASSKEY_BASE_URL });
      test('every passkey screen has no axe violations and fits the screen', async ({ page }, testInfo) => {
        test.skip(!jsEnabled(testInfo), 'desktop and phone projects');
        test.setTimeout(120_000);
        await everyPasskeyScreen(page, testInfo, WORDS[lang], checker(page, testInfo, lang));
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
