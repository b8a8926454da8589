//! Who calls the API: the owner of a valid personal API token. Refusals and
//! other errors are JSON bodies `{"error", "message"}` with a clear status.

use crate::accounts::api_tokens::{self, TokenError};
use crate::accounts::User;
use crate::error::AppError;
use crate::state::AppState;
use app::i18n::tr;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

/// An error as the API answers it.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// A short title ("Not found", "Unauthorized", …).
    pub error: String,
    /// What went wrong and what to do, for a person.
    pub message: String,
}

/// An API error: the status and the message.
pub struct ApiError(pub StatusCode, pub String);

impl ApiError {
    fn title(&self) -> &'static str {
        match self.0 {
            StatusCode::BAD_REQUEST => "Bad request",
            StatusCode::UNAUTHORIZED => "Unauthorized",
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::METHOD_NOT_ALLOWED => "Method not allowed",
            _ => "Server error",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (
            self.0,
            Json(ErrorBody {
                error: self.title().to_string(),
                message: self.1.clone(),
            }),
        )
            .into_response();
        if self.0 == StatusCode::METHOD_NOT_ALLOWED {
            res.headers_mut()
                .insert(header::ALLOW, header::HeaderValue::from_static("GET, HEAD"));
        }
        if self.0 == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"msq\""),
            );
        }
        res
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound(m) => ApiError(StatusCode::NOT_FOUND, m),
            AppError::BadRequest(m) => ApiError(StatusCode::BAD_REQUEST, m),
            other => {
                tracing::error!(error = %other, "API request failed");
                ApiError(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    tr("errors.server_body").to_string(),
                )
            }
        }
    }
}

impl From<crate::db::LoadError> for ApiError {
    fn from(e: crate::db::LoadError) -> Self {
        AppError::from(e).into()
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        AppError::Database(e).into()
    }
}

/// The owner of the request's API token, and where the request came from.
pub struct Analyst(pub User, pub String);

impl Analyst {
    /// Records a read through the API in the audit trail, as the pages
    /// record the same reads (kind `download` or `export`), marked "API".
    pub async fn audit(
        &self,
        app: &AppState,
        kind: &'static str,
        member_state: Option<&str>,
        detail: String,
    ) -> Result<(), ApiError> {
        crate::audit::record(
            &app.db,
            crate::audit::Event {
                user_id: Some(self.0.id),
                actor: self.0.email.clone(),
                kind,
                member_state: member_state.map(str::to_string),
                detail: format!("API: {detail}"),
                address: self.1.clone(),
            },
        )
        .await?;
        Ok(())
    }
}

impl FromRequestParts<AppState> for Analyst {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, ApiError> {
        let presented = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            });
        match api_tokens::authenticate(&app.db, presented).await? {
            Ok(user) => {
                let address = parts
                    .extensions
                    .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                    .map(|c| c.0.ip().to_string())
                    .unwrap_or_default();
                Ok(Analyst(user, address))
            }
            Err(e) => {
                let key = match e {
                    TokenError::Missing => "api.token_missing",
                    TokenError::Unknown => "api.token_unknown",
                    TokenError::Revoked => "api.token_revoked",
                    TokenError::Expired => "api.token_expired",
                    TokenError::NotAllowed => "api.token_not_allowed",
                };
                Err(ApiError(StatusCode::UNAUTHORIZED, tr(key).to_string()))
            }
        }
    }
}
