-- Company Single Sign-On (OpenID Connect).
--
-- A company's email domains. A claim routes nobody until it is proven (by
-- the operator's `server company --claim-domain`, or by the DNS TXT value
-- the admin publishes); a proven domain belongs to one company only, while
-- pending claims by several companies may wait side by side (nobody can
-- squat a domain by claiming it first). `challenge`: the random value the
-- admin publishes in the domain's DNS TXT record to prove it.
CREATE TABLE company_domains (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    challenge TEXT NOT NULL DEFAULT '',
    proven_at BIGINT,
    proof TEXT NOT NULL DEFAULT '' CHECK (proof IN ('', 'operator', 'dns')),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (company_id, domain)
);
CREATE UNIQUE INDEX company_domains_proven ON company_domains (domain) WHERE proven_at IS NOT NULL;

-- A company's identity provider. The client secret is sealed like TOTP
-- secrets. `tested_at`: the last Test Sign-In that worked with these
-- settings (saving new settings clears it); members are routed only
-- while `enabled`.
CREATE TABLE company_sso (
    company_id BIGINT PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_secret TEXT NOT NULL,
    enabled BIGINT NOT NULL DEFAULT 0,
    create_accounts BIGINT NOT NULL DEFAULT 0,
    tested_at BIGINT,
    updated_at BIGINT NOT NULL
);

-- Who an account is at a provider: linked at the first SSO sign-in and
-- matched by issuer and subject afterwards (never by email again).
CREATE TABLE sso_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX sso_identities_user ON sso_identities (user_id);

-- Authorization requests waiting at a provider, by the SHA-256 of their
-- `state`, bound to the session that made them; spent once. `sealed`
-- holds the nonce, the PKCE verifier and the provider URL.
CREATE TABLE sso_requests (
    state_hash TEXT PRIMARY KEY,
    session_hash TEXT NOT NULL,
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('sign_in', 'test')),
    sealed TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX sso_requests_session ON sso_requests (session_hash, created_at);
