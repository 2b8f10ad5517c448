//! Reading request cookies (server only).

use http::{HeaderMap, header};

/// The value of cookie `name`, if the request carries a non-empty one of at
/// most 128 bytes (ours are all short; anything longer is not ours).
pub fn find(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}
