//! Signing in and choosing a password (from an invitation, setup or reset
//! link). Plain forms: they work without JavaScript.

use crate::i18n::{tr, tr_args};
use crate::pages::parts::forms::problem;
use leptos::prelude::*;

pub fn sign_in_page(
    email: &str,
    next: &str,
    error: Option<String>,
    notice: Option<String>,
) -> AnyView {
    let notice = notice.map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> });
    view! {
        <h1>{tr("account.sign_in_title")}</h1>
        {notice}
        {problem(error, None)}
        <p class="lead">{tr("account.sign_in_lead")}</p>
        <form method="post" action="/sign-in" class="form">
            <input type="hidden" name="next" value=next.to_string()/>
            <div class="field">
                <label class="label" for="email">{tr("account.email")}</label>
                <input class="input" type="email" id="email" name="email" autocomplete="username" spellcheck="false" required=true value=email.to_string()/>
            </div>
            <div class="field">
                <label class="label" for="password">{tr("account.password")}</label>
                <input class="input" type="password" id="password" name="password" autocomplete="current-password" required=true/>
            </div>
            <button class="button" type="submit">{tr("account.sign_in_button")}</button>
        </form>
        <p><a href="/reset">{tr("account.forgot")}</a></p>
    }
    .into_any()
}

pub fn set_password_page(action: &str, email: &str, min: usize, error: Option<String>) -> AnyView {
    view! {
        <h1>{tr("account.link_title")}</h1>
        {problem(error, Some("password"))}
        <p class="lead">{tr_args("account.link_lead", &[("email", &email), ("min", &min)])}</p>
        <form method="post" action=action.to_string() class="form">
            <input type="hidden" name="username" autocomplete="username" value=email.to_string()/>
            <div class="field">
                <label class="label" for="password">{tr("account.new_password")}</label>
                <input class="input" type="password" id="password" name="password" autocomplete="new-password" minlength=min.to_string() required=true/>
            </div>
            <div class="field">
                <label class="label" for="confirm">{tr("account.confirm_password")}</label>
                <input class="input" type="password" id="confirm" name="confirm" autocomplete="new-password" minlength=min.to_string() required=true/>
            </div>
            <button class="button" type="submit">{tr("account.save_password")}</button>
        </form>
    }
    .into_any()
}

/// "Forgot your password?": asks for the e-mail address; the answer is the
/// same whether an account exists or not.
pub fn reset_page(done: bool, valid_hours: i64) -> AnyView {
    if done {
        return view! {
            <h1>{tr("account.reset_title")}</h1>
            <div class="notice" role="status"><p>{tr("account.reset_sent")}</p></div>
        }
        .into_any();
    }
    view! {
        <h1>{tr("account.reset_title")}</h1>
        <p class="lead">{tr_args("account.reset_lead", &[("hours", &valid_hours)])}</p>
        <form method="post" action="/reset" class="form">
            <div class="field">
                <label class="label" for="email">{tr("account.email")}</label>
                <input class="input" type="email" id="email" name="email" autocomplete="username" spellcheck="false" required=true/>
            </div>
            <button class="button" type="submit">{tr("account.reset_button")}</button>
        </form>
    }
    .into_any()
}
