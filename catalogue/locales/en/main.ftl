product-tagline = Secure sign-in for construction teams
enter-email = Enter Your Email
email = Email
continue = Continue
enter-password = Enter Your Password
password = Password
signing-in-as = Signing in as
change-email = Use a different email
mfa-required = Two-Factor Authentication Required
mfa-required-body = To keep your account and your company's information safe, you need to set up two-factor authentication before you can sign in. It takes about two minutes and needs your phone.
# Before a company's deadline: `{n}` days, on `{date}`.
mfa-soon = Your company will require two-factor authentication { $n ->
        [1] tomorrow, { $date }.
       *[other] in { $n } days, on { $date }.
    } Set it up now, or be reminded at your next sign-in.
remind-later = Remind Me Later
err-deadline-passed = Your company now requires two-factor authentication: set it up to continue.
set-up-now = Set Up Now
select-method = Select an Authentication Method
authenticator-app = Authenticator App
authenticator-app-hint = Use an app such as Google or Microsoft Authenticator to get a 6-digit code.
app-name = Name this authenticator app
after-recovery-notice = You signed in with your recovery code and saved a new one. Now set up MFA on your new device, or skip this for now.
skip-for-now = Skip for Now
secure-account = Secure Your Account
scan-qr = The QR code must be scanned from within the Authenticator app, not with your phone's camera. Open the Authenticator app and use its built-in scanner to capture the code.
qr-tip-phone = Setting up MFA on your phone without a computer? Since you can't scan a QR code on the same screen, you must enter the code manually. Tap Trouble Scanning and enter the provided code into your authenticator app.
qr-label = QR code for your authenticator app
trouble-scanning = Trouble Scanning?
setup-key-hint = In your authenticator app, choose to enter a setup key and type this key. Choose "time based" if asked.
setup-key-label = Setup key
account-label = Account
enter-app-code = Enter the 6-digit code from your authenticator app
copy = Copy
copied = Copied
save-recovery = Save Your Recovery Code
save-recovery-body = If you lose your phone, this code lets you sign in and set up MFA on a new device. We don't keep a copy of it.
save-recovery-warning = Be sure to save your recovery code in a location that is securely accessible from another device. If your MFA device is lost or damaged, you will need your recovery code to set up MFA on a new device. Each recovery code can be used only once. After a recovery code is used, you will have the option to save a new recovery code.
warning = Warning
recovery-after-use = Your old recovery code has been used up. This new code replaces it.
download = Download
saved-checkbox = I Have Securely Saved This Code
verify-identity = Verify Your Identity
enter-code-label = Enter Your 6-digit Verification Code
code-hint = Open your authenticator app to see your code.
using-app = Use the code from
try-another = Try Another Method
how-verify = How Do You Want to Verify Your Identity?
enter-recovery = Enter Recovery Code
enter-recovery-hint = The 32-digit code you saved when you set up MFA. Spaces and dashes don't matter.
recovery-choice-hint = The 32-digit code you saved when you set up MFA
recovery-code = Enter Recovery Code
welcome = Welcome
signed-in-as = You're signed in as
sign-out = Sign Out
# The method picker's last line: no device and no recovery code.
ask-admin = No device and no recovery code? Ask your company administrator to reset your MFA.
notice-start = Please start by entering your email.
notice-abandoned = Too many incorrect codes. For your security, please sign in again.
notice-signed-out = You have been signed out.
err-email-empty = Enter your email address.
err-email-malformed = Enter a valid email address, like name@company.com.
err-invalid-credentials = The email or password is incorrect.
err-password-reset-required = For your security, this account needs a new password before it can sign in. We emailed you a link to choose one; you can also choose Forgot your password? below.
err-password-too-long = Passwords can be at most { $n } bytes long.
err-too-many-attempts = Too many attempts. Try again in { $n } min.
err-too-many-attempts-later = Too many attempts. Try again later.
err-out-of-order = This sign-in has expired or moved on. Please start again.
err-conflict = This sign-in changed in another tab or window. Reload the page to continue.
err-already-enrolled = Two-factor authentication was just set up for this account in another browser. Sign in again to use it.
err-foreign-origin = This request came from another site, so it was refused.
err-bad-request = This form was incomplete. Reload the page and try again.
err-moved-on = This sign-in has already moved on in another tab or window.
go-to-current-step = Go to the current step
err-code-empty = Enter the 6-digit code.
err-code-length = The code must have exactly 6 digits.
err-code-digits = The code can only contain digits.
err-recovery-length = The recovery code must have exactly 32 digits.
err-wrong-code = That code didn't work. Check it and try again. After several wrong codes, wait a few minutes.
err-code-replayed = That code was already used. Wait for your app to show a new code.
err-clock-fast = That code is for a different time: your phone's clock looks about { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    } fast. Set its time to automatic, then try a new code.
err-clock-slow = That code has expired. If you typed it as soon as it appeared, your phone's clock looks about { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    } slow: set its time to automatic, then try a new code.
err-not-confirmed = Tick "I Have Securely Saved This Code" to continue.
err-name-invalid = Choose a name of 1 to { $n } characters.
err-name-taken = You already have a method of this kind with this name.
err-too-many-apps = You can register at most { $n ->
        [one] one authenticator app
       *[other] { $n } authenticator apps
    }.
