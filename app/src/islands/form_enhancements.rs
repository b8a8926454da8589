//! The island of the answers form. On the server it renders nothing; in
//! the browser it starts the comforts: autosave, rows added and removed in
//! place, live word counts. (Follow-up questions appear and disappear by
//! the style sheet alone: `pages::follow_up_rules`.)

use leptos::prelude::*;

#[island]
pub fn FormEnhancements() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if let Some(form) = super::dom::form(super::FORM_ID) {
        super::rows::start(&form);
        super::word_count::start(&form);
        super::autosave::start(form.clone());
        // Said on the form, for tests and the 2G benchmark: the comforts run.
        let _ = form.set_attribute("data-enhanced", "");
    }
}
