import AxeBuilder from '@axe-core/playwright';
import { expect, type CDPSession, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OTPAuth from 'otpauth';
import { DESKTOP_VIEWPORT, OIDC_ISSUER, PASSKEY_SERVER_ENV, SERVER_BIN, SERVER_ENV } from '../playwright.config';

export const PASSWORD = 'e2e-Password-2026';
/** The demo accounts' password (server/src/seed.rs). */
export const DEMO_PASSWORD = 'Trestle-demo-2026';

export type Role = 'user' | 'admin' | 'payor' | 'payee_admin';

/** A new account of its own for each test, made with `server add-user`
 * (the password travels in the environment, never in argv). */
export function newUser(testInfo: TestInfo, role: Role = 'user', company?: string, name = 'E2E Tester', domain = 'e2e.example'): string {
  const email = newAddress(testInfo, domain);
  const args = ['add-user', '--email', email, '--name', name, '--role', role];
  server(company === undefined ? args : [...args, '--company', company]);
  return email;
}

/** An address of its own for each test (no account is made for it). */
export const newAddress = (testInfo: TestInfo, domain = 'e2e.example') => `${testInfo.project.name}-${randomBytes(5).toString('hex')}@${domain}`;

/** A new account of its own on the passkey server (its own database:
 * playwright.config.ts), made with `server add-user`. */
export function newPasskeyUser(testInfo: TestInfo, role: Role = 'user', name = 'E2E Tester'): string {
  const email = newAddress(testInfo);
  server(['add-user', '--email', email, '--name', name, '--role', role], PASSKEY_SERVER_ENV);
  return email;
}

/** Runs the `server` command (as the operator would) against the e2e database. */
function server(args: string[], env: Record<string, string> = SERVER_ENV) {
  execFileSync(SERVER_BIN, args, {
    cwd: '..',
    env: { ...process.env, ...env, TRESTLE_NEW_USER_PASSWORD: PASSWORD },
    stdio: 'pipe',
  });
}

/** A company of its own for each test. */
export const newCompany = (testInfo: TestInfo) => `${testInfo.project.name} Builders ${randomBytes(3).toString('hex')}`;

/** The operator's switch: `server company --enable-mfa`. */
export function enableMfa(company: string) {
  server(['company', '--enable-mfa', company]);
}

/** The operator's proof: `server company --claim-domain`. */
export function claimDomain(company: string, domain: string) {
  server(['company', '--claim-domain', company, domain]);
}

/** The demo company that signs its people in with its own identity provider
 * (tools/oidc-provider), and the domain it proved (server/src/seed.rs). */
export const SSO_COMPANY = 'Keystone Steel';
export const SSO_DOMAIN = 'keystone.example';

export const jsEnabled = (testInfo: TestInfo) => testInfo.project.name !== 'no-js';

/** Opens a page and, when JavaScript runs, waits until the WASM has hydrated it. */
export async function open(page: Page, testInfo: TestInfo, path: string) {
  await page.goto(path);
  await settled(page, testInfo);
}

export async function settled(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) {
    await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
  }
}

/** The UI's languages, each with a browser locale that asks for it
 * (Accept-Language) and its name in itself (the language switcher's words). */
