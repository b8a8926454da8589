//! The application's errors.
//!
//! Handlers return [`AppResult`] and use `?`; extractors reject with an
//! [`AppError`]. An error turned into a response only carries itself
//! (`IntoResponse` below); `routes::error_pages::present`, at the edge of
//! the router, answers it the way the request wants (a page, JSON, or on to
//! sign in). Internal causes are logged, never shown.

use app::i18n::tr;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::sync::{Arc, Mutex};

/// What a handler returns: a response, or the error to answer with.
pub type AppResult<T = Response> = Result<T, AppError>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    /// Understood, but refused as it is (over a limit); the message says
    /// what to change.
    #[error("{0}")]
    Unprocessable(String),
    /// The request collides with another one (try again after a look).
    #[error("{0}")]
    Conflict(String),
    /// A request body that could not be read whole: too large, cut off or
    /// too slow (the status says which).
    #[error("{message}")]
    Body { status: StatusCode, message: String },
    /// Nobody is signed in, and the page is not public.
    #[error("sign-in required")]
    SignInRequired,
    /// Signed in, but the role needs two-factor sign-in set up first.
    #[error("two-factor sign-in required")]
    TwoFactorRequired,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Signed in, not allowed, and the message says why and who can.
    #[error("{0}")]
    ForbiddenBecause(String),
    /// A state-changing request sent from another site's page (CSRF).
    #[error("cross-site request")]
    CrossSite,
    /// Too many attempts; try again later.
    #[error("{0}")]
    TooManyRequests(String),
    /// The server is busy with this kind of work (password hashing): try
    /// again shortly.
    #[error("busy")]
    Busy,
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    /// Stored data that cannot be read (logged; the page says so).
    #[error("{0}")]
    Corrupt(#[from] crate::db::Corrupt),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Body { status, .. } => *status,
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::Forbidden
            | AppError::ForbiddenBecause(_)
            | AppError::TwoFactorRequired
            | AppError::CrossSite => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(_) | AppError::Corrupt(_) | AppError::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// (title, message) as shown to people.
    pub fn public(&self) -> (&'static str, String) {
        match self {
            AppError::NotFound(m) => (tr("errors.not_found_title"), m.clone()),
            AppError::BadRequest(m) | AppError::Unprocessable(m) => {
                (tr("errors.bad_request_title"), m.clone())
            }
            AppError::Body { message, .. } => (tr("errors.bad_request_title"), message.clone()),
            AppError::Conflict(m) => (tr("errors.conflict_page_title"), m.clone()),
            AppError::SignInRequired => (
                tr("errors.sign_in_title"),
                tr("errors.sign_in_body").to_string(),
            ),
            AppError::TwoFactorRequired => (
                tr("two_factor.required_title"),
                tr("two_factor.required_body").to_string(),
            ),
            AppError::Forbidden => (
                tr("errors.forbidden_title"),
                tr("errors.forbidden_body").to_string(),
            ),
            AppError::ForbiddenBecause(m) => (tr("errors.forbidden_title"), m.clone()),
            AppError::CrossSite => (
                tr("errors.cross_site_title"),
                tr("errors.cross_site_body").to_string(),
            ),
            AppError::TooManyRequests(m) => (tr("errors.too_many_title"), m.clone()),
            AppError::Busy => (tr("errors.busy_title"), tr("errors.busy_body").to_string()),
            AppError::Corrupt(c) => (
                tr("errors.server_title"),
                app::i18n::tr_args("errors.corrupt_body", &[("what", c)]),
            ),
            AppError::Database(_) | AppError::Internal(_) => (
                tr("errors.server_title"),
                tr("errors.server_body").to_string(),
            ),
        }
    }
}

impl From<crate::db::LoadError> for AppError {
    fn from(e: crate::db::LoadError) -> Self {
        match e {
            crate::db::LoadError::Database(e) => AppError::Database(e),
            crate::db::LoadError::Corrupt(c) => AppError::Corrupt(c),
        }
    }
}

impl From<crate::accounts::password::Busy> for AppError {
    fn from(_: crate::accounts::password::Busy) -> Self {
        AppError::Busy
    }
}

impl From<crate::accounts::users::UserError> for AppError {
    fn from(e: crate::accounts::users::UserError) -> Self {
        use crate::accounts::users::UserError;
        match e {
            UserError::Database(e) => AppError::Database(e),
            UserError::Busy(_) => AppError::Busy,
            e => AppError::BadRequest(e.to_string()),
        }
    }
}

/// A body that could not be read whole: too large (over the request limit)
/// or cut off; the message says what to do.
impl From<axum::extract::rejection::BytesRejection> for AppError {
    fn from(e: axum::extract::rejection::BytesRejection) -> Self {
        let status = e.status();
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            tr("errors.body_too_large")
        } else {
            tr("errors.body_incomplete")
        };
        AppError::Body {
            status,
            message: message.to_string(),
        }
    }
}

/// The error travelling inside its response to the edge
/// (`routes::error_pages::present`). (Response extensions must be `Clone`;
/// the error is taken out once.)
#[derive(Clone)]
pub(crate) struct Carried(Arc<Mutex<Option<AppError>>>);

impl Carried {
    /// The error a response carries, if any (taken out of it).
    pub(crate) fn take(res: &mut Response) -> Option<AppError> {
        let carried = res.extensions_mut().remove::<Carried>()?;
        let mut slot = carried.0.lock().ok()?;
        slot.take()
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut res = self.status().into_response();
        res.extensions_mut()
            .insert(Carried(Arc::new(Mutex::new(Some(self)))));
        res
    }
}
