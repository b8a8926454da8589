//! "Accept version 2 of Morocco?": the step between the accept button and
//! the decision. It says what accepting does (the response is locked, the
//! country is told, open queries are resolved: decision 0015), shows the
//! message that will be sent, and asks once more. Works without
//! JavaScript: the form carries the message and the confirmation.

use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::paths::review as paths;
use leptos::prelude::*;

pub struct ConfirmAccept<'a> {
    pub edition: &'a str,
    pub state: &'a MemberState,
    pub version: i32,
    pub message: String,
    /// Open queries, resolved with the acceptance.
    pub open_queries: usize,
}

pub fn confirm_accept_page(c: &ConfirmAccept<'_>) -> AnyView {
    let back = paths::submission(c.edition, &c.state.iso3);
    let open = (c.open_queries > 0).then(|| {
        view! {
            <p class="warning-text"><strong>{tr_args("review.accept_open_queries", &[("count", &c.open_queries)])}</strong></p>
            <input type="hidden" name="resolve_open" value="yes"/>
        }
    });
    let message = if c.message.trim().is_empty() {
        view! { <p class="muted">{tr("review.confirm_no_message")}</p> }.into_any()
    } else {
        view! { <blockquote class="quote">{c.message.lines().map(|l| view! { <p>{l.to_string()}</p> }).collect_view()}</blockquote> }.into_any()
    };
    view! {
        <p class="back"><a href=back.clone()>{tr_args("review.confirm_back", &[("country", &c.state.name)])}</a></p>
        <h1><span class="caption">{c.state.name.clone()}</span>{tr_args("review.confirm_title", &[("version", &c.version)])}</h1>
        <p class="lead">{tr("review.confirm_lead")}</p>
        <h2>{tr("review.confirm_message")}</h2>
        {message}
        <form method="post" action=paths::decide(c.edition, &c.state.iso3) class="form">
            <input type="hidden" name="decision" value="accepted"/>
            <input type="hidden" name="version" value=c.version.to_string()/>
            <input type="hidden" name="message" value=c.message.clone()/>
            <input type="hidden" name="confirm" value="yes"/>
            {open}
            <div class="button-group">
                <button class="button" type="submit" id="confirm-accept">{tr_args("review.accept", &[("version", &c.version)])}</button>
                <a class="button button--secondary" href=back>{tr("review.confirm_cancel")}</a>
            </div>
        </form>
    }
    .into_any()
}