export const LANGS = ['en', 'fr', 'de', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const LOCALES: Record<Lang, string> = { en: 'en-US', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };
export const NATIVE_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español' };

/** The Fluent catalogue every word of the UI comes from: `catalogue/locales/<lang>/*.ftl`. */
const CATALOGUE = resolve(__dirname, '..', '..', 'catalogue', 'locales');

/** One language's single-line messages (`id = value`), by id. Comments,
 * terms, attributes and multi-line messages (select expressions, the
 * recovery file) are left out: no word the tests look for needs one. */
function readCatalogue(lang: Lang): Map<string, string> {
  const messages = new Map<string, string>();
  const dir = join(CATALOGUE, lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    lines.forEach((line, at) => {
      const m = line.match(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(.*)$/);
      if (!m) return;
      const value = m[2].trimEnd();
      const continued = /^\s+\S/.test(lines[at + 1] ?? '');
      if (value === '' || continued) return;
      messages.set(m[1], value);
    });
  }
  return messages;
}

const CATALOGUES = Object.fromEntries(LANGS.map((lang) => [lang, readCatalogue(lang)])) as Record<Lang, Map<string, string>>;

/** The catalogue's message `id` in `lang`, as the UI shows it: its
 * placeables resolved (`{ $var }` from `args`, `{ other-id }`, and string
 * literals such as `{""}` or `{" "}`). A message the catalogue lacks, or
 * one this reader cannot resolve, fails loudly. */
export function message(lang: Lang, id: string, args: Record<string, string | number> = {}): string {
  const raw = CATALOGUES[lang].get(id);
  if (raw === undefined) {
    throw new Error(`catalogue/locales/${lang}: no single-line message "${id}"`);
  }
  return raw.replace(/\{\s*("(?:[^"\\]|\\.)*"|\$[a-zA-Z][\w-]*|[a-zA-Z][\w-]*)\s*\}/g, (whole, inner: string) => {
    if (inner.startsWith('"')) {
      return inner.slice(1, -1).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(["\\])/g, '$1');
    }
    if (inner.startsWith('$')) {
      const value = args[inner.slice(1)];
      if (value === undefined) throw new Error(`${lang} ${id}: no value for ${inner}`);
      return String(value);
    }
    return message(lang, inner, args);
  }).replace(/\{[^}]*\}/g, (left) => {
    throw new Error(`${lang} ${id}: cannot resolve ${left}`);
  });
}

/** The words before `{ $variable }`, which ends the message `id` ("New name for"). */
function lead(lang: Lang, id: string, variable: string): string {
  const marker = '\u0000';
  const text = message(lang, id, { [variable]: marker });
  if (!text.endsWith(marker)) throw new Error(`${lang} ${id}: { $${variable} } is not at the end`);
  return text.slice(0, -1).trimEnd();
}

/** Text as a regular expression that finds it anywhere (`name: containing(w.sms)`). */
export const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The message id behind each word the tests look for. */
const WORD_IDS = {
  enterEmail: 'enter-email',
  email: 'email',
  continue: 'continue',
  enterPassword: 'enter-password',
  password: 'password',
  mfaRequired: 'mfa-required',
  setUpNow: 'set-up-now',
  selectMethod: 'select-method',
  secureAccount: 'secure-account',
  qrLabel: 'qr-label',
  trouble: 'trouble-scanning',
  appCode: 'enter-app-code',
  saveRecovery: 'save-recovery',
  saved: 'saved-checkbox',
  welcome: 'welcome',
  signOut: 'sign-out',
  verify: 'verify-identity',
  code: 'enter-code-label',
  tryAnother: 'try-another',
  howVerify: 'how-verify',
  recovery: 'enter-recovery',
  skip: 'skip-for-now',
  sms: 'sms-verification',
  recommended: 'highly-recommended',
  setupSms: 'setup-sms',
  countryCode: 'country-code',
  phoneNumber: 'phone-number',
  sendText: 'send-text',
  smsCode: 'sms-code-label',
  resend: 'resend',
  usePhone: 'use-phone',
  accountMenu: 'profile-account-menu',
  profile: 'profile-settings',
  profileCode: 'profile-code',
  confirm: 'profile-confirm',
  confirmed: 'profile-confirmed',
  addApp: 'profile-add-app',
  addPhone: 'profile-add-phone',
  newRecovery: 'profile-new-recovery-code',
  rename: 'profile-rename',
  remove: 'profile-remove',
  cancel: 'profile-cancel',
  forgot: 'profile-forgot',
  newPassword: 'profile-new-password',
  confirmPassword: 'profile-confirm-password',
  resetPassword: 'profile-reset-submit',
  notMe: 'profile-not-me-submit',
  securitySettings: 'admin-settings',
  requireMfa: 'admin-require-mfa',
  deadline: 'admin-deadline',
  save: 'admin-save',
  policySaved: 'admin-notice-policy-saved',
  resetEmail: 'admin-reset-email',
  resetVerified: 'admin-reset-verified',
  resetMfa: 'admin-reset-submit',
  notYetEnrolled: 'admin-filter-unenrolled',
  remindLater: 'remind-later',
  theirEmail: 'admin-add-email',
  theirName: 'admin-add-name',
  addMember: 'admin-add-submit',
  invitationSent: 'admin-notice-member-added',
  invited: 'admin-invited',
  invitation: 'invitation-title',
  acceptInvitation: 'invitation-accept',
  joined: 'invitation-notice-accepted',
  ssoTitle: 'sso-continue-title',
  ssoCancelled: 'sso-cancelled',
  ssoTab: 'sso-tab-tab',
  issuer: 'sso-tab-issuer',
  clientId: 'sso-tab-client-id',
  clientSecret: 'sso-tab-client-secret',
  domain: 'sso-tab-domain',
  claimDomain: 'sso-tab-claim',
  testSignIn: 'sso-tab-test-submit',
  // The default names of a method (the server names a new app in the reader's language).
  authenticatorApp: 'authenticator-app',
  passkey: 'passkey-choice',
  needHelp: 'need-help',
} as const;

/** The words the tests look for, in each language of the UI, read from the
 * catalogue (app/src/i18n.rs shows the same messages). */
function wordsIn(lang: Lang) {
  const words = Object.fromEntries(Object.entries(WORD_IDS).map(([key, id]) => [key, message(lang, id)])) as Record<keyof typeof WORD_IDS, string>;
  return {
    ...words,
    // "New name for Authenticator App 2": the label's words before the name.
    newName: lead(lang, 'profile-new-name', 'name'),
    ssoBody: message(lang, 'sso-continue-body', { company: SSO_COMPANY }),
    ssoButton: message(lang, 'sso-continue-button', { company: SSO_COMPANY }),
  };
}

export const WORDS = Object.fromEntries(LANGS.map((lang) => [lang, wordsIn(lang)])) as Record<Lang, ReturnType<typeof wordsIn>>;
export type Words = (typeof WORDS)['en'];
const EN = WORDS.en;

/** Called on each screen a flow passes (for axe checks or screenshots). */
export type Visit = (screen: string) => Promise<void>;
const noVisit: Visit = async () => {};

/** axe finds nothing on the screen as it is. */
async function noViolations(page: Page, screen: string) {
  // Legacy mode runs axe once in the page itself. The default injects it
  // twice and opens a second page to combine the results of each frame,
  // which doubled the check's time (370 ms a screen, now 170). These pages
  // have no frames.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on "${screen}"`).toEqual([]);
}

/** axe finds nothing on the screen, and on a phone nothing scrolls sideways;
 * `desktopToo`: axe looks again with the window at the desktop's size. */
export function checker(page: Page, testInfo: TestInfo, lang: string, desktopToo = false): Visit {
  const phone = testInfo.project.name === 'phone';
  return async (screen) => {
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await noViolations(page, screen);
    if (phone) {
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `"${screen}" scrolls sideways (${scroll} > ${client} px)`).toBeLessThanOrEqual(client);
    }
    if (desktopToo) {
      const size = page.viewportSize();
      expect(size, 'a window size to come back to').not.toBeNull();
      await page.setViewportSize(DESKTOP_VIEWPORT);
      await noViolations(page, `${screen}, ${DESKTOP_VIEWPORT.width} px wide`);
      await page.setViewportSize(size!);
    }
  };
}

