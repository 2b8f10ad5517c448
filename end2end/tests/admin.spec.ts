import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import {
  addApp,
  addMember,
  confirmIdentity,
  enableMfa,
  emailedLink,
  enroll,
  newAdmin,
  newCompany,
  newUser,
  open,
  openProfile,
  openSecuritySettings,
  requireMfaFrom,
  settled,
  signInWithPassword,
  signOut,
  title,
  waitForEmail,
  WORDS,
} from './helpers';

const w = WORDS.en;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `days` from today (UTC, the admin's time zone): the date field's value and the email's words. */
function day(days: number): { field: string; words: string } {
  const d = new Date(Date.now() + days * 86_400_000);
  return {
    field: d.toISOString().slice(0, 10),
    words: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  };
}

/** A second browser, like the first one (viewport, JavaScript on or off). */
async function secondBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, viewport, javaScriptEnabled, isMobile, hasTouch, userAgent, deviceScaleFactor } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, javaScriptEnabled, isMobile, hasTouch, userAgent, deviceScaleFactor });
  return context.newPage();
}

test('admin requires MFA with a deadline; a member defers, enrolls, loses the phone, is reset and enrolls again', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const company = newCompany(testInfo);
  const admin = newUser(testInfo, 'admin', company, 'Alex Admin');
  const member = newUser(testInfo, 'user', company, 'Mo Member');
  const late = newUser(testInfo, 'user', company, 'Lee Late');

  // Before the operator's switch: MFA is available on request.
  await signInWithPassword(page, testInfo, admin);
  await title(page, w.welcome);
  await open(page, testInfo, '/admin/security');
  await expect(page.getByTestId('mfa-on-request')).toContainText('available on request');
  enableMfa(company);

  // The admin requires MFA from next week; every active member is emailed.
  await open(page, testInfo, '/');
  await title(page, w.welcome);
  await openProfile(page, testInfo);
  await confirmIdentity(page, testInfo);
  const { key } = await addApp(page, testInfo);
  await openSecuritySettings(page, testInfo, key);
  await expect(page.getByTestId('unenrolled-count')).toHaveText('2 of 3 active members have not set up MFA yet.');
  const deadline = day(7);
  await requireMfaFrom(page, testInfo, deadline.field);
  await expect(page.getByTestId('policy-status')).toContainText('MFA is required from');
  const subject = `${company} requires two-factor authentication from ${deadline.words}`;
  await waitForEmail(page, member, subject);
  await waitForEmail(page, late, subject);
  // The filter shows who has not enrolled.
  await page.getByRole('link', { name: w.notYetEnrolled }).click();
  await expect(page.getByTestId('member')).toHaveCount(2);
  await settled(page, testInfo);

  // In their own browser, the member defers once, is asked again and enrolls.
  const mo = await secondBrowser(browser, testInfo);
  await signInWithPassword(mo, testInfo, member);
  await title(mo, w.mfaRequired);
  await expect(mo.getByText('in 7 days')).toBeVisible();
  await mo.getByRole('button', { name: w.remindLater }).click();
  await title(mo, w.welcome);
  await expect(mo.getByTestId('mfa-countdown')).toBeVisible();
  await signOut(mo, testInfo);
  await signInWithPassword(mo, testInfo, member);
  await enroll(mo, testInfo);

  // They lost their phone and their recovery code: the admin resets them.
  await page.getByLabel(w.resetEmail).fill(member);
  await page.getByRole('button', { name: w.resetMfa, exact: true }).click();
  // Not ticked: refused, nothing changed.
  await expect(page.getByText("Tick the box to confirm that you verified the user's request.")).toBeVisible();
  await settled(page, testInfo);
  await page.getByLabel(w.resetEmail).fill(member);
  await page.getByLabel(w.resetVerified).check();
  await page.getByRole('button', { name: w.resetMfa, exact: true }).click();
  await expect(page.getByText('MFA was reset.')).toBeVisible();
  await expect(page.getByTestId('security-log')).toContainText('Mo Member · MFA reset · by Alex Admin');
  await waitForEmail(page, member, 'Your two-factor authentication was reset');

  // Their browser was signed out; their next sign-in walks them through enrollment again.
  await open(mo, testInfo, '/');
  await title(mo, w.enterEmail);
  await signInWithPassword(mo, testInfo, member);
  await enroll(mo, testInfo);

  // From today on, a member who has not enrolled cannot skip.
  await settled(page, testInfo);
  await requireMfaFrom(page, testInfo, day(0).field);
  const lee = await secondBrowser(browser, testInfo);
  await signInWithPassword(lee, testInfo, late);
  await title(lee, w.mfaRequired);
  await expect(lee.getByRole('button', { name: w.setUpNow })).toBeVisible();
  await expect(lee.getByRole('button', { name: w.remindLater })).toHaveCount(0);
});

