//! Query threads over HTTP (each action one step: `review::actions`; a
//! refused one answers its page again with the message as typed). UN
//! DESA's side: `POST /review/{e}/{c}/queries`
//! raises a query on an answer; `POST /review/{e}/{c}/queries/{id}` replies
//! or resolves. The country's side (under `/msq`, so the Member State
//! access check applies: respondents write, focal points read):
//! `GET/POST /msq/{e}/{c}/queries/{id}`.

use super::Reviewing;
use crate::accounts::viewer::Viewer;
use crate::accounts::Access;
use crate::client_address::ClientAddress;
use crate::drafts::store;
use crate::error::{AppError, AppResult};
use crate::review::actions::{self, Actor, Case, Side};
use crate::review::queries;
use crate::routes::extract::{Form, Query};
use crate::routes::render::render_html;
use crate::routes::target::Target;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::parts::thread::KeptReply;
use app::pages::review::query_page::{query_page, QueryPageView};
use app::pages::review::submission::{FormTyped, TypedFor};
use app::paths::review as paths;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

fn anchor(field: &str) -> String {
    format!("answer-{}", field.replace('.', "-"))
}

#[derive(Deserialize, Default)]
pub struct RaiseForm {
    #[serde(default)]
    field: String,
    /// The version the reviewer read (the latest when missing).
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    message: String,
}

/// `POST /review/{e}/{c}/queries`: a query on one answer.
pub async fn raise(
    State(app): State<AppState>,
    r: Reviewing,
    address: ClientAddress,
    Form(f): Form<RaiseForm>,
) -> AppResult {
    r.acting()?;
    if r.response.status == app::cycle::ResponseStatus::Accepted {
        return Err(AppError::Conflict(
            tr("review.accepted_no_queries").to_string(),
        ));
    }
    let t = &r.target;
    let field = t.edition.field(&f.field).ok_or_else(|| {
        AppError::BadRequest(tr_args("review.unknown_field", &[("field", &f.field)]))
    })?;
    let version = f
        .version
        .as_deref()
        .and_then(|v| v.parse::<i32>().ok())
        .and_then(|n| r.version(n))
        .unwrap_or_else(|| r.latest())
        .version;
    let by = Actor {
        user: &r.user,
        address: &address,
    };
    if let Err(e) = actions::raise_query(&app, &r.case(), &by, &field.id, version, &f.message).await
    {
        let (status, error) = super::form_refusal(e)?;
        let typed = FormTyped {
            form: TypedFor::Raise(field.id.clone()),
            message: f.message.clone(),
            error,
        };
        return super::submission::render(&app, &r, r.latest(), None, Some(typed), status).await;
    }
    let to = format!(
        "{}?done=query#{}",
        paths::submission(&t.edition.id, &t.state.iso3),
        anchor(&field.id)
    );
    Ok(Redirect::to(&to).into_response())
}

/// What a reply form asks for: a message, and `_action=resolve` to resolve.
#[derive(Deserialize, Default)]
pub struct Reply {
    #[serde(default, rename = "message")]
    text: String,
    #[serde(default, rename = "_action")]
    action: String,
}

impl Reply {
    fn resolve(&self) -> bool {
        self.action == "resolve"
    }
}

