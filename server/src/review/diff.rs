//! The differences between two versions of a response, answer by answer,
//! section by section (every field either version answered).

use crate::submissions::Version;
use app::questionnaire::display::answer_lines;
use app::questionnaire::display::field_question;
use app::questionnaire::display::page_title;
use app::questionnaire::{Answers, Edition};
use app::review::{DiffRow, DiffSection};

/// The differences between two versions of one edition: by section, then
/// the stored answers the edition does not describe (never hidden).
pub fn compare(edition: &Edition, before: &Version, after: &Version) -> Vec<DiffSection> {
    compare_across((edition, before), (edition, after))
}

/// The differences between a version of an earlier edition and one of a
/// later edition (or of the same): the later edition's sections, each
/// answer read with its own edition's question (ids carry over); then what
/// the later edition no longer asks, and stored answers neither describes.
pub fn compare_across(
    (old_edition, before): (&Edition, &Version),
    (edition, after): (&Edition, &Version),
) -> Vec<DiffSection> {
    let (old_answers, new_answers) = (before.typed(old_edition), after.typed(edition));
    let mut sections = compare_answers((old_edition, &old_answers), edition, &new_answers);
    if old_edition.id != edition.id {
        let rows: Vec<DiffRow> = old_edition
            .fields()
            .filter(|f| edition.field(&f.id).is_none())
            .filter_map(|f| {
                let a = old_answers.get(&f.id)?;
                Some(DiffRow {
                    field_id: f.id.clone(),
                    question: field_question(old_edition, f),
                    before: answer_lines(f, a),
                    after: vec![],
                    changed: true,
                })
            })
            .collect();
        if !rows.is_empty() {
            sections.push(DiffSection {
                slug: "not-asked".into(),
                title: app::i18n::tr_args("review.not_asked_in", &[("edition", &edition.id)]),
                changed: rows.len(),
                rows,
            });
        }
    }
    let (old, new) = (before.undescribed(old_edition), after.undescribed(edition));
    let mut ids: Vec<&String> = old.iter().chain(new.iter()).map(|(id, _)| id).collect();
    ids.sort();
    ids.dedup();
    if !ids.is_empty() {
        let value = |list: &[(String, String)], id: &str| {
            list.iter()
                .find(|(f, _)| f == id)
                .map(|(_, v)| vec![v.clone()])
                .unwrap_or_default()
        };
        let rows: Vec<DiffRow> = ids
            .into_iter()
            .map(|id| {
                let (b, a) = (value(&old, id), value(&new, id));
                DiffRow {
                    field_id: id.clone(),
                    question: id.clone(),
                    changed: b != a,
                    before: b,
                    after: a,
                }
            })
            .collect();
        sections.push(DiffSection {
            slug: "undescribed".into(),
            title: app::i18n::tr("version.undescribed_title").to_string(),
            changed: rows.iter().filter(|r| r.changed).count(),
            rows,
        });
    }
    sections
}

fn compare_answers(
    (old_edition, before): (&Edition, &Answers),
    edition: &Edition,
    after: &Answers,
) -> Vec<DiffSection> {
    edition
        .pages()
        .map(|page| {
            let rows: Vec<DiffRow> = page
                .fields()
                .filter(|f| before.contains_key(&f.id) || after.contains_key(&f.id))
                .map(|f| {
                    // Each answer as its own edition asks it.
                    let old_field = old_edition.field(&f.id).unwrap_or(f);
                    let old_lines = before
                        .get(&f.id)
                        .map(|x| answer_lines(old_field, x))
                        .unwrap_or_default();
                    let new_lines = after
                        .get(&f.id)
                        .map(|x| answer_lines(f, x))
                        .unwrap_or_default();
                    let changed = before.get(&f.id).map(|a| a.to_json())
                        != after.get(&f.id).map(|a| a.to_json());
                    DiffRow {
                        field_id: f.id.clone(),
                        question: field_question(edition, f),
                        before: old_lines,
                        after: new_lines,
                        changed,
                    }
                })
                .collect();
            DiffSection {
                slug: page.slug().to_string(),
                title: page_title(page),
                changed: rows.iter().filter(|r| r.changed).count(),
                rows,
            }
        })
        .collect()
}
