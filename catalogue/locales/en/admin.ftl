admin-settings = Security Settings
admin-sections = Security settings sections
admin-tab-mfa = MFA
admin-company = Company: { $company }
admin-on-request = Multi-factor authentication (MFA) is available on request. To enable MFA for your company, ask your point of contact to turn it on; you can then require it of your members here.
admin-policy = MFA policy
# `{date}` `{time}` `{zone}`.
admin-required-from = MFA is required from { $date }, { $time } { $zone }.
admin-not-required = MFA is not required: members may set it up if they wish.
admin-require-mfa = Require MFA
admin-deadline = Enforcement Deadline
# `{zone}`.
admin-deadline-hint = The first day members must use MFA, in your time zone ({ $zone }). Every active member is emailed when you save it.
admin-reprompt = Re-prompt frequency
# The policy's switch for payment users' passkey sign-in, and its hint.
admin-payment-passkeys = Let payors and payee admins sign in with a passkey alone
admin-payment-passkeys-hint = Off: they give their password, then their second factor. A passkey with a PIN, fingerprint or face lock counts as both.
admin-reprompt-every = Every sign-in
admin-reprompt-12h = Every 12 hours
admin-reprompt-7d = Every 7 days
admin-reprompt-30d = Every 30 days
admin-save = Save
admin-needs-factor = Set up two-factor authentication for your own account before you change your company's security settings.
admin-confirm-intro = Enter your password and a code from your authentication method to change these settings.
admin-reset-title = Reset MFA for Users
admin-reset-intro = For a member who lost every device and their recovery code: their methods and recovery code are removed, they are signed out everywhere and emailed, and they set up MFA again at their next sign-in. You cannot reset your own MFA: ask another admin.
admin-reset-email = The user's login email, exactly
admin-reset-verified = I have verified the user's request to reset MFA
admin-reset-submit = Reset MFA
admin-members = Members
admin-members-table = Members table
admin-members-filter = Show members
admin-filter-all = All members
admin-filter-unenrolled = Not yet enrolled
# `{n}` of `{total}`.
admin-unenrolled-count = { $n ->
        [one] { $n } of { $total } active members has not set up MFA yet.
       *[other] { $n } of { $total } active members have not set up MFA yet.
    }
