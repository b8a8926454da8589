//! Carrying a Member State's answers over from the previous edition (issue
//! 14, part 3). The country's home offers it once the new edition is open
//! and the country has a submitted version of the previous one; [`start`]
//! copies what `app::questionnaire::carry::plan` keeps into the draft (never
//! over an answer already typed) and records each copied answer in
//! `carried_answers`. A carried answer is then confirmed unchanged
//! ([`confirm`]) or changed by an ordinary save; submission waits for every
//! one (`submissions::freeze`), and the version keeps the outcome.

use crate::audit::{self, kind, Event};
use crate::db::entities::carried_answers;
use crate::db::{Corrupt, LoadError};
use crate::drafts::{store, StoredAnswers};
use crate::submissions::{self, Version};
use app::cycle::ResponseStatus;
use app::questionnaire::answer::canonical_json;
use app::questionnaire::carry::{reworded, Carried, CarryMark, CarryMarks, CarryPlan, CarryState};
use app::questionnaire::Edition;
use chrono::{DateTime, Utc};
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum CarryError {
    #[error("there is no submitted response of the previous edition to start from")]
    NothingToCarry,
    #[error("the answers of {0} were already carried over")]
    AlreadyCarried(String),
    #[error("the edition is not open")]
    EditionClosed,
    #[error("the response is {}", .0.label())]
    Locked(ResponseStatus),
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("stored data: {0}")]
    Stored(#[from] LoadError),
}

/// What the country's home offers: its last version of the edition before.
#[derive(Clone, Debug)]
pub struct Offer {
    pub from: &'static Edition,
    pub version: Version,
    /// How many answers would be copied.
    pub answers: usize,
}

/// The edition before `edition` among `editions` (sorted by id).
pub fn previous<'e>(editions: &'e [Edition], edition: &Edition) -> Option<&'e Edition> {
    editions.iter().rev().find(|e| e.id < edition.id)
}

/// The country's last submitted version of the edition before `edition`
/// (submitted, returned or accepted: its latest frozen answers).
pub async fn source(
    db: &impl ConnectionTrait,
    editions: &'static [Edition],
    edition: &Edition,
    iso3: &str,
) -> Result<Option<(&'static Edition, Version)>, LoadError> {
    let Some(before) = previous(editions, edition) else {
        return Ok(None);
    };
    let Some(response) = store::find_response(db, &before.id, iso3).await? else {
        return Ok(None);
    };
    Ok(submissions::latest(db, response.id)
        .await?
        .map(|v| (before, v)))
}

/// The offer to start from the previous edition's answers: made while the
/// response is a draft with nothing carried yet and a previous version
/// exists.
pub async fn offer(
    db: &impl ConnectionTrait,
    editions: &'static [Edition],
    edition: &'static Edition,
    iso3: &str,
) -> Result<Option<Offer>, LoadError> {
    if let Some(r) = store::find_response(db, &edition.id, iso3).await? {
        let carried = carried_answers::Entity::find()
            .filter(carried_answers::Column::ResponseId.eq(r.id))
            .count(db)
            .await?;
        if carried > 0 || r.status != ResponseStatus::Draft || has_versions(db, r.id).await? {
            return Ok(None);
        }
    }
    let Some((from, version)) = source(db, editions, edition, iso3).await? else {
        return Ok(None);
    };
    let plan = app::questionnaire::carry::plan(&from.id, Some(from), edition, &version.answers);
    Ok((!plan.carried.is_empty()).then_some(Offer {
        from,
        version,
        answers: plan.carried.len(),
    }))
}

async fn has_versions(db: &impl ConnectionTrait, response_id: i64) -> Result<bool, LoadError> {
    Ok(submissions::latest(db, response_id).await?.is_some())
}

/// What carrying over did.
#[derive(Clone, Debug, Default)]
pub struct CarryReport {
    pub from: String,
    pub version: i32,
    /// Answers copied (each to confirm or change).
    pub carried: usize,
    /// Fields already answered in the new edition: left as typed.
    pub kept: Vec<String>,
    /// Answers left behind, with why (field id of the previous edition).
    pub dropped: Vec<(String, String)>,
}

