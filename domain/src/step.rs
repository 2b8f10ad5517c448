//! What the page of a sign-in step shows: the one description of the
//! current step that the server sends and the browser renders.

use crate::page::Page;
use serde::{Deserialize, Serialize};

/// The current step: the page it belongs to, and what that page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub page: Page,
    pub view: StepView,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppChoice {
    pub id: i64,
    pub name: String,
}

/// What the page of the current step shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepView {
    Email,
    Password {
        email: String,
    },
    MfaRequired,
    ChooseMethod {
        after_recovery: bool,
        has_apps: bool,
        suggested_name: String,
    },
    SetupApp {
        qr_svg: String,
        setup_key: String,
        account: String,
    },
    Challenge {
        apps: Vec<AppChoice>,
        picked: Option<String>,
    },
    Recovery {
        apps: Vec<AppChoice>,
    },
    SaveRecoveryCode {
        code: String,
        grouped: String,
        after_recovery: bool,
    },
    SignedIn {
        display_name: String,
        email: String,
    },
}
