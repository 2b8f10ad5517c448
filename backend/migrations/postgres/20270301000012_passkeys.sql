-- Passkeys (WebAuthn credentials). `credential` is webauthn-rs' stored
-- passkey (public key, counter, flags) as JSON: nothing in it is secret.
-- `counter` mirrors the signature counter, so a use commits only if it
-- moves the counter forward (a cloned authenticator's replay loses).
CREATE TABLE passkeys (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    credential TEXT NOT NULL,
    counter BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    UNIQUE (user_id, name)
);
CREATE INDEX passkeys_user ON passkeys (user_id, id);

-- A ceremony the browser is answering: its state (the challenge), bound
-- to the session that started it, one per session, spent by the answer.
CREATE TABLE passkey_ceremonies (
    session_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('register', 'verify', 'sign_in', 'confirm')),
    user_id BIGINT,
    state TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Whether the company lets its payment users (payors, payee admins) sign
-- in with a passkey alone (off: they give the password and a passkey).
ALTER TABLE companies ADD COLUMN payment_passkey_sign_in BIGINT NOT NULL DEFAULT 0;
