import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import {
  LANGS,
  LOCALES,
  NATIVE_NAMES,
  PASSWORD,
  WORDS,
  checker,
  confirmIdentity,
  jsEnabled,
  enterCode,
  message,
  newCompany,
  newUser,
  open,
  openProfile,
  recoverAndSkip,
  saveRecoveryCode,
  settled,
  signInWithPassword,
  signOut,
  title,
  totp,
  typeCode,
  type Lang,
} from './helpers';

// The help centre (`/help`, `/help/{lang}`, app/src/help.rs) and the links
// to it: "Need help?" under the wizard's cards, "Trouble Scanning?", the
// clock-drift error and the method picker's "No device and no recovery code?".

/** The heading of each section the screens link to (help.rs `anchors`). */
const HEADINGS: Record<string, string> = {
  'log-in': 'help-log-in',
  'before-deadline': 'help-faq-before-deadline',
  methods: 'help-methods',
  app: 'help-app',
  'trouble-scanning': 'help-trouble-scanning',
  clock: 'help-faq-clock',
  'lost-device': 'help-faq-lost-device',
  sms: 'help-sms',
  'more-devices': 'help-faq-more-devices',
  'enable-company': 'help-enable-company',
};

/** Follows `link` (the card's "Need help?" unless told) to the help centre
 * in `lang` at `#anchor`, whose heading must be on screen; then back to the
 * screen it was on. */
