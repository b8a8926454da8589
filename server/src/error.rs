//! The application's errors, turned into pages (or JSON) at the edge.
//! Internal causes are logged, never shown.

use crate::render::{render_html, wants_json};
use app::i18n::tr;
use app::pages::error_page::error_body;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

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
    /// Nobody is signed in, and the page is not public.
    #[error("sign-in required")]
    SignInRequired,
    /// Signed in, but the role needs two-factor sign-in set up first.
    #[error("two-factor sign-in required")]
    TwoFactorRequired,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Too many attempts; try again later.
    #[error("{0}")]
    TooManyRequests(String),
    /// The server is busy with this kind of work (password hashing): try
    /// again shortly.
    #[error("busy")]
    Busy,
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::TwoFactorRequired => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// (title, message) as shown to people.
    fn public(&self) -> (&'static str, String) {
        match self {
            AppError::NotFound(m) => (tr("errors.not_found_title"), m.clone()),
            AppError::BadRequest(m) | AppError::Unprocessable(m) => {
                (tr("errors.bad_request_title"), m.clone())
            }
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
            AppError::TooManyRequests(m) => (tr("errors.too_many_title"), m.clone()),
            AppError::Busy => (tr("errors.busy_title"), tr("errors.busy_body").to_string()),
            AppError::Database(_) | AppError::Internal(_) => (
                tr("errors.server_title"),
                tr("errors.server_body").to_string(),
            ),
        }
    }

    /// The response, as JSON when the client asked for it.
    pub fn respond(self, headers: &HeaderMap) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let (title, message) = self.public();
        let busy = matches!(self, AppError::Busy);
        let mut res = if wants_json(headers) {
            (
                status,
                Json(serde_json::json!({ "error": title, "message": message })),
            )
                .into_response()
        } else {
            render_html(status, headers, title, false, move || {
                error_body(title, &message)
            })
        };
        if busy {
            res.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("5"),
            );
        }
        res
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

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.respond(&HeaderMap::new())
    }
}

/// A handler's result as a response: the page, or the error shown as the
/// client prefers (a page, or JSON).
pub fn respond(result: Result<Response, AppError>, headers: &HeaderMap) -> Response {
    result.unwrap_or_else(|e| e.respond(headers))
}
