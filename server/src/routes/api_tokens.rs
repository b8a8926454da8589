//! `GET/POST /account/api-tokens`, `POST /account/api-tokens/{id}/renew`
//! and `POST /account/api-tokens/{id}/revoke`: UN DESA staff create, list,
//! renew and revoke their personal API tokens. A new token is shown once,
//! on the page that answers the POST. Audited.

use super::extract::{Form, Query, Staff};
use crate::accounts::api_tokens;
use crate::accounts::User;
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::api_tokens::{api_tokens_page, TokenRow};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

fn at(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

/// What the page shows besides the list: a token just made, an error, a
/// notice.
#[derive(Default)]
struct Shown {
    created: Option<(String, String)>,
    error: Option<String>,
    notice: Option<String>,
}

async fn page(app: &AppState, user: &User, status: StatusCode, shown: Shown) -> AppResult {
    let rows: Vec<TokenRow> = api_tokens::of_user(&app.db, user.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            expired: t.expires_at <= chrono::Utc::now(),
            expires_at: at(t.expires_at),
            id: t.id,
            name: t.name,
            created_at: at(t.created_at),
            last_used_at: t.last_used_at.map(at),
            revoked_at: t.revoked_at.map(at),
        })
        .collect();
    let days: Vec<(i64, bool)> = api_tokens::DAY_CHOICES
        .iter()
        .map(|d| (*d, *d == api_tokens::DEFAULT_DAYS))
        .collect();
    Ok(render_html(status, tr("api.title"), false, move || {
        api_tokens_page(&rows, &days, shown.created, shown.error, shown.notice)
    }))
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    revoked: Option<String>,
    #[serde(default)]
    renewed: Option<String>,
}

pub async fn show(
    State(app): State<AppState>,
    Staff(user): Staff,
    Query(q): Query<ListQuery>,
) -> AppResult {
    let notice = if q.revoked.as_deref() == Some("1") {
        Some(tr("api.revoked_done").to_string())
    } else if q.renewed.as_deref() == Some("1") {
        Some(tr("api.renewed_done").to_string())
    } else {
        None
    };
    let shown = Shown {
        notice,
        ..Shown::default()
    };
    page(&app, &user, StatusCode::OK, shown).await
}

#[derive(Deserialize, Default)]
pub struct CreateForm {
    #[serde(default)]
    name: String,
    /// How many days the token works (one of `DAY_CHOICES`; empty: the
    /// default).
    #[serde(default)]
    days: String,
}

pub async fn create(
    State(app): State<AppState>,
    Staff(user): Staff,
    address: ClientAddress,
    Form(form): Form<CreateForm>,
) -> AppResult {
    let name = form.name.trim().to_string();
    if name.is_empty() {
        let shown = Shown {
            error: Some(tr("api.name_required").to_string()),
            ..Shown::default()
        };
        return page(&app, &user, StatusCode::BAD_REQUEST, shown).await;
    }
    let days = match form.days.trim() {
        "" => Some(api_tokens::DEFAULT_DAYS),
        d => d
            .parse()
            .ok()
            .filter(|d| api_tokens::DAY_CHOICES.contains(d)),
    };
    let Some(days) = days else {
        let shown = Shown {
            error: Some(tr("api.bad_days").to_string()),
            ..Shown::default()
        };
        return page(&app, &user, StatusCode::BAD_REQUEST, shown).await;
    };
    let (id, token) = api_tokens::create(&app.db, user.id, &name, days).await?;
    audit::record(
        &app.db,
        Event::of_user(
            &user,
            kind::API_TOKEN_CREATED,
            format!("token #{id} \"{name}\""),
            &address,
        ),
    )
    .await?;
    let shown = Shown {
        created: Some((name, token)),
        ..Shown::default()
    };
    page(&app, &user, StatusCode::OK, shown).await
}

/// What an owner does to one of their tokens.
#[derive(Clone, Copy)]
enum Change {
    Revoke,
    Renew,
}

/// `POST /account/api-tokens/{id}/revoke|renew`: one of the user's own
/// tokens (another's is a 404), audited, back to the list with a notice.
async fn change(
    app: &AppState,
    user: &User,
    id: &str,
    address: &ClientAddress,
    what: Change,
) -> AppResult {
    let none = || AppError::NotFound(tr("api.no_such_token").to_string());
    let id: i64 = id.parse().map_err(|_| none())?;
    let (done, audit_kind, notice) = match what {
        Change::Revoke => (
            api_tokens::revoke(&app.db, user.id, id).await?,
            kind::API_TOKEN_REVOKED,
            "revoked",
        ),
        Change::Renew => (
            api_tokens::renew(&app.db, user.id, id).await?,
            kind::API_TOKEN_RENEWED,
            "renewed",
        ),
    };
    if !done {
        return Err(none());
    }
    audit::record(
        &app.db,
        Event::of_user(user, audit_kind, format!("token #{id}"), address),
    )
    .await?;
    Ok(Redirect::to(&format!("{}?{notice}=1", app::paths::API_TOKENS)).into_response())
}

pub async fn revoke(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Staff(user): Staff,
    address: ClientAddress,
) -> AppResult {
    change(&app, &user, &id, &address, Change::Revoke).await
}

pub async fn renew(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Staff(user): Staff,
    address: ClientAddress,
) -> AppResult {
    change(&app, &user, &id, &address, Change::Renew).await
}
