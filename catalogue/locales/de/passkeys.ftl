# Select an Authentication Method's option.
passkey-option = Passkey oder Sicherheitsschlüssel
passkey-option-hint = Verwenden Sie Ihren Fingerabdruck, Ihre Gesichtserkennung, Ihre Bildschirmsperre oder einen Sicherheitsschlüssel.
# Between a form and the passkey's button.
passkey-or = oder
# Verify Your Identity with any of the user's passkeys.
passkey-verify-intro = Bestätigen Sie Ihre Identität mit Ihrem Passkey.
# … with the one picked: `{name}`.
passkey-verify-named = Verwenden Sie Ihren Passkey „{ $name }“.
passkey-use-passkey = Passkey verwenden
# Shown until the page's script finds WebAuthn.
passkey-needs-js = Passkeys erfordern JavaScript und einen Browser, der sie unterstützt. Falls Ihr Browser das nicht tut, verwenden Sie eine andere Methode.
# The method picker's title of a passkey (its name below).
passkey-choice = Passkey
passkey-sign-in = Mit einem Passkey anmelden
passkey-add = Passkey hinzufügen
# A ceremony that did not go through (cancelled, failed user verification, refused by the server).
passkey-failed = Ihr Passkey wurde nicht akzeptiert. Versuchen Sie es erneut oder verwenden Sie eine andere Methode.
passkey-sign-in-failed = Ihr Passkey wurde nicht akzeptiert. Versuchen Sie es erneut oder geben Sie Ihre E-Mail-Adresse ein.
passkey-register-failed = Der Passkey wurde nicht gespeichert. Versuchen Sie es erneut oder wählen Sie eine andere Methode.
passkey-err-unavailable = Passkeys können unter der Adresse dieser Website nicht verwendet werden. Verwenden Sie eine andere Methode.
passkey-err-sign-in-not-allowed = Ihr Konto kann sich nicht allein mit einem Passkey anmelden. Geben Sie Ihre E-Mail-Adresse ein, um sich anzumelden.
# `{n}`: the most passkeys a user may have.
passkey-err-too-many = Sie können höchstens { $n ->
        [one] einen Passkey
       *[other] { $n } Passkeys
    } registrieren.
