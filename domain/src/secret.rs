//! What a person types that must not be repeated: passwords, codes and the
//! tokens of emailed links. Server functions receive them in argument
//! structs that derive `Debug`, so a log line or a panic message printing
//! such a struct must not print them.

use serde::{Deserialize, Serialize};

/// A secret string: sent and received as the plain string (a form field,
/// JSON), printed by `Debug` as `[redacted]`. Read it with [`Secret::expose`].
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that checks or sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn debug_hides_it_and_serde_sees_a_plain_string() {
        let secret = Secret::new("hunter2 hunter2");
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(&secret)), "Some([redacted])");
        let json = serde_json::to_string(&secret).unwrap();
        assert_eq!(json, r#""hunter2 hunter2""#);
        let back: Secret = serde_json::from_str(&json).unwrap();
        assert_eq!(back.expose(), "hunter2 hunter2");
    }
}
