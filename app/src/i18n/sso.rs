//! Company Single Sign-On: the words of the way to the provider, of its
//! failures (told on **Enter Your Email**), and of the refusals that
//! point SSO users to their company's sign-in.

use domain::sso::SsoFailure;

pub struct SsoTexts {
    pub continue_title: &'static str,
    /// `{company}`.
    pub continue_body: &'static str,
    /// `{company}`.
    pub continue_button: &'static str,
    pub continue_expired: &'static str,
    pub cancelled: &'static str,
    pub expired: &'static str,
    pub unavailable: &'static str,
    pub rejected: &'static str,
    pub unverified: &'static str,
    pub wrong_domain: &'static str,
    pub no_account: &'static str,
    pub no_access: &'static str,
    pub test_passed: &'static str,
    /// An admin's failed Test Sign-In, by its reason.
    pub test_cancelled: &'static str,
    pub test_expired: &'static str,
    pub test_unavailable: &'static str,
    pub test_rejected: &'static str,
    pub test_unverified: &'static str,
    pub test_wrong_domain: &'static str,
    pub err_required: &'static str,
    /// The way on from a password refused for an SSO account.
    pub sign_in_with_company: &'static str,
    pub err_managed: &'static str,
    pub err_domain_invalid: &'static str,
    pub err_domain_taken: &'static str,
    pub err_domain_not_proven: &'static str,
    pub err_issuer_unreachable: &'static str,
    pub err_issuer_unsuitable: &'static str,
    pub err_issuer_url: &'static str,
    pub err_not_ready: &'static str,
    pub err_client_settings: &'static str,
    /// The profile of an SSO user: `{company}`.
    pub profile_managed: &'static str,
}

impl SsoTexts {
    /// What a failed SSO sign-in tells the person.
    pub fn failure(&self, failure: SsoFailure) -> &'static str {
        match failure {
            SsoFailure::Cancelled => self.cancelled,
            SsoFailure::Expired => self.expired,
            SsoFailure::Unavailable => self.unavailable,
            SsoFailure::Rejected => self.rejected,
            SsoFailure::Unverified => self.unverified,
            SsoFailure::WrongDomain => self.wrong_domain,
            SsoFailure::NoAccount => self.no_account,
            SsoFailure::NoAccess => self.no_access,
        }
    }

    /// What a failed Test Sign-In tells the admin.
    pub fn test_failure(&self, failure: SsoFailure) -> &'static str {
        match failure {
            SsoFailure::Cancelled => self.test_cancelled,
            SsoFailure::Expired | SsoFailure::NoAccount | SsoFailure::NoAccess => self.test_expired,
            SsoFailure::Unavailable => self.test_unavailable,
            SsoFailure::Rejected => self.test_rejected,
            SsoFailure::Unverified => self.test_unverified,
            SsoFailure::WrongDomain => self.test_wrong_domain,
        }
    }
}

pub const EN: SsoTexts = SsoTexts {
    continue_title: "Continue With Your Company",
    continue_body: "{company} signs you in with its own identity provider. Taking you there now…",
    continue_button: "Continue to {company} sign-in",
    continue_expired: "This sign-in has expired. Enter your email again to start over.",
    cancelled: "Sign-in with your company was cancelled. Enter your email to try again.",
    expired: "That sign-in had expired or was already used. Enter your email to start again.",
    unavailable: "Your company's sign-in is not available right now. Try again in a few minutes, or ask your company administrator.",
    rejected: "Your company's sign-in answered with something we could not verify, so you were not signed in. Try again, or ask your company administrator.",
    unverified: "Your company's identity provider has not verified your email address. Ask your company administrator.",
    wrong_domain: "Your company's identity provider signed you in with an email address your company has not claimed here. Ask your company administrator.",
    no_account: "You don't have an account here yet. Ask your company administrator to add you.",
    no_access: "Your access to this company has been turned off. Ask your company administrator.",
    test_cancelled: "Test sign-in did not work: it was cancelled at the identity provider.",
    test_expired: "Test sign-in did not work: it had expired or was already used. Try again.",
    test_unavailable: "Test sign-in did not work: the identity provider did not answer in time, or the saved settings changed meanwhile. Check the issuer URL and try again.",
    test_rejected: "Test sign-in did not work: the ID token failed a check (signature, issuer, audience, expiry or nonce), or the provider refused the client ID and secret. Check them at the provider.",
    test_unverified: "Test sign-in did not work: the identity provider did not say the email address is verified.",
    test_wrong_domain: "Test sign-in did not work: the identity provider signed in an email address on a domain your company has not proven. Sign in as someone on a proven domain.",
    test_passed: "Test sign-in worked: the identity provider signed someone in on a claimed domain. You can turn SSO on for your members.",
    err_required: "Your company signs you in with its own identity provider. Enter your email on the sign-in page to continue there.",
    sign_in_with_company: "Sign in with your company",
    err_managed: "Your company's identity provider takes care of two-factor authentication for your account.",
    err_domain_invalid: "Enter a domain name, like example.com.",
    err_domain_taken: "Another company has already proven this domain.",
    err_domain_not_proven: "We could not find the TXT record on this domain yet. DNS changes can take a while: try again later.",
    err_issuer_unreachable: "We could not reach the issuer's discovery document in time. Check the issuer URL.",
    err_issuer_unsuitable: "This issuer does not offer what sign-in needs: the issuer in its discovery document must match, with the authorization code flow and PKCE (S256).",
    err_issuer_url: "Enter the issuer's https:// URL.",
    err_client_settings: "Enter the client ID (up to 255 characters) and the client secret your identity provider gave for this application. A saved secret is kept only while the issuer and client ID stay the same.",
    err_not_ready: "Save the identity provider with its client ID and secret, prove a domain, and pass Test Sign-In first.",
    profile_managed: "You sign in through the identity provider of {company}, which takes care of two-factor authentication for you.",
};