admin-col-name = Name
admin-col-email = Email
admin-col-status = Status
admin-col-methods = Methods
admin-col-last-mfa = Last MFA sign-in
admin-col-actions = Actions
admin-active = Active
admin-inactive = Inactive
# Added, not accepted yet.
admin-invited = Invited
admin-admin-badge = Admin
admin-no-methods = None
admin-never = Never
admin-deactivate = Deactivate
admin-reactivate = Reactivate
admin-no-members = No member matches.
admin-log = Security log
admin-no-log = No security events yet.
admin-newer = Newer events
admin-older = Older events
admin-ev-policy-changed = MFA policy changed
admin-ev-mfa-reset = MFA reset
admin-ev-member-activated = Member reactivated
admin-ev-member-deactivated = Member deactivated
# `{name}`.
admin-by = by { $name }
admin-notice-policy-saved = The MFA policy is saved.
admin-notice-mfa-reset = MFA was reset. The user was signed out everywhere and emailed.
admin-notice-member-saved = The member's status is saved.
admin-err-forbidden = Only an administrator of your company can do this.
admin-err-not-available = MFA is not available to your company yet: ask your point of contact to enable it.
admin-err-needs-factor = Set up two-factor authentication for your own account first.
admin-err-deadline-empty = Choose the Enforcement Deadline.
admin-err-deadline-invalid = Enter the Enforcement Deadline as a date, for example 2027-01-15.
admin-err-deadline-past = The Enforcement Deadline cannot be in the past: choose today or a later day.
admin-err-not-verified = Tick the box to confirm that you verified the user's request.
admin-err-member-not-found = No active member of your company signs in with that email. Check it letter by letter.
admin-err-reset-self = You cannot reset your own MFA: ask another administrator of your company.
admin-err-nothing-to-reset = That user has no MFA to reset.
admin-err-last-admin = You are the company's last active administrator: make someone else an administrator first.
admin-err-already-member = That address is already a member of your company, or invited to it.
# `{n}` characters at most.
admin-err-member-name = Give a name of at most { $n } characters.
admin-add-title = Add Member
admin-add-intro = The address is emailed an invitation to join your company: with a link to choose a password if it has no account yet, or to accept if it has one. Until the person accepts, they show as Invited and your company's settings do not apply to them.
admin-add-email = Their email
admin-add-name = Their name
admin-add-submit = Add Member
admin-notice-member-added = The invitation is sent. The member shows as Invited until they accept.
admin-ev-member-added = Member invited
admin-ev-member-joined = Joined the company
admin-ev-invitation-declined = Invitation declined
# The members table's column: how each member signs in.
admin-col-sign-in = Sign-in
admin-sign-in-sso = SSO
admin-sign-in-password = Password
# **Reset MFA for Users**, when members sign in with SSO.
admin-reset-sso-note = Members who sign in with SSO get two-factor authentication from your identity provider: reset theirs there, not here. Payment users are the exception: they also use MFA here.
sso-tab-tab = SSO
sso-tab-intro = Single Sign-On (SSO) lets your members sign in with your company's identity provider (OpenID Connect). The identity provider then takes care of their two-factor authentication, except for payment users, who also verify their identity here.
sso-tab-confirm-intro = Enter your password, and a code from your authentication method if you have one, to change your company's SSO settings.
sso-tab-status-on = SSO is on: members on your proven domains sign in with your identity provider.
sso-tab-status-off = SSO is off: members sign in with their password.
sso-tab-status-tested = A Test Sign-In passed with the saved settings.
sso-tab-status-untested = No Test Sign-In has passed with the saved settings yet.
sso-tab-provider-title = Identity Provider
sso-tab-no-provider = No identity provider is saved yet.
sso-tab-issuer = Issuer URL
sso-tab-issuer-hint = The https:// address of your identity provider, exactly as its discovery document names it.
sso-tab-client-id = Client ID
sso-tab-client-secret = Client secret
sso-tab-secret-hint = From your identity provider's settings for this application.
sso-tab-secret-saved = A client secret is saved; it is never shown. Leave this empty to keep it (for the same issuer and client ID), or enter a new one.
sso-tab-save-note = Saving checks the issuer's discovery document first. New provider settings turn SSO off until a Test Sign-In passes with them.
sso-tab-save = Save
sso-tab-callback = Callback URL
sso-tab-callback-hint = Register this address at your identity provider as the application's redirect URI.
sso-tab-domains-title = Domains
sso-tab-domains-intro = Once SSO is on, members whose email is on a proven domain sign in with your identity provider. A claimed domain routes nobody until it is proven.
sso-tab-domains-list = Claimed domains
sso-tab-no-domains = No domain claimed yet.
sso-tab-proven = Proven
sso-tab-waiting = Waiting for proof
# How a waiting domain is proven by DNS (its TXT record follows).
sso-tab-txt-intro = To prove it, publish this TXT record in the domain's DNS, then choose Check DNS.
sso-tab-txt-name = Name
sso-tab-txt-value = Value
sso-tab-check-dns = Check DNS
# How the operator proves a domain (their command follows).
sso-tab-prove-how = Without access to the domain's DNS, ask your point of contact: the operator of this service proves a domain with this command.
# In the operator's command, where the domain goes.
sso-tab-domain-placeholder = <domain>
sso-tab-domain = Domain
sso-tab-domain-hint = The part of your members' emails after the @, for example example.com.
sso-tab-claim = Claim Domain
sso-tab-remove = Remove
sso-tab-test-title = Test Sign-In
sso-tab-test-intro = Sign in at your identity provider with an account on a proven domain. It signs nobody in here: it checks that the provider and the saved settings work together, and brings you back to this page with the result.
sso-tab-test-submit = Test Sign-In
sso-tab-switches-title = Sign-In With SSO
sso-tab-switches-note = SSO turns on only after a Test Sign-In passed with the saved settings and a domain is proven. Saving new provider settings turns SSO off until a Test Sign-In passes again.
sso-tab-enabled = Sign in members with SSO
sso-tab-create-accounts = Create accounts at first sign-in
sso-tab-create-accounts-hint = Off: only people who have an account here already can sign in with SSO. On: anyone your identity provider signs in on a proven domain gets an account and joins your company.
sso-tab-save-switches = Save
sso-tab-notice-saved = The identity provider is saved. SSO stays off until a Test Sign-In passes with these settings.
sso-tab-notice-domain-claimed = The domain is claimed. It routes nobody until it is proven.
sso-tab-notice-domain-removed = The domain is removed: its addresses no longer sign in with your identity provider.
sso-tab-notice-domain-proven = The domain is proven.
sso-tab-notice-switches-saved = The SSO settings are saved.
# The security log; `{detail}`: the issuer, domain or email.
sso-tab-ev-saved = Identity provider saved: { $detail }
sso-tab-ev-on = SSO turned on
sso-tab-ev-off = SSO turned off
sso-tab-ev-create-on = Account creation at first SSO sign-in turned on
sso-tab-ev-create-off = Account creation at first SSO sign-in turned off
sso-tab-ev-test-passed = Test Sign-In passed: { $detail }
# `{reason}`: one of `test_reasons`.
sso-tab-ev-test-failed = Test Sign-In failed: { $reason }
# Why a Test Sign-In failed, in the order of `SsoFailure::ALL`.
sso-tab-test-reasons-0 = cancelled at the provider
sso-tab-test-reasons-1 = expired
sso-tab-test-reasons-2 = provider unavailable
sso-tab-test-reasons-3 = ID token rejected
sso-tab-test-reasons-4 = email not verified by the provider
sso-tab-test-reasons-5 = email not on a claimed domain
sso-tab-test-reasons-6 = no account
sso-tab-test-reasons-7 = no access
sso-tab-ev-domain-claimed = Domain claimed: { $detail }
sso-tab-ev-domain-proven = Domain proven: { $detail }
sso-tab-ev-domain-removed = Domain removed: { $detail }
invitation-title = Company Invitation
# `{company}`.
invitation-intro = { $company } invited your account to join the company. As a member you follow its security rules, such as two-factor authentication, and its administrators can reset your MFA if you lose your devices.
invitation-accept = Accept Invitation
invitation-decline = Decline
invitation-sign-in-first = Sign in with the account this invitation was sent to, then open the link in the email again.
invitation-other-account = You are signed in with another account. Sign out, sign in with the account this invitation was sent to, then open the link in the email again.
invitation-notice-accepted = You joined the company.
invitation-notice-declined = You declined the invitation.
invitation-err-not-yours = This invitation was sent to another account: sign in with that one to answer it.
invitation-invalid = This invitation has expired or was already answered. To join the company, ask one of its administrators for a new one.
