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
    pub const INVITATION_RESENT: &str = "invitation_resent";
    pub const ROLE_CHANGED: &str = "role_changed";
    pub const TWO_FACTOR_RESET: &str = "two_factor_reset";
    pub const TWO_FACTOR_REENROLLED: &str = "two_factor_reenrolled";
    pub const RECOVERY_CODES_RENEWED: &str = "recovery_codes_renewed";
    pub const API_TOKEN_RENEWED: &str = "api_token_renewed";
    pub const RESET_REQUESTED: &str = "reset_requested";
    /// Password reset requests refused by the limits (one row per address
    /// and e-mail in the window, however many came).
    pub const RESET_REFUSED: &str = "reset_refused";
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
    pub const EDITION_OPENED: &str = "edition_opened";
    pub const EDITION_CLOSED: &str = "edition_closed";
    pub const EDITION_DRAFTED: &str = "edition_drafted";
    pub const ANSWERS_CARRIED: &str = "answers_carried";
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

impl Event {
    /// An event of a signed-in user's own doing (signing in or out, a
    /// second factor, an API token), from `address`.
    pub fn of_user(
        user: &crate::accounts::User,
        kind: &'static str,
        detail: impl Into<String>,
        address: &impl std::fmt::Display,
    ) -> Event {
        Event::of_account(
            user.id,
            &user.email,
            user.member_state.as_deref(),
            kind,
            detail,
            &address.to_string(),
        )
    }

    /// An attempt about the account of a typed e-mail address (sign-in,
    /// second factor, password set or reset), whether or not it exists:
    /// the actor is the address as typed.
    pub fn of_attempt(
        account: Option<&crate::db::entities::users::Model>,
        email: &str,
        kind: &'static str,
        detail: impl Into<String>,
        address: &str,
    ) -> Event {
        Event {
            user_id: account.map(|a| a.id),
            actor: email.to_string(),
            kind,
            member_state: account.and_then(|a| a.member_state.clone()),
            detail: detail.into(),
            address: address.to_string(),
        }
    }
}

/// The event of a request by `viewer` from `address`.
pub fn by(
    viewer: &crate::accounts::viewer::Viewer,
    address: &crate::client_address::ClientAddress,
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
        address: address.to_string(),
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
    pub at: DateTimeUtc,
    pub who: String,
    /// An event kind (`kind::…`) or "answer_change".
    pub kind: String,
    pub question: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub detail: String,
    pub address: String,
    /// The acting account, when the row names one.
    pub user_id: Option<i64>,
}

type DateTimeUtc = DateTime<Utc>;

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
            user_id: e.user_id,
        }
    }
}

/// The kind of an answer change in a trail.
pub const ANSWER_CHANGE: &str = "answer_change";

/// Which rows of a trail to read, newest first: all (`None`, the CSV) or
/// one page of them (the page is read in the database, never the whole).
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub offset: u64,
    pub limit: u64,
}

/// A trail (or one page of it) and how many rows it has in all.
pub struct Trail {
    pub rows: Vec<TrailRow>,
    pub total: u64,
}

/// Everything recorded for a Member State in an edition, latest first:
/// its audit events and every change of its answers.
pub async fn trail(
    db: &impl ConnectionTrait,
    edition: &str,
    iso3: &str,
    window: Option<Window>,
) -> Result<Trail, DbErr> {
    use crate::db::entities::answer_changes;
    use sea_orm::{QueryOrder, QuerySelect};
    // The newest offset + limit of each kind cover the page of the merge.
    let first = window.map(|w| w.offset + w.limit);
    let events = audit_events::Entity::find()
        .filter(audit_events::Column::MemberState.eq(iso3))
        .order_by_desc(audit_events::Column::At)
        .order_by_desc(audit_events::Column::Id);
    let mut total = events.clone().count(db).await?;
    let mut rows: Vec<TrailRow> = events
        .limit(first)
        .all(db)
        .await?
        .into_iter()
        .map(TrailRow::from)
        .collect();
    if let Some(r) = crate::drafts::store::find_response(db, edition, iso3).await? {
        let changes = answer_changes::Entity::find()
            .filter(answer_changes::Column::ResponseId.eq(r.id))
            .order_by_desc(answer_changes::Column::ChangedAt)
            .order_by_desc(answer_changes::Column::Id);
        total += changes.clone().count(db).await?;
        rows.extend(
            changes
                .limit(first)
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
                    user_id: None,
                }),
        );
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.at));
    if let Some(w) = window {
        rows = rows
            .into_iter()
            .skip(w.offset as usize)
            .take(w.limit as usize)
            .collect();
    }
    Ok(Trail { rows, total })
}

/// The events of accounts without a Member State (UN DESA), latest first.
pub async fn staff_trail(
    db: &impl ConnectionTrait,
    window: Option<Window>,
) -> Result<Trail, DbErr> {
    use sea_orm::{QueryOrder, QuerySelect};
    let q = audit_events::Entity::find()
        .filter(audit_events::Column::MemberState.is_null())
        .order_by_desc(audit_events::Column::Id);
    let total = q.clone().count(db).await?;
    let rows = q
        .offset(window.map(|w| w.offset))
        .limit(window.map(|w| w.limit))
        .all(db)
        .await?
        .into_iter()
        .map(TrailRow::from)
        .collect();
    Ok(Trail { rows, total })
}

/// A trail as a Member State's own people see it: UN DESA's people are
/// named by their role and name, never by e-mail or network address.
pub async fn as_seen_by_country(
    db: &impl ConnectionTrait,
    rows: &mut [TrailRow],
) -> Result<(), DbErr> {
    use crate::db::entities::users;
    let ids: Vec<i64> = rows.iter().filter_map(|r| r.user_id).collect();
    if ids.is_empty() {
        return Ok(());
    }
    let people: std::collections::HashMap<i64, users::Model> = users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    for r in rows.iter_mut() {
        let Some(u) = r.user_id.and_then(|id| people.get(&id)) else {
            continue;
        };
        let Some(role) = crate::accounts::Role::parse(&u.role).filter(|r| !r.has_country()) else {
            continue;
        };
        let title = match role {
            crate::accounts::Role::Admin => "UN DESA administrator",
            _ => "UN DESA reviewer",
        };
        r.who = if u.name.trim().is_empty() {
            title.to_string()
        } else {
            format!("{title}: {}", u.name.trim())
        };
        r.address.clear();
    }
    Ok(())
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
/// read Arabic and Chinese right; formula-like cells neutralised).
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
            crate::exports::formula_guard::write_record(
                &mut w,
                [
                    r.at.to_rfc3339(),
                    r.who.clone(),
                    r.kind.clone(),
                    iso3.to_string(),
                    r.question.clone(),
                    readable(&r.old_value),
                    readable(&r.new_value),
                    r.detail.clone(),
                    r.address.clone(),
                ],
            )?;
        }
        w.flush()?;
    }
    Ok(out)
}
