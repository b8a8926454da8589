//! The country's page of one query: the question, the current answer with
//! a link to change it, and the thread with the reply form (respondents;
//! focal points read it).

use crate::i18n::tr;
use crate::member_states::MemberState;
use crate::pages::parts::thread::{thread_view, KeptReply};
use crate::paths::review as paths;
use crate::questionnaire::display::answer_lines;
use crate::questionnaire::display::field_question;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::{Answers, Edition};
use crate::review::QueryThread;
use leptos::prelude::*;

pub struct QueryPageView<'a> {
    pub edition: &'a Edition,
    pub state: &'a MemberState,
    pub thread: &'a QueryThread,
    /// The current draft answers.
    pub answers: &'a Answers,
    pub can_reply: bool,
    pub notice: Option<String>,
    /// A refused reply, shown again.
    pub kept: Option<KeptReply>,
}

pub fn query_page(v: &QueryPageView<'_>) -> AnyView {
    let e = &v.edition.id;
    let iso3 = &v.state.iso3;
    let field = v.edition.field(&v.thread.field_id);
    let question = field
        .map(|f| field_question(v.edition, f))
        .unwrap_or_default();
    let answer = match (field, field.and_then(|f| v.answers.get(&f.id))) {
        (Some(f), Some(a)) => answer_lines(f, a)
            .into_iter()
            .map(|l| view! { <span class="answer-line">{l}</span> })
            .collect_view()
            .into_any(),
        _ => view! { <span class="muted">{tr("field.not_answered")}</span> }.into_any(),
    };
    let change = v.can_reply.then(|| {
        v.edition.page_of(&v.thread.field_id).map(|p| {
            let href = format!(
                "{}#{}",
                crate::paths::page(e, iso3, p.slug()),
                element_id(&v.thread.field_id, None)
            );
            view! { <p><a href=href>{tr("review.change_answer")}</a></p> }
        })
    });
    let reply_to = v
        .can_reply
        .then(|| paths::country_query(e, iso3, v.thread.id));
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        {v.kept.as_ref().map(|k| {
            let href = format!("#reply-{}", v.thread.id);
            view! {
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                    <h2 class="error-summary__title" id="error-summary-title">{tr("errors.summary_title")}</h2>
                    <ul class="error-summary__list"><li><a href=href>{k.error.clone()}</a></li></ul>
                </div>
            }
        })}
        <p class="back"><a href=crate::paths::home(e, iso3)>{tr("section.back_home")}</a></p>
        <h1><span class="caption">{v.state.name.clone()}</span>{tr("review.country_query_title")}</h1>
        {v.notice.clone().map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> })}
        <dl class="summary">
            <div class="summary__row">
                <dt class="summary__key">{question}</dt>
                <dd class="summary__value">{answer}</dd>
            </div>
        </dl>
        {change}
        {thread_view(v.thread, reply_to, 2, v.kept.as_ref())}
    }
    .into_any()
}
