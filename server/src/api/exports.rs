//! The edition's exports through the API (the same files as the review
//! workspace's export links; same filters).

use super::analyst::{Analyst, ApiError, ErrorBody};
use super::filters::ExportFilters;
use crate::exports::{self, filter, Format};
use crate::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

/// An export, audited as the same export from the review pages is.
async fn export(
    app: &AppState,
    analyst: &Analyst,
    edition: &str,
    query: Option<&str>,
    format: Format,
) -> Result<Response, ApiError> {
    let edition = crate::routes::target::edition(app, edition)?;
    let filter = filter::parse_strict(query)?;
    let editions = (edition, app.previous_edition(edition));
    let (bytes, count) = exports::build(&app.db, editions, &filter, format).await?;
    analyst
        .audit(
            app,
            crate::audit::kind::EXPORT,
            None,
            exports::build::audit_detail(&edition.id, format, count, query),
        )
        .await?;
    let name = exports::build::file_name(&edition.id, &filter, format, &exports::build::today());
    Ok(exports::attachment(&name, format, bytes))
}

#[utoipa::path(
    get,
    path = "/api/v1/editions/{edition}/export.csv",
    params(
        ("edition" = String, Path, description = "The edition, e.g. 2020", example = "2020"),
        ExportFilters,
    ),
    responses(
        (status = 200, description = "All answers in long form, UTF-8 with a byte-order mark (docs/review.md)", body = String, content_type = "text/csv"),
        (status = 400, description = "A filter has a value it cannot have", body = ErrorBody),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 404, description = "No such edition", body = ErrorBody),
    )
)]
pub async fn csv(
    State(app): State<AppState>,
    analyst: Analyst,
    Path(edition): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    export(&app, &analyst, &edition, query.as_deref(), Format::Csv).await
}

#[utoipa::path(
    get,
    path = "/api/v1/editions/{edition}/export.xlsx",
    params(
        ("edition" = String, Path, description = "The edition, e.g. 2020", example = "2020"),
        ExportFilters,
    ),
    responses(
        (status = 200, description = "One row per Member State and a data dictionary sheet", body = String, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, description = "A filter has a value it cannot have", body = ErrorBody),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 404, description = "No such edition", body = ErrorBody),
    )
)]
pub async fn xlsx(
    State(app): State<AppState>,
    analyst: Analyst,
    Path(edition): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    export(&app, &analyst, &edition, query.as_deref(), Format::Xlsx).await
}

#[utoipa::path(
    get,
    path = "/api/v1/editions/{edition}/export.json",
    params(
        ("edition" = String, Path, description = "The edition, e.g. 2020", example = "2020"),
        ExportFilters,
    ),
    responses(
        (status = 200, description = "Every exported version as a response file", body = crate::exports::json::Export),
        (status = 400, description = "A filter has a value it cannot have", body = ErrorBody),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 404, description = "No such edition", body = ErrorBody),
    )
)]
pub async fn json(
    State(app): State<AppState>,
    analyst: Analyst,
    Path(edition): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    export(&app, &analyst, &edition, query.as_deref(), Format::Json).await
}
