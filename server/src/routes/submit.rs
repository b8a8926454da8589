//! `POST /msq/{edition}/{country}/submit`: freezes the answers as the next
//! version, or shows the check page with the list of what to fix.

use super::target::resolve;
use crate::accounts::viewer::Viewer;
use crate::drafts::store;
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::review::notify::{self, Audience, Notice};
use crate::state::AppState;
use crate::submissions::{self, SubmitError, Submitted};
use app::i18n::{tr, tr_args};
use app::pages::check_answers::check_answers;
use app::pages::paths;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;

pub async fn submit(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    viewer: Viewer,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    respond(
        run(&app, &edition, &country, &viewer, &peer, &headers).await,
        &headers,
    )
}

async fn run(
    app: &AppState,
    edition: &str,
    country: &str,
    viewer: &Viewer,
    peer: &SocketAddr,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let t = resolve(app, edition, country)?;
    let response = store::response_for(&app.db, &t.edition.id, &t.state.iso3).await?;
    let outcome = submissions::submit(&app.db, t.edition, &response, &viewer.actor()).await;
    app.saver.note_commit();
    match outcome {
        Ok(Submitted::New(v)) => {
            crate::audit::record(
                &app.db,
                crate::audit::by(
                    viewer,
                    peer,
                    crate::audit::kind::SUBMISSION,
                    &t.state.iso3,
                    format!(
                        "edition {} version {} sha256 {}",
                        v.edition, v.version, v.sha256
                    ),
                ),
            )
            .await?;
            // The reviewers following the country hear of it.
            let notice = Notice {
                audience: Audience::Reviewers,
                edition: &t.edition.id,
                iso3: &t.state.iso3,
                except: viewer.user().map(|u| u.id),
                subject: tr_args(
                    "review.mail_submitted_subject",
                    &[("country", &t.state.name), ("version", &v.version)],
                ),
                text: tr_args(
                    "review.mail_submitted_body",
                    &[("country", &t.state.name), ("version", &v.version)],
                ),
                path: app::pages::review::paths::submission(&t.edition.id, &t.state.iso3),
            };
            notify::tell(app, &notice).await?;
            // The signed PDF is made now, in the background, and kept; a
            // download before it is ready makes (or waits for) the same file.
            let (bg, edition_id, frozen) = (app.clone(), t.edition.id.clone(), v.clone());
            tokio::spawn(async move {
                if let Some(edition) = bg.edition(&edition_id) {
                    if let Err(e) = crate::submissions::signed_pdf::get_or_make(
                        &bg.db, &bg.pdf, edition, &frozen,
                    )
                    .await
                    {
                        tracing::error!(error = %e, "making the signed PDF of a new version");
                    }
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
            let answers = store::typed_answers(&app.db, t.edition, &t.state.iso3).await?;
            Ok(render_html(
                StatusCode::UNPROCESSABLE_ENTITY,
                headers,
                tr("check.cannot_submit"),
                false,
                || check_answers(t.edition, t.state, &answers, true, true),
            ))
        }
        Err(SubmitError::Concurrent) => {
            Err(AppError::Conflict(tr("version.concurrent").to_string()))
        }
        Err(SubmitError::Accepted) => {
            Err(AppError::Conflict(tr("cycle.locked_accepted").to_string()))
        }
        Err(SubmitError::Database(e)) => Err(e.into()),
    }
}
