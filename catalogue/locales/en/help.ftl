# The help centre (/help): one page per language, built once at start-up
# by `app/src/help.rs`, which decides the order of these messages.
#
# Markup: *…* shows the name of a screen, field or button in bold;
# [text](#anchor) links to a section of the page (anchors: overview,
# methods, consider, enable-company, reset-user, app, trouble-scanning, sms,
# log-in, payors, payee-admins, countries, faq and the questions').
# Screen and button names are the screens' own messages ({ select-method },
# { continue }…), so the help always says exactly what the screens say.
#
# Every message gets every variable:
#   $product          the product's name
#   $apps             most authenticator apps per user
#   $phones           most phone numbers per user
#   $passkeys         most passkeys per user
#   $minutes          how long a texted code works (a setting)
#   $digits           digits of a verification code
#   $recovery-digits  digits of a recovery code
#   $period           seconds an authenticator code lasts
#   $tries            wrong codes allowed within $tries-minutes minutes
#   $hour-tries       wrong codes allowed within an hour
#   $abandon          wrong codes that end one sign-in
#   $reauth-minutes   how long "Confirm It's You" lasts
#   $resend-seconds   wait between two texts
#   $texts-per-hour   texts a user can receive in an hour

## The page

help-title = Multi-Factor Authentication (MFA) Help
help-intro = How to set up and use multi-factor authentication to sign in to { $product }: for users, for company administrators and for payment users.
help-skip = Skip to the help
help-languages = Language
help-contents = Contents
help-back = Back to sign-in
help-still-stuck = Still stuck? Your company administrator can check your account and reset your MFA if you need to set it up again.

## Groups of sections

help-get-started = Get Started
help-for-admins = For Company Administrators
help-for-users = For Users
help-for-payments = For Payment Users

## Overview

