//! `POST /review/{edition}/{country}/decision`: return for revision, accept
//! (an assigned reviewer or an administrator; a confirmation page first),
//! or reopen an accepted response (administrators, with a reason). Audited
//! and e-mailed, in one step (`review::actions::decide`). A refused
//! decision (no message where one is needed, the state moved on) comes
//! back on the review page with the message as typed and why.

use super::Reviewing;
use crate::accounts::access;
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::review::actions::{self, Actor};
use crate::review::decisions::Decision;
use crate::routes::extract::Form;
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::review::confirm_accept::{confirm_accept_page, ConfirmAccept};
use app::pages::review::submission::{FormTyped, TypedFor};
use app::paths::review as paths;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    /// The version the form showed.
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    message: String,
    /// "yes": resolve the open queries with an acceptance.
    #[serde(default)]
    resolve_open: Option<String>,
    /// "yes": the acceptance was confirmed (on the confirmation page).
    #[serde(default)]
    confirm: Option<String>,
}

pub async fn decide(
    State(app): State<AppState>,
    r: Reviewing,
    address: ClientAddress,
    Form(f): Form<DecisionForm>,
) -> AppResult {
    r.acting()?;
    let decision = Decision::parse(&f.decision)
        .ok_or_else(|| AppError::BadRequest(tr("review.bad_decision").to_string()))?;
    if decision == Decision::Reopened && !access::manages_cycle(&r.user) {
        return Err(AppError::Forbidden);
    }
    let latest = r.latest().version;
    // The form names the version it showed: a decision on a version that is
    // no longer the latest would be taken on answers nobody read.
    if let Some(v) = f.version.as_deref().and_then(|v| v.parse::<i32>().ok()) {
        if v > latest || v < 1 {
            return Err(AppError::NotFound(tr_args(
                "review.no_such_version",
                &[("version", &v), ("latest", &latest)],
            )));
        }
        if v != latest {
            return Err(AppError::Conflict(tr_args(
                "review.not_latest",
                &[("version", &v), ("latest", &latest)],
            )));
        }
    }
    if decision == Decision::Accepted && f.confirm.as_deref() != Some("yes") {
        let open = crate::review::queries::open_of(&app.db, &r.response)
            .await?
            .len();
        let t = &r.target;
        let message = f.message.clone();
        let title = tr_args("review.confirm_title", &[("version", &latest)]);
        return Ok(render_html(StatusCode::OK, &title, false, move || {
            confirm_accept_page(&ConfirmAccept {
                edition: &t.edition.id,
                state: t.state,
                version: latest,
                message,
                open_queries: open,
            })
        }));
    }
    let by = Actor {
        user: &r.user,
        address: &address,
    };
    let resolve_open = f.resolve_open.as_deref() == Some("yes");
    let done = actions::decide(
        &app,
        &r.case(),
        &by,
        decision,
        latest,
        &f.message,
        resolve_open,
    )
    .await;
    // Refused: the page again, with the message kept.
    if let Err(e) = done {
        let (status, error) = super::form_refusal(e)?;
        let typed = FormTyped {
            form: TypedFor::Decision(decision.as_str().to_string()),
            message: f.message.clone(),
            error,
        };
        return super::submission::render(&app, &r, r.latest(), None, Some(typed), status).await;
    }
    let t = &r.target;
    let to = format!(
        "{}?done={}",
        paths::submission(&t.edition.id, &t.state.iso3),
        decision.as_str()
    );
    Ok(Redirect::to(&to).into_response())
}
