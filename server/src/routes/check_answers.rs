//! `GET /msq/{edition}/{country}/check`: check your answers.

use super::target::Target;
use crate::accounts::{viewer::Viewer, Access};
use crate::drafts::store;
use crate::editions::EditionState;
use crate::error::AppResult;
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::check_answers::check_answers;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn show(State(app): State<AppState>, t: Target, viewer: Viewer) -> AppResult {
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3).await?;
    let editable = response.as_ref().is_none_or(|r| r.status.editable());
    let open = app.lifecycle.phase(&t.edition.id).await? == EditionState::Open;
    let can_edit = editable && open && viewer.may(&t.state.iso3, Access::Edit);
    let (answers, carried) = match &response {
        Some(r) => {
            let stored = store::load(&app.db, r.id).await?;
            let marks =
                crate::carry_over::draft_marks(&app.db, app.editions, t.edition, r.id, &stored)
                    .await?;
            (store::typed(t.edition, &stored), marks)
        }
        None => Default::default(),
    };
    Ok(render_html(
        StatusCode::OK,
        tr("check.title"),
        false,
        || check_answers(t.edition, t.state, (&answers, &carried), can_edit, false),
    ))
}
