//! "Check your answers": every answer by section, with a link back to
//! change it, and what still blocks submission.

use super::answer_summary::answer_lines;
use super::country_home::page_title;
use super::messages::{field_reference, issue_message, link_target};
use super::paths;
use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::questionnaire::answer::{is_asked, submission_issues};
use crate::questionnaire::definition::Page;
use crate::questionnaire::text::plain;
use crate::questionnaire::{Answers, Edition, IssueKind};
use leptos::prelude::*;

pub fn check_answers(edition: &Edition, state: &MemberState, answers: &Answers) -> AnyView {
    let issues = submission_issues(edition, answers);
    let missing = issues
        .iter()
        .filter(|i| i.kind == IssueKind::Required)
        .count();
    let problems = issues.len() - missing;
    let status = if issues.is_empty() {
        view! { <p class="notice">{tr("check.ready")}</p> }.into_any()
    } else {
        view! {
            <div class="error-summary" aria-labelledby="check-problems">
                <h2 class="error-summary__title" id="check-problems">{tr("errors.summary_title")}</h2>
                <ul class="error-summary__list">
                    {(missing > 0).then(|| view! { <li>{tr_args("check.missing", &[("count", &missing)])}</li> })}
                    {(problems > 0).then(|| view! { <li>{tr_args("check.problems", &[("count", &problems)])}</li> })}
                </ul>
            </div>
        }
        .into_any()
    };
    let sections = edition
        .pages()
        .map(|page| {
            let rows = page
                .fields()
                .filter(|f| is_asked(f, answers))
                .map(|f| {
                    let href = format!("{}#{}", paths::page(&edition.id, &state.iso3, page.slug()), crate::questionnaire::validation::element_id(&f.id, None));
                    let what = field_reference(edition, &f.id);
                    let question = match (edition.question_of(&f.id), &f.label) {
                        (_, Some(label)) => format!("{what} {}", plain(label.en())).trim().to_string(),
                        (Some(q), None) => format!("{what} {}", plain(q.text.en())).trim().to_string(),
                        (None, None) => what.clone(),
                    };
                    let field_issues: Vec<_> = issues.iter().filter(|i| i.field == f.id).collect();
                    let value = match answers.get(&f.id) {
                        Some(a) => answer_lines(f, a).into_iter().map(|l| view! { <span class="answer-line">{l}</span> }).collect_view().into_any(),
                        None => view! { <span class="muted">{tr("field.not_answered")}</span> }.into_any(),
                    };
                    let problems = field_issues
                        .iter()
                        .map(|i| {
                            let href = format!("{}#{}", paths::page(&edition.id, &state.iso3, page.slug()), link_target(edition, i));
                            view! { <a class="error-message" href=href>{issue_message(edition, i)}</a> }
                        })
                        .collect_view();
                    let class = if field_issues.is_empty() { "summary__row" } else { "summary__row summary__row--error" };
                    view! {
                        <div class=class>
                            <dt class="summary__key">{question}</dt>
                            <dd class="summary__value">{value}{problems}</dd>
                            <dd class="summary__action">
                                <a href=href>{tr("check.change")}<span class="visually-hidden">" "{tr_args("check.change_hidden", &[("what", &what)])}</span></a>
                            </dd>
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
        .collect_view();
    view! {
        <p class="back"><a href=paths::home(&edition.id, &state.iso3)>{tr("section.back_home")}</a></p>
        <h1><span class="caption">{state.name.clone()}</span>{tr("check.title")}</h1>
        <p class="lead">{tr("check.lead")}</p>
        {status}
        {sections}
    }
    .into_any()
}
