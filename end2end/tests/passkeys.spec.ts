import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { PASSKEY_BASE_URL } from '../playwright.config';
import {
  addAuthenticator,
  confirmIdentity,
  copyPasskeys,
  enroll,
  enrollPasskey,
  enterCode,
  jsEnabled,
  newPasskeyUser,
  open,
  openProfile,
  passkeysOn,
  saveRecoveryCode,
  setUserVerified,
  settled,
  signInWithPasskey,
  signInWithPassword,
  signOut,
  title,
  totp,
  type Authenticator,
} from './helpers';

// Passkeys (issue 22) with Chromium's virtual authenticator (CDP WebAuthn:
// CTAP2, built in, resident keys, user verification). WebAuthn refuses an IP
// address: these pages come from the passkey server at http://localhost
// (playwright.config.ts), and the accounts are made in its database.
test.use({ baseURL: PASSKEY_BASE_URL });

const PROFILE = 'My Profile Settings';

/** The methods listed on the profile. */
const methods = (page: Page) => page.getByTestId('factor');

/** The paths the page's main frame went through. */
function pathsSeen(page: Page): string[] {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(new URL(frame.url()).pathname);
  });
  return seen;
}

/** A second browser, like the first one (viewport, touch), with an authenticator of its own. */
async function secondBrowser(browser: Browser, testInfo: TestInfo): Promise<{ page: Page; auth: Authenticator }> {
  const { viewport, javaScriptEnabled, isMobile, hasTouch, userAgent, deviceScaleFactor, locale } = testInfo.project.use;
  const context = await browser.newContext({ baseURL: PASSKEY_BASE_URL, viewport, javaScriptEnabled, isMobile, hasTouch, userAgent, deviceScaleFactor, locale });
  const page = await context.newPage();
  return { page, auth: await addAuthenticator(page) };
}

/** Account menu → Sign Out, from any signed-in page. */
async function signOutFromMenu(page: Page, testInfo: TestInfo) {
  await open(page, testInfo, '/');
  await signOut(page, testInfo);
}

/** Select an Authentication Method (after a recovery sign-in, whose new
 * code was already shown) → **Passkey or Security Key**: signed in. */
async function choosePasskeyAfterRecovery(page: Page, testInfo: TestInfo) {
  await title(page, 'Select an Authentication Method');
  await settled(page, testInfo);
  await expect(page.getByTestId('method-passkey')).toBeVisible();
  await page.getByTestId('method-passkey').click();
}

/** A new user without a method (nothing requires one of them), with a
 * passkey added from the profile (their first factor: a recovery code). */
async function userWithPasskey(page: Page, testInfo: TestInfo): Promise<string> {
  const email = newPasskeyUser(testInfo, 'user');
  await signInWithPassword(page, testInfo, email);
  await title(page, 'Welcome');
  await openProfile(page, testInfo);
  await confirmIdentity(page, testInfo);
  await page.getByTestId('add-passkey').click();
  await title(page, 'Save Your Recovery Code');
  await expect(page.getByTestId('recovery-code')).toHaveText(/^(\d{4} ){7}\d{4}$/);
  await settled(page, testInfo);
  await saveRecoveryCode(page, testInfo, PROFILE);
  await expect(methods(page)).toHaveCount(1);
  await expect(methods(page)).toContainText('Passkey');
  return email;
}

