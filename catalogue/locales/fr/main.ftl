product-tagline = Connexion sécurisée pour les équipes de chantier
enter-email = Saisissez votre adresse e-mail
email = Adresse e-mail
continue = Continuer
enter-password = Entrez votre mot de passe
password = Mot de passe
signing-in-as = Connexion en tant que
change-email = Utiliser une autre adresse e-mail
mfa-required = Authentification multifacteur requise
mfa-required-body = Pour protéger votre compte et les informations de votre entreprise, vous devez configurer l’authentification multifacteur avant de vous connecter. Cela prend environ deux minutes et nécessite votre téléphone.
mfa-soon = Votre entreprise exigera l’authentification à deux facteurs { $n ->
        [1] demain, le { $date }.
       *[other] dans { $n } jours, le { $date }.
    } Configurez-la maintenant, ou recevez un rappel à votre prochaine connexion.
remind-later = Me le rappeler plus tard
err-deadline-passed = Votre entreprise exige désormais l’authentification à deux facteurs : configurez-la pour continuer.
set-up-now = Configurer maintenant
select-method = Sélectionnez une méthode d’authentification
authenticator-app = Application d’authentification
authenticator-app-hint = Utilisez une application comme Google ou Microsoft Authenticator pour obtenir un code à 6 chiffres.
app-name = Nommez cette application d’authentification
after-recovery-notice = Vous vous êtes connecté avec votre code de récupération et en avez enregistré un nouveau. Configurez maintenant l’authentification multifacteur sur votre nouvel appareil, ou ignorez cette étape pour l’instant.
skip-for-now = Ignorer pour l’instant
secure-account = Sécurisez votre compte
scan-qr = Le code QR doit être scanné depuis l’application d’authentification, et non avec l’appareil photo de votre téléphone. Ouvrez l’application d’authentification et utilisez son lecteur intégré pour capturer le code.
qr-tip-phone = Vous configurez l’authentification multifacteur sur votre téléphone sans ordinateur ? Comme vous ne pouvez pas scanner un code QR affiché sur le même écran, vous devez saisir le code manuellement. Touchez Problème de lecture ? et saisissez le code fourni dans votre application d’authentification.
qr-label = Code QR pour votre application d’authentification
trouble-scanning = Problème de lecture ?
setup-key-hint = Dans votre application d’authentification, choisissez de saisir une clé de configuration et tapez cette clé. Choisissez « basée sur l’heure » si on vous le demande.
setup-key-label = Clé de configuration
account-label = Compte
enter-app-code = Saisissez le code à 6 chiffres de votre application d’authentification
copy = Copier
copied = Copié
save-recovery = Enregistrez votre code de récupération
save-recovery-body = Si vous perdez votre téléphone, ce code vous permet de vous connecter et de configurer l’authentification multifacteur sur un nouvel appareil. Nous n’en gardons aucune copie.
save-recovery-warning = Assurez-vous d’enregistrer votre code de récupération dans un emplacement accessible en toute sécurité à partir d’un autre appareil. En cas de perte ou d’endommagement de votre appareil MFA, vous aurez besoin de votre code de récupération pour configurer l’authentification multifacteur sur un nouvel appareil. Chaque code de récupération ne peut être utilisé qu’une seule fois. Après l’utilisation d’un code de récupération, vous aurez la possibilité d’enregistrer un nouveau code de récupération.
warning = Avertissement
recovery-after-use = Votre ancien code de récupération a été utilisé. Ce nouveau code le remplace.
download = Télécharger
saved-checkbox = J’ai enregistré ce code en lieu sûr
verify-identity = Vérifier votre identité
enter-code-label = Saisissez votre code de vérification à 6 chiffres
code-hint = Ouvrez votre application d’authentification pour voir votre code.
using-app = Utilisez le code de
try-another = Essayer une autre méthode
how-verify = Comment voulez-vous vérifier votre identité ?
enter-recovery = Saisir le code de récupération
enter-recovery-hint = Le code à 32 chiffres enregistré lors de la configuration de l’authentification multifacteur. Les espaces et les tirets sont ignorés.
recovery-choice-hint = Le code à 32 chiffres enregistré lors de la configuration de l’authentification multifacteur
recovery-code = Saisir le code de récupération
welcome = Bienvenue
signed-in-as = Vous êtes connecté en tant que
sign-out = Se déconnecter
ask-admin = Ni appareil ni code de récupération ? Demandez à l’administrateur de votre entreprise de réinitialiser votre MFA.
notice-start = Commencez par saisir votre adresse e-mail.
notice-abandoned = Trop de codes incorrects. Pour votre sécurité, veuillez vous reconnecter.
notice-signed-out = Vous avez été déconnecté.
err-email-empty = Saisissez votre adresse e-mail.
err-email-malformed = Saisissez une adresse e-mail valide, par exemple nom@entreprise.com.
err-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect.
err-password-reset-required = Pour votre sécurité, ce compte doit choisir un nouveau mot de passe avant de se connecter. Nous vous avons envoyé par e-mail un lien pour le choisir ; vous pouvez aussi choisir Mot de passe oublié ? ci-dessous.
err-password-too-long = Le mot de passe ne peut pas dépasser { $n } octets.
err-too-many-attempts = Trop de tentatives. Réessayez dans { $n } min.
err-too-many-attempts-later = Trop de tentatives. Réessayez plus tard.
err-out-of-order = Cette connexion a expiré ou a déjà avancé. Veuillez recommencer.
err-conflict = Cette connexion a changé dans un autre onglet ou une autre fenêtre. Rechargez la page pour continuer.
err-already-enrolled = L’authentification multifacteur vient d’être configurée pour ce compte dans un autre navigateur. Reconnectez-vous pour l’utiliser.
err-foreign-origin = Cette requête provient d’un autre site ; elle a donc été refusée.
err-bad-request = Ce formulaire était incomplet. Rechargez la page et réessayez.
err-moved-on = Cette connexion a déjà avancé dans un autre onglet ou une autre fenêtre.
go-to-current-step = Aller à l’étape en cours
err-code-empty = Saisissez le code à 6 chiffres.
err-code-length = Le code doit comporter exactement 6 chiffres.
err-code-digits = Le code ne peut contenir que des chiffres.
err-recovery-length = Le code de récupération doit comporter exactement 32 chiffres.
err-wrong-code = Ce code n’a pas fonctionné. Vérifiez-le et réessayez. Après plusieurs codes erronés, patientez quelques minutes.
err-code-replayed = Ce code a déjà été utilisé. Attendez que votre application affiche un nouveau code.
err-clock-fast = Ce code correspond à une autre heure : l’horloge de votre téléphone semble avancer d’environ { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    }. Réglez l’heure sur automatique, puis essayez un nouveau code.
err-clock-slow = Ce code a expiré. Si vous l’avez saisi dès son affichage, l’horloge de votre téléphone semble retarder d’environ { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    } : réglez l’heure sur automatique, puis essayez un nouveau code.
err-not-confirmed = Cochez « J’ai enregistré ce code en lieu sûr » pour continuer.
err-name-invalid = Choisissez un nom de 1 à { $n } caractères.
err-name-taken = Vous avez déjà une méthode de ce type portant ce nom.
err-too-many-apps = Vous pouvez enregistrer au maximum { $n ->
        [one] une application d’authentification
       *[other] { $n } applications d’authentification
    }.
