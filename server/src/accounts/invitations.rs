//! Invitations: the e-mail with a one-time link that lets an invited
//! person choose their password, sending it again, and the list of the
//! invitations a staff member sent (all of them for administrators) with
//! where each stands.

use super::{access, links, Role, User};
use crate::db::entities::{one_time_links, users};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashSet};

/// The purpose of an invitation link.
pub const PURPOSE: &str = "invitation";

/// Where an invitation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The link works; the person has not chosen a password yet.
    Waiting,
    /// The link expired (or was replaced) before the person used it.
    Expired,
    /// The person chose a password.
    Accepted,
}

/// The latest invitation of one person.
#[derive(Clone, Debug)]
pub struct Invitation {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub member_state: Option<String>,
    pub sent_by: String,
    pub sent_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub standing: Standing,
    pub disabled: bool,
}

impl Invitation {
    /// Sending again makes sense while the person has not accepted.
    pub fn can_resend(&self) -> bool {
        self.standing != Standing::Accepted && !self.disabled
    }
}

/// The invitations `viewer` may see, latest first: those they sent (any
/// of a person's invitations), or all of them for administrators.
pub async fn visible_to(
    db: &impl ConnectionTrait,
    viewer: &User,
) -> Result<Vec<Invitation>, DbErr> {
    let links = one_time_links::Entity::find()
        .filter(one_time_links::Column::Purpose.eq(PURPOSE))
        .order_by_asc(one_time_links::Column::CreatedAt)
        .all(db)
        .await?;
    let everything = access::manages_cycle(viewer);
    let mine: HashSet<i64> = links
        .iter()
        .filter(|l| everything || l.created_by == viewer.email)
        .map(|l| l.user_id)
        .collect();
    // The latest link of each person (later ones replace earlier ones).
    let latest: BTreeMap<i64, one_time_links::Model> = links
        .into_iter()
        .filter(|l| mine.contains(&l.user_id))
        .map(|l| (l.user_id, l))
        .collect();
    let people = users::Entity::find()
        .filter(users::Column::Id.is_in(latest.keys().copied()))
        .all(db)
        .await?;
    let now = Utc::now();
    let mut out: Vec<Invitation> = people
        .into_iter()
        .filter_map(|u| {
            let link = latest.get(&u.id)?;
            let standing = if !u.password_hash.is_empty() {
                Standing::Accepted
            } else if link.used_at.is_some() || link.expires_at <= now {
                Standing::Expired
            } else {
                Standing::Waiting
            };
            Some(Invitation {
                user_id: u.id,
                email: u.email,
                name: u.name,
                role: u.role,
                member_state: u.member_state,
                sent_by: link.created_by.clone(),
                sent_at: link.created_at,
                expires_at: link.expires_at,
                standing,
                disabled: u.disabled,
            })
        })
        .collect();
    out.sort_by_key(|i| std::cmp::Reverse(i.sent_at));
    Ok(out)
}

/// Makes a new link for `user` (the earlier ones stop working) and mails
/// it, from `inviter`.
pub async fn send(app: &AppState, inviter: &User, user: &users::Model) -> Result<(), DbErr> {
    let token = links::create(&app.db, user.id, PURPOSE, &inviter.email).await?;
    let link = format!("{}{}", app.config.base_url(), links::path(&token));
    let country = user
        .member_state
        .as_deref()
        .and_then(app::member_states::by_iso3)
        .map(|m| format!(" ({})", m.name))
        .unwrap_or_default();
    let name = if user.name.is_empty() {
        user.email.clone()
    } else {
        user.name.clone()
    };
    let role =
        Role::parse(&user.role).map_or_else(|| user.role.clone(), |r| r.as_str().to_string());
    let body = app::i18n::tr_args(
        "account.invitation_body",
        &[
            ("name", &name),
            ("by", &inviter.email),
            ("role", &role),
            ("country", &country),
            ("link", &link),
        ],
    );
    app.mailer
        .send(
            &app.db,
            &user.email,
            app::i18n::tr("account.invitation_subject"),
            &body,
        )
        .await
}
