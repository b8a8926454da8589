//! Known devices: after a complete sign-in, the browser keeps a long-lived
//! random token (cookie `msq_device`, only sent to `/sign-in`) whose
//! SHA-256 is stored with the account. Failed sign-ins from a known device
//! count in that device's own bucket, so someone guessing the owner's
//! password elsewhere cannot lock the owner out (OWASP "device cookies").

use super::token::{cookie, is_token, new_token, token_hash};
use crate::db::entities::known_devices;
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

pub const COOKIE: &str = "msq_device";
/// How long a device stays known without signing in again.
pub const LIFETIME_DAYS: i64 = 365;

/// Remembers the device of a complete sign-in; returns the cookie's token.
pub async fn remember(db: &impl ConnectionTrait, user_id: i64) -> Result<String, DbErr> {
    let token = new_token();
    known_devices::Entity::insert(known_devices::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(Utc::now()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The hash of the request's device token, when it is a device known to
/// have signed in to `user_id` within its lifetime.
pub async fn known(
    db: &impl ConnectionTrait,
    headers: &axum::http::HeaderMap,
    user_id: i64,
) -> Result<Option<String>, DbErr> {
    let Some(token) = cookie(headers, COOKIE) else {
        return Ok(None);
    };
    if !is_token(&token) {
        return Ok(None);
    }
    let hash = token_hash(&token);
    let since = Utc::now() - chrono::Duration::days(LIFETIME_DAYS);
    Ok(known_devices::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .filter(|d| d.user_id == user_id && d.created_at > since)
        .map(|_| hash))
}

/// Forgets devices past their lifetime (run now and then).
pub async fn prune(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    known_devices::Entity::delete_many()
        .filter(
            known_devices::Column::CreatedAt.lt(Utc::now() - chrono::Duration::days(LIFETIME_DAYS)),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// The `Set-Cookie` value of a known device.
pub fn set_cookie(token: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={token}; Path=/sign-in; HttpOnly; SameSite=Strict; Max-Age={}{}",
        LIFETIME_DAYS * 86_400,
        if secure { "; Secure" } else { "" }
    )
}
