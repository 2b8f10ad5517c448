// A real OpenID Connect provider (panva/oidc-provider) for Trestle's company
// sign-in: `make run` (scripts/run-demo.sh) and the Playwright suite
// (end2end/playwright.config.ts) start it next to the server.
//
// NOT for production: accounts are whatever login is typed on the built-in
// development login page (any password), state lives in memory, and the
// signing and cookie keys are regenerated at every start.
//
// Environment (defaults in brackets):
//   OIDC_PORT           [3900]  listens on 127.0.0.1:OIDC_PORT
//   OIDC_ISSUER         [http://127.0.0.1:OIDC_PORT]
//   OIDC_CLIENT_ID      [trestle-demo]
//   OIDC_CLIENT_SECRET  [trestle-demo-secret-not-for-production]
//   OIDC_REDIRECT_URIS  [http://127.0.0.1:3000/sso/callback,http://localhost:3000/sso/callback]
//                       comma-separated
//
// Accounts: the login typed on the login page, trimmed and lowercased, is
// both `sub` and `email`; `email_verified` is true unless the login starts
// with "unverified"; `name` is the part before "@".
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

import { Provider } from 'oidc-provider';

const env = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
};

const PORT = Number(env('OIDC_PORT', '3900'));
if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535) {
  console.error(`oidc-provider: OIDC_PORT must be a port number, got ${JSON.stringify(process.env.OIDC_PORT)}`);
  process.exit(2);
}
const HOST = '127.0.0.1';
const ISSUER = env('OIDC_ISSUER', `http://${HOST}:${PORT}`);
const CLIENT_ID = env('OIDC_CLIENT_ID', 'trestle-demo');
const CLIENT_SECRET = env('OIDC_CLIENT_SECRET', 'trestle-demo-secret-not-for-production');
const REDIRECT_URIS = env(
  'OIDC_REDIRECT_URIS',
  'http://127.0.0.1:3000/sso/callback,http://localhost:3000/sso/callback',
)
  .split(',')
  .map((uri) => uri.trim())
  .filter(Boolean);

const SCOPES = ['openid', 'email', 'profile'];

// A fresh RS256 signing key per start (the package's built-in development
// keys are public); relying parties pick it up from jwks_uri.
const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: randomUUID(),
  use: 'sig',
  alg: 'RS256',
};

const normalizeLogin = (login) => String(login ?? '').trim().toLowerCase();

function accountFor(login) {
  const id = normalizeLogin(login);
  if (!id) return undefined;
  return {
    accountId: id,
    async claims() {
      return {
        sub: id,
        email: id,
        email_verified: !id.startsWith('unverified'),
        name: id.split('@')[0],
      };
    },
  };
}

const configuration = {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: REDIRECT_URIS,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      // oidc-provider accepts client_secret_post for a client_secret_basic client too.
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
  responseTypes: ['code'],
  // oidc-provider 9 only implements S256; this makes it mandatory for every client.
  pkce: { required: () => true },
  scopes: SCOPES,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  // Put the scope's claims in the ID token itself (the relying party does not call userinfo).
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: true },
  },
  findAccount: (_ctx, id) => accountFor(id),
  // First-party client: grant its scopes without a consent screen.
  async loadExistingGrant(ctx) {
    const { client, account, session, result } = ctx.oidc;
    const grantId = result?.consent?.grantId || session.grantIdFor(client.clientId);
    if (grantId) {
      const grant = await ctx.oidc.provider.Grant.find(grantId);
      if (grant && grant.accountId === account.accountId) return grant;
    }
    if (client.clientId !== CLIENT_ID) return undefined;
    const grant = new ctx.oidc.provider.Grant({ accountId: account.accountId, clientId: client.clientId });
    grant.addOIDCScope(SCOPES.join(' '));
    await grant.save();
    return grant;
  },
  clientBasedCORS: () => false,
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  jwks: { keys: [signingKey] },
  ttl: {
    AccessToken: 10 * 60,
    AuthorizationCode: 60,
    IdToken: 10 * 60,
    Interaction: 60 * 60,
    Session: 8 * 60 * 60,
    Grant: 8 * 60 * 60,
  },
};

const provider = new Provider(ISSUER, configuration);

// oidc-provider forces the ID token's `sub` to the session's accountId, and the
// dev login page stores the login exactly as typed: normalise it there, so
// "Sam@Example" and "sam@example" are one account.
const interactionFinished = provider.interactionFinished.bind(provider);
provider.interactionFinished = (req, res, result, options) => {
  if (typeof result?.login?.accountId === 'string') {
    result = { ...result, login: { ...result.login, accountId: normalizeLogin(result.login.accountId) } };
  }
  return interactionFinished(req, res, result, options);
};

// The stock pages @import a Google font; keep them self-contained (offline tests, no third party).
provider.use(async (ctx, next) => {
  await next();
  if (typeof ctx.body === 'string' && ctx.response.is('html')) {
    ctx.body = ctx.body.replace(/@import url\(https:\/\/fonts\.googleapis\.com[^)]*\);?/g, '');
  }
});

// Say why a relying party's request was refused (the HTTP answer stays terse).
provider.on('server_error', (_ctx, error) => console.error('oidc-provider: server_error', error));
for (const event of ['authorization.error', 'grant.error', 'backchannel.error']) {
  provider.on(event, (_ctx, error) => {
    console.error(`oidc-provider: ${event}: ${error.error ?? error.name}: ${error.error_description ?? error.message}${error.error_detail ? ` (${error.error_detail})` : ''}`);
  });
}

const server = createServer(provider.callback());

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`oidc-provider: ${HOST}:${PORT} is already in use (set OIDC_PORT to another port, or stop what listens there)`);
  } else {
    console.error('oidc-provider:', error);
  }
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  console.log(`oidc-provider listening on ${ISSUER}`);
});

function shutdown(signal) {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // A second signal, or a hung close, ends it regardless.
  setTimeout(() => process.exit(0), 2000).unref();
  process.once(signal, () => process.exit(0));
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
