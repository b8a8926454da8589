//! A live word count under a text area with a word limit.

use leptos::prelude::*;

/// Fills `{count}`, `{limit}`, `{over}` in a message template.
pub fn fill(template: &str, count: u32, limit: u32) -> String {
    template
        .replace("{count}", &count.to_string())
        .replace("{limit}", &limit.to_string())
        .replace("{over}", &count.saturating_sub(limit).to_string())
}

#[island]
pub fn WordCount(
    /// The id of the text area to count.
    field_id: String,
    limit: u32,
    /// The count of the value the page was rendered with.
    initial: u32,
    /// "{count} of {limit} words"
    counting: String,
    /// "You have {over} words too many"
    over: String,
) -> impl IntoView {
    let (count, set_count) = signal(initial);
    #[cfg(feature = "hydrate")]
    listen(field_id.clone(), set_count);
    #[cfg(not(feature = "hydrate"))]
    let _ = set_count;
    let text = move || {
        let c = count.get();
        if c > limit {
            fill(&over, c, limit)
        } else {
            fill(&counting, c, limit)
        }
    };
    let class = move || {
        if count.get() > limit {
            "word-count word-count--over"
        } else {
            "word-count"
        }
    };
    view! { <p class=class id=format!("{field_id}-count") aria-live="polite">{text}</p> }
}

/// Recounts when the text area changes (browser only).
#[cfg(feature = "hydrate")]
fn listen(target: String, set_count: WriteSignal<u32>) {
    let handle = window_event_listener(leptos::ev::input, move |ev| {
        use leptos::wasm_bindgen::JsCast;
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        if el.id() == target {
            set_count.set(el.value().split_whitespace().count() as u32);
        }
    });
    on_cleanup(move || handle.remove());
}
