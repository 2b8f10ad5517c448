//! The browser's files (the WASM, its JavaScript, the stylesheet, the
//! icon), read once at start into memory with the brotli and gzip copies the
//! build leaves beside them. Serving them from disk cost several hops
//! through tokio's blocking pool per request (`perf`: most samples in
//! futex wake-ups), which made a 2 KB stylesheet slower than rendering a
//! page; from memory they cost a map lookup.
//!
//! Names are not hashed, so answers are `no-cache` with an `ETag`: a new
//! build reaches browsers at once, an unchanged file answers 304.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

#[derive(Clone, Debug)]
struct Asset {
    content_type: &'static str,
    etag: HeaderValue,
    identity: axum::body::Bytes,
    br: Option<axum::body::Bytes>,
    gzip: Option<axum::body::Bytes>,
}

/// Every file of the site, by URL path (`/pkg/trestle.css`).
#[derive(Clone, Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("wasm") => "application/wasm",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("ico") => "image/x-icon",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn read(path: &Path) -> Option<axum::body::Bytes> {
    std::fs::read(path).ok().map(axum::body::Bytes::from)
}

impl Assets {
    /// Reads `{site_root}/{pkg_dir}/*` and the files at the site's root
    /// (`favicon.ico`). Missing folders give no files (tests without a build).
    pub fn load(site_root: &Path, pkg_dir: &str) -> Self {
        let mut files = HashMap::new();
        for (dir, prefix) in [
            (site_root.join(pkg_dir), format!("/{pkg_dir}/")),
            (site_root.to_path_buf(), "/".to_owned()),
        ] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                    continue;
                };
                if !path.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
                    continue;
                }
                let Some(identity) = read(&path) else { continue };
                let mut hasher = DefaultHasher::new();
                hasher.write(&identity);
                let Ok(etag) = HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish())) else {
                    continue;
                };
                let asset = Asset {
                    content_type: content_type(&name),
                    etag,
                    br: read(&dir.join(format!("{name}.br"))),
                    gzip: read(&dir.join(format!("{name}.gz"))),
                    identity,
                };
                files.insert(format!("{prefix}{name}"), asset);
            }
        }
        Self { files }
    }

    /// The answer for `path`, or `None` when it is not one of the files.
    pub fn respond(&self, path: &str, request: &HeaderMap) -> Option<Response> {
        let asset = self.files.get(path)?;
        let mut res = if request.get(header::IF_NONE_MATCH) == Some(&asset.etag) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let accepted = accepted_encodings(request);
            let (body, encoding) = match (&asset.br, &asset.gzip) {
                (Some(br), _) if accepted.br => (br.clone(), Some("br")),
                (_, Some(gzip)) if accepted.gzip => (gzip.clone(), Some("gzip")),
                _ => (asset.identity.clone(), None),
            };
            let mut res = Response::new(Body::from(body));
            if let Some(encoding) = encoding {
                res.headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
            }
            res
        };
        let headers = res.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
        headers.insert(header::ETAG, asset.etag.clone());
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        Some(res)
    }
}

#[derive(Default)]
struct Accepted {
    br: bool,
    gzip: bool,
}

/// Which of brotli and gzip the request accepts (`q=0` refuses one).
fn accepted_encodings(request: &HeaderMap) -> Accepted {
    let mut accepted = Accepted::default();
    for item in request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or_default().trim();
        let refused = parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
        match coding {
            "br" => accepted.br = !refused,
            "gzip" => accepted.gzip = !refused,
            _ => {}
        }
    }
    accepted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn encodings_are_negotiated() {
        let a = accepted_encodings(&headers(&[(header::ACCEPT_ENCODING, "gzip, deflate, br;q=0")]));
        assert!(a.gzip && !a.br);
        let a = accepted_encodings(&headers(&[(header::ACCEPT_ENCODING, "br;q=1.0, gzip;q=0.5")]));
        assert!(a.gzip && a.br);
        assert!(!accepted_encodings(&HeaderMap::new()).gzip);
    }
}
