import { defineConfig, devices } from '@playwright/test';

// One release build serves every project. The browser is Debian's Chromium
// headless shell (`apt-get install chromium-headless-shell`), the build
// Playwright itself runs headless tests with; its own download is not used.
// Against the full `chromium` in headless mode it halves the suite's time
// (the browser process and its compositor do a window's work for nothing).
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const E2E_DIR = 'target/e2e';
// The release build the tests run (`make test` builds it with the Rust tests).
export const SERVER_BIN = process.env.E2E_SERVER_BIN ?? './target/release/server';

// The company sign-in's OpenID provider (tools/oidc-provider, started below):
// its dev login page signs in any login (an email address) with any password.
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3190);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = 'trestle-demo';
export const OIDC_CLIENT_SECRET = 'trestle-demo-secret-not-for-production';

// How long Resend New Code waits in the test servers (30 s in production):
// long enough to see the countdown, short enough not to wait for it.
export const RESEND_SECONDS = 8;

// Settings shared by the server and the `server add-user` calls in tests (cwd: repo root).
export const SERVER_ENV: Record<string, string> = {
  LEPTOS_SITE_ADDR: `127.0.0.1:${PORT}`,
  TRESTLE_PUBLIC_URL: BASE_URL,
  DATABASE_URL: `sqlite://${E2E_DIR}/trestle.db`,
  TRESTLE_SECRET_KEY_FILE: `${E2E_DIR}/secret.key`,
  TRESTLE_DEMO: '1',
  TRESTLE_SMS_RESEND_SECONDS: String(RESEND_SECONDS),
  TRESTLE_DEMO_SSO_ISSUER: OIDC_ISSUER,
  TRESTLE_DEMO_SSO_CLIENT_ID: OIDC_CLIENT_ID,
  TRESTLE_DEMO_SSO_CLIENT_SECRET: OIDC_CLIENT_SECRET,
  RUST_LOG: 'warn',
};

// Passkeys: WebAuthn refuses an IP address, so a second server (same build,
// a database of its own) serves them at `http://localhost:<port>`; the
// relying party id and origin come from its TRESTLE_PUBLIC_URL, so its pages
// must be opened at exactly PASSKEY_BASE_URL (`test.use({ baseURL })`).
export const PASSKEY_PORT = Number(process.env.E2E_PASSKEY_PORT ?? 3110);
export const PASSKEY_BASE_URL = `http://localhost:${PASSKEY_PORT}`;
export const PASSKEY_E2E_DIR = `${E2E_DIR}/passkeys`;
export const PASSKEY_SERVER_ENV: Record<string, string> = {
  ...SERVER_ENV,
  LEPTOS_SITE_ADDR: `127.0.0.1:${PASSKEY_PORT}`,
  TRESTLE_PUBLIC_URL: PASSKEY_BASE_URL,
  DATABASE_URL: `sqlite://${PASSKEY_E2E_DIR}/trestle.db`,
  TRESTLE_SECRET_KEY_FILE: `${PASSKEY_E2E_DIR}/secret.key`,
};

// The desktop's and the phone's screens (the phone's axe walks also look at
// each screen at the desktop's size: tests/a11y.spec.ts).
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
export const PHONE_VIEWPORT = { width: 320, height: 720 };

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    // Recording a trace for every test (to keep the failures' ones) costs a
    // quarter of the suite's time; `--trace retain-on-failure` turns it on.
    trace: 'off',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { browserName: 'chromium', viewport: DESKTOP_VIEWPORT } },
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: PHONE_VIEWPORT,
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 7'].userAgent,
      },
    },
    { name: 'no-js', use: { browserName: 'chromium', viewport: DESKTOP_VIEWPORT, javaScriptEnabled: false } },
  ],
  webServer: [
    {
      command: 'node tools/oidc-provider/provider.mjs',
      cwd: '..',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: {
        OIDC_PORT: String(OIDC_PORT),
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_REDIRECT_URIS: `${BASE_URL}/sso/callback,http://localhost:${PORT}/sso/callback`,
      },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `rm -rf ${E2E_DIR} && mkdir -p ${E2E_DIR} && exec ${SERVER_BIN}`,
      cwd: '..',
      url: `${BASE_URL}/healthz`,
      env: SERVER_ENV,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Started after the one above (web servers start in order), whose
      // `rm -rf` would otherwise take this one's database with it.
      command: `rm -rf ${PASSKEY_E2E_DIR} && mkdir -p ${PASSKEY_E2E_DIR} && exec ${SERVER_BIN}`,
      cwd: '..',
      // Node may try `localhost` as ::1 first; the server listens on 127.0.0.1.
      url: `http://127.0.0.1:${PASSKEY_PORT}/healthz`,
      env: PASSKEY_SERVER_ENV,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