export async function title(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

export async function signInWithPassword(page: Page, testInfo: TestInfo, email: string, password = PASSWORD, w: Words = EN) {
  await open(page, testInfo, '/login');
  await title(page, w.enterEmail);
  await page.getByLabel(w.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: w.continue }).click();
  await title(page, w.enterPassword);
  await settled(page, testInfo);
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: w.continue }).click();
}

/** The code an authenticator app shows, `steps` time steps from now. */
export function totp(setupKey: string, steps = 0): string {
  const otp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(setupKey.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return otp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** A code as authenticator apps display it: `123 456` (or `123-456`). */
export const spaced = (code: string, sep = ' ') => `${code.slice(0, 3)}${sep}${code.slice(3)}`;

/** Types like a person on a phone: key by key. */
export async function typeCode(page: Page, label: string, code: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill('');
  await field.pressSequentially(code);
}

/** From "Two-Factor Authentication Required" to signed in; returns the setup key and recovery code. */
export async function enroll(page: Page, testInfo: TestInfo, w: Words = EN, visit: Visit = noVisit): Promise<{ key: string; recovery: string }> {
  await title(page, w.mfaRequired);
  await settled(page, testInfo);
  await visit('mfa-required');
  await page.getByRole('button', { name: w.setUpNow }).click();

  await title(page, w.selectMethod);
  await settled(page, testInfo);
  await visit('select-method');
  await page.getByRole('button', { name: w.continue }).click();

  await title(page, w.secureAccount);
  await expect(page.getByRole('img', { name: w.qrLabel })).toBeVisible();
  await settled(page, testInfo);
  // A phone user cannot scan their own screen: they open "Trouble Scanning?" and type the key.
  await page.getByText(w.trouble, { exact: true }).click();
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  await visit('secure-account');
  await typeCode(page, w.appCode, totp(key));
  await page.getByRole('button', { name: w.continue }).click();

  await title(page, w.saveRecovery);
  const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
  expect(recovery).toMatch(/^(\d{4} ){7}\d{4}$/);
  await settled(page, testInfo);
  await visit('save-recovery');
  await saveRecoveryCode(page, testInfo, w.welcome, w);
  return { key, recovery };
}

/** The checkbox gate: Continue does nothing useful until the box is ticked. */
export async function saveRecoveryCode(page: Page, testInfo: TestInfo, next: string, w: Words = EN) {
  const cont = page.getByRole('button', { name: w.continue });
  if (jsEnabled(testInfo)) {
    await expect(cont).toBeDisabled();
  } else {
    await cont.click();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    await expect(page.getByLabel(w.saved)).toHaveAttribute('aria-invalid', 'true');
    await title(page, w.saveRecovery);
  }
  await page.getByLabel(w.saved).check();
  await cont.click();
  await title(page, next);
}

export async function signOut(page: Page, testInfo: TestInfo, w: Words = EN) {
  await settled(page, testInfo);
  await page.getByRole('button', { name: w.signOut, exact: true }).click();
  await title(page, w.enterEmail);
}

export async function enterCode(page: Page, testInfo: TestInfo, code: string, w: Words = EN) {
  await title(page, w.verify);
  await settled(page, testInfo);
  await typeCode(page, w.code, code);
  await page.getByRole('button', { name: w.continue }).click();
}

/** From "Verify Your Identity": Try Another Method → Enter Recovery Code. */
export async function openRecoveryEntry(page: Page, testInfo: TestInfo, w: Words = EN, visit: Visit = noVisit) {
  await title(page, w.verify);
  await settled(page, testInfo);
  await page.getByRole('link', { name: w.tryAnother }).click();
  await title(page, w.howVerify);
  await settled(page, testInfo);
  await visit('methods');
  await page.getByRole('button', { name: w.recovery }).click();
  await title(page, w.recovery);
  await settled(page, testInfo);
  await visit('recovery');
}

/** Lost phone: from "Verify Your Identity" through the recovery code to a new
 * recovery code, then Skip for Now: signed in. Returns the new recovery code. */
export async function recoverAndSkip(page: Page, testInfo: TestInfo, recovery: string, w: Words = EN, visit: Visit = noVisit): Promise<string> {
  await openRecoveryEntry(page, testInfo, w, visit);
  // Typed key by key, with dashes as some people write it down.
  await typeCode(page, w.recovery, recovery.replace(/ /g, '-'));
  await page.getByRole('button', { name: w.continue }).click();

  await title(page, w.saveRecovery);
  await expect(page.getByRole('status')).toBeVisible();
  const fresh = (await page.getByTestId('recovery-code').innerText()).trim();
  expect(fresh).toMatch(/^(\d{4} ){7}\d{4}$/);
  expect(fresh).not.toEqual(recovery);
  await settled(page, testInfo);
  await visit('save-new-recovery');
  await saveRecoveryCode(page, testInfo, w.selectMethod, w);

  await expect(page.getByRole('status')).toBeVisible();
  await settled(page, testInfo);
  await visit('select-method-after-recovery');
  await page.getByRole('button', { name: w.skip }).click();
  await title(page, w.welcome);
  return fresh;
}

/** Every screen of the wizard, in order, for one new payor. */
export async function everyScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const email = newUser(testInfo, 'payor');
  await open(page, testInfo, '/login');
  await title(page, w.enterEmail);
  await visit('email');
  await signInWithPassword(page, testInfo, email, 'not the password', w);
  await title(page, w.enterPassword);
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await settled(page, testInfo);
  await visit('password-error');
  await page.getByLabel(w.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: w.continue }).click();
  const { recovery } = await enroll(page, testInfo, w, visit);
  await settled(page, testInfo);
  await visit('home');
  await signOut(page, testInfo, w);

  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  await title(page, w.verify);
  await settled(page, testInfo);
  await visit('verify');
  await enterCode(page, testInfo, '12345', w);
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await visit('verify-error');
  await recoverAndSkip(page, testInfo, recovery, w, visit);
}

