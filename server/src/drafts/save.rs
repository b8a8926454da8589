//! Saving answers. Each change names the revision the person started from;
//! a change made on top of someone else's newer save is refused as a
//! conflict (the other value is returned so it can be shown), never written
//! over silently. The check is in the UPDATE's WHERE clause, so it holds
//! under concurrency on SQLite and PostgreSQL alike.

use super::store::{self, StoredAnswers};
use crate::db::entities::{answer_changes, answers, responses};
use app::questionnaire::answer::canonical_json;
use chrono::{DateTime, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, TransactionTrait, TryInsertResult,
};
use serde_json::Value;

/// One answer to write.
#[derive(Clone, Debug)]
pub struct Change {
    pub field_id: String,
    /// The revision the person's page showed (0: no answer yet).
    pub base_revision: i64,
    /// The new value; None clears the answer.
    pub value: Option<Value>,
}

/// A change refused because someone else saved the same answer first.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub field_id: String,
    /// Their value (None: they cleared it).
    pub theirs: Option<Value>,
    pub by: String,
    pub at: DateTime<Utc>,
    /// The revision to start from to overwrite it deliberately.
    pub revision: i64,
}

/// What to do with the accepted changes when some are refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Keep them (a page save: the refused ones are shown to the person).
    Partial,
    /// Write nothing (an import: all of the file or none of it).
    AllOrNothing,
}

#[derive(Clone, Debug, Default)]
pub struct SaveReport {
    /// Field id -> its revision after the save.
    pub saved: Vec<(String, i64)>,
    pub conflicts: Vec<Conflict>,
}

/// Writes the changes in one transaction (all or nothing for the accepted
/// ones) and reports the conflicts. Durable once this returns Ok.
pub async fn save(
    db: &DatabaseConnection,
    response_id: i64,
    changes: &[Change],
    actor: &str,
    mode: Mode,
) -> Result<SaveReport, DbErr> {
    let now = Utc::now();
    // Read first, outside the transaction: the writes below re-check the
    // revision, so a stale read can only turn into a conflict.
    let current = store::load(db, response_id).await?;
    let mut report = SaveReport::default();
    let txn = db.begin().await?;
    for change in changes {
        let new_text = change.value.as_ref().map(canonical_json);
        let existing = current.get(&change.field_id);
        let old_text = existing.and_then(|e| e.value.as_ref().map(canonical_json));
        if old_text == new_text && (existing.is_some() || new_text.is_none()) {
            // Already the stored value (perhaps typed by both): nothing to do.
            report
                .saved
                .push((change.field_id.clone(), existing.map_or(0, |e| e.revision)));
            continue;
        }
        let written = match existing {
            Some(e) if e.revision == change.base_revision => {
                let res = answers::Entity::update_many()
                    .col_expr(answers::Column::Value, Expr::value(new_text.clone()))
                    .col_expr(answers::Column::Revision, Expr::value(e.revision + 1))
                    .col_expr(answers::Column::UpdatedBy, Expr::value(actor))
                    .col_expr(answers::Column::UpdatedAt, Expr::value(now))
                    .filter(answers::Column::ResponseId.eq(response_id))
                    .filter(answers::Column::FieldId.eq(change.field_id.as_str()))
                    .filter(answers::Column::Revision.eq(e.revision))
                    .exec(&txn)
                    .await?;
                (res.rows_affected == 1).then_some(e.revision + 1)
            }
            None if change.base_revision == 0 => {
                let res = answers::Entity::insert(answers::ActiveModel {
                    response_id: Set(response_id),
                    field_id: Set(change.field_id.clone()),
                    value: Set(new_text.clone()),
                    revision: Set(1),
                    updated_by: Set(actor.to_string()),
                    updated_at: Set(now),
                })
                .on_conflict_do_nothing_on([answers::Column::ResponseId, answers::Column::FieldId])
                .exec_without_returning(&txn)
                .await?;
                matches!(res, TryInsertResult::Inserted(1)).then_some(1)
            }
            _ => None,
        };
        match written {
            Some(revision) => {
                answer_changes::Entity::insert(answer_changes::ActiveModel {
                    response_id: Set(response_id),
                    field_id: Set(change.field_id.clone()),
                    old_value: Set(old_text),
                    new_value: Set(new_text),
                    revision: Set(revision),
                    changed_by: Set(actor.to_string()),
                    changed_at: Set(now),
                    ..Default::default()
                })
                .exec_without_returning(&txn)
                .await?;
                report.saved.push((change.field_id.clone(), revision));
            }
            None => report.conflicts.push(Conflict {
                field_id: change.field_id.clone(),
                theirs: None,
                by: String::new(),
                at: now,
                revision: 0,
            }),
        }
    }
    if mode == Mode::AllOrNothing && !report.conflicts.is_empty() {
        txn.rollback().await?;
        report.saved.clear();
        fill_conflicts(db, response_id, &mut report.conflicts).await?;
        return Ok(report);
    }
    if !report.saved.is_empty() {
        // A change after a submission starts a new draft from it.
        responses::Entity::update_many()
            .col_expr(responses::Column::UpdatedAt, Expr::value(now))
            .col_expr(responses::Column::Status, Expr::value(store::DRAFT))
            .filter(responses::Column::Id.eq(response_id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    if !report.conflicts.is_empty() {
        fill_conflicts(db, response_id, &mut report.conflicts).await?;
    }
    Ok(report)
}

/// Reads what the other person saved, for the conflict message.
async fn fill_conflicts(
    db: &impl ConnectionTrait,
    response_id: i64,
    conflicts: &mut [Conflict],
) -> Result<(), DbErr> {
    let now: StoredAnswers = store::load(db, response_id).await?;
    for c in conflicts {
        if let Some(s) = now.get(&c.field_id) {
            c.theirs = s.value.clone();
            c.by = s.updated_by.clone();
            c.at = s.updated_at;
            c.revision = s.revision;
        }
    }
    Ok(())
}
