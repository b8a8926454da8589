//! `GET /msq/{edition}/{country}/response.json`: the draft as a response
//! file (docs/response-format.md).

use super::target::resolve;
use crate::drafts::store;
use crate::error::{respond, AppError};
use crate::response_file::ResponseFile;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};

pub async fn download(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    respond(build(&app, &edition, &country).await, &headers)
}

async fn build(app: &AppState, edition: &str, country: &str) -> Result<Response, AppError> {
    let t = resolve(app, edition, country)?;
    let stored = match store::find_response(&app.db, &t.edition.id, &t.state.iso3).await? {
        Some(r) => store::load(&app.db, r.id).await?,
        None => Default::default(),
    };
    let file = ResponseFile::from_stored(&t.edition.id, &t.state.iso3, &stored);
    let body =
        serde_json::to_string_pretty(&file).map_err(|e| AppError::Internal(e.to_string()))?;
    let disposition = format!(
        "attachment; filename=\"msq-{}-{}.json\"",
        t.edition.id, t.state.iso3
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_string(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}
