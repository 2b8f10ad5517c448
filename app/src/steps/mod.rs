//! One component per wizard step, each with its form.

mod admin;
mod enroll;
mod home;
mod invitation;
mod password;
mod profile;
mod signin;
mod sms;
mod sso;
mod verify;

pub use admin::AdminPage;
pub use enroll::{ChooseMethodStep, MfaRequiredStep, SaveRecoveryStep, SetupAppStep};
pub use home::HomeStep;
pub use invitation::InvitationPage;
pub use password::{ChangePasswordForm, ForgotPasswordForm, NotMePage, ResetPasswordPage};
pub use profile::ProfilePage;
pub use signin::{EmailStep, PasswordStep};
pub use sms::{SetupSmsStep, SmsChallengeStep};
pub use sso::SsoStep;
pub use verify::{ChallengeStep, MethodsStep, PasskeyChallengeStep, RecoveryStep};
