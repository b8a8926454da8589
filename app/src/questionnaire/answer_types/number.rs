//! `number`: a count or an amount ("how many officials were trained"),
//! whole or decimal, optionally within a minimum and a maximum, printed with
//! its unit. Typed as people write numbers ("5000", "5 000", "5,000",
//! "12.5"); stored as a JSON number once valid, and exactly as typed until
//! then (nothing typed is lost; the check says what to change).

use super::ShapeError;
use crate::questionnaire::validation::{Issue, IssueKind};
use serde_json::Value;

/// A number as people type it, or None. Spaces (also no-break and thin
/// spaces) and apostrophes group thousands; commas group thousands when
/// they stand every three digits ("5,000", "1,250,000"), else mark the
/// decimals ("12,5"); a point marks the decimals unless it groups
/// thousands at least twice ("1.250.000"). Words ("about 5000") are not a
/// number.
pub fn parse(typed: &str) -> Option<f64> {
    let s: String = typed
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’'))
        .collect();
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(&s)),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let grouped = |sep: char, min_groups: usize| {
        let parts: Vec<&str> = digits.split(sep).collect();
        parts.len() > min_groups
            && (1..=3).contains(&parts[0].len())
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    let plain = match (digits.contains('.'), digits.contains(',')) {
        // Both: the last one marks the decimals.
        (true, true) => {
            let (dec, group) = if digits.rfind('.') > digits.rfind(',') {
                ('.', ',')
            } else {
                (',', '.')
            };
            digits.replace(group, "").replace(dec, ".")
        }
        (false, true) if grouped(',', 1) => digits.replace(',', ""),
        (false, true) => digits.replace(',', "."),
        (true, false) if grouped('.', 2) => digits.replace('.', ""),
        _ => digits.to_string(),
    };
    if plain.matches('.').count() > 1 || plain.starts_with('.') || plain.ends_with('.') {
        return None;
    }
    format!("{sign}{plain}")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
}

/// A number as JSON: whole numbers without ".0".
pub fn to_json_number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// The value to store: the number once it reads as one, else the text as
/// typed.
pub fn to_json(typed: &str) -> Value {
    match parse(typed) {
        Some(x) => to_json_number(x),
        None => Value::from(typed.to_string()),
    }
}

/// A stored value: a JSON number, or text (as typed, not yet valid).
pub fn from_json(v: &Value) -> Result<String, ShapeError> {
    match v {
        Value::Number(n) => Ok(n.to_string()),
        Value::String(s) => Ok(s.clone()),
        _ => Err(ShapeError(
            "expected a number (or the text typed, while it is not one)".into(),
        )),
    }
}

/// A number as people read it: "5000", "12.5".
pub fn display(typed: &str) -> String {
    match parse(typed) {
        Some(x) => match to_json_number(x) {
            Value::Number(n) => n.to_string(),
            _ => typed.trim().to_string(),
        },
        None => typed.trim().to_string(),
    }
}

/// The limits of a number field.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    pub integer: bool,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

pub fn check(field: &str, typed: &str, limits: Limits, out: &mut Vec<Issue>) {
    let value = typed.trim().to_string();
    let Some(x) = parse(typed) else {
        out.push(Issue::new(field, None, IssueKind::InvalidNumber { value }));
        return;
    };
    if limits.integer && x.fract() != 0.0 {
        out.push(Issue::new(field, None, IssueKind::NotWholeNumber { value }));
    } else if let Some(min) = limits.min.filter(|m| x < *m) {
        out.push(Issue::new(
            field,
            None,
            IssueKind::NumberBelow {
                min: display(&min.to_string()),
            },
        ));
    } else if let Some(max) = limits.max.filter(|m| x > *m) {
        out.push(Issue::new(
            field,
            None,
            IssueKind::NumberAbove {
                max: display(&max.to_string()),
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_people_write_them() {
        for (typed, n) in [
            ("5000", 5000.0),
            (" 5 000 ", 5000.0),
            ("5\u{a0}000", 5000.0),
            ("5,000", 5000.0),
            ("1,250,000", 1_250_000.0),
            ("1.250.000", 1_250_000.0),
            ("1'250'000", 1_250_000.0),
            ("12.5", 12.5),
            ("12,5", 12.5),
            ("1,250.75", 1250.75),
            ("1.250,75", 1250.75),
            ("-3", -3.0),
            ("+7", 7.0),
            ("0", 0.0),
        ] {
            assert_eq!(parse(typed), Some(n), "{typed:?}");
        }
        for bad in [
            "",
            "about 5000",
            "5000+",
            "5k",
            "five",
            "1.2.3",
            "12.",
            ".5",
            "--3",
            "1e9",
            "NaN",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        // Too large to be a number: flagged, never infinity.
        assert_eq!(parse(&"9".repeat(400)), None);
        assert_eq!(to_json(&"9".repeat(400)), Value::from("9".repeat(400)));
    }

    #[test]
    fn stored_as_a_number_once_valid_and_as_typed_before() {
        assert_eq!(to_json("5 000"), serde_json::json!(5000));
        assert_eq!(to_json("12,5"), serde_json::json!(12.5));
        assert_eq!(to_json("about 5000"), serde_json::json!("about 5000"));
        assert_eq!(from_json(&serde_json::json!(5000)).unwrap(), "5000");
        assert_eq!(from_json(&serde_json::json!("about")).unwrap(), "about");
        assert!(from_json(&serde_json::json!([1])).is_err());
        assert_eq!(display("5,000"), "5000");
    }

    #[test]
    fn checks_the_kind_and_the_limits() {
        let whole = Limits {
            integer: true,
            min: Some(0.0),
            max: Some(1_000_000.0),
        };
        let kinds = |typed: &str| {
            let mut out = Vec::new();
            check("q", typed, whole, &mut out);
            out.into_iter().map(|i| i.kind).collect::<Vec<_>>()
        };
        assert_eq!(kinds("5,000"), vec![]);
        assert_eq!(
            kinds("about 5000"),
            vec![IssueKind::InvalidNumber {
                value: "about 5000".into()
            }]
        );
        assert_eq!(
            kinds("12.5"),
            vec![IssueKind::NotWholeNumber {
                value: "12.5".into()
            }]
        );
        assert_eq!(
            kinds("-1"),
            vec![IssueKind::NumberBelow { min: "0".into() }]
        );
        assert_eq!(
            kinds("2000000"),
            vec![IssueKind::NumberAbove {
                max: "1000000".into()
            }]
        );
    }
}
