//! Text messages through an HTTP gateway in Twilio's REST shape: a form POST
//! of `To`, `From` and `Body` to
//! `{base}/2010-04-01/Accounts/{sid}/Messages.json` with basic auth (the
//! account sid and auth token). Tried once, never retried and never
//! redirected: a code must not be sent twice.

use super::{DeliveryError, Sending, Sms, SmsSender};
use std::time::Duration;

/// The whole request, from connecting to the answer's status.
pub const TIMEOUT: Duration = Duration::from_secs(5);
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

/// `TRESTLE_SMS_URL`, `TRESTLE_SMS_ACCOUNT_SID`, `TRESTLE_SMS_AUTH_TOKEN`,
/// `TRESTLE_SMS_FROM`. `Debug` hides the token.
#[derive(Clone)]
pub struct SmsGatewaySettings {
    /// `https://api.twilio.com`, or a compatible gateway.
    pub base_url: String,
    pub account_sid: String,
    pub auth_token: String,
    /// The sender: a number in E.164 or an alphanumeric sender id.
    pub from: String,
}

impl std::fmt::Debug for SmsGatewaySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsGatewaySettings")
            .field("base_url", &self.base_url)
            .field("account_sid", &self.account_sid)
            .field("auth_token", &"<redacted>")
            .field("from", &self.from)
            .finish()
    }
}

#[derive(Clone)]
pub struct SmsGateway {
    client: reqwest::Client,
    endpoint: String,
    account_sid: String,
    auth_token: String,
    from: String,
}

impl SmsGateway {
    pub fn new(settings: &SmsGatewaySettings) -> Result<Self, String> {
        Self::with_timeout(settings, TIMEOUT)
    }

    pub fn with_timeout(settings: &SmsGatewaySettings, timeout: Duration) -> Result<Self, String> {
        let base = settings.base_url.trim().trim_end_matches('/');
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err("TRESTLE_SMS_URL must start with https:// (or http:// for a local gateway)".into());
        }
        let sid = settings.account_sid.trim();
        if sid.is_empty() || !sid.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err("TRESTLE_SMS_ACCOUNT_SID must be letters and digits".into());
        }
        if settings.auth_token.trim().is_empty() {
            return Err("TRESTLE_SMS_AUTH_TOKEN is required with TRESTLE_SMS_URL".into());
        }
        if settings.from.trim().is_empty() {
            return Err("TRESTLE_SMS_FROM is required with TRESTLE_SMS_URL".into());
        }
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(CONNECT_TIMEOUT.min(timeout))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("SMS gateway client: {e}"))?;
        Ok(Self {
            client,
            endpoint: format!("{base}/2010-04-01/Accounts/{sid}/Messages.json"),
            account_sid: sid.to_owned(),
            auth_token: settings.auth_token.trim().to_owned(),
            from: settings.from.trim().to_owned(),
        })
    }
}

impl SmsSender for SmsGateway {
    fn send(&self, sms: Sms) -> Sending<'_> {
        Box::pin(async move {
            let form = [
                ("To", sms.to.as_str()),
                ("From", self.from.as_str()),
                ("Body", sms.body.as_str()),
            ];
            let answer = self
                .client
                .post(&self.endpoint)
                .basic_auth(&self.account_sid, Some(&self.auth_token))
                .form(&form)
                .send()
                .await
                // Without the URL: errors name no account and hold no token.
                .map_err(|e| DeliveryError::Unavailable(format!("sms gateway: {}", e.without_url())))?;
            let status = answer.status();
            if status.is_success() {
                Ok(())
            } else {
                Err(DeliveryError::Unavailable(format!(
                    "sms gateway answered {}",
                    status.as_u16()
                )))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SmsGatewaySettings {
        SmsGatewaySettings {
            base_url: "https://api.twilio.com/".into(),
            account_sid: "AC123".into(),
            auth_token: "s3cret-token".into(),
            from: "+15005550006".into(),
        }
    }

    #[test]
    fn settings_are_checked_and_the_token_never_printed() {
        let gateway = SmsGateway::new(&settings()).unwrap();
        assert_eq!(
            gateway.endpoint,
            "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json"
        );
        assert!(!format!("{:?}", settings()).contains("s3cret"));
        let bad_sid = SmsGatewaySettings {
            account_sid: "AC/../x".into(),
            ..settings()
        };
        assert!(SmsGateway::new(&bad_sid).is_err());
        let bad_url = SmsGatewaySettings {
            base_url: "ftp://x".into(),
            ..settings()
        };
        assert!(SmsGateway::new(&bad_url).is_err());
        let no_token = SmsGatewaySettings {
            auth_token: " ".into(),
            ..settings()
        };
        assert!(SmsGateway::new(&no_token).is_err());
    }
}
