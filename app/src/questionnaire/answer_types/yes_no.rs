//! `yes_no`: "yes" or "no".

use super::{expect_str, ShapeError};
use crate::questionnaire::validation::{Issue, IssueKind};
use serde_json::Value;

pub const VALUES: [&str; 2] = ["yes", "no"];

pub fn from_json(v: &Value) -> Result<String, ShapeError> {
    expect_str(v, "\"yes\" or \"no\"")
}

pub fn check(field: &str, value: &str, out: &mut Vec<Issue>) {
    if !VALUES.contains(&value) {
        out.push(Issue::new(
            field,
            None,
            IssueKind::UnknownValue {
                value: value.to_string(),
            },
        ));
    }
}
