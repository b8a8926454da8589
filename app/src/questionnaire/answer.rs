//! One answer to one field, whatever its type, and a response's answers.
//! Answers are stored and exchanged as JSON (docs/response-format.md); each
//! type's module in `answer_types` knows its shape.

use super::answer_types::{
    choices, choices::Choices, consent, contact, contact::Contact, date, named_links,
    named_links::NamedLink, number, percentage_or_na, percentage_or_na::PercentageOrNa, text,
    url_list, url_list::UrlList, yes_no, ShapeError,
};
use super::definition::{Edition, Field, FieldKind};
use super::form_data::FormData;
use super::validation::{with_scheme, Issue, IssueKind};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Text(String),
    Date(String),
    Consent(bool),
    YesNo(String),
    UrlList(UrlList),
    NamedLinks(Vec<NamedLink>),
    Choices(Choices),
    PercentageOrNa(PercentageOrNa),
    /// As typed; stored as a number once valid.
    Number(String),
    Contact(Contact),
}

/// A response's answers by field id; absent means unanswered.
pub type Answers = BTreeMap<String, Answer>;

/// Stored JSON values (a draft's, a frozen version's, a response file's)
/// read as answers of an edition: the one conversion every reader uses.
/// Each reader then decides what a value it cannot read means (a page
/// leaves it out, the PDF and an import refuse).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FromStored {
    /// The answers given (an empty one is not an answer).
    pub answers: Answers,
    /// Fields whose stored value is empty (an import clears them).
    pub empty: Vec<String>,
    /// Values that are not answers of the edition.
    pub unreadable: Vec<Unreadable>,
}

/// A stored value that cannot be read as an answer of the edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub field: String,
    /// Why, in a sentence.
    pub reason: String,
}

/// Reads stored values as answers of `edition`.
pub fn from_stored<'v>(
    edition: &Edition,
    values: impl IntoIterator<Item = (&'v String, &'v Value)>,
) -> FromStored {
    let mut out = FromStored::default();
    for (id, value) in values {
        let Some(field) = edition.field(id) else {
            out.unreadable.push(Unreadable {
                field: id.clone(),
                reason: format!("unknown question id \"{id}\" in edition {}", edition.id),
            });
            continue;
        };
        match Answer::from_json(field, value) {
            Err(e) => out.unreadable.push(Unreadable {
                field: id.clone(),
                reason: e.to_string(),
            }),
            Ok(a) if a.is_empty() => out.empty.push(id.clone()),
            Ok(a) => {
                out.answers.insert(id.clone(), a);
            }
        }
    }
    out
}

