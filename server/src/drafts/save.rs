//! Saving answers. Each change names the revision the person started from;
//! a change made on top of someone else's newer save is refused as a
//! conflict (the other value is returned so it can be shown), never written
//! over silently. The check is in the UPDATE's WHERE clause, so it holds
//! under concurrency on SQLite and PostgreSQL alike.

use super::store::{self, StoredAnswers};
use crate::db::entities::{answer_changes, answers, responses};
use crate::db::Corrupt;
use app::cycle::ResponseStatus;
use app::questionnaire::answer::canonical_json;
use chrono::{DateTime, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
    TryInsertResult,
};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

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
    /// The response the answers belong to (created by the first save).
    pub response_id: i64,
    /// Whether anything was written (not only already-stored values).
    pub wrote: bool,
    /// Field id -> its revision after the save.
    pub saved: Vec<(String, i64)>,
    pub conflicts: Vec<Conflict>,
    /// Nothing was written: the response is submitted or accepted, so the
    /// country cannot change it (the status it has).
    pub locked: Option<ResponseStatus>,
    /// Nothing was written: the edition is closed (`crate::editions`).
    pub edition_closed: bool,
}

/// Most saves committed together in one transaction.
const MAX_BATCH: usize = 256;

/// The one writer of this app instance. Saves are queued to it; it commits
/// whatever has queued up in one transaction (group commit: one fsync for
/// many saves), then acknowledges each. A save is acknowledged only once
/// committed, so an acknowledged save is durable.
#[derive(Clone)]
pub struct Saver {
    db: DatabaseConnection,
    queue: mpsc::Sender<Job>,
    commits: Arc<AtomicU64>,
}

struct Job {
    edition: String,
    member_state: String,
    changes: Vec<Change>,
    actor: String,
    mode: Mode,
    reply: oneshot::Sender<Result<SaveReport, DbErr>>,
}

impl Saver {
    /// Starts the writer task (call inside the Tokio runtime).
    pub fn start(db: DatabaseConnection) -> Saver {
        let (queue, rx) = mpsc::channel(4 * MAX_BATCH);
        let commits = Arc::new(AtomicU64::new(0));
        tokio::spawn(writer(db.clone(), rx, commits.clone()));
        Saver { db, queue, commits }
    }

    /// How many batches this writer has committed (the page cache watches it).
    pub fn commits(&self) -> Arc<AtomicU64> {
        self.commits.clone()
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Saves changes to one response: the accepted ones are written, the
    /// ones made on a stale revision come back as conflicts with the other
    /// person's value. With `Mode::AllOrNothing`, a conflict writes nothing.
    pub async fn save(
        &self,
        edition: &str,
        member_state: &str,
        changes: &[Change],
        actor: &str,
        mode: Mode,
    ) -> Result<SaveReport, DbErr> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            edition: edition.to_string(),
            member_state: member_state.to_string(),
            changes: changes.to_vec(),
            actor: actor.to_string(),
            mode,
            reply,
        };
        self.queue
            .send(job)
            .await
            .map_err(|_| DbErr::Custom("the writer has stopped".into()))?;
        let mut report = answer
            .await
            .map_err(|_| DbErr::Custom("the writer has stopped".into()))??;
        if !report.conflicts.is_empty() {
            fill_conflicts(&self.db, report.response_id, &mut report.conflicts).await?;
        }
        Ok(report)
    }
}

/// Response ids by (edition, Member State): responses are never deleted,
/// so the writer remembers them instead of looking them up on every save.
type ResponseIds = HashMap<(String, String), i64>;

async fn writer(db: DatabaseConnection, mut rx: mpsc::Receiver<Job>, commits: Arc<AtomicU64>) {
    let mut ids = ResponseIds::new();
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let result = commit_batch(&db, &mut ids, &batch).await;
        // Counted before anyone hears of it: a page rendered after the
        // acknowledgement never reuses a token from before the commit.
        commits.fetch_add(1, Ordering::SeqCst);
        match result {
            Ok(reports) => {
                for (job, report) in batch.into_iter().zip(reports) {
                    let _ = job.reply.send(Ok(report));
                }
            }
            // One bad save must not fail the others: each alone. (Response
            // ids learnt in the failed transaction may not exist.)
            Err(_) if batch.len() > 1 => {
                ids.clear();
                for job in batch {
                    let result = commit_batch(&db, &mut ids, std::slice::from_ref(&job)).await;
                    commits.fetch_add(1, Ordering::SeqCst);
                    if result.is_err() {
                        ids.clear();
                    }
                    let _ = job.reply.send(result.map(|mut r| r.remove(0)));
                }
            }
            Err(e) => {
                ids.clear();
                for job in batch {
                    let _ = job.reply.send(Err(DbErr::Custom(e.to_string())));
                }
            }
        }
    }
}

