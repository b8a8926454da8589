//! `GET/POST /reset`: "forgot your password?". A reset link (a one-time
//! link that lasts `links::RESET_VALID_HOURS`) goes to the address if it
//! has an account; the answer never says whether it has, and takes the
//! same time either way (the link and the e-mail are made after the
//! answer). Limited per address and per account; refused requests are
//! audited once per address in the window (once per address and e-mail
//! when the account's limit refused them), so a flood cannot push real
//! events off the trail.

use super::extract::Form;
use crate::accounts::throttle::{self, Limit};
use crate::accounts::{links, users, User};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::account::reset_page;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// Reset links mailed per account in `WINDOW_MINUTES`.
pub const MAX_PER_ACCOUNT: u64 = 3;
/// Reset requests accepted per network address in `WINDOW_MINUTES`.
pub const MAX_PER_ADDRESS: u64 = 10;
pub const WINDOW_MINUTES: i64 = 15;

/// The limits' places in `request`'s list (which one refused).
const BY_ADDRESS: usize = 0;
const BY_ACCOUNT: usize = 1;

pub async fn form() -> Response {
    render_html(StatusCode::OK, tr("account.reset_title"), false, || {
        reset_page(false, links::RESET_VALID_HOURS)
    })
}

#[derive(Deserialize, Default)]
pub struct ResetForm {
    #[serde(default)]
    email: String,
}

pub async fn request(
    State(app): State<AppState>,
    address: ClientAddress,
    Form(form): Form<ResetForm>,
) -> AppResult {
    let address = address.to_string();
    if !users::plausible_email(&form.email) {
        return Err(AppError::BadRequest(tr("account.bad_email").to_string()));
    }
    let email = users::normalize_email(&form.email);
    let limits = [
        Limit::new(
            format!("reset:address:{address}"),
            MAX_PER_ADDRESS,
            WINDOW_MINUTES,
        ),
        Limit::new(
            format!("reset:account:{email}"),
            MAX_PER_ACCOUNT,
            WINDOW_MINUTES,
        ),
    ];
    let account = users::find_by_email(&app.db, &email).await?;
    let refused = match throttle::reserve(&app.db, &limits).await? {
        Ok(reservation) => {
            throttle::keep(reservation);
            None
        }
        Err(i) => Some(i),
    };
    let event = |kind| Event::of_attempt(account.as_ref(), &email, kind, "", &address);
    match refused {
        None => audit::record(&app.db, event(kind::RESET_REQUESTED)).await?,
        Some(limit) => {
            // One row per refused pattern in the window: per address when
            // the address is over its limit (however many e-mails it
            // tries), per address and e-mail when the account is.
            let since = chrono::Utc::now() - chrono::Duration::minutes(WINDOW_MINUTES);
            let per_email = (limit == BY_ACCOUNT).then_some(email.as_str());
            let seen = audit::count_since(
                &app.db,
                kind::RESET_REFUSED,
                per_email,
                Some(&address),
                since,
            )
            .await?;
            if seen == 0 {
                audit::record(&app.db, event(kind::RESET_REFUSED)).await?;
            }
        }
    }
    if refused == Some(BY_ADDRESS) {
        // Too many from this address: saying so reveals nothing of the
        // account.
        return Err(AppError::TooManyRequests(
            tr("account.rate_limited_reset").to_string(),
        ));
    }
    if let Some(account) = account.filter(|a| User::from_model(a).is_some() && refused.is_none()) {
        let (app, to) = (app.clone(), account.email.clone());
        tokio::spawn(async move {
            if let Err(e) = send_link(&app, account.id, &to).await {
                tracing::error!(error = %e, "could not send a password reset link");
            }
        });
    }
    Ok(render_html(
        StatusCode::OK,
        tr("account.reset_title"),
        false,
        || reset_page(true, links::RESET_VALID_HOURS),
    ))
}

async fn send_link(app: &AppState, user_id: i64, to: &str) -> Result<(), sea_orm::DbErr> {
    let token = links::create(&app.db, user_id, links::RESET, "password reset").await?;
    let link = format!("{}{}", app.config.base_url(), links::path(&token));
    let body = tr_args(
        "account.reset_body",
        &[("link", &link), ("hours", &links::RESET_VALID_HOURS)],
    );
    app.mailer
        .send(&app.db, to, tr("account.reset_subject"), &body)
        .await
}
