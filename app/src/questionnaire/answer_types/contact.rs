//! `contact`: a contact block (name, title, organization, e-mail, phone),
//! its parts defined by the edition.

use super::{member_str, ShapeError};
use crate::questionnaire::definition::{ContactPart, ContactPartKind};
use crate::questionnaire::validation::{is_email, is_international_phone, Issue, IssueKind};
use serde_json::Value;
use std::collections::BTreeMap;

pub type Contact = BTreeMap<String, String>;

pub fn is_empty(c: &Contact) -> bool {
    c.values().all(|v| v.trim().is_empty())
}

pub fn to_json(c: &Contact) -> Value {
    Value::Object(
        c.iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.clone(), Value::from(v.clone())))
            .collect(),
    )
}

pub fn from_json(v: &Value, parts: &[ContactPart]) -> Result<Contact, ShapeError> {
    let obj = v
        .as_object()
        .ok_or_else(|| ShapeError("expected an object with the contact's parts".into()))?;
    if let Some(k) = obj.keys().find(|k| !parts.iter().any(|p| &p.id == *k)) {
        let known: Vec<&str> = parts.iter().map(|p| p.id.as_str()).collect();
        return Err(ShapeError(format!(
            "unexpected member \"{k}\" (expected {})",
            known.join(", ")
        )));
    }
    parts
        .iter()
        .map(|p| Ok((p.id.clone(), member_str(obj, &p.id)?)))
        .collect()
}

/// Format checks; required parts are checked at submission (see `Answer::missing`).
pub fn check(field: &str, c: &Contact, parts: &[ContactPart], out: &mut Vec<Issue>) {
    for p in parts {
        let v = c.get(&p.id).map(|s| s.trim()).unwrap_or("");
        if v.is_empty() {
            continue;
        }
        let kind = match p.kind {
            ContactPartKind::Email if !is_email(v) => IssueKind::InvalidEmail { value: v.into() },
            ContactPartKind::Phone if !is_international_phone(v) => {
                IssueKind::InvalidPhone { value: v.into() }
            }
            _ => continue,
        };
        out.push(Issue::new(field, Some(p.id.clone()), kind));
    }
}
