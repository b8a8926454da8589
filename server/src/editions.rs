//! The life of an edition: **draft** (its file is loaded; UN DESA staff
//! preview every page, countries do not see it), **open** (countries
//! answer it, from its opening time until its closing time, both optional)
//! and **closed** (read-only for countries; reviews, exports, PDFs and
//! verification go on). An edition whose state was never set is a draft.
//! On the very first start (no edition has a state yet) the newest edition
//! is opened, so a new installation works at once; after that, only an
//! administrator (`/admin/editions`, `msq edition open|close`) changes a
//! state, and every change is audited.
//!
//! Each app instance keeps the states for `FRESH_FOR` (the access check of
//! every country page reads them), so a change made elsewhere (another
//! instance, the command line) is seen within that time.

use crate::audit::{self, kind, Event};
use crate::db::entities::edition_states;
use crate::db::{Corrupt, LoadError};
use app::questionnaire::Edition;
use chrono::{DateTime, Utc};
use sea_orm::{
    sea_query::OnConflict, ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait,
};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long an instance trusts the states it read.
pub const FRESH_FOR: Duration = Duration::from_secs(2);

/// The stored state of an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditionState {
    Draft,
    Open,
    Closed,
}

impl EditionState {
    pub fn as_str(self) -> &'static str {
        match self {
            EditionState::Draft => "draft",
            EditionState::Open => "open",
            EditionState::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<EditionState> {
        [
            EditionState::Draft,
            EditionState::Open,
            EditionState::Closed,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }
}

/// An edition's state and its opening and closing times.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub state: EditionState,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub updated_by: String,
    pub updated_at: DateTime<Utc>,
}

impl Schedule {
    /// Where the edition stands at `now`: an open edition is not open to
    /// countries before its opening time (a draft to them) and is closed
    /// after its closing time.
    pub fn phase_at(&self, now: DateTime<Utc>) -> EditionState {
        match self.state {
            EditionState::Open if self.opens_at.is_some_and(|t| now < t) => EditionState::Draft,
            EditionState::Open if self.closes_at.is_some_and(|t| now >= t) => EditionState::Closed,
            s => s,
        }
    }
}

impl TryFrom<edition_states::Model> for Schedule {
    type Error = Corrupt;

    fn try_from(m: edition_states::Model) -> Result<Schedule, Corrupt> {
        let state = EditionState::parse(&m.state).ok_or_else(|| Corrupt::EditionState {
            edition: m.edition.clone(),
            value: m.state.clone(),
        })?;
        Ok(Schedule {
            state,
            opens_at: m.opens_at,
            closes_at: m.closes_at,
            updated_by: m.updated_by,
            updated_at: m.updated_at,
        })
    }
}

type Schedules = Arc<HashMap<String, Schedule>>;

/// The editions' states as this instance knows them (see the module's
/// header).
pub struct Lifecycle {
    db: DatabaseConnection,
    known: Mutex<Option<(Instant, Schedules)>>,
}

impl Lifecycle {
    pub fn new(db: DatabaseConnection) -> Lifecycle {
        Lifecycle {
            db,
            known: Mutex::new(None),
        }
    }

    /// Every edition's schedule (editions never set are absent: drafts).
    pub async fn schedules(&self) -> Result<Schedules, LoadError> {
        if let Some((at, s)) = self
            .known
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
        {
            if at.elapsed() < FRESH_FOR {
                return Ok(s.clone());
            }
        }
        let rows = edition_states::Entity::find().all(&self.db).await?;
        let mut out = HashMap::new();
        for row in rows {
            let id = row.edition.clone();
            out.insert(id, Schedule::try_from(row)?);
        }
        let out = Arc::new(out);
        *self.known.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), out.clone()));
        Ok(out)
    }

    /// Where `edition` stands now.
    pub async fn phase(&self, edition: &str) -> Result<EditionState, LoadError> {
        Ok(self
            .schedules()
            .await?
            .get(edition)
            .map_or(EditionState::Draft, |s| s.phase_at(Utc::now())))
    }

    /// The edition countries work on: the newest open one.
    pub async fn current<'e>(
        &self,
        editions: &'e [Edition],
    ) -> Result<Option<&'e Edition>, LoadError> {
        let schedules = self.schedules().await?;
        let now = Utc::now();
        Ok(editions.iter().rev().find(|e| {
            schedules
                .get(&e.id)
                .is_some_and(|s| s.phase_at(now) == EditionState::Open)
        }))
    }

    /// Forgets what this instance read (after it changed a state).
    pub fn forget(&self) {
        *self.known.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// Whether `edition` is closed at `now`, read on `db` (the drafts writer,
/// a submission and an import ask inside their transaction). A draft is
/// not closed: countries cannot reach it (the access layer), and an
/// operator may load answers into it before it opens.
pub async fn is_closed(
    db: &impl ConnectionTrait,
    edition: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(row) = edition_states::Entity::find_by_id(edition.to_string())
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let schedule = Schedule::try_from(row).map_err(|c| DbErr::Custom(c.to_string()))?;
    Ok(schedule.phase_at(now) == EditionState::Closed)
}

/// An opening or closing day as people give it: "2026-01-15" (UTC; a
/// closing day stays open to its end) or a full RFC 3339 time.
pub fn parse_time(s: &str, closing: bool) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    let day = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    let day = if closing { day.succ_opt()? } else { day };
    Some(day.and_hms_opt(0, 0, 0)?.and_utc())
}

