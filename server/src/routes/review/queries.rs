//! Query threads over HTTP. UN DESA's side: `POST /review/{e}/{c}/queries`
//! raises a query on an answer; `POST /review/{e}/{c}/queries/{id}` replies
//! or resolves. The country's side (under `/msq`, so the Member State
//! access check applies: respondents write, focal points read):
//! `GET/POST /msq/{e}/{c}/queries/{id}`.

use super::Reviewing;
use crate::accounts::viewer::Viewer;
use crate::accounts::Access;
use crate::audit::{self, kind};
use crate::drafts::store;
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::review::notify::{self, Audience, Notice};
use crate::review::queries;
use crate::routes::target::resolve;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::review::paths;
use app::pages::review::query_page::{query_page, QueryPageView};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use std::net::SocketAddr;

fn form(body: &[u8]) -> HashMap<String, String> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn anchor(field: &str) -> String {
    format!("answer-{}", field.replace('.', "-"))
}

pub async fn raise(
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
    respond(run_raise(&app, &r, &viewer, &peer, &body).await, &headers)
}

async fn run_raise(
    app: &AppState,
    r: &Reviewing<'_>,
    viewer: &Viewer,
    peer: &SocketAddr,
    body: &[u8],
) -> Result<Response, AppError> {
    r.acting()?;
    if app::cycle::ResponseStatus::parse(&r.response.status) == app::cycle::ResponseStatus::Accepted
    {
        return Err(AppError::Conflict(
            tr("review.accepted_no_queries").to_string(),
        ));
    }
    let f = form(body);
    let t = &r.target;
    let field_id = f.get("field").map(String::as_str).unwrap_or_default();
    let field = t.edition.field(field_id).ok_or_else(|| {
        AppError::BadRequest(tr_args("review.unknown_field", &[("field", &field_id)]))
    })?;
    let version = f
        .get("version")
        .and_then(|v| v.parse::<i32>().ok())
        .and_then(|n| r.version(n))
        .unwrap_or_else(|| r.latest())
        .version;
    let text = f.get("message").map(String::as_str).unwrap_or_default();
    let id = queries::raise(&app.db, r.response.id, version, &field.id, &r.user, text).await?;
    app.saver.note_commit();
    audit::record(
        &app.db,
        audit::by(
            viewer,
            peer,
            kind::QUERY_RAISED,
            &t.state.iso3,
            format!("query #{id} on {} (version {version})", field.id),
        ),
    )
    .await?;
    let notice = Notice {
        audience: Audience::Country,
        edition: &t.edition.id,
        iso3: &t.state.iso3,
        except: Some(r.user.id),
        subject: tr_args("review.mail_query_subject", &[("edition", &t.edition.id)]),
        text: tr_args(
            "review.mail_query_body",
            &[("country", &t.state.name), ("text", &text.trim())],
        ),
        path: paths::country_query(&t.edition.id, &t.state.iso3, id),
    };
    notify::tell(app, &notice).await?;
    let to = format!(
        "{}?done=query#{}",
        paths::submission(&t.edition.id, &t.state.iso3),
        anchor(&field.id)
    );
    Ok(Redirect::to(&to).into_response())
}

/// What a reply form asked for.
struct Reply {
    text: String,
    resolve: bool,
}

fn reply_of(body: &[u8]) -> Reply {
    let f = form(body);
    Reply {
        text: f.get("message").cloned().unwrap_or_default(),
        resolve: f.get("_action").map(String::as_str) == Some("resolve"),
    }
}

pub async fn review_reply(
    State(app): State<AppState>,
    Path((edition, country, id)): Path<(String, String, String)>,
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
    let run = async {
        r.acting()?;
        let t = &r.target;
        let query = find(&app, r.response.id, &id).await?;
        let reply = reply_of(&body);
        queries::reply(&app.db, &query, &r.user, &reply.text, reply.resolve).await?;
        app.saver.note_commit();
        record_reply(&app, &viewer, &peer, &t.state.iso3, &query, &reply).await?;
        let notice = Notice {
            audience: Audience::Country,
            edition: &t.edition.id,
            iso3: &t.state.iso3,
            except: Some(r.user.id),
            subject: tr_args("review.mail_reply_subject", &[("edition", &t.edition.id)]),
            text: tr_args(
                "review.mail_reply_body",
                &[("who", &r.user.name), ("text", &reply.text.trim())],
            ),
            path: paths::country_query(&t.edition.id, &t.state.iso3, query.id),
        };
        notify::tell(&app, &notice).await?;
        let done = if reply.resolve { "resolved" } else { "reply" };
        let to = format!(
            "{}?done={done}#{}",
            paths::submission(&t.edition.id, &t.state.iso3),
            anchor(&query.field_id)
        );
        Ok::<_, AppError>(Redirect::to(&to).into_response())
    };
    respond(run.await, &headers)
}

