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
//! - The edition's life (`crate::editions`): a draft edition is seen by UN
//!   DESA staff only. (A closed one is read-only for countries: its
//!   writers refuse, showing what was typed.)
//!
//! A refusal is an `AppError`, answered at the edge
//! (`routes::error_pages`): nobody signed in is sent to sign in (GET) or
//! gets 401; not allowed, 403.

use crate::accounts::viewer::Viewer;
use crate::accounts::Access;
use crate::editions::EditionState;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The edition and Member State a path names, if it is a country route.
pub fn country_route_of(path: &str) -> Option<(&str, &str)> {
    let mut parts = path.trim_start_matches('/').split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("msq"), Some(edition), Some(country))
            if !edition.is_empty() && !country.is_empty() =>
        {
            Some((edition, country))
        }
        _ => None,
    }
}

/// The Member State a path names, if it is a country route.
#[cfg(test)]
fn country_of(path: &str) -> Option<&str> {
    country_route_of(path).map(|(_, c)| c)
}

/// What a path needs, if it is guarded here.
enum Guard {
    Country { edition: String, iso3: String },
    Staff,
}

fn guard_of(path: &str) -> Result<Option<Guard>, AppError> {
    if path.starts_with("/review/") || path.starts_with("/admin/") {
        return Ok(Some(Guard::Staff));
    }
    if let Some((edition, country)) = country_route_of(path) {
        return Ok(Some(Guard::Country {
            edition: edition.to_string(),
            iso3: country.to_ascii_uppercase(),
        }));
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
        Guard::Country { edition, iso3 } => {
            match viewer.require(iso3, if read { Access::Read } else { Access::Edit }) {
                Ok(_) => edition_allows(&app, &viewer, edition, read).await,
                Err(e) => Err(e),
            }
        }
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

/// What the edition's life allows (`crate::editions`): a draft is shown to
/// UN DESA staff only (a preview: to anyone else it does not exist).
async fn edition_allows(
    app: &AppState,
    viewer: &Viewer,
    edition: &str,
    read: bool,
) -> Result<(), AppError> {
    match app.lifecycle.phase(edition).await? {
        // A closed edition's answers cannot change: the drafts writer and
        // the submission refuse (and say so on the page, with what was
        // typed); its query threads go on.
        EditionState::Open | EditionState::Closed => Ok(()),
        EditionState::Draft if read && viewer.staff().is_ok() => Ok(()),
        EditionState::Draft => Err(AppError::NotFound(app::i18n::tr_args(
            "errors.unknown_edition",
            &[("edition", &edition)],
        ))),
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
