//! `choices`: any number of ticked options; an "Other:" option carries a
//! free text.

use super::{member_str, only_keys, ShapeError};
use crate::questionnaire::definition::ChoiceOption;
use crate::questionnaire::validation::{Issue, IssueKind};
use serde_json::{json, Value};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// Option ids, in the order of the definition.
    pub selected: Vec<String>,
    pub other: String,
}

impl Choices {
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && self.other.trim().is_empty()
    }

    pub fn is_selected(&self, option: &str) -> bool {
        self.selected.iter().any(|s| s == option)
    }

    pub fn to_json(&self) -> Value {
        if self.other.is_empty() {
            json!({ "selected": self.selected })
        } else {
            json!({ "selected": self.selected, "other": self.other })
        }
    }
}

pub fn from_json(v: &Value) -> Result<Choices, ShapeError> {
    let obj = v.as_object().ok_or_else(|| {
        ShapeError("expected {\"selected\": [option ids], \"other\": text}".into())
    })?;
    only_keys(obj, &["selected", "other"])?;
    let selected = match obj.get("selected") {
        None => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|s| {
                s.as_str().map(str::to_string).ok_or_else(|| {
                    ShapeError("\"selected\" must list option ids as strings".into())
                })
            })
            .collect::<Result<_, _>>()?,
        Some(_) => {
            return Err(ShapeError(
                "\"selected\" must be a list of option ids".into(),
            ))
        }
    };
    Ok(Choices {
        selected,
        other: member_str(obj, "other")?,
    })
}

pub fn check(field: &str, value: &Choices, options: &[ChoiceOption], out: &mut Vec<Issue>) {
    for s in &value.selected {
        if !options.iter().any(|o| &o.id == s) {
            out.push(Issue::new(
                field,
                None,
                IssueKind::UnknownValue { value: s.clone() },
            ));
        }
    }
    if let Some(other) = options.iter().find(|o| o.other) {
        if value.is_selected(&other.id) && value.other.trim().is_empty() {
            out.push(Issue::new(
                field,
                Some("other".into()),
                IssueKind::OtherTextRequired,
            ));
        }
    }
}
