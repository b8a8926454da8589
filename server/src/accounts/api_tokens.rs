//! Personal API tokens for the analysts' read-only API: UN DESA staff create
//! and revoke them on `/account/api-tokens`. A token ("msq_" + 64 hex
//! characters) is shown once; the table keeps its SHA-256, who owns it,
//! when it was last used, when it expires (90 days by default; the owner
//! renews it) and whether it is revoked. A request with a token acts as its
//! owner, who must still be enabled and staff.

use super::token::{new_token, token_hash};
use super::{access, User};
use crate::db::entities::{api_tokens, users};
use chrono::{DateTime, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};

/// The prefix that makes a token recognisable (in logs, secret scanners).
pub const PREFIX: &str = "msq_";
/// The longest token name kept.
pub const MAX_NAME: usize = 100;
/// How long a token works, in days, unless its owner chooses otherwise.
pub const DEFAULT_DAYS: i64 = 90;
/// The lifetimes an owner may choose (days).
pub const DAY_CHOICES: [i64; 4] = [30, 90, 180, 365];

/// When a token stops working (tokens made before expiry came: 90 days
/// after they were made).
fn expiry(row: &api_tokens::Model) -> DateTime<Utc> {
    row.expires_at
        .unwrap_or(row.created_at + chrono::Duration::days(DEFAULT_DAYS))
}

/// A token as its owner sees it in the list.
#[derive(Clone, Debug)]
pub struct TokenInfo {
    pub id: i64,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
}

/// Why a token was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    #[error("no token")]
    Missing,
    #[error("unknown token")]
    Unknown,
    #[error("revoked token")]
    Revoked,
    /// Past its expiry: its owner can renew it.
    #[error("expired token")]
    Expired,
    /// The owner is disabled or no longer UN DESA staff.
    #[error("the token's account may not use the API")]
    NotAllowed,
}

/// Creates a token for `user_id` that works `days` days; returns (id, the
/// token itself).
pub async fn create(
    db: &impl ConnectionTrait,
    user_id: i64,
    name: &str,
    days: i64,
) -> Result<(i64, String), DbErr> {
    let token = format!("{PREFIX}{}", new_token());
    let now = Utc::now();
    let id = api_tokens::Entity::insert(api_tokens::ActiveModel {
        user_id: Set(user_id),
        name: Set(name.chars().take(MAX_NAME).collect()),
        token_sha256: Set(token_hash(&token)),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
        expires_at: Set(Some(now + chrono::Duration::days(days))),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    Ok((id, token))
}

/// A user's tokens, newest first.
pub async fn of_user(db: &impl ConnectionTrait, user_id: i64) -> Result<Vec<TokenInfo>, DbErr> {
    Ok(api_tokens::Entity::find()
        .filter(api_tokens::Column::UserId.eq(user_id))
        .order_by_desc(api_tokens::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|t| TokenInfo {
            expires_at: expiry(&t),
            id: t.id,
            name: t.name,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        })
        .collect())
}

/// Renews one of the user's tokens (not revoked): it works `DEFAULT_DAYS`
/// from now. False if they have no such token.
pub async fn renew(db: &impl ConnectionTrait, user_id: i64, id: i64) -> Result<bool, DbErr> {
    let until = Utc::now() + chrono::Duration::days(DEFAULT_DAYS);
    let res = api_tokens::Entity::update_many()
        .col_expr(api_tokens::Column::ExpiresAt, Expr::value(Some(until)))
        .filter(api_tokens::Column::Id.eq(id))
        .filter(api_tokens::Column::UserId.eq(user_id))
        .filter(api_tokens::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Revokes one of the user's tokens; false if they have no such token.
pub async fn revoke(db: &impl ConnectionTrait, user_id: i64, id: i64) -> Result<bool, DbErr> {
    let res = api_tokens::Entity::update_many()
        .col_expr(api_tokens::Column::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(api_tokens::Column::Id.eq(id))
        .filter(api_tokens::Column::UserId.eq(user_id))
        .filter(api_tokens::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// The owner of a presented token, if it may use the API.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    token: Option<&str>,
) -> Result<Result<User, TokenError>, DbErr> {
    let Some(token) = token.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(Err(TokenError::Missing));
    };
    let Some(row) = api_tokens::Entity::find()
        .filter(api_tokens::Column::TokenSha256.eq(token_hash(token)))
        .one(db)
        .await?
    else {
        return Ok(Err(TokenError::Unknown));
    };
    if row.revoked_at.is_some() {
        return Ok(Err(TokenError::Revoked));
    }
    if expiry(&row) <= Utc::now() {
        return Ok(Err(TokenError::Expired));
    }
    let user = users::Entity::find_by_id(row.user_id)
        .one(db)
        .await?
        .and_then(|u| User::from_model(&u))
        .filter(access::is_staff);
    let Some(user) = user else {
        return Ok(Err(TokenError::NotAllowed));
    };
    // Last use, to the minute: enough to spot an unused or stolen token
    // without a write on every request.
    let now = Utc::now();
    if row
        .last_used_at
        .is_none_or(|t| now - t > chrono::Duration::minutes(1))
    {
        api_tokens::Entity::update_many()
            .col_expr(api_tokens::Column::LastUsedAt, Expr::value(Some(now)))
            .filter(api_tokens::Column::Id.eq(row.id))
            .exec(db)
            .await?;
    }
    Ok(Ok(user))
}
