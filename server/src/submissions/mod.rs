//! Submitting a response: its answers are checked for completeness, then
//! frozen as an immutable version (v1, v2, …) with the SHA-256 of their
//! canonical JSON. Later edits start a new draft; versions never change.
//! Each version's signed PDF is made once and kept (`signed_pdf`).

pub mod signed_pdf;

use crate::carry_over::{self, FrozenCarry};
use crate::db::entities::{responses, submissions};
use crate::db::{Corrupt, LoadError};
use crate::drafts::store;
use app::cycle::ResponseStatus;
use app::questionnaire::answer::{canonical_json, from_stored, is_asked, submission_issues};
use app::questionnaire::carry::{unconfirmed_issues, CarryMarks};
use app::questionnaire::{Answers, Edition, Issue};
use chrono::{DateTime, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// One submitted version, as frozen.
#[derive(Clone, Debug)]
pub struct Version {
    /// The row id (the PDF archive refers to it).
    pub id: i64,
    pub version: i32,
    pub edition: String,
    pub member_state: String,
    /// Answer values by field id.
    pub answers: BTreeMap<String, Value>,
    /// The canonical JSON the hash was taken of.
    pub canonical: String,
    pub sha256: String,
    pub submitted_by: String,
    pub submitted_at: DateTime<Utc>,
    /// What became of the answers carried over from the previous edition
    /// (None: nothing was carried).
    pub carried: Option<FrozenCarry>,
}

impl TryFrom<submissions::Model> for Version {
    type Error = Corrupt;

    /// The frozen answers are read here, once: damaged ones are an error,
    /// never an empty version.
    fn try_from(m: submissions::Model) -> Result<Version, Corrupt> {
        let answers = serde_json::from_str(&m.answers).map_err(|e| Corrupt::FrozenAnswers {
            response: m.response_id,
            iso3: m.member_state.clone(),
            version: m.version,
            reason: e.to_string(),
        })?;
        let carried = m
            .carried
            .as_deref()
            .map(serde_json::from_str::<FrozenCarry>)
            .transpose()
            .map_err(|e| Corrupt::FrozenCarry {
                response: m.response_id,
                iso3: m.member_state.clone(),
                version: m.version,
                reason: e.to_string(),
            })?;
        Ok(Version {
            id: m.id,
            version: m.version,
            edition: m.edition,
            member_state: m.member_state,
            answers,
            canonical: m.answers,
            sha256: m.sha256,
            submitted_by: m.submitted_by,
            submitted_at: m.submitted_at,
            carried,
        })
    }
}

impl Version {
    /// The version's answers as answers of `edition` (a value that no
    /// longer fits its field is left out of the pages and the exports; the
    /// JSON and the PDF check every value).
    pub fn typed(&self, edition: &Edition) -> Answers {
        from_stored(edition, &self.answers).answers
    }

    /// Whether each answer was carried over from the previous edition and
    /// then confirmed unchanged or changed (as frozen with the version).
    pub fn carry_marks(&self, editions: &[Edition], edition: &Edition) -> CarryMarks {
        self.carried
            .as_ref()
            .map(|c| c.marks(editions, edition))
            .unwrap_or_default()
    }

    /// The stored answers `edition` does not describe (a question it no
    /// longer has, or a value that no longer reads as its type), as
    /// (field id, the stored JSON): never hidden, shown and exported as
    /// stored.
    pub fn undescribed(&self, edition: &Edition) -> Vec<(String, String)> {
        from_stored(edition, &self.answers)
            .unreadable
            .into_iter()
            .map(|u| {
                let raw = self.answers.get(&u.field).map(|v| v.to_string());
                (u.field, raw.unwrap_or_default())
            })
            .collect()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// Required answers missing or answers invalid: the list of what to fix.
    #[error("the response is not complete")]
    Incomplete(Vec<Issue>),
    #[error("another submission was made at the same moment")]
    Concurrent,
    /// Accepted by UN DESA: only an administrator's reopening allows a new
    /// version.
    #[error("the response is accepted")]
    Accepted,
    /// The edition is closed: nothing changes.
    #[error("the edition is not open")]
    EditionClosed,
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("stored data: {0}")]
    Corrupt(#[from] Corrupt),
}

impl From<LoadError> for SubmitError {
    fn from(e: LoadError) -> Self {
        match e {
            LoadError::Database(e) => SubmitError::Database(e),
            LoadError::Corrupt(c) => SubmitError::Corrupt(c),
        }
    }
}

pub enum Submitted {
    /// A new version was frozen.
    New(Version),
    /// Nothing changed since the latest version: it stands.
    Unchanged(Version),
}

/// The SHA-256 (hex) of a text.
pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Submits the response's current answers, in a transaction of its own.
pub async fn submit(
    db: &DatabaseConnection,
    editions: &[Edition],
    edition: &Edition,
    response: &store::Response,
    actor: &str,
) -> Result<Submitted, SubmitError> {
    let txn = crate::db::begin_write(db).await?;
    let outcome = freeze(&txn, editions, edition, response, actor).await?;
    txn.commit().await?;
    Ok(outcome)
}

/// Submits the response's current answers inside `txn` (a write
/// transaction: `crate::db::begin_write`), which the caller commits (with
/// whatever else belongs to the submission: its audit row, its e-mails).
/// On an error nothing was written; drop the transaction.
pub async fn freeze(
    txn: &DatabaseTransaction,
    editions: &[Edition],
    edition: &Edition,
    response: &store::Response,
    actor: &str,
) -> Result<Submitted, SubmitError> {
    let status = response.status;
    if status == ResponseStatus::Accepted {
        return Err(SubmitError::Accepted);
    }
    if crate::editions::is_closed(txn, &edition.id, Utc::now()).await? {
        return Err(SubmitError::EditionClosed);
    }
    let stored = store::load(txn, response.id).await?;
    let answers = store::typed(edition, &stored);
    let marks = carry_over::draft_marks(txn, editions, edition, response.id, &stored).await?;
    let mut issues = submission_issues(edition, &answers);
    // Every carried answer confirmed or changed first.
    issues.extend(unconfirmed_issues(edition, &answers, &marks));
    if !issues.is_empty() {
        return Err(SubmitError::Incomplete(issues));
    }
    // Only what is asked: an answer to a follow-up whose condition no
    // longer holds stays in the draft but is not part of the submission.
    let frozen: serde_json::Map<String, Value> = edition
        .fields()
        .filter(|f| is_asked(f, &answers))
        .filter_map(|f| Some((f.id.clone(), answers.get(&f.id)?.to_json())))
        .collect();
    let frozen_fields: Vec<&str> = frozen.keys().map(String::as_str).collect();
    let carried = FrozenCarry::of(&marks, &frozen_fields)
        .map(|c| serde_json::to_string(&c))
        .transpose()
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    let canonical = canonical_json(&Value::Object(frozen));
    let sha256 = sha256_hex(&canonical);

    let latest = latest(txn, response.id).await?;
    if let Some(v) = &latest {
        if v.sha256 == sha256 && status == ResponseStatus::Submitted {
            return Ok(Submitted::Unchanged(v.clone()));
        }
    }
    let now = Utc::now();
    let version = latest.map_or(1, |v| v.version + 1);
    let inserted = submissions::Entity::insert(submissions::ActiveModel {
        response_id: Set(response.id),
        version: Set(version),
        edition: Set(edition.id.clone()),
        member_state: Set(response.member_state.clone()),
        answers: Set(canonical.clone()),
        sha256: Set(sha256.clone()),
        submitted_by: Set(actor.to_string()),
        submitted_at: Set(now),
        carried: Set(carried),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([
        submissions::Column::ResponseId,
        submissions::Column::Version,
    ])
    .exec_without_returning(txn)
    .await?;
    if !matches!(inserted, sea_orm::TryInsertResult::Inserted(1)) {
        return Err(SubmitError::Concurrent);
    }
    // Not over an acceptance committed since the response was read.
    let updated = responses::Entity::update_many()
        .col_expr(
            responses::Column::Status,
            Expr::value(ResponseStatus::Submitted.as_str()),
        )
        .col_expr(responses::Column::UpdatedAt, Expr::value(now))
        .filter(responses::Column::Id.eq(response.id))
        .filter(responses::Column::Status.ne(ResponseStatus::Accepted.as_str()))
        .exec(txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(SubmitError::Accepted);
    }
    let frozen = self::version(txn, response.id, version)
        .await?
        .ok_or(SubmitError::Concurrent)?;
    Ok(Submitted::New(frozen))
}

/// Every version of a response, oldest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    response_id: i64,
) -> Result<Vec<Version>, LoadError> {
    let rows = submissions::Entity::find()
        .filter(submissions::Column::ResponseId.eq(response_id))
        .order_by_asc(submissions::Column::Version)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(Version::try_from)
        .collect::<Result<_, _>>()?)
}

pub async fn latest(
    db: &impl ConnectionTrait,
    response_id: i64,
) -> Result<Option<Version>, LoadError> {
    let row = submissions::Entity::find()
        .filter(submissions::Column::ResponseId.eq(response_id))
        .order_by_desc(submissions::Column::Version)
        .one(db)
        .await?;
    Ok(row.map(Version::try_from).transpose()?)
}

pub async fn version(
    db: &impl ConnectionTrait,
    response_id: i64,
    version: i32,
) -> Result<Option<Version>, LoadError> {
    let row = submissions::Entity::find()
        .filter(submissions::Column::ResponseId.eq(response_id))
        .filter(submissions::Column::Version.eq(version))
        .one(db)
        .await?;
    Ok(row.map(Version::try_from).transpose()?)
}
