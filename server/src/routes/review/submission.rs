//! `GET /review/{edition}/{country}[?version=n]`: a submitted version under
//! review (the latest unless `version` names another), with its query
//! threads, the decisions so far and the actions the viewer may take.

use super::Reviewing;
use crate::accounts::access;
use crate::accounts::viewer::Viewer;
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::review::{assignments, decisions, queries};
use crate::routes::versions::{info, typed};
use crate::state::AppState;
use app::cycle::{CycleState, ResponseStatus};
use app::i18n::{tr, tr_args};
use app::pages::review::submission::{review_page, ReviewView};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;

pub async fn show(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let r = match Reviewing::open(&app, &viewer, &uri, &headers, &edition, &country).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    respond(render(&app, &r, query.as_deref(), &headers).await, &headers)
}

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

async fn render(
    app: &AppState,
    r: &Reviewing<'_>,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let mut shown = r.latest();
    let mut done = None;
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match k.as_ref() {
            "version" => {
                shown = v
                    .parse::<i32>()
                    .ok()
                    .and_then(|n| r.version(n))
                    .ok_or_else(|| {
                        AppError::NotFound(tr_args("version.unknown", &[("version", &v)]))
                    })?;
            }
            "done" => done = notice(&v),
            _ => {}
        }
    }
    let t = &r.target;
    let answers = typed(t.edition, shown);
    let threads = queries::threads(&app.db, r.response.id).await?;
    let history = decisions::history(&app.db, r.response.id).await?;
    let versions: Vec<_> = r.versions.iter().map(info).collect();
    let status = ResponseStatus::parse(&r.response.status);
    let cycle = CycleState::of(Some(status), true, history.iter().any(|d| d.returned));
    let reviewers: Vec<String> = assignments::reviewers_of(&app.db, &t.edition.id, &t.state.iso3)
        .await?
        .into_iter()
        .map(|u| u.name)
        .collect();
    let shown_info = info(shown);
    let title = tr_args(
        "review.review_title",
        &[("country", &t.state.name), ("version", &shown.version)],
    );
    Ok(render_html(StatusCode::OK, headers, &title, false, || {
        review_page(&ReviewView {
            edition: t.edition,
            state: t.state,
            status,
            cycle,
            versions: &versions,
            version: &shown_info,
            answers: &answers,
            threads: &threads,
            decisions: &history,
            can_act: r.may_act,
            can_reopen: access::manages_cycle(&r.user),
            reviewers: &reviewers,
            notice: done,
        })
    }))
}
