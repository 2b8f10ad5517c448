//! The browser's files (the WASM, its JavaScript, the stylesheet, the
//! icon), read once at start into memory with the brotli and gzip copies the
//! build leaves beside them. Serving them from disk cost several hops
//! through tokio's blocking pool per request (`perf`: most samples in
//! futex wake-ups), which made a 2 KB stylesheet slower than rendering a
//! page; from memory they cost a map lookup.
//!
//! Each `pkg/` file is also served under a name carrying the build's
//! version, a digest of every `pkg/` file (`/pkg/trestle.3f…9a.wasm`), which
//! is what pages link to: those answers are cached for a year (`immutable`),
//! since another build has another name. The plain names (and the icon)
//! answer `no-cache` with an `ETag`, so an unchanged file answers 304.
//!
//! Earlier builds' files, kept under `previous/` by the build, are served
//! under their own versioned names too: during a rolling deploy a page from
//! an old instance may ask a new one for the old WASM.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
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

/// Where the build keeps earlier builds' `pkg/` files, under the site root:
/// `previous/<build>/trestle.wasm`, ... (`scripts/build-site.sh` keeps the
/// last few).
pub const PREVIOUS_DIR: &str = "previous";

/// The files directly in `dir` (not their `.br`/`.gz` copies), by name.
fn read_dir(dir: &Path) -> Vec<(String, Asset)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !path.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let Some(identity) = read(&path) else { continue };
        let Ok(etag) = HeaderValue::from_str(&format!("\"{}\"", digest(&[&identity]))) else {
            continue;
        };
        files.push((
            name.clone(),
            Asset {
                content_type: content_type(&name),
                cache_control: REVALIDATE,
                etag,
                br: read(&dir.join(format!("{name}.br"))),
                gzip: read(&dir.join(format!("{name}.gz"))),
                identity,
            },
        ));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// A build's version: a digest of every one of its `pkg/` files, in name order.
fn version_of(pkg: &[(String, Asset)]) -> Option<String> {
    let contents: Vec<&[u8]> = pkg.iter().map(|(_, a)| a.identity.as_ref()).collect();
    (!pkg.is_empty()).then(|| digest(&contents))
}

