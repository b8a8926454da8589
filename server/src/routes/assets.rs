//! Static files: the style sheet (`/style/…`) and the browser bundle
//! (`/pkg/{version}/…`), read once at start-up from MSQ_SITE_DIR and served
//! from memory, gzip-compressed when the browser accepts it (`*.gz`
//! siblings written by scripts/build.sh), with an ETag so a revisit costs a
//! 304. Both are linked with their fingerprint (the style sheet's `?v=`,
//! the bundle's folder) and cached for good: a page never waits for a
//! revalidation, and a new build has new links. The style sheet gets the
//! editions' follow-up rules appended (`app::pages::follow_up_rules`).

use crate::config::Config;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// One file, plain and (if built) gzip-compressed.
struct Asset {
    content_type: &'static str,
    plain: Bytes,
    gzip: Option<Bytes>,
    etag: HeaderValue,
}

impl Asset {
    fn new(content_type: &'static str, plain: Bytes, gzip: Option<Bytes>) -> Asset {
        let etag = HeaderValue::from_str(&format!("\"{}\"", fingerprint(&[&plain])))
            .expect("hex is a valid header value");
        Asset {
            content_type,
            plain,
            gzip,
            etag,
        }
    }
}

/// The first 16 hex digits of the SHA-256 of some files.
fn fingerprint(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    hex::encode(h.finalize())[..16].to_string()
}

/// Every static file, by URL path ("/style/msq.css", "/pkg/msq.js").
#[derive(Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
    /// The bundle's fingerprint (its URL folder): None without a bundle.
    bundle_version: Option<String>,
}

impl Assets {
    /// Reads `style/` and `pkg/` of the site folder and appends the
    /// follow-up rules of `editions` to the style sheet. A missing folder
    /// is logged, not fatal: the pages work without their bundle.
    pub fn load(config: &Config, editions: &[app::questionnaire::Edition]) -> Assets {
        let mut files = HashMap::new();
        for dir in ["style", "pkg"] {
            let path = config.site_dir.join(dir);
            let Ok(entries) = std::fs::read_dir(&path) else {
                tracing::warn!(
                    "no {} (run scripts/build.sh): pages are served without it",
                    path.display()
                );
                continue;
            };
            for entry in entries.flatten() {
                let p = entry.path();
                let name = p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                let Some(content_type) = content_type(&name) else {
                    continue;
                };
                let Ok(plain) = std::fs::read(&p).map(Bytes::from) else {
                    continue;
                };
                let gzip = std::fs::read(p.with_file_name(format!("{name}.gz")))
                    .ok()
                    .map(Bytes::from);
                files.insert(
                    format!("/{dir}/{name}"),
                    Asset::new(content_type, plain, gzip),
                );
            }
        }
        if let Some(css) = files.get_mut(STYLE) {
            let mut text = css.plain.to_vec();
            text.extend_from_slice(
                app::pages::follow_up_rules::follow_up_rules(editions).as_bytes(),
            );
            let gzip = crate::routes::render::gzip(&text);
            *css = Asset::new(css.content_type, Bytes::from(text), Some(gzip));
        }
        let bundle_version = match (files.get(BUNDLE_JS), files.get(BUNDLE_WASM)) {
            (Some(js), Some(wasm)) => Some(fingerprint(&[&js.plain, &wasm.plain])),
            _ => None,
        };
        Assets {
            files,
            bundle_version,
        }
    }

    /// A short fingerprint of a file, for cache-busting links.
    pub fn version(&self, path: &str) -> Option<&str> {
        self.files
            .get(path)
            .and_then(|a| a.etag.to_str().ok())
            .map(|e| e.trim_matches('"'))
    }

    /// The bundle's folder in URLs (`pkg/{fingerprint}`).
    pub fn bundle_version(&self) -> Option<&str> {
        self.bundle_version.as_deref()
    }
}

/// The style sheet.
pub const STYLE: &str = "/style/msq.css";
/// The browser bundle's two files (wasm-bindgen's names).
const BUNDLE_JS: &str = "/pkg/msq.js";
const BUNDLE_WASM: &str = "/pkg/msq_bg.wasm";

fn content_type(name: &str) -> Option<&'static str> {
    match name.rsplit('.').next()? {
        "css" => Some("text/css; charset=utf-8"),
        "js" => Some("text/javascript; charset=utf-8"),
        "wasm" => Some("application/wasm"),
        _ => None,
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/style/{file}", get(serve_style))
        .route("/pkg/{version}/{file}", get(serve_bundle))
}

async fn serve_style(
    State(app): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    serve(&app, &format!("/style/{file}"), &headers)
}

/// A file of the bundle, under the fingerprint of the bundle this server
/// links (an older page's link finds nothing: it still works, unhydrated).
async fn serve_bundle(
    State(app): State<AppState>,
    Path((version, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if app.assets.bundle_version() != Some(version.as_str()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    serve(&app, &format!("/pkg/{file}"), &headers)
}

fn serve(app: &AppState, path: &str, headers: &HeaderMap) -> Response {
    let Some(asset) = app.assets.files.get(path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut h = HeaderMap::new();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    h.insert(header::ETAG, asset.etag.clone());
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    // Every link carries the fingerprint: cache for a year, never revalidate.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    if headers.get(header::IF_NONE_MATCH) == Some(&asset.etag) {
        return (StatusCode::NOT_MODIFIED, h).into_response();
    }
    let gzip_ok = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    match (&asset.gzip, gzip_ok) {
        (Some(gz), true) => {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            (h, gz.clone()).into_response()
        }
        _ => (h, asset.plain.clone()).into_response(),
    }
}
