//! `date`: a calendar date, YYYY-MM-DD.

use super::{expect_str, ShapeError};
use crate::questionnaire::validation::{is_iso_date, Issue, IssueKind};
use serde_json::Value;

pub fn from_json(v: &Value) -> Result<String, ShapeError> {
    expect_str(v, "a date as \"YYYY-MM-DD\"")
}

pub fn check(field: &str, value: &str, out: &mut Vec<Issue>) {
    if !is_iso_date(value.trim()) {
        out.push(Issue::new(
            field,
            None,
            IssueKind::InvalidDate {
                value: value.to_string(),
            },
        ));
    }
}