impl Answer {
    /// Nothing was given: the answer is treated as absent.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(s) | Answer::Date(s) | Answer::YesNo(s) | Answer::Number(s) => {
                s.trim().is_empty()
            }
            Answer::Consent(b) => !b,
            Answer::UrlList(u) => u.is_empty(),
            Answer::NamedLinks(rows) => rows.iter().all(NamedLink::is_blank),
            Answer::Choices(c) => c.is_empty(),
            Answer::PercentageOrNa(p) => p.is_empty(),
            Answer::Contact(c) => contact::is_empty(c),
        }
    }

    pub fn to_json(&self) -> Value {
        match self {
            Answer::Text(s) | Answer::Date(s) | Answer::YesNo(s) => Value::from(s.clone()),
            Answer::Consent(b) => Value::from(*b),
            Answer::UrlList(u) => u.to_json(),
            Answer::NamedLinks(rows) => named_links::to_json(rows),
            Answer::Choices(c) => c.to_json(),
            Answer::PercentageOrNa(p) => p.to_json(),
            Answer::Number(s) => number::to_json(s),
            Answer::Contact(c) => contact::to_json(c),
        }
    }

    /// Reads a stored or imported JSON value for a field.
    pub fn from_json(field: &Field, v: &Value) -> Result<Answer, ShapeError> {
        Ok(match &field.kind {
            FieldKind::Text { .. } => Answer::Text(text::from_json(v)?),
            FieldKind::Date => Answer::Date(date::from_json(v)?),
            FieldKind::Consent => Answer::Consent(consent::from_json(v)?),
            FieldKind::YesNo => Answer::YesNo(yes_no::from_json(v)?),
            FieldKind::UrlList { allow_none } => {
                Answer::UrlList(url_list::from_json(v, *allow_none)?)
            }
            FieldKind::NamedLinks { .. } => Answer::NamedLinks(named_links::from_json(v)?),
            FieldKind::Choices { .. } => Answer::Choices(choices::from_json(v)?),
            FieldKind::PercentageOrNa => Answer::PercentageOrNa(percentage_or_na::from_json(v)?),
            FieldKind::Number { .. } => Answer::Number(number::from_json(v)?),
            FieldKind::Contact { parts } => Answer::Contact(contact::from_json(v, parts)?),
        })
    }

    /// Reads a field's controls from a posted form (see `pages::fields` for
    /// the names). Blank list rows are dropped; everything else is kept as
    /// typed, valid or not.
    pub fn from_form(field: &Field, form: &FormData) -> Answer {
        let id = field.id.as_str();
        match &field.kind {
            FieldKind::Text { .. } => Answer::Text(form.text(id)),
            FieldKind::Date => Answer::Date(
                match ["day", "month", "year"].map(|p| form.get(&format!("{id}.{p}"))) {
                    [None, None, None] => form.text(id).trim().to_string(),
                    [d, m, y] => date::from_parts(
                        &d.unwrap_or_default(),
                        &m.unwrap_or_default(),
                        &y.unwrap_or_default(),
                    ),
                },
            ),
            FieldKind::Consent => Answer::Consent(form.get(id).as_deref() == Some(consent::TICKED)),
            FieldKind::YesNo => Answer::YesNo(form.text(id)),
            FieldKind::UrlList { allow_none } => {
                if *allow_none && form.get(&format!("{id}.none")).as_deref() == Some("yes") {
                    Answer::UrlList(UrlList::None)
                } else {
                    Answer::UrlList(UrlList::Urls(
                        form.rows(id)
                            .into_iter()
                            .map(|r| with_scheme(&form.text(&format!("{id}.{r}"))))
                            .filter(|u| !u.is_empty())
                            .collect(),
                    ))
                }
            }
            FieldKind::NamedLinks { .. } => Answer::NamedLinks(
                form.rows(id)
                    .into_iter()
                    .map(|r| NamedLink {
                        name: form.text(&format!("{id}.{r}.name")).trim().to_string(),
                        url: with_scheme(&form.text(&format!("{id}.{r}.url"))),
                    })
                    .filter(|l| !l.is_blank())
                    .collect(),
            ),
            FieldKind::Choices { options } => {
                let posted = form.all(id);
                // Keep the definition's order, and anything unknown after it
                // (it is then reported, never dropped silently).
                let mut selected: Vec<String> = options
                    .iter()
                    .filter(|o| posted.contains(&o.id))
                    .map(|o| o.id.clone())
                    .collect();
                let mut seen: std::collections::HashSet<String> =
                    selected.iter().cloned().collect();
                for p in posted {
                    if seen.insert(p.clone()) {
                        selected.push(p);
                    }
                }
                Answer::Choices(Choices {
                    selected,
                    other: form.text(&format!("{id}.other")),
                })
            }
            FieldKind::PercentageOrNa => Answer::PercentageOrNa(PercentageOrNa {
                mode: form
                    .get(&format!("{id}.mode"))
                    .and_then(|m| percentage_or_na::Mode::parse(&m)),
                percent: form.text(&format!("{id}.percent")).trim().to_string(),
                reason: form.text(&format!("{id}.reason")),
                note: form.text(&format!("{id}.note")),
            }),
            FieldKind::Number { .. } => Answer::Number(form.text(id).trim().to_string()),
            FieldKind::Contact { parts } => Answer::Contact(
                parts
                    .iter()
                    .map(|p| {
                        (
                            p.id.clone(),
                            form.text(&format!("{id}.{}", p.id)).trim().to_string(),
                        )
                    })
                    .collect(),
            ),
        }
    }

    /// Format problems of a given answer (a draft may hold them; they are
    /// flagged, and block submission).
    pub fn check(&self, field: &Field, out: &mut Vec<Issue>) {
        let id = field.id.as_str();
        match (&field.kind, self) {
            (FieldKind::Text { word_limit, .. }, Answer::Text(s)) => {
                text::check(id, s, *word_limit, out)
            }
            (FieldKind::Date, Answer::Date(s)) => date::check(id, s, out),
            (FieldKind::YesNo, Answer::YesNo(s)) => yes_no::check(id, s, out),
            (FieldKind::UrlList { .. }, Answer::UrlList(u)) => url_list::check(id, u, out),
            (FieldKind::NamedLinks { url_required, .. }, Answer::NamedLinks(rows)) => {
                named_links::check(id, rows, *url_required, out)
            }
            (FieldKind::Choices { options }, Answer::Choices(c)) => {
                choices::check(id, c, options, out)
            }
            (FieldKind::PercentageOrNa, Answer::PercentageOrNa(p)) => {
                percentage_or_na::check(id, p, out)
            }
            (FieldKind::Contact { parts }, Answer::Contact(c)) => contact::check(id, c, parts, out),
            (
                FieldKind::Number {
                    integer, min, max, ..
                },
                Answer::Number(s),
            ) => {
                let limits = number::Limits {
                    integer: *integer,
                    min: *min,
                    max: *max,
                };
                number::check(id, s, limits, out)
            }
            _ => {}
        }
    }
}

