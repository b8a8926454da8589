//! `GET /msq/{edition}/{country}/response.json`: the draft as a response
//! file (docs/response-format.md).

use super::target::Target;
use crate::drafts::store;
use crate::error::{AppError, AppResult};
use crate::response_file::ResponseFile;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

pub async fn download(State(app): State<AppState>, t: Target) -> AppResult {
    let (stored, carried) =
        match store::find_response(&app.db, &t.edition.id, &t.state.iso3).await? {
            Some(r) => {
                let stored = store::load(&app.db, r.id).await?;
                let carried =
                    crate::carry_over::draft_marks(&app.db, app.editions, t.edition, r.id, &stored)
                        .await?;
                (stored, carried)
            }
            None => Default::default(),
        };
    let file = ResponseFile::from_stored(&t.edition.id, &t.state.iso3, &stored, &carried);
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