/** A fictional US mobile number of its own for each test (201-555-xxxx),
 * so tests never share a number's text budget: national and E.164 forms. */
export function newUsNumber(): { typed: string; e164: string } {
  const last = String(randomBytes(2).readUInt16BE(0) % 10000).padStart(4, '0');
  return { typed: `(201) 555-${last}`, e164: `+1201555${last}` };
}

type OutboxMessage = { channel: string; to: string; subject: string; body: string; sent_at: string };

/** What the demo outbox holds, newest first (`/dev/outbox.json`). */
export async function outbox(page: Page): Promise<OutboxMessage[]> {
  const reply = await page.request.get('/dev/outbox.json');
  expect(reply.ok()).toBeTruthy();
  return reply.json();
}

/** The texts sent to `e164`, newest first. */
export async function textsTo(page: Page, e164: string): Promise<string[]> {
  return (await outbox(page)).filter((m) => m.channel === 'sms' && m.to === e164).map((m) => m.body);
}

/** The code of the newest text to `e164`, as its WebOTP line (`@host #123456`) carries it. */
export async function lastTextedCode(page: Page, e164: string): Promise<string> {
  const [newest] = await textsTo(page, e164);
  expect(newest, `a text to ${e164}`).toBeTruthy();
  const match = newest.match(/\n@[^\s]+ #(\d{6})$/);
  expect(match, newest).toBeTruthy();
  return match![1];
}

/** Reads the newest code texted to `e164` as a person would: on the demo
 * outbox page (`/dev/outbox`), opened in a tab of its own like a phone. */
export async function readTextedCode(page: Page, e164: string): Promise<string> {
  const phone = await page.context().newPage();
  await phone.goto('/dev/outbox');
  const text = phone
    .locator('li[data-channel="sms"]')
    .filter({ has: phone.getByTestId('outbox-to').getByText(e164, { exact: true }) })
    .first()
    .getByTestId('outbox-body');
  const body = await text.innerText();
  await phone.close();
  const match = body.match(/(\d{6})\./);
  expect(match, body).toBeTruthy();
  return match![1];
}

/** From "Two-Factor Authentication Required" through SMS enrollment to
 * signed in, typing the number and the texted code by hand. */
export async function enrollSms(page: Page, testInfo: TestInfo, phone: { typed: string; e164: string }, w: Words = EN, visit: Visit = noVisit): Promise<string> {
  await title(page, w.mfaRequired);
  await settled(page, testInfo);
  await page.getByRole('button', { name: w.setUpNow }).click();

  await title(page, w.selectMethod);
  await expect(page.getByText(w.recommended)).toBeVisible();
  await settled(page, testInfo);
  await visit('select-method-sms');
  await page.getByRole('radio', { name: containing(w.sms) }).check();
  await page.getByRole('button', { name: w.continue }).click();

  await title(page, w.setupSms);
  await settled(page, testInfo);
  await expect(page.getByLabel(w.countryCode)).toHaveValue('US');
  await page.getByLabel(w.phoneNumber).pressSequentially('201 abc');
  await page.getByRole('button', { name: w.sendText }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await settled(page, testInfo);
  await visit('setup-sms-number-error');
  await page.getByLabel(w.phoneNumber).fill('');
  await page.getByLabel(w.phoneNumber).pressSequentially(phone.typed);
  await page.getByRole('button', { name: w.sendText }).click();

  await expect(page.getByLabel(w.smsCode)).toBeVisible();
  await title(page, w.setupSms);
  await expect(page.getByTestId('sms-status')).toContainText(phone.e164.slice(-4));
  await settled(page, testInfo);
  await visit('setup-sms-code');
  await typeCode(page, w.smsCode, await readTextedCode(page, phone.e164));
  await page.getByRole('button', { name: w.continue }).click();

  await title(page, w.saveRecovery);
  const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, w.welcome, w);
  return recovery;
}

/** Every SMS screen, in order, for one new payee admin. */
export async function everySmsScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const email = newUser(testInfo, 'payee_admin');
  const phone = newUsNumber();
  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  await enrollSms(page, testInfo, phone, w, visit);
  await signOut(page, testInfo, w);
  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  await title(page, w.verify);
  await expect(page.getByTestId('sms-status')).toContainText(phone.e164.slice(-4));
  await settled(page, testInfo);
  await visit('verify-sms');
  await page.getByRole('link', { name: w.tryAnother }).click();
  await title(page, w.howVerify);
  await expect(page.getByRole('button', { name: containing(w.usePhone) })).toBeVisible();
  await settled(page, testInfo);
  await visit('methods-with-phone');
}

