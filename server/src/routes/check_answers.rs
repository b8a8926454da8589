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
    let may_edit = viewer.may(&t.state.iso3, Access::Edit);
    let can_edit = editable && open && may_edit;
    // Why there are no "Change" links, when there are none.
    let why_locked = match (response.as_ref().map(|r| r.status), open, may_edit) {
        (_, _, false) => Some(tr("check.read_only").to_string()),
        (_, false, _) => Some(app::i18n::tr_args(
            "check.locked_closed",
            &[("edition", &t.edition.id)],
        )),
        (Some(app::cycle::ResponseStatus::Accepted), _, _) => {
            Some(tr("check.locked_accepted").to_string())
        }
        (Some(s), _, _) if !s.editable() => Some(tr("check.locked_submitted").to_string()),
        _ => None,
    };
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
        || {
            check_answers(
                t.edition,
                t.state,
                (&answers, &carried),
                can_edit,
                false,
                why_locked,
            )
        },
    ))
}
