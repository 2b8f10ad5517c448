## Les e-mails envoyés par Trestle, le SMS portant un code, et la page
## de la boîte d’envoi de démonstration (/dev/outbox).

email-greeting = Bonjour { $name },
email-signature = — { $product }
email-not-you = Si ce n’était pas vous, changez votre mot de passe dès maintenant et contactez l’administrateur de votre entreprise, qui peut réinitialiser l’authentification à deux facteurs de votre compte.
email-nothing-else = Si c’était vous, vous n’avez rien d’autre à faire.
email-not-me-button = Ce n’était pas moi : déconnecter partout
email-link-line = { $label } : { $url }
email-date-at-time = { $date } à { $time }

email-app-added-subject = Une application d’authentification a été ajoutée à votre compte
email-app-added-1 = Une application d’authentification nommée « { $app } » a été ajoutée à votre compte { $product } le { $when }. Désormais, la connexion vous demandera un code de cette application.

email-phone-added-subject = Un numéro de téléphone a été ajouté à votre compte
email-phone-added-1 = Le numéro de téléphone { $app } a été ajouté à votre compte { $product } le { $when }. Désormais, la connexion peut vous envoyer un code de vérification par SMS à ce numéro.

email-passkey-added-subject = Une clé d’accès a été ajoutée à votre compte
email-passkey-added-1 = Une clé d’accès nommée « { $app } » a été ajoutée à votre compte { $product } le { $when }. Désormais, elle peut confirmer votre identité à la connexion.

email-passkey-cloned-subject = Une connexion avec une copie de votre clé d’accès a été refusée
email-passkey-cloned-1 = Quelqu’un a tenté de se connecter à votre compte { $product } le { $when } avec l’une de vos clés d’accès, mais le compteur de la clé a reculé, comme le ferait une copie. La connexion a été refusée.
email-passkey-cloned-2 = Si ce n’était pas vous, supprimez cette clé d’accès dans les paramètres de votre profil, puis ajoutez-la de nouveau.

email-recovery-used-subject = Votre code de récupération a été utilisé pour vous connecter
email-recovery-used-1 = Votre code de récupération a été utilisé pour vous connecter à votre compte { $product } le { $when }. Ce code ne fonctionne plus : un nouveau code vous a été présenté à la connexion.
email-recovery-used-2 = Si c’était vous, configurez l’authentification à deux facteurs sur votre nouvel appareil depuis les paramètres de votre profil.

email-factor-removed-subject = Une méthode de connexion a été supprimée de votre compte
email-factor-removed-1 = La méthode « { $app } » a été supprimée des méthodes à deux facteurs de votre compte { $product } le { $when }. Tous les autres navigateurs connectés à votre compte ont été déconnectés.

email-recovery-renewed-subject = Vous avez un nouveau code de récupération
email-recovery-renewed-1 = Un nouveau code de récupération a été créé pour votre compte { $product } le { $when }. Le code que vous aviez avant ne fonctionne plus.
email-recovery-renewed-2 = Si c’était vous, gardez le nouveau code en lieu sûr.

email-password-changed-subject = Votre mot de passe a été modifié
email-password-changed-1 = Le mot de passe de votre compte { $product } a été modifié le { $when }. Tous les autres navigateurs connectés à votre compte ont été déconnectés.

email-password-reset-subject = Votre mot de passe a été réinitialisé
email-password-reset-1 = Le mot de passe de votre compte { $product } a été réinitialisé avec un lien envoyé à cette adresse le { $when }. Tous les navigateurs connectés à votre compte ont été déconnectés. L’authentification à deux facteurs est inchangée.

email-reset-link-subject = Réinitialisez votre mot de passe
email-reset-link-1 = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte { $product } le { $when }. Le lien ci-dessous fonctionne une fois, pendant { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    }
email-reset-link-2 = Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.
email-reset-link-button = Réinitialiser votre mot de passe

