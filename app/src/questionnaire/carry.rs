//! Carrying a Member State's answers from one edition into the next
//! (issue 14, part 3): which answer of the previous edition fills which
//! field of the new one ([`CarryMap`], from the mapping file beside the
//! edition, `editions/msq-2026.carry-over.toml`), what is copied and what
//! is dropped and why ([`plan`]), and what became of each carried answer
//! since ([`CarryState`]: still to confirm, confirmed unchanged, changed).
//! Pure: the server stores and reads; this decides.

use super::answer::{canonical_json, from_stored, is_asked, Answers};
use super::definition::{Edition, FieldKind};
use super::display::field_text;
use super::validation::{Issue, IssueKind};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// How the answers of the edition before (`from`) carry into this one, for
/// questions whose id changed: `[fields] new_id = "old_id"` (a renamed
/// question; a split question names the same old id twice) and
/// `[options.field_id] old_option = "new_option"` (a renamed or merged
/// choice). A field not named carries from the same id.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarryMap {
    /// The edition the answers come from.
    pub from: String,
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, BTreeMap<String, String>>,
}

impl CarryMap {
    /// The previous edition's id of the field that fills `field_id`.
    pub fn source_of<'a>(&'a self, field_id: &'a str) -> &'a str {
        self.fields.get(field_id).map_or(field_id, String::as_str)
    }

    /// The option a renamed option became (None: not renamed).
    pub fn option(&self, field_id: &str, old: &str) -> Option<&str> {
        self.options.get(field_id)?.get(old).map(String::as_str)
    }

    /// A choices value with its renamed options translated.
    fn translate(&self, field_id: &str, value: &Value) -> Value {
        let Some(renamed) = self.options.get(field_id) else {
            return value.clone();
        };
        let mut out = value.clone();
        if let Some(Value::Array(selected)) = out.get_mut("selected") {
            for s in selected.iter_mut() {
                if let Some(new) = s.as_str().and_then(|o| renamed.get(o)) {
                    *s = Value::String(new.clone());
                }
            }
            // Two options merged into one: ticked once.
            let mut seen = Vec::new();
            selected.retain(|s| {
                let keep = !seen.contains(s);
                seen.push(s.clone());
                keep
            });
        }
        out
    }
}

/// What became of a carried answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarryState {
    /// Still the carried value, not confirmed: submission waits for it.
    Unconfirmed,
    /// Confirmed unchanged by the country.
    Confirmed,
    /// Changed (or cleared) since it was carried.
    Changed,
}

impl CarryState {
    pub fn as_str(self) -> &'static str {
        match self {
            CarryState::Unconfirmed => "unconfirmed",
            CarryState::Confirmed => "confirmed",
            CarryState::Changed => "changed",
        }
    }

    pub fn parse(s: &str) -> Option<CarryState> {
        match s {
            "unconfirmed" => Some(CarryState::Unconfirmed),
            "confirmed" => Some(CarryState::Confirmed),
            "changed" => Some(CarryState::Changed),
            _ => None,
        }
    }

    /// The state of an answer carried as `carried`, now `current`
    /// (None: cleared), confirmed or not. Changing it back to the carried
    /// value makes it a carried answer again.
    pub fn of(carried: &Value, current: Option<&Value>, confirmed: bool) -> CarryState {
        match current {
            Some(now) if canonical_json(now) == canonical_json(carried) => {
                if confirmed {
                    CarryState::Confirmed
                } else {
                    CarryState::Unconfirmed
                }
            }
            _ => CarryState::Changed,
        }
    }
}

/// A carried answer as the pages show it.
#[derive(Clone, Debug, PartialEq)]
pub struct CarryMark {
    /// The edition it came from ("2020").
    pub from: String,
    pub state: CarryState,
    /// The question's words changed since that edition.
    pub reworded: bool,
}

/// Field id -> its carry mark (only carried answers have one).
pub type CarryMarks = BTreeMap<String, CarryMark>;

/// The carried answers still to confirm, as problems that block submission
/// (only those asked: a follow-up whose condition no longer holds is not
/// submitted, so it need not be confirmed).
pub fn unconfirmed_issues(edition: &Edition, answers: &Answers, marks: &CarryMarks) -> Vec<Issue> {
    edition
        .fields()
        .filter(|f| is_asked(f, answers))
        .filter_map(|f| {
            let mark = marks.get(&f.id)?;
            (mark.state == CarryState::Unconfirmed).then(|| {
                Issue::new(
                    &f.id,
                    None,
                    IssueKind::CarriedUnconfirmed {
                        from: mark.from.clone(),
                    },
                )
            })
        })
        .collect()
}

