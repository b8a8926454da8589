//! `POST /msq/{edition}/{country}/submit`: freezes the answers as the next
//! version (audited, the reviewers told: `review::actions::submit`), or
//! shows the check page with the list of what to fix.

use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::client_address::ClientAddress;
use crate::drafts::store;
use crate::error::{AppError, AppResult};
use crate::review::actions::{self, Actor, Case};
use crate::routes::render::render_html;
use crate::state::AppState;
use crate::submissions::{SubmitError, Submitted};
use app::i18n::tr;
use app::pages::check_answers::check_answers;
use app::paths;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};

pub async fn submit(
    State(app): State<AppState>,
    t: Target,
    viewer: Viewer,
    address: ClientAddress,
) -> AppResult {
    let user = viewer.signed_in()?;
    let response = store::response_for(&app.db, &t.edition.id, &t.state.iso3).await?;
    let case = Case {
        edition: t.edition,
        state: t.state,
        response: &response,
    };
    let by = Actor {
        user,
        address: &address,
    };
    match actions::submit(&app, &case, &by).await {
        Ok(Submitted::New(v)) => {
            // The signed PDF is made now, in the background, and kept; a
            // download before it is ready makes (or waits for) the same file.
            let (bg, edition, frozen) = (app.clone(), t.edition, v.clone());
            tokio::spawn(async move {
                let made =
                    crate::submissions::signed_pdf::get_or_make(&bg.db, &bg.pdf, edition, &frozen)
                        .await;
                if let Err(e) = made {
                    tracing::error!(error = %e, "making the signed PDF of a new version");
                }
            });
            let to = format!(
                "{}?submitted=1",
                paths::version(&t.edition.id, &t.state.iso3, v.version)
            );
            Ok(Redirect::to(&to).into_response())
        }
        Ok(Submitted::Unchanged(v)) => {
            let to = format!(
                "{}?unchanged=1",
                paths::version(&t.edition.id, &t.state.iso3, v.version)
            );
            Ok(Redirect::to(&to).into_response())
        }
        Err(SubmitError::Incomplete(_)) => {
            let stored = store::load(&app.db, response.id).await?;
            let answers = store::typed(t.edition, &stored);
            let carried = crate::carry_over::draft_marks(
                &app.db,
                app.editions,
                t.edition,
                response.id,
                &stored,
            )
            .await?;
            Ok(render_html(
                StatusCode::UNPROCESSABLE_ENTITY,
                tr("check.cannot_submit"),
                false,
                || check_answers(t.edition, t.state, (&answers, &carried), true, true, None),
            ))
        }
        Err(SubmitError::Concurrent) => {
            Err(AppError::Conflict(tr("version.concurrent").to_string()))
        }
        Err(SubmitError::Accepted) => {
            Err(AppError::Conflict(tr("cycle.locked_accepted").to_string()))
        }
        Err(SubmitError::EditionClosed) => Err(AppError::Conflict(app::i18n::tr_args(
            "cycle.edition_closed",
            &[("edition", &t.edition.id)],
        ))),
        Err(SubmitError::Database(e)) => Err(e.into()),
        Err(SubmitError::Corrupt(c)) => Err(c.into()),
    }
}
