//! `text`: free text, optionally with a word limit.

use super::{expect_str, ShapeError};
use crate::questionnaire::validation::{word_count, Issue, IssueKind};
use serde_json::Value;

pub fn from_json(v: &Value) -> Result<String, ShapeError> {
    expect_str(v, "a text")
}

pub fn check(field: &str, value: &str, word_limit: Option<u32>, out: &mut Vec<Issue>) {
    if let Some(limit) = word_limit {
        let words = word_count(value);
        if words > limit {
            out.push(Issue::new(
                field,
                None,
                IssueKind::TooManyWords {
                    limit,
                    over: words - limit,
                },
            ));
        }
    }
}
