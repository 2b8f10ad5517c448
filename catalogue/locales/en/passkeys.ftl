# Select an Authentication Method's option.
passkey-option = Passkey or Security Key
passkey-option-hint = Use your fingerprint, face or screen lock, or a security key.
# Between a form and the passkey's button.
passkey-or = or
# Verify Your Identity with any of the user's passkeys.
passkey-verify-intro = Use your passkey to confirm your identity.
# … with the one picked: `{name}`.
passkey-verify-named = Use your passkey “{ $name }”.
passkey-use-passkey = Use Passkey
# Shown until the page's script finds WebAuthn.
passkey-needs-js = Passkeys need JavaScript and a browser that supports them. If yours does not, try another method.
# The method picker's title of a passkey (its name below).
passkey-choice = Passkey
passkey-sign-in = Sign in with a passkey
passkey-add = Add Passkey
# A ceremony that did not go through (cancelled, failed user verification, refused by the server).
passkey-failed = Your passkey was not accepted. Try again, or use another method.
passkey-sign-in-failed = Your passkey was not accepted. Try again, or enter your email.
passkey-register-failed = The passkey was not saved. Try again, or choose another method.
passkey-err-unavailable = Passkeys cannot be used at this site’s address. Use another method.
passkey-err-sign-in-not-allowed = Your account cannot sign in with a passkey alone. Enter your email to sign in.
# `{n}`: the most passkeys a user may have.
passkey-err-too-many = You can register at most { $n ->
        [one] one passkey
       *[other] { $n } passkeys
    }.
