//! How far a response is: per page (not started, in progress, completed)
//! and overall (questions answered), derived from the answers alone.

use super::answer::{check_fields, is_asked, Answers};
use super::definition::{Edition, Page};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageStatus {
    NotStarted,
    InProgress,
    Completed,
    /// Some answers on the page need correcting.
    HasProblems,
}

/// A page is completed when every question asked on it has an answer and
/// nothing needs correcting.
pub fn page_status(page: Page<'_>, answers: &Answers) -> PageStatus {
    let (answered, total) = page_counts(page, answers);
    if !check_fields(page.fields(), answers).is_empty() {
        PageStatus::HasProblems
    } else if answered == 0 {
        PageStatus::NotStarted
    } else if answered == total {
        PageStatus::Completed
    } else {
        PageStatus::InProgress
    }
}

/// (answered, asked) questions on a page. A question counts as answered
/// when any of its asked fields has an answer; the intro page counts each
/// field as a question.
pub fn page_counts(page: Page<'_>, answers: &Answers) -> (usize, usize) {
    let answered = |fields: &mut dyn Iterator<Item = &super::Field>| {
        let asked: Vec<_> = fields.filter(|f| is_asked(f, answers)).collect();
        let any = asked.iter().any(|f| answers.contains_key(&f.id));
        (!asked.is_empty(), any)
    };
    let mut done = 0;
    let mut total = 0;
    match page {
        Page::Intro(intro) => {
            for f in &intro.fields {
                let (asked, any) = answered(&mut std::iter::once(f));
                total += asked as usize;
                done += (asked && any) as usize;
            }
        }
        Page::Section(s) => {
            for q in &s.questions {
                let (asked, any) = answered(&mut q.fields.iter());
                total += asked as usize;
                done += (asked && any) as usize;
            }
        }
    }
    (done, total)
}

/// (answered, asked) questions over the whole edition.
pub fn overall(edition: &Edition, answers: &Answers) -> (usize, usize) {
    edition
        .pages()
        .map(|p| page_counts(p, answers))
        .fold((0, 0), |(a, t), (x, y)| (a + x, t + y))
}
