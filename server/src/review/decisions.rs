//! The review decisions on a submitted response: return it for revision
//! (the country edits its draft, which holds the submitted answers, and
//! resubmits), accept it, or (administrators only) reopen an accepted one.
//! Each moves the stored status with a conditional UPDATE, so two people
//! deciding at once cannot both win.

use super::{message, ReviewError};
use crate::db::entities::{responses, review_decisions};
use app::cycle::ResponseStatus;
use app::i18n::{tr, tr_args};
use app::review::DecisionNote;
use chrono::Utc;
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};

/// A decision on a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Sent back for revision (submitted → returned).
    Returned,
    /// The country's accepted response (submitted → accepted).
    Accepted,
    /// Open for review again (accepted → submitted); administrators only.
    Reopened,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Returned => "returned",
            Decision::Accepted => "accepted",
            Decision::Reopened => "reopened",
        }
    }

    pub fn parse(s: &str) -> Option<Decision> {
        [Decision::Returned, Decision::Accepted, Decision::Reopened]
            .into_iter()
            .find(|d| d.as_str() == s)
    }

    /// (status it needs, status it leaves).
    fn transition(self) -> (ResponseStatus, ResponseStatus) {
        match self {
            Decision::Returned => (ResponseStatus::Submitted, ResponseStatus::Returned),
            Decision::Accepted => (ResponseStatus::Submitted, ResponseStatus::Accepted),
            Decision::Reopened => (ResponseStatus::Accepted, ResponseStatus::Submitted),
        }
    }

    /// Whether the message is required (a return says what to revise, a
    /// reopening why; an acceptance may be silent).
    fn needs_message(self) -> bool {
        !matches!(self, Decision::Accepted)
    }

    pub fn label(self) -> &'static str {
        match self {
            Decision::Returned => tr("review.decision_returned"),
            Decision::Accepted => tr("review.decision_accepted"),
            Decision::Reopened => tr("review.decision_reopened"),
        }
    }
}

/// Takes `decision` on version `version` of a response, by `by` (an e-mail
/// address), with `text`.
pub async fn decide(
    db: &impl ConnectionTrait,
    response: &crate::drafts::store::Response,
    version: i32,
    decision: Decision,
    by: &str,
    text: &str,
) -> Result<(), ReviewError> {
    let text = message(text, decision.needs_message())?;
    let (from, to) = decision.transition();
    let now = Utc::now();
    let moved = responses::Entity::update_many()
        .col_expr(responses::Column::Status, Expr::value(to.as_str()))
        .col_expr(responses::Column::UpdatedAt, Expr::value(now))
        .filter(responses::Column::Id.eq(response.id))
        .filter(responses::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    if moved.rows_affected != 1 {
        let current = responses::Entity::find_by_id(response.id)
            .one(db)
            .await?
            .map(|r| match r.status.parse::<ResponseStatus>() {
                Ok(s) => s.label().to_string(),
                Err(_) => r.status,
            })
            .unwrap_or_default();
        return Err(ReviewError::WrongState(tr_args(
            "review.wrong_state",
            &[("state", &current)],
        )));
    }
    review_decisions::Entity::insert(review_decisions::ActiveModel {
        response_id: Set(response.id),
        version: Set(version),
        decision: Set(decision.as_str().to_string()),
        message: Set(text),
        decided_by: Set(by.to_string()),
        decided_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The decisions on a response, newest first.
pub async fn history(
    db: &impl ConnectionTrait,
    response_id: i64,
) -> Result<Vec<DecisionNote>, DbErr> {
    Ok(review_decisions::Entity::find()
        .filter(review_decisions::Column::ResponseId.eq(response_id))
        .order_by_desc(review_decisions::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|d| DecisionNote {
            label: Decision::parse(&d.decision)
                .map_or_else(|| d.decision.clone(), |k| k.label().to_string()),
            returned: d.decision == Decision::Returned.as_str(),
            version: d.version,
            by: d.decided_by,
            at: d.decided_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            message: d.message,
        })
        .collect())
}

/// The responses (ids) that were ever returned for revision, among `ids`.
pub async fn ever_returned(
    db: &impl ConnectionTrait,
    edition_response_ids: &[i64],
) -> Result<std::collections::HashSet<i64>, DbErr> {
    use sea_orm::QuerySelect;
    let rows: Vec<i64> = review_decisions::Entity::find()
        .select_only()
        .column(review_decisions::Column::ResponseId)
        .filter(review_decisions::Column::ResponseId.is_in(edition_response_ids.iter().copied()))
        .filter(review_decisions::Column::Decision.eq(Decision::Returned.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
