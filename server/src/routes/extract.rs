//! What handlers take from a request, checked once, here: who the staff
//! member is ([`Staff`], [`Administrator`]), and typed form bodies and URL
//! parameters ([`Form`], [`Query`]). Every rejection is an `AppError`, so
//! it is answered like any other error (`crate::error::present`): a person
//! reads what went wrong, nobody gets a 500 or a bare status line. The
//! Member State and edition of a URL are `target::Target`; the viewer is
//! `accounts::viewer::Viewer`; the client's address is
//! `client_address::ClientAddress`.

use crate::accounts::viewer::Viewer;
use crate::accounts::User;
use crate::error::AppError;
use crate::state::AppState;
use app::i18n::tr;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// UN DESA staff (reviewers and administrators), signed in with their
/// second factor.
pub struct Staff(pub User);

/// An administrator, signed in with their second factor.
pub struct Administrator(pub User);

impl FromRequestParts<AppState> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let viewer = Viewer::from_request_parts(parts, app).await?;
        viewer.staff().cloned().map(Staff)
    }
}

impl FromRequestParts<AppState> for Administrator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let viewer = Viewer::from_request_parts(parts, app).await?;
        viewer.administrator().cloned().map(Administrator)
    }
}

/// A form body (`application/x-www-form-urlencoded`) read into `T`. A field
/// repeated in the form fills a `Vec` field of `T`; a missing field takes
/// its `#[serde(default)]`. A body that cannot be read whole, or not into
/// `T`, is refused with a message.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let body = Bytes::from_request(req, state).await?;
        parse_form(&body).map(Form)
    }
}

/// `T` from a form body.
pub fn parse_form<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    serde_html_form::from_bytes(body)
        .map_err(|_| AppError::BadRequest(tr("errors.form_unreadable").to_string()))
}

/// The URL's parameters read into `T`, or a 400 that says the address is
/// not right.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        serde_html_form::from_str(parts.uri.query().unwrap_or_default())
            .map(Query)
            .map_err(|_| AppError::BadRequest(tr("errors.query_unreadable").to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_form;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Assign {
        #[serde(default)]
        country: Vec<String>,
        #[serde(default)]
        reviewer: String,
    }

    #[test]
    fn reads_repeated_fields_and_defaults() {
        let a: Assign = parse_form(b"country=MAR&country=TUN&reviewer=7").unwrap();
        assert_eq!(a.country, ["MAR", "TUN"]);
        assert_eq!(a.reviewer, "7");
        let empty: Assign = parse_form(b"").unwrap();
        assert_eq!(
            empty,
            Assign {
                country: vec![],
                reviewer: String::new()
            }
        );
        // Markup and odd bytes are text like any other.
        let odd: Assign = parse_form(b"reviewer=%3Cb%3E%FF").unwrap();
        assert_eq!(odd.reviewer, "<b>\u{fffd}");
    }
}
