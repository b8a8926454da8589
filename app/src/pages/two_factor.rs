//! Two-factor sign-in pages: setting up an authenticator app, the recovery
//! codes (shown once), and the code asked after the password.

use crate::i18n::tr;
use crate::pages::parts::forms::problem;
use leptos::prelude::*;

fn code_field() -> AnyView {
    view! {
        <div class="field">
            <label class="label" for="code">{tr("two_factor.code")}</label>
            <div class="hint" id="code-hint">{tr("two_factor.code_hint")}</div>
            <input class="input input--code" type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" aria-describedby="code-hint" required=true/>
        </div>
    }
    .into_any()
}

/// `secret`: the base32 secret, grouped for reading; `uri`: the otpauth link.
pub fn setup_page(secret: &str, uri: &str, required: bool, error: Option<String>) -> AnyView {
    let required = required.then(|| view! { <div class="notice" role="status"><p>{tr("two_factor.required_body")}</p></div> });
    view! {
        <h1>{tr("two_factor.setup_title")}</h1>
        {required}
        {problem(error, Some("code"))}
        <p class="lead">{tr("two_factor.setup_lead")}</p>
        <ol class="steps">
            <li>{tr("two_factor.step_app")}</li>
            <li>{tr("two_factor.step_secret")}" "<code class="secret">{secret.to_string()}</code>" "<a href=uri.to_string()>{tr("two_factor.open_app")}</a></li>
            <li>{tr("two_factor.step_code")}</li>
        </ol>
        <form method="post" action="/account/two-factor" class="form">
            {code_field()}
            <button class="button" type="submit">{tr("two_factor.turn_on")}</button>
        </form>
    }
    .into_any()
}

pub fn recovery_page(codes: &[String]) -> AnyView {
    let items = codes
        .iter()
        .map(|c| view! { <li><code>{c.clone()}</code></li> })
        .collect_view();
    view! {
        <div class="panel" role="status">
            <h1 class="panel__title">{tr("two_factor.on_title")}</h1>
        </div>
        <h2>{tr("two_factor.recovery_title")}</h2>
        <p>{tr("two_factor.recovery_lead")}</p>
        <ul class="recovery-codes">{items}</ul>
        <p><a class="button" href="/">{tr("two_factor.continue")}</a></p>
    }
    .into_any()
}

pub fn enabled_page() -> AnyView {
    view! {
        <h1>{tr("two_factor.on_title")}</h1>
        <p>{tr("two_factor.on_body")}</p>
        <p><a href="/">{tr("two_factor.continue")}</a></p>
    }
    .into_any()
}

pub fn code_page(next: &str, error: Option<String>) -> AnyView {
    view! {
        <h1>{tr("two_factor.code_title")}</h1>
        {problem(error, Some("code"))}
        <p class="lead">{tr("two_factor.code_lead")}</p>
        <form method="post" action="/sign-in/code" class="form">
            <input type="hidden" name="next" value=next.to_string()/>
            {code_field()}
            <button class="button" type="submit">{tr("account.sign_in_button")}</button>
        </form>
    }
    .into_any()
}