sms-verification = SMS Verification
sms-hint = Get a 6-digit code by text message on your mobile phone.
highly-recommended = Highly recommended
setup-sms = Set Up SMS Verification
country-code = Select Your Country Code
phone-number = Enter Your Phone Number
phone-hint = The mobile number that will receive your codes, without the country code.
send-text = Send Text Message
sms-code-label = Enter the 6-Digit Verification Code
resend = Resend New Code
resend-in-seconds = You can ask for a new code in { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }.
resend-in-minutes = You can ask for a new code in { $n } min.
sms-sent = We sent a 6-digit code by text message to the number ending in { $n }. It expires in { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    }.
sms-not-live = There is no valid code for the number ending in { $n }: it expired or could not be sent. Choose Resend New Code to get a new one.
important = Important
sms-privacy = Keep your verification code private. { $product } generates a unique code just for you. Never share it with anyone. { $product } employees will never ask for it.
use-different-number = Use a different number
use-phone = Use a Phone Number
phone-ending = Ending in { $n }
err-sms-not-allowed = SMS verification is not available for your account: payment users must use an authenticator app.
err-country-not-offered = Text messages can only be sent to numbers in the countries listed.
err-phone-empty = Enter your phone number.
err-phone-invalid = That doesn't look like a mobile phone number. Check the digits and try again.
err-phone-not-in-country = That number does not match the country code you selected ({ $country }). Check the country or the number.
err-phone-us-only = Payee admins can only use a United States (+1) mobile number for SMS verification.
err-phone-taken = This number is already registered on your account.
err-too-many-phones = You can register at most { $n ->
        [one] one phone number
       *[other] { $n } phone numbers
    }.
err-code-expired = That code has expired. Choose Resend New Code to get a new one.
err-sms-unavailable = We couldn't send the text message. Try again in a moment.
err-internal = Something went wrong on our side. Please try again.
err-transport = We couldn't reach the server. Check your connection and try again.
start-again = Start again
recovery-file-title = recovery code
not-found = Page Not Found
go-to-sign-in = Go to sign in
# The page for a form post bigger than the server accepts.
too-large = This Form Was Too Large
too-large-body = It held more than we accept, so nothing was saved. Go back and try again with less text.
go-back = Go back
switch-language = Language
# A moment and the zone it is written in.
date-time-in-zone = { $date-time } ({ $zone })

# The SMS countries, by ISO code.
country-us = United States
country-ca = Canada
country-mx = Mexico
country-gb = United Kingdom
country-ie = Ireland
country-fr = France
country-de = Germany
country-es = Spain
country-it = Italy
country-au = Australia
country-nz = New Zealand
country-sg = Singapore
country-hk = Hong Kong
# The page when the database does not answer.
unavailable = { $product } is temporarily unavailable. Please try again.
# Links to the help centre.
need-help = Need help?
clock-help = How to set your phone’s clock to automatic
trouble-scanning-help = More help with the setup key
lost-device-help = Lost or replaced your device?
# The downloaded recovery-code file: its words are the messages above.
recovery-file =
    { $product } { recovery-file-title }

    { $code }

    { save-recovery-warning }
