//! The JSON export: every exported version as a response file (the format
//! documented in docs/response-format.md), with its state in the cycle.

use super::Exported;
use crate::response_file::ResponseFile;
use serde::Serialize;

#[derive(Serialize)]
pub struct Export<'a> {
    pub format: &'static str,
    pub edition: &'a str,
    pub exported_at: String,
    pub responses: Vec<Entry>,
}

#[derive(Serialize)]
pub struct Entry {
    /// The state in the cycle (submitted, resubmitted, returned, accepted).
    pub state: &'static str,
    pub response: ResponseFile,
}

pub fn write(edition: &str, exported: &[Exported]) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&Export {
        format: "msq-responses",
        edition,
        exported_at: chrono::Utc::now().to_rfc3339(),
        responses: exported
            .iter()
            .map(|e| Entry {
                state: e.cycle.as_str(),
                response: ResponseFile::from_version(&e.version),
            })
            .collect(),
    })
}