/// Copies the country's last version of the previous edition into its
/// draft of `edition`, in one transaction with its audit row.
pub async fn start(
    db: &DatabaseConnection,
    editions: &'static [Edition],
    edition: &'static Edition,
    iso3: &str,
    (user_id, actor, address): (Option<i64>, &str, &str),
) -> Result<CarryReport, CarryError> {
    let (from, version) = source(db, editions, edition, iso3)
        .await?
        .ok_or(CarryError::NothingToCarry)?;
    let plan = app::questionnaire::carry::plan(&from.id, Some(from), edition, &version.answers);
    carry_in(
        db,
        edition,
        iso3,
        (&from.id, version.version),
        plan,
        (user_id, actor, address),
    )
    .await
}

/// Writes a carry plan into the Member State's draft of `edition`, in one
/// transaction with its audit row: refused when the edition is closed, the
/// response submitted or accepted, or answers were already carried into it.
pub async fn carry_in(
    db: &DatabaseConnection,
    edition: &Edition,
    iso3: &str,
    from: (&str, i32),
    plan: CarryPlan,
    (user_id, actor, address): (Option<i64>, &str, &str),
) -> Result<CarryReport, CarryError> {
    let txn = crate::db::begin_write(db).await?;
    let now = Utc::now();
    if crate::editions::is_closed(&txn, &edition.id, now).await? {
        return Err(CarryError::EditionClosed);
    }
    let response = store::response_for(&txn, &edition.id, iso3).await?;
    if !response.status.editable() {
        return Err(CarryError::Locked(response.status));
    }
    let already = carried_answers::Entity::find()
        .filter(carried_answers::Column::ResponseId.eq(response.id))
        .count(&txn)
        .await?;
    if already > 0 {
        return Err(CarryError::AlreadyCarried(from.0.to_string()));
    }
    let (carried, kept) = write(&txn, response.id, from, &plan.carried, actor, now).await?;
    let report = CarryReport {
        from: from.0.to_string(),
        version: from.1,
        carried,
        kept,
        dropped: plan.dropped,
    };
    let detail = format!(
        "{} answers carried from version {} of {} into {}; {} dropped, {} already answered",
        report.carried,
        report.version,
        report.from,
        edition.id,
        report.dropped.len(),
        report.kept.len()
    );
    let event = Event {
        user_id,
        actor: actor.to_string(),
        kind: kind::ANSWERS_CARRIED,
        member_state: Some(iso3.to_string()),
        detail,
        address: address.to_string(),
    };
    audit::record(&txn, event).await?;
    txn.commit().await?;
    Ok(report)
}

