//! The response file: a Member State's answers to an edition as JSON
//! (docs/response-format.md). Drafts download as one; `msq import-response`
//! loads one into a draft, all of it or nothing.

use crate::carry_over::{self, CarryError, CarryReport, FrozenCarry};
use crate::drafts::{self, store, Change, Saver, StoredAnswers};
use app::member_states;
use app::questionnaire::answer::from_stored;
use app::questionnaire::carry::{self, CarryMarks, CarryPlan};
use app::questionnaire::display::issue_message;
use app::questionnaire::{Answers, Edition, Issue};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The format's name and version, written in every file.
pub const FORMAT: &str = "msq-response";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseFile {
    pub format: String,
    pub format_version: u32,
    pub edition: String,
    /// ISO 3166-1 alpha-3.
    pub member_state: String,
    /// Field id -> answer value (the shape depends on the answer type).
    pub answers: BTreeMap<String, Value>,
    /// Present in a submitted version's file; ignored on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<SubmissionInfo>,
    /// The answers carried over from the previous edition: from which
    /// edition, and per field "unconfirmed" (a draft only), "confirmed" or
    /// "changed". Absent when nothing was carried; ignored on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried: Option<FrozenCarry>,
}

/// Which submitted version a file is.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmissionInfo {
    pub version: i32,
    /// SHA-256 (hex) of the canonical JSON of `answers`.
    pub sha256: String,
    pub submitted_at: String,
    pub submitted_by: String,
}

impl ResponseFile {
    pub fn from_stored(
        edition: &str,
        member_state: &str,
        stored: &StoredAnswers,
        carried: &CarryMarks,
    ) -> Self {
        ResponseFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            edition: edition.into(),
            member_state: member_state.into(),
            answers: stored
                .iter()
                .filter_map(|(k, s)| Some((k.clone(), s.value.clone()?)))
                .collect(),
            submission: None,
            carried: FrozenCarry::of_draft(carried),
        }
    }

    pub fn from_version(v: &crate::submissions::Version) -> Self {
        ResponseFile {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            edition: v.edition.clone(),
            member_state: v.member_state.clone(),
            answers: v.answers.clone(),
            submission: Some(SubmissionInfo {
                version: v.version,
                sha256: v.sha256.clone(),
                submitted_at: v.submitted_at.to_rfc3339(),
                submitted_by: v.submitted_by.clone(),
            }),
            carried: v.carried.clone(),
        }
    }
}

/// Why a file could not be imported: every problem found, each naming the
/// answer it concerns.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a response file: {0}")]
    Unreadable(String),
    #[error("the file has problems:\n{}", .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<String>),
    #[error("someone changed these answers during the import, nothing was written: {}", .0.join(", "))]
    Conflict(Vec<String>),
    /// The response is submitted or accepted: the country cannot change it.
    #[error("the response of {0} is {1}; nothing was written (it can be changed again once UN DESA returns it for revision)")]
    Locked(String, &'static str),
    #[error(
        "the {0} edition is closed (`msq edition open {0}` opens it again); nothing was written"
    )]
    EditionClosed(String),
    #[error("answers from {0} were already carried into this response; nothing was written")]
    AlreadyCarried(String),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Stored(#[from] crate::db::LoadError),
}

impl ImportError {
    fn of_carry(e: CarryError, iso3: &str, edition: &str) -> ImportError {
        match e {
            CarryError::EditionClosed => ImportError::EditionClosed(edition.to_string()),
            CarryError::Locked(status) => ImportError::Locked(iso3.to_string(), status.label()),
            CarryError::AlreadyCarried(from) => ImportError::AlreadyCarried(from),
            CarryError::NothingToCarry => ImportError::Invalid(vec![e.to_string()]),
            CarryError::Database(e) => ImportError::Database(e),
            CarryError::Stored(e) => ImportError::Stored(e),
        }
    }
}

/// A response file that passed every check.
pub struct CheckedFile<'e> {
    pub edition: &'e Edition,
    pub member_state: &'static str,
    pub answers: Answers,
    /// The fields the file gives as empty: the import clears them.
    pub cleared: Vec<String>,
}

/// Reads and checks a file against the loaded editions: the typed answers,
/// or every problem.
pub fn parse<'e>(text: &str, editions: &'e [Edition]) -> Result<CheckedFile<'e>, ImportError> {
    let file: ResponseFile =
        serde_json::from_str(text).map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let mut problems = Vec::new();
    if file.format != FORMAT || file.format_version != FORMAT_VERSION {
        problems.push(format!(
            "format: expected \"{FORMAT}\" version {FORMAT_VERSION}, found \"{}\" version {}",
            file.format, file.format_version
        ));
    }
    let edition = editions.iter().find(|e| e.id == file.edition);
    if edition.is_none() {
        problems.push(format!("edition: there is no edition \"{}\"", file.edition));
    }
    let state = member_states::by_iso3(&file.member_state);
    if state.is_none() {
        problems.push(format!(
            "member_state: \"{}\" is not the code of a UN Member State",
            file.member_state
        ));
    }
    let (Some(edition), Some(state)) = (edition, state) else {
        return Err(ImportError::Invalid(problems));
    };
    let read = from_stored(edition, &file.answers);
    for u in &read.unreadable {
        problems.push(format!("answers.{}: {}", u.field, u.reason));
    }
    for (id, answer) in &read.answers {
        let Some(field) = edition.field(id) else {
            continue; // read above: the edition has it
        };
        let mut issues: Vec<Issue> = Vec::new();
        answer.check(field, &mut issues);
        for i in &issues {
            let part = i.part.as_ref().map(|p| format!(".{p}")).unwrap_or_default();
            problems.push(format!("answers.{id}{part}: {}", issue_message(edition, i)));
        }
    }
    if problems.is_empty() {
        Ok(CheckedFile {
            edition,
            member_state: state.iso3.as_str(),
            answers: read.answers,
            cleared: read.empty,
        })
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// A response file of one edition, planned into another.
pub struct MovedFile<'e> {
    pub edition: &'e Edition,
    pub member_state: &'static str,
    /// The file's edition, and its version (0: a draft's file).
    pub from: (String, i32),
    pub plan: CarryPlan,
}

