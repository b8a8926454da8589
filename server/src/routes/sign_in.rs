//! `GET/POST /sign-in` and `POST /sign-out`. Failed sign-ins are audited
//! and limited per account and per address; the answer never says whether
//! the e-mail address has an account.

use crate::accounts::{password, sessions, users, User};
use crate::audit::{self, kind, Event};
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::account::sign_in_page;
use axum::extract::{ConnectInfo, Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use serde::Deserialize;
use std::net::SocketAddr;

/// Failed sign-ins allowed in `WINDOW_MINUTES` per account / per address.
pub const MAX_FAILURES_PER_ACCOUNT: u64 = 5;
pub const MAX_FAILURES_PER_ADDRESS: u64 = 20;
pub const WINDOW_MINUTES: i64 = 15;

#[derive(Deserialize, Default)]
pub struct SignInQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    signed_out: Option<String>,
}

/// Only paths on this site, never "//host" or a full URL.
pub fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/"
    }
}

pub async fn form(Query(q): Query<SignInQuery>, headers: HeaderMap) -> Response {
    let notice = q.signed_out.map(|_| tr("account.signed_out").to_string());
    let next = safe_next(&q.next).to_string();
    render_html(
        StatusCode::OK,
        &headers,
        tr("account.sign_in_title"),
        false,
        move || sign_in_page("", &next, None, notice),
    )
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn sign_in(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    form: Result<Form<SignInForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let form = match form {
        Ok(Form(f)) => f,
        Err(_) => {
            return AppError::BadRequest(tr("account.sign_in_failed").to_string()).respond(&headers)
        }
    };
    respond(
        run(&app, &peer.ip().to_string(), form, &headers).await,
        &headers,
    )
}

fn again(headers: &HeaderMap, status: StatusCode, form: &SignInForm, message: &str) -> Response {
    let (email, next, message) = (
        form.email.clone(),
        safe_next(&form.next).to_string(),
        message.to_string(),
    );
    render_html(
        status,
        headers,
        tr("account.sign_in_title"),
        false,
        move || sign_in_page(&email, &next, Some(message), None),
    )
}

async fn run(
    app: &AppState,
    address: &str,
    form: SignInForm,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let email = users::normalize_email(&form.email);
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    let by_account =
        audit::count_since(&app.db, kind::SIGN_IN_FAILED, Some(&email), None, since).await?;
    if by_account >= MAX_FAILURES_PER_ACCOUNT {
        return Ok(again(
            headers,
            StatusCode::TOO_MANY_REQUESTS,
            &form,
            tr("account.rate_limited_account"),
        ));
    }
    let by_address =
        audit::count_since(&app.db, kind::SIGN_IN_FAILED, None, Some(address), since).await?;
    if by_address >= MAX_FAILURES_PER_ADDRESS {
        return Ok(again(
            headers,
            StatusCode::TOO_MANY_REQUESTS,
            &form,
            tr("account.rate_limited_address"),
        ));
    }
    let account = users::find_by_email(&app.db, &email).await?;
    // Always verify against some hash: an unknown e-mail takes as long.
    let stored = account
        .as_ref()
        .map_or(password::decoy(), |a| a.password_hash.as_str())
        .to_string();
    let typed = form.password.clone();
    let matches = tokio::task::spawn_blocking(move || password::verify(&typed, &stored))
        .await
        .unwrap_or(false);
    let user = account
        .as_ref()
        .filter(|_| matches)
        .and_then(User::from_model);
    let Some(user) = user else {
        audit::record(
            &app.db,
            Event {
                user_id: account.as_ref().map(|a| a.id),
                actor: email.clone(),
                kind: kind::SIGN_IN_FAILED,
                member_state: account.as_ref().and_then(|a| a.member_state.clone()),
                detail: String::new(),
                address: address.to_string(),
            },
        )
        .await?;
        return Ok(again(
            headers,
            StatusCode::UNAUTHORIZED,
            &form,
            tr("account.sign_in_failed"),
        ));
    };
    // A second factor first, when the person has one.
    if crate::accounts::two_factor::is_enabled(&app.db, user.id).await? {
        let pending = crate::accounts::two_factor::begin_pending(&app.db, user.id).await?;
        let to = format!(
            "/sign-in/code?next={}",
            form_urlencoded::byte_serialize(safe_next(&form.next).as_bytes()).collect::<String>()
        );
        let mut res = Redirect::to(&to).into_response();
        if let Ok(v) =
            crate::accounts::two_factor::pending_cookie(&pending, app.config.secure_cookies())
                .parse()
        {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
        return Ok(res);
    }
    let token = sessions::create(&app.db, user.id).await?;
    audit::record(
        &app.db,
        Event::of_account(
            user.id,
            &user.email,
            user.member_state.as_deref(),
            kind::SIGN_IN,
            "",
            address,
        ),
    )
    .await?;
    let mut res = Redirect::to(safe_next(&form.next)).into_response();
    if let Ok(v) = sessions::set_cookie(&token, app.config.secure_cookies()).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

pub async fn sign_out(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    respond(
        sign_out_run(&app, &peer.ip().to_string(), &headers).await,
        &headers,
    )
}

async fn sign_out_run(
    app: &AppState,
    address: &str,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    if let Some(token) = sessions::token_from(headers) {
        if let Some(user) = sessions::user(&app.db, &token).await? {
            audit::record(
                &app.db,
                Event::of_account(
                    user.id,
                    &user.email,
                    user.member_state.as_deref(),
                    kind::SIGN_OUT,
                    "",
                    address,
                ),
            )
            .await?;
        }
        sessions::end(&app.db, &token).await?;
    }
    let mut res = Redirect::to("/sign-in?signed_out=1").into_response();
    if let Ok(v) = sessions::clear_cookie(app.config.secure_cookies()).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}
