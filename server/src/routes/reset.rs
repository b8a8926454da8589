//! `GET/POST /reset`: "forgot your password?". A reset link (the same
//! one-time link as an invitation) goes to the address if it has an
//! account; the answer never says whether it has. At most 3 requests per
//! address in 15 minutes.

use crate::accounts::{links, users, User};
use crate::audit::{self, kind, Event};
use crate::error::respond;
use crate::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::account::reset_page;
use axum::extract::{ConnectInfo, Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{Duration, Utc};
use serde::Deserialize;
use std::net::SocketAddr;

pub const MAX_PER_ACCOUNT: u64 = 3;

pub async fn form(headers: HeaderMap) -> Response {
    render_html(
        StatusCode::OK,
        &headers,
        tr("account.reset_title"),
        false,
        || reset_page(false),
    )
}

#[derive(Deserialize, Default)]
pub struct ResetForm {
    #[serde(default)]
    email: String,
}

pub async fn request(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    form: Result<Form<ResetForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let form = form.map(|Form(f)| f).unwrap_or_default();
    let result = async {
        let email = users::normalize_email(&form.email);
        let since = Utc::now() - Duration::minutes(15);
        let recent =
            audit::count_since(&app.db, kind::RESET_REQUESTED, Some(&email), None, since).await?;
        let account = users::find_by_email(&app.db, &email).await?;
        audit::record(
            &app.db,
            Event {
                user_id: account.as_ref().map(|a| a.id),
                actor: email.clone(),
                kind: kind::RESET_REQUESTED,
                member_state: account.as_ref().and_then(|a| a.member_state.clone()),
                detail: String::new(),
                address: peer.ip().to_string(),
            },
        )
        .await?;
        if let Some(account) =
            account.filter(|a| User::from_model(a).is_some() && recent < MAX_PER_ACCOUNT)
        {
            let token = links::create(&app.db, account.id, "reset", "password reset").await?;
            let link = format!("{}{}", app.config.base_url(), links::path(&token));
            let body = tr_args("account.reset_body", &[("link", &link)]);
            app.mailer
                .send(&app.db, &account.email, tr("account.reset_subject"), &body)
                .await?;
        }
        Ok(render_html(
            StatusCode::OK,
            &headers,
            tr("account.reset_title"),
            false,
            || reset_page(true),
        ))
    }
    .await;
    respond(result, &headers)
}
