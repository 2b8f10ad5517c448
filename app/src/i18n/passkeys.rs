//! Passkeys (WebAuthn): the option that enrolls one, the "Verify Your
//! Identity" that asks the browser for one, **Sign in with a passkey**,
//! **Add Passkey** and their messages. French: « clé d’accès » (passkey),
//! « clé de sécurité » (security key).

catalogue::words! {
    pub struct PasskeyTexts in "passkey-" {
        words {
            /// Select an Authentication Method's option.
            option,
            option_hint,
            /// Between a form and the passkey's button.
            or,
            /// Verify Your Identity with any of the user's passkeys.
            verify_intro,
            use_passkey,
            /// Shown until the page's script finds WebAuthn.
            needs_js,
            /// The method picker's title of a passkey (its name below).
            choice,
            sign_in,
            add,
            /// A ceremony that did not go through (cancelled, failed user verification, refused by the server).
            failed,
            sign_in_failed,
            register_failed,
            err_unavailable,
            err_sign_in_not_allowed,
        }
        messages {
            /// … with the one picked: `{name}`.
            verify_named,
            /// `{n}`: the most passkeys a user may have.
            err_too_many,
        }
        lists {}
        parts {}
    }
}
