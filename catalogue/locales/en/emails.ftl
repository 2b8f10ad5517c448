## The emails Trestle sends, the text message carrying a code, and the
## demo outbox page (/dev/outbox).
## Every email: $product (the product's name). $name: the reader's name.
## $when: the moment of the change, written in the reader's language and
## time zone ("November 25, 2026 at 9:05 AM (CET)").

email-greeting = Hello { $name },
email-signature = — { $product }
# The last line of a security email: what to do if it wasn't the reader.
email-not-you = If it wasn’t you, change your password now and contact your company administrator, who can reset two-factor authentication for your account.
email-nothing-else = If this was you, there is nothing else to do.
# The link that signs out every session, at the end of a security email.
email-not-me-button = This wasn’t me: sign out everywhere
# A link in the plain-text part of an email: its words, then its address.
email-link-line = { $label }: { $url }
# A deadline that is not at midnight in the reader's time zone.
email-date-at-time = { $date } at { $time }

# $app: the app's name.
email-app-added-subject = An authenticator app was added to your account
email-app-added-1 = An authenticator app named “{ $app }” was added to your { $product } account on { $when }. From now on, signing in asks for a code from it.

# $app: the number, masked (•••• 0123).
email-phone-added-subject = A phone number was added to your account
email-phone-added-1 = The phone number { $app } was added to your { $product } account on { $when }. From now on, signing in can send a verification code to it by text message.

# $app: the passkey's name.
email-passkey-added-subject = A passkey was added to your account
email-passkey-added-1 = A passkey named “{ $app }” was added to your { $product } account on { $when }. From now on, it can confirm it’s you when you sign in.

email-passkey-cloned-subject = A sign-in with a copy of your passkey was refused
email-passkey-cloned-1 = Someone tried to sign in to your { $product } account on { $when } with one of your passkeys, but the passkey’s counter went backwards, which a copy of it would do. The sign-in was refused.
email-passkey-cloned-2 = If you did not just sign in, remove that passkey from your profile settings and add it again.

email-recovery-used-subject = Your recovery code was used to sign in
email-recovery-used-1 = Your recovery code was used to sign in to your { $product } account on { $when }. That code no longer works: a new one was shown when signing in.
email-recovery-used-2 = If this was you, set up two-factor authentication on your new device from your profile settings.

# $app: the app's name or the masked number.
email-factor-removed-subject = A sign-in method was removed from your account
email-factor-removed-1 = { $app } was removed from the two-factor methods of your { $product } account on { $when }. Every other browser signed in to your account was signed out.

email-recovery-renewed-subject = You have a new recovery code
email-recovery-renewed-1 = A new recovery code was made for your { $product } account on { $when }. The code you had before no longer works.
email-recovery-renewed-2 = If this was you, keep the new code somewhere safe.

email-password-changed-subject = Your password was changed
email-password-changed-1 = The password of your { $product } account was changed on { $when }. Every other browser signed in to your account was signed out.

email-password-reset-subject = Your password was reset
email-password-reset-1 = The password of your { $product } account was reset with a link sent to this address on { $when }. Every browser signed in to your account was signed out. Two-factor authentication is unchanged.

# $minutes: how long the link works.
email-reset-link-subject = Reset your password
email-reset-link-1 = Someone asked to reset the password of your { $product } account on { $when }. The link below works once, for { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    }
email-reset-link-2 = If it wasn’t you, ignore this email: your password stays as it is.
email-reset-link-button = Reset your password

# $company; $date: the deadline in the reader's time zone ("December 12, 2026",
# or with its time when it is not midnight there); $zone: that time zone's
# name (Europe/Paris).
email-mfa-required-subject = { $company } requires two-factor authentication from { $date }
email-mfa-required-1 = { $company } requires multi-factor authentication (MFA) to sign in to { $product } from { $date } ({ $zone } time), to keep your company’s projects and payments safe.
email-mfa-required-2 = Set it up now to avoid any interruption on that day: sign in, open My Profile Settings, then Password & Security, and add an authenticator app or a phone number. If you have not set it up by { $date }, signing in will walk you through it.
email-mfa-setup-button = Set up two-factor authentication

# $days: the days left until the deadline (started days: 1 is less than a day).
email-mfa-reminder-subject = Set up two-factor authentication: required { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }
email-mfa-reminder-1 = { $company } requires multi-factor authentication (MFA) to sign in to { $product } from { $date } ({ $zone } time), { $days ->
        [one] in { $days } day
       *[other] in { $days } days
    }, and your account does not have it yet.
email-mfa-reminder-2 = Set it up now to avoid any interruption: sign in, open My Profile Settings, then Password & Security, and add an authenticator app or a phone number.

email-mfa-reset-subject = Your two-factor authentication was reset
email-mfa-reset-1 = An administrator of { $company } reset two-factor authentication for your { $product } account on { $when }, as you asked: your authenticator apps, phone numbers and recovery code no longer work, and every browser signed in to your account was signed out.
email-mfa-reset-2 = The next time you sign in, you will set up two-factor authentication again.

# $days: how long the link works.
email-account-created-subject = { $company } invited you to { $product }
email-account-created-1 = An administrator of { $company } made a { $product } account for this address.
email-account-created-2 = Choose your password with the link below: it works once, for { $days ->
        [one] { $days } day.
       *[other] { $days } days.
    } If you did not expect this email, ignore it.
email-account-created-button = Choose your password

# $days: how long the link works.
email-invitation-subject = { $company } invited you to join it on { $product }
email-invitation-1 = An administrator of { $company } invited your { $product } account to join the company.
email-invitation-2 = Open the link below and sign in to accept or decline: it works once, for { $days ->
        [one] { $days } day.
       *[other] { $days } days.
    } Until you accept, { $company } has no say over your account and its rules do not apply to you. If you did not expect this email, ignore it.
email-invitation-button = See the invitation

# The text message carrying a code. The code must be followed by a period
# (the end-to-end tests read it so). A line for the browser follows it.
sms-code-text = Your { $product } verification code is { $code }. It expires in { $minutes ->
        [one] { $minutes } minute.
       *[other] { $minutes } minutes.
    } Never share it: { $product } will never ask you for it.

## The demo outbox (/dev/outbox): every message queued or sent, with its state.
outbox-title = Outbox · { $product }
outbox-heading = Outbox
outbox-intro = Demo mode: the emails and text messages { $product } sent or will send, newest first, with their state.
# Followed by the link to /dev/outbox.json.
outbox-as-json = As JSON:
outbox-empty = Nothing sent yet.
outbox-sms = Text message
# Followed by the address or number it went to.
outbox-email-to = Email to
outbox-sms-to = Text message to
outbox-unavailable = The outbox is unavailable.
outbox-state-pending = Waiting to be sent
outbox-state-sent = Sent
outbox-state-failed = Not sent
outbox-tries = { $count ->
        [one] { $count } try
       *[other] { $count } tries
    }
# A message's state followed by its tries: "Waiting to be sent · 2 tries".
outbox-state-with-tries = { $state } · { $tries }
# Followed by the provider's technical answer, as it was given.
outbox-last-error = Last error: { $error }
