# Le centre d’aide (/help) : voir en/help.ftl pour le balisage (*…*, [texte](#ancre))
# et les variables, les mêmes dans chaque langue.

## La page

help-title = Aide sur l’authentification multifacteur (MFA)
help-intro = Comment configurer et utiliser l’authentification multifacteur pour vous connecter à { $product } : pour les utilisateurs, pour les administrateurs d’entreprise et pour les utilisateurs des paiements.
help-skip = Aller à l’aide
help-languages = Langue
help-contents = Sommaire
help-back = Retour à la connexion
help-still-stuck = Toujours bloqué ? L’administrateur de votre entreprise peut vérifier votre compte et réinitialiser votre MFA si vous devez la configurer de nouveau.

## Groupes de sections

help-get-started = Premiers pas
help-for-admins = Pour les administrateurs d’entreprise
help-for-users = Pour les utilisateurs
help-for-payments = Pour les utilisateurs des paiements

## Présentation

help-overview = Présentation
help-overview-what = L’authentification multifacteur (MFA), aussi appelée authentification à deux facteurs (2FA), ajoute une deuxième étape à la connexion à { $product }. En plus de votre adresse e-mail et de votre mot de passe (ce que vous savez), vous prouvez que vous avez votre appareil (ce que vous possédez) : un code à { $digits } chiffres fourni par une application d’authentification ou par SMS, ou une clé d’accès.
help-overview-why = Même si quelqu’un apprend votre mot de passe, il ne peut pas se connecter sans votre appareil. La MFA protège votre compte, les informations de votre entreprise et, pour les utilisateurs des paiements, vos paiements.
help-overview-who = La MFA est toujours obligatoire pour les payeurs et les administrateurs bénéficiaires. Un administrateur d’entreprise peut aussi l’exiger de tous les membres de l’entreprise à partir d’une *{ admin-deadline }*. Tout autre utilisateur peut la configurer à tout moment dans *{ profile-settings }*.
help-overview-when = Une fois une méthode configurée, { $product } vous demande un code à la connexion : à chaque connexion, ou moins souvent si votre entreprise l’a choisi (voir [À quelle fréquence dois-je me connecter avec la MFA ?](#how-often)).

## Méthodes de vérification

help-methods = Méthodes de vérification
help-methods-intro = Vous pouvez enregistrer plusieurs méthodes et en choisir une à chaque connexion.
help-methods-app = *{ authenticator-app }* (recommandée) : une application sur votre téléphone, comme Google Authenticator ou Microsoft Authenticator, affiche un nouveau code à { $digits } chiffres toutes les { $period } secondes. Elle fonctionne partout, même sans réseau mobile. Vous pouvez enregistrer jusqu’à { $apps } applications, chacune avec son propre nom.
help-methods-sms = *{ sms-verification }* : un code à { $digits } chiffres est envoyé par SMS sur votre téléphone mobile. Chaque code ne fonctionne qu’une fois, pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Elle n’est proposée que pour les numéros de [ces pays](#countries) ; les payeurs ne peuvent pas l’utiliser et les administrateurs bénéficiaires doivent utiliser un numéro des États-Unis. Vous pouvez enregistrer jusqu’à { $phones } numéros.
help-methods-passkey = *{ passkey-option }* : le déverrouillage par empreinte digitale, par visage ou par écran de votre téléphone ou de votre ordinateur, ou une clé de sécurité. Il faut JavaScript et un navigateur qui prend en charge les clés d’accès. Vous pouvez enregistrer jusqu’à { $passkeys } clés d’accès. Une clé d’accès peut aussi vous connecter à elle seule avec *{ passkey-sign-in }* (pour les utilisateurs des paiements, seulement si leur entreprise l’autorise).
help-methods-recovery = Code de récupération : un code à { $recovery-digits } chiffres affiché une seule fois, sur *{ save-recovery }*, à la fin de chaque configuration. Il remplace votre appareil si vous le perdez et ne fonctionne qu’une fois. { $product } n’en conserve qu’une empreinte irréversible : personne ne peut vous le redonner. Chaque nouveau code de récupération remplace le précédent.

## Points à prendre en compte

help-consider = Points à prendre en compte
help-consider-app = Installez une application d’authentification sur votre téléphone avant de commencer. Toute application standard qui génère des codes basés sur l’heure convient.
help-consider-clock = Les codes d’authentification dépendent de l’horloge de votre téléphone : réglez la date et l’heure sur automatique (voir [Comment régler l’horloge de mon téléphone sur automatique ?](#clock)).
help-consider-recovery = Enregistrez votre code de récupération à un endroit accessible depuis un autre appareil, par exemple dans un gestionnaire de mots de passe. Sans votre appareil ni votre code de récupération, seul l’administrateur de votre entreprise peut réinitialiser votre MFA.
help-consider-sms = La vérification par SMS nécessite un réseau mobile et ne fonctionne que pour les numéros de [ces pays](#countries). Les payeurs doivent utiliser une application d’authentification ; les administrateurs bénéficiaires ne peuvent utiliser la vérification par SMS qu’avec un numéro des États-Unis.
help-consider-limits = Pour votre sécurité, les codes erronés sont limités : après { $tries } codes erronés en { $tries-minutes } minutes, ou { $hour-tries } en une heure, patientez avant de réessayer. Après { $abandon } codes erronés, la connexion prend fin et vous recommencez avec votre adresse e-mail.
help-consider-companies = Si vous appartenez à plusieurs entreprises, vous devez utiliser la MFA dès qu’une entreprise dont vous êtes membre actif l’exige.
help-consider-sso = Si votre entreprise utilise l’authentification unique (SSO), vous vous connectez auprès du fournisseur d’identité de votre entreprise, qui se charge de la MFA : { $product } ne vous demande pas de code. Les utilisateurs des paiements font exception : ils vérifient aussi leur identité dans { $product }.
help-consider-private = Ne communiquez vos codes à personne. Les employés de { $product } ne vous demanderont jamais un code ni votre code de récupération.

## Activer la MFA pour votre entreprise

help-enable-company = Activer la MFA pour votre entreprise
help-enable-intro = En tant qu’administrateur d’entreprise, vous pouvez exiger la MFA de tous les membres actifs de votre entreprise à partir d’une date de votre choix. Jusqu’à cette date, les membres qui ne l’ont pas configurée peuvent encore se connecter avec leur mot de passe ; ils voient le nombre de jours restants et peuvent la configurer à l’avance.
help-enable-available = Si *{ admin-require-mfa }* n’est pas proposé, la MFA n’est pas encore disponible pour votre entreprise : demandez à votre contact { $product } de l’activer.
help-enable-step-1 = Connectez-vous, ouvrez le menu du compte (vos initiales, en haut de la page) et choisissez *{ admin-settings }*.
help-enable-step-2 = Ouvrez l’onglet *{ admin-tab-mfa }*. Configurez d’abord la MFA pour votre propre compte si ce n’est pas fait : vous confirmez les modifications avec votre mot de passe et un code de votre propre méthode.
help-enable-step-3 = Cochez *{ admin-require-mfa }* et choisissez la *{ admin-deadline }* : le premier jour où les membres doivent utiliser la MFA, dans votre fuseau horaire.
help-enable-step-4 = Choisissez la *{ admin-reprompt }* : *{ admin-reprompt-every }* (le plus sûr), *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* ou *{ admin-reprompt-30d }*.
help-enable-step-5 = Choisissez *{ admin-save }*. Chaque membre actif reçoit la date par e-mail.
help-enable-after = Les membres qui n’ont pas configuré la MFA reçoivent un rappel par e-mail une semaine et un jour avant la date limite. Le tableau des membres indique qui a configuré la MFA ; choisissez *{ admin-filter-unenrolled }* pour voir qui ne l’a pas fait. Vous pouvez modifier la date plus tard : les membres reçoivent un nouvel e-mail. Les membres inactifs ne sont pas concernés.

## Réinitialiser la MFA d’un utilisateur

help-reset-user = Réinitialiser la MFA d’un utilisateur
help-reset-intro = Réinitialisez la MFA d’un membre lorsqu’il a perdu tous ses appareils et son code de récupération. La réinitialisation supprime toutes ses méthodes et son code de récupération, le déconnecte partout et le prévient par e-mail ; il configure de nouveau la MFA à sa prochaine connexion.
help-reset-verify = Avant de réinitialiser, assurez-vous que la demande vient bien du membre, par exemple en l’appelant à un numéro que vous connaissez déjà. Quiconque obtient une réinitialisation de la MFA peut prendre le contrôle du compte.
help-reset-step-1 = Ouvrez *{ admin-settings }* depuis le menu du compte et allez dans l’onglet *{ admin-tab-mfa }*.
help-reset-step-2 = Sous *{ admin-reset-title }*, saisissez exactement l’adresse e-mail de connexion du membre.
help-reset-step-3 = Cochez *{ admin-reset-verified }*.
help-reset-step-4 = Choisissez *{ admin-reset-submit }*, puis confirmez votre identité avec votre mot de passe et un code de votre propre méthode.
help-reset-limits = Vous ne pouvez réinitialiser que les membres actifs de votre propre entreprise, et jamais votre propre MFA : demandez à un autre administrateur. Les membres qui se connectent par SSO reçoivent la MFA de votre fournisseur d’identité : réinitialisez-la là-bas ; les utilisateurs des paiements font exception.

## Configurer la MFA avec une application d’authentification

help-app = Configurer la MFA avec une application d’authentification
help-app-intro = Installez d’abord une application d’authentification sur votre téléphone, comme Google Authenticator ou Microsoft Authenticator. { $product } fonctionne avec toute application standard.
help-app-step-1 = Accédez à la page de connexion de { $product }. Sur *{ enter-email }*, saisissez votre adresse e-mail et choisissez *{ continue }*.
help-app-step-2 = Sur *{ enter-password }*, saisissez votre mot de passe et choisissez *{ continue }*.
help-app-step-3 = Sur *{ mfa-required }*, choisissez *{ set-up-now }*. Avant la date limite de votre entreprise, vous pouvez aussi choisir *{ remind-later }*.
help-app-step-4 = Sur *{ select-method }*, choisissez *{ authenticator-app }*, puis *{ continue }*.
help-app-step-5 = Sur *{ secure-account }*, ouvrez l’application d’authentification et scannez le code QR avec le lecteur intégré de l’application, et non avec l’appareil photo du téléphone. Vous configurez sur le téléphone lui-même ? Voir [{ trouble-scanning }](#trouble-scanning)
help-app-step-6 = Saisissez le code à { $digits } chiffres affiché par l’application et choisissez *{ continue }*.
help-app-step-7 = Sur *{ save-recovery }*, choisissez *{ copy }* ou *{ download }* et conservez le code en lieu sûr.
help-app-step-8 = Cochez *{ saved-checkbox }* et choisissez *{ continue }*. Vous êtes connecté ; pour les fois suivantes, voir [Se connecter avec la MFA](#log-in).
help-app-warning = { save-recovery-warning }
help-trouble-scanning = { trouble-scanning }
help-trouble-phone = Sur le téléphone où se trouve l’application, vous ne pouvez pas scanner un code QR affiché sur le même écran : saisissez plutôt la clé de configuration à la main. Sur *{ secure-account }*, choisissez *{ trouble-scanning }* pour afficher la *{ setup-key-label }* en petits groupes, avec un bouton *{ copy }*.
help-trouble-key = Dans votre application d’authentification, ajoutez un compte avec une clé de configuration (l’option peut s’appeler « Saisir une clé de configuration » ou « Saisir le code manuellement »), nommez-le { $product }, tapez ou collez la clé (les espaces n’ont pas d’importance) et choisissez « Basée sur l’heure » si on vous le demande. Saisissez ensuite le code à { $digits } chiffres affiché par l’application.
help-app-later = Pour ajouter une application plus tard, ou avant la date limite de votre entreprise, voir [Comment configurer la MFA avant la date limite d’application ?](#before-deadline)

## Configurer la MFA avec la vérification par SMS

help-sms = Configurer la MFA avec la vérification par SMS
help-sms-intro = La vérification par SMS envoie un code à { $digits } chiffres par SMS sur votre téléphone mobile. Elle est proposée pour les numéros de [ces pays](#countries). Les payeurs ne peuvent pas l’utiliser, et les administrateurs bénéficiaires doivent utiliser un numéro des États-Unis (+1).
help-sms-step-1 = Connectez-vous avec votre adresse e-mail et votre mot de passe, sur *{ enter-email }* puis *{ enter-password }*.
help-sms-step-2 = Sur *{ mfa-required }*, choisissez *{ set-up-now }*.
help-sms-step-3 = Sur *{ select-method }*, choisissez *{ sms-verification }*, puis *{ continue }*.
help-sms-step-4 = Sur *{ setup-sms }*, choisissez votre pays dans *{ country-code }*, saisissez votre numéro de mobile dans *{ phone-number }* et choisissez *{ send-text }*.
help-sms-step-5 = Saisissez le code reçu par SMS dans *{ sms-code-label }* et choisissez *{ continue }*. Le code ne fonctionne qu’une fois, pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
help-sms-step-6 = Sur *{ save-recovery }*, choisissez *{ copy }* ou *{ download }*, cochez *{ saved-checkbox }* et choisissez *{ continue }*.
help-sms-resend = Pas de SMS, ou code expiré ? Choisissez *{ resend }* : le nouveau code remplace le précédent. Vous pouvez demander un nouveau code { $resend-seconds } secondes après le dernier, et recevoir au plus { $texts-per-hour } SMS par heure.
help-sms-private = Gardez votre code de vérification confidentiel. { $product } génère un code unique rien que pour vous : ne le communiquez jamais à personne. Les employés de { $product } ne vous le demanderont jamais.

## Se connecter avec la MFA

help-log-in = Se connecter avec la MFA
help-log-in-step-1 = Saisissez votre adresse e-mail sur *{ enter-email }* et votre mot de passe sur *{ enter-password }*, en choisissant *{ continue }* à chaque fois.
help-log-in-step-2 = Sur *{ verify-identity }*, ouvrez votre application d’authentification et saisissez son code actuel dans *{ enter-code-label }*. Si votre méthode est un téléphone, { $product } vous envoie aussitôt un code par SMS : saisissez celui-ci.
help-log-in-step-3 = Choisissez *{ continue }*. Vous êtes connecté.
help-log-in-other = Vous voulez une autre méthode, ou vous n’avez pas de code ? Choisissez *{ try-another }*. Sur *{ how-verify }*, choisissez l’une de vos applications d’authentification (par son nom), *{ use-phone }* (un nouveau code vous est envoyé par SMS), une clé d’accès ou *{ enter-recovery }*.
help-log-in-recovery = Sur *{ enter-recovery }*, saisissez ou collez le code à { $recovery-digits } chiffres que vous avez enregistré (les espaces et les tirets n’ont pas d’importance) et choisissez *{ continue }*. Ce code cesse alors de fonctionner : enregistrez le nouveau code qui vous est présenté et configurez la MFA sur votre nouvel appareil.
help-log-in-passkey = Avec une clé d’accès, vous pouvez aussi choisir *{ passkey-sign-in }* sur *{ enter-email }* et vous passer de l’adresse e-mail et du mot de passe, si votre compte le permet.
help-log-in-sso = Si votre entreprise utilise l’authentification unique (SSO), vous êtes dirigé vers votre fournisseur d’identité après avoir saisi votre adresse e-mail : suivez ses instructions.

## Payeurs

help-payors = Payeurs
help-payors-why = Pour sécuriser les paiements, la MFA est obligatoire pour les payeurs, qui doivent utiliser une application d’authentification : la vérification par SMS ne leur est pas proposée. { $product } demande un code à chaque connexion.
help-payors-setup = Pour configurer la MFA, suivez [Configurer la MFA avec une application d’authentification](#app). Vous pouvez aussi ajouter une clé d’accès dans *{ profile-settings }*, mais vous gardez toujours au moins une application d’authentification.
help-payors-log-in = Pour vous connecter, suivez [Se connecter avec la MFA](#log-in) avec le code de votre application d’authentification. Une clé d’accès ne vous connecte à elle seule que si votre entreprise l’autorise.

## Administrateurs bénéficiaires

help-payee-admins = Administrateurs bénéficiaires
help-payee-why = Pour sécuriser les paiements, la MFA est obligatoire pour les administrateurs bénéficiaires. Une application d’authentification est fortement recommandée, mais vous pouvez utiliser à la place la vérification par SMS avec un numéro de mobile des États-Unis (+1). { $product } demande un code à chaque connexion.
help-payee-setup = Pour configurer la MFA, suivez [Configurer la MFA avec une application d’authentification](#app) (marquée *{ highly-recommended }*) ou [Configurer la MFA avec la vérification par SMS](#sms).
help-payee-log-in = Pour vous connecter, suivez [Se connecter avec la MFA](#log-in).

## Pays de la vérification par SMS

help-countries = Où la vérification par SMS est disponible
help-countries-intro = Les applications d’authentification fonctionnent partout. La vérification par SMS n’est disponible que pour les numéros de mobile de ces pays.
help-countries-caption = Pays où la vérification par SMS est disponible
help-countries-country = Pays
help-countries-code = Indicatif
help-countries-payments = Les administrateurs bénéficiaires ne peuvent utiliser la vérification par SMS qu’avec un numéro des États-Unis ; les payeurs ne peuvent pas l’utiliser.

## FAQ

help-faq = Foire aux questions

help-faq-more-devices = Puis-je utiliser plusieurs appareils pour me connecter avec la MFA ?
help-faq-more-devices-a = Oui. Vous pouvez enregistrer jusqu’à { $apps } applications d’authentification (sur différents téléphones ou tablettes), { $phones } numéros de téléphone et { $passkeys } clés d’accès, et choisir l’un d’eux avec *{ try-another }* lors de la connexion. Donnez un nom à chacun pour les distinguer.
help-faq-more-devices-b = Ajoutez-les dans *{ profile-settings }*, onglet *{ profile-tab-security }*, sous *{ profile-two-factor }* : *{ profile-add-app }*, *{ profile-add-phone }* ou *{ passkey-add }*. Chaque fois que vous ajoutez une méthode, vous recevez un nouveau code de récupération, qui remplace l’ancien.

help-faq-before-deadline = Comment configurer la MFA avant la date limite d’application ?
help-faq-before-deadline-a = Lorsque l’administrateur de votre entreprise fixe une *{ admin-deadline }*, vous recevez un e-mail indiquant la date : à partir de ce jour, vous devez utiliser la MFA pour vous connecter. D’ici là, vous voyez le nombre de jours restants à la connexion et pouvez choisir *{ set-up-now }* ou *{ remind-later }*. Pour configurer la MFA à l’avance, à tout moment :
help-faq-before-deadline-step-1 = Connectez-vous, ouvrez le menu du compte (vos initiales) et choisissez *{ profile-settings }*.
help-faq-before-deadline-step-2 = Ouvrez l’onglet *{ profile-tab-security }*.
help-faq-before-deadline-step-3 = Sous *{ profile-two-factor }*, choisissez *{ profile-add-app }* ou *{ profile-add-phone }*.
help-faq-before-deadline-step-4 = Sur *{ profile-confirm-title }*, saisissez votre mot de passe actuel (et un code, si vous avez déjà une méthode). Vous pouvez ensuite effectuer des modifications pendant { $reauth-minutes } minutes.
help-faq-before-deadline-step-5 = Scannez le code QR et saisissez le code de l’application, ou saisissez votre numéro de téléphone et le code reçu par SMS, puis choisissez *{ continue }*.
help-faq-before-deadline-step-6 = Copiez ou téléchargez votre nouveau code de récupération et conservez-le en lieu sûr.

help-faq-clock = Comment régler l’horloge de mon téléphone sur automatique pour les codes de l’application d’authentification ?
help-faq-clock-a = Les codes d’authentification sont calculés à partir de l’heure actuelle, et chacun dure { $period } secondes. Si l’horloge de votre téléphone est décalée, ses codes sont refusés ; { $product } vous signale quand votre horloge semble avancer ou retarder.
help-faq-clock-iphone = iPhone et iPad : ouvrez Réglages, puis Général, puis Date et heure, et activez Réglage automatique.
help-faq-clock-android = Android : ouvrez Paramètres, puis Système (ou Gestion globale), puis Date et heure, et activez la date et l’heure automatiques. Les noms varient un peu selon les fabricants.
help-faq-clock-b = Attendez ensuite que l’application affiche un nouveau code et saisissez celui-ci.

help-faq-sms-capable = Comment vérifier que mon téléphone peut recevoir des SMS ?
help-faq-sms-capable-a = Avant de choisir la vérification par SMS, vérifiez que :
help-faq-sms-capable-plan = votre téléphone a un forfait mobile qui comprend les SMS, et du réseau mobile là où vous vous connectez ;
help-faq-sms-capable-test = il reçoit un SMS que quelqu’un vous envoie, ou que vous vous envoyez vous-même ;
help-faq-sms-capable-country = votre numéro appartient à l’un de [ces pays](#countries), que vous choisissez ce pays dans *{ country-code }* et que vous saisissez le numéro sans l’indicatif ;
help-faq-sms-capable-blocked = les SMS provenant de numéros courts ou automatiques ne sont pas bloqués : certains forfaits data, prépayés ou d’entreprise les bloquent, et votre opérateur peut vous le dire.
help-faq-sms-capable-b = Si un SMS n’arrive pas, choisissez *{ resend }*, ou utilisez une application d’authentification : elle ne nécessite aucun réseau.

help-faq-how-often = À quelle fréquence dois-je me connecter avec la MFA ?
help-faq-how-often-a = Une fois la MFA configurée, { $product } vous demande un code à la connexion. La fréquence dépend de la *{ admin-reprompt }* de votre entreprise : *{ admin-reprompt-every }* (par défaut) ou, dans un navigateur où vous avez déjà saisi un code, *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* ou *{ admin-reprompt-30d }*.
help-faq-how-often-b = Si plusieurs de vos entreprises exigent la MFA, le réglage le plus fréquent s’applique. Les payeurs et les administrateurs bénéficiaires saisissent un code à chaque connexion.

help-faq-lost-device = Que se passe-t-il si je perds ou remplace l’appareil sur lequel la MFA est configurée ?
help-faq-lost-device-a = Si vous avez une autre méthode (une autre application, un numéro de téléphone ou une clé d’accès), choisissez *{ try-another }* à la connexion et utilisez-la. Ensuite, dans *{ profile-settings }*, ajoutez d’abord votre nouvel appareil, puis supprimez l’ancien.
help-faq-lost-device-b = Si vous n’avez pas d’autre méthode, connectez-vous avec votre code de récupération : sur *{ how-verify }*, choisissez *{ enter-recovery }*. Vous enregistrez alors un nouveau code de récupération et êtes invité à configurer la MFA sur votre nouvel appareil.
help-faq-lost-device-c = Si vous n’avez ni l’un ni l’autre, demandez à l’administrateur de votre entreprise de réinitialiser votre MFA (voir [Réinitialiser la MFA d’un utilisateur](#reset-user)) ; vous la configurez de nouveau à votre prochaine connexion.
help-faq-lost-device-d = Si vous gardez votre numéro de téléphone, la vérification par SMS continue de fonctionner sur votre nouveau téléphone. Une application d’authentification doit être configurée de nouveau sur le nouveau téléphone, sauf si l’application transfère elle-même ses comptes. Si votre téléphone a été perdu ou volé, supprimez-le de *{ profile-settings }* dès que possible.

help-faq-what-is-mfa = Qu’est-ce que l’authentification multifacteur (MFA) ?
help-faq-what-is-mfa-a = La MFA, aussi appelée authentification à deux facteurs (2FA), demande deux preuves de nature différente lors de la connexion : ce que vous savez, votre mot de passe, et ce que vous possédez, votre téléphone ou votre clé de sécurité.
help-faq-what-is-mfa-b = Un mot de passe volé ou deviné ne suffit alors plus pour accéder à votre compte : il faut aussi votre appareil, ou votre code de récupération.

help-faq-who-is-affected = Qui est concerné lorsque mon entreprise active la MFA ?
help-faq-who-is-affected-a = Tous les membres actifs de l’entreprise, administrateurs compris, doivent utiliser la MFA à partir de la *{ admin-deadline }*. Les membres inactifs ne sont pas concernés. Si vous appartenez à plusieurs entreprises, il suffit que l’une d’elles exige la MFA.
help-faq-who-is-affected-b = Les membres qui se connectent par authentification unique (SSO) utilisent plutôt la MFA de leur fournisseur d’identité. Les payeurs et les administrateurs bénéficiaires utilisent toujours la MFA, quel que soit le choix de leur entreprise. Les membres qui utilisent déjà la MFA continuent comme avant, sauf peut-être pour la fréquence à laquelle un code leur est demandé.

help-faq-payments = Pourquoi la MFA est-elle obligatoire pour les paiements et comment fonctionne-t-elle ?
help-faq-payments-a = Les paiements font circuler de l’argent : un mot de passe volé ne doit jamais suffire pour y accéder. C’est pourquoi chaque payeur et chaque administrateur bénéficiaire utilise la MFA à chaque connexion, même lorsque son entreprise utilise l’authentification unique (SSO).
help-faq-payments-b = Les payeurs utilisent une application d’authentification. Les administrateurs bénéficiaires choisissent une application d’authentification (fortement recommandée) ou la vérification par SMS avec un numéro des États-Unis. Voir [Payeurs](#payors) et [Administrateurs bénéficiaires](#payee-admins).