/// One transaction for the whole batch.
async fn commit_batch(
    db: &DatabaseConnection,
    ids: &mut ResponseIds,
    batch: &[Job],
) -> Result<Vec<SaveReport>, DbErr> {
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let mut reports = Vec::with_capacity(batch.len());
    // Whether each edition of the batch is closed, read once per batch.
    let mut closed: HashMap<String, bool> = HashMap::new();
    for job in batch {
        let report = match job.mode {
            Mode::Partial => apply(&txn, ids, &mut closed, job, now).await?,
            // A savepoint, to take back this save alone on a conflict.
            Mode::AllOrNothing => {
                let savepoint = txn.begin().await?;
                let mut report = apply(&savepoint, ids, &mut closed, job, now).await?;
                if report.conflicts.is_empty() {
                    savepoint.commit().await?;
                } else {
                    savepoint.rollback().await?;
                    report.saved.clear();
                    report.wrote = false;
                    // It may have created the response: look it up again next time.
                    ids.retain(|_, id| *id != report.response_id);
                }
                report
            }
        };
        reports.push(report);
    }
    let mut written: Vec<i64> = reports
        .iter()
        .filter(|r| r.wrote)
        .map(|r| r.response_id)
        .collect();
    written.sort_unstable();
    written.dedup();
    if !written.is_empty() {
        responses::Entity::update_many()
            .col_expr(responses::Column::UpdatedAt, Expr::value(now))
            .filter(responses::Column::Id.is_in(written))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(reports)
}

/// One save, inside the batch's transaction. The revision check is in each
/// statement's WHERE clause, so it also holds against other app instances
/// writing to the same PostgreSQL database.
async fn apply(
    txn: &DatabaseTransaction,
    ids: &mut ResponseIds,
    closed: &mut HashMap<String, bool>,
    job: &Job,
    now: DateTime<Utc>,
) -> Result<SaveReport, DbErr> {
    // Checked inside the writing transaction, like the response's status.
    let closed = match closed.get(&job.edition) {
        Some(c) => *c,
        None => {
            let c = crate::editions::is_closed(txn, &job.edition, now).await?;
            closed.insert(job.edition.clone(), c);
            c
        }
    };
    if closed {
        return Ok(SaveReport {
            edition_closed: true,
            ..Default::default()
        });
    }
    // The response is created here on its first save, inside the writer,
    // so no other connection ever waits for the write lock.
    let key = (job.edition.clone(), job.member_state.clone());
    let response_id = match ids.get(&key) {
        Some(id) => *id,
        None => {
            let id = store::response_for(txn, &job.edition, &job.member_state)
                .await?
                .id;
            ids.insert(key, id);
            id
        }
    };
    let mut report = SaveReport {
        response_id,
        ..Default::default()
    };
    // Checked inside the writing transaction, so a submission or a review
    // decision committed just before is always seen.
    let status: Option<String> = responses::Entity::find_by_id(response_id)
        .select_only()
        .column(responses::Column::Status)
        .into_tuple()
        .one(txn)
        .await?;
    let status: ResponseStatus = status
        .unwrap_or_default()
        .parse()
        .map_err(|source| Corrupt::Status {
            response: response_id,
            iso3: job.member_state.clone(),
            source,
        })
        .map_err(|c| DbErr::Custom(c.to_string()))?;
    if !status.editable() {
        report.locked = Some(status);
        return Ok(report);
    }
    let actor = job.actor.as_str();
    let ids: Vec<&str> = job.changes.iter().map(|c| c.field_id.as_str()).collect();
    let current = store::load_fields(txn, response_id, &ids).await?;
    for change in &job.changes {
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
        let written = write_answer(
            txn,
            (response_id, &change.field_id),
            existing,
            change.base_revision,
            (old_text, new_text),
            (actor, now),
        )
        .await?;
        match written {
            Some(revision) => {
                report.saved.push((change.field_id.clone(), revision));
                report.wrote = true;
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
    Ok(report)
}

/// Writes one answer if it is still at `base_revision` (0: no answer yet),
/// with its row in the change history (`old_text`: the stored value's
/// canonical JSON): the revision written, or None when
/// someone else's save came first. The check is in the statement's WHERE
/// clause (or the insert's conflict clause), so it holds across instances.
/// The drafts writer and carrying answers over both write through here.
pub(crate) async fn write_answer(
    txn: &impl ConnectionTrait,
    (response_id, field_id): (i64, &str),
    existing: Option<&store::StoredAnswer>,
    base_revision: i64,
    (old_text, new_text): (Option<String>, Option<String>),
    (actor, now): (&str, DateTime<Utc>),
) -> Result<Option<i64>, DbErr> {
    let written = match existing {
        Some(e) if e.revision == base_revision => {
            let res = answers::Entity::update_many()
                .col_expr(answers::Column::Value, Expr::value(new_text.clone()))
                .col_expr(answers::Column::Revision, Expr::value(e.revision + 1))
                .col_expr(answers::Column::UpdatedBy, Expr::value(actor))
                .col_expr(answers::Column::UpdatedAt, Expr::value(now))
                .filter(answers::Column::ResponseId.eq(response_id))
                .filter(answers::Column::FieldId.eq(field_id))
                .filter(answers::Column::Revision.eq(e.revision))
                .exec(txn)
                .await?;
            (res.rows_affected == 1).then_some(e.revision + 1)
        }
        None if base_revision == 0 => {
            let res = answers::Entity::insert(answers::ActiveModel {
                response_id: Set(response_id),
                field_id: Set(field_id.to_string()),
                value: Set(new_text.clone()),
                revision: Set(1),
                updated_by: Set(actor.to_string()),
                updated_at: Set(now),
            })
            .on_conflict_do_nothing_on([answers::Column::ResponseId, answers::Column::FieldId])
            .exec_without_returning(txn)
            .await?;
            matches!(res, TryInsertResult::Inserted(1)).then_some(1)
        }
        _ => None,
    };
    if let Some(revision) = written {
        answer_changes::Entity::insert(answer_changes::ActiveModel {
            response_id: Set(response_id),
            field_id: Set(field_id.to_string()),
            old_value: Set(old_text),
            new_value: Set(new_text),
            revision: Set(revision),
            changed_by: Set(actor.to_string()),
            changed_at: Set(now),
            ..Default::default()
        })
        .exec_without_returning(txn)
        .await?;
    }
    Ok(written)
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
