//! The browser's files (the WASM, its JavaScript, the stylesheet, the
//! icon), read once at start into memory with the brotli and gzip copies the
//! build leaves beside them. Serving them from disk cost several hops
//! through tokio's blocking pool per request (`perf`: most samples in
//! futex wake-ups), which made a 2 KB stylesheet slower than rendering a
//! page; from memory they cost a map lookup.
//!
//! Each `pkg/` file is also served under a name carrying the build's
//! version, a hash of every `pkg/` file (`/pkg/trestle.3f…9a.wasm`), which
//! is what pages link to: those answers are cached for a year (`immutable`),
//! since another build has another name. The plain names (and the icon)
//! answer `no-cache` with an `ETag`, so an unchanged file answers 304.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

#[derive(Clone, Debug)]
struct Asset {
    content_type: &'static str,
    cache_control: &'static str,
    etag: HeaderValue,
    identity: axum::body::Bytes,
    br: Option<axum::body::Bytes>,
    gzip: Option<axum::body::Bytes>,
}

/// Every file of the site, by URL path (`/pkg/trestle.css`).
#[derive(Clone, Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
    /// A hash of every `pkg/` file; `None` when there are none.
    version: Option<String>,
}

const REVALIDATE: &str = "no-cache";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `trestle.css` with `version` before its extension: `trestle.{version}.css`.
fn versioned(name: &str, version: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{version}.{ext}"),
        None => format!("{name}.{version}"),
    }
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
        let pkg_prefix = format!("/{pkg_dir}/");
        let mut files = HashMap::new();
        let mut pkg = Vec::new();
        for (dir, prefix) in [
            (site_root.join(pkg_dir), pkg_prefix.as_str()),
            (site_root.to_path_buf(), "/"),
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
                let etag = format!("\"{:016x}\"", hash(&[&identity]));
                let Ok(etag) = HeaderValue::from_str(&etag) else {
                    continue;
                };
                let asset = Asset {
                    content_type: content_type(&name),
                    cache_control: REVALIDATE,
                    etag,
                    br: read(&dir.join(format!("{name}.br"))),
                    gzip: read(&dir.join(format!("{name}.gz"))),
                    identity,
                };
                if prefix == pkg_prefix {
                    pkg.push((name.clone(), asset.clone()));
                }
                files.insert(format!("{prefix}{name}"), asset);
            }
        }
        pkg.sort_by(|a, b| a.0.cmp(&b.0));
        let version = (!pkg.is_empty()).then(|| {
            let contents: Vec<&[u8]> = pkg.iter().map(|(_, a)| a.identity.as_ref()).collect();
            format!("{:016x}", hash(&contents))
        });
        if let Some(version) = &version {
            for (name, asset) in pkg {
                let asset = Asset {
                    cache_control: IMMUTABLE,
                    ..asset
                };
                files.insert(format!("{pkg_prefix}{}", versioned(&name, version)), asset);
            }
        }
        Self { files, version }
    }

    /// The name pages use for the build's files: `trestle` becomes
    /// `trestle.{version}` (so `trestle.{version}.wasm`), or stays `trestle`
    /// when there is no build.
    pub fn output_name(&self, name: &str) -> String {
        match &self.version {
            Some(version) => format!("{name}.{version}"),
            None => name.to_owned(),
        }
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
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(asset.cache_control),
        );
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        Some(res)
    }
}

/// A stable 64-bit hash of `parts` (not for security: names and ETags).
fn hash(parts: &[&[u8]]) -> u64 {
    let mut hasher = DefaultHasher::new();
    for part in parts {
        hasher.write(part);
    }
    hasher.finish()
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

    #[test]
    fn versioned_names_keep_their_extension() {
        assert_eq!(versioned("trestle.css", "ab12"), "trestle.ab12.css");
        assert_eq!(versioned("trestle.wasm", "ab12"), "trestle.ab12.wasm");
        assert_eq!(versioned("LICENSE", "ab12"), "LICENSE.ab12");
    }
}
