//! The access check of every Member State route and of the review
//! workspace, in one place. Any path under `/review/` needs UN DESA staff.
//! Any path under `/msq/{edition}/{country}` needs a signed-in viewer allowed to read
//! (GET) or edit (anything else) that country's response
//! (`accounts::access::allows`). Nobody signed in: a GET goes to the
//! sign-in page and comes back after; anything else gets 401. Not allowed:
//! 403. The handlers never run.

use crate::accounts::viewer::Viewer;
use crate::accounts::Access;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// Where people set up two-factor sign-in.
pub const TWO_FACTOR_PATH: &str = "/account/two-factor";

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

/// Where to send someone who must sign in first.
pub fn sign_in_redirect(req_uri: &axum::http::Uri) -> Response {
    let next = req_uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let to = format!(
        "/sign-in?next={}",
        form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
    );
    Redirect::to(&to).into_response()
}

/// The answer to a refused request: a page opened (GET) by nobody signed
/// in goes to the sign-in page, one opened by someone whose second factor
/// is missing goes to its setup; anything else gets the error's page.
pub fn refusal(
    e: AppError,
    read: bool,
    uri: &axum::http::Uri,
    headers: &axum::http::HeaderMap,
) -> Response {
    match e {
        AppError::SignInRequired if read => sign_in_redirect(uri),
        AppError::TwoFactorRequired if read => Redirect::to(TWO_FACTOR_PATH).into_response(),
        e => e.respond(headers),
    }
}

/// The viewer, if they are UN DESA staff (administrators only, with
/// `admin_only`); else the response that sends them on: to sign in, to set
/// up the second factor, or 403.
pub fn staff<'v>(
    viewer: &'v Viewer,
    uri: &axum::http::Uri,
    headers: &axum::http::HeaderMap,
    admin_only: bool,
) -> Result<&'v crate::accounts::User, Box<Response>> {
    let user = viewer
        .signed_in()
        .map_err(|e| Box::new(refusal(e, true, uri, headers)))?;
    let allowed = if admin_only {
        crate::accounts::access::manages_cycle(user)
    } else {
        crate::accounts::access::is_staff(user)
    };
    if allowed {
        Ok(user)
    } else {
        Err(Box::new(AppError::Forbidden.respond(headers)))
    }
}

pub async fn check(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/review/") {
        return check_staff(&app, req, next).await;
    }
    let path = req.uri().path();
    let Some(country) = country_of(path).map(str::to_string) else {
        // Under /msq/ a path must name an edition and a country; one that
        // does not parse ("/msq/2020//TUN") is refused here, not left to
        // whatever handler might match it.
        if path == "/msq" || path.starts_with("/msq/") {
            return AppError::NotFound(app::i18n::tr("errors.not_found_body").to_string())
                .respond(req.headers());
        }
        return next.run(req).await;
    };
    let viewer = match Viewer::of(&app, req.headers()).await {
        Ok(v) => v,
        Err(e) => return e.respond(req.headers()),
    };
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let access = if read { Access::Read } else { Access::Edit };
    match viewer.require(&country.to_ascii_uppercase(), access) {
        Ok(_) => {
            req.extensions_mut().insert(viewer);
            next.run(req).await
        }
        Err(e) => refusal(e, read, req.uri(), req.headers()),
    }
}

/// The review workspace (`/review/…`) is UN DESA's: staff only. What a
/// staff member may do there (act on a country, assign) is checked by the
/// handlers with `accounts::access`.
async fn check_staff(app: &AppState, mut req: Request, next: Next) -> Response {
    let viewer = match Viewer::of(app, req.headers()).await {
        Ok(v) => v,
        Err(e) => return e.respond(req.headers()),
    };
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let outcome = viewer.signed_in().and_then(|u| {
        if crate::accounts::access::is_staff(u) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    });
    match outcome {
        Ok(()) => {
            req.extensions_mut().insert(viewer);
            next.run(req).await
        }
        Err(e) => refusal(e, read, req.uri(), req.headers()),
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
