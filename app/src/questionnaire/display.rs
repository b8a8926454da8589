//! The questionnaire as text people read, shared by every place that
//! shows it (the pages, the PDF, the exports, the differences between
//! versions): an answer as lines, a field as its question, a page's title,
//! and validation problems as sentences. Pure functions of the edition and
//! the answers; no markup.

use crate::i18n::{tr, tr_args};
use crate::questionnaire::answer_types::{percentage_or_na::Mode, url_list::UrlList};
use crate::questionnaire::definition::{Edition, Field, FieldKind, Page};
use crate::questionnaire::text::plain;
use crate::questionnaire::{Answer, Issue, IssueKind};

/// An answer as readable lines of text.
pub fn answer_lines(field: &Field, answer: &Answer) -> Vec<String> {
    match (answer, &field.kind) {
        (Answer::Text(s) | Answer::Date(s), _) => s.lines().map(str::to_string).collect(),
        (Answer::Consent(b), _) => {
            vec![if *b { tr("field.yes") } else { tr("field.no") }.to_string()]
        }
        (Answer::YesNo(v), _) => vec![match v.as_str() {
            "yes" => tr("field.yes").to_string(),
            "no" => tr("field.no").to_string(),
            other => other.to_string(),
        }],
        (Answer::UrlList(UrlList::None), _) => vec![tr("field.none_answer").to_string()],
        (Answer::UrlList(UrlList::Urls(u)), _) => u.clone(),
        (Answer::NamedLinks(rows), _) => rows
            .iter()
            .map(|r| {
                if r.url.is_empty() {
                    r.name.clone()
                } else {
                    format!("{} – {}", r.name, r.url)
                }
            })
            .collect(),
        (Answer::Choices(c), FieldKind::Choices { options }) => c
            .selected
            .iter()
            .map(|id| match options.iter().find(|o| &o.id == id) {
                Some(o) if o.other && !c.other.is_empty() => {
                    format!("{} {}", plain(o.label.en()), c.other)
                }
                Some(o) => plain(o.label.en()),
                None => id.clone(),
            })
            .collect(),
        (Answer::Number(n), FieldKind::Number { unit, .. }) => {
            let shown = crate::questionnaire::answer_types::number::display(n);
            vec![match unit {
                Some(u) if crate::questionnaire::answer_types::number::parse(n).is_some() => {
                    format!("{shown} {}", u.en())
                }
                _ => shown,
            }]
        }
        (Answer::PercentageOrNa(p), _) => {
            let mut out = match p.effective_mode() {
                Some(Mode::Percent) => vec![format!("{} %", p.percent)],
                Some(Mode::NotAvailable) => {
                    vec![format!("{}: {}", tr("field.not_available"), p.reason)]
                }
                None => vec![],
            };
            if !p.note.is_empty() {
                out.push(format!("{}: {}", tr("field.note"), p.note));
            }
            out
        }
        (Answer::Contact(c), FieldKind::Contact { parts }) => parts
            .iter()
            .filter_map(|p| {
                let v = c.get(&p.id).filter(|v| !v.is_empty())?;
                Some(format!("{}: {}", p.label.en(), v))
            })
            .collect(),
        (other, _) => vec![other.to_json().to_string()],
    }
}

/// A field's number as printed in the questionnaire: "1", "2a", "XI.2";
/// "" for an unnumbered one. It differs between editions; the id does not.
pub fn printed_number(edition: &Edition, f: &Field) -> String {
    format!(
        "{}{}",
        edition
            .question_of(&f.id)
            .map(|q| q.number.as_str())
            .unwrap_or(""),
        f.number.as_deref().unwrap_or("")
    )
}

/// A field's words without its number: its label, else its question's
/// text.
pub fn field_text(edition: &Edition, f: &Field) -> String {
    f.label
        .as_ref()
        .map(|l| plain(l.en()))
        .or_else(|| edition.question_of(&f.id).map(|q| plain(q.text.en())))
        .unwrap_or_default()
}

/// A field as a question: "1. What is…", "2a. E-services", or the label
/// alone.
pub fn field_question(edition: &Edition, f: &Field) -> String {
    let text = field_text(edition, f);
    let number = printed_number(edition, f);
    if number.is_empty() {
        text
    } else {
        format!("{number}. {text}")
    }
}

/// A page's title: "Introduction", or "1. Institutional framework".
pub fn page_title(page: Page<'_>) -> String {
    match page {
        Page::Intro(_) => tr("home.intro_title").to_string(),
        Page::Section(s) => format!("{}. {}", s.number, plain(s.title.en())),
    }
}

