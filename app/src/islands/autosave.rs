//! Saves the page's form in the background while people type, through the
//! same handler as the Save button (the form's own URL, answered as JSON),
//! and says where things stand. Without JavaScript the Save buttons do the
//! same. Nothing typed is lost when the link fails:
//! - a change made while a save is in flight is sent when that save ends
//!   (the latest state of the form, never dropped);
//! - every request has a timeout; a failed save is retried with a growing
//!   pause, and at once when the browser comes back online;
//! - what is not yet on the server is kept in the browser (localStorage,
//!   per page) and offered back when the page is opened again; leaving the
//!   page with unsent changes asks first;
//! - a conflict (someone else saved the answer first) is shown beside the
//!   field, with their answer;
//! - the Save button pressed during a save waits for it, so a person never
//!   conflicts with their own save.
//!
//! "Saved" is said only when everything typed is on the server.

use leptos::prelude::*;

/// What the island says, in the page's language (the server passes the
/// catalogue's strings: the browser bundle carries no catalogue).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct AutosaveTexts {
    /// "Saving…"
    pub saving: String,
    /// "Saved at {time}"
    pub saved: String,
    /// "Not saved: …" (offline, timeout, server error)
    pub failed: String,
    /// "{who} saved another answer at {at}: {theirs}. …"
    pub conflict: String,
    /// "This browser kept changes from {at} that did not reach the server."
    pub restore_offer: String,
    pub restore: String,
    pub discard: String,
    /// "Not saved: someone else changed an answer on this page…"
    pub conflict_status: String,
}

#[island]
pub fn Autosave(
    /// The id of the form to save.
    form_id: String,
    texts: AutosaveTexts,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    #[cfg(feature = "hydrate")]
    {
        client::start(form_id.clone(), set_status, texts);
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (&form_id, set_status, texts);
    }
    view! { <p class="autosave-status" role="status" aria-live="polite">{move || status.get()}</p> }
}

#[cfg(feature = "hydrate")]
mod client {
    use super::AutosaveTexts;
    use crate::islands::autosave_client::{self as net, Outcome};
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{closure::Closure, JsCast};
    use leptos::web_sys;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Debounce: save this long after the last keystroke.
    const QUIET_MS: i32 = 1200;
    /// Retry pauses after a failed save: doubling from the first to the last.
    const RETRY_FIRST_MS: i32 = 2000;
    const RETRY_MAX_MS: i32 = 60_000;

    struct State {
        form: web_sys::HtmlFormElement,
        texts: AutosaveTexts,
        set_status: WriteSignal<String>,
        /// Changes not yet sent.
        dirty: bool,
        in_flight: bool,
        /// The form is being submitted by one of its buttons.
        submitting: bool,
        retry_ms: i32,
        timer: Option<i32>,
        /// A Save button pressed while a save was in flight.
        pending_submit: Option<web_sys::HtmlElement>,
        /// Where unsent changes are kept in the browser.
        key: String,
        /// The answers as the server has them (the page as loaded, then
        /// each save's): a change back to them is no change.
        saved_values: Vec<(String, String)>,
        /// The answers of the save in flight.
        sending_values: Vec<(String, String)>,
    }

    type Shared = Rc<RefCell<State>>;

