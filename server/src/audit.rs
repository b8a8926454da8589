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
    pub const TWO_FACTOR_ON: &str = "two_factor_on";
    pub const INVITATION: &str = "invitation";
    pub const RESET_REQUESTED: &str = "reset_requested";
    pub const ACCOUNT_DISABLED: &str = "account_disabled";
    pub const ACCOUNT_ENABLED: &str = "account_enabled";
    pub const ACCOUNT_CREATED: &str = "account_created";
    pub const SUBMISSION: &str = "submission";
    pub const DOWNLOAD: &str = "download";
    pub const REVIEWER_ASSIGNED: &str = "reviewer_assigned";
    pub const REVIEWER_UNASSIGNED: &str = "reviewer_unassigned";
    pub const QUERY_RAISED: &str = "query_raised";
    pub const QUERY_REPLY: &str = "query_reply";
    pub const QUERY_RESOLVED: &str = "query_resolved";
    pub const RETURNED: &str = "returned";
    pub const ACCEPTED: &str = "accepted";
    pub const REOPENED: &str = "reopened";
    pub const EXPORT: &str = "export";
    pub const API_TOKEN_CREATED: &str = "api_token_created";
    pub const API_TOKEN_REVOKED: &str = "api_token_revoked";
}

pub struct Event {
    pub user_id: Option<i64>,
    pub actor: String,
    pub kind: &'static str,
    pub member_state: Option<String>,
    pub detail: String,
    pub address: String,
}

impl Event {
    /// An event of an account's own doing (signing in or out, setting a
    /// password, a second factor, an API token), from `address`.
    pub fn of_account(
        user_id: i64,
        email: &str,
        member_state: Option<&str>,
        kind: &'static str,
        detail: impl Into<String>,
        address: &str,
    ) -> Event {
        Event {
            user_id: Some(user_id),
            actor: email.to_string(),
            kind,
            member_state: member_state.map(str::to_string),
            detail: detail.into(),
            address: address.to_string(),
        }
    }
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

/// One line of a Member State's trail: an audit event or an answer change.
#[derive(Clone, Debug)]
pub struct TrailRow {
    pub at: DateTime<Utc>,
    pub who: String,
    /// An event kind (`kind::…`) or "answer_change".
    pub kind: String,
    pub question: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub detail: String,
    pub address: String,
}

impl From<audit_events::Model> for TrailRow {
    fn from(e: audit_events::Model) -> Self {
        TrailRow {
            at: e.at,
            who: e.actor,
            kind: e.kind,
            question: String::new(),
            old_value: None,
            new_value: None,
            detail: e.detail,
            address: e.address,
        }
    }
}

/// The kind of an answer change in a trail.
pub const ANSWER_CHANGE: &str = "answer_change";

/// Everything recorded for a Member State in an edition, latest first:
/// its audit events and every change of its answers.
pub async fn trail(
    db: &impl ConnectionTrait,
    edition: &str,
    iso3: &str,
) -> Result<Vec<TrailRow>, DbErr> {
    use crate::db::entities::answer_changes;
    use sea_orm::QueryOrder;
    let mut rows: Vec<TrailRow> = audit_events::Entity::find()
        .filter(audit_events::Column::MemberState.eq(iso3))
        .order_by_desc(audit_events::Column::At)
        .all(db)
        .await?
        .into_iter()
        .map(TrailRow::from)
        .collect();
    if let Some(r) = crate::drafts::store::find_response(db, edition, iso3).await? {
        rows.extend(
            answer_changes::Entity::find()
                .filter(answer_changes::Column::ResponseId.eq(r.id))
                .order_by_desc(answer_changes::Column::ChangedAt)
                .all(db)
                .await?
                .into_iter()
                .map(|c| TrailRow {
                    at: c.changed_at,
                    who: c.changed_by,
                    kind: ANSWER_CHANGE.to_string(),
                    question: c.field_id,
                    old_value: c.old_value,
                    new_value: c.new_value,
                    detail: format!("revision {}", c.revision),
                    address: String::new(),
                }),
        );
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.at));
    Ok(rows)
}

/// The events of accounts without a Member State (UN DESA), latest first.
pub async fn staff_trail(db: &impl ConnectionTrait) -> Result<Vec<TrailRow>, DbErr> {
    use sea_orm::QueryOrder;
    Ok(audit_events::Entity::find()
        .filter(audit_events::Column::MemberState.is_null())
        .order_by_desc(audit_events::Column::At)
        .all(db)
        .await?
        .into_iter()
        .map(TrailRow::from)
        .collect())
}

/// A stored answer value (JSON) as people read it: a text without its
/// quotes, anything else as compact JSON.
pub fn readable(value: &Option<String>) -> String {
    match value {
        None => String::new(),
        Some(json) => match serde_json::from_str::<serde_json::Value>(json) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(v) => v.to_string(),
            Err(_) => json.clone(),
        },
    }
}

/// The trail as CSV (UTF-8 with a byte-order mark, so spreadsheet programs
/// read Arabic and Chinese right).
pub fn trail_csv(iso3: &str, rows: &[TrailRow]) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "at",
            "who",
            "what",
            "member_state",
            "question",
            "old_value",
            "new_value",
            "detail",
            "address",
        ])?;
        for r in rows {
            w.write_record([
                r.at.to_rfc3339(),
                r.who.clone(),
                r.kind.clone(),
                iso3.to_string(),
                r.question.clone(),
                readable(&r.old_value),
                readable(&r.new_value),
                r.detail.clone(),
                r.address.clone(),
            ])?;
        }
        w.flush()?;
    }
    Ok(out)
}
