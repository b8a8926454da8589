//! `GET/POST /link/{token}`: a one-time link (invitation, first-start
//! setup, password reset) lets its person choose a password, then signs
//! them in, through the second factor when the account has one
//! (a link proves the mailbox, not the authenticator). The link works once;
//! invitations for 14 days, password resets for hours.

use super::extract::Form;
use crate::accounts::{links, password, sessions, users, User};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::AppResult;
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::account::set_password_page;
use app::pages::error_page::error_body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

fn invalid() -> Response {
    render_html(
        StatusCode::NOT_FOUND,
        tr("account.link_invalid_title"),
        false,
        || {
            error_body(
                tr("account.link_invalid_title"),
                &tr_args(
                    "account.link_invalid_body",
                    &[("hours", &links::RESET_VALID_HOURS)],
                ),
            )
        },
    )
}

fn page(status: StatusCode, token: &str, email: &str, error: Option<String>) -> Response {
    let (action, email) = (links::path(token), email.to_string());
    render_html(status, tr("account.link_title"), false, move || {
        set_password_page(&action, &email, password::MIN_LENGTH, error)
    })
}

pub async fn show(State(app): State<AppState>, Path(token): Path<String>) -> AppResult {
    Ok(match links::account(&app.db, &token).await? {
        Some(account) => page(StatusCode::OK, &token, &account.email, None),
        None => invalid(),
    })
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn set(
    State(app): State<AppState>,
    Path(token): Path<String>,
    address: ClientAddress,
    Form(form): Form<PasswordForm>,
) -> AppResult {
    let address = address.to_string();
    let Some(account) = links::account(&app.db, &token).await? else {
        return Ok(invalid());
    };
    let length = form.password.chars().count();
    let problem = if length < password::MIN_LENGTH {
        Some(tr_args(
            "account.password_too_short",
            &[("min", &password::MIN_LENGTH)],
        ))
    } else if length > password::MAX_LENGTH {
        Some(tr_args(
            "account.password_too_long",
            &[("max", &password::MAX_LENGTH)],
        ))
    } else if form.password != form.confirm {
        Some(tr("account.password_mismatch").to_string())
    } else {
        None
    };
    if let Some(p) = problem {
        return Ok(page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &token,
            &account.email,
            Some(p),
        ));
    }
    // Hashed before the link is used up: a busy server leaves the link
    // working for another try.
    let hash = password::hash(&form.password).await?;
    if !links::use_once(&app.db, &token, account.id).await? {
        return Ok(invalid());
    }
    users::set_password_hash(&app.db, account.id, &hash).await?;
    // A new password ends every other session of the account.
    sessions::end_all(&app.db, account.id).await?;
    audit::record(
        &app.db,
        Event::of_attempt(
            Some(&account),
            &account.email,
            kind::PASSWORD_SET,
            "",
            &address,
        ),
    )
    .await?;
    let Some(user) = User::from_model(&account) else {
        return Ok(invalid());
    };
    super::sign_in::finish(&app, &user, "/", &address, "after setting a password").await
}
