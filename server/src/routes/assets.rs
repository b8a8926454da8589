//! Static files: the style sheet (`/style/…`) and the browser bundle
//! (`/pkg/…`), read once at start-up from MSQ_SITE_DIR and served from
//! memory, gzip-compressed when the browser accepts it (`*.gz` siblings
//! written by scripts/build.sh), with an ETag so a revisit costs a 304.

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

/// Every static file, by URL path ("/style/msq.css").
#[derive(Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

impl Assets {
    /// Reads `style/` and `pkg/` of the site folder. A missing folder is
    /// logged, not fatal: the pages work without their bundle.
    pub fn load(config: &Config) -> Assets {
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
                let etag = HeaderValue::from_str(&format!(
                    "\"{}\"",
                    &hex::encode(Sha256::digest(&plain))[..16]
                ))
                .expect("hex is a valid header value");
                files.insert(
                    format!("/{dir}/{name}"),
                    Asset {
                        content_type,
                        plain,
                        gzip,
                        etag,
                    },
                );
            }
        }
        Assets { files }
    }

    /// A short fingerprint of a file, for cache-busting links.
    pub fn version(&self, path: &str) -> Option<&str> {
        self.files
            .get(path)
            .and_then(|a| a.etag.to_str().ok())
            .map(|e| e.trim_matches('"'))
    }
}

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
        .route("/style/{file}", get(|s, p, h| serve(s, "style", p, h)))
        .route("/pkg/{file}", get(|s, p, h| serve(s, "pkg", p, h)))
}

async fn serve(
    State(app): State<AppState>,
    dir: &'static str,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(asset) = app.assets.files.get(&format!("/{dir}/{file}")) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut h = HeaderMap::new();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    h.insert(header::ETAG, asset.etag.clone());
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    // The style sheet's link carries its fingerprint (?v=…): cache it for a
    // year. The bundle's names are fixed: revalidate (a cheap 304).
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if dir == "style" {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        }),
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
