sso-continue-title = Continue With Your Company
# `{company}`.
sso-continue-body = { $company } signs you in with its own identity provider. Taking you there now…
# `{company}`.
sso-continue-button = Continue to { $company } sign-in
sso-continue-expired = This sign-in has expired. Enter your email again to start over.
sso-cancelled = Sign-in with your company was cancelled. Enter your email to try again.
sso-expired = That sign-in had expired or was already used. Enter your email to start again.
sso-unavailable = Your company's sign-in is not available right now. Try again in a few minutes, or ask your company administrator.
sso-rejected = Your company's sign-in answered with something we could not verify, so you were not signed in. Try again, or ask your company administrator.
sso-unverified = Your company's identity provider has not verified your email address. Ask your company administrator.
sso-wrong-domain = Your company's identity provider signed you in with an email address your company has not claimed here. Ask your company administrator.
sso-no-account = You don't have an account here yet. Ask your company administrator to add you.
sso-no-access = Your access to this company has been turned off. Ask your company administrator.
sso-test-passed = Test sign-in worked: the identity provider signed someone in on a claimed domain. You can turn SSO on for your members.
# An admin's failed Test Sign-In, by its reason.
sso-test-cancelled = Test sign-in did not work: it was cancelled at the identity provider.
sso-test-expired = Test sign-in did not work: it had expired or was already used. Try again.
sso-test-unavailable = Test sign-in did not work: the identity provider did not answer in time, or the saved settings changed meanwhile. Check the issuer URL and try again.
sso-test-rejected = Test sign-in did not work: the ID token failed a check (signature, issuer, audience, expiry or nonce), or the provider refused the client ID and secret. Check them at the provider.
sso-test-unverified = Test sign-in did not work: the identity provider did not say the email address is verified.
sso-test-wrong-domain = Test sign-in did not work: the identity provider signed in an email address on a domain your company has not proven. Sign in as someone on a proven domain.
sso-err-required = Your company signs you in with its own identity provider. Enter your email on the sign-in page to continue there.
# The way on from a password refused for an SSO account.
sso-sign-in-with-company = Sign in with your company
sso-err-managed = Your company's identity provider takes care of two-factor authentication for your account.
sso-err-domain-invalid = Enter a domain name, like example.com.
sso-err-domain-taken = Another company has already proven this domain.
sso-err-domain-not-proven = We could not find the TXT record on this domain yet. DNS changes can take a while: try again later.
sso-err-issuer-unreachable = We could not reach the issuer's discovery document in time. Check the issuer URL.
sso-err-issuer-unsuitable = This issuer does not offer what sign-in needs: the issuer in its discovery document must match, with the authorization code flow and PKCE (S256).
sso-err-issuer-url = Enter the issuer's https:// URL.
sso-err-not-ready = Save the identity provider with its client ID and secret, prove a domain, and pass Test Sign-In first.
sso-err-client-settings = Enter the client ID (up to 255 characters) and the client secret your identity provider gave for this application. A saved secret is kept only while the issuer and client ID stay the same.
# The profile of an SSO user: `{company}`.
sso-profile-managed = You sign in through the identity provider of { $company }, which takes care of two-factor authentication for you.
