//! Passkeys (WebAuthn): the option that enrolls one, the "Verify Your
//! Identity" that asks the browser for one, **Sign in with a passkey**,
//! **Add Passkey** and their messages. French: « clé d’accès » (passkey),
//! « clé de sécurité » (security key).

pub struct PasskeyTexts {
    /// Select an Authentication Method's option.
    pub option: &'static str,
    pub option_hint: &'static str,
    /// Between a form and the passkey's button.
    pub or: &'static str,
    /// Verify Your Identity with any of the user's passkeys.
    pub verify_intro: &'static str,
    /// … with the one picked: `{name}`.
    pub verify_named: &'static str,
    pub use_passkey: &'static str,
    /// Shown until the page's script finds WebAuthn.
    pub needs_js: &'static str,
    /// The method picker's title of a passkey (its name below).
    pub choice: &'static str,
    pub sign_in: &'static str,
    pub add: &'static str,
    /// A ceremony that did not go through (cancelled, failed user
    /// verification, refused by the server).
    pub failed: &'static str,
    pub sign_in_failed: &'static str,
    pub register_failed: &'static str,
    pub err_unavailable: &'static str,
    pub err_sign_in_not_allowed: &'static str,
    /// `{n}`: the most passkeys a user may have.
    pub err_too_many: &'static str,
}

pub const EN: PasskeyTexts = PasskeyTexts {
    option: "Passkey or Security Key",
    option_hint: "Use your fingerprint, face or screen lock, or a security key.",
    or: "or",
    verify_intro: "Use your passkey to confirm your identity.",
    verify_named: "Use your passkey “{name}”.",
    use_passkey: "Use Passkey",
    needs_js: "Passkeys need JavaScript and a browser that supports them. If yours does not, try another method.",
    choice: "Passkey",
    sign_in: "Sign in with a passkey",
    add: "Add Passkey",
    failed: "Your passkey was not accepted. Try again, or use another method.",
    sign_in_failed: "Your passkey was not accepted. Try again, or enter your email.",
    register_failed: "The passkey was not saved. Try again, or choose another method.",
    err_unavailable: "Passkeys cannot be used at this site’s address. Use another method.",
    err_sign_in_not_allowed: "Your account cannot sign in with a passkey alone. Enter your email to sign in.",
    err_too_many: "You can register at most {n} passkeys.",
};

pub const FR: PasskeyTexts = PasskeyTexts {
    option: "Clé d’accès ou clé de sécurité",
    option_hint: "Utilisez votre empreinte digitale, votre visage, le verrouillage de l’écran ou une clé de sécurité.",
    or: "ou",
    verify_intro: "Utilisez votre clé d’accès pour confirmer votre identité.",
    verify_named: "Utilisez votre clé d’accès « {name} ».",
    use_passkey: "Utiliser la clé d’accès",
    needs_js: "Les clés d’accès nécessitent JavaScript et un navigateur compatible. Sinon, essayez une autre méthode.",
    choice: "Clé d’accès",
    sign_in: "Se connecter avec une clé d’accès",
    add: "Ajouter une clé d’accès",
    failed: "Votre clé d’accès n’a pas été acceptée. Réessayez ou utilisez une autre méthode.",
    sign_in_failed: "Votre clé d’accès n’a pas été acceptée. Réessayez ou saisissez votre adresse e-mail.",
    register_failed: "La clé d’accès n’a pas été enregistrée. Réessayez ou choisissez une autre méthode.",
    err_unavailable: "Les clés d’accès ne peuvent pas être utilisées à l’adresse de ce site. Utilisez une autre méthode.",
    err_sign_in_not_allowed: "Votre compte ne peut pas se connecter avec une clé d’accès seule. Saisissez votre adresse e-mail pour vous connecter.",
    err_too_many: "Vous pouvez enregistrer au maximum {n} clés d’accès.",
};