async fn find(
    app: &AppState,
    response_id: i64,
    id: &str,
) -> Result<crate::db::entities::queries::Model, AppError> {
    let id: i64 = id
        .parse()
        .map_err(|_| AppError::NotFound(tr("review.no_such_query").to_string()))?;
    Ok(queries::find(&app.db, response_id, id).await?)
}

async fn record_reply(
    app: &AppState,
    viewer: &Viewer,
    peer: &SocketAddr,
    iso3: &str,
    query: &crate::db::entities::queries::Model,
    reply: &Reply,
) -> Result<(), AppError> {
    if !reply.text.trim().is_empty() {
        audit::record(
            &app.db,
            audit::by(
                viewer,
                peer,
                kind::QUERY_REPLY,
                iso3,
                format!("query #{} on {}", query.id, query.field_id),
            ),
        )
        .await?;
    }
    if reply.resolve {
        audit::record(
            &app.db,
            audit::by(
                viewer,
                peer,
                kind::QUERY_RESOLVED,
                iso3,
                format!("query #{} on {}", query.id, query.field_id),
            ),
        )
        .await?;
    }
    Ok(())
}

/// `GET /msq/{e}/{c}/queries/{id}`: the country's page of one query.
pub async fn country_show(
    State(app): State<AppState>,
    Path((edition, country, id)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    viewer: Viewer,
    headers: HeaderMap,
) -> Response {
    let run = async {
        let t = resolve(&app, &edition, &country)?;
        let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3)
            .await?
            .ok_or_else(|| AppError::NotFound(tr("review.no_such_query").to_string()))?;
        let q = find(&app, response.id, &id).await?;
        let thread = queries::threads(&app.db, response.id)
            .await?
            .into_iter()
            .find(|x| x.id == q.id)
            .ok_or_else(|| AppError::NotFound(tr("review.no_such_query").to_string()))?;
        let answers = store::typed(t.edition, &store::load(&app.db, response.id).await?);
        let can_reply = viewer.may(&t.state.iso3, Access::Edit);
        let done = query
            .as_deref()
            .and_then(|q| q.strip_prefix("done="))
            .map(|d| {
                if d == "resolved" {
                    tr("review.resolved_done")
                } else {
                    tr("review.reply_sent")
                }
                .to_string()
            });
        let title = tr("review.country_query_title");
        Ok::<_, AppError>(render_html(StatusCode::OK, &headers, title, false, || {
            query_page(&QueryPageView {
                edition: t.edition,
                state: t.state,
                thread: &thread,
                answers: &answers,
                can_reply,
                notice: done,
            })
        }))
    };
    respond(run.await, &headers)
}

/// `POST /msq/{e}/{c}/queries/{id}`: a respondent replies or resolves.
pub async fn country_reply(
    State(app): State<AppState>,
    Path((edition, country, id)): Path<(String, String, String)>,
    viewer: Viewer,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let run = async {
        let t = resolve(&app, &edition, &country)?;
        let user = viewer.require(&t.state.iso3, Access::Edit)?.clone();
        let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3)
            .await?
            .ok_or_else(|| AppError::NotFound(tr("review.no_such_query").to_string()))?;
        let query = find(&app, response.id, &id).await?;
        let reply = reply_of(&body);
        queries::reply(&app.db, &query, &user, &reply.text, reply.resolve).await?;
        app.saver.note_commit();
        record_reply(&app, &viewer, &peer, &t.state.iso3, &query, &reply).await?;
        let notice = Notice {
            audience: Audience::Reviewers,
            edition: &t.edition.id,
            iso3: &t.state.iso3,
            except: Some(user.id),
            subject: tr_args(
                "review.mail_country_reply_subject",
                &[("country", &t.state.name)],
            ),
            text: tr_args(
                "review.mail_reply_body",
                &[("who", &user.name), ("text", &reply.text.trim())],
            ),
            path: format!(
                "{}#query-{}",
                paths::submission(&t.edition.id, &t.state.iso3),
                query.id
            ),
        };
        notify::tell(&app, &notice).await?;
        let done = if reply.resolve { "resolved" } else { "reply" };
        let to = format!(
            "{}?done={done}",
            paths::country_query(&t.edition.id, &t.state.iso3, query.id)
        );
        Ok::<_, AppError>(Redirect::to(&to).into_response())
    };
    respond(run.await, &headers)
}
