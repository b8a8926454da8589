//! A live word count under a text area with a word limit. The server
//! renders the count (`{field id}-count`) with its two message templates;
//! the browser recounts as people type.

/// Fills `{count}`, `{limit}`, `{over}` in a message template.
pub fn fill(template: &str, count: u32, limit: u32) -> String {
    template
        .replace("{count}", &count.to_string())
        .replace("{limit}", &limit.to_string())
        .replace("{over}", &count.saturating_sub(limit).to_string())
}

/// The count's class: over the limit is shown as an error.
pub fn class(count: u32, limit: u32) -> &'static str {
    if count > limit {
        "word-count word-count--over"
    } else {
        "word-count"
    }
}

/// Recounts when a text area of the form changes (browser only).
#[cfg(feature = "hydrate")]
pub fn start(form: &leptos::web_sys::HtmlFormElement) {
    use leptos::wasm_bindgen::JsCast;
    super::dom::listen(form, "input", |ev| {
        let Some(area) = ev
            .target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        let Some(count) = super::dom::by_id(&format!("{}-count", area.id())) else {
            return;
        };
        let limit = count
            .get_attribute("data-limit")
            .and_then(|l| l.parse().ok())
            .unwrap_or(u32::MAX);
        let words = area.value().split_whitespace().count() as u32;
        let template = if words > limit {
            "data-over"
        } else {
            "data-counting"
        };
        let text = count.get_attribute(template).unwrap_or_default();
        count.set_text_content(Some(&fill(&text, words, limit)));
        count.set_class_name(class(words, limit));
    });
}