/// Writes carried answers into a response (inside the caller's write
/// transaction): each field with no answer yet gets the carried value and a
/// `carried_answers` row; a field already answered is left alone and
/// named. Returns (how many were carried, the fields kept as they were).
pub async fn write(
    txn: &impl ConnectionTrait,
    response_id: i64,
    (from_edition, from_version): (&str, i32),
    carried: &[Carried],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(usize, Vec<String>), DbErr> {
    let ids: Vec<&str> = carried.iter().map(|c| c.field.as_str()).collect();
    let current = store::load_fields(txn, response_id, &ids).await?;
    let mut count = 0;
    let mut kept = Vec::new();
    for c in carried {
        let text = canonical_json(&c.value);
        let existing = current.get(&c.field);
        // Never over an answer given in this edition; a cleared one takes
        // the carried value as its next revision.
        let written = match existing {
            Some(s) if s.value.is_some() => None,
            _ => {
                let base = existing.map_or(0, |s| s.revision);
                crate::drafts::save::write_answer(
                    txn,
                    (response_id, &c.field),
                    existing,
                    base,
                    (None, Some(text.clone())),
                    (actor, now),
                )
                .await?
            }
        };
        if written.is_none() {
            kept.push(c.field.clone());
            continue;
        }
        carried_answers::Entity::insert(carried_answers::ActiveModel {
            response_id: Set(response_id),
            field_id: Set(c.field.clone()),
            from_edition: Set(from_edition.to_string()),
            from_field: Set(c.from_field.clone()),
            from_version: Set(from_version),
            value: Set(text),
            confirmed_by: Set(None),
            confirmed_at: Set(None),
        })
        .on_conflict_do_nothing_on([
            carried_answers::Column::ResponseId,
            carried_answers::Column::FieldId,
        ])
        .exec_without_returning(txn)
        .await?;
        count += 1;
    }
    crate::review::touch(txn, response_id, now).await?;
    Ok((count, kept))
}

/// The carried answers of a response, as stored.
pub async fn rows(
    db: &impl ConnectionTrait,
    response_id: i64,
) -> Result<Vec<carried_answers::Model>, DbErr> {
    carried_answers::Entity::find()
        .filter(carried_answers::Column::ResponseId.eq(response_id))
        .all(db)
        .await
}

/// Each carried answer's mark, against the answers stored now.
pub fn marks(
    editions: &[Edition],
    edition: &Edition,
    rows: &[carried_answers::Model],
    stored: &StoredAnswers,
) -> Result<CarryMarks, Corrupt> {
    rows.iter()
        .map(|r| {
            let carried: Value =
                serde_json::from_str(&r.value).map_err(|e| Corrupt::CarriedAnswer {
                    response: r.response_id,
                    field: r.field_id.clone(),
                    reason: e.to_string(),
                })?;
            let now = stored.get(&r.field_id).and_then(|s| s.value.as_ref());
            let state = CarryState::of(&carried, now, r.confirmed_at.is_some());
            Ok((r.field_id.clone(), mark(editions, edition, r, state)))
        })
        .collect()
}

fn mark(
    editions: &[Edition],
    edition: &Edition,
    r: &carried_answers::Model,
    state: CarryState,
) -> CarryMark {
    let before = editions.iter().find(|e| e.id == r.from_edition);
    CarryMark {
        from: r.from_edition.clone(),
        state,
        reworded: before.is_some_and(|b| reworded(b, edition, &r.field_id, &r.from_field)),
    }
}

/// The marks of a response's draft (none before its first save).
pub async fn draft_marks(
    db: &impl ConnectionTrait,
    editions: &[Edition],
    edition: &Edition,
    response_id: i64,
    stored: &StoredAnswers,
) -> Result<CarryMarks, LoadError> {
    Ok(marks(
        editions,
        edition,
        &rows(db, response_id).await?,
        stored,
    )?)
}

/// Confirms carried answers unchanged (those of `fields` still holding the
/// carried value; a changed one needs no confirming), in one transaction.
/// Returns how many were confirmed.
pub async fn confirm(
    db: &DatabaseConnection,
    edition: &str,
    iso3: &str,
    fields: &[String],
    actor: &str,
) -> Result<usize, CarryError> {
    let txn = crate::db::begin_write(db).await?;
    let now = Utc::now();
    if crate::editions::is_closed(&txn, edition, now).await? {
        return Err(CarryError::EditionClosed);
    }
    let Some(response) = store::find_response(&txn, edition, iso3).await? else {
        return Ok(0);
    };
    if !response.status.editable() {
        return Err(CarryError::Locked(response.status));
    }
    let response_id = response.id;
    let open: Vec<carried_answers::Model> = carried_answers::Entity::find()
        .filter(carried_answers::Column::ResponseId.eq(response_id))
        .filter(carried_answers::Column::FieldId.is_in(fields.iter().map(String::as_str)))
        .filter(carried_answers::Column::ConfirmedAt.is_null())
        .all(&txn)
        .await?;
    let ids: Vec<&str> = open.iter().map(|r| r.field_id.as_str()).collect();
    let stored = store::load_fields(&txn, response_id, &ids).await?;
    let still: Vec<&str> = open
        .iter()
        .filter(|r| {
            let carried: Option<Value> = serde_json::from_str(&r.value).ok();
            let now = stored.get(&r.field_id).and_then(|s| s.value.as_ref());
            carried.is_some_and(|c| CarryState::of(&c, now, false) == CarryState::Unconfirmed)
        })
        .map(|r| r.field_id.as_str())
        .collect();
    if still.is_empty() {
        return Ok(0);
    }
    let res = carried_answers::Entity::update_many()
        .col_expr(carried_answers::Column::ConfirmedBy, Expr::value(actor))
        .col_expr(carried_answers::Column::ConfirmedAt, Expr::value(now))
        .filter(carried_answers::Column::ResponseId.eq(response_id))
        .filter(carried_answers::Column::FieldId.is_in(still))
        .filter(carried_answers::Column::ConfirmedAt.is_null())
        .exec(&txn)
        .await?;
    crate::review::touch(&txn, response_id, now).await?;
    txn.commit().await?;
    Ok(res.rows_affected as usize)
}

/// What a version keeps of its carried answers (`submissions.carried`),
/// and what a response file records of them (docs/response-format.md).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FrozenCarry {
    pub from: String,
    /// Field id -> "confirmed" or "changed".
    pub fields: BTreeMap<String, String>,
}

