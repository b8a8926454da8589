//! One-time links: an invitation or first-start setup link lets a person
//! set their password once; a reset link works the same way. The URL holds
//! a random token; the table keeps its SHA-256, when it expires and when it
//! was used.

use super::sessions::{new_token, token_hash};
use crate::db::entities::{one_time_links, users};
use chrono::{Duration, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};

/// How long a link stays valid.
pub const VALID_DAYS: i64 = 14;

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
    let token = new_token();
    let now = Utc::now();
    one_time_links::Entity::insert(one_time_links::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        purpose: Set(purpose.to_string()),
        created_by: Set(created_by.to_string()),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(VALID_DAYS)),
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
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
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

/// Marks a link used; false when someone used it first (it works once).
pub async fn use_once(db: &impl ConnectionTrait, token: &str) -> Result<bool, DbErr> {
    let done = one_time_links::Entity::update_many()
        .col_expr(one_time_links::Column::UsedAt, Expr::value(Utc::now()))
        .filter(one_time_links::Column::TokenHash.eq(token_hash(token)))
        .filter(one_time_links::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}
