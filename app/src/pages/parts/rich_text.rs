//! Questionnaire texts with their `[^N]` footnote markers rendered as
//! superscript links to the page's notes.

use crate::i18n::tr_args;
use crate::questionnaire::text::{segments, Segment};
use leptos::prelude::*;

pub fn rich_text(text: &str) -> AnyView {
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Words(w) => w.to_string().into_any(),
            Segment::Footnote(id) => {
                let label = tr_args("section.footnote_ref", &[("id", &id)]);
                view! {
                    <sup class="fn-ref"><a href=format!("#fn-{id}") aria-label=label>{id.to_string()}</a></sup>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}
