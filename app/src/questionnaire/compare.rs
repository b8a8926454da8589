//! An edition checked against the one before it: what would make the
//! answers of a Member State mean something else, or vanish, when the
//! survey moves to the next cycle. A field id kept with another answer
//! type, or a choice option removed or renamed, is refused; the message
//! names the question by its printed number and id, and what to do.

use super::carry::CarryMap;
use super::definition::{Edition, Field, FieldKind};
use super::display::field_text;
use super::loader::Problem;
use std::collections::HashSet;

/// The problems of `next` against `previous` (the edition before it).
pub fn against_previous(previous: &Edition, next: &Edition) -> Vec<Problem> {
    let empty = CarryMap::default();
    let map = next
        .carry_map
        .as_ref()
        .filter(|m| m.from == previous.id)
        .unwrap_or(&empty);
    let mut out = Vec::new();
    for f in next.fields() {
        let Some(old) = previous.field(map.source_of(&f.id)) else {
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
            let lost = before
                .iter()
                .filter(|o| !kept.contains(o.id.as_str()) && map.option(&f.id, &o.id).is_none());
            for o in lost {
                out.push(Problem {
                    path: question.clone(),
                    message: format!(
                        "the option \"{}\" of {} is gone (removed or renamed); answers that chose it would be lost: keep the option id (its label may change), map it to an option of {} in the mapping file beside the edition ([options.{}] {} = \"new option id\"), or give the question a new id",
                        o.id, previous.id, next.id, f.id, o.id
                    ),
                });
            }
        }
    }
    out
}

/// The problems of a mapping file beside `next`: it must carry from the
/// edition just before, name fields of both editions with the same answer
/// type, and options that exist.
pub fn check_map(previous: &Edition, next: &Edition, map: &CarryMap) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut problem = |path: String, message: String| out.push(Problem { path, message });
    if map.from != previous.id {
        problem(
            "from".into(),
            format!(
                "\"{}\" is not the edition before {} (that is {}): a mapping carries answers from the previous edition",
                map.from, next.id, previous.id
            ),
        );
        return out;
    }
    for (new, old) in &map.fields {
        let path = format!("fields.{new}");
        match (next.field(new), previous.field(old)) {
            (None, _) => problem(path, format!("{} has no field \"{new}\"", next.id)),
            (_, None) => problem(path, format!("{} has no field \"{old}\" to carry from", previous.id)),
            (Some(n), Some(o)) if n.kind.type_name() != o.kind.type_name() => problem(
                path,
                format!(
                    "{} is a \"{}\" question but {} of {} was a \"{}\" question: its answers would not read as the new type",
                    describe(next, new),
                    n.kind.type_name(),
                    describe(previous, old),
                    previous.id,
                    o.kind.type_name()
                ),
            ),
            _ => {}
        }
    }
    for (field, renamed) in &map.options {
        let now = match next.field(field).map(|f| &f.kind) {
            Some(FieldKind::Choices { options }) => options,
            _ => {
                problem(
                    format!("options.{field}"),
                    format!("{} has no choices question \"{field}\"", next.id),
                );
                continue;
            }
        };
        let source = map.source_of(field);
        let before: Vec<&str> = match previous.field(source).map(|f| &f.kind) {
            Some(FieldKind::Choices { options }) => options.iter().map(|o| o.id.as_str()).collect(),
            _ => Vec::new(),
        };
        for (old, new) in renamed {
            let path = format!("options.{field}.{old}");
            if !before.contains(&old.as_str()) {
                problem(
                    path.clone(),
                    format!(
                        "{} of {} has no option \"{old}\"",
                        describe(previous, source),
                        previous.id
                    ),
                );
            }
            if !now.iter().any(|o| &o.id == new) {
                problem(
                    path,
                    format!("{} has no option \"{new}\"", describe(next, field)),
                );
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
