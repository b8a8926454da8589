//! The differences between two versions of a response, answer by answer,
//! section by section (every field either version answered).

use app::questionnaire::display::answer_lines;
use app::questionnaire::display::field_question;
use app::questionnaire::display::page_title;
use app::questionnaire::{Answers, Edition};
use app::review::{DiffRow, DiffSection};

pub fn compare(edition: &Edition, before: &Answers, after: &Answers) -> Vec<DiffSection> {
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