/** The account menu (the user's initials) → **My Profile Settings**. */
export async function openProfile(page: Page, testInfo: TestInfo, w: Words = EN) {
  await settled(page, testInfo);
  await page.getByLabel(w.accountMenu).click();
  await page.getByRole('link', { name: w.profile, exact: true }).click();
  await title(page, w.profile);
  await settled(page, testInfo);
}

/** "Confirm It's You": the current password, and a code when the user has a method. */
export async function confirmIdentity(page: Page, testInfo: TestInfo, code?: string, w: Words = EN) {
  await page.getByLabel(w.password, { exact: true }).fill(PASSWORD);
  if (code !== undefined) {
    await typeCode(page, w.profileCode, code);
  }
  await page.getByRole('button', { name: w.confirm, exact: true }).click();
  await expect(page.getByText(w.confirmed)).toBeVisible();
  await settled(page, testInfo);
}

/** **Add Authenticator App** from the profile, through the enrollment
 * wizard's own screens back to the profile; returns the setup key and the
 * new recovery code. */
export async function addApp(page: Page, testInfo: TestInfo, w: Words = EN, visit: Visit = noVisit): Promise<{ key: string; recovery: string }> {
  await page.getByRole('button', { name: w.addApp }).click();
  await title(page, w.secureAccount);
  await settled(page, testInfo);
  await page.getByText(w.trouble, { exact: true }).click();
  const key = (await page.getByTestId('setup-key').innerText()).trim();
  await visit('profile-add-app');
  await typeCode(page, w.appCode, totp(key));
  await page.getByRole('button', { name: w.continue }).click();
  await title(page, w.saveRecovery);
  const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
  await settled(page, testInfo);
  await visit('profile-save-recovery');
  await saveRecoveryCode(page, testInfo, w.profile, w);
  await settled(page, testInfo);
  return { key, recovery };
}

/** Every screen of My Profile Settings, for one new payor. */
export async function everyProfileScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const email = newUser(testInfo, 'payor');
  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  const { key } = await enroll(page, testInfo, w);
  await settled(page, testInfo);
  await page.getByLabel(w.accountMenu).click();
  await expect(page.getByRole('link', { name: w.profile, exact: true })).toBeVisible();
  await visit('account-menu');
  await page.getByRole('link', { name: w.profile, exact: true }).click();
  await title(page, w.profile);
  await settled(page, testInfo);
  await visit('profile');
  await confirmIdentity(page, testInfo, totp(key, 1), w);
  await visit('profile-confirmed');
  await addApp(page, testInfo, w, visit);
  await page.getByText(`${w.rename} ${w.authenticatorApp} 2`).click();
  await expect(page.getByLabel(`${w.newName} ${w.authenticatorApp} 2`)).toBeVisible();
  await visit('profile-rename');
}

/** Waits for an email to `to` with this subject. */
export async function waitForEmail(page: Page, to: string, subject: string) {
  await expect(async () => {
    const found = (await outbox(page)).find((m) => m.channel === 'email' && m.to === to && m.subject === subject);
    expect(found, `"${subject}" to ${to}`).toBeTruthy();
  }).toPass({ timeout: 10_000 });
}

/** The newest email to `to` whose body holds a link to `path`: that link, as a path of this site. */
export async function emailedLink(page: Page, to: string, path: string): Promise<string> {
  let link = '';
  await expect(async () => {
    const bodies = (await outbox(page)).filter((m) => m.channel === 'email' && m.to === to).map((m) => m.body);
    const match = bodies.map((b) => b.match(new RegExp(`https?://[^\\s/]+(${path.replace('?', '\\?')}[^\\s]+)`))).find((m) => m);
    expect(match, `a link to ${path} for ${to}`).toBeTruthy();
    link = match![1];
  }).toPass({ timeout: 10_000 });
  return link;
}