/// `POST /review/{e}/{c}/queries/{id}`: UN DESA replies or resolves.
pub async fn review_reply(
    State(app): State<AppState>,
    r: Reviewing,
    Path((_, _, id)): Path<(String, String, String)>,
    address: ClientAddress,
    Form(reply): Form<Reply>,
) -> AppResult {
    r.acting()?;
    let t = &r.target;
    let query = find(&app, r.response.id, &id).await?;
    let by = Actor {
        user: &r.user,
        address: &address,
    };
    let (text, resolve) = (&reply.text, reply.resolve());
    if let Err(e) = actions::reply(&app, &r.case(), &by, Side::Review, &query, text, resolve).await
    {
        let (status, error) = super::form_refusal(e)?;
        let typed = FormTyped {
            form: TypedFor::Reply(query.id),
            message: reply.text.clone(),
            error,
        };
        return super::submission::render(&app, &r, r.latest(), None, Some(typed), status).await;
    }
    let done = if reply.resolve() { "resolved" } else { "reply" };
    let to = format!(
        "{}?done={done}#{}",
        paths::submission(&t.edition.id, &t.state.iso3),
        anchor(&query.field_id)
    );
    Ok(Redirect::to(&to).into_response())
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

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /msq/{e}/{c}/queries/{id}`: the country's page of one query.
pub async fn country_show(
    State(app): State<AppState>,
    t: Target,
    Path((_, _, id)): Path<(String, String, String)>,
    Query(q): Query<DoneQuery>,
    viewer: Viewer,
) -> AppResult {
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3)
        .await?
        .ok_or_else(|| AppError::NotFound(tr("review.no_such_query").to_string()))?;
    let query = find(&app, response.id, &id).await?;
    let done = q.done.map(|d| {
        if d == "resolved" {
            tr("review.resolved_done")
        } else {
            tr("review.reply_sent")
        }
        .to_string()
    });
    country_page(
        &app,
        &t,
        &viewer,
        &response,
        query.id,
        done,
        None,
        StatusCode::OK,
    )
    .await
}

/// The country's page of query `id`; `kept`: a refused reply shown again.
#[allow(clippy::too_many_arguments)]
async fn country_page(
    app: &AppState,
    t: &Target,
    viewer: &Viewer,
    response: &store::Response,
    id: i64,
    notice: Option<String>,
    kept: Option<KeptReply>,
    status: StatusCode,
) -> AppResult {
    let thread = queries::threads(&app.db, response.id)
        .await?
        .into_iter()
        .find(|x| x.id == id)
        .ok_or_else(|| AppError::NotFound(tr("review.no_such_query").to_string()))?;
    let answers = store::typed(t.edition, &store::load(&app.db, response.id).await?);
    let can_reply = viewer.may(&t.state.iso3, Access::Edit);
    let title = tr("review.country_query_title");
    Ok(render_html(status, title, false, || {
        query_page(&QueryPageView {
            edition: t.edition,
            state: t.state,
            thread: &thread,
            answers: &answers,
            can_reply,
            notice,
            kept,
        })
    }))
}

/// `POST /msq/{e}/{c}/queries/{id}`: a respondent replies or resolves.
pub async fn country_reply(
    State(app): State<AppState>,
    t: Target,
    Path((_, _, id)): Path<(String, String, String)>,
    viewer: Viewer,
    address: ClientAddress,
    Form(reply): Form<Reply>,
) -> AppResult {
    let user = viewer.require(&t.state.iso3, Access::Edit)?.clone();
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3)
        .await?
        .ok_or_else(|| AppError::NotFound(tr("review.no_such_query").to_string()))?;
    let query = find(&app, response.id, &id).await?;
    let case = Case {
        edition: t.edition,
        state: t.state,
        response: &response,
    };
    let by = Actor {
        user: &user,
        address: &address,
    };
    let (text, resolve) = (&reply.text, reply.resolve());
    if let Err(e) = actions::reply(&app, &case, &by, Side::Country, &query, text, resolve).await {
        let (status, error) = super::form_refusal(e)?;
        let kept = KeptReply {
            message: reply.text.clone(),
            error,
        };
        return country_page(
            &app,
            &t,
            &viewer,
            &response,
            query.id,
            None,
            Some(kept),
            status,
        )
        .await;
    }
    let done = if reply.resolve() { "resolved" } else { "reply" };
    let to = format!(
        "{}?done={done}",
        paths::country_query(&t.edition.id, &t.state.iso3, query.id)
    );
    Ok(Redirect::to(&to).into_response())
}
