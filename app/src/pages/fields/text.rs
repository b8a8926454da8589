//! `text`: a text area (or one line), with the word limit shown and, when
//! JavaScript runs, counted live.

use super::FieldView;
use crate::i18n::tr_args;
use crate::islands::word_count;
use crate::questionnaire::validation::{element_id, word_count};
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>, word_limit: Option<u32>, multiline: bool) -> AnyView {
    let value = match v.answer {
        Some(Answer::Text(s)) => s.clone(),
        _ => String::new(),
    };
    let id = element_id(v.id(), None);
    let name = v.id().to_string();
    let mut described = v.described_by(None).unwrap_or_default();
    let limit = word_limit.map(|limit| {
        let count_id = format!("{id}-count");
        described = format!("{described} {count_id}").trim().to_string();
        let hint = tr_args("field.word_limit", &[("limit", &limit)]);
        let words = word_count(&value);
        // Recounted by the browser as people type (islands::word_count),
        // from these templates; counted here first.
        let vars = ["count", "limit", "over"];
        let (counting, over) = (
            crate::i18n::template("field.word_count", &vars),
            crate::i18n::template("field.words_over", &vars),
        );
        let key = if words > limit {
            "field.words_over"
        } else {
            "field.word_count"
        };
        let now = tr_args(
            key,
            &[
                ("count", &words),
                ("limit", &limit),
                ("over", &words.saturating_sub(limit)),
            ],
        );
        view! {
            <div class="hint">{hint}</div>
            <p class=word_count::class(words, limit) id=count_id aria-live="polite"
                data-limit=limit data-counting=counting data-over=over>{now}</p>
        }
    });
    let described = (!described.is_empty()).then_some(described);
    let control = if multiline {
        view! { <textarea class="textarea" id=id.clone() name=name rows="5" aria-describedby=described
            inner_html=super::textarea_content(&value)></textarea> }.into_any()
    } else {
        view! { <input class="input" type="text" id=id.clone() name=name value=value aria-describedby=described/> }.into_any()
    };
    v.labelled(view! { {limit}{control} }.into_any())
}