sms-verification = Vérification par SMS
sms-hint = Recevez un code à 6 chiffres par SMS sur votre téléphone mobile.
highly-recommended = Fortement recommandé
setup-sms = Configurer la vérification par SMS
country-code = Sélectionnez votre indicatif pays
phone-number = Saisissez votre numéro de téléphone
phone-hint = Le numéro de mobile qui recevra vos codes, sans l’indicatif pays.
send-text = Envoyer le SMS
sms-code-label = Saisissez le code de vérification à 6 chiffres
resend = Renvoyer un nouveau code
resend-in-seconds = Vous pourrez demander un nouveau code dans { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    }.
resend-in-minutes = Vous pourrez demander un nouveau code dans { $n } min.
sms-sent = Nous avons envoyé un code à 6 chiffres par SMS au numéro se terminant par { $n }. Il expire dans { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    }.
sms-not-live = Aucun code valide pour le numéro se terminant par { $n } : il a expiré ou n’a pas pu être envoyé. Choisissez « Renvoyer un nouveau code » pour en recevoir un nouveau.
important = Important
sms-privacy = Gardez votre code de vérification confidentiel. { $product } génère un code unique rien que pour vous. Ne le communiquez jamais à personne. Les employés de { $product } ne vous le demanderont jamais.
use-different-number = Utiliser un autre numéro
use-phone = Utiliser un numéro de téléphone
phone-ending = Se terminant par { $n }
err-sms-not-allowed = La vérification par SMS n’est pas disponible pour votre compte : les utilisateurs des paiements doivent utiliser une application d’authentification.
err-country-not-offered = Les SMS ne peuvent être envoyés qu’aux numéros des pays de la liste.
err-phone-empty = Saisissez votre numéro de téléphone.
err-phone-invalid = Ce numéro ne semble pas être un numéro de mobile. Vérifiez les chiffres et réessayez.
err-phone-not-in-country = Ce numéro ne correspond pas à l’indicatif pays sélectionné ({ $country }). Vérifiez le pays ou le numéro.
err-phone-us-only = Les administrateurs bénéficiaires ne peuvent utiliser qu’un numéro de mobile des États-Unis (+1) pour la vérification par SMS.
err-phone-taken = Ce numéro est déjà enregistré sur votre compte.
err-too-many-phones = Vous pouvez enregistrer au maximum { $n ->
        [one] un numéro de téléphone
       *[other] { $n } numéros de téléphone
    }.
err-code-expired = Ce code a expiré. Choisissez « Renvoyer un nouveau code » pour en recevoir un nouveau.
err-sms-unavailable = Nous n’avons pas pu envoyer le SMS. Réessayez dans un instant.
err-internal = Une erreur s’est produite de notre côté. Veuillez réessayer.
err-transport = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
start-again = Recommencer
recovery-file-title = code de récupération
not-found = Page introuvable
go-to-sign-in = Aller à la connexion
too-large = Ce formulaire était trop volumineux
too-large-body = Il contenait plus que ce que nous acceptons ; rien n’a été enregistré. Revenez en arrière et réessayez avec moins de texte.
go-back = Revenir en arrière
switch-language = Langue
date-time-in-zone = { $date-time } ({ $zone })

country-us = États-Unis
country-ca = Canada
country-mx = Mexique
country-gb = Royaume-Uni
country-ie = Irlande
country-fr = France
country-de = Allemagne
country-es = Espagne
country-it = Italie
country-au = Australie
country-nz = Nouvelle-Zélande
country-sg = Singapour
country-hk = Hong Kong
unavailable = { $product } est momentanément indisponible. Veuillez réessayer.
need-help = Besoin d’aide ?
clock-help = Comment régler l’horloge de votre téléphone sur automatique
trouble-scanning-help = Plus d’aide sur la clé de configuration
lost-device-help = Appareil perdu ou remplacé ?
recovery-file =
    { $product } { recovery-file-title }

    { $code }

    { save-recovery-warning }
