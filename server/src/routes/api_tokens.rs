//! `GET/POST /account/api-tokens` and `POST /account/api-tokens/{id}/revoke`:
//! UN DESA staff create, list and revoke their personal API tokens. A new
//! token is shown once, on the page that answers the POST. Audited.

use super::access::staff;
use crate::accounts::api_tokens;
use crate::accounts::viewer::Viewer;
use crate::accounts::User;
use crate::audit::{self, kind, Event};
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::api_tokens::{api_tokens_page, TokenRow, PATH};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;

fn at(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

async fn page(
    app: &AppState,
    user: &User,
    headers: &HeaderMap,
    status: StatusCode,
    created: Option<(String, String)>,
    error: Option<String>,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let rows: Vec<TokenRow> = api_tokens::of_user(&app.db, user.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            created_at: at(t.created_at),
            last_used_at: t.last_used_at.map(at),
            revoked_at: t.revoked_at.map(at),
        })
        .collect();
    Ok(render_html(
        status,
        headers,
        tr("api.title"),
        false,
        move || api_tokens_page(&rows, created, error, notice),
    ))
}

fn event(user: &User, peer: &SocketAddr, kind: &'static str, detail: String) -> Event {
    Event::of_account(
        user.id,
        &user.email,
        None,
        kind,
        detail,
        &peer.ip().to_string(),
    )
}

pub async fn show(
    State(app): State<AppState>,
    viewer: Viewer,
    uri: Uri,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let user = match staff(&viewer, &uri, &headers, false) {
        Ok(u) => u.clone(),
        Err(r) => return *r,
    };
    let notice =
        (query.as_deref() == Some("revoked=1")).then(|| tr("api.revoked_done").to_string());
    respond(
        page(&app, &user, &headers, StatusCode::OK, None, None, notice).await,
        &headers,
    )
}

pub async fn create(
    State(app): State<AppState>,
    viewer: Viewer,
    uri: Uri,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let user = match staff(&viewer, &uri, &headers, false) {
        Ok(u) => u.clone(),
        Err(r) => return *r,
    };
    let name: String = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "name")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    let run = async {
        if name.is_empty() {
            let error = Some(tr("api.name_required").to_string());
            return page(
                &app,
                &user,
                &headers,
                StatusCode::BAD_REQUEST,
                None,
                error,
                None,
            )
            .await;
        }
        let (id, token) = api_tokens::create(&app.db, user.id, &name).await?;
        audit::record(
            &app.db,
            event(
                &user,
                &peer,
                kind::API_TOKEN_CREATED,
                format!("token #{id} \"{name}\""),
            ),
        )
        .await?;
        page(
            &app,
            &user,
            &headers,
            StatusCode::OK,
            Some((name.clone(), token)),
            None,
            None,
        )
        .await
    };
    respond(run.await, &headers)
}

pub async fn revoke(
    State(app): State<AppState>,
    Path(id): Path<String>,
    viewer: Viewer,
    uri: Uri,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let user = match staff(&viewer, &uri, &headers, false) {
        Ok(u) => u.clone(),
        Err(r) => return *r,
    };
    let run = async {
        let none = || AppError::NotFound(tr("api.no_such_token").to_string());
        let id: i64 = id.parse().map_err(|_| none())?;
        if !api_tokens::revoke(&app.db, user.id, id).await? {
            return Err(none());
        }
        audit::record(
            &app.db,
            event(
                &user,
                &peer,
                kind::API_TOKEN_REVOKED,
                format!("token #{id}"),
            ),
        )
        .await?;
        Ok(Redirect::to(&format!("{PATH}?revoked=1")).into_response())
    };
    respond(run.await, &headers)
}
