//! The first administrator of a new installation: an e-mail address and a
//! name, then the password (on the one-time link page).

use crate::i18n::tr;
use leptos::prelude::*;

/// `action`: the secret link's own path (the form posts back to it).
pub fn first_admin_page(action: &str, email: &str, name: &str, error: Option<String>) -> AnyView {
    let error = crate::pages::parts::forms::problem(error, Some("email"));
    view! {
        {error}
        <h1>{tr("first_admin.title")}</h1>
        <p class="lead">{tr("first_admin.lead")}</p>
        <form method="post" action=action.to_string() class="form">
            <div class="field">
                <label class="label" for="email">{tr("account.email")}</label>
                <input class="input" type="email" id="email" name="email" autocomplete="email" spellcheck="false" required=true value=email.to_string()/>
            </div>
            <div class="field">
                <label class="label" for="name">{tr("admin.name")}</label>
                <div class="hint" id="name-hint">{tr("first_admin.name_hint")}</div>
                <input class="input" type="text" id="name" name="name" autocomplete="name" aria-describedby="name-hint" value=name.to_string()/>
            </div>
            <button class="button" type="submit">{tr("first_admin.button")}</button>
        </form>
    }
    .into_any()
}
