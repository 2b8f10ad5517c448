import { expect, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { SERVER_ENV } from '../playwright.config';

export const PASSWORD = 'e2e-Password-2026';

export type Role = 'none' | 'payor' | 'payee_admin';

/** A new account of its own for each test, made with `server add-user`. */
export function newUser(testInfo: TestInfo, role: Role = 'none'): string {
  const email = `${testInfo.project.name}-${randomBytes(5).toString('hex')}@e2e.example`;
  execFileSync('./target/release/server', ['add-user', '--email', email, '--password', PASSWORD, '--name', 'E2E Tester', '--role', role], {
    cwd: '..',
    env: { ...process.env, ...SERVER_ENV },
    stdio: 'pipe',
  });
  return email;
}

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

export async function title(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

export async function signInWithPassword(page: Page, testInfo: TestInfo, email: string, password = PASSWORD) {
  await open(page, testInfo, '/login');
  await title(page, 'Enter Your Email');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await title(page, 'Enter Your Password');
  await settled(page, testInfo);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
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

/** Types like a person on a phone: key by key. */
export async function typeCode(page: Page, label: string, code: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially(code);
}