/// The message shown beside the control.
pub fn issue_message(edition: &Edition, issue: &Issue) -> String {
    match &issue.kind {
        IssueKind::Required => match (&issue.part, edition.field(&issue.field).map(|f| &f.kind)) {
            (Some(part), Some(FieldKind::Contact { parts })) => {
                let label = parts
                    .iter()
                    .find(|p| &p.id == part)
                    .map(|p| p.label.en().to_lowercase())
                    .unwrap_or_else(|| part.clone());
                tr_args("validation.required_part", &[("part", &label)])
            }
            _ => tr("validation.required").to_string(),
        },
        IssueKind::InvalidUrl { .. } => tr("validation.invalid_url").into(),
        IssueKind::InvalidEmail { .. } => tr("validation.invalid_email").into(),
        IssueKind::InvalidPhone { .. } => tr("validation.invalid_phone").into(),
        IssueKind::InvalidDate { .. } => tr("validation.invalid_date").into(),
        IssueKind::NotANumber { .. } => tr("validation.not_a_number").into(),
        IssueKind::PercentOutOfRange { .. } => tr("validation.percent_range").into(),
        IssueKind::InvalidNumber { .. } => tr("validation.invalid_number").into(),
        IssueKind::NotWholeNumber { .. } => tr("validation.not_whole_number").into(),
        IssueKind::NumberBelow { min } => tr_args("validation.number_below", &[("min", min)]),
        IssueKind::NumberAbove { max } => tr_args("validation.number_above", &[("max", max)]),
        IssueKind::TooManyWords { over, .. } => {
            tr_args("validation.too_many_words", &[("over", over)])
        }
        IssueKind::ReasonRequired => tr("validation.reason_required").into(),
        IssueKind::NameRequired => tr("validation.name_required").into(),
        IssueKind::OtherTextRequired => tr("validation.other_required").into(),
        IssueKind::UnknownValue { value } => {
            tr_args("validation.unknown_value", &[("value", value)])
        }
        IssueKind::CarriedUnconfirmed { from } => {
            tr_args("validation.carried_unconfirmed", &[("edition", from)])
        }
    }
}

/// What the error summary names: the question number and sub-item, e.g.
/// "2 a" or "Respondent".
pub fn field_reference(edition: &Edition, field_id: &str) -> String {
    let field = edition.field(field_id);
    let question = edition.question_of(field_id);
    let base = match (question, field) {
        (Some(q), _) if !q.number.is_empty() => tr_args("errors.question_ref", &[("n", &q.number)]),
        (Some(q), _) => plain(q.text.en()),
        (None, Some(f)) => f.label.as_ref().map(|l| plain(l.en())).unwrap_or_default(),
        _ => field_id.to_string(),
    };
    match field.and_then(|f| f.number.as_ref()) {
        Some(n) => format!("{base} {n}"),
        None => base,
    }
}

/// The id of the control the error summary links to: the part's own, or
/// the field's first control.
pub fn link_target(edition: &Edition, issue: &Issue) -> String {
    use crate::questionnaire::validation::element_id;
    match (&issue.part, edition.field(&issue.field).map(|f| &f.kind)) {
        (Some(part), _) => element_id(&issue.field, Some(part)),
        (None, Some(FieldKind::UrlList { .. })) => element_id(&issue.field, Some("0")),
        (None, Some(FieldKind::NamedLinks { .. })) => element_id(&issue.field, Some("0.name")),
        (None, Some(FieldKind::Contact { parts })) => {
            element_id(&issue.field, parts.first().map(|p| p.id.as_str()))
        }
        (None, _) => element_id(&issue.field, None),
    }
}

/// The summary line: reference, then the message.
pub fn summary_line(edition: &Edition, issue: &Issue) -> String {
    format!(
        "{}: {}",
        field_reference(edition, &issue.field),
        issue_message(edition, issue)
    )
}

/// Why an answered follow-up will not be sent: "You did not answer “Yes” to
/// question 10, so this answer will not be sent: change that answer, or
/// clear this one."
pub fn unsent_message(edition: &Edition, field: &Field) -> String {
    let Some(cond) = &field.show_if else {
        return String::new();
    };
    let value = match edition.field(&cond.field).map(|t| &t.kind) {
        Some(FieldKind::YesNo) if cond.equals == "yes" => tr("field.yes").to_string(),
        Some(FieldKind::YesNo) => tr("field.no").to_string(),
        Some(FieldKind::Choices { options }) => options
            .iter()
            .find(|o| o.id == cond.equals)
            .map(|o| plain(o.label.en()))
            .unwrap_or_else(|| cond.equals.clone()),
        _ => cond.equals.clone(),
    };
    let question = field_reference(edition, &cond.field);
    tr_args(
        "section.unsent",
        &[("value", &value), ("question", &question)],
    )
}
