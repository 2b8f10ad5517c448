//! Trestle's sign-in rules as pure functions: no I/O, no clock, no randomness.
//!
//! Time arrives as an argument and random bytes as input, so every rule can be
//! tested at a fixed moment.
#![forbid(unsafe_code)]

pub mod codes;
pub mod company;
pub mod delivery;
pub mod email;
pub mod language;
pub mod limits;
pub mod page;
pub mod password;
pub mod phone;
pub mod policy;
pub mod profile;
pub mod refusal;
pub mod secret;
pub mod signin;
pub mod sms;
pub mod sso;
pub mod step;
pub mod totp;
