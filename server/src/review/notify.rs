//! E-mails about the review to the people concerned, through the mail
//! mechanism (kept in the outbox; sent when SMTP is configured): the
//! country's people (respondents and focal points) hear of queries and
//! decisions; the assigned reviewers (administrators when nobody is
//! assigned) hear of submissions, replies and reopenings.

use super::assignments;
use crate::accounts::Role;
use crate::db::entities::users;
use crate::mail::{Mailer, Queued};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Who hears of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The country's respondents and focal points.
    Country,
    /// The reviewers assigned to the country (else the administrators).
    Reviewers,
}

/// One event to tell.
pub struct Notice<'a> {
    pub audience: Audience,
    pub edition: &'a str,
    pub iso3: &'a str,
    /// The person who acted (not told of their own action).
    pub except: Option<i64>,
    pub subject: String,
    pub text: String,
    /// The page to open.
    pub path: String,
}

/// Keeps one e-mail for each person of the notice's audience in the outbox
/// (on `db`, which may be a transaction); deliver them after the commit
/// with `Mailer::deliver_queued`.
pub async fn queue(
    db: &impl ConnectionTrait,
    base_url: &str,
    n: &Notice<'_>,
) -> Result<Vec<Queued>, DbErr> {
    let people: Vec<users::Model> = match n.audience {
        Audience::Country => {
            users::Entity::find()
                .filter(users::Column::MemberState.eq(n.iso3))
                .filter(users::Column::Disabled.eq(false))
                .all(db)
                .await?
        }
        Audience::Reviewers => {
            let assigned = assignments::reviewers_of(db, n.edition, n.iso3).await?;
            if assigned.is_empty() {
                users::Entity::find()
                    .filter(users::Column::Role.eq(Role::Admin.as_str()))
                    .filter(users::Column::Disabled.eq(false))
                    .all(db)
                    .await?
            } else {
                assigned
            }
        }
    };
    let body = format!("{}\n\n{}{}\n", n.text, base_url, n.path);
    let mut queued = Vec::new();
    for person in people.iter().filter(|p| Some(p.id) != n.except) {
        queued.push(Mailer::queue(db, &person.email, &n.subject, &body).await?);
    }
    Ok(queued)
}
