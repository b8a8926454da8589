//! A query thread: its messages, its state, and (for those who may write)
//! the reply form with "Reply" and "Resolve" buttons.

use crate::i18n::{tr, tr_args};
use crate::review::QueryThread;
use leptos::prelude::*;

/// `reply_to`: where the reply form posts (None: read-only).
pub fn thread_view(t: &QueryThread, reply_to: Option<String>) -> AnyView {
    let heading_id = format!("query-{}-title", t.id);
    let state = match &t.resolved {
        None => view! { <strong class="tag tag--red">{tr("review.query_open")}</strong> }.into_any(),
        Some(by) => view! { <strong class="tag tag--green">{tr_args("review.query_resolved", &[("by", by)])}</strong> }.into_any(),
    };
    let messages = t
        .messages
        .iter()
        .map(|m| {
            view! {
                <li class="thread__message">
                    <p class="thread__meta">{m.author.clone()}" · "<time>{m.at.clone()}</time></p>
                    <div class="thread__body">{m.body.lines().map(|l| view! { <p>{l.to_string()}</p> }).collect_view()}</div>
                </li>
            }
        })
        .collect_view();
    let form = reply_to.map(|action| {
        let field = format!("reply-{}", t.id);
        view! {
            <form method="post" action=action class="thread__reply">
                <label class="label" for=field.clone()>{tr("review.reply_label")}</label>
                <textarea class="textarea" id=field name="message" rows="3" maxlength="5000"></textarea>
                <div class="button-group">
                    <button class="button" type="submit" name="_action" value="reply">{tr("review.reply")}</button>
                    {t.is_open().then(|| view! {
                        <button class="button button--secondary" type="submit" name="_action" value="resolve">{tr("review.resolve")}</button>
                    })}
                </div>
            </form>
        }
    });
    view! {
        <section class="thread" id=format!("query-{}", t.id) aria-labelledby=heading_id.clone()>
            <h4 class="thread__title" id=heading_id.clone()>{tr_args("review.query_title", &[("version", &t.version)])}" "{state}</h4>
            <ol class="thread__messages">{messages}</ol>
            {form}
        </section>
    }
    .into_any()
}
