//! `date`: a calendar date, stored as YYYY-MM-DD. People type it in three
//! boxes, day, month and year (the GOV.UK date pattern: no order to guess,
//! no browser date box turning "31/03/2019" into year 32019); the month may
//! be a number or a name ("3", "03", "March", "mar"). What does not make a
//! date is kept as typed ("31/13/2019") and flagged, never emptied.

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

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month typed as a number or an English name (or its first three letters).
fn month_number(typed: &str) -> Option<u32> {
    let t = typed.trim().trim_end_matches('.').to_lowercase();
    if let Ok(n) = t.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    MONTHS
        .iter()
        .position(|m| t.len() >= 3 && m.starts_with(&t))
        .map(|i| i as u32 + 1)
}

/// The date of three boxes: "YYYY-MM-DD" when they make a real date (a year
/// of four figures), else what was typed, "day/month/year", to be flagged
/// and shown back in the boxes. All empty: empty.
pub fn from_parts(day: &str, month: &str, year: &str) -> String {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return String::new();
    }
    if let (Ok(d), Some(m), true) = (
        day.parse::<u32>(),
        month_number(month),
        year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()),
    ) {
        let iso = format!("{year}-{m:02}-{d:02}");
        if is_iso_date(&iso) {
            return iso;
        }
    }
    format!("{day}/{month}/{year}")
}

/// A stored value in the three boxes (day, month, year): a date as its
/// parts, a value kept as typed as it was typed.
pub fn to_parts(value: &str) -> (String, String, String) {
    let v = value.trim();
    if is_iso_date(v) {
        return (v[8..10].into(), v[5..7].into(), v[0..4].into());
    }
    let parts: Vec<&str> = v.split('/').collect();
    match parts.as_slice() {
        [d, m, y] => (d.to_string(), m.to_string(), y.to_string()),
        // Anything else (a file's free text): kept whole in the first box.
        _ => (v.to_string(), String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_boxes_make_a_date_or_are_kept_as_typed() {
        assert_eq!(from_parts("31", "3", "2020"), "2020-03-31");
        assert_eq!(from_parts(" 1 ", "March", "2020"), "2020-03-01");
        assert_eq!(from_parts("1", "mar.", "2020"), "2020-03-01");
        assert_eq!(from_parts("", "", ""), "");
        for (d, m, y) in [
            ("31", "3", "32019"),
            ("31", "13", "2019"),
            ("30", "2", "2020"),
            ("31", "3", "19"),
            ("", "3", "2020"),
        ] {
            let kept = from_parts(d, m, y);
            assert_eq!(kept, format!("{d}/{m}/{y}"));
            assert_eq!(
                to_parts(&kept),
                (d.to_string(), m.to_string(), y.to_string())
            );
        }
        assert_eq!(
            to_parts("2020-03-31"),
            ("31".into(), "03".into(), "2020".into())
        );
        assert_eq!(to_parts("sometime in March").0, "sometime in March");
    }
}
