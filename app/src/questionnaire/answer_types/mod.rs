//! The answer types of the questionnaire, one module each: the value, how it
//! is read from a posted form and from JSON, written to JSON, and checked.
//! The controls that show them live in `crate::pages::fields`, named alike.

pub mod choices;
pub mod consent;
pub mod contact;
pub mod date;
pub mod named_links;
pub mod number;
pub mod percentage_or_na;
pub mod text;
pub mod url_list;
pub mod yes_no;

use serde_json::Value;

/// A JSON value that does not have the shape an answer type expects.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct ShapeError(pub String);

pub(crate) fn expect_str(v: &Value, what: &str) -> Result<String, ShapeError> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| ShapeError(format!("expected {what}")))
}

/// An object's string member, "" when absent.
pub(crate) fn member_str(
    obj: &serde_json::Map<String, Value>,
    key: &str,
) -> Result<String, ShapeError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(ShapeError(format!("\"{key}\" must be a string"))),
    }
}

pub(crate) fn only_keys(
    obj: &serde_json::Map<String, Value>,
    keys: &[&str],
) -> Result<(), ShapeError> {
    match obj.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(ShapeError(format!(
            "unexpected member \"{k}\" (expected {})",
            keys.join(", ")
        ))),
        None => Ok(()),
    }
}