/// Whether a field is asked, given the other answers (its `show_if`).
pub fn is_asked(field: &Field, answers: &Answers) -> bool {
    match &field.show_if {
        None => true,
        Some(cond) => match answers.get(&cond.field) {
            Some(Answer::YesNo(v)) => v == &cond.equals,
            Some(Answer::Choices(c)) => c.is_selected(&cond.equals),
            _ => false,
        },
    }
}

/// Format problems of every given answer on a set of fields.
pub fn check_fields<'a>(fields: impl Iterator<Item = &'a Field>, answers: &Answers) -> Vec<Issue> {
    let mut out = Vec::new();
    for f in fields {
        if let Some(a) = answers.get(&f.id) {
            a.check(f, &mut out);
        }
    }
    out
}

/// What blocks submission of a response: every format problem, and every
/// required answer (or required contact part) that is missing on a field
/// that is asked.
/// The follow-up fields answered although their condition does not hold
/// (the country answered "No" and still wrote the follow-up): kept in the
/// draft, but not sent with a submission, so the pages name each one.
pub fn unsent_answers<'e>(edition: &'e Edition, answers: &Answers) -> Vec<&'e Field> {
    edition
        .fields()
        .filter(|f| !is_asked(f, answers))
        .filter(|f| answers.get(&f.id).is_some_and(|a| !a.is_empty()))
        .collect()
}

pub fn submission_issues(edition: &Edition, answers: &Answers) -> Vec<Issue> {
    issues_of(edition.fields(), answers)
}

/// What blocks submission among some fields (a page's): required answers
/// missing, and problems of those given.
pub fn issues_of<'f>(fields: impl Iterator<Item = &'f Field>, answers: &Answers) -> Vec<Issue> {
    let mut out = Vec::new();
    for f in fields {
        if !is_asked(f, answers) {
            continue;
        }
        let answer = answers.get(&f.id).filter(|a| !a.is_empty());
        match answer {
            Some(a) => a.check(f, &mut out),
            None if f.required => out.push(Issue::new(&f.id, None, IssueKind::Required)),
            None => {}
        }
        if let (FieldKind::Contact { parts }, Some(Answer::Contact(c))) = (&f.kind, answer) {
            for p in parts.iter().filter(|p| p.required) {
                if c.get(&p.id).is_none_or(|v| v.trim().is_empty()) {
                    out.push(Issue::new(&f.id, Some(p.id.clone()), IssueKind::Required));
                }
            }
        }
        if let (FieldKind::PercentageOrNa, Some(Answer::PercentageOrNa(p))) = (&f.kind, answer) {
            if f.required && p.effective_mode().is_none() {
                out.push(Issue::new(&f.id, None, IssueKind::Required));
            }
        }
    }
    out
}

/// A canonical JSON text: object keys sorted at every depth, no spaces.
/// (serde_json keeps insertion order when some crate turns on its
/// `preserve_order` feature, so the order is made explicit here.)
pub fn canonical_json(value: &Value) -> String {
    fn sorted(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                Value::Object(
                    keys.into_iter()
                        .map(|k| (k.clone(), sorted(&m[k])))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    sorted(value).to_string()
}

/// The SHA-256 (hex) of a value's canonical JSON. Used to tell whether a
/// value changed since a page was loaded, and to fingerprint submissions.
pub fn fingerprint(value: &Value) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(canonical_json(value).as_bytes()))
}