/// Whether the words of `field_id` (in `edition`) differ from those of the
/// field it carries from (in `previous`).
pub fn reworded(previous: &Edition, edition: &Edition, field_id: &str, from_field: &str) -> bool {
    match (edition.field(field_id), previous.field(from_field)) {
        (Some(now), Some(before)) => field_text(edition, now) != field_text(previous, before),
        _ => false,
    }
}

/// One answer to copy.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    pub field: String,
    /// Its id in the edition it comes from.
    pub from_field: String,
    pub value: Value,
}

/// What carrying answers into an edition does: the answers copied, and the
/// ones left behind with why (field id in the source, reason).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CarryPlan {
    pub carried: Vec<Carried>,
    pub dropped: Vec<(String, String)>,
}

/// Why the front matter is never carried.
pub const FRONT_MATTER_REASON: &str =
    "not carried (the date of the response and the authorization to publish are given anew in each edition)";

/// Plans copying `answers` (of edition `source_id`; `source` when it is
/// loaded) into `target`. A field of the target's front matter (the date of
/// the response, the authorization to publish) is never filled, nor is one
/// from the source's; the mapping beside the target applies when it is the
/// mapping from `source_id`. A value that does not read as the target's
/// type is dropped with why; one that reads but fails the target's checks
/// is carried (the page flags it, and submission waits until it is fixed).
pub fn plan(
    source_id: &str,
    source: Option<&Edition>,
    target: &Edition,
    answers: &BTreeMap<String, Value>,
) -> CarryPlan {
    let empty = CarryMap::default();
    let map = target
        .carry_map
        .as_ref()
        .filter(|m| m.from == source_id)
        .unwrap_or(&empty);
    let front: Vec<&str> = target
        .intro
        .fields
        .iter()
        .chain(source.iter().flat_map(|s| s.intro.fields.iter()))
        .map(|f| f.id.as_str())
        .collect();
    let mut out = CarryPlan::default();
    let mut used: Vec<&str> = Vec::new();
    for field in target.fields() {
        if front.contains(&field.id.as_str()) {
            continue;
        }
        let from = map.source_of(&field.id);
        let Some(value) = answers.get(from) else {
            continue;
        };
        used.push(from);
        let value = match &field.kind {
            FieldKind::Choices { .. } => map.translate(&field.id, value),
            _ => value.clone(),
        };
        let one = BTreeMap::from([(field.id.clone(), value.clone())]);
        let read = from_stored(target, &one);
        if let Some(u) = read.unreadable.first() {
            out.dropped.push((from.to_string(), u.reason.clone()));
            continue;
        }
        if read.answers.is_empty() {
            continue; // an empty answer: nothing to carry
        }
        out.carried.push(Carried {
            field: field.id.clone(),
            from_field: from.to_string(),
            value,
        });
    }
    for id in answers.keys() {
        if used.contains(&id.as_str()) {
            continue;
        }
        let reason = if front.contains(&id.as_str()) {
            FRONT_MATTER_REASON.to_string()
        } else {
            format!("not asked in {}", target.id)
        };
        out.dropped.push((id.clone(), reason));
    }
    out.dropped.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_state_follows_the_value() {
        let v = json!("Yes, since 2019");
        assert_eq!(CarryState::of(&v, Some(&v), false), CarryState::Unconfirmed);
        assert_eq!(CarryState::of(&v, Some(&v), true), CarryState::Confirmed);
        assert_eq!(
            CarryState::of(&v, Some(&json!("No")), true),
            CarryState::Changed
        );
        assert_eq!(CarryState::of(&v, None, false), CarryState::Changed);
        // Key order does not make a change.
        let a = json!({"selected": ["a"], "other": "x"});
        let b = json!({"other": "x", "selected": ["a"]});
        assert_eq!(CarryState::of(&a, Some(&b), true), CarryState::Confirmed);
        for s in [
            CarryState::Unconfirmed,
            CarryState::Confirmed,
            CarryState::Changed,
        ] {
            assert_eq!(CarryState::parse(s.as_str()), Some(s));
        }
        assert_eq!(CarryState::parse("maybe"), None);
    }

    #[test]
    fn renamed_options_are_translated_and_merged_ones_ticked_once() {
        let map = CarryMap {
            from: "2020".into(),
            fields: BTreeMap::from([("new_q".into(), "old_q".into())]),
            options: BTreeMap::from([(
                "new_q".into(),
                BTreeMap::from([("a".into(), "c".into()), ("b".into(), "c".into())]),
            )]),
        };
        assert_eq!(map.source_of("new_q"), "old_q");
        assert_eq!(map.source_of("q1"), "q1");
        assert_eq!(
            map.translate("new_q", &json!({"selected": ["a", "b", "d"]})),
            json!({"selected": ["c", "d"]})
        );
    }
}
