//! Two-factor sign-in: enrolling an authenticator (a pending secret, then
//! a first code confirms it and ten one-time recovery codes are shown
//! once), checking a second factor (a code not used before, or an unused
//! recovery code), and sign-ins waiting for it.

use super::token::{cookie, is_token, new_token, token_hash};
use super::{secret_box, totp};
use crate::db::entities::{pending_sign_ins, recovery_codes, two_factor};
use chrono::{Duration, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};

/// How many recovery codes a person gets.
pub const RECOVERY_CODES: usize = 10;
/// How long a sign-in waits for its second factor.
pub const PENDING_MINUTES: i64 = 5;
/// The cookie of a sign-in waiting for its second factor.
pub const PENDING_COOKIE: &str = "msq_pending";

pub async fn is_enabled(db: &impl ConnectionTrait, user_id: i64) -> Result<bool, DbErr> {
    Ok(two_factor::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .is_some_and(|t| t.enabled_at.is_some()))
}

/// The secret to enrol: the pending one if there is one (a reload shows the
/// same), else a new one. None when two-factor sign-in is already on.
pub async fn start_enrolment(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Option<Vec<u8>>, DbErr> {
    if let Some(t) = two_factor::Entity::find_by_id(user_id).one(db).await? {
        if t.enabled_at.is_some() {
            return Ok(None);
        }
        return Ok(secret_box::open(&t.secret));
    }
    let secret = totp::new_secret();
    two_factor::Entity::insert(two_factor::ActiveModel {
        user_id: Set(user_id),
        secret: Set(secret_box::seal(&secret)),
        enabled_at: Set(None),
        last_step: Set(0),
    })
    .on_conflict_do_nothing_on([two_factor::Column::UserId])
    .exec_without_returning(db)
    .await?;
    // Whoever inserted first, this is the secret now.
    Ok(two_factor::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .and_then(|t| secret_box::open(&t.secret)))
}

/// Turns two-factor sign-in on when `typed` is the current code of the
/// pending secret; returns the recovery codes (shown once, kept hashed).
pub async fn confirm(
    db: &impl ConnectionTrait,
    user_id: i64,
    typed: &str,
    now_unix: i64,
) -> Result<Option<Vec<String>>, DbErr> {
    let Some(t) = two_factor::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    let Some(secret) = secret_box::open(&t.secret) else {
        return Ok(None);
    };
    if t.enabled_at.is_some() {
        return Ok(None);
    }
    let Some(step) = totp::matching_step(&secret, typed, now_unix) else {
        return Ok(None);
    };
    two_factor::Entity::update_many()
        .col_expr(two_factor::Column::EnabledAt, Expr::value(Utc::now()))
        .col_expr(two_factor::Column::LastStep, Expr::value(step))
        .filter(two_factor::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let codes = new_recovery_codes(db, user_id).await?;
    super::sessions::forget_user(user_id);
    Ok(Some(codes))
}

/// Ten new recovery codes for `user_id` (the earlier ones stop working):
/// shown once, kept hashed.
pub async fn new_recovery_codes(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Vec<String>, DbErr> {
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let raw = new_token();
        let code = format!("{}-{}", &raw[..5], &raw[5..10]);
        recovery_codes::Entity::insert(recovery_codes::ActiveModel {
            code_hash: Set(token_hash(&code)),
            user_id: Set(user_id),
            used_at: Set(None),
        })
        .exec_without_returning(db)
        .await?;
        codes.push(code);
    }
    Ok(codes)
}

/// Removes `user_id`'s second factor and recovery codes: they set one up
/// again (at their next sign-in; UN DESA roles can do nothing else until
/// they have). Used when a person re-enrols a new device, and by an
/// administrator for someone who lost theirs.
pub async fn reset(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    two_factor::Entity::delete_many()
        .filter(two_factor::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    super::sessions::forget_user(user_id);
    Ok(())
}

/// Checks a second factor: a code of a time step after the last one used
/// (each works once), or an unused recovery code (used up by this).
pub async fn verify(
    db: &impl ConnectionTrait,
    user_id: i64,
    typed: &str,
    now_unix: i64,
) -> Result<bool, DbErr> {
    let Some(t) = two_factor::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(false);
    };
    if t.enabled_at.is_none() {
        return Ok(false);
    }
    let secret = secret_box::open(&t.secret).unwrap_or_default();
    if let Some(step) = totp::matching_step(&secret, typed, now_unix) {
        // Only a newer step, and only once even if two requests race.
        let done = two_factor::Entity::update_many()
            .col_expr(two_factor::Column::LastStep, Expr::value(step))
            .filter(two_factor::Column::UserId.eq(user_id))
            .filter(two_factor::Column::LastStep.lt(step))
            .exec(db)
            .await?;
        return Ok(done.rows_affected == 1);
    }
    let code = typed.trim().to_lowercase();
    let done = recovery_codes::Entity::update_many()
        .col_expr(recovery_codes::Column::UsedAt, Expr::value(Utc::now()))
        .filter(recovery_codes::Column::CodeHash.eq(token_hash(&code)))
        .filter(recovery_codes::Column::UserId.eq(user_id))
        .filter(recovery_codes::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Encrypts the secrets stored in plain hex before encryption came (run at
/// start-up).
pub async fn seal_plain_secrets(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    for t in two_factor::Entity::find().all(db).await? {
        if !secret_box::is_plain(&t.secret) {
            continue;
        }
        let Ok(secret) = hex::decode(&t.secret) else {
            continue;
        };
        two_factor::Entity::update_many()
            .col_expr(
                two_factor::Column::Secret,
                Expr::value(secret_box::seal(&secret)),
            )
            .filter(two_factor::Column::UserId.eq(t.user_id))
            .filter(two_factor::Column::Secret.eq(t.secret.clone()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Starts a sign-in that waits for its second factor; returns the token.
pub async fn begin_pending(db: &impl ConnectionTrait, user_id: i64) -> Result<String, DbErr> {
    let token = new_token();
    pending_sign_ins::Entity::insert(pending_sign_ins::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        expires_at: Set(Utc::now() + Duration::minutes(PENDING_MINUTES)),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The user a pending sign-in is for, if it has not expired.
pub async fn pending_user(db: &impl ConnectionTrait, token: &str) -> Result<Option<i64>, DbErr> {
    if !is_token(token) {
        return Ok(None);
    }
    Ok(pending_sign_ins::Entity::find_by_id(token_hash(token))
        .one(db)
        .await?
        .filter(|p| p.expires_at > Utc::now())
        .map(|p| p.user_id))
}

pub async fn end_pending(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    pending_sign_ins::Entity::delete_by_id(token_hash(token))
        .exec(db)
        .await?;
    Ok(())
}

/// The pending token in a request's cookies.
pub fn pending_from(headers: &axum::http::HeaderMap) -> Option<String> {
    cookie(headers, PENDING_COOKIE)
}

pub fn pending_cookie(token: &str, secure: bool) -> String {
    format!(
        "{PENDING_COOKIE}={token}; Path=/sign-in; HttpOnly; SameSite=Strict; Max-Age={}{}",
        PENDING_MINUTES * 60,
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_pending_cookie(secure: bool) -> String {
    format!(
        "{PENDING_COOKIE}=; Path=/sign-in; HttpOnly; SameSite=Strict; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}
