//! Server-side sessions in the database (so several app instances share
//! them): the cookie carries a random 256-bit token; the table keeps only
//! its SHA-256. Sessions expire; signing out deletes the row.

use super::User;
use crate::db::entities::{sessions, users};
use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

/// The session cookie's name.
pub const COOKIE: &str = "msq_session";

/// How long a session lasts (absolute): a working day.
pub const LIFETIME_HOURS: i64 = 12;

/// A fresh random token (hex, 64 characters).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut bytes);
    hex::encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session; returns the cookie's token.
pub async fn create(db: &impl ConnectionTrait, user_id: i64) -> Result<String, DbErr> {
    let token = new_token();
    let now = Utc::now();
    sessions::Entity::insert(sessions::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(LIFETIME_HOURS)),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The signed-in user of a token, if the session exists, has not expired
/// and the account is enabled.
pub async fn user(db: &impl ConnectionTrait, token: &str) -> Result<Option<User>, DbErr> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let Some(session) = sessions::Entity::find_by_id(token_hash(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if session.expires_at <= Utc::now() {
        return Ok(None);
    }
    Ok(users::Entity::find_by_id(session.user_id)
        .one(db)
        .await?
        .as_ref()
        .and_then(User::from_model))
}

/// Ends a session.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    sessions::Entity::delete_by_id(token_hash(token))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of a user (after a password change).
pub async fn end_all(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The `Set-Cookie` value that starts a session: HttpOnly (no script reads
/// it), SameSite=Lax (no cross-site POST carries it), Secure over HTTPS.
pub fn set_cookie(token: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        LIFETIME_HOURS * 3600,
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that removes it.
pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The session token in a request's Cookie header.
pub fn token_from(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
}
