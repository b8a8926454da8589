//! E-mail: every message is kept in the outbox (administrators read it on
//! the outbox page) **with its one-time links removed**: a link that sets
//! a password exists only in the message delivered. Delivery is through
//! the SMTP server of `MSQ_SMTP_URL` when set; without one (development, a
//! test machine), each message is written as a `.eml` file into the mail
//! folder `{MSQ_DATA_DIR}/mail` (owner-only), where the operator picks it
//! up. A failure is recorded beside the message and logged.

use crate::db::entities::outbox;
use chrono::Utc;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::path::PathBuf;
use std::time::Duration;

/// How a message leaves the system.
#[derive(Clone)]
enum Delivery {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder of `.eml` files (no mail server configured).
    Folder(PathBuf),
}

/// Where mail goes: the SMTP server, if configured, else the mail folder;
/// and the sender.
#[derive(Clone)]
pub struct Mailer {
    delivery: Delivery,
    from: Mailbox,
}

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("MSQ_SMTP_URL: {0} (expected smtp://[user:password@]host[:port] or smtps://…)")]
    Url(String),
    #[error("MSQ_MAIL_FROM: \"{0}\" is not an address such as \"MSQ <msq@example.org>\"")]
    From(String),
}

/// A message kept in the outbox, to deliver once its transaction has
/// committed.
pub struct Queued {
    id: i64,
    to: String,
    subject: String,
    body: String,
}

/// What the outbox shows instead of a one-time link's token.
pub const REMOVED: &str = "[link removed: it is only in the e-mail sent]";

/// The text kept in the outbox: every one-time link (`/link/` and its
/// 64-hex-digit token) replaced by [`REMOVED`].
pub fn redact(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("/link/") {
        let after = &rest[i + "/link/".len()..];
        let token_len = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        if token_len >= 32 {
            // Drop the whole URL up to the token, not only the token.
            let start = rest[..i].rfind(char::is_whitespace).map_or(0, |w| w + 1);
            out.push_str(&rest[..start]);
            out.push_str(REMOVED);
            rest = &after[token_len..];
        } else {
            out.push_str(&rest[..i + "/link/".len()]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

impl Mailer {
    /// `mail_dir` is the folder messages go to without an SMTP server.
    pub fn new(
        smtp_url: Option<&str>,
        from: &str,
        mail_dir: PathBuf,
    ) -> Result<Mailer, MailConfigError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailConfigError::From(from.to_string()))?;
        let delivery = match smtp_url {
            None => Delivery::Folder(mail_dir),
            Some(url) => Delivery::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| MailConfigError::Url(e.to_string()))?
                    .timeout(Some(Duration::from_secs(15)))
                    .build(),
            ),
        };
        Ok(Mailer { delivery, from })
    }

    /// The mail folder, when messages go there.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match &self.delivery {
            Delivery::Folder(d) => Some(d),
            Delivery::Smtp(_) => None,
        }
    }

    /// Keeps the message (links removed) in the outbox and delivers it.
    pub async fn send(
        &self,
        db: &impl ConnectionTrait,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<(), DbErr> {
        let queued = Mailer::queue(db, to, subject, body).await?;
        self.deliver_queued(db, vec![queued]).await
    }

    /// Keeps the message (links removed) in the outbox, not yet delivered:
    /// inside a transaction, the outbox row commits with the rest of it;
    /// deliver the message after the commit ([`Mailer::deliver_queued`]).
    pub async fn queue(
        db: &impl ConnectionTrait,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<Queued, DbErr> {
        let id = outbox::Entity::insert(outbox::ActiveModel {
            recipient: Set(to.to_string()),
            subject: Set(subject.to_string()),
            body: Set(redact(body)),
            created_at: Set(Utc::now()),
            sent_at: Set(None),
            error: Set(None),
            ..Default::default()
        })
        .exec(db)
        .await?
        .last_insert_id;
        Ok(Queued {
            id,
            to: to.to_string(),
            subject: subject.to_string(),
            body: body.to_string(),
        })
    }

    /// Delivers queued messages and records each outcome in the outbox.
    pub async fn deliver_queued(
        &self,
        db: &impl ConnectionTrait,
        queued: Vec<Queued>,
    ) -> Result<(), DbErr> {
        for q in queued {
            let outcome = match q.to.parse::<Mailbox>() {
                Err(e) => Err(format!("recipient: {e}")),
                Ok(recipient) => match Message::builder()
                    .from(self.from.clone())
                    .to(recipient)
                    .subject(&q.subject)
                    .body(q.body)
                {
                    Err(e) => Err(e.to_string()),
                    Ok(message) => self.deliver(q.id, message).await,
                },
            };
            let update = outbox::Entity::update_many().filter(outbox::Column::Id.eq(q.id));
            match outcome {
                Ok(()) => update.col_expr(outbox::Column::SentAt, Expr::value(Utc::now())),
                Err(e) => {
                    tracing::error!(error = %e, to = q.to, "sending e-mail failed; it stays in the outbox");
                    update.col_expr(outbox::Column::Error, Expr::value(e))
                }
            }
            .exec(db)
            .await?;
        }
        Ok(())
    }

    async fn deliver(&self, id: i64, message: Message) -> Result<(), String> {
        match &self.delivery {
            Delivery::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Delivery::Folder(dir) => {
                let path = dir.join(format!("{id:08}.eml"));
                let bytes = message.formatted();
                let written = tokio::task::spawn_blocking({
                    let (dir, path) = (dir.clone(), path.clone());
                    move || write_private(&dir, &path, &bytes)
                })
                .await
                .map_err(|e| e.to_string())?;
                written.map_err(|e| format!("{}: {e}", path.display()))?;
                tracing::info!(file = %path.display(), "e-mail written to the mail folder (no MSQ_SMTP_URL)");
                Ok(())
            }
        }
    }
}

/// Writes a file readable by its owner only, in a folder only they enter.
pub fn write_private(
    dir: &std::path::Path,
    path: &std::path::Path,
    bytes: &[u8],
) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)?;
        f.write_all(bytes)
    }
    #[cfg(not(unix))]
    {
        std::fs::write(path, bytes)
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

#[cfg(test)]
mod tests {
    #[test]
    fn links_never_reach_the_outbox() {
        let token = "ab".repeat(32);
        let body = format!("Hello,\n\nChoose it here:\nhttp://msq.example:3000/link/{token}\n\nBye /link/ and /link/xyz");
        let kept = super::redact(&body);
        assert!(!kept.contains(&token), "{kept}");
        assert!(kept.contains(super::REMOVED));
        assert!(kept.starts_with("Hello,\n\nChoose it here:\n[link removed"));
        assert!(kept.ends_with("Bye /link/ and /link/xyz"));
    }
}
