//! "Check your answers": every answer by section, with a link back to
//! change it, and what still blocks submission.

use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::pages::parts::answer_sheet::{answer_sheet, AnswerSheet};
use crate::paths;
use crate::questionnaire::answer::{submission_issues, unsent_answers};
use crate::questionnaire::carry::{unconfirmed_issues, CarryMarks};
use crate::questionnaire::display::{
    answer_lines, field_question, link_target, summary_line, unsent_message,
};
use crate::questionnaire::{Answers, Edition, IssueKind};
use leptos::prelude::*;

/// The check page. `can_edit`: the viewer may change and submit (else the
/// page is a read-only view of the draft). `refused`: a submission was just refused, so the list
/// of what to fix is announced at the top.
pub fn check_answers(
    edition: &Edition,
    state: &MemberState,
    (answers, carried): (&Answers, &CarryMarks),
    can_edit: bool,
    refused: bool,
    why_locked: Option<String>,
) -> AnyView {
    let mut issues = submission_issues(edition, answers);
    issues.extend(unconfirmed_issues(edition, answers, carried));
    let missing = issues
        .iter()
        .filter(|i| i.kind == IssueKind::Required)
        .count();
    let to_confirm = issues
        .iter()
        .filter(|i| matches!(i.kind, IssueKind::CarriedUnconfirmed { .. }))
        .count();
    let problems = issues.len() - missing - to_confirm;
    let fix_list = |title_key: &'static str| {
        let items = issues
            .iter()
            .map(|i| {
                let slug = edition
                    .page_of(&i.field)
                    .map(|p| p.slug())
                    .unwrap_or_default();
                let href = format!(
                    "{}#{}",
                    paths::page(&edition.id, &state.iso3, slug),
                    link_target(edition, i)
                );
                view! { <li><a href=href>{summary_line(edition, i)}</a></li> }
            })
            .collect_view();
        view! {
            <div class="error-summary" role=refused.then_some("alert") tabindex="-1" aria-labelledby="check-problems">
                <h2 class="error-summary__title" id="check-problems">{tr(title_key)}</h2>
                <p>
                    {(missing > 0).then(|| tr_args("check.missing", &[("count", &missing)]))}" "
                    {(problems > 0).then(|| tr_args("check.problems", &[("count", &problems)]))}" "
                    {(to_confirm > 0).then(|| tr_args("check.to_confirm", &[("count", &to_confirm)]))}
                </p>
                <ul class="error-summary__list">{items}</ul>
            </div>
        }
    };
    let top = (refused && !issues.is_empty()).then(|| fix_list("check.cannot_submit"));
    let bottom = if !can_edit {
        ().into_any()
    } else if issues.is_empty() {
        view! {
            <h2>{tr("check.submit_title")}</h2>
            <p>{tr("check.submit_lead")}</p>
            <form method="post" action=paths::submit(&edition.id, &state.iso3)>
                <button type="submit" class="button" name="_action" value="submit">{tr("check.submit")}</button>
            </form>
        }
        .into_any()
    } else if refused {
        ().into_any()
    } else {
        fix_list("check.cannot_submit").into_any()
    };
    let unsent = unsent_list(edition, state, answers, can_edit);
    let status = match (&why_locked, can_edit && issues.is_empty()) {
        (Some(why), _) => {
            Some(view! { <div class="notice" role="status"><p>{why.clone()}</p></div> }.into_any())
        }
        (None, true) => Some(view! { <p class="notice">{tr("check.ready")}</p> }.into_any()),
        (None, false) => None,
    };
    view! {
        <p class="back"><a href=paths::home(&edition.id, &state.iso3)>{tr("section.back_home")}</a></p>
        {top}
        <h1><span class="caption">{state.name.clone()}</span>{tr("check.title")}</h1>
        <p class="lead">{tr("check.lead")}</p>
        {status}
        {unsent}
        {answer_sheet(&AnswerSheet { edition, iso3: &state.iso3, answers, issues: &issues, editable: can_edit, carried })}
        {bottom}
    }
    .into_any()
}

/// The follow-ups answered although their condition does not hold: not
/// sent with the submission, so named here with what to do.
fn unsent_list(
    edition: &Edition,
    state: &MemberState,
    answers: &Answers,
    can_edit: bool,
) -> Option<AnyView> {
    let fields = unsent_answers(edition, answers);
    if fields.is_empty() {
        return None;
    }
    let items = fields
        .iter()
        .map(|f| {
            let slug = edition.page_of(&f.id).map(|p| p.slug()).unwrap_or_default();
            let href = format!("{}#unsent-{}", paths::page(&edition.id, &state.iso3, slug), f.id);
            let lines = answers
                .get(&f.id)
                .map(|a| answer_lines(f, a))
                .unwrap_or_default()
                .into_iter()
                .map(|l| view! { <span class="answer-line">{l}</span> })
                .collect_view();
            let change = can_edit.then(|| view! { <a href=href>{tr("check.change")}<span class="visually-hidden">" "{field_question(edition, f)}</span></a> });
            view! {
                <li>
                    <strong>{field_question(edition, f)}</strong>
                    <p class="summary__value">{lines}</p>
                    <p>{unsent_message(edition, f)}" "{change}</p>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="notice notice--warning" role="region" aria-labelledby="unsent-title">
                <h2 id="unsent-title">{tr_args("check.unsent_title", &[("count", &fields.len())])}</h2>
                <ul class="unsent-list">{items}</ul>
            </div>
        }
        .into_any(),
    )
}
