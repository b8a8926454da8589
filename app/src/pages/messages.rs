//! Validation problems turned into sentences a person understands.

use crate::i18n::{tr, tr_args};
use crate::questionnaire::definition::{Edition, FieldKind};
use crate::questionnaire::text::plain;
use crate::questionnaire::{Issue, IssueKind};

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
        IssueKind::TooManyWords { over, .. } => {
            tr_args("validation.too_many_words", &[("over", over)])
        }
        IssueKind::ReasonRequired => tr("validation.reason_required").into(),
        IssueKind::NameRequired => tr("validation.name_required").into(),
        IssueKind::OtherTextRequired => tr("validation.other_required").into(),
        IssueKind::UnknownValue { value } => {
            tr_args("validation.unknown_value", &[("value", value)])
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