async function followHelp(page: Page, testInfo: TestInfo, lang: Lang, anchor: string, link: Locator = page.getByTestId('need-help')) {
  const back = page.url();
  await expect(link).toHaveAttribute('href', `/help/${lang}#${anchor}`);
  await link.click();
  await page.waitForURL((url) => url.pathname === `/help/${lang}` && url.hash === `#${anchor}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const heading = page.locator(`[id="${anchor}"]`).getByRole('heading').first();
  await expect(heading).toHaveText(message(lang, HEADINGS[anchor]));
  await expect(heading).toBeInViewport();
  await open(page, testInfo, back);
}

test.describe('"Need help?"', () => {
  test('each step of the wizard, Trouble Scanning, a slow clock and the lost-device line lead to their help', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'desktop and no-js projects');
    test.setTimeout(120_000);
    const w = WORDS.en;
    const help = (anchor: string, link?: Locator) => followHelp(page, testInfo, 'en', anchor, link);
    // A payee admin: MFA is required, and SMS Verification is allowed.
    const email = newUser(testInfo, 'payee_admin');

    await open(page, testInfo, '/login');
    await title(page, w.enterEmail);
    await expect(page.getByTestId('need-help')).toHaveText(w.needHelp);
    await help('log-in');
    await page.getByLabel(w.email, { exact: true }).fill(email);
    await page.getByRole('button', { name: w.continue }).click();
    await title(page, w.enterPassword);
    await settled(page, testInfo);
    await help('log-in');
    await page.getByLabel(w.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: w.continue }).click();

    await title(page, w.mfaRequired);
    await settled(page, testInfo);
    await help('before-deadline');
    await page.getByRole('button', { name: w.setUpNow }).click();
    await title(page, w.selectMethod);
    await settled(page, testInfo);
    await help('methods');
    await page.getByRole('button', { name: w.continue }).click();

    await title(page, w.secureAccount);
    await settled(page, testInfo);
    await help('app');
    await page.getByText(w.trouble, { exact: true }).click();
    await help('trouble-scanning', page.getByRole('link', { name: message('en', 'trouble-scanning-help') }));
    await page.getByText(w.trouble, { exact: true }).click();
    const key = (await page.getByTestId('setup-key').innerText()).trim();
    await typeCode(page, w.appCode, totp(key));
    await page.getByRole('button', { name: w.continue }).click();

    await title(page, w.saveRecovery);
    const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
    await settled(page, testInfo);
    await help('lost-device');
    await saveRecoveryCode(page, testInfo, w.welcome, w);
    await signOut(page, testInfo, w);

    await signInWithPassword(page, testInfo, email);
    await title(page, w.verify);
    await settled(page, testInfo);
    await help('log-in');
    // A code from a phone whose clock is slow: the error links to setting it to automatic.
    await enterCode(page, testInfo, totp(key, -5));
    await settled(page, testInfo);
    await help('clock', page.getByRole('alert').getByRole('link', { name: message('en', 'clock-help') }));

    // Try Another Method, Enter Recovery Code: both about a lost device.
    await recoverAndSkip(page, testInfo, recovery, w, async (screen) => {
      if (screen === 'methods') {
        await help('lost-device');
        await help('lost-device', page.getByTestId('ask-admin').getByRole('link', { name: message('en', 'lost-device-help') }));
      } else if (screen === 'recovery') {
        await help('lost-device');
      }
    });

    await openProfile(page, testInfo, w);
    await help('more-devices');
    await confirmIdentity(page, testInfo, totp(key, 1), w);
    await page.getByRole('button', { name: w.addPhone }).click();
    await title(page, w.setupSms);
    await settled(page, testInfo);
    await help('sms');
  });

  test('Security Settings lead to enabling MFA for a company', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'desktop and no-js projects');
    const w = WORDS.en;
    const admin = newUser(testInfo, 'admin', newCompany(testInfo), 'Alex Admin');
    await signInWithPassword(page, testInfo, admin);
    await title(page, w.welcome);
    await open(page, testInfo, '/admin/security');
    await title(page, w.securitySettings);
    await followHelp(page, testInfo, 'en', 'enable-company');
  });

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    test.describe(`in ${lang}`, () => {
      test.use({ locale: LOCALES[lang] });

      test('Enter Your Email leads to the help in the same language', async ({ page }, testInfo) => {
        test.skip(testInfo.project.name === 'phone', 'desktop and no-js projects');
        const w = WORDS[lang];
        await open(page, testInfo, '/login');
        await title(page, w.enterEmail);
        await expect(page.getByTestId('need-help')).toHaveText(w.needHelp);
        await followHelp(page, testInfo, lang, 'log-in');
        await title(page, w.enterEmail);
      });
    });
  }
});

test.describe('the help centre', () => {
  for (const lang of LANGS) {
    test(`in ${lang} reads without JavaScript, on a 320 px phone and on a desktop, with no axe violations`, async ({ page }, testInfo) => {
      await page.goto(`/help/${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(lang, 'help-title'));
      if (jsEnabled(testInfo)) {
        // axe (a script) on the desktop and on the phone, where nothing may
        // scroll sideways; the page has no script of its own, so it is the
        // same page without JavaScript.
        await checker(page, testInfo, lang)(`help in ${lang}`);
      } else {
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('script')).toHaveCount(0);
      }
      // The contents lead to each question, script or not.
      const contents = page.getByRole('navigation', { name: message(lang, 'help-contents') });
      await contents.getByRole('link', { name: message(lang, 'help-faq-clock') }).click();
      await expect(page).toHaveURL(new RegExp(`/help/${lang}#clock$`));
      await expect(page.locator('#clock-title')).toBeInViewport();
      await expect(page.locator('#clock').getByRole('listitem')).toHaveCount(2);
      await expect(page.locator('#clock').getByRole('listitem').first()).toBeVisible();
    });
  }

  for (const lang of LANGS) {
    test.describe(`for a ${LOCALES[lang]} browser`, () => {
      test.use({ locale: LOCALES[lang] });

      test(`/help speaks ${lang} and links to the other languages`, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name !== 'desktop', 'the desktop project');
        await page.goto('/help');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(lang, 'help-title'));
        const languages = page.getByRole('navigation', { name: message(lang, 'help-languages') });
        await expect(languages.getByRole('link', { name: NATIVE_NAMES[lang], exact: true })).toHaveAttribute('aria-current', 'page');
        const others = LANGS.filter((l) => l !== lang);
        for (const other of others) {
          const link = languages.getByRole('link', { name: NATIVE_NAMES[other], exact: true });
          await expect(link).toHaveAttribute('href', `/help/${other}`);
          await expect(link).toHaveAttribute('hreflang', other);
        }
        const next = others[0];
        await languages.getByRole('link', { name: NATIVE_NAMES[next], exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/help/${next}$`));
        await expect(page.locator('html')).toHaveAttribute('lang', next);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(next, 'help-title'));
      });
    });
  }
});
