//! `named_links`: rows of a name and a web address (agencies, ministries).

use super::{member_str, only_keys, ShapeError};
use crate::questionnaire::validation::{is_web_url, Issue, IssueKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NamedLink {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

impl NamedLink {
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.url.trim().is_empty()
    }
}

pub fn to_json(rows: &[NamedLink]) -> Value {
    serde_json::to_value(rows).unwrap_or(Value::Null)
}

pub fn from_json(v: &Value) -> Result<Vec<NamedLink>, ShapeError> {
    let items = v
        .as_array()
        .ok_or_else(|| ShapeError("expected a list of {\"name\", \"url\"} objects".into()))?;
    items
        .iter()
        .map(|i| {
            let obj = i.as_object().ok_or_else(|| {
                ShapeError("each row must be a {\"name\", \"url\"} object".into())
            })?;
            only_keys(obj, &["name", "url"])?;
            Ok(NamedLink {
                name: member_str(obj, "name")?,
                url: member_str(obj, "url")?,
            })
        })
        .collect()
}

pub fn check(field: &str, rows: &[NamedLink], url_required: bool, out: &mut Vec<Issue>) {
    for (i, row) in rows.iter().enumerate() {
        if row.is_blank() {
            continue;
        }
        if row.name.trim().is_empty() {
            out.push(Issue::new(
                field,
                Some(format!("{i}.name")),
                IssueKind::NameRequired,
            ));
        }
        if row.url.trim().is_empty() {
            if url_required {
                out.push(Issue::new(
                    field,
                    Some(format!("{i}.url")),
                    IssueKind::Required,
                ));
            }
        } else if !is_web_url(&row.url) {
            out.push(Issue::new(
                field,
                Some(format!("{i}.url")),
                IssueKind::InvalidUrl {
                    value: row.url.clone(),
                },
            ));
        }
    }
}
