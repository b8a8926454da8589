//! Saves the page's form in the background while people type, through the
//! same handler as the Save button (the form's own URL, answered as JSON),
//! and says when it last saved. Without JavaScript the Save buttons do the
//! same.

use leptos::prelude::*;

#[island]
pub fn Autosave(
    /// The id of the form to save.
    form_id: String,
    /// "Saving…"
    saving: String,
    /// "Saved at {time}"
    saved: String,
    /// "Not saved: …"
    failed: String,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    #[cfg(feature = "hydrate")]
    {
        client::start(form_id.clone(), set_status, saving, saved, failed);
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (&form_id, set_status, saving, saved, failed);
    }
    view! { <p class="autosave-status" role="status" aria-live="polite">{move || status.get()}</p> }
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{closure::Closure, JsCast};
    use leptos::web_sys;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Debounce: save this long after the last keystroke.
    const QUIET_MS: i32 = 1200;

    pub fn start(
        form_id: String,
        set_status: WriteSignal<String>,
        saving: String,
        saved: String,
        failed: String,
    ) {
        let Some(form) = document()
            .get_element_by_id(&form_id)
            .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let timer: Rc<RefCell<Option<i32>>> = Rc::new(RefCell::new(None));
        let busy = Rc::new(RefCell::new(false));
        let form2 = form.clone();
        let on_input = Closure::<dyn FnMut()>::new(move || {
            let win = window();
            if let Some(t) = timer.borrow_mut().take() {
                win.clear_timeout_with_handle(t);
            }
            let form = form2.clone();
            let (saving, saved, failed) = (saving.clone(), saved.clone(), failed.clone());
            let busy = busy.clone();
            let fire = Closure::once_into_js(move || {
                if *busy.borrow() {
                    return;
                }
                *busy.borrow_mut() = true;
                set_status.set(saving);
                leptos::task::spawn_local(async move {
                    let result = crate::islands::autosave_client::post_form(&form).await;
                    *busy.borrow_mut() = false;
                    match result {
                        Ok(time) => set_status.set(saved.replace("{time}", &time)),
                        Err(Some(message)) => set_status.set(message),
                        Err(None) => set_status.set(failed),
                    }
                });
            });
            *timer.borrow_mut() = win
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    fire.unchecked_ref(),
                    QUIET_MS,
                )
                .ok();
        });
        let _ = form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        let _ = form.add_event_listener_with_callback("change", on_input.as_ref().unchecked_ref());
        on_input.forget();
    }
}