impl Assets {
    /// Reads `{site_root}/{pkg_dir}/*` and the files at the site's root
    /// (`favicon.ico`). Missing folders give no files (tests without a build).
    ///
    /// Rolling deploys: each earlier build kept in
    /// `{site_root}/previous/*/` is also served under its versioned names,
    /// so a page an old instance rendered still loads its WASM and
    /// stylesheet from a new one. Plain names are always this build's.
    pub fn load(site_root: &Path, pkg_dir: &str) -> Self {
        let pkg_prefix = format!("/{pkg_dir}/");
        let mut files = HashMap::new();
        for (name, asset) in read_dir(site_root) {
            files.insert(format!("/{name}"), asset);
        }
        let mut earlier: Vec<_> = std::fs::read_dir(site_root.join(PREVIOUS_DIR))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_dir())
                    .collect()
            })
            .unwrap_or_default();
        earlier.sort();
        for dir in earlier {
            let build = read_dir(&dir);
            if let Some(version) = version_of(&build) {
                insert_versioned(&mut files, &pkg_prefix, &version, build);
            }
        }
        let current = read_dir(&site_root.join(pkg_dir));
        let version = version_of(&current);
        for (name, asset) in &current {
            files.insert(format!("{pkg_prefix}{name}"), asset.clone());
        }
        if let Some(version) = &version {
            insert_versioned(&mut files, &pkg_prefix, version, current);
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

/// The first 64 bits of the SHA-256 of `parts`, in hex: the same for the
/// same files whatever build computes it (old and new instances must agree
/// on an old build's name), unlike `std`'s hasher.
fn digest(parts: &[&[u8]]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `build`'s files under their versioned names, cached for a year.
fn insert_versioned(
    files: &mut HashMap<String, Asset>,
    pkg_prefix: &str,
    version: &str,
    build: Vec<(String, Asset)>,
) {
    for (name, asset) in build {
        let asset = Asset {
            cache_control: IMMUTABLE,
            ..asset
        };
        files.insert(format!("{pkg_prefix}{}", versioned(&name, version)), asset);
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

    /// A build's files: the WASM, its JavaScript and the stylesheet, with
    /// a brotli copy of the WASM.
    fn write_build(dir: &Path, marker: &str) {
        std::fs::create_dir_all(dir).unwrap();
        for file in ["trestle.wasm", "trestle.js", "trestle.css"] {
            std::fs::write(dir.join(file), format!("{file} of {marker}")).unwrap();
        }
        std::fs::write(dir.join("trestle.wasm.br"), format!("br of {marker}")).unwrap();
    }

    fn body(assets: &Assets, path: &str) -> Option<(String, String)> {
        let res = assets.respond(path, &HeaderMap::new())?;
        let cache = res.headers()[header::CACHE_CONTROL].to_str().unwrap().to_owned();
        let bytes = futures_bytes(res);
        Some((String::from_utf8(bytes).unwrap(), cache))
    }

    fn futures_bytes(res: Response) -> Vec<u8> {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime
            .block_on(axum::body::to_bytes(res.into_body(), usize::MAX))
            .unwrap()
            .to_vec()
    }

    #[test]
    fn a_page_of_the_previous_build_loads_its_files_from_the_next_one() {
        let root = std::env::temp_dir().join(format!("trestle-assets-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        // The old instance: only the first build.
        write_build(&root.join("pkg"), "v1");
        let old = Assets::load(&root, "pkg");
        let v1 = old.output_name("trestle");
        // The new instance: the second build, the first one kept aside.
        std::fs::rename(root.join("pkg"), root.join("previous-tmp")).unwrap();
        std::fs::create_dir_all(root.join(PREVIOUS_DIR)).unwrap();
        std::fs::rename(root.join("previous-tmp"), root.join(PREVIOUS_DIR).join("1")).unwrap();
        write_build(&root.join("pkg"), "v2");
        let new = Assets::load(&root, "pkg");
        let v2 = new.output_name("trestle");
        assert_ne!(v1, v2);

        // The old page's names answer from the new instance, immutable.
        for file in ["wasm", "js", "css"] {
            let (text, cache) = body(&new, &format!("/pkg/{v1}.{file}")).unwrap();
            assert_eq!(text, format!("trestle.{file} of v1"));
            assert_eq!(cache, IMMUTABLE);
            let (text, _) = body(&new, &format!("/pkg/{v2}.{file}")).unwrap();
            assert_eq!(text, format!("trestle.{file} of v2"));
        }
        // The old build's name is the same on both instances.
        assert_eq!(
            body(&old, &format!("/pkg/{v1}.wasm")),
            body(&new, &format!("/pkg/{v1}.wasm"))
        );
        // Plain names are the new build's; the old build's brotli copy stays.
        assert_eq!(body(&new, "/pkg/trestle.css").unwrap().0, "trestle.css of v2");
        let mut accept = HeaderMap::new();
        accept.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("br"));
        let res = new.respond(&format!("/pkg/{v1}.wasm"), &accept).unwrap();
        assert_eq!(futures_bytes(res), b"br of v1");
        // Nothing under previous/ is served by its own path.
        assert!(
            new.respond("/previous/1/trestle.wasm", &HeaderMap::new())
                .is_none()
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn versioned_names_keep_their_extension() {
        assert_eq!(versioned("trestle.css", "ab12"), "trestle.ab12.css");
        assert_eq!(versioned("trestle.wasm", "ab12"), "trestle.ab12.wasm");
        assert_eq!(versioned("LICENSE", "ab12"), "LICENSE.ab12");
    }
}
