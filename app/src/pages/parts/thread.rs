//! A query thread: its messages, its state, and (for those who may write)
//! the reply form with "Reply" and "Resolve" buttons.

use crate::i18n::{tr, tr_args};
use crate::review::QueryThread;
use leptos::prelude::*;

/// A refused reply, shown again in its form: the message as typed, and why.
#[derive(Clone, Debug, Default)]
pub struct KeptReply {
    pub message: String,
    pub error: String,
}

/// `reply_to`: where the reply form posts (None: read-only); `level`: the
/// heading level that fits where the thread is shown (2 under the page's
/// title, 3 under a section's or a question's). Among other answers
/// (level 3) a resolved thread is folded: its heading is the summary, its
/// messages open on demand; on its own page it stays open.
pub fn thread_view(
    t: &QueryThread,
    reply_to: Option<String>,
    level: u8,
    kept: Option<&KeptReply>,
) -> AnyView {
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
        let error_id = format!("{field}-error");
        let error = kept.map(|k| k.error.clone());
        let described = error.is_some().then(|| error_id.clone());
        view! {
            <form method="post" action=action class="thread__reply">
                <label class="label" for=field.clone()>{tr("review.reply_label")}</label>
                {error.map(|e| view! { <p class="error-message" id=error_id><span class="visually-hidden">{tr("errors.error_prefix")}" "</span>{e}</p> })}
                <textarea class="textarea" id=field name="message" rows="3" maxlength="5000" aria-describedby=described>{kept.map(|k| k.message.clone()).unwrap_or_default()}</textarea>
                <div class="button-group">
                    <button class="button" type="submit" name="_action" value="reply">{tr("review.reply")}</button>
                    {t.is_open().then(|| view! {
                        <button class="button button--secondary" type="submit" name="_action" value="resolve">{tr("review.resolve")}</button>
                    })}
                </div>
            </form>
        }
    });
    let title = view! { {tr_args("review.query_title", &[("version", &t.version)])}" "{state} };
    let heading = match level {
        2 => view! { <h2 class="thread__title" id=heading_id>{title}</h2> }.into_any(),
        _ => view! { <h3 class="thread__title" id=heading_id>{title}</h3> }.into_any(),
    };
    let id = format!("query-{}", t.id);
    if t.is_open() || level < 3 || kept.is_some() {
        view! {
            <div class="thread" id=id>
                {heading}
                <ol class="thread__messages">{messages}</ol>
                {form}
            </div>
        }
        .into_any()
    } else {
        view! {
            <details class="thread thread--resolved" id=id>
                <summary>{heading}</summary>
                <ol class="thread__messages">{messages}</ol>
                {form}
            </details>
        }
        .into_any()
    }
}
