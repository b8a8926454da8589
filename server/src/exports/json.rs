//! The JSON export: every exported version as a response file (the format
//! documented in docs/response-format.md), with its state in the cycle.

use super::Exported;
use crate::response_file::ResponseFile;
use serde::Serialize;

/// The JSON export.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Export {
    /// Always "msq-responses".
    pub format: String,
    pub edition: String,
    /// RFC 3339.
    pub exported_at: String,
    /// Each question id's printed number in this edition ("2a", "XI.2").
    pub question_numbers: std::collections::BTreeMap<String, String>,
    pub responses: Vec<Entry>,
}

/// One Member State in the JSON export.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Entry {
    /// The state in the cycle: submitted, resubmitted, returned or accepted.
    pub state: String,
    pub response: ResponseFile,
}

pub fn write(
    edition: &app::questionnaire::Edition,
    exported: &[Exported],
) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&Export {
        format: "msq-responses".to_string(),
        edition: edition.id.clone(),
        exported_at: chrono::Utc::now().to_rfc3339(),
        question_numbers: edition
            .fields()
            .map(|f| {
                let n = app::questionnaire::display::printed_number(edition, f);
                (f.id.clone(), n)
            })
            .collect(),
        responses: exported
            .iter()
            .map(|e| Entry {
                state: e.cycle.as_str().to_string(),
                response: ResponseFile::from_version(&e.version),
            })
            .collect(),
    })
}
