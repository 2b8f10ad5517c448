//! Reading request cookies (server only), with the `cookie` crate.

use cookie::Cookie;
use http::{HeaderMap, header};

/// The value of cookie `name`, if the request carries a non-empty one of at
/// most 128 bytes (ours are all short; anything longer is not ours). A
/// `Cookie` header that is not text, or a pair in it that is not a cookie,
/// counts as absent.
pub fn find(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

#[cfg(test)]
mod tests {
    use super::find;
    use http::{HeaderMap, HeaderValue, header};

    fn headers(values: &[&[u8]]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(header::COOKIE, HeaderValue::from_bytes(value).unwrap());
        }
        headers
    }

    #[test]
    fn finds_a_cookie_among_others_and_across_headers() {
        let h = headers(&[b"a=1; trestle_session=abc; b=2"]);
        assert_eq!(find(&h, "trestle_session").as_deref(), Some("abc"));
        assert_eq!(find(&h, "b").as_deref(), Some("2"));
        let h = headers(&[b"a=1", b"trestle_lang=fr"]);
        assert_eq!(find(&h, "trestle_lang").as_deref(), Some("fr"));
        assert_eq!(find(&h, "trestle_session"), None);
    }

    #[test]
    fn malformed_cookies_are_absent_and_the_rest_still_read() {
        let long = format!("trestle_session={}", "x".repeat(129));
        for value in [
            &b"trestle_session"[..],
            b"trestle_session=",
            b"=trestle_session",
            b";;; ;=;",
            b"trestle_session=\xff\xfe",
            b"\xfftrestle_session=abc",
            long.as_bytes(),
        ] {
            assert_eq!(
                find(&headers(&[value]), "trestle_session"),
                None,
                "{}",
                String::from_utf8_lossy(value)
            );
        }
        let h = headers(&[b"=oops; trestle_session; ;trestle_lang=de;"]);
        assert_eq!(find(&h, "trestle_lang").as_deref(), Some("de"));
        assert_eq!(find(&h, "trestle_session"), None);
    }
}