/// The stored answers an edition no longer describes: a field removed (or
/// renamed) in the file of an edition that already has answers to it. Each
/// is a problem naming the edition's file, the field and what to do; none
/// is ever hidden (start-up refuses).
pub async fn undescribed_answers(
    db: &impl ConnectionTrait,
    editions: &[Edition],
) -> Result<Vec<app::questionnaire::loader::Problem>, DbErr> {
    use sea_orm::{FromQueryResult, Statement};
    #[derive(FromQueryResult)]
    struct Row {
        edition: String,
        field_id: String,
        responses: i64,
    }
    let rows = Row::find_by_statement(Statement::from_string(
        db.get_database_backend(),
        "SELECT r.edition AS edition, a.field_id AS field_id, COUNT(*) AS responses \
         FROM answers a JOIN responses r ON r.id = a.response_id \
         WHERE a.value IS NOT NULL GROUP BY r.edition, a.field_id \
         ORDER BY r.edition, a.field_id",
    ))
    .all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let edition = editions.iter().find(|e| e.id == r.edition)?;
            if edition.field(&r.field_id).is_some() {
                return None;
            }
            Some(app::questionnaire::loader::Problem {
                path: format!("msq-{}.toml: field {}", edition.id, r.field_id),
                message: format!(
                    "{} Member States have stored answers to it, but the edition no longer describes it: put the field back (an edition that has answers keeps its fields; retire a question in the next edition instead)",
                    r.responses
                ),
            })
        })
        .collect())
}

/// Why a state cannot be set.
#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("there is no edition \"{0}\" in the editions folder")]
    UnknownEdition(String),
    #[error("the closing time ({until}) is not after the opening time ({from})")]
    ClosesBeforeOpening { from: String, until: String },
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

/// Sets an edition's state (and, when opening, its times), with its audit
/// row, in one transaction.
pub async fn set(
    db: &DatabaseConnection,
    editions: &[Edition],
    edition: &str,
    state: EditionState,
    times: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
    by: (Option<i64>, &str, &str),
) -> Result<(), ScheduleError> {
    if !editions.iter().any(|e| e.id == edition) {
        return Err(ScheduleError::UnknownEdition(edition.to_string()));
    }
    let (opens_at, closes_at) = times;
    if let (Some(from), Some(until)) = (opens_at, closes_at) {
        if until <= from {
            return Err(ScheduleError::ClosesBeforeOpening {
                from: from.to_rfc3339(),
                until: until.to_rfc3339(),
            });
        }
    }
    let (user_id, actor, address) = by;
    let txn = crate::db::begin_write(db).await?;
    write(&txn, edition, state, opens_at, closes_at, actor).await?;
    let detail = match (opens_at, closes_at) {
        (None, None) => format!("edition {edition}"),
        _ => format!(
            "edition {edition} from {} until {}",
            opens_at.map_or("now".into(), |t| t.to_rfc3339()),
            closes_at.map_or("further notice".into(), |t| t.to_rfc3339())
        ),
    };
    audit::record(
        &txn,
        Event {
            user_id,
            actor: actor.to_string(),
            kind: match state {
                EditionState::Open => kind::EDITION_OPENED,
                EditionState::Closed => kind::EDITION_CLOSED,
                EditionState::Draft => kind::EDITION_DRAFTED,
            },
            member_state: None,
            detail,
            address: address.to_string(),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn write(
    db: &impl ConnectionTrait,
    edition: &str,
    state: EditionState,
    opens_at: Option<DateTime<Utc>>,
    closes_at: Option<DateTime<Utc>>,
    by: &str,
) -> Result<(), DbErr> {
    edition_states::Entity::insert(edition_states::ActiveModel {
        edition: Set(edition.to_string()),
        state: Set(state.as_str().to_string()),
        opens_at: Set(opens_at),
        closes_at: Set(closes_at),
        updated_by: Set(by.to_string()),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::column(edition_states::Column::Edition)
            .update_columns([
                edition_states::Column::State,
                edition_states::Column::OpensAt,
                edition_states::Column::ClosesAt,
                edition_states::Column::UpdatedBy,
                edition_states::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// On the very first start (no edition has a state), opens the newest
/// edition; returns its id when it did.
pub async fn bootstrap(
    db: &DatabaseConnection,
    editions: &[Edition],
) -> Result<Option<String>, ScheduleError> {
    if edition_states::Entity::find().count(db).await? > 0 {
        return Ok(None);
    }
    let Some(newest) = editions.last() else {
        return Ok(None);
    };
    set(
        db,
        editions,
        &newest.id,
        EditionState::Open,
        (None, None),
        (None, "first start", ""),
    )
    .await?;
    Ok(Some(newest.id.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_edition_is_open_between_its_times() {
        let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let s = Schedule {
            state: EditionState::Open,
            opens_at: Some(t("2026-01-15T00:00:00Z")),
            closes_at: Some(t("2026-06-30T00:00:00Z")),
            updated_by: "a".into(),
            updated_at: t("2026-01-01T00:00:00Z"),
        };
        assert_eq!(s.phase_at(t("2026-01-01T00:00:00Z")), EditionState::Draft);
        assert_eq!(s.phase_at(t("2026-03-01T00:00:00Z")), EditionState::Open);
        assert_eq!(s.phase_at(t("2026-06-30T00:00:00Z")), EditionState::Closed);
        let closed = Schedule {
            state: EditionState::Closed,
            ..s
        };
        assert_eq!(
            closed.phase_at(t("2026-03-01T00:00:00Z")),
            EditionState::Closed
        );
    }
}