pub const FR: SsoTexts = SsoTexts {
    continue_title: "Continuer avec votre entreprise",
    continue_body: "{company} vous connecte avec son propre fournisseur d’identité. Redirection en cours…",
    continue_button: "Continuer vers la connexion de {company}",
    continue_expired: "Cette connexion a expiré. Saisissez de nouveau votre e-mail pour recommencer.",
    cancelled: "La connexion avec votre entreprise a été annulée. Saisissez votre e-mail pour réessayer.",
    expired: "Cette connexion avait expiré ou a déjà été utilisée. Saisissez votre e-mail pour recommencer.",
    unavailable: "La connexion de votre entreprise n’est pas disponible pour le moment. Réessayez dans quelques minutes ou contactez l’administrateur de votre entreprise.",
    rejected: "La connexion de votre entreprise a répondu avec des informations que nous n’avons pas pu vérifier ; vous n’êtes donc pas connecté. Réessayez ou contactez l’administrateur de votre entreprise.",
    unverified: "Le fournisseur d’identité de votre entreprise n’a pas vérifié votre adresse e-mail. Contactez l’administrateur de votre entreprise.",
    wrong_domain: "Le fournisseur d’identité de votre entreprise vous a connecté avec une adresse e-mail dont le domaine n’est pas revendiqué ici par votre entreprise. Contactez l’administrateur de votre entreprise.",
    no_account: "Vous n’avez pas encore de compte ici. Demandez à l’administrateur de votre entreprise de vous ajouter.",
    no_access: "Votre accès à cette entreprise a été désactivé. Contactez l’administrateur de votre entreprise.",
    test_cancelled: "La connexion de test a échoué : elle a été annulée chez le fournisseur d’identité.",
    test_expired: "La connexion de test a échoué : elle avait expiré ou a déjà été utilisée. Réessayez.",
    test_unavailable: "La connexion de test a échoué : le fournisseur d’identité n’a pas répondu à temps, ou les paramètres enregistrés ont changé entre-temps. Vérifiez l’URL de l’émetteur et réessayez.",
    test_rejected: "La connexion de test a échoué : le jeton d’identité n’a pas passé une vérification (signature, émetteur, audience, expiration ou nonce), ou le fournisseur a refusé l’identifiant et le secret client. Vérifiez-les chez le fournisseur.",
    test_unverified: "La connexion de test a échoué : le fournisseur d’identité n’a pas indiqué que l’adresse e-mail est vérifiée.",
    test_wrong_domain: "La connexion de test a échoué : le fournisseur d’identité a connecté une adresse e-mail d’un domaine que votre entreprise n’a pas prouvé. Connectez-vous avec une adresse d’un domaine prouvé.",
    test_passed: "La connexion de test a réussi : le fournisseur d’identité a connecté une personne d’un domaine revendiqué. Vous pouvez activer la SSO pour vos membres.",
    err_required: "Votre entreprise vous connecte avec son propre fournisseur d’identité. Saisissez votre e-mail sur la page de connexion pour y continuer.",
    sign_in_with_company: "Se connecter avec votre entreprise",
    err_managed: "Le fournisseur d’identité de votre entreprise gère l’authentification à deux facteurs de votre compte.",
    err_domain_invalid: "Saisissez un nom de domaine, par exemple exemple.fr.",
    err_domain_taken: "Une autre entreprise a déjà prouvé ce domaine.",
    err_domain_not_proven: "Nous ne trouvons pas encore l’enregistrement TXT sur ce domaine. Les changements DNS peuvent prendre du temps : réessayez plus tard.",
    err_issuer_unreachable: "Le document de découverte de l’émetteur n’a pas répondu à temps. Vérifiez l’URL de l’émetteur.",
    err_issuer_unsuitable: "Cet émetteur ne propose pas ce que la connexion exige : l’émetteur de son document de découverte doit correspondre, avec le flux du code d’autorisation et PKCE (S256).",
    err_issuer_url: "Saisissez l’URL https:// de l’émetteur.",
    err_client_settings: "Saisissez l’identifiant client (255 caractères au plus) et le secret client que votre fournisseur d’identité a donnés pour cette application. Un secret enregistré n’est conservé que tant que l’émetteur et l’identifiant client restent les mêmes.",
    err_not_ready: "Enregistrez d’abord le fournisseur d’identité avec son identifiant et son secret client, prouvez un domaine et réussissez la connexion de test.",
    profile_managed: "Vous vous connectez via le fournisseur d’identité de {company}, qui gère l’authentification à deux facteurs pour vous.",
};
