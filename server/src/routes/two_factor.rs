//! Two-factor sign-in: `GET/POST /account/two-factor` (set up an
//! authenticator, with a QR code of the key; required for UN DESA roles),
//! `POST /account/two-factor/recovery-codes` and `…/renew` (new recovery
//! codes, a new device: each after a current code) and
//! `GET/POST /sign-in/code` (the code asked after the password).

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
            || enabled_page(None),
        )),
        Some(secret) => {
            let uri = totp::otpauth_uri("UN MSQ", &user.email, &secret);
            let qr = qr_svg(&uri);
            let (secret, required) = (grouped(&secret), user.role.requires_two_factor());
            Ok(render_html(
                status,
                tr("two_factor.setup_title"),
                false,
                move || setup_page(&secret, &uri, qr, required, error),
            ))
        }
    }
}

/// The otpauth link as a QR code: SVG markup, black modules on white with
/// a quiet zone, scaled by the page's CSS.
fn qr_svg(uri: &str) -> String {
    let Ok(code) = qrcode::QrCode::with_error_correction_level(uri, qrcode::EcLevel::M) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // Inline in HTML: without the XML declaration.
    svg.find("<svg")
        .map_or(String::new(), |i| svg[i..].to_string())
}

/// Checks a current code (app or recovery) of a signed-in person before a
/// change to their second factor, within the sign-in's limit of attempts.
/// `Ok(false)`: wrong (or too many tries: the message says which).
async fn current_code(
    app: &AppState,
    user: &User,
    typed: &str,
    address: &str,
) -> Result<Result<(), String>, AppError> {
    let limits = [Limit::new(
        format!("two-factor:user:{}", user.id),
        MAX_FAILURES_PER_ACCOUNT,
        WINDOW_MINUTES,
    )];
    let Ok(reservation) = throttle::reserve(&app.db, &limits).await? else {
        return Ok(Err(tr("account.rate_limited_account").to_string()));
    };
    if two_factor::verify(&app.db, user.id, typed, Utc::now().timestamp()).await? {
        throttle::release(&app.db, reservation).await?;
        Ok(Ok(()))
    } else {
        throttle::keep(reservation);
        audit::record(
            &app.db,
            Event::of_user(
                user,
                kind::SIGN_IN_FAILED,
                "second factor (account page)",
                &address,
            ),
        )
        .await?;
        Ok(Err(tr("two_factor.wrong_code").to_string()))
    }
}

/// The second-factor page again, saying why, when `typed` is not a current
/// code (`which`: the form it was typed in); None when it is.
async fn refused(
    app: &AppState,
    user: &User,
    typed: &str,
    address: &str,
    which: &'static str,
) -> Result<Option<Response>, AppError> {
    Ok(current_code(app, user, typed, address)
        .await?
        .err()
        .map(|message| {
            render_html(
                StatusCode::UNPROCESSABLE_ENTITY,
                tr("two_factor.on_title"),
                false,
                move || enabled_page(Some((which, message))),
            )
        }))
}

/// `POST /account/two-factor/recovery-codes`: ten new codes, shown once.
pub async fn new_codes(
    State(app): State<AppState>,
    viewer: Viewer,
    address: ClientAddress,
    Form(form): Form<CodeForm>,
) -> AppResult {
    let user = viewer.signed_in()?;
    let address = address.to_string();
    if let Some(refused) = refused(&app, user, &form.code, &address, "codes").await? {
        return Ok(refused);
    }
    let codes = two_factor::new_recovery_codes(&app.db, user.id).await?;
    audit::record(
        &app.db,
        Event::of_user(user, kind::RECOVERY_CODES_RENEWED, "", &address),
    )
    .await?;
    Ok(render_html(
        StatusCode::OK,
        tr("two_factor.codes_done_title"),
        false,
        move || recovery_page(tr("two_factor.codes_done_title"), &codes),
    ))
}

/// `POST /account/two-factor/renew`: the current second factor goes, and
/// the set-up page shows a new key at once.
pub async fn renew(
    State(app): State<AppState>,
    viewer: Viewer,
    address: ClientAddress,
    Form(form): Form<CodeForm>,
) -> AppResult {
    let user = viewer.signed_in()?;
    let address = address.to_string();
    if let Some(refused) = refused(&app, user, &form.code, &address, "renew").await? {
        return Ok(refused);
    }
    two_factor::reset(&app.db, user.id).await?;
    audit::record(
        &app.db,
        Event::of_user(user, kind::TWO_FACTOR_REENROLLED, "", &address),
    )
    .await?;
    Ok(Redirect::to(app::paths::TWO_FACTOR).into_response())
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
                move || recovery_page(tr("two_factor.on_title"), &codes),
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
