//! `GET /review/{edition}/{country}[?version=n]`: a submitted version under
//! review (the latest unless `version` names another), with its query
//! threads, the decisions so far and the actions the viewer may take.

use super::Reviewing;
use crate::accounts::access;
use crate::error::{AppError, AppResult};
use crate::review::{assignments, decisions, queries};
use crate::routes::extract::Query;
use crate::routes::render::render_html;
use crate::routes::versions::info;
use crate::state::AppState;
use crate::submissions::Version;
use app::cycle::CycleState;
use app::i18n::{tr, tr_args};
use app::pages::review::submission::{review_page, Changes, FormTyped, ReviewView};
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

/// The notice a redirect after an action asks for (`?done=`).
fn notice(done: &str) -> Option<String> {
    Some(
        match done {
            "query" => tr("review.query_sent"),
            "reply" => tr("review.reply_sent"),
            "resolved" => tr("review.resolved_done"),
            "returned" => tr("review.returned_done"),
            "accepted" => tr("review.accepted_done"),
            "reopened" => tr("review.reopened_done"),
            _ => return None,
        }
        .to_string(),
    )
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    /// The version to show (the latest when missing).
    #[serde(default)]
    version: Option<String>,
    /// The action just done (`?done=`), for its notice.
    #[serde(default)]
    done: Option<String>,
}

pub async fn show(
    State(app): State<AppState>,
    r: Reviewing,
    Query(q): Query<ShowQuery>,
) -> AppResult {
    let shown = match q.version.as_deref() {
        None => r.latest(),
        Some(v) => v
            .parse::<i32>()
            .ok()
            .and_then(|n| r.version(n))
            .ok_or_else(|| AppError::NotFound(tr_args("version.unknown", &[("version", &v)])))?,
    };
    let done = q.done.as_deref().and_then(notice);
    render(&app, &r, shown, done, None, StatusCode::OK).await
}

/// The review page of version `shown`; `typed`: a refused form (decision,
/// query, reply) shown again with its message and why (answered with
/// `status`).
pub async fn render(
    app: &AppState,
    r: &Reviewing,
    shown: &Version,
    done: Option<String>,
    typed: Option<FormTyped>,
    status: StatusCode,
) -> AppResult {
    let t = &r.target;
    let answers = shown.typed(t.edition);
    let undescribed = shown.undescribed(t.edition);
    let carried = shown.carry_marks(app.editions, t.edition);
    let threads = queries::threads(&app.db, r.response.id).await?;
    let history = decisions::history(&app.db, r.response.id).await?;
    let versions: Vec<_> = r.versions.iter().map(info).collect();
    let response_status = r.response.status;
    let cycle = CycleState::of(
        Some(response_status),
        true,
        history.iter().any(|d| d.returned),
    );
    let reviewers: Vec<String> = assignments::reviewers_of(&app.db, &t.edition.id, &t.state.iso3)
        .await?
        .into_iter()
        .map(|u| u.name)
        .collect();
    // What changed since the version before this one.
    let changes = r.version(shown.version - 1).map(|before| Changes {
        from: before.version,
        fields: crate::review::diff::compare(t.edition, before, shown)
            .into_iter()
            .flat_map(|s| s.rows)
            .filter(|row| row.changed)
            .map(|row| row.field_id)
            .collect(),
    });
    let mut shown_info = info(shown);
    shown_info.submitted_by =
        crate::accounts::users::display_name(&app.db, &shown.submitted_by).await?;
    let earlier = super::earlier_submitted(app, t.edition, &t.state.iso3).await?;
    let title = tr_args(
        "review.review_title",
        &[("country", &t.state.name), ("version", &shown.version)],
    );
    Ok(render_html(status, &title, false, || {
        review_page(&ReviewView {
            edition: t.edition,
            state: t.state,
            status: response_status,
            cycle,
            versions: &versions,
            version: &shown_info,
            answers: &answers,
            undescribed: &undescribed,
            carried: &carried,
            threads: &threads,
            decisions: &history,
            can_act: r.may_act,
            can_reopen: access::manages_cycle(&r.user),
            reviewers: &reviewers,
            notice: done,
            earlier,
            changes,
            typed,
        })
    }))
}
