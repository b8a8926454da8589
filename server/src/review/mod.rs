//! The review workspace's data, and its actions (`actions`: a submission,
//! a query, a reply, a decision, each in one transaction with its audit row
//! and e-mails). Who follows which Member State
//! (`assignments`), the query threads on answers (`queries`), the decisions
//! (`decisions`: return for revision, accept, reopen), the state of every
//! Member State for the dashboard (`cycle`), the differences between two
//! versions (`diff`) and the e-mails to the people concerned (`notify`).
//! The stored statuses and the states shown are in `app::cycle`.

pub mod actions;
pub mod assignments;
pub mod cycle;
pub mod decisions;
pub mod diff;
pub mod notify;
pub mod queries;

use crate::db::entities::responses;
use chrono::{DateTime, Utc};
use sea_orm::{sea_query::Expr, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// The longest message, query or reply kept (characters).
pub const MAX_MESSAGE: usize = 5000;

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The message is empty or too long (what to write instead).
    #[error("{0}")]
    BadMessage(String),
    /// The action does not fit the response's state (what the state is).
    #[error("{0}")]
    WrongState(String),
    #[error("{0}")]
    NotFound(String),
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl From<ReviewError> for crate::error::AppError {
    fn from(e: ReviewError) -> Self {
        use crate::error::AppError;
        match e {
            ReviewError::BadMessage(m) => AppError::BadRequest(m),
            ReviewError::WrongState(m) => AppError::Conflict(m),
            ReviewError::NotFound(m) => AppError::NotFound(m),
            ReviewError::Database(e) => AppError::Database(e),
        }
    }
}

/// A message as typed, trimmed, or why it cannot be kept.
pub fn message(text: &str, required: bool) -> Result<String, ReviewError> {
    let text = text.trim().replace("\r\n", "\n");
    if required && text.is_empty() {
        return Err(ReviewError::BadMessage(
            app::i18n::tr("review.message_required").to_string(),
        ));
    }
    if text.chars().count() > MAX_MESSAGE {
        return Err(ReviewError::BadMessage(app::i18n::tr_args(
            "review.message_too_long",
            &[("max", &MAX_MESSAGE)],
        )));
    }
    Ok(text)
}

/// Marks the response as changed, so its cached pages (which show the
/// queries and the reviewer's messages) are rendered again.
pub async fn touch(
    db: &impl ConnectionTrait,
    response_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    responses::Entity::update_many()
        .col_expr(responses::Column::UpdatedAt, Expr::value(now))
        .filter(responses::Column::Id.eq(response_id))
        .exec(db)
        .await?;
    Ok(())
}