email-mfa-required-subject = { $company } exige l’authentification à deux facteurs à partir du { $date }
email-mfa-required-1 = { $company } exige l’authentification multifacteur (MFA) pour vous connecter à { $product } à partir du { $date } (fuseau horaire { $zone }), afin de protéger les projets et les paiements de votre entreprise.
email-mfa-required-2 = Configurez-la dès maintenant pour éviter toute interruption ce jour-là : connectez-vous, ouvrez Mes paramètres de profil, puis Mot de passe et sécurité, et ajoutez une application d’authentification ou un numéro de téléphone. Si elle n’est pas configurée le { $date }, la connexion vous guidera.
email-mfa-setup-button = Configurer l’authentification à deux facteurs

email-mfa-reminder-subject = Configurez l’authentification à deux facteurs : obligatoire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
email-mfa-reminder-1 = { $company } exige l’authentification multifacteur (MFA) pour vous connecter à { $product } à partir du { $date } (fuseau horaire { $zone }), dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, et votre compte ne l’a pas encore.
email-mfa-reminder-2 = Configurez-la dès maintenant pour éviter toute interruption : connectez-vous, ouvrez Mes paramètres de profil, puis Mot de passe et sécurité, et ajoutez une application d’authentification ou un numéro de téléphone.

email-mfa-reset-subject = Votre authentification à deux facteurs a été réinitialisée
email-mfa-reset-1 = Un administrateur de { $company } a réinitialisé l’authentification à deux facteurs de votre compte { $product } le { $when }, à votre demande : vos applications d’authentification, numéros de téléphone et code de récupération ne fonctionnent plus, et tous les navigateurs connectés à votre compte ont été déconnectés.
email-mfa-reset-2 = À votre prochaine connexion, vous configurerez à nouveau l’authentification à deux facteurs.

email-account-created-subject = { $company } vous invite sur { $product }
email-account-created-1 = Un administrateur de { $company } a créé un compte { $product } pour cette adresse.
email-account-created-2 = Choisissez votre mot de passe avec le lien ci-dessous : il fonctionne une fois, pendant { $days ->
        [one] { $days } jour.
       *[other] { $days } jours.
    } Si vous n’attendiez pas cet e-mail, ignorez-le.
email-account-created-button = Choisir votre mot de passe

email-invitation-subject = { $company } vous invite à la rejoindre sur { $product }
email-invitation-1 = Un administrateur de { $company } a invité votre compte { $product } à rejoindre l’entreprise.
email-invitation-2 = Ouvrez le lien ci-dessous et connectez-vous pour accepter ou refuser : il fonctionne une fois, pendant { $days ->
        [one] { $days } jour.
       *[other] { $days } jours.
    } Tant que vous n’avez pas accepté, { $company } n’a aucun droit sur votre compte et ses règles ne s’appliquent pas à vous. Si vous n’attendiez pas cet e-mail, ignorez-le.
email-invitation-button = Voir l’invitation

sms-code-text = Votre code de vérification { $product } est { $code }. Il expire dans { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    } Ne le communiquez jamais : { $product } ne vous le demandera jamais.

outbox-title = Boîte d’envoi · { $product }
outbox-heading = Boîte d’envoi
outbox-intro = Mode démo : les e-mails et SMS que { $product } a envoyés ou va envoyer, du plus récent au plus ancien, avec leur état.
outbox-as-json = En JSON :
outbox-empty = Rien n’a encore été envoyé.
outbox-sms = SMS
outbox-email-to = E-mail à
outbox-sms-to = SMS à
outbox-unavailable = La boîte d’envoi n’est pas disponible.
outbox-state-pending = En attente d’envoi
outbox-state-sent = Envoyé
outbox-state-failed = Non envoyé
outbox-tries = { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    }
outbox-state-with-tries = { $state } · { $tries }
outbox-last-error = Dernière erreur : { $error }
