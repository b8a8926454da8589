//! The access check of every Member State route, of the review workspace
//! and of the administration pages, in one place; the handlers never run
//! when it refuses.
//! - `/msq/{edition}/{country}/…` needs a signed-in viewer allowed to read
//!   (GET) or edit (anything else) that country's response
//!   (`accounts::access::allows`).
//! - `/review/…` and `/admin/…` need UN DESA staff. What a staff member may
//!   do there (act on a country, assign, manage accounts) is asked by the
//!   handlers' extractors (`Reviewing`, `Administrator`).
//!
//! A refusal is an `AppError`, answered at the edge (`error::present`):
//! nobody signed in is sent to sign in (GET) or gets 401; not allowed, 403.

use crate::accounts::viewer::Viewer;
use crate::accounts::Access;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The Member State a path names, if it is a country route.
pub fn country_of(path: &str) -> Option<&str> {
    let mut parts = path.trim_start_matches('/').split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("msq"), Some(edition), Some(country))
            if !edition.is_empty() && !country.is_empty() =>
        {
            Some(country)
        }
        _ => None,
    }
}

/// What a path needs, if it is guarded here.
enum Guard {
    Country(String),
    Staff,
}

fn guard_of(path: &str) -> Result<Option<Guard>, AppError> {
    if path.starts_with("/review/") || path.starts_with("/admin/") {
        return Ok(Some(Guard::Staff));
    }
    if let Some(country) = country_of(path) {
        return Ok(Some(Guard::Country(country.to_ascii_uppercase())));
    }
    // Under /msq/ a path must name an edition and a country; one that does
    // not parse ("/msq/2020//TUN") is refused here, not left to whatever
    // handler might match it.
    if path == "/msq" || path.starts_with("/msq/") {
        return Err(AppError::NotFound(
            app::i18n::tr("errors.not_found_body").to_string(),
        ));
    }
    Ok(None)
}

pub async fn check(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let guard = match guard_of(req.uri().path()) {
        Ok(Some(g)) => g,
        Ok(None) => return next.run(req).await,
        Err(e) => return e.into_response(),
    };
    let viewer = match Viewer::of(&app, req.headers()).await {
        Ok(v) => v,
        Err(e) => return e.into_response(),
    };
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let allowed = match &guard {
        Guard::Country(iso3) => viewer
            .require(iso3, if read { Access::Read } else { Access::Edit })
            .map(drop),
        Guard::Staff => viewer.staff().map(drop),
    };
    match allowed {
        Ok(()) => {
            req.extensions_mut().insert(viewer);
            next.run(req).await
        }
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_country_of_a_path() {
        assert_eq!(super::country_of("/msq/2020/MAR"), Some("MAR"));
        assert_eq!(
            super::country_of("/msq/2020/mar/versions/1.pdf"),
            Some("mar")
        );
        assert_eq!(super::country_of("/msq/2020"), None);
        assert_eq!(super::country_of("/verify"), None);
        assert_eq!(super::country_of("/msq/2020//TUN"), None);
        assert_eq!(super::country_of("/msq//MAR"), None);
    }
}
