//! Server-side sessions in the database (so several app instances share
//! them): the cookie carries a random 256-bit token; the table keeps only
//! its SHA-256. Sessions expire; signing out deletes the row.

use super::token::{cookie, is_token, new_token, token_hash};
use super::User;
use crate::db::entities::{sessions, users};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Instant;

/// The session cookie's name.
pub const COOKIE: &str = "msq_session";

/// How long a session lasts (absolute): a working day.
pub const LIFETIME_HOURS: i64 = 12;

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

/// Sessions recently read from the database, by token hash: the access
/// check runs on every page, and the rendering target leaves no room for
/// two queries each time. Ending a session (sign-out, new password) removes
/// it here at once. On SQLite (one server process) an entry holds until the
/// session expires; on PostgreSQL, where another instance may end a
/// session, it is read again after `RECHECK`.
struct Cached {
    user: User,
    expires_at: DateTime<Utc>,
    read_at: Instant,
}

static CACHE: LazyLock<quick_cache::sync::Cache<String, Arc<Cached>>> =
    LazyLock::new(|| quick_cache::sync::Cache::new(20_000));

/// Bumped whenever a session ends: a read that started before cannot put
/// what it read into the cache.
static ENDINGS: AtomicU64 = AtomicU64::new(0);

/// How long another instance's sign-out may take to reach this one on
/// PostgreSQL.
pub const RECHECK: std::time::Duration = std::time::Duration::from_secs(5);

/// The signed-in user of a token, if the session exists, has not expired
/// and the account is enabled.
pub async fn user(db: &impl ConnectionTrait, token: &str) -> Result<Option<User>, DbErr> {
    if !is_token(token) {
        return Ok(None);
    }
    let hash = token_hash(token);
    let now = Utc::now();
    let single_process = db.get_database_backend() == DbBackend::Sqlite;
    if let Some(c) = CACHE.get(&hash) {
        if c.expires_at > now && (single_process || c.read_at.elapsed() < RECHECK) {
            return Ok(Some(c.user.clone()));
        }
        CACHE.remove(&hash);
    }
    let endings = ENDINGS.load(Ordering::SeqCst);
    let Some(session) = sessions::Entity::find_by_id(hash.clone()).one(db).await? else {
        return Ok(None);
    };
    if session.expires_at <= now {
        return Ok(None);
    }
    let mut user = users::Entity::find_by_id(session.user_id)
        .one(db)
        .await?
        .as_ref()
        .and_then(User::from_model);
    if let Some(u) = user.as_mut() {
        u.two_factor = super::two_factor::is_enabled(db, u.id).await?;
    }
    if let Some(u) = user
        .as_ref()
        .filter(|_| ENDINGS.load(Ordering::SeqCst) == endings)
    {
        CACHE.insert(
            hash,
            Arc::new(Cached {
                user: u.clone(),
                expires_at: session.expires_at,
                read_at: Instant::now(),
            }),
        );
    }
    Ok(user)
}

/// Forgets what is cached of a user's sessions (their account changed).
pub fn forget_user(user_id: i64) {
    ENDINGS.fetch_add(1, Ordering::SeqCst);
    CACHE.retain(|_, c| c.user.id != user_id);
}

/// Ends a session.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    let hash = token_hash(token);
    ENDINGS.fetch_add(1, Ordering::SeqCst);
    CACHE.remove(&hash);
    sessions::Entity::delete_by_id(hash.clone())
        .exec(db)
        .await?;
    // Again after the delete: a read in between may have cached it.
    ENDINGS.fetch_add(1, Ordering::SeqCst);
    CACHE.remove(&hash);
    Ok(())
}

/// Ends every session of a user (after a password change).
pub async fn end_all(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    forget_user(user_id);
    sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    forget_user(user_id);
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
    cookie(headers, COOKIE)
}
