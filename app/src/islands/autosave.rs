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
//! Only the fields changed since the last save are sent (with their
//! revision markers): a few hundred bytes on a slow link, not the form.
//! "Saved" is said only when everything typed is on the server.

/// The status line (rendered by the section page, filled by the browser).
pub const STATUS_ID: &str = "autosave-status";

/// What the status line may say: the name of each text (`data-text` of a
/// hidden span beside the status line) and its catalogue key. The server
/// renders them in the page's language, so the bundle has no catalogue.
pub const TEXTS: [(&str, &str); 8] = [
    // "Saving…"
    ("saving", "section.autosaving"),
    // "Saved at {time}"
    ("saved", "section.autosaved"),
    // "Not saved: …" (offline, timeout, server error)
    ("failed", "section.autosave_failed"),
    // "{who} saved another answer at {at}: {theirs}. …"
    ("conflict", "section.autosave_conflict"),
    // "Not saved: someone else changed an answer on this page…"
    ("conflict_status", "section.autosave_conflict_status"),
    // "This browser kept changes from {at} that did not reach the server."
    ("restore_offer", "section.kept_offer"),
    ("restore", "section.kept_restore"),
    ("discard", "section.kept_discard"),
];

#[cfg(feature = "hydrate")]
pub use client::start;

#[cfg(feature = "hydrate")]
mod client {
    use super::super::autosave_client::{self as net, FieldValues, Outcome};
    use super::super::dom::{self, listen};
    use crate::questionnaire::page_post::ConflictReply;
    use leptos::prelude::*;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{self, Element, HtmlFormElement};
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Debounce: save this long after the last keystroke.
    const QUIET_MS: i32 = 1200;
    /// Retry pauses after a failed save: doubling from the first to the last.
    const RETRY_FIRST_MS: i32 = 2000;
    const RETRY_MAX_MS: i32 = 60_000;

    struct State {
        form: HtmlFormElement,
        status: Option<Element>,
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
        saved: FieldValues,
        /// The answers of the save in flight.
        sending: FieldValues,
    }

    type Shared = Rc<RefCell<State>>;

