//! The audit trail: sign-ins (and failures), sign-outs, submissions and
//! downloads, each with who, when, which Member State and from where.
//! Answer changes keep their own history (`answer_changes`).

use crate::db::entities::audit_events;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};

/// The kinds of event, as stored.
pub mod kind {
    pub const SIGN_IN: &str = "sign_in";
    pub const SIGN_IN_FAILED: &str = "sign_in_failed";
    pub const SIGN_OUT: &str = "sign_out";
    pub const PASSWORD_SET: &str = "password_set";
    pub const ACCOUNT_CREATED: &str = "account_created";
    pub const SUBMISSION: &str = "submission";
    pub const DOWNLOAD: &str = "download";
}

pub struct Event {
    pub user_id: Option<i64>,
    pub actor: String,
    pub kind: &'static str,
    pub member_state: Option<String>,
    pub detail: String,
    pub address: String,
}

/// The event of a request by `viewer` from `peer`.
pub fn by(
    viewer: &crate::accounts::viewer::Viewer,
    peer: &std::net::SocketAddr,
    kind: &'static str,
    member_state: &str,
    detail: String,
) -> Event {
    Event {
        user_id: viewer.user().map(|u| u.id),
        actor: viewer.actor(),
        kind,
        member_state: Some(member_state.to_string()),
        detail,
        address: peer.ip().to_string(),
    }
}

pub async fn record(db: &impl ConnectionTrait, e: Event) -> Result<(), DbErr> {
    audit_events::Entity::insert(audit_events::ActiveModel {
        at: Set(Utc::now()),
        user_id: Set(e.user_id),
        actor: Set(e.actor.chars().take(254).collect()),
        kind: Set(e.kind.to_string()),
        member_state: Set(e.member_state),
        detail: Set(e.detail),
        address: Set(e.address.chars().take(64).collect()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// How many events of a kind an actor, or an address, had since a time
/// (sign-in rate limits count failures).
pub async fn count_since(
    db: &impl ConnectionTrait,
    kind: &str,
    actor: Option<&str>,
    address: Option<&str>,
    since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let mut q = audit_events::Entity::find()
        .filter(audit_events::Column::Kind.eq(kind))
        .filter(audit_events::Column::At.gt(since));
    if let Some(a) = actor {
        q = q.filter(audit_events::Column::Actor.eq(a));
    }
    if let Some(a) = address {
        q = q.filter(audit_events::Column::Address.eq(a));
    }
    q.count(db).await
}
