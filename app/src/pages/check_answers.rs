//! "Check your answers": every answer by section, with a link back to
//! change it, and what still blocks submission.

use super::answer_summary::answer_lines;
use super::country_home::page_title;
use super::messages::{field_reference, issue_message, link_target, summary_line};
use super::paths;
use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::questionnaire::answer::{is_asked, submission_issues};
use crate::questionnaire::definition::Page;
use crate::questionnaire::text::plain;
use crate::questionnaire::{Answers, Edition, Issue, IssueKind};
use leptos::prelude::*;

/// A field as a question: "1. What is…", "2a. E-services", or the label
/// alone.
pub fn field_question(edition: &Edition, f: &crate::questionnaire::Field) -> String {
    let text = f
        .label
        .as_ref()
        .map(|l| plain(l.en()))
        .or_else(|| edition.question_of(&f.id).map(|q| plain(q.text.en())))
        .unwrap_or_default();
    let number = format!(
        "{}{}",
        edition
            .question_of(&f.id)
            .map(|q| q.number.as_str())
            .unwrap_or(""),
        f.number.as_deref().unwrap_or("")
    );
    if number.is_empty() {
        text
    } else {
        format!("{number}. {text}")
    }
}

/// Every asked answer by section, with (when `editable`) a link to change
/// it and its problems.
pub struct AnswerSheet<'a> {
    pub edition: &'a Edition,
    pub iso3: &'a str,
    pub answers: &'a Answers,
    pub issues: &'a [Issue],
    pub editable: bool,
}

pub fn answer_sheet(s: &AnswerSheet<'_>) -> AnyView {
    let (edition, answers, issues) = (s.edition, s.answers, s.issues);
    edition
        .pages()
        .map(|page| {
            let rows = page
                .fields()
                .filter(|f| is_asked(f, answers))
                .map(|f| {
                    let href = format!("{}#{}", paths::page(&edition.id, s.iso3, page.slug()), crate::questionnaire::validation::element_id(&f.id, None));
                    let what = field_reference(edition, &f.id);
                    let question = field_question(edition, f);
                    let field_issues: Vec<_> = issues.iter().filter(|i| i.field == f.id).collect();
                    let value = match answers.get(&f.id) {
                        Some(a) => answer_lines(f, a).into_iter().map(|l| view! { <span class="answer-line">{l}</span> }).collect_view().into_any(),
                        None => view! { <span class="muted">{tr("field.not_answered")}</span> }.into_any(),
                    };
                    let problems = field_issues
                        .iter()
                        .map(|i| {
                            let href = format!("{}#{}", paths::page(&edition.id, s.iso3, page.slug()), link_target(edition, i));
                            view! { <a class="error-message" href=href>{issue_message(edition, i)}</a> }
                        })
                        .collect_view();
                    let class = if field_issues.is_empty() { "summary__row" } else { "summary__row summary__row--error" };
                    let action = s.editable.then(|| view! {
                        <dd class="summary__action">
                            <a href=href>{tr("check.change")}<span class="visually-hidden">" "{tr_args("check.change_hidden", &[("what", &what)])}</span></a>
                        </dd>
                    });
                    view! {
                        <div class=class>
                            <dt class="summary__key">{question}</dt>
                            <dd class="summary__value">{value}{problems}</dd>
                            {action}
                        </div>
                    }
                })
                .collect_view();
            let title = match page {
                Page::Intro(_) => page_title(page),
                Page::Section(s) => format!("{}. {}", s.number, plain(s.title.en())),
            };
            view! {
                <h2>{title}</h2>
                <dl class="summary">{rows}</dl>
            }
        })
        .collect_view()
        .into_any()
}

/// The check page. `can_edit`: the viewer may change and submit (else the
/// page is a read-only view of the draft). `refused`: a submission was just refused, so the list
/// of what to fix is announced at the top.
pub fn check_answers(
    edition: &Edition,
    state: &MemberState,
    answers: &Answers,
    can_edit: bool,
    refused: bool,
) -> AnyView {
    let issues = submission_issues(edition, answers);
    let missing = issues
        .iter()
        .filter(|i| i.kind == IssueKind::Required)
        .count();
    let problems = issues.len() - missing;
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
                    {(problems > 0).then(|| tr_args("check.problems", &[("count", &problems)]))}
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
    let status = (can_edit && issues.is_empty())
        .then(|| view! { <p class="notice">{tr("check.ready")}</p> });
    view! {
        <p class="back"><a href=paths::home(&edition.id, &state.iso3)>{tr("section.back_home")}</a></p>
        {top}
        <h1><span class="caption">{state.name.clone()}</span>{tr("check.title")}</h1>
        <p class="lead">{tr("check.lead")}</p>
        {status}
        {answer_sheet(&AnswerSheet { edition, iso3: &state.iso3, answers, issues: &issues, editable: can_edit })}
        {bottom}
    }
    .into_any()
}
