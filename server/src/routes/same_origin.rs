//! CSRF protection for every state-changing request (the plain no-JS form
//! posts included): a POST is accepted only when the browser says it comes
//! from this site's own pages (Fetch Metadata `Sec-Fetch-Site:
//! same-origin`, else an `Origin`, else a `Referer` naming this host).
//! When `MSQ_PUBLIC_URL` is set, `Origin` and `Referer` must name exactly
//! its scheme, host and port (an `http://` page of the same host is another
//! origin); without it, the request's own `Host`.
//! The session cookie is also SameSite=Lax. See
//! docs/decisions/0007-accounts-and-sessions.md for why no token.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The origin (`scheme://host[:port]`, lower case) of a URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("{scheme}://{host}").to_ascii_lowercase())
}

/// Whether a request's own headers show it was sent by this site's pages;
/// `public_origin` is the origin of `MSQ_PUBLIC_URL`, when set.
pub fn is_same_origin(headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    let host = match headers.get(header::HOST).and_then(|h| h.to_str().ok()) {
        Some(h) => h.to_ascii_lowercase(),
        None => return false,
    };
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin";
    }
    let names_host = |url: &str| match public_origin {
        Some(expected) => origin_of(url).is_some_and(|o| o == expected),
        None => {
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"));
            rest.map(|r| r.split('/').next().unwrap_or("").to_ascii_lowercase())
                .is_some_and(|h| h == host)
        }
    };
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        return names_host(origin);
    }
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(names_host)
}

/// The middleware; its state is the origin of `MSQ_PUBLIC_URL`, if set.
pub async fn check(
    State(public_origin): State<Option<std::sync::Arc<str>>>,
    req: Request,
    next: Next,
) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // The analysts' API is read-only and authenticated by its token, never
    // by a cookie: a browser cannot be made to use it across sites, and its
    // answer to any other method is its own JSON 405.
    let api = req.uri().path().starts_with("/api/");
    if safe || api || is_same_origin(req.headers(), public_origin.as_deref()) {
        return next.run(req).await;
    }
    crate::error::AppError::CrossSite.into_response()
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
    fn with_a_public_url_the_scheme_and_port_count() {
        let host = ("host", "msq.example.org");
        let public = Some("https://msq.example.org");
        assert!(is_same_origin(
            &headers(&[host, ("origin", "https://msq.example.org")]),
            public
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("origin", "http://msq.example.org")]),
            public
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("origin", "https://msq.example.org:8443")]),
            public
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("referer", "http://msq.example.org/msq/2020/MAR")]),
            public
        ));
        assert!(is_same_origin(
            &headers(&[host, ("referer", "https://msq.example.org/msq/2020/MAR")]),
            public
        ));
        assert_eq!(
            origin_of("HTTPS://MSQ.example.org/path?x").as_deref(),
            Some("https://msq.example.org")
        );
    }

    #[test]
    fn only_this_sites_pages_may_post() {
        let host = ("host", "msq.example.org");
        assert!(is_same_origin(
            &headers(&[host, ("sec-fetch-site", "same-origin")]),
            None
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("sec-fetch-site", "cross-site")]),
            None
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("sec-fetch-site", "same-site")]),
            None
        ));
        assert!(is_same_origin(
            &headers(&[host, ("origin", "https://msq.example.org")]),
            None
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("origin", "https://evil.example")]),
            None
        ));
        assert!(!is_same_origin(&headers(&[host, ("origin", "null")]), None));
        assert!(is_same_origin(
            &headers(&[host, ("referer", "https://msq.example.org/msq/2020/MAR")]),
            None
        ));
        assert!(!is_same_origin(
            &headers(&[host, ("referer", "https://msq.example.org.evil.example/")]),
            None
        ));
        assert!(!is_same_origin(&headers(&[host]), None));
        assert!(!is_same_origin(
            &headers(&[("origin", "https://msq.example.org")]),
            None
        ));
    }
}
