// Self-test of provider.mjs: starts it on a free port, walks the
// authorization-code + PKCE flow the way a browser and Trestle's server would
// (dev login page, redirect back, token request), and checks the ID token.
// Run: `node selftest.mjs` (exits non-zero on the first failure).
import { spawn } from 'node:child_process';
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLIENT_ID = 'selftest-client';
const CLIENT_SECRET = 'selftest-secret';
const REDIRECT_URI = 'http://127.0.0.1:3000/sso/callback';
const OTHER_REDIRECT_URI = 'http://localhost:3000/sso/callback';

let failures = 0;
function check(condition, what, detail) {
  if (condition) {
    console.log(`ok   ${what}`);
  } else {
    failures += 1;
    console.log(`FAIL ${what}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`);
  }
  return condition;
}
function must(condition, what, detail) {
  if (!check(condition, what, detail)) throw new Error(`stopping: ${what}`);
}

const freePort = () => new Promise((resolve, reject) => {
  const srv = createServer();
  srv.on('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const decodePart = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

// A minimal browser: a cookie jar per "user agent", redirects followed by hand.
class Browser {
  constructor() { this.jar = new Map(); this.setCookies = []; }

  cookieHeader() { return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '); }

  async request(url, init = {}) {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', this.cookieHeader());
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/;\s*expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  // Follows redirects until one leaves `origin` (returned as a URL), or a page
  // is served (returned as { url, res, html }).
  async follow(url, origin, init) {
    let current = new URL(url);
    let res = await this.request(current, init);
    for (let hops = 0; hops < 15; hops += 1) {
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location'), current);
        if (next.origin !== origin) return { redirect: next, status: res.status };
        current = next;
        res = await this.request(current);
      } else {
        return { url: current, res, html: await res.text() };
      }
    }
    throw new Error('too many redirects');
  }
}

function pkcePair() {
  const verifier = b64url(randomBytes(32));
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

async function signIn(issuer, browser, login, { redirectUri = REDIRECT_URI, nonce = 'n', state = 's', scope = 'openid email' } = {}) {
  const { origin } = new URL(issuer);
  const { verifier, challenge } = pkcePair();
  const auth = new URL(`${issuer}/auth`);
  auth.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope,
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  let step = await browser.follow(auth, origin);
  if (!step.redirect) {
    must(step.res.status === 200 && /name="login"/.test(step.html), `${login}: the dev login page is shown`, step.html.slice(0, 300));
    check(!/googleapis/.test(step.html), `${login}: the login page loads nothing from third parties`);
    const action = step.html.match(/<form[^>]*action="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
    must(action, `${login}: the login form has an action`);
    step = await browser.follow(new URL(action, step.url), origin, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'anything' }),
    });
  }
  must(step.redirect, `${login}: no consent page, straight back to the client`, step.html?.slice(0, 300));
  const back = step.redirect;
  must(`${back.origin}${back.pathname}` === redirectUri, `${login}: redirected to ${redirectUri}`, back.href);
  check(back.searchParams.get('state') === state, `${login}: state comes back`, back.search);
  check(back.searchParams.get('iss') === issuer, `${login}: iss comes back (RFC 9207)`, back.search);
  must(back.searchParams.get('code'), `${login}: a code comes back`, back.search);
  return { code: back.searchParams.get('code'), verifier };
}

async function token(issuer, body, { basic = true } = {}) {
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  const params = new URLSearchParams(body);
  if (basic) {
    headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64')}`;
  } else {
    params.set('client_id', CLIENT_ID);
    params.set('client_secret', CLIENT_SECRET);
  }
  const res = await fetch(`${issuer}/token`, { method: 'POST', headers, body: params });
  return { status: res.status, json: await res.json() };
}

async function checkIdToken(issuer, idToken, jwks, expected) {
  const [h, p, s] = idToken.split('.');
  const header = decodePart(h);
  const payload = decodePart(p);
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  check(header.alg === 'RS256' && jwk, 'id_token: RS256 with a key from jwks_uri', header);
  if (jwk) {
    const ok = verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s, 'base64url'));
    check(ok, 'id_token: signature verifies');
  }
  check(payload.iss === issuer, 'id_token: iss', payload.iss);
  check(payload.aud === CLIENT_ID, 'id_token: aud is the client id', payload.aud);
  check(payload.nonce === expected.nonce, 'id_token: nonce', payload.nonce);
  check(payload.sub === expected.email, 'id_token: sub is the lowercased login', payload.sub);
  check(payload.email === expected.email, 'id_token: email', payload.email);
  check(payload.email_verified === expected.verified, `id_token: email_verified=${expected.verified}`, payload.email_verified);
  check(payload.exp > Date.now() / 1000, 'id_token: not expired');
  return payload;
}

async function main() {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [fileURLToPath(new URL('./provider.mjs', import.meta.url))], {
    env: {
      ...process.env,
      OIDC_PORT: String(port),
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URIS: `${REDIRECT_URI},${OTHER_REDIRECT_URI}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  try {
    const ready = await Promise.race([
      new Promise((resolve) => {
        const t = setInterval(() => {
          if (output.includes(`oidc-provider listening on ${issuer}`)) { clearInterval(t); resolve(true); }
        }, 50);
      }),
      exited.then(() => false),
      new Promise((resolve) => setTimeout(() => resolve(false), 15000)),
    ]);
    must(ready, `provider prints "oidc-provider listening on ${issuer}"`, output);

    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    check(discovery.issuer === issuer, 'discovery: issuer', discovery.issuer);
    check(discovery.code_challenge_methods_supported?.includes('S256'), 'discovery: S256 PKCE', discovery.code_challenge_methods_supported);
    check(discovery.response_types_supported?.includes('code'), 'discovery: response type code', discovery.response_types_supported);
    check(discovery.token_endpoint_auth_methods_supported?.includes('client_secret_basic'), 'discovery: client_secret_basic', discovery.token_endpoint_auth_methods_supported);
    const jwks = await (await fetch(discovery.jwks_uri)).json();

    // 1. The full flow, basic auth at the token endpoint.
    const browser = new Browser();
    const { code, verifier } = await signIn(issuer, browser, 'Sam.SSO@Keystone.example', { nonce: 'n', state: 's' });
    check(browser.setCookies.length > 0 && browser.setCookies.every((c) => !/;\s*secure/i.test(c)), 'cookies are not Secure (plain http works)', browser.setCookies);

    const bad = await token(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: pkcePair().verifier });
    check(bad.status === 400 && bad.json.error === 'invalid_grant', 'token: a wrong code_verifier is refused', bad);

    // A refused code is consumed; sign in again (the provider remembers the session: no login page).
    const again = await signIn(issuer, browser, 'Sam.SSO@Keystone.example', { nonce: 'n', state: 's' });
    const good = await token(issuer, { grant_type: 'authorization_code', code: again.code, redirect_uri: REDIRECT_URI, code_verifier: again.verifier });
    must(good.status === 200 && good.json.id_token, 'token: code + code_verifier + basic auth gives an id_token', good);
    await checkIdToken(issuer, good.json.id_token, jwks, { nonce: 'n', email: 'sam.sso@keystone.example', verified: true });
    check(code !== again.code && verifier !== again.verifier, 'each sign-in gets its own code');

    // 2. client_secret_post, the other redirect URI, an unverified address.
    const other = new Browser();
    const u = await signIn(issuer, other, 'unverified.user@keystone.example', { redirectUri: OTHER_REDIRECT_URI, nonce: 'n2', state: 's2', scope: 'openid email profile' });
    const post = await token(issuer, { grant_type: 'authorization_code', code: u.code, redirect_uri: OTHER_REDIRECT_URI, code_verifier: u.verifier }, { basic: false });
    must(post.status === 200 && post.json.id_token, 'token: client_secret_post works too', post);
    const p = await checkIdToken(issuer, post.json.id_token, jwks, { nonce: 'n2', email: 'unverified.user@keystone.example', verified: false });
    check(p.name === 'unverified.user', 'id_token: name (scope profile) is the part before @', p.name);

    // 3. Refusals: no PKCE, an unregistered redirect URI.
    const noPkce = new URL(`${issuer}/auth`);
    noPkce.search = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid email', state: 's', nonce: 'n' });
    const r1 = await fetch(noPkce, { redirect: 'manual' });
    const loc1 = new URL(r1.headers.get('location') ?? 'about:blank');
    check(loc1.searchParams.get('error') === 'invalid_request' && /PKCE|code_challenge/.test(loc1.searchParams.get('error_description') ?? ''), 'auth: a request without PKCE is refused', loc1.href);
    const badRedirect = new URL(noPkce);
    badRedirect.searchParams.set('redirect_uri', 'http://127.0.0.1:4000/evil');
    badRedirect.searchParams.set('code_challenge', pkcePair().challenge);
    badRedirect.searchParams.set('code_challenge_method', 'S256');
    const r2 = await fetch(badRedirect, { redirect: 'manual' });
    check(r2.status === 400 && !r2.headers.get('location'), 'auth: an unregistered redirect_uri is refused on the provider', r2.status);
  } finally {
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    check(code === 0, 'provider exits cleanly (code 0) on SIGTERM', { code, signal });
    if (failures) console.log(`\n--- provider output ---\n${output.trimEnd()}\n---`);
  }
}

main().then(
  () => {
    console.log(failures ? `\n${failures} check(s) FAILED` : '\nall checks passed');
    process.exit(failures ? 1 : 0);
  },
  (error) => {
    console.error(error.message);
    console.log(`\nFAILED${failures ? ` (${failures} check(s))` : ''}`);
    process.exit(1);
  },
);
