//! Small parts of many forms: the sign-out button, and the error summary of
//! a one-message form.

use crate::i18n::tr;
use leptos::prelude::*;

/// The error summary of a one-message form: the message, linked to the
/// field it concerns when there is one.
pub fn problem(message: Option<String>, field: Option<&str>) -> Option<AnyView> {
    let href = field.map(|f| format!("#{f}"));
    message.map(|m| {
        let text = match href {
            Some(h) => view! { <a href=h>{m}</a> }.into_any(),
            None => m.into_any(),
        };
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">{tr("errors.summary_title")}</h2>
                <p>{text}</p>
            </div>
        }
        .into_any()
    })
}

/// The sign-out button (a plain form: it works without JavaScript).
pub fn sign_out_form() -> AnyView {
    view! {
        <form method="post" action="/sign-out" class="sign-out">
            <button type="submit" class="button button--secondary">{tr("account.sign_out")}</button>
        </form>
    }
    .into_any()
}
