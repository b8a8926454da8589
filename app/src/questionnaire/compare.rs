//! An edition checked against the one before it: what would make the
//! answers of a Member State mean something else, or vanish, when the
//! survey moves to the next cycle. A field id kept with another answer
//! type, or a choice option removed or renamed, is refused; the message
//! names the question by its printed number and id, and what to do.

use super::definition::{Edition, Field, FieldKind};
use super::display::field_text;
use super::loader::Problem;
use std::collections::HashSet;

/// The problems of `next` against `previous` (the edition before it).
pub fn against_previous(previous: &Edition, next: &Edition) -> Vec<Problem> {
    let mut out = Vec::new();
    for f in next.fields() {
        let Some(old) = previous.field(&f.id) else {
            continue;
        };
        let question = describe(next, &f.id);
        if old.kind.type_name() != f.kind.type_name() {
            out.push(Problem {
                path: question.clone(),
                message: format!(
                    "was a \"{}\" question in {}; it is a \"{}\" question now. Its {} answers would not read as the new type: give the changed question a new id (then they do not carry over), or keep its type",
                    old.kind.type_name(),
                    previous.id,
                    f.kind.type_name(),
                    previous.id,
                ),
            });
            continue;
        }
        if let (FieldKind::Choices { options: before }, FieldKind::Choices { options: now }) =
            (&old.kind, &f.kind)
        {
            let kept: HashSet<&str> = now.iter().map(|o| o.id.as_str()).collect();
            for o in before.iter().filter(|o| !kept.contains(o.id.as_str())) {
                out.push(Problem {
                    path: question.clone(),
                    message: format!(
                        "the option \"{}\" of {} is gone (removed or renamed); answers that chose it would be lost: keep the option id (its label may change), or give the question a new id",
                        o.id, previous.id
                    ),
                });
            }
        }
    }
    out
}

/// "question 5 (q5a)", or the id alone for an unnumbered question.
pub fn describe(edition: &Edition, field_id: &str) -> String {
    let number = edition
        .question_of(field_id)
        .map(|q| q.number.as_str())
        .filter(|n| !n.is_empty());
    match number {
        Some(n) => format!("question {n} ({field_id})"),
        None => format!("field {field_id}"),
    }
}

/// What became of a field since the previous edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// Its id is new.
    New,
    /// Same id, other words (the question's text or the field's label).
    Reworded,
    Unchanged,
}

impl Since {
    pub fn as_str(self) -> &'static str {
        match self {
            Since::New => "new",
            Since::Reworded => "reworded",
            Since::Unchanged => "unchanged",
        }
    }
}

/// What became of `field` of `edition` since `previous`.
pub fn since(previous: &Edition, edition: &Edition, field: &Field) -> Since {
    match previous.field(&field.id) {
        None => Since::New,
        Some(old) if field_text(previous, old) != field_text(edition, field) => Since::Reworded,
        Some(_) => Since::Unchanged,
    }
}

/// The fields of `previous` that `edition` no longer asks.
pub fn dropped<'p>(previous: &'p Edition, edition: &Edition) -> Vec<&'p Field> {
    previous
        .fields()
        .filter(|f| edition.field(&f.id).is_none())
        .collect()
}
