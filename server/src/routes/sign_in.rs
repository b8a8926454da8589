//! `GET/POST /sign-in` and `POST /sign-out`. Failed sign-ins are audited
//! and limited per account and per address (or, from a device that signed
//! in before, per device: `accounts::devices`), with the attempt reserved
//! before the password is checked (`accounts::throttle`), and password
//! checks capped (`accounts::password`); the answer never says whether the
//! e-mail address has an account. [`finish`] completes every sign-in (by
//! password, or by a one-time link): the second factor first when the
//! account has one.

use super::extract::{Form, Query};
use crate::accounts::throttle::{self, Limit};
use crate::accounts::{devices, password, sessions, two_factor, users, User};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::account::sign_in_page;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Failed sign-ins allowed in `WINDOW_MINUTES` per account / per address
/// (and per known device).
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

/// The first path segments of this site's pages: `next` may only lead
/// there.
const LOCAL_ROOTS: &[&str] = &["", "msq", "review", "admin", "account", "start", "verify"];

/// Only known paths on this site: never "//host", a full URL, a backslash,
/// whitespace or control characters (browsers drop a tab, so "/\t/evil"
/// would become "//evil"), or a path of no page of ours. Anything else
/// becomes "/".
pub fn safe_next(next: &str) -> &str {
    let first = next
        .strip_prefix('/')
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
    let ok = next.len() <= 2048
        && !next.starts_with("//")
        && next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
        && first.is_some_and(|f| LOCAL_ROOTS.contains(&f));
    if ok {
        next
    } else {
        "/"
    }
}