test.describe('with JavaScript', () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'WebAuthn needs JavaScript');

  test('a payee admin enrolls a passkey in the wizard and signs in with it after the password', async ({ page }, testInfo) => {
    const auth = await addAuthenticator(page);
    const email = newPasskeyUser(testInfo, 'payee_admin');
    await signInWithPassword(page, testInfo, email);
    await enrollPasskey(page, testInfo);
    // A discoverable credential for this site, kept by the authenticator.
    const [credential, ...more] = await passkeysOn(auth);
    expect(more).toEqual([]);
    expect(credential.rpId).toEqual('localhost');
    expect(credential.isResidentCredential).toBe(true);
    await signOut(page, testInfo);

    // The password, then "Verify Your Identity" asks the browser at once.
    const seen = pathsSeen(page);
    await signInWithPassword(page, testInfo, email);
    await title(page, 'Welcome');
    expect(seen).toContain('/login/verify');
    expect((await passkeysOn(auth))[0].signCount).toBeGreaterThan(credential.signCount);
  });

  test('a payee admin may not sign in with a passkey alone (a payment user)', async ({ page }, testInfo) => {
    await addAuthenticator(page);
    const email = newPasskeyUser(testInfo, 'payee_admin');
    await signInWithPassword(page, testInfo, email);
    await enrollPasskey(page, testInfo);
    await signOut(page, testInfo);
    await signInWithPasskey(page, testInfo);
    await expect(page.getByRole('alert').filter({ hasText: 'Your account cannot sign in with a passkey alone. Enter your email to sign in.' })).toBeVisible();
    await title(page, 'Enter Your Email');
  });

  test('a payor is not offered a passkey as their first method', async ({ page }, testInfo) => {
    await addAuthenticator(page);
    const email = newPasskeyUser(testInfo, 'payor');
    await signInWithPassword(page, testInfo, email);
    await title(page, 'Two-Factor Authentication Required');
    await settled(page, testInfo);
    await page.getByRole('button', { name: 'Set Up Now' }).click();
    await title(page, 'Select an Authentication Method');
    await settled(page, testInfo);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(page.getByTestId('method-passkey')).toHaveCount(0);
  });

  test('a payor adds a passkey from the profile beside the app, renames it, and picks it on Verify Your Identity', async ({ page }, testInfo) => {
    const auth = await addAuthenticator(page);
    const email = newPasskeyUser(testInfo, 'payor');
    await signInWithPassword(page, testInfo, email);
    const { key, recovery } = await enroll(page, testInfo);
    await openProfile(page, testInfo);
    // Nothing can be added before "Confirm It's You".
    await expect(page.getByTestId('add-passkey')).toHaveCount(0);
    await confirmIdentity(page, testInfo, totp(key, 1));
    await page.getByTestId('add-passkey').click();
    // As for an app added here: a new recovery code (the old one is void), then the profile.
    await title(page, 'Save Your Recovery Code');
    await expect(page.getByTestId('recovery-code')).toHaveText(/^(\d{4} ){7}\d{4}$/);
    expect((await page.getByTestId('recovery-code').innerText()).trim()).not.toEqual(recovery);
    await settled(page, testInfo);
    await saveRecoveryCode(page, testInfo, PROFILE);
    await expect(methods(page)).toHaveCount(2);
    await expect(methods(page).filter({ hasText: 'Passkey' })).toHaveCount(1);
    expect(await passkeysOn(auth)).toHaveLength(1);
    await settled(page, testInfo);

    await page.getByText('Rename Passkey').click();
    await page.getByLabel('New name for Passkey').fill('Work Laptop');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(methods(page).filter({ hasText: 'Work Laptop' })).toHaveCount(1);
    await signOutFromMenu(page, testInfo);

    // The app is the first method; the picker lists the passkey by its name.
    await signInWithPassword(page, testInfo, email);
    await title(page, 'Verify Your Identity');
    await settled(page, testInfo);
    await page.getByRole('link', { name: 'Try Another Method' }).click();
    await title(page, 'How Do You Want to Verify Your Identity?');
    await settled(page, testInfo);
    await expect(page.getByRole('button', { name: /Authenticator App/ })).toBeVisible();
    await page.getByRole('button', { name: /Work Laptop/ }).click();
    await title(page, 'Welcome');
  });

  test('a user signs in with a passkey alone: no password, no code, on another browser too', async ({ page, browser }, testInfo) => {
    const auth = await addAuthenticator(page);
    await userWithPasskey(page, testInfo);
    await signOutFromMenu(page, testInfo);

    const seen = pathsSeen(page);
    await signInWithPasskey(page, testInfo);
    await title(page, 'Welcome');
    expect(seen.filter((p) => p.startsWith('/login/'))).toEqual([]);

    // The passkey synced to another browser, which never saw the account.
    const other = await secondBrowser(browser, testInfo);
    await copyPasskeys(auth, other.auth);
    const seenThere = pathsSeen(other.page);
    await signInWithPasskey(other.page, testInfo);
    await title(other.page, 'Welcome');
    expect(seenThere.filter((p) => p.startsWith('/login/'))).toEqual([]);
    await other.page.context().close();
  });

  test('a failed user verification on Sign in with a passkey says so, and it can be tried again', async ({ page }, testInfo) => {
    const auth = await addAuthenticator(page);
    await userWithPasskey(page, testInfo);
    await signOutFromMenu(page, testInfo);

    await setUserVerified(auth, false);
    await signInWithPasskey(page, testInfo);
    await expect(page.getByTestId('passkey-error')).toHaveText('Your passkey was not accepted. Try again, or enter your email.');
    await title(page, 'Enter Your Email');

    await setUserVerified(auth, true);
    await page.getByTestId('passkey-sign-in').click();
    await title(page, 'Welcome');
  });

  test('a failed user verification on Verify Your Identity says so, and Use Passkey tries again', async ({ page }, testInfo) => {
    const auth = await addAuthenticator(page);
    const email = newPasskeyUser(testInfo, 'payee_admin');
    await signInWithPassword(page, testInfo, email);
    await enrollPasskey(page, testInfo);
    await signOut(page, testInfo);

    await setUserVerified(auth, false);
    await signInWithPassword(page, testInfo, email);
    await title(page, 'Verify Your Identity');
    const error = page.getByTestId('passkey-error');
    await expect(error).toHaveText('Your passkey was not accepted. Try again, or use another method.');
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(page.getByRole('link', { name: 'Try Another Method' })).toBeVisible();
    await settled(page, testInfo);

    await setUserVerified(auth, true);
    await page.getByTestId('passkey-verify').click();
    await title(page, 'Welcome');
  });

  test('a user who lost their passkey signs in with the recovery code and makes a new one in the wizard', async ({ page }, testInfo) => {
    const lost = await addAuthenticator(page);
    const email = newPasskeyUser(testInfo, 'user');
    await signInWithPassword(page, testInfo, email);
    await title(page, 'Welcome');
    await openProfile(page, testInfo);
    await confirmIdentity(page, testInfo);
    await page.getByTestId('add-passkey').click();
    await title(page, 'Save Your Recovery Code');
    const recovery = (await page.getByTestId('recovery-code').innerText()).trim();
    await settled(page, testInfo);
    await saveRecoveryCode(page, testInfo, PROFILE);
    await signOutFromMenu(page, testInfo);

    // The device is gone (its passkey with it); a new one takes its place.
    await lost.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: lost.id });
    const auth = await addAuthenticator(page);
    await signInWithPassword(page, testInfo, email);
    await title(page, 'Verify Your Identity');
    await settled(page, testInfo);
    await page.getByRole('link', { name: 'Try Another Method' }).click();
    await title(page, 'How Do You Want to Verify Your Identity?');
    await expect(page.getByRole('button', { name: /Passkey/ })).toBeVisible();
    await settled(page, testInfo);
    await page.getByRole('button', { name: 'Enter Recovery Code' }).click();
    await title(page, 'Enter Recovery Code');
    await settled(page, testInfo);
    await page.getByRole('textbox', { name: 'Enter Recovery Code' }).fill(recovery);
    await page.getByRole('button', { name: 'Continue' }).click();
    await title(page, 'Save Your Recovery Code');
    await settled(page, testInfo);
    await saveRecoveryCode(page, testInfo, 'Select an Authentication Method');
    // A plain user may make a passkey their method in the wizard.
    await choosePasskeyAfterRecovery(page, testInfo);
    await title(page, 'Welcome');
    expect(await passkeysOn(auth)).toHaveLength(1);

    // Both passkeys are listed; the new one signs in alone.
    await openProfile(page, testInfo);
    await expect(methods(page).filter({ hasText: 'Passkey' })).toHaveCount(2);
    await signOutFromMenu(page, testInfo);
    await signInWithPasskey(page, testInfo);
    await title(page, 'Welcome');
  });
});