impl FrozenCarry {
    /// The frozen outcome of the carried answers among `frozen_fields`.
    pub fn of(marks: &CarryMarks, frozen_fields: &[&str]) -> Option<FrozenCarry> {
        let from = marks.values().next()?.from.clone();
        let fields = marks
            .iter()
            .filter(|(id, _)| frozen_fields.contains(&id.as_str()))
            .map(|(id, m)| (id.clone(), m.state.as_str().to_string()))
            .collect();
        Some(FrozenCarry { from, fields })
    }

    /// A draft's carried answers, every state ("unconfirmed" too), for its
    /// response file.
    pub fn of_draft(marks: &CarryMarks) -> Option<FrozenCarry> {
        let from = marks.values().next()?.from.clone();
        let fields = marks
            .iter()
            .map(|(id, m)| (id.clone(), m.state.as_str().to_string()))
            .collect();
        Some(FrozenCarry { from, fields })
    }

    /// The marks the version pages show.
    pub fn marks(&self, editions: &[Edition], edition: &Edition) -> CarryMarks {
        let before = editions.iter().find(|e| e.id == self.from);
        let map = edition.carry_map.as_ref().filter(|m| m.from == self.from);
        self.fields
            .iter()
            .filter_map(|(id, s)| {
                let state = CarryState::parse(s)?;
                let from_field = map.map_or(id.as_str(), |m| m.source_of(id));
                Some((
                    id.clone(),
                    CarryMark {
                        from: self.from.clone(),
                        state,
                        reworded: before.is_some_and(|b| reworded(b, edition, id, from_field)),
                    },
                ))
            })
            .collect()
    }
}

/// A refused carry-over or confirmation as people read it.
pub fn refusal(
    e: CarryError,
    edition: &Edition,
    state: &app::member_states::MemberState,
) -> crate::error::AppError {
    use crate::error::AppError;
    use app::i18n::{tr, tr_args};
    match e {
        CarryError::NothingToCarry => {
            AppError::Conflict(tr_args("carry.nothing", &[("country", &state.name)]))
        }
        CarryError::AlreadyCarried(from) => {
            AppError::Conflict(tr_args("carry.already", &[("edition", &from)]))
        }
        CarryError::EditionClosed => {
            AppError::Conflict(tr_args("cycle.edition_closed", &[("edition", &edition.id)]))
        }
        CarryError::Locked(status) => AppError::Conflict(match status {
            ResponseStatus::Accepted => tr("cycle.locked_accepted").to_string(),
            _ => tr("cycle.locked_submitted").to_string(),
        }),
        CarryError::Database(e) => AppError::Database(e),
        CarryError::Stored(e) => e.into(),
    }
}
