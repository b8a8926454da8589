//! The review decisions on a response, as both sides see them.

use crate::i18n::{tr, tr_args};
use crate::review::DecisionNote;
use leptos::prelude::*;

/// The decisions on a response, newest first (both sides see them).
pub fn decisions_list(decisions: &[DecisionNote]) -> Option<AnyView> {
    if decisions.is_empty() {
        return None;
    }
    Some(
        view! {
            <h2>{tr("review.decisions_title")}</h2>
            {decision_items(decisions)}
        }
        .into_any(),
    )
}

/// The decisions as a list, without a heading (the caller's).
pub fn decision_items(decisions: &[DecisionNote]) -> AnyView {
    let items = decisions
        .iter()
        .map(|d| {
            view! {
                <li class="decision">
                    <p class="thread__meta"><strong>{d.label.clone()}</strong>" · "{tr_args("review.version_n", &[("version", &d.version)])}" · "{d.by.clone()}" · "<time>{d.at.clone()}</time></p>
                    {(!d.message.is_empty()).then(|| view! { <div class="thread__body">{d.message.lines().map(|l| view! { <p>{l.to_string()}</p> }).collect_view()}</div> })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="decisions">{items}</ol> }.into_any()
}
