//! How far a response is: per page (not started, in progress, completed)
//! and overall (questions answered), derived from the answers alone.

use super::answer::{check_fields, is_asked, issues_of, Answers};
use super::definition::{Edition, Page};
use super::validation::IssueKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageStatus {
    NotStarted,
    InProgress,
    Completed,
    /// Some answers on the page need correcting.
    HasProblems,
}

/// A page is completed when nothing required on it is missing and nothing
/// needs correcting (a blank optional question does not keep it open).
pub fn page_status(page: Page<'_>, answers: &Answers) -> PageStatus {
    let any = page
        .fields()
        .any(|f| answers.get(&f.id).is_some_and(|a| !a.is_empty()));
    if !check_fields(page.fields(), answers).is_empty() {
        PageStatus::HasProblems
    } else if !any {
        PageStatus::NotStarted
    } else if missing_required(page, answers) {
        PageStatus::InProgress
    } else {
        PageStatus::Completed
    }
}

/// Whether a required answer asked on the page is missing.
fn missing_required(page: Page<'_>, answers: &Answers) -> bool {
    issues_of(page.fields(), answers)
        .iter()
        .any(|i| i.kind == IssueKind::Required)
}

/// (answered, total) questions on a page. The total counts the questions
/// every respondent is asked (a follow-up asked only after some answer is
/// not counted, so the total does not grow as follow-ups appear); a
/// question counts as answered when any field of it has an answer. The
/// intro page counts each field as a question.
pub fn page_counts(page: Page<'_>, answers: &Answers) -> (usize, usize) {
    let has = |f: &super::Field| {
        is_asked(f, answers) && answers.get(&f.id).is_some_and(|a| !a.is_empty())
    };
    let mut done = 0;
    let mut total = 0;
    match page {
        Page::Intro(intro) => {
            for f in intro.fields.iter().filter(|f| f.show_if.is_none()) {
                total += 1;
                done += has(f) as usize;
            }
        }
        Page::Section(s) => {
            for q in s
                .questions
                .iter()
                .filter(|q| q.fields.iter().any(|f| f.show_if.is_none()))
            {
                total += 1;
                done += q.fields.iter().any(has) as usize;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Answer;

    fn edition() -> Edition {
        crate::questionnaire::loader::load_str(
            "msq-2020.toml",
            include_str!("../../../editions/msq-2020.toml"),
        )
        .unwrap()
    }

    #[test]
    fn the_total_does_not_grow_as_follow_ups_appear() {
        let e = edition();
        let (_, before) = overall(&e, &Answers::new());
        let mut answers = Answers::new();
        answers.insert("q10".into(), Answer::YesNo("yes".into()));
        answers.insert("q11".into(), Answer::Text("Published monthly.".into()));
        let (done, after) = overall(&e, &answers);
        assert_eq!(before, after);
        assert_eq!(
            done, 1,
            "question 10 and its follow-up are one question answered"
        );
    }

    #[test]
    fn a_section_whose_only_blank_is_optional_or_not_asked_is_complete() {
        let e = edition();
        let page = e.page("usage-of-online-services").unwrap();
        let mut answers = Answers::new();
        assert_eq!(page_status(page, &answers), PageStatus::NotStarted);
        answers.insert("q10".into(), Answer::YesNo("no".into()));
        assert_eq!(page_status(page, &answers), PageStatus::Completed);
        answers.insert("q10".into(), Answer::YesNo("yes".into()));
        let follow_up_required = e.field("q11").unwrap().required;
        let expected = if follow_up_required {
            PageStatus::InProgress
        } else {
            PageStatus::Completed
        };
        assert_eq!(page_status(page, &answers), expected);
    }
}
