//! CSRF protection for every state-changing request (the plain no-JS form
//! posts included): a POST is accepted only when the browser says it comes
//! from this site's own pages (Fetch Metadata `Sec-Fetch-Site:
//! same-origin`, else an `Origin`, else a `Referer` naming this host).
//! The session cookie is also SameSite=Lax. See
//! docs/decisions/0007-accounts-and-sessions.md for why no token.

use crate::render::render_html;
use app::i18n::tr;
use app::pages::error_page::error_body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// Whether a request's own headers show it was sent by this site's pages.
pub fn is_same_origin(headers: &HeaderMap) -> bool {
    let host = match headers.get(header::HOST).and_then(|h| h.to_str().ok()) {
        Some(h) => h.to_ascii_lowercase(),
        None => return false,
    };
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin";
    }
    let names_host = |url: &str| {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        rest.map(|r| r.split('/').next().unwrap_or("").to_ascii_lowercase())
            .is_some_and(|h| h == host)
    };
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        return names_host(origin);
    }
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(names_host)
}

pub async fn check(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || is_same_origin(req.headers()) {
        return next.run(req).await;
    }
    let headers = req.headers().clone();
    render_html(
        StatusCode::FORBIDDEN,
        &headers,
        tr("errors.cross_site_title"),
        false,
        || error_body(tr("errors.cross_site_title"), tr("errors.cross_site_body")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn only_this_sites_pages_may_post() {
        let host = ("host", "msq.example.org");
        assert!(is_same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-site")
        ])));
        assert!(is_same_origin(&headers(&[
            host,
            ("origin", "https://msq.example.org")
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("origin", "https://evil.example")
        ])));
        assert!(!is_same_origin(&headers(&[host, ("origin", "null")])));
        assert!(is_same_origin(&headers(&[
            host,
            ("referer", "https://msq.example.org/msq/2020/MAR")
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("referer", "https://msq.example.org.evil.example/")
        ])));
        assert!(!is_same_origin(&headers(&[host])));
        assert!(!is_same_origin(&headers(&[(
            "origin",
            "https://msq.example.org"
        )])));
    }
}
