//! One-time links: an invitation or first-start setup link lets a person
//! set their password once; a reset link works the same way. The URL holds
//! a random token; the table keeps its SHA-256, when it expires and when it
//! was used. An account has at most one live link: issuing or using one
//! revokes the others. Invitations last 14 days, password resets hours.

use super::token::{is_token, new_token, token_hash};
use crate::db::entities::{one_time_links, users};
use chrono::{Duration, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};

/// How long an invitation (or first-start setup) link stays valid.
pub const VALID_DAYS: i64 = 14;
/// How long a password reset link stays valid.
pub const RESET_VALID_HOURS: i64 = 2;
/// The purpose of a password reset link.
pub const RESET: &str = "reset";

fn lifetime(purpose: &str) -> Duration {
    if purpose == RESET {
        Duration::hours(RESET_VALID_HOURS)
    } else {
        Duration::days(VALID_DAYS)
    }
}

/// Revokes every unused link of an account (marks them used).
async fn revoke_all(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    one_time_links::Entity::update_many()
        .col_expr(one_time_links::Column::UsedAt, Expr::value(Utc::now()))
        .filter(one_time_links::Column::UserId.eq(user_id))
        .filter(one_time_links::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The path of a link.
pub fn path(token: &str) -> String {
    format!("/link/{token}")
}

pub async fn create(
    db: &impl ConnectionTrait,
    user_id: i64,
    purpose: &str,
    created_by: &str,
) -> Result<String, DbErr> {
    revoke_all(db, user_id).await?;
    let token = new_token();
    let now = Utc::now();
    one_time_links::Entity::insert(one_time_links::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        purpose: Set(purpose.to_string()),
        created_by: Set(created_by.to_string()),
        created_at: Set(now),
        expires_at: Set(now + lifetime(purpose)),
        used_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The account a link is for, if it is valid (exists, unused, unexpired).
pub async fn account(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<users::Model>, DbErr> {
    if !is_token(token) {
        return Ok(None);
    }
    let Some(link) = one_time_links::Entity::find_by_id(token_hash(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if link.used_at.is_some() || link.expires_at <= Utc::now() {
        return Ok(None);
    }
    users::Entity::find_by_id(link.user_id).one(db).await
}

/// Marks a link used, and the account's other links with it; false when
/// someone used it first (it works once) or it expired meanwhile.
pub async fn use_once(db: &impl ConnectionTrait, token: &str, user_id: i64) -> Result<bool, DbErr> {
    let done = one_time_links::Entity::update_many()
        .col_expr(one_time_links::Column::UsedAt, Expr::value(Utc::now()))
        .filter(one_time_links::Column::TokenHash.eq(token_hash(token)))
        .filter(one_time_links::Column::UserId.eq(user_id))
        .filter(one_time_links::Column::UsedAt.is_null())
        .filter(one_time_links::Column::ExpiresAt.gt(Utc::now()))
        .exec(db)
        .await?;
    if done.rows_affected == 1 {
        revoke_all(db, user_id).await?;
    }
    Ok(done.rows_affected == 1)
}
