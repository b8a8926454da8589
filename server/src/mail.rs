//! E-mail: every message is kept in the outbox (administrators read it on
//! the outbox page, so the system works without a mail server) and, when
//! `MSQ_SMTP_URL` is set, sent through that SMTP server at once; a failure
//! is recorded beside the message and logged.

use crate::db::entities::outbox;
use chrono::Utc;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::time::Duration;

/// Where mail goes: the SMTP server, if configured, and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
}

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("MSQ_SMTP_URL: {0} (expected smtp://[user:password@]host[:port] or smtps://…)")]
    Url(String),
    #[error("MSQ_MAIL_FROM: \"{0}\" is not an address such as \"MSQ <msq@example.org>\"")]
    From(String),
}

impl Mailer {
    pub fn new(smtp_url: Option<&str>, from: &str) -> Result<Mailer, MailConfigError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailConfigError::From(from.to_string()))?;
        let transport = match smtp_url {
            None => None,
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| MailConfigError::Url(e.to_string()))?
                    .timeout(Some(Duration::from_secs(15)))
                    .build(),
            ),
        };
        Ok(Mailer { transport, from })
    }

    /// Keeps the message in the outbox and sends it when a server is set.
    pub async fn send(
        &self,
        db: &impl ConnectionTrait,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<(), DbErr> {
        let id = outbox::Entity::insert(outbox::ActiveModel {
            recipient: Set(to.to_string()),
            subject: Set(subject.to_string()),
            body: Set(body.to_string()),
            created_at: Set(Utc::now()),
            sent_at: Set(None),
            error: Set(None),
            ..Default::default()
        })
        .exec(db)
        .await?
        .last_insert_id;
        let Some(transport) = &self.transport else {
            return Ok(());
        };
        let outcome = match to.parse::<Mailbox>() {
            Err(e) => Err(format!("recipient: {e}")),
            Ok(recipient) => match Message::builder()
                .from(self.from.clone())
                .to(recipient)
                .subject(subject)
                .body(body.to_string())
            {
                Err(e) => Err(e.to_string()),
                Ok(message) => transport
                    .send(message)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string()),
            },
        };
        let update = outbox::Entity::update_many().filter(outbox::Column::Id.eq(id));
        match outcome {
            Ok(()) => update.col_expr(outbox::Column::SentAt, Expr::value(Utc::now())),
            Err(e) => {
                tracing::error!(error = %e, to, "sending e-mail failed; it stays in the outbox");
                update.col_expr(outbox::Column::Error, Expr::value(e))
            }
        }
        .exec(db)
        .await?;
        Ok(())
    }
}

/// The latest messages, newest first.
pub async fn latest(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}
