passkey-option = Clé d’accès ou clé de sécurité
passkey-option-hint = Utilisez votre empreinte digitale, votre visage, le verrouillage de l’écran ou une clé de sécurité.
passkey-or = ou
passkey-verify-intro = Utilisez votre clé d’accès pour confirmer votre identité.
passkey-verify-named = Utilisez votre clé d’accès « { $name } ».
passkey-use-passkey = Utiliser la clé d’accès
passkey-needs-js = Les clés d’accès nécessitent JavaScript et un navigateur compatible. Sinon, essayez une autre méthode.
passkey-choice = Clé d’accès
passkey-sign-in = Se connecter avec une clé d’accès
passkey-add = Ajouter une clé d’accès
passkey-failed = Votre clé d’accès n’a pas été acceptée. Réessayez ou utilisez une autre méthode.
passkey-sign-in-failed = Votre clé d’accès n’a pas été acceptée. Réessayez ou saisissez votre adresse e-mail.
passkey-register-failed = La clé d’accès n’a pas été enregistrée. Réessayez ou choisissez une autre méthode.
passkey-err-unavailable = Les clés d’accès ne peuvent pas être utilisées à l’adresse de ce site. Utilisez une autre méthode.
passkey-err-sign-in-not-allowed = Votre compte ne peut pas se connecter avec une clé d’accès seule. Saisissez votre adresse e-mail pour vous connecter.
passkey-err-too-many = Vous pouvez enregistrer au maximum { $n ->
        [one] une clé d’accès
       *[other] { $n } clés d’accès
    }.
