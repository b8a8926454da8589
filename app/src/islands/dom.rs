//! Small helpers over web-sys for the island's client code.

use leptos::prelude::{document, window};
use leptos::wasm_bindgen::{closure::Closure, JsCast};
use leptos::web_sys::{self, Element, EventTarget, HtmlElement, HtmlFormElement};

pub fn form(id: &str) -> Option<HtmlFormElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

pub fn focus(el: &Element) {
    if let Some(e) = el.dyn_ref::<HtmlElement>() {
        let _ = e.focus();
    }
}

/// Calls `f` on every `event` at `target`, for the life of the page.
pub fn listen(target: &EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Calls `f` once after `ms`; the timer's handle.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let cb = Closure::once_into_js(f);
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms)
        .ok()
}

pub fn cancel(timer: i32) {
    window().clear_timeout_with_handle(timer);
}