pub async fn form(Query(q): Query<SignInQuery>) -> Response {
    let notice = q.signed_out.map(|_| tr("account.signed_out").to_string());
    let next = safe_next(&q.next).to_string();
    render_html(
        StatusCode::OK,
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

fn again(status: StatusCode, form: &SignInForm, message: &str) -> Response {
    let (email, next, message) = (
        form.email.clone(),
        safe_next(&form.next).to_string(),
        message.to_string(),
    );
    render_html(status, tr("account.sign_in_title"), false, move || {
        sign_in_page(&email, &next, Some(message), None)
    })
}

pub async fn sign_in(
    State(app): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> AppResult {
    let address = address.to_string();
    if !users::plausible_email(&form.email) {
        return Ok(again(
            StatusCode::BAD_REQUEST,
            &SignInForm {
                email: String::new(),
                ..form
            },
            tr("account.bad_email"),
        ));
    }
    let email = users::normalize_email(&form.email);
    let account = users::find_by_email(&app.db, &email).await?;
    let device = match &account {
        Some(a) => devices::known(&app.db, &headers, a.id).await?,
        None => None,
    };
    let limits = match &device {
        Some(d) => vec![Limit::new(
            format!("sign-in:device:{d}"),
            MAX_FAILURES_PER_ACCOUNT,
            WINDOW_MINUTES,
        )],
        None => vec![
            Limit::new(
                format!("sign-in:account:{email}"),
                MAX_FAILURES_PER_ACCOUNT,
                WINDOW_MINUTES,
            ),
            Limit::new(
                format!("sign-in:address:{address}"),
                MAX_FAILURES_PER_ADDRESS,
                WINDOW_MINUTES,
            ),
        ],
    };
    let reservation = match throttle::reserve(&app.db, &limits).await? {
        Ok(r) => r,
        Err(i) => {
            let message = if limits[i].bucket.starts_with("sign-in:address:") {
                tr("account.rate_limited_address")
            } else {
                tr("account.rate_limited_account")
            };
            return Ok(again(StatusCode::TOO_MANY_REQUESTS, &form, message));
        }
    };
    // Always verify against some hash: an unknown e-mail, or an account
    // without a password yet, takes as long.
    // (`password::verify` checks an empty hash against the decoy.)
    let stored = account
        .as_ref()
        .map_or("", |a| a.password_hash.as_str())
        .to_string();
    let typed: String = form.password.chars().take(password::MAX_LENGTH).collect();
    let matches = match password::verify(&typed, &stored).await {
        Ok(m) => m,
        Err(busy) => {
            throttle::release(&app.db, reservation).await?;
            return Err(busy.into());
        }
    };
    let user = account
        .as_ref()
        .filter(|_| matches)
        .and_then(User::from_model);
    let Some(user) = user else {
        throttle::keep(reservation);
        audit::record(
            &app.db,
            Event::of_attempt(account.as_ref(), &email, kind::SIGN_IN_FAILED, "", &address),
        )
        .await?;
        return Ok(again(
            StatusCode::UNAUTHORIZED,
            &form,
            tr("account.sign_in_failed"),
        ));
    };
    throttle::release(&app.db, reservation).await?;
    finish(&app, &user, safe_next(&form.next), &address, "").await
}

/// Completes a sign-in whose password is proven: the second-factor step
/// when the account has one (a pending sign-in), else the session, its
/// audit row and the known-device cookie.
pub async fn finish(
    app: &AppState,
    user: &User,
    next: &str,
    address: &str,
    detail: &str,
) -> Result<Response, AppError> {
    let secure = app.config.secure_cookies();
    if two_factor::is_enabled(&app.db, user.id).await? {
        let pending = two_factor::begin_pending(&app.db, user.id).await?;
        let to = format!(
            "/sign-in/code?next={}",
            form_urlencoded::byte_serialize(safe_next(next).as_bytes()).collect::<String>()
        );
        let mut res = Redirect::to(&to).into_response();
        if let Ok(v) = two_factor::pending_cookie(&pending, secure).parse() {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
        return Ok(res);
    }
    start_session(app, user, next, address, detail).await
}

/// The session of a completely signed-in user (password, and the second
/// factor when they have one).
pub async fn start_session(
    app: &AppState,
    user: &User,
    next: &str,
    address: &str,
    detail: &str,
) -> Result<Response, AppError> {
    let secure = app.config.secure_cookies();
    let token = sessions::create(&app.db, user.id).await?;
    let device = devices::remember(&app.db, user.id).await?;
    audit::record(
        &app.db,
        Event::of_user(user, kind::SIGN_IN, detail, &address),
    )
    .await?;
    // The language the person chose before, on any browser, from now on.
    let language = crate::accounts::users::language(&app.db, user.id)
        .await?
        .map(|l| super::language::set_cookie(l, secure));
    let mut res = Redirect::to(safe_next(next)).into_response();
    let h = res.headers_mut();
    for cookie in [
        sessions::set_cookie(&token, secure),
        devices::set_cookie(&device, secure),
        two_factor::clear_pending_cookie(secure),
    ]
    .into_iter()
    .chain(language)
    {
        if let Ok(v) = cookie.parse() {
            h.append(header::SET_COOKIE, v);
        }
    }
    Ok(res)
}

pub async fn sign_out(
    State(app): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
) -> AppResult {
    if let Some(token) = sessions::token_from(&headers) {
        if let Some(user) = sessions::user(&app.db, &token).await? {
            audit::record(&app.db, Event::of_user(&user, kind::SIGN_OUT, "", &address)).await?;
        }
        sessions::end(&app.db, &token).await?;
    }
    let mut res = Redirect::to("/sign-in?signed_out=1").into_response();
    if let Ok(v) = sessions::clear_cookie(app.config.secure_cookies()).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_leads_only_to_our_own_pages() {
        for good in [
            "/",
            "/msq/2020/MAR",
            "/msq/2020/MAR/s1?add=q14#w-q14",
            "/review/2020?state=submitted",
            "/account/two-factor",
        ] {
            assert_eq!(safe_next(good), good);
        }
        for bad in [
            "//evil.example/",
            "/\t/evil.example/",
            "/%09/evil.example/",
            "/\\evil.example",
            "https://evil.example/",
            "evil",
            "/msq/2020/MAR\n",
            "/ msq",
            "/elsewhere/page",
            "",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }
}