    /// A text of the status line, from the page.
    fn text(name: &str) -> String {
        dom::by_id(super::STATUS_ID)
            .and_then(|s| s.parent_element())
            .and_then(|p| dom::find(&p, &format!("[data-text={name}]")))
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn say(s: &Shared, message: &str) {
        if let Some(status) = &s.borrow().status {
            status.set_text_content(Some(message));
        }
    }

    pub fn start(form: HtmlFormElement) {
        let key = format!("msq-unsent:{}", form.action());
        let s: Shared = Rc::new(RefCell::new(State {
            saved: net::field_values(&form),
            form: form.clone(),
            status: dom::by_id(super::STATUS_ID),
            dirty: false,
            in_flight: false,
            submitting: false,
            retry_ms: 0,
            timer: None,
            pending_submit: None,
            key,
            sending: FieldValues::default(),
        }));

        // After hydration (changing the page while an island hydrates
        // would upset it): what an earlier visit left unsent.
        let s0 = s.clone();
        dom::after(0, move || offer_kept(&s0));
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
                ev.unchecked_ref::<web_sys::BeforeUnloadEvent>()
                    .set_return_value(&text("failed"));
            }
        });
    }

    fn changed(s: &Shared) {
        let now = net::field_values(&s.borrow().form);
        {
            let mut st = s.borrow_mut();
            // A "change" event that changed nothing (a field left), or a
            // change undone: nothing to send.
            if now == st.saved && !st.in_flight {
                st.dirty = false;
                drop(st);
                forget(s);
                return;
            }
            st.dirty = true;
        }
        keep(s, &now);
        schedule(s, QUIET_MS);
    }

    fn schedule(s: &Shared, ms: i32) {
        if let Some(t) = s.borrow_mut().timer.take() {
            dom::cancel(t);
        }
        let s2 = s.clone();
        let timer = dom::after(ms, move || {
            s2.borrow_mut().timer = None;
            send(&s2);
        });
        s.borrow_mut().timer = timer;
    }

    /// Sends what changed since the last save, unless a save is in flight
    /// (its end sends again when anything changed meanwhile).
    fn send(s: &Shared) {
        let (form, body) = {
            let mut st = s.borrow_mut();
            if st.in_flight || !st.dirty {
                return;
            }
            st.in_flight = true;
            st.dirty = false;
            st.sending = net::field_values(&st.form);
            let body = net::changes_body(&st.form, &st.saved, &st.sending);
            (st.form.clone(), body)
        };
        say(s, &text("saving"));
        let s2 = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = net::post(&form, body).await;
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
                    st.saved = std::mem::take(&mut st.sending);
                }
                if let Some(button) = pending {
                    submit(s, &button);
                } else if s.borrow().dirty {
                    send(s);
                } else {
                    forget(s);
                    say(s, &text("saved").replace("{time}", &time));
                }
            }
            Outcome::Conflicts(conflicts) => {
                for c in &conflicts {
                    show_conflict(c);
                }
                say(s, &text("conflict_status"));
                if let Some(button) = pending {
                    submit(s, &button);
                }
            }
            Outcome::Refused(message) => {
                // Locked (submitted, accepted, closed): retrying cannot help.
                say(s, &message);
                if let Some(button) = pending {
                    submit(s, &button);
                }
            }
            Outcome::Failed => {
                let ms = {
                    let mut st = s.borrow_mut();
                    st.dirty = true;
                    st.retry_ms = (st.retry_ms * 2).clamp(RETRY_FIRST_MS, RETRY_MAX_MS);
                    st.pending_submit = pending;
                    st.retry_ms
                };
                say(s, &text("failed"));
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

    /// Keeps the form's current state in the browser until it is saved,
    /// as three lines: when, its answers (to compare), the form as the Save
    /// button sends it (to put back).
    fn keep(s: &Shared, now: &FieldValues) {
        let st = s.borrow();
        if let (Some(store), Some(body)) = (storage(), net::form_body(&st.form)) {
            let at = leptos::web_sys::js_sys::Date::new_0()
                .to_locale_string("en-GB", &leptos::wasm_bindgen::JsValue::UNDEFINED)
                .as_string()
                .unwrap_or_default();
            let answers = net::answers_text(now);
            let _ = store.set_item(&st.key, &format!("{at}\n{answers}\n{body}"));
        }
    }

    fn forget(s: &Shared) {
        if let Some(store) = storage() {
            let _ = store.remove_item(&s.borrow().key);
        }
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
        let mut lines = kept.splitn(3, '\n');
        let (Some(at), Some(answers), Some(body)) = (lines.next(), lines.next(), lines.next())
        else {
            let _ = store.remove_item(&key);
            return;
        };
        let (at, body) = (at.to_string(), body.to_string());
        if answers == net::answers_text(&net::field_values(&s.borrow().form)) {
            let _ = store.remove_item(&key);
            return;
        }
        let doc = document();
        let Ok(panel) = doc.create_element("div") else {
            return;
        };
        panel.set_class_name("notice notice--warning kept-changes");
        let _ = panel.set_attribute("role", "region");
        let _ = panel.set_attribute("aria-label", &text("restore"));
        if let Ok(p) = doc.create_element("p") {
            p.set_text_content(Some(&text("restore_offer").replace("{at}", &at)));
            let _ = panel.append_child(&p);
        }
        for (restore, id, class, label) in [
            (true, "kept-restore", "button", "restore"),
            (false, "kept-discard", "button button--secondary", "discard"),
        ] {
            let Ok(button) = doc.create_element("button") else {
                continue;
            };
            let _ = button.set_attribute("type", "button");
            button.set_class_name(class);
            button.set_id(id);
            button.set_text_content(Some(&text(label)));
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
    fn show_conflict(c: &ConflictReply) {
        let doc = document();
        let Some(wrapper) = doc.get_element_by_id(&format!("w-{}", c.field)) else {
            return;
        };
        let id = format!("conflict-{}", c.field);
        if let Some(old) = doc.get_element_by_id(&id) {
            old.remove();
        }
        // "2026-12-01T10:00:00+00:00" as "2026-12-01 10:00 UTC".
        let at = match (c.at.get(..10), c.at.get(11..16)) {
            (Some(day), Some(time)) if c.at.ends_with("+00:00") => format!("{day} {time} UTC"),
            _ => c.at.clone(),
        };
        let message = text("conflict")
            .replace("{who}", &c.by)
            .replace("{at}", &at)
            .replace("{theirs}", &c.theirs_text);
        if let Ok(p) = doc.create_element("p") {
            p.set_id(&id);
            p.set_class_name("error-message conflict-note");
            p.set_text_content(Some(&message));
            let _ = wrapper.prepend_with_node_1(&p);
        }
    }
}
