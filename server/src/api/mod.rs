//! The analysts' read-only JSON API, under `/api/v1`, authenticated by
//! personal API tokens (`Authorization: Bearer msq_…`, see
//! `accounts::api_tokens`). Its OpenAPI description is generated from the
//! handlers' annotations (utoipa) and served at `/api/openapi.json`.
//!
//! - `analyst.rs`: the token check (an extractor) and the JSON errors
//! - `member_states.rs`: the Member States and their states in an edition
//! - `responses.rs`: a Member State's latest or a given version
//! - `exports.rs`: the edition's exports (CSV, XLSX, JSON)
//! - `filters.rs`: the filters as the OpenAPI document describes them

pub mod analyst;
pub mod exports;
pub mod filters;
pub mod member_states;
pub mod responses;

use crate::state::AppState;
use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The stable URL of the OpenAPI document.
pub const OPENAPI_PATH: &str = "/api/openapi.json";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "MSQ analysts' API",
        version = "1",
        description = "Read-only access to the Member States Questionnaire: the Member States' states in an edition, their submitted responses, and the exports. Every request needs a personal API token (create one at /account/api-tokens) as `Authorization: Bearer <token>`."
    ),
    paths(
        member_states::list,
        responses::latest,
        responses::version,
        exports::csv,
        exports::xlsx,
        exports::json,
    ),
    components(schemas(
        analyst::ErrorBody,
        member_states::MemberStateStatus,
        crate::response_file::ResponseFile,
        crate::response_file::SubmissionInfo,
        crate::carry_over::FrozenCarry,
        crate::exports::json::Export,
        crate::exports::json::Entry,
    )),
    modifiers(&BearerToken),
    security(("token" = []))
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route(OPENAPI_PATH, get(openapi))
        .route(
            "/api/v1/editions/{edition}/member-states",
            get(member_states::list),
        )
        .route(
            "/api/v1/editions/{edition}/member-states/{iso3}/response",
            get(responses::latest),
        )
        .route(
            "/api/v1/editions/{edition}/member-states/{iso3}/versions/{version}",
            get(responses::version),
        )
        .route("/api/v1/editions/{edition}/export.csv", get(exports::csv))
        .route("/api/v1/editions/{edition}/export.xlsx", get(exports::xlsx))
        .route("/api/v1/editions/{edition}/export.json", get(exports::json))
        // Read-only: any other method is a JSON 405 (with `Allow`).
        .method_not_allowed_fallback(|| async {
            analyst::ApiError(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                "The API is read-only: this address answers GET (and HEAD) only.".to_string(),
            )
        })
}