/** Forgot password, the reset page, and the "This wasn't me" page, for one new user. */
export async function everyPasswordScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const email = newUser(testInfo, 'user');
  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  await title(page, w.welcome);
  await signOut(page, testInfo, w);
  await open(page, testInfo, '/login');
  await page.getByLabel(w.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: w.continue }).click();
  await title(page, w.enterPassword);
  await settled(page, testInfo);
  await page.getByRole('button', { name: w.forgot }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await settled(page, testInfo);
  await visit('password-reset-sent');
  const reset = await emailedLink(page, email, '/account/reset?token=');
  await open(page, testInfo, reset);
  await page.getByLabel(w.newPassword, { exact: true }).fill('short');
  if (jsEnabled(testInfo)) {
    await expect(page.locator('.strength')).toBeVisible();
  }
  await page.getByRole('button', { name: w.resetPassword }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await settled(page, testInfo);
  await visit('reset-password-error');
  await page.getByLabel(w.newPassword, { exact: true }).fill('tall cranes at dawn');
  await page.getByLabel(w.confirmPassword).fill('tall cranes at dawn');
  await page.getByRole('button', { name: w.resetPassword }).click();
  await title(page, w.enterEmail);
  await expect(page.getByRole('status')).toBeVisible();
  await settled(page, testInfo);
  await visit('password-was-reset');
  await open(page, testInfo, reset);
  await visit('link-used');
  const notMe = await emailedLink(page, email, '/account/not-me?token=');
  await open(page, testInfo, notMe);
  await expect(page.getByRole('button', { name: w.notMe })).toBeVisible();
  await visit('not-me');
  await settled(page, testInfo);
  await page.getByRole('button', { name: w.notMe }).click();
  await title(page, w.enterEmail);
  await expect(page.getByRole('status')).toBeVisible();
  await settled(page, testInfo);
  await visit('not-me-done');
  // The right password, refused until a new one is chosen.
  await page.getByLabel(w.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: w.continue }).click();
  await title(page, w.enterPassword);
  await settled(page, testInfo);
  await page.getByLabel(w.password, { exact: true }).fill('tall cranes at dawn');
  await page.getByRole('button', { name: w.continue }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await settled(page, testInfo);
  await visit('password-reset-required');
}

/** The account menu → **Security Settings**; "Confirm It's You" with the
 * admin's app, unless they did in the last few minutes. */
export async function openSecuritySettings(page: Page, testInfo: TestInfo, key: string, w: Words = EN, visit: Visit = noVisit) {
  await settled(page, testInfo);
  await page.getByLabel(w.accountMenu).click();
  await page.getByRole('link', { name: w.securitySettings, exact: true }).click();
  await title(page, w.securitySettings);
  await settled(page, testInfo);
  await visit('security-settings');
  if ((await page.getByLabel(w.password, { exact: true }).count()) > 0) {
    await confirmIdentity(page, testInfo, totp(key, 1), w);
  }
}

/** **Require MFA** from `date` (`YYYY-MM-DD`), **Save**. */
export async function requireMfaFrom(page: Page, testInfo: TestInfo, date: string, w: Words = EN) {
  await page.getByRole('checkbox', { name: w.requireMfa, exact: true }).check();
  const deadline = page.getByLabel(w.deadline);
  await deadline.fill(date);
  await deadline.blur();
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await expect(page.getByText(w.policySaved)).toBeVisible();
  await settled(page, testInfo);
}

/** A company admin with an app of their own, in a company MFA is available to. */
export async function newAdmin(page: Page, testInfo: TestInfo, company: string, w: Words = EN): Promise<string> {
  const admin = newUser(testInfo, 'admin', company, 'Alex Admin');
  enableMfa(company);
  await signInWithPassword(page, testInfo, admin, PASSWORD, w);
  await title(page, w.welcome);
  await openProfile(page, testInfo, w);
  await confirmIdentity(page, testInfo, undefined, w);
  const { key } = await addApp(page, testInfo, w);
  return key;
}

/** Every screen of Security Settings, for one new admin and two members. */
export async function everyAdminScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const company = newCompany(testInfo);
  newUser(testInfo, 'user', company, 'Mo Member');
  const late = newUser(testInfo, 'user', company, 'Lee Late');
  const key = await newAdmin(page, testInfo, company, w);
  await openSecuritySettings(page, testInfo, key, w, visit);
  await visit('security-settings-confirmed');
  await requireMfaFrom(page, testInfo, new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), w);
  await page.getByRole('link', { name: w.notYetEnrolled }).click();
  await expect(page.getByTestId('member')).toHaveCount(2);
  await settled(page, testInfo);
  await page.getByLabel(w.resetEmail).fill(late);
  await page.getByRole('button', { name: w.resetMfa, exact: true }).click();
  await expect(page.getByRole('alert').first()).not.toBeEmpty();
  await settled(page, testInfo);
  await visit('security-settings-error');
  await open(page, testInfo, '/');
  await signOut(page, testInfo, w);
  await signInWithPassword(page, testInfo, late, PASSWORD, w);
  await title(page, w.mfaRequired);
  await settled(page, testInfo);
  await visit('mfa-required-with-deadline');
  await page.getByRole('button', { name: w.remindLater }).click();
  await title(page, w.welcome);
  await settled(page, testInfo);
  await visit('home-countdown');
}

/** **Add Member** on Security Settings: `email`, named `name`; the same
 * answer whether or not the address has an account. */
export async function addMember(page: Page, testInfo: TestInfo, email: string, name: string, w: Words = EN) {
  await page.getByLabel(w.theirEmail, { exact: true }).fill(email);
  await page.getByLabel(w.theirName, { exact: true }).fill(name);
  await page.getByRole('button', { name: w.addMember, exact: true }).click();
  await expect(page.getByText(w.invitationSent)).toBeVisible();
  await settled(page, testInfo);
}

/** An admin invites an existing account; its owner opens the invitation
 * signed out, signs in, opens it again and accepts. */
export async function everyInvitationScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const company = newCompany(testInfo);
  const member = newUser(testInfo, 'user', undefined, 'Mo Member');
  const key = await newAdmin(page, testInfo, company, w);
  await openSecuritySettings(page, testInfo, key, w);
  await addMember(page, testInfo, member, 'Mo', w);
  await expect(page.getByTestId('member').filter({ hasText: member })).toContainText(w.invited);
  await visit('members-invited');
  const link = await emailedLink(page, member, '/account/invitation?token=');
  await open(page, testInfo, '/');
  await signOut(page, testInfo, w);
  await open(page, testInfo, link);
  await title(page, w.invitation);
  await visit('invitation-sign-in-first');
  await signInWithPassword(page, testInfo, member, PASSWORD, w);
  await title(page, w.welcome);
  await open(page, testInfo, link);
  await expect(page.getByRole('button', { name: w.acceptInvitation })).toBeVisible();
  await visit('invitation');
  await page.getByRole('button', { name: w.acceptInvitation }).click();
  await title(page, w.welcome);
  await expect(page.getByText(w.joined)).toBeVisible();
  await settled(page, testInfo);
  await visit('invitation-accepted');
}