test('a member is refused Security Settings', async ({ page }, testInfo) => {
  const company = newCompany(testInfo);
  const member = newUser(testInfo, 'user', company);
  await signInWithPassword(page, testInfo, member);
  await title(page, w.welcome);
  await page.getByLabel(w.accountMenu).click();
  await expect(page.getByRole('link', { name: w.securitySettings })).toHaveCount(0);
  await open(page, testInfo, '/admin/security');
  await expect(page.getByRole('alert')).toContainText('Only an administrator of your company can do this.');
});

test('an admin adds a new member, who chooses a password from the emailed link and signs in', async ({ page, browser }, testInfo) => {
  const company = newCompany(testInfo);
  const key = await newAdmin(page, testInfo, company);
  await openSecuritySettings(page, testInfo, key);
  const newcomer = `${testInfo.project.name}-new-${Date.now()}@e2e.example`;
  await addMember(page, testInfo, newcomer, 'Nia New');
  await expect(page.getByTestId('member').filter({ hasText: 'Nia New' })).toContainText(w.invited);

  await waitForEmail(page, newcomer, `${company} invited you to Trestle`);
  const link = await emailedLink(page, newcomer, '/account/reset?token=');
  const nia = await secondBrowser(browser, testInfo);
  await open(nia, testInfo, link);
  const password = 'a new member passphrase';
  await nia.getByLabel('New Password', { exact: true }).fill(password);
  await nia.getByLabel('Confirm New Password').fill(password);
  await nia.getByRole('button', { name: 'Reset Password' }).click();
  await title(nia, w.enterEmail);
  await signInWithPassword(nia, testInfo, newcomer, password);
  await title(nia, w.welcome);
});

test('an admin invites an existing account, which shows as invited until its owner signs in and accepts', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const company = newCompany(testInfo);
  const key = await newAdmin(page, testInfo, company);
  const mo = newUser(testInfo, 'user', undefined, 'Maurice Private');
  await openSecuritySettings(page, testInfo, key);
  // The same answer as for a new address; nothing of the account shows.
  await addMember(page, testInfo, mo, 'Mo');
  const row = page.getByTestId('member').filter({ hasText: mo });
  await expect(row).toContainText(w.invited);
  await expect(row).not.toContainText('Maurice Private');
  await expect(row.getByRole('button')).toHaveCount(0);
  await waitForEmail(page, mo, `${company} invited you to join it on Trestle`);
  const link = await emailedLink(page, mo, '/account/invitation?token=');

  // Opened signed out: sign in first, then open the link again.
  const moPage = await secondBrowser(browser, testInfo);
  await open(moPage, testInfo, link);
  await title(moPage, w.invitation);
  await expect(moPage.getByTestId('invitation')).toContainText(company);
  await expect(moPage.getByText('Sign in with the account this invitation was sent to')).toBeVisible();
  await expect(moPage.getByRole('button', { name: w.acceptInvitation })).toHaveCount(0);
  await signInWithPassword(moPage, testInfo, mo);
  await title(moPage, w.welcome);
  await open(moPage, testInfo, link);
  await moPage.getByRole('button', { name: w.acceptInvitation }).click();
  await title(moPage, w.welcome);
  await expect(moPage.getByText(w.joined)).toBeVisible();
  // The link worked once.
  await open(moPage, testInfo, link);
  await expect(moPage.getByRole('alert')).toContainText('This invitation has expired or was already answered.');

  // Now a member, under the name of the account.
  await open(page, testInfo, '/admin/security');
  await expect(page.getByTestId('member').filter({ hasText: mo })).toContainText('Maurice Private');
  await expect(page.getByTestId('security-log')).toContainText('Maurice Private · Joined the company');
});
