//! `POST /review/{edition}/{country}/decision`: return for revision, accept
//! (an assigned reviewer or an administrator), or reopen an accepted
//! response (administrators, with a reason). Audited and e-mailed.

use super::Reviewing;
use crate::accounts::access;
use crate::accounts::viewer::Viewer;
use crate::audit::{self, kind};
use crate::error::{respond, AppError};
use crate::review::decisions::{self, Decision};
use crate::review::notify::{self, Audience, Notice};
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::review::paths;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use std::net::SocketAddr;

pub async fn decide(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    viewer: Viewer,
    uri: Uri,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let r = match Reviewing::open(&app, &viewer, &uri, &headers, &edition, &country).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    respond(run(&app, &r, &viewer, &peer, &body).await, &headers)
}

async fn run(
    app: &AppState,
    r: &Reviewing<'_>,
    viewer: &Viewer,
    peer: &SocketAddr,
    body: &[u8],
) -> Result<Response, AppError> {
    r.acting()?;
    let f: HashMap<String, String> = form_urlencoded::parse(body).into_owned().collect();
    let decision = f
        .get("decision")
        .and_then(|d| Decision::parse(d))
        .ok_or_else(|| AppError::BadRequest(tr("review.bad_decision").to_string()))?;
    if decision == Decision::Reopened && !access::manages_cycle(&r.user) {
        return Err(AppError::Forbidden);
    }
    let latest = r.latest().version;
    // The form names the version it showed: a decision on a version that is
    // no longer the latest would be taken on answers nobody read.
    if let Some(v) = f.get("version").and_then(|v| v.parse::<i32>().ok()) {
        if v != latest {
            return Err(AppError::Conflict(tr_args(
                "review.not_latest",
                &[("version", &v), ("latest", &latest)],
            )));
        }
    }
    let text = f.get("message").map(String::as_str).unwrap_or_default();
    let t = &r.target;
    decisions::decide(
        &app.db,
        &r.response,
        latest,
        decision,
        &viewer.actor(),
        text,
    )
    .await?;
    app.saver.note_commit();
    let (audit_kind, audience, subject_key, body_key) = match decision {
        Decision::Returned => (
            kind::RETURNED,
            Audience::Country,
            "review.mail_returned_subject",
            "review.mail_returned_body",
        ),
        Decision::Accepted => (
            kind::ACCEPTED,
            Audience::Country,
            "review.mail_accepted_subject",
            "review.mail_accepted_body",
        ),
        Decision::Reopened => (
            kind::REOPENED,
            Audience::Reviewers,
            "review.mail_reopened_subject",
            "review.mail_reopened_body",
        ),
    };
    audit::record(
        &app.db,
        audit::by(
            viewer,
            peer,
            audit_kind,
            &t.state.iso3,
            format!(
                "edition {} version {latest}: {}",
                t.edition.id,
                text.trim().chars().take(500).collect::<String>()
            ),
        ),
    )
    .await?;
    let path = match audience {
        Audience::Country => app::pages::paths::home(&t.edition.id, &t.state.iso3),
        Audience::Reviewers => paths::submission(&t.edition.id, &t.state.iso3),
    };
    let notice = Notice {
        audience,
        edition: &t.edition.id,
        iso3: &t.state.iso3,
        except: Some(r.user.id),
        subject: tr_args(
            subject_key,
            &[("edition", &t.edition.id), ("country", &t.state.name)],
        ),
        text: tr_args(
            body_key,
            &[
                ("country", &t.state.name),
                ("version", &latest),
                ("text", &text.trim()),
            ],
        ),
        path,
    };
    notify::tell(app, &notice).await?;
    let to = format!(
        "{}?done={}",
        paths::submission(&t.edition.id, &t.state.iso3),
        decision.as_str()
    );
    Ok(Redirect::to(&to).into_response())
}
