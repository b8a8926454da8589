//! Rendering a page: the Leptos view inside the shell, to HTML, with a
//! Content-Security-Policy whose nonce is the one the hydration script
//! carries.

use app::pages::layout::{document, Shell};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;
use leptos::prelude::*;

static STYLE_HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The style sheet's link carries its fingerprint, so browsers cache it
/// for good and fetch it again only when it changes.
pub fn set_style_version(version: &str) {
    let _ = STYLE_HREF.set(format!("/style/msq.css?v={version}"));
}

/// Renders a full page. `body` builds the view inside the render's owner.
pub fn render_html(
    status: StatusCode,
    title: &str,
    hydrate: bool,
    body: impl FnOnce() -> AnyView,
) -> Response {
    let nonce = Nonce::new();
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(nonce.clone());
        let shell = Shell {
            title: title.to_string(),
            hydrate,
            options: crate::state::leptos_options(),
            style_href: STYLE_HREF
                .get()
                .map(String::as_str)
                .unwrap_or("/style/msq.css")
                .to_string(),
        };
        document(shell, body()).to_html()
    });
    drop(owner);
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&csp) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, v);
    }
    response
}

/// Whether the client prefers JSON (autosave, API clients) to a page.
pub fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json") && !a.contains("text/html"))
}
