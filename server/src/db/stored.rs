//! Stored data that cannot be read: an error, said loudly (logged, and a
//! page that says so), never quietly read as something else (an unknown
//! status as a draft, damaged frozen answers as an empty version).

use sea_orm::DbErr;

/// What is damaged, and where.
#[derive(Debug, thiserror::Error)]
pub enum Corrupt {
    #[error("response {response} ({iso3}): {source}")]
    Status {
        response: i64,
        iso3: String,
        source: app::cycle::UnknownStatus,
    },
    #[error("edition {edition} has the stored state {value:?}, which is not a state (draft, open, closed)")]
    EditionState { edition: String, value: String },
    #[error("version {version} of response {response} ({iso3}): its frozen answers are not a JSON object of answers ({reason})")]
    FrozenAnswers {
        response: i64,
        iso3: String,
        version: i32,
        reason: String,
    },
    #[error("version {version} of response {response} ({iso3}): its record of the answers carried over is not readable ({reason})")]
    FrozenCarry {
        response: i64,
        iso3: String,
        version: i32,
        reason: String,
    },
    #[error("response {response}: the carried-over value of {field} is not JSON ({reason})")]
    CarriedAnswer {
        response: i64,
        field: String,
        reason: String,
    },
}

/// Reading stored data: the database failed, or what it holds is damaged.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("stored data: {0}")]
    Corrupt(#[from] Corrupt),
}

impl From<LoadError> for DbErr {
    /// For the few callers that only speak `DbErr` (the drafts writer):
    /// the damage becomes the message of a failed request.
    fn from(e: LoadError) -> DbErr {
        match e {
            LoadError::Database(e) => e,
            LoadError::Corrupt(c) => DbErr::Custom(c.to_string()),
        }
    }
}
