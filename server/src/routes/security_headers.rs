//! Security headers on every response (HSTS too when served over HTTPS).
//! Pages set their own Content-Security-Policy (the islands loader allowed
//! by its hash, no unsafe-inline); everything else gets a strict default.
//! A response that does not say how it may be cached (JSON, CSV,
//! downloads, redirects) is `no-store`: only the static assets, which say
//! so themselves, are cached.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::atomic::{AtomicBool, Ordering};

/// Served over HTTPS (`MSQ_PUBLIC_URL` is https): add HSTS.
static HSTS: AtomicBool = AtomicBool::new(false);

pub fn set_hsts(on: bool) {
    HSTS.store(on, Ordering::Relaxed);
}

pub async fn add(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if HSTS.load(Ordering::Relaxed) {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    res
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::Request;
    use axum::routing::get;
    use tower::ServiceExt;

    #[tokio::test]
    async fn hsts_only_when_served_over_https() {
        let app = || {
            axum::Router::new()
                .route("/", get(|| async { "ok" }))
                .layer(axum::middleware::from_fn(super::add))
        };
        let req = || Request::get("/").body(Body::empty()).unwrap();
        super::set_hsts(true);
        let res = app().oneshot(req()).await.unwrap();
        assert_eq!(
            res.headers()["strict-transport-security"],
            "max-age=31536000; includeSubDomains"
        );
        assert_eq!(res.headers()["x-content-type-options"], "nosniff");
        super::set_hsts(false);
        let res = app().oneshot(req()).await.unwrap();
        assert!(res.headers().get("strict-transport-security").is_none());
        assert!(res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'"));
    }
}
