//! E-mail: every message is kept in the outbox; administrators read it on
//! the outbox page, so the system works without a mail server. (Sending
//! through SMTP when `MSQ_SMTP_URL` is set comes with the accounts
//! follow-up; until then the outbox is the delivery.)

use crate::db::entities::outbox;
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, QueryOrder, QuerySelect};

pub async fn send(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<(), DbErr> {
    outbox::Entity::insert(outbox::ActiveModel {
        recipient: Set(to.to_string()),
        subject: Set(subject.to_string()),
        body: Set(body.to_string()),
        created_at: Set(Utc::now()),
        sent_at: Set(None),
        error: Set(None),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The latest messages, newest first.
pub async fn latest(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}
