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

/// `secret`: the base32 secret, grouped for reading; `uri`: the otpauth
/// link; `qr_svg`: the link as a QR code (SVG markup made on the server
/// from the link alone).
pub fn setup_page(
    secret: &str,
    uri: &str,
    qr_svg: String,
    required: bool,
    error: Option<String>,
) -> AnyView {
    let required = required.then(|| view! { <div class="notice" role="status"><p>{tr("two_factor.required_body")}</p></div> });
    view! {
        <h1>{tr("two_factor.setup_title")}</h1>
        {required}
        {problem(error, Some("code"))}
        <p class="lead">{tr("two_factor.setup_lead")}</p>
        <ol class="steps">
            <li>{tr("two_factor.step_app")}</li>
            <li>
                {tr("two_factor.step_secret")}
                <div class="qr" role="img" aria-label=tr("two_factor.qr_label") inner_html=qr_svg></div>
                <code class="secret">{secret.to_string()}</code>" "<a href=uri.to_string()>{tr("two_factor.open_app")}</a>
            </li>
            <li>{tr("two_factor.step_code")}</li>
        </ol>
        <form method="post" action="/account/two-factor" class="form">
            {code_field()}
            <button class="button" type="submit">{tr("two_factor.turn_on")}</button>
        </form>
    }
    .into_any()
}

/// The recovery codes, shown once; `title`: what just happened.
pub fn recovery_page(title: &'static str, codes: &[String]) -> AnyView {
    let items = codes
        .iter()
        .map(|c| view! { <li><code>{c.clone()}</code></li> })
        .collect_view();
    view! {
        <div class="panel" role="status">
            <h1 class="panel__title">{title}</h1>
        </div>
        <h2>{tr("two_factor.recovery_title")}</h2>
        <p>{tr("two_factor.recovery_lead")}</p>
        <ul class="recovery-codes">{items}</ul>
        <p><a class="button" href="/">{tr("two_factor.continue")}</a></p>
    }
    .into_any()
}

/// Two-factor sign-in is on: new recovery codes, or a new device. Each
/// asks for a current code first. `error`: (which form, message).
pub fn enabled_page(error: Option<(&'static str, String)>) -> AnyView {
    let (codes_error, renew_error) = match error {
        Some(("codes", m)) => (Some(m), None),
        Some((_, m)) => (None, Some(m)),
        None => (None, None),
    };
    let confirm = |id: &'static str, error: Option<String>| {
        let hint = format!("{id}-hint");
        let err_id = format!("{id}-error");
        let described = if error.is_some() {
            format!("{hint} {err_id}")
        } else {
            hint.clone()
        };
        let class = if error.is_some() {
            "field field--error"
        } else {
            "field"
        };
        view! {
            <div class=class>
                <label class="label" for=id>{tr("two_factor.code")}</label>
                <div class="hint" id=hint>{tr("two_factor.confirm_code")}</div>
                {error.map(|e| view! { <p class="error-message" id=err_id><span class="visually-hidden">{tr("errors.error_prefix")}" "</span>{e}</p> })}
                <input class="input input--code" type="text" id=id name="code" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" aria-describedby=described required=true/>
            </div>
        }
    };
    view! {
        <h1>{tr("two_factor.on_title")}</h1>
        <p>{tr("two_factor.on_body")}</p>
        <h2>{tr("two_factor.codes_title")}</h2>
        <p>{tr("two_factor.codes_lead")}</p>
        <form method="post" action=crate::paths::TWO_FACTOR_CODES class="form">
            {confirm("codes-code", codes_error)}
            <button class="button button--secondary" type="submit">{tr("two_factor.codes_button")}</button>
        </form>
        <h2>{tr("two_factor.renew_title")}</h2>
        <p>{tr("two_factor.renew_lead")}</p>
        <form method="post" action=crate::paths::TWO_FACTOR_RENEW class="form">
            {confirm("renew-code", renew_error)}
            <button class="button button--warning" type="submit">{tr("two_factor.renew_button")}</button>
        </form>
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
