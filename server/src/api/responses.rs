//! A Member State's submitted response: the latest version, or a given one,
//! as a response file (docs/response-format.md).

use super::analyst::{Analyst, ApiError, ErrorBody};
use crate::drafts::store;
use crate::response_file::ResponseFile;
use crate::routes::target::resolve;
use crate::state::AppState;
use crate::submissions;
use app::i18n::tr_args;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

/// The response of a Member State (its name, for messages, and its id).
async fn response_id(app: &AppState, edition: &str, iso3: &str) -> Result<(String, i64), ApiError> {
    let t = resolve(app, edition, iso3)?;
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3)
        .await?
        .ok_or_else(|| nothing_submitted(&t.state.name))?;
    Ok((t.state.name.clone(), response.id))
}

/// A version read through the API is a download, as on the pages.
async fn audit_read(
    app: &AppState,
    analyst: &Analyst,
    v: &submissions::Version,
) -> Result<(), ApiError> {
    analyst
        .audit(
            app,
            crate::audit::kind::DOWNLOAD,
            Some(&v.member_state),
            format!("edition {} version {} json", v.edition, v.version),
        )
        .await
}

fn nothing_submitted(name: &str) -> ApiError {
    ApiError(
        StatusCode::NOT_FOUND,
        tr_args("api.nothing_submitted", &[("country", &name)]),
    )
}

#[utoipa::path(
    get,
    path = "/api/v1/editions/{edition}/member-states/{iso3}/response",
    params(
        ("edition" = String, Path, description = "The edition, e.g. 2020", example = "2020"),
        ("iso3" = String, Path, pattern = "^[A-Za-z]{3}$", description = "The Member State's ISO 3166-1 alpha-3 code", example = "MAR"),
    ),
    responses(
        (status = 200, description = "The latest submitted version", body = ResponseFile),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 404, description = "No such edition or Member State, or nothing submitted yet", body = ErrorBody),
    )
)]
pub async fn latest(
    State(app): State<AppState>,
    analyst: Analyst,
    Path((edition, iso3)): Path<(String, String)>,
) -> Result<Json<ResponseFile>, ApiError> {
    let (name, id) = response_id(&app, &edition, &iso3).await?;
    let v = submissions::latest(&app.db, id)
        .await?
        .ok_or_else(|| nothing_submitted(&name))?;
    audit_read(&app, &analyst, &v).await?;
    Ok(Json(ResponseFile::from_version(&v)))
}

#[utoipa::path(
    get,
    path = "/api/v1/editions/{edition}/member-states/{iso3}/versions/{version}",
    params(
        ("edition" = String, Path, description = "The edition, e.g. 2020", example = "2020"),
        ("iso3" = String, Path, pattern = "^[A-Za-z]{3}$", description = "The Member State's ISO 3166-1 alpha-3 code", example = "MAR"),
        ("version" = i32, Path, minimum = 1, description = "The version number (1, 2, …)", example = 1),
    ),
    responses(
        (status = 200, description = "That submitted version", body = ResponseFile),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 404, description = "No such edition, Member State or version", body = ErrorBody),
    )
)]
pub async fn version(
    State(app): State<AppState>,
    analyst: Analyst,
    Path((edition, iso3, version)): Path<(String, String, String)>,
) -> Result<Json<ResponseFile>, ApiError> {
    let (_, id) = response_id(&app, &edition, &iso3).await?;
    let unknown = || {
        ApiError(
            StatusCode::NOT_FOUND,
            tr_args("version.unknown", &[("version", &version)]),
        )
    };
    let n: i32 = version.parse().map_err(|_| unknown())?;
    let v = submissions::version(&app.db, id, n)
        .await?
        .ok_or_else(unknown)?;
    audit_read(&app, &analyst, &v).await?;
    Ok(Json(ResponseFile::from_version(&v)))
}
