//! `percentage_or_na`: a percentage from 0 to 100 (decimals allowed), or
//! "not available" with the reason; a source/year note either way.

use super::{member_str, only_keys, ShapeError};
use crate::questionnaire::validation::{parse_percent, Issue, IssueKind};
use serde_json::{Map, Value};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PercentageOrNa {
    pub mode: Option<Mode>,
    /// As typed; a number once valid.
    pub percent: String,
    pub reason: String,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Percent,
    NotAvailable,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Percent => "percent",
            Mode::NotAvailable => "na",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "percent" => Some(Mode::Percent),
            "na" => Some(Mode::NotAvailable),
            _ => None,
        }
    }
}

impl PercentageOrNa {
    pub fn is_empty(&self) -> bool {
        self.percent.trim().is_empty()
            && self.reason.trim().is_empty()
            && self.note.trim().is_empty()
            && self.mode.is_none()
    }

    /// The mode the respondent chose, or the one their typing implies.
    pub fn effective_mode(&self) -> Option<Mode> {
        self.mode.or(if !self.percent.trim().is_empty() {
            Some(Mode::Percent)
        } else if !self.reason.trim().is_empty() {
            Some(Mode::NotAvailable)
        } else {
            None
        })
    }

    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        match self.effective_mode() {
            Some(Mode::Percent) => {
                // A valid percentage is stored as a number (whole numbers
                // without ".0"); anything else exactly as typed.
                let v = match parse_percent(&self.percent) {
                    Some(x) if (0.0..=100.0).contains(&x) && x.fract() == 0.0 => {
                        Value::from(x as i64)
                    }
                    Some(x) if (0.0..=100.0).contains(&x) => serde_json::Number::from_f64(x)
                        .map(Value::Number)
                        .unwrap_or(Value::Null),
                    _ => Value::from(self.percent.clone()),
                };
                m.insert("percent".into(), v);
            }
            Some(Mode::NotAvailable) => {
                m.insert("not_available".into(), Value::from(self.reason.clone()));
            }
            None => {}
        }
        if !self.note.is_empty() {
            m.insert("note".into(), Value::from(self.note.clone()));
        }
        Value::Object(m)
    }
}

pub fn from_json(v: &Value) -> Result<PercentageOrNa, ShapeError> {
    let obj = v.as_object().ok_or_else(|| {
        ShapeError("expected {\"percent\": number} or {\"not_available\": reason}".into())
    })?;
    only_keys(obj, &["percent", "not_available", "note"])?;
    let mut out = PercentageOrNa {
        note: member_str(obj, "note")?,
        ..Default::default()
    };
    match (obj.get("percent"), obj.get("not_available")) {
        (Some(_), Some(_)) => {
            return Err(ShapeError(
                "give either \"percent\" or \"not_available\", not both".into(),
            ))
        }
        (Some(Value::Number(n)), None) => {
            out.mode = Some(Mode::Percent);
            out.percent = n.to_string();
        }
        (Some(Value::String(s)), None) => {
            out.mode = Some(Mode::Percent);
            out.percent = s.clone();
        }
        (Some(_), None) => return Err(ShapeError("\"percent\" must be a number".into())),
        (None, Some(_)) => {
            out.mode = Some(Mode::NotAvailable);
            out.reason = member_str(obj, "not_available")?;
        }
        (None, None) => {}
    }
    Ok(out)
}

pub fn check(field: &str, value: &PercentageOrNa, out: &mut Vec<Issue>) {
    match value.effective_mode() {
        Some(Mode::Percent) => match parse_percent(&value.percent) {
            None if value.percent.trim().is_empty() => out.push(Issue::new(
                field,
                Some("percent".into()),
                IssueKind::Required,
            )),
            None => out.push(Issue::new(
                field,
                Some("percent".into()),
                IssueKind::NotANumber {
                    value: value.percent.clone(),
                },
            )),
            Some(x) if !(0.0..=100.0).contains(&x) => out.push(Issue::new(
                field,
                Some("percent".into()),
                IssueKind::PercentOutOfRange {
                    value: value.percent.clone(),
                },
            )),
            Some(_) => {}
        },
        Some(Mode::NotAvailable) if value.reason.trim().is_empty() => out.push(Issue::new(
            field,
            Some("reason".into()),
            IssueKind::ReasonRequired,
        )),
        _ => {}
    }
}