/// Reads a file of one edition into another (`msq import-response
/// --edition`), by the rules of carrying answers over
/// (`app::questionnaire::carry::plan`): the answers whose question the
/// target edition asks (by id, or through the mapping file beside it) and
/// that read as its type are kept, to be confirmed or changed like carried
/// answers; everything else is dropped and listed with why. The date of
/// the response and the authorization to publish (the front matter) are
/// never carried.
pub fn parse_into<'e>(
    text: &str,
    editions: &'e [Edition],
    target: &str,
) -> Result<(MovedFile<'e>, Vec<String>), ImportError> {
    let file: ResponseFile =
        serde_json::from_str(text).map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let mut problems = Vec::new();
    if file.format != FORMAT || file.format_version != FORMAT_VERSION {
        problems.push(format!(
            "format: expected \"{FORMAT}\" version {FORMAT_VERSION}, found \"{}\" version {}",
            file.format, file.format_version
        ));
    }
    let edition = editions.iter().find(|e| e.id == target);
    if edition.is_none() {
        problems.push(format!("--edition: there is no edition \"{target}\""));
    }
    if file.edition == target {
        problems.push(format!(
            "--edition: the file is already of edition {target}; import it without --edition"
        ));
    }
    let state = member_states::by_iso3(&file.member_state);
    if state.is_none() {
        problems.push(format!(
            "member_state: \"{}\" is not the code of a UN Member State",
            file.member_state
        ));
    }
    let (Some(edition), Some(state), true) = (edition, state, problems.is_empty()) else {
        return Err(ImportError::Invalid(problems));
    };
    let source = editions.iter().find(|e| e.id == file.edition);
    let plan = carry::plan(&file.edition, source, edition, &file.answers);
    let dropped = plan
        .dropped
        .iter()
        .map(|(id, why)| format!("{id}: {why}"))
        .collect();
    let version = file.submission.as_ref().map_or(0, |s| s.version);
    let moved = MovedFile {
        edition,
        member_state: state.iso3.as_str(),
        from: (file.edition, version),
        plan,
    };
    Ok((moved, dropped))
}

/// Writes a moved file into the Member State's draft as carried answers
/// (never over an answer already given), in one transaction.
pub async fn write_moved(
    db: &sea_orm::DatabaseConnection,
    moved: MovedFile<'_>,
    actor: &str,
) -> Result<CarryReport, ImportError> {
    let MovedFile {
        edition,
        member_state,
        from,
        plan,
    } = moved;
    carry_over::carry_in(
        db,
        edition,
        member_state,
        (&from.0, from.1),
        plan,
        (None, actor, "command line"),
    )
    .await
    .map_err(|e| ImportError::of_carry(e, member_state, &edition.id))
}

/// Imports a file into the Member State's draft: its answers replace the
/// draft's for the fields it names, in one transaction; nothing is written
/// if anything is wrong.
pub async fn import(
    saver: &Saver,
    editions: &[Edition],
    text: &str,
    actor: &str,
) -> Result<ImportSummary, ImportError> {
    write(saver, parse(text, editions)?, actor).await
}

/// Writes checked answers into the Member State's draft, in one
/// transaction (nothing when anything conflicts).
pub async fn write(
    saver: &Saver,
    checked: CheckedFile<'_>,
    actor: &str,
) -> Result<ImportSummary, ImportError> {
    let CheckedFile {
        edition,
        member_state: iso3,
        answers,
        cleared,
    } = checked;
    let current = match store::find_response(saver.db(), &edition.id, iso3).await? {
        Some(r) => store::load(saver.db(), r.id).await?,
        None => Default::default(),
    };
    let given = answers.into_iter().map(|(id, a)| (id, Some(a.to_json())));
    let changes: Vec<Change> = given
        .chain(cleared.into_iter().map(|id| (id, None)))
        .map(|(id, value)| Change {
            base_revision: current.get(&id).map_or(0, |s| s.revision),
            value,
            field_id: id,
        })
        .collect();
    let report = saver
        .save(
            &edition.id,
            iso3,
            &changes,
            actor,
            drafts::Mode::AllOrNothing,
        )
        .await?;
    if report.edition_closed {
        return Err(ImportError::EditionClosed(edition.id.clone()));
    }
    if let Some(status) = report.locked {
        return Err(ImportError::Locked(iso3.to_string(), status.label()));
    }
    if !report.conflicts.is_empty() {
        return Err(ImportError::Conflict(
            report.conflicts.into_iter().map(|c| c.field_id).collect(),
        ));
    }
    Ok(ImportSummary {
        edition: edition.id.clone(),
        member_state: iso3.to_string(),
        answers: report.saved.len(),
    })
}

#[derive(Debug)]
pub struct ImportSummary {
    pub edition: String,
    pub member_state: String,
    pub answers: usize,
}