    pub fn start(form_id: String, set_status: WriteSignal<String>, texts: AutosaveTexts) {
        let Some(form) = document()
            .get_element_by_id(&form_id)
            .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let key = format!("msq-unsent:{}", form.action());
        let loaded = net::values_of(&net::form_body(&form).unwrap_or_default());
        let s: Shared = Rc::new(RefCell::new(State {
            form: form.clone(),
            texts,
            set_status,
            dirty: false,
            in_flight: false,
            submitting: false,
            retry_ms: 0,
            timer: None,
            pending_submit: None,
            key,
            saved_values: loaded,
            sending_values: Vec::new(),
        }));

        // After hydration (changing the page while an island hydrates
        // would upset it): what an earlier visit left unsent.
        let s0 = s.clone();
        let later = Closure::once_into_js(move || offer_kept(&s0));
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0);
        let s1 = s.clone();
        listen(&form, "input", move |_| changed(&s1));
        let s2 = s.clone();
        listen(&form, "change", move |_| changed(&s2));
        let s3 = s.clone();
        listen(&window(), "online", move |_| {
            if s3.borrow().dirty {
                send(&s3);
            }
        });
        let s4 = s.clone();
        listen(&form, "submit", move |ev| on_submit(&s4, ev));
        let s5 = s.clone();
        listen(&window(), "beforeunload", move |ev| {
            let st = s5.borrow();
            if (st.dirty || st.in_flight) && !st.submitting {
                ev.prevent_default();
                if let Some(e) = ev.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                    e.set_return_value(&st.texts.failed);
                }
            }
        });
    }

    fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
        let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }

    fn changed(s: &Shared) {
        let body = net::form_body(&s.borrow().form).unwrap_or_default();
        let now = net::values_of(&body);
        {
            let mut st = s.borrow_mut();
            // A "change" event that changed nothing (a field left), or a
            // change undone: nothing to send.
            if now == st.saved_values && !st.in_flight {
                st.dirty = false;
                drop(st);
                forget(s);
                return;
            }
            st.dirty = true;
        }
        keep(s, &body);
        schedule(s, QUIET_MS);
    }

    fn schedule(s: &Shared, ms: i32) {
        let win = window();
        if let Some(t) = s.borrow_mut().timer.take() {
            win.clear_timeout_with_handle(t);
        }
        let s2 = s.clone();
        let fire = Closure::once_into_js(move || {
            s2.borrow_mut().timer = None;
            send(&s2);
        });
        s.borrow_mut().timer = win
            .set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), ms)
            .ok();
    }

    /// Sends the form as it is now, unless a save is in flight (its end
    /// sends again when anything changed meanwhile).
    fn send(s: &Shared) {
        let form = {
            let mut st = s.borrow_mut();
            if st.in_flight || !st.dirty {
                return;
            }
            st.in_flight = true;
            st.dirty = false;
            st.sending_values = net::values_of(&net::form_body(&st.form).unwrap_or_default());
            st.set_status.set(st.texts.saving.clone());
            st.form.clone()
        };
        let s2 = s.clone();
        leptos::task::spawn_local(async move {
            let outcome = net::post_form(&form).await;
            done(&s2, outcome);
        });
    }

    fn done(s: &Shared, outcome: Outcome) {
        s.borrow_mut().in_flight = false;
        let pending = s.borrow_mut().pending_submit.take();
        match outcome {
            Outcome::Saved(time) => {
                {
                    let mut st = s.borrow_mut();
                    st.retry_ms = 0;
                    st.saved_values = std::mem::take(&mut st.sending_values);
                }
                if let Some(button) = pending {
                    submit(s, &button);
                } else if s.borrow().dirty {
                    send(s);
                } else {
                    forget(s);
                    let st = s.borrow();
                    st.set_status.set(st.texts.saved.replace("{time}", &time));
                }
            }
            Outcome::Conflicts(conflicts) => {
                for c in &conflicts {
                    show_conflict(s, c);
                }
                let st = s.borrow();
                st.set_status.set(st.texts.conflict_status.clone());
                drop(st);
                if let Some(button) = pending {
                    submit(s, &button);
                }
            }
            Outcome::Refused(message) => {
                // Locked (submitted, accepted, closed): retrying cannot help.
                s.borrow().set_status.set(message);
                if let Some(button) = pending {
                    submit(s, &button);
                }
            }
            Outcome::Failed => {
                let ms = {
                    let mut st = s.borrow_mut();
                    st.dirty = true;
                    st.retry_ms = (st.retry_ms * 2).clamp(RETRY_FIRST_MS, RETRY_MAX_MS);
                    st.set_status.set(st.texts.failed.clone());
                    st.pending_submit = pending;
                    st.retry_ms
                };
                schedule(s, ms);
            }
        }
    }

    /// The Save buttons: while a save is in flight, wait for it (else the
    /// page's revision markers are behind and the person would conflict
    /// with their own save).
    fn on_submit(s: &Shared, ev: web_sys::Event) {
        if s.borrow().in_flight {
            ev.prevent_default();
            let submitter = ev
                .dyn_ref::<web_sys::SubmitEvent>()
                .and_then(|e| e.submitter())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            s.borrow_mut().pending_submit = submitter;
            return;
        }
        let mut st = s.borrow_mut();
        st.submitting = true;
        st.dirty = false;
    }

    fn submit(s: &Shared, button: &web_sys::HtmlElement) {
        let form = s.borrow().form.clone();
        s.borrow_mut().submitting = true;
        let _ = form.request_submit_with_submitter(Some(button));
    }

    fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }

    /// Keeps the form's current state in the browser until it is saved.
    fn keep(s: &Shared, body: &str) {
        let st = s.borrow();
        if let Some(store) = storage() {
            let at = js_sys_now();
            let value = serde_json::json!({ "at": at, "form": body }).to_string();
            let _ = store.set_item(&st.key, &value);
        }
    }

    fn forget(s: &Shared) {
        if let Some(store) = storage() {
            let _ = store.remove_item(&s.borrow().key);
        }
    }

    fn js_sys_now() -> String {
        let d = leptos::web_sys::js_sys::Date::new_0();
        d.to_locale_string("en-GB", &leptos::wasm_bindgen::JsValue::UNDEFINED)
            .as_string()
            .unwrap_or_default()
    }

    /// Changes kept in the browser from an earlier visit, when they differ
    /// from the page: offered back above the form (restoring sends them
    /// through the same revision check: a conflict if the server moved on).
    fn offer_kept(s: &Shared) {
        let Some(store) = storage() else { return };
        let key = s.borrow().key.clone();
        let Some(kept) = store.get_item(&key).ok().flatten() else {
            return;
        };
        let Ok(kept) = serde_json::from_str::<serde_json::Value>(&kept) else {
            let _ = store.remove_item(&key);
            return;
        };
        let body = kept["form"].as_str().unwrap_or_default().to_string();
        let now = net::form_body(&s.borrow().form).unwrap_or_default();
        if net::values_of(&body) == net::values_of(&now) {
            let _ = store.remove_item(&key);
            return;
        }
        let doc = document();
        let texts = s.borrow().texts.clone();
        let Ok(panel) = doc.create_element("div") else {
            return;
        };
        panel.set_class_name("notice notice--warning kept-changes");
        let _ = panel.set_attribute("role", "region");
        let _ = panel.set_attribute("aria-label", &texts.restore);
        if let Ok(p) = doc.create_element("p") {
            let at = kept["at"].as_str().unwrap_or_default();
            p.set_text_content(Some(&texts.restore_offer.replace("{at}", at)));
            let _ = panel.append_child(&p);
        }
        for restore in [true, false] {
            let Ok(button) = doc.create_element("button") else {
                continue;
            };
            let _ = button.set_attribute("type", "button");
            button.set_class_name(if restore {
                "button"
            } else {
                "button button--secondary"
            });
            button.set_id(if restore {
                "kept-restore"
            } else {
                "kept-discard"
            });
            button.set_text_content(Some(if restore {
                &texts.restore
            } else {
                &texts.discard
            }));
            let (s2, panel2, body2) = (s.clone(), panel.clone(), body.clone());
            listen(&button, "click", move |_| {
                panel2.remove();
                if restore {
                    let form = s2.borrow().form.clone();
                    net::fill_form(&form, &body2);
                    changed(&s2);
                    send(&s2);
                } else {
                    forget(&s2);
                }
            });
            let _ = panel.append_child(&button);
        }
        let form = s.borrow().form.clone();
        let _ = form.before_with_node_1(&panel);
    }

    /// Someone else's save, beside the field it refused.
    fn show_conflict(s: &Shared, c: &crate::questionnaire::page_post::ConflictReply) {
        let doc = document();
        let Some(wrapper) = doc.get_element_by_id(&format!("w-{}", c.field)) else {
            return;
        };
        let id = format!("conflict-{}", c.field);
        if let Some(old) = doc.get_element_by_id(&id) {
            old.remove();
        }
        let theirs = c.theirs.as_ref().map(net::plain_value).unwrap_or_default();
        let text = s
            .borrow()
            .texts
            .conflict
            .replace("{who}", &c.by)
            .replace("{at}", &c.at)
            .replace("{theirs}", &theirs);
        if let Ok(p) = doc.create_element("p") {
            p.set_id(&id);
            p.set_class_name("error-message conflict-note");
            p.set_text_content(Some(&text));
            let _ = wrapper.prepend_with_node_1(&p);
        }
    }
}