test('without JavaScript there is no passkey option, and the app still works', async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'the no-js project');
  await open(page, testInfo, '/login');
  await title(page, 'Enter Your Email');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(page.getByTestId('passkey-sign-in')).toBeHidden();

  // A payee admin may make a passkey their first method, where the browser can.
  const email = newPasskeyUser(testInfo, 'payee_admin');
  await signInWithPassword(page, testInfo, email);
  let picked = false;
  const { key } = await enroll(page, testInfo, undefined, async (screen) => {
    if (screen === 'select-method') {
      await expect(page.getByTestId('method-passkey')).toBeHidden();
      picked = true;
    }
  });
  expect(picked).toBe(true);
  await signOut(page, testInfo);
  await signInWithPassword(page, testInfo, email);
  await enterCode(page, testInfo, totp(key, 1));
  await title(page, 'Welcome');
  await signOut(page, testInfo);

  // The profile offers the app, not a passkey.
  const plain = newPasskeyUser(testInfo, 'user');
  await signInWithPassword(page, testInfo, plain);
  await title(page, 'Welcome');
  await openProfile(page, testInfo);
  await confirmIdentity(page, testInfo);
  await expect(page.getByRole('button', { name: 'Add Authenticator App' })).toBeVisible();
  await expect(page.getByTestId('add-passkey')).toBeHidden();
});

// Where the browser has WebAuthn, the option is there (the counterpart of the test above).
test('with JavaScript, Enter Your Email offers Sign in with a passkey', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'desktop and phone projects');
  await open(page, testInfo, '/login');
  await expect(page.getByTestId('passkey-sign-in')).toBeVisible();
  await expect(page.getByTestId('passkey-sign-in')).toHaveAccessibleName(/passkey/i);
});
