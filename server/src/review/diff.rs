//! The differences between two versions of a response, answer by answer,
//! section by section (every field either version answered).

use crate::submissions::Version;
use app::questionnaire::display::answer_lines;
use app::questionnaire::display::field_question;
use app::questionnaire::display::page_title;
use app::questionnaire::{Answers, Edition};
use app::review::{DiffRow, DiffSection};

/// The differences between two versions: by section, then the stored
/// answers the edition does not describe (never hidden).
pub fn compare(edition: &Edition, before: &Version, after: &Version) -> Vec<DiffSection> {
    let mut sections = compare_answers(edition, &before.typed(edition), &after.typed(edition));
    let (old, new) = (before.undescribed(edition), after.undescribed(edition));
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

fn compare_answers(edition: &Edition, before: &Answers, after: &Answers) -> Vec<DiffSection> {
    edition
        .pages()
        .map(|page| {
            let rows: Vec<DiffRow> = page
                .fields()
                .filter(|f| before.contains_key(&f.id) || after.contains_key(&f.id))
                .map(|f| {
                    let lines =
                        |a: &Answers| a.get(&f.id).map(|x| answer_lines(f, x)).unwrap_or_default();
                    let changed = before.get(&f.id).map(|a| a.to_json())
                        != after.get(&f.id).map(|a| a.to_json());
                    DiffRow {
                        field_id: f.id.clone(),
                        question: field_question(edition, f),
                        before: lines(before),
                        after: lines(after),
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
