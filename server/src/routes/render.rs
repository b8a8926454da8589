//! Rendering a page: the Leptos view inside the shell, to HTML, with a
//! Content-Security-Policy that allows exactly the one inline script the
//! pages carry (the islands loader) by its SHA-256, so a rendered page is
//! the same bytes for everyone and can be cached (`crate::page_cache`).

use app::pages::layout::{document, Shell};
use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

static STYLE_HREF: OnceLock<String> = OnceLock::new();
static BUNDLE_DIR: OnceLock<String> = OnceLock::new();

/// Leptos' options (the name of the browser bundle's files, `msq.js` and
/// `msq_bg.wasm`, written by scripts/build.sh).
pub fn leptos_options() -> leptos::config::LeptosOptions {
    leptos::config::LeptosOptions::builder()
        .output_name("msq")
        .site_pkg_dir("pkg")
        .build()
}

/// The bundle's folder carries its fingerprint (`pkg/{version}`), so
/// browsers keep it for good and a new build is a new address.
pub fn set_bundle_version(version: &str) {
    let _ = BUNDLE_DIR.set(format!("pkg/{version}"));
}

/// The style sheet's link carries its fingerprint, so browsers cache it
/// for good and fetch it again only when it changes.
pub fn set_style_version(version: &str) {
    let _ = STYLE_HREF.set(format!("/style/msq.css?v={version}"));
}

/// A rendered page: its HTML, and gzip of it for browsers that accept it.
#[derive(Clone)]
pub struct Page {
    pub html: Bytes,
    pub gzip: Bytes,
}

/// Renders a full page to HTML. `body` builds the view inside the render's
/// owner.
fn render_to_string(
    title: &str,
    hydrate: bool,
    staff_nav: Option<app::pages::parts::staff_nav::StaffNav>,
    keep_query: bool,
    body: impl FnOnce() -> AnyView,
) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let shell = Shell {
            title: title.to_string(),
            bundle: BUNDLE_DIR.get().filter(|_| hydrate).cloned(),
            style_href: STYLE_HREF
                .get()
                .map(String::as_str)
                .unwrap_or("/style/msq.css")
                .to_string(),
            staff_nav,
            lang: app::i18n::current(),
            languages: super::language::switch_links(keep_query),
        };
        document(shell, body()).to_html()
    });
    drop(owner);
    html
}

/// Renders a page to keep (`crate::page_cache`): its HTML, and gzip of it
/// (the same bytes for everyone: without UN DESA's navigation).
pub fn render_page(title: &str, hydrate: bool, body: impl FnOnce() -> AnyView) -> Page {
    let html = render_to_string(title, hydrate, None, false, body);
    let gzip = gzip(html.as_bytes());
    Page {
        html: Bytes::from(html),
        gzip,
    }
}

pub fn gzip(bytes: &[u8]) -> Bytes {
    use flate2::write::GzEncoder;
    use std::io::Write;
    let mut e = GzEncoder::new(
        Vec::with_capacity(bytes.len() / 4),
        flate2::Compression::new(6),
    );
    let _ = e.write_all(bytes);
    Bytes::from(e.finish().unwrap_or_default())
}

/// The headers of every page: the security policy, and `no-store` (pages
/// change with every save, and most hold a country's answers or an
/// account's secrets: no browser or proxy keeps them).
fn page_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CONTENT_SECURITY_POLICY, csp().clone());
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers
}

/// A kept page as a response: its gzip when the browser accepts it.
pub fn page_response(status: StatusCode, page: &Page, request: &HeaderMap) -> Response {
    let accepts_gzip = request
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut headers = page_headers();
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if accepts_gzip {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        (status, headers, page.gzip.clone()).into_response()
    } else {
        (status, headers, page.html.clone()).into_response()
    }
}

/// Renders and answers in one go (pages that are not kept), with UN DESA's
/// navigation when a staff member is looking; the router's compression
/// layer gzips it for browsers that accept it.
pub fn render_html(
    status: StatusCode,
    title: &str,
    hydrate: bool,
    body: impl FnOnce() -> AnyView,
) -> Response {
    (
        status,
        page_headers(),
        render_to_string(title, hydrate, super::staff_nav::current(), true, body),
    )
        .into_response()
}

/// The Content-Security-Policy of every page: no inline script but the
/// islands loader and the API token page's copy button (by hash),
/// WebAssembly allowed to compile, nothing framed.
pub fn csp() -> &'static HeaderValue {
    static CSP: OnceLock<HeaderValue> = OnceLock::new();
    CSP.get_or_init(|| {
        let hash = |script: &str| {
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()))
        };
        let (loader, copy) = (hash(&loader_script()), hash(app::pages::api_tokens::COPY_SCRIPT));
        HeaderValue::from_str(&format!(
            "default-src 'self'; script-src 'self' 'sha256-{loader}' 'sha256-{copy}' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'"
        ))
        .expect("a valid header value")
    })
}

/// The text of the pages' one inline script (the same for every page of
/// a build; none without a bundle).
pub fn loader_script() -> String {
    BUNDLE_DIR
        .get()
        .map(|dir| app::pages::layout::bundle_loader(dir))
        .unwrap_or_default()
}

/// Whether the client prefers JSON (autosave, API clients) to a page.
pub fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json") && !a.contains("text/html"))
}