/** Enter Your Email with an address on a domain that signs in with its
 * company's SSO: on to the company's identity provider (by way of
 * "Continue With Your Company", which moves on at once). */
export async function continueToProvider(page: Page, testInfo: TestInfo, email: string, w: Words = EN) {
  await open(page, testInfo, '/login');
  await title(page, w.enterEmail);
  await page.getByLabel(w.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: w.continue }).click();
  await atProvider(page);
}

/** The identity provider's own login page (tools/oidc-provider). */
export async function atProvider(page: Page) {
  await page.waitForURL((url) => url.origin === OIDC_ISSUER);
  await expect(page.locator('input[name=login]')).toBeVisible();
}

/** Signs in on the identity provider's login page: any login, any password. */
export async function providerSignIn(page: Page, login: string) {
  await atProvider(page);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('whatever the provider wants');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** The whole company sign-in: the email here, the login at the provider
 * (the email itself unless told), back to `/sso/callback` and on. */
export async function signInWithSso(page: Page, testInfo: TestInfo, email: string, login = email, w: Words = EN) {
  await continueToProvider(page, testInfo, email, w);
  await providerSignIn(page, login);
  await page.waitForURL((url) => url.origin !== OIDC_ISSUER && !url.pathname.startsWith('/sso/'));
}

/** Keeps this page on "Continue With Your Company": the way to the
 * provider answers 204 (the browser stays), until `release` is called. */
export async function holdProvider(page: Page): Promise<() => Promise<void>> {
  const pattern = (url: URL) => url.origin === OIDC_ISSUER;
  await page.route(pattern, (route) => route.fulfill({ status: 204 }));
  return () => page.unroute(pattern);
}

/** Security Settings → the **SSO** tab. */
export async function openSsoTab(page: Page, testInfo: TestInfo, w: Words = EN) {
  await page.getByRole('link', { name: w.ssoTab, exact: true }).click();
  await expect(page.getByRole('link', { name: w.ssoTab, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('sso-status')).toBeVisible();
  await settled(page, testInfo);
}

/** **Identity Provider** on the SSO tab: the three fields, **Save**. */
export async function saveSsoProvider(page: Page, issuer: string, clientId: string, secret: string, w: Words = EN) {
  const form = page.locator('form.sso-provider');
  await form.getByLabel(w.issuer, { exact: true }).fill(issuer);
  await form.getByLabel(w.clientId, { exact: true }).fill(clientId);
  await form.getByLabel(w.clientSecret, { exact: true }).fill(secret);
  await form.getByRole('button', { name: w.save, exact: true }).click();
}

/** **Claim Domain** on the SSO tab. */
export async function claimSsoDomain(page: Page, domain: string, w: Words = EN) {
  const form = page.locator('form.claim-domain');
  await form.getByLabel(w.domain, { exact: true }).fill(domain);
  await form.getByRole('button', { name: w.claimDomain, exact: true }).click();
}

/** A domain of its own for each test (nobody's addresses are on it). */
export const newDomain = (testInfo: TestInfo, under = 'e2e.example') => `${testInfo.project.name}-${randomBytes(4).toString('hex')}.${under}`;

/** "Continue With Your Company" (held there), then the provider's
 * [ Cancel ]: Enter Your Email with the notice, for one new address; then
 * a new company admin's **SSO** tab: confirmed, an issuer that does not
 * answer, a domain waiting for proof. */
export async function everySsoScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const release = await holdProvider(page);
  await open(page, testInfo, '/login');
  await page.getByLabel(w.email, { exact: true }).fill(newAddress(testInfo, SSO_DOMAIN));
  await page.getByRole('button', { name: w.continue }).click();
  await title(page, w.ssoTitle);
  await expect(page.getByTestId('sso-continue')).toHaveText(w.ssoButton);
  await settled(page, testInfo);
  await visit('sso-continue');
  await release();
  await page.getByTestId('sso-continue').click();
  await atProvider(page);
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  await title(page, w.enterEmail);
  await expect(page.getByRole('status')).toHaveText(w.ssoCancelled);
  await settled(page, testInfo);
  await visit('sso-cancelled');

  // A member signed in by the company's provider: the profile says the
  // provider takes care of two-factor authentication.
  await signInWithSso(page, testInfo, 'sam.sso@keystone.example', 'sam.sso@keystone.example', w);
  await open(page, testInfo, '/profile');
  await expect(page.getByTestId('sso-managed')).toBeVisible();
  await settled(page, testInfo);
  await visit('sso-profile');
  await page.context().clearCookies();

  const key = await newAdmin(page, testInfo, newCompany(testInfo), w);
  await openSecuritySettings(page, testInfo, key, w);
  await openSsoTab(page, testInfo, w);
  await visit('sso-tab');
  await saveSsoProvider(page, 'http://127.0.0.1:9/', 'trestle', 'not a secret', w);
  await expect(page.locator('form.sso-provider').getByRole('alert')).not.toBeEmpty();
  await settled(page, testInfo);
  await visit('sso-tab-error');
  await claimSsoDomain(page, newDomain(testInfo), w);
  await expect(page.getByTestId('sso-domain-status')).toBeVisible();
  await expect(page.getByTestId('sso-txt')).toBeVisible();
  await settled(page, testInfo);
  await visit('sso-tab-domain');
}

/** A platform authenticator of Chromium's own (CDP's virtual authenticator:
 * CTAP2, built in, resident keys, user verification that succeeds until
 * told otherwise), answering this page's passkey ceremonies at once. */
export type Authenticator = { cdp: CDPSession; id: string };

export async function addAuthenticator(page: Page): Promise<Authenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, id: authenticatorId };
}

