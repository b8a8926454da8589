//! Two-factor sign-in: `GET/POST /account/two-factor` (set up an
//! authenticator; required for UN DESA roles) and `GET/POST /sign-in/code`
//! (the code asked after the password).

use super::extract::{Form, Query};
use super::sign_in::{safe_next, MAX_FAILURES_PER_ACCOUNT, WINDOW_MINUTES};
use crate::accounts::throttle::{self, Limit};
use crate::accounts::viewer::Viewer;
use crate::accounts::{totp, two_factor, User};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::db::entities::users;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::two_factor::{code_page, enabled_page, recovery_page, setup_page};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use sea_orm::EntityTrait;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

fn grouped(secret: &[u8]) -> String {
    totp::base32(secret)
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

async fn setup(
    app: &AppState,
    user: &User,
    status: StatusCode,
    error: Option<String>,
) -> AppResult {
    match two_factor::start_enrolment(&app.db, user.id).await? {
        None => Ok(render_html(
            StatusCode::OK,
            tr("two_factor.on_title"),
            false,
            enabled_page,
        )),
        Some(secret) => {
            let uri = totp::otpauth_uri("UN MSQ", &user.email, &secret);
            let (secret, required) = (grouped(&secret), user.role.requires_two_factor());
            Ok(render_html(
                status,
                tr("two_factor.setup_title"),
                false,
                move || setup_page(&secret, &uri, required, error),
            ))
        }
    }
}

/// The person signed in by password (with or without a second factor: this
/// is where they set it up).
fn signed_in(viewer: &Viewer) -> Result<&User, AppError> {
    viewer.user().ok_or(AppError::SignInRequired)
}

pub async fn show_setup(State(app): State<AppState>, viewer: Viewer) -> AppResult {
    setup(&app, signed_in(&viewer)?, StatusCode::OK, None).await
}

pub async fn confirm_setup(
    State(app): State<AppState>,
    viewer: Viewer,
    address: ClientAddress,
    Form(form): Form<CodeForm>,
) -> AppResult {
    let user = signed_in(&viewer)?;
    match two_factor::confirm(&app.db, user.id, &form.code, Utc::now().timestamp()).await? {
        Some(codes) => {
            audit::record(
                &app.db,
                Event::of_user(user, kind::TWO_FACTOR_ON, "", &address),
            )
            .await?;
            Ok(render_html(
                StatusCode::OK,
                tr("two_factor.on_title"),
                false,
                move || recovery_page(&codes),
            ))
        }
        None => {
            setup(
                &app,
                user,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(tr("two_factor.wrong_code").to_string()),
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn show_code(
    State(app): State<AppState>,
    Query(q): Query<NextQuery>,
    headers: HeaderMap,
) -> Response {
    let pending = match two_factor::pending_from(&headers) {
        Some(t) => two_factor::pending_user(&app.db, &t).await.ok().flatten(),
        None => None,
    };
    if pending.is_none() {
        return Redirect::to("/sign-in").into_response();
    }
    let next = safe_next(&q.next).to_string();
    render_html(
        StatusCode::OK,
        tr("two_factor.code_title"),
        false,
        move || code_page(&next, None),
    )
}

pub async fn check_code(
    State(app): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> AppResult {
    let address = address.to_string();
    let next = safe_next(&form.next).to_string();
    let again = |status: StatusCode, message: String| {
        let next = next.clone();
        render_html(status, tr("two_factor.code_title"), false, move || {
            code_page(&next, Some(message))
        })
    };
    let token = two_factor::pending_from(&headers).unwrap_or_default();
    let Some(user_id) = two_factor::pending_user(&app.db, &token).await? else {
        return Ok(render_html(
            StatusCode::UNAUTHORIZED,
            tr("account.sign_in_title"),
            false,
            || {
                app::pages::account::sign_in_page(
                    "",
                    "/",
                    Some(tr("two_factor.expired").to_string()),
                    None,
                )
            },
        ));
    };
    let Some(account) = users::Entity::find_by_id(user_id).one(&app.db).await? else {
        return Ok(again(
            StatusCode::UNAUTHORIZED,
            tr("two_factor.expired").to_string(),
        ));
    };
    // The attempt is reserved before the code is checked: concurrent
    // guesses cannot race the limit.
    let limits = [Limit::new(
        format!("two-factor:user:{}", account.id),
        MAX_FAILURES_PER_ACCOUNT,
        WINDOW_MINUTES,
    )];
    let reservation = match throttle::reserve(&app.db, &limits).await? {
        Ok(r) => r,
        Err(_) => {
            return Ok(again(
                StatusCode::TOO_MANY_REQUESTS,
                tr("account.rate_limited_account").to_string(),
            ))
        }
    };
    if !two_factor::verify(&app.db, user_id, &form.code, Utc::now().timestamp()).await? {
        throttle::keep(reservation);
        audit::record(
            &app.db,
            Event::of_attempt(
                Some(&account),
                &account.email,
                kind::SIGN_IN_FAILED,
                "second factor",
                &address,
            ),
        )
        .await?;
        return Ok(again(
            StatusCode::UNAUTHORIZED,
            tr("two_factor.wrong_code").to_string(),
        ));
    }
    throttle::release(&app.db, reservation).await?;
    two_factor::end_pending(&app.db, &token).await?;
    let Some(user) = User::from_model(&account) else {
        return Ok(again(
            StatusCode::UNAUTHORIZED,
            tr("account.sign_in_failed").to_string(),
        ));
    };
    super::sign_in::start_session(&app, &user, &next, &address, "with second factor").await
}