help-overview = Overview
help-overview-what = Multi-factor authentication (MFA), also called two-factor authentication (2FA), adds a second step to signing in to { $product }. Besides your email and password (something you know), you show that you have your device (something you have): a { $digits }-digit code from an authenticator app or a text message, or a passkey.
help-overview-why = Even if someone learns your password, they cannot sign in without your device. MFA protects your account, your company's information and, for payment users, your payments.
help-overview-who = MFA is always required for payors and payee admins. A company administrator can also require it of every member of the company from an *{ admin-deadline }*. Anyone else may set it up at any time in *{ profile-settings }*.
help-overview-when = Once you have set up a method, { $product } asks for a code when you sign in: at every sign-in, or less often if your company chose so (see [How often do I need to sign in with MFA?](#how-often)).

## Verification Methods

help-methods = Verification Methods
help-methods-intro = You can register several methods and choose one each time you sign in.
help-methods-app = *{ authenticator-app }* (recommended): an app on your phone, such as Google Authenticator or Microsoft Authenticator, shows a new { $digits }-digit code every { $period } seconds. It works everywhere, even without mobile signal. You can register up to { $apps } apps, each with its own name.
help-methods-sms = *{ sms-verification }*: a { $digits }-digit code is sent by text message to your mobile phone. Each code works once, for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. It is available for numbers in [these countries](#countries) only; payors cannot use it, and payee admins need a United States number. You can register up to { $phones } numbers.
help-methods-passkey = *{ passkey-option }*: the fingerprint, face or screen lock of your phone or computer, or a security key. It needs JavaScript and a browser that supports passkeys. You can register up to { $passkeys } passkeys. A passkey can also sign you in on its own with *{ passkey-sign-in }* (payment users only where their company allows it).
help-methods-recovery = Recovery code: a { $recovery-digits }-digit code shown once, on *{ save-recovery }*, at the end of every set-up. It stands in for your device if you lose it, and works once. { $product } keeps only a scrambled copy, so nobody can tell you what it is; each new recovery code replaces the previous one.

## Things to Consider

help-consider = Things to Consider
help-consider-app = Install an authenticator app on your phone before you start. Any standard app that makes time-based codes works.
help-consider-clock = Authenticator codes depend on your phone's clock: set its date and time to automatic (see [How do I set my phone's clock to automatic?](#clock)).
help-consider-recovery = Save your recovery code where you can reach it from another device, for example in a password manager. Without your device and your recovery code, only your company administrator can reset your MFA.
help-consider-sms = SMS Verification needs mobile signal and works only for numbers in [these countries](#countries). Payors must use an authenticator app; payee admins can use SMS Verification with a United States number only.
help-consider-limits = Wrong codes are limited, for your security: after { $tries } wrong codes within { $tries-minutes } minutes, or { $hour-tries } within an hour, wait before you try again. After { $abandon } wrong codes, the sign-in ends and you start again with your email.
help-consider-companies = If you belong to several companies, you must use MFA as soon as one company where you are an active member requires it.
help-consider-sso = If your company uses single sign-on (SSO), you sign in at your company's identity provider, which takes care of MFA: { $product } does not ask you for a code. Payment users are the exception: they verify their identity in { $product } too.
help-consider-private = Keep your codes to yourself. { $product } employees will never ask you for a code or for your recovery code.

## Enable MFA for Your Company

help-enable-company = Enable MFA for Your Company
help-enable-intro = As a company administrator, you can require MFA of every active member of your company from a date you choose. Until that date, members who have not set up MFA can still sign in with their password; they see how many days are left and can set it up early.
help-enable-available = If *{ admin-require-mfa }* is not offered, MFA is not available to your company yet: ask your { $product } point of contact to turn it on.
help-enable-step-1 = Sign in, open the account menu (your initials, at the top of the page) and choose *{ admin-settings }*.
help-enable-step-2 = Go to the *{ admin-tab-mfa }* tab. Set up MFA for your own account first if you have not: you confirm changes with your password and a code from your own method.
help-enable-step-3 = Tick *{ admin-require-mfa }* and choose the *{ admin-deadline }*: the first day members must use MFA, in your time zone.
help-enable-step-4 = Choose the *{ admin-reprompt }*: *{ admin-reprompt-every }* (the safest), *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* or *{ admin-reprompt-30d }*.
help-enable-step-5 = Choose *{ admin-save }*. Every active member is emailed the date.
help-enable-after = Members who have not set up MFA are reminded by email a week and a day before the deadline. The members table shows who has set up MFA; choose *{ admin-filter-unenrolled }* to see who has not. You can change the date later: members are emailed again. Inactive members are not affected.

## Reset MFA for a User

help-reset-user = Reset MFA for a User
help-reset-intro = Reset a member's MFA when they have lost every device and their recovery code. The reset removes all their methods and their recovery code, signs them out everywhere and emails them; they set up MFA again at their next sign-in.
help-reset-verify = Before you reset, make sure the request really comes from the member, for example by calling them on a number you already know. Whoever gets MFA reset can take over the account.
help-reset-step-1 = Open *{ admin-settings }* from the account menu and go to the *{ admin-tab-mfa }* tab.
help-reset-step-2 = Under *{ admin-reset-title }*, type the member's sign-in email exactly.
help-reset-step-3 = Tick *{ admin-reset-verified }*.
help-reset-step-4 = Choose *{ admin-reset-submit }*, and confirm it is you with your password and a code from your own method.
help-reset-limits = You can reset active members of your own company only, and never your own MFA: ask another administrator. Members who sign in with SSO get MFA from your identity provider, so reset theirs there; payment users are the exception.

## Set Up MFA with an Authenticator App

help-app = Set Up MFA with an Authenticator App
help-app-intro = First install an authenticator app on your phone, such as Google Authenticator or Microsoft Authenticator. { $product } works with any standard app.
help-app-step-1 = Go to the { $product } sign-in page. On *{ enter-email }*, enter your email and choose *{ continue }*.
help-app-step-2 = On *{ enter-password }*, enter your password and choose *{ continue }*.
help-app-step-3 = On *{ mfa-required }*, choose *{ set-up-now }*. Before your company's deadline you can also choose *{ remind-later }*.
help-app-step-4 = On *{ select-method }*, choose *{ authenticator-app }*, then *{ continue }*.
help-app-step-5 = On *{ secure-account }*, open the authenticator app and scan the QR code with the app's own scanner, not with your phone's camera. Setting up on the phone itself? See [{ trouble-scanning }](#trouble-scanning)
help-app-step-6 = Enter the { $digits }-digit code the app shows and choose *{ continue }*.
help-app-step-7 = On *{ save-recovery }*, choose *{ copy }* or *{ download }* and keep the code in a safe place.
help-app-step-8 = Tick *{ saved-checkbox }* and choose *{ continue }*. You are signed in; next time, see [Log in with MFA](#log-in).
help-app-warning = { save-recovery-warning }
help-trouble-scanning = { trouble-scanning }
help-trouble-phone = On the phone that runs the app, you cannot scan a QR code shown on the same screen: enter the setup key by hand instead. On *{ secure-account }*, choose *{ trouble-scanning }* to show the *{ setup-key-label }* in short groups, with a *{ copy }* button.
help-trouble-key = In your authenticator app, add an account with a setup key (the option may be called "Enter a setup key" or "Enter code manually"), name it { $product }, type or paste the key (spaces do not matter) and choose "Time based" if asked. Then enter the { $digits }-digit code the app shows.
help-app-later = To add an app later, or before your company's deadline, see [How can I set up MFA before the enforcement deadline?](#before-deadline)

## Set Up MFA with SMS Verification

help-sms = Set Up MFA with SMS Verification
help-sms-intro = SMS Verification sends a { $digits }-digit code by text message to your mobile phone. It is available for numbers in [these countries](#countries). Payors cannot use it, and payee admins need a United States (+1) number.
help-sms-step-1 = Sign in with your email and password, on *{ enter-email }* and *{ enter-password }*.
help-sms-step-2 = On *{ mfa-required }*, choose *{ set-up-now }*.
help-sms-step-3 = On *{ select-method }*, choose *{ sms-verification }*, then *{ continue }*.
help-sms-step-4 = On *{ setup-sms }*, choose your country in *{ country-code }*, type your mobile number in *{ phone-number }* and choose *{ send-text }*.
help-sms-step-5 = Type the code from the text message in *{ sms-code-label }* and choose *{ continue }*. The code works once, for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
help-sms-step-6 = On *{ save-recovery }*, choose *{ copy }* or *{ download }*, tick *{ saved-checkbox }* and choose *{ continue }*.
help-sms-resend = No text, or the code expired? Choose *{ resend }*: the new code replaces the previous one. You can ask for a new code { $resend-seconds } seconds after the last one, and receive at most { $texts-per-hour } texts an hour.
help-sms-private = Keep your verification code private. { $product } makes a unique code just for you: never share it with anyone. { $product } employees will never ask for it.

## Log in with MFA

help-log-in = Log in with MFA
help-log-in-step-1 = Enter your email on *{ enter-email }* and your password on *{ enter-password }*, choosing *{ continue }* each time.
help-log-in-step-2 = On *{ verify-identity }*, open your authenticator app and type its current code in *{ enter-code-label }*. If your method is a phone, { $product } texts you a code at once: type that one.
help-log-in-step-3 = Choose *{ continue }*. You are signed in.
help-log-in-other = Want another method, or no code? Choose *{ try-another }*. On *{ how-verify }*, choose one of your authenticator apps (by its name), *{ use-phone }* (a new code is texted to you), a passkey, or *{ enter-recovery }*.
help-log-in-recovery = On *{ enter-recovery }*, type or paste the { $recovery-digits }-digit code you saved (spaces and dashes do not matter) and choose *{ continue }*. That code then stops working: save the new one you are shown, and set up MFA on your new device.
help-log-in-passkey = With a passkey, you can also choose *{ passkey-sign-in }* on *{ enter-email }* and skip your email and password, where your account allows it.
help-log-in-sso = If your company uses single sign-on (SSO), you are taken to your identity provider after you enter your email: follow its instructions.

## Payors

help-payors = Payors
help-payors-why = To keep payments safe, MFA is mandatory for payors, and payors must use an authenticator app: SMS Verification is not available to them. { $product } asks for a code at every sign-in.
help-payors-setup = To set up MFA, follow [Set Up MFA with an Authenticator App](#app). You can add a passkey as well in *{ profile-settings }*, but you always keep at least one authenticator app.
help-payors-log-in = To sign in, follow [Log in with MFA](#log-in) with the code from your authenticator app. A passkey signs you in on its own only if your company allows it.

## Payee Admins

help-payee-admins = Payee Admins
help-payee-why = To keep payments safe, MFA is mandatory for payee admins. An authenticator app is highly recommended, but you can use SMS Verification with a United States (+1) mobile number instead. { $product } asks for a code at every sign-in.
help-payee-setup = To set up MFA, follow [Set Up MFA with an Authenticator App](#app) (marked *{ highly-recommended }*) or [Set Up MFA with SMS Verification](#sms).
help-payee-log-in = To sign in, follow [Log in with MFA](#log-in).

## SMS Verification countries

help-countries = Where SMS Verification Is Available
help-countries-intro = Authenticator apps work everywhere. SMS Verification is available for mobile numbers in these countries only.
help-countries-caption = Countries where SMS Verification is available
help-countries-country = Country
help-countries-code = Country code
help-countries-payments = Payee admins can use SMS Verification with United States numbers only; payors cannot use it.

## FAQ

help-faq = Frequently Asked Questions

help-faq-more-devices = Can I use more than one device to sign in with MFA?
help-faq-more-devices-a = Yes. You can register up to { $apps } authenticator apps (on different phones or tablets), { $phones } phone numbers and { $passkeys } passkeys, and pick any of them with *{ try-another }* when you sign in. Give each a name so that you can tell them apart.
help-faq-more-devices-b = Add them in *{ profile-settings }*, on the *{ profile-tab-security }* tab, under *{ profile-two-factor }*: *{ profile-add-app }*, *{ profile-add-phone }* or *{ passkey-add }*. Each time you add a method you get a new recovery code, which replaces the old one.

help-faq-before-deadline = How can I set up MFA before the enforcement deadline?
help-faq-before-deadline-a = When your company administrator sets an *{ admin-deadline }*, you receive an email with the date: from that day on, you must use MFA to sign in. Until then, you see how many days are left when you sign in, and you can choose *{ set-up-now }* or *{ remind-later }*. To set up MFA early at any time:
help-faq-before-deadline-step-1 = Sign in, open the account menu (your initials) and choose *{ profile-settings }*.
help-faq-before-deadline-step-2 = Go to the *{ profile-tab-security }* tab.
help-faq-before-deadline-step-3 = Under *{ profile-two-factor }*, choose *{ profile-add-app }* or *{ profile-add-phone }*.
help-faq-before-deadline-step-4 = On *{ profile-confirm-title }*, enter your current password (and a code, if you already have a method). You can then make changes for { $reauth-minutes } minutes.
help-faq-before-deadline-step-5 = Scan the QR code and enter the code from the app, or enter your phone number and the code texted to you, and choose *{ continue }*.
help-faq-before-deadline-step-6 = Copy or download your new recovery code and keep it in a safe place.

help-faq-clock = How do I set my phone's clock to automatic for authenticator app codes?
help-faq-clock-a = Authenticator codes are calculated from the current time, and each one lasts { $period } seconds. If your phone's clock is off, its codes are refused; { $product } tells you when your clock looks fast or slow.
help-faq-clock-iphone = iPhone and iPad: open Settings, then General, then Date & Time, and turn on Set Automatically.
help-faq-clock-android = Android: open Settings, then System (or General management), then Date & time, and turn on the automatic date and time. The names vary a little between phone makers.
help-faq-clock-b = Then wait for the app to show a new code and enter that one.

help-faq-sms-capable = How do I check that my phone can receive SMS?
help-faq-sms-capable-a = Before you choose SMS Verification, check that:
help-faq-sms-capable-plan = your phone has a mobile plan that includes text messages, and mobile signal where you sign in;
help-faq-sms-capable-test = it receives a text message that someone sends you, or that you send to yourself;
help-faq-sms-capable-country = your number belongs to one of [these countries](#countries), and you choose that country in *{ country-code }* and type the number without the country code;
help-faq-sms-capable-blocked = texts from short or automated numbers are not blocked: some data-only, prepaid and company plans block them, and your carrier can tell you.
help-faq-sms-capable-b = If a text does not arrive, choose *{ resend }*, or use an authenticator app: it needs no signal at all.

help-faq-how-often = How often do I need to sign in with MFA?
help-faq-how-often-a = Once you have set up MFA, { $product } asks for a code when you sign in. How often depends on your company's *{ admin-reprompt }*: *{ admin-reprompt-every }* (the default), or, in a browser where you already gave a code, *{ admin-reprompt-12h }*, *{ admin-reprompt-7d }* or *{ admin-reprompt-30d }*.
help-faq-how-often-b = If several of your companies require MFA, the most frequent of their settings applies. Payors and payee admins are asked at every sign-in.

help-faq-lost-device = What happens if I lose or replace the device where MFA is set up?
help-faq-lost-device-a = If you have another method (another app, a phone number or a passkey), choose *{ try-another }* when you sign in and use it. Then, in *{ profile-settings }*, add your new device first and remove the old one.
help-faq-lost-device-b = If you have no other method, sign in with your recovery code: on *{ how-verify }*, choose *{ enter-recovery }*. You then save a new recovery code and are asked to set up MFA on your new device.
help-faq-lost-device-c = If you have neither, ask your company administrator to reset your MFA (see [Reset MFA for a User](#reset-user)); you set it up again at your next sign-in.
help-faq-lost-device-d = If you keep your phone number, SMS Verification goes on working on your new phone. An authenticator app must be set up again on the new phone, unless the app moves its accounts itself. If your phone was lost or stolen, remove it from *{ profile-settings }* as soon as you can.

help-faq-what-is-mfa = What is multi-factor authentication (MFA)?
help-faq-what-is-mfa-a = MFA, also called two-factor authentication (2FA), asks for two different kinds of proof when you sign in: something you know, your password, and something you have, your phone or security key.
help-faq-what-is-mfa-b = A stolen or guessed password is then not enough to get into your account: whoever tries also needs your device, or your recovery code.

help-faq-who-is-affected = Who is affected once my company enables MFA?
help-faq-who-is-affected-a = Every active member of the company, administrators included, must use MFA from the *{ admin-deadline }*. Inactive members are not affected. If you belong to several companies, one that requires MFA is enough.
help-faq-who-is-affected-b = Members who sign in with single sign-on (SSO) use their identity provider's MFA instead. Payors and payee admins always use MFA, whatever their company chose. Members who already use MFA carry on as before, except perhaps for how often they are asked.

help-faq-payments = Why is MFA mandatory for payments, and how does it work?
help-faq-payments-a = Payments move money, so a stolen password must never be enough to reach them. That is why every payor and payee admin uses MFA at every sign-in, even when their company uses single sign-on (SSO).
help-faq-payments-b = Payors use an authenticator app. Payee admins choose an authenticator app (highly recommended) or SMS Verification with a United States number. See [Payors](#payors) and [Payee Admins](#payee-admins).
