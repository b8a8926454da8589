//! Every asked answer by section, read-only or with links to change each
//! one and its problems (check your answers, a submitted version).

use crate::i18n::{tr, tr_args};
use crate::pages::parts::carry_mark::carry_mark;
use crate::paths;
use crate::questionnaire::answer::is_asked;
use crate::questionnaire::carry::CarryMarks;
use crate::questionnaire::definition::Page;
use crate::questionnaire::display::{
    answer_lines, field_question, field_reference, issue_message, link_target, page_title,
};
use crate::questionnaire::text::plain;
use crate::questionnaire::{Answers, Edition, Issue};
use leptos::prelude::*;

/// Every asked answer by section, with (when `editable`) a link to change
/// it and its problems.
pub struct AnswerSheet<'a> {
    pub edition: &'a Edition,
    pub iso3: &'a str,
    pub answers: &'a Answers,
    pub issues: &'a [Issue],
    pub editable: bool,
    /// The answers carried over from the previous edition, with their state.
    pub carried: &'a CarryMarks,
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
                    let carried = s.carried.get(&f.id).map(carry_mark);
                    let class = if field_issues.is_empty() { "summary__row" } else { "summary__row summary__row--error" };
                    let action = s.editable.then(|| view! {
                        <dd class="summary__action">
                            <a href=href>{tr("check.change")}<span class="visually-hidden">" "{tr_args("check.change_hidden", &[("what", &what)])}</span></a>
                        </dd>
                    });
                    view! {
                        <div class=class>
                            <dt class="summary__key">{question}</dt>
                            <dd class="summary__value">{carried}{value}{problems}</dd>
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