/** Whether the authenticator's user verification (fingerprint, PIN) succeeds. */
export async function setUserVerified(auth: Authenticator, verified: boolean) {
  await auth.cdp.send('WebAuthn.setUserVerified', { authenticatorId: auth.id, isUserVerified: verified });
}

/** The passkeys the authenticator holds. */
export async function passkeysOn(auth: Authenticator) {
  const { credentials } = await auth.cdp.send('WebAuthn.getCredentials', { authenticatorId: auth.id });
  return credentials;
}

/** The same passkeys on another authenticator (another browser, synced). */
export async function copyPasskeys(from: Authenticator, to: Authenticator) {
  for (const credential of await passkeysOn(from)) {
    await to.cdp.send('WebAuthn.addCredential', { authenticatorId: to.id, credential });
  }
}

/** Select an Authentication Method → **Passkey or Security Key**: the
 * browser makes a passkey, and on to "Save Your Recovery Code". */
export async function choosePasskey(page: Page, testInfo: TestInfo, w: Words = EN, visit: Visit = noVisit) {
  await title(page, w.selectMethod);
  await settled(page, testInfo);
  await expect(page.getByTestId('method-passkey')).toBeVisible();
  await visit('select-method-passkey');
  await page.getByTestId('method-passkey').click();
  await title(page, w.saveRecovery);
}

/** From "Two-Factor Authentication Required" to signed in with a passkey as
 * the first factor; returns the recovery code. */
export async function enrollPasskey(page: Page, testInfo: TestInfo, w: Words = EN, visit: Visit = noVisit): Promise<string> {
  await title(page, w.mfaRequired);
  await settled(page, testInfo);
  await page.getByRole('button', { name: w.setUpNow }).click();
  await choosePasskey(page, testInfo, w, visit);
  const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
  expect(recovery).toMatch(/^(\d{4} ){7}\d{4}$/);
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, w.welcome, w);
  return recovery;
}

/** Enter Your Email → **Sign in with a passkey**. */
export async function signInWithPasskey(page: Page, testInfo: TestInfo, w: Words = EN) {
  await open(page, testInfo, '/login');
  await title(page, w.enterEmail);
  await page.getByTestId('passkey-sign-in').click();
}

/** The passkey screens (served at PASSKEY_BASE_URL, whose database this
 * makes the accounts in): Enter Your Email with **Sign in with a passkey**,
 * Select an Authentication Method with **Passkey or Security Key**, the
 * passkey's "Verify Your Identity" (after a failed user verification), the
 * method picker listing the passkey, the profile listing it. */
export async function everyPasskeyScreen(page: Page, testInfo: TestInfo, w: Words, visit: Visit) {
  const auth = await addAuthenticator(page);
  const email = newPasskeyUser(testInfo, 'payee_admin');
  await open(page, testInfo, '/login');
  await title(page, w.enterEmail);
  await expect(page.getByTestId('passkey-sign-in')).toBeVisible();
  await visit('email-with-passkey');
  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  await enrollPasskey(page, testInfo, w, visit);
  await signOut(page, testInfo, w);

  await setUserVerified(auth, false);
  await signInWithPassword(page, testInfo, email, PASSWORD, w);
  await title(page, w.verify);
  await expect(page.getByTestId('passkey-error')).toBeVisible();
  await expect(page.getByTestId('passkey-verify')).toBeVisible();
  await settled(page, testInfo);
  await visit('verify-passkey-error');
  await setUserVerified(auth, true);
  await page.getByRole('link', { name: w.tryAnother }).click();
  await title(page, w.howVerify);
  await expect(page.getByRole('button', { name: containing(w.passkey) })).toBeVisible();
  await settled(page, testInfo);
  await visit('methods-with-passkey');
  await page.getByRole('button', { name: containing(w.passkey) }).click();
  await title(page, w.welcome);
  await signOut(page, testInfo, w);

  // A user with no method adds a passkey from the profile.
  const plain = newPasskeyUser(testInfo, 'user');
  await signInWithPassword(page, testInfo, plain, PASSWORD, w);
  await title(page, w.welcome);
  await openProfile(page, testInfo, w);
  await confirmIdentity(page, testInfo, undefined, w);
  await expect(page.getByTestId('add-passkey')).toBeVisible();
  await visit('profile-add-passkey');
  await page.getByTestId('add-passkey').click();
  await title(page, w.saveRecovery);
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, w.profile, w);
  await expect(page.getByTestId('factor').filter({ hasText: w.passkey })).toHaveCount(1);
  await settled(page, testInfo);
  await visit('profile-with-passkey');
}
