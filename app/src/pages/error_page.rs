//! Error pages: what went wrong, in words, and a way back.

use crate::i18n::tr;
use leptos::prelude::*;

pub fn error_body(title: &str, message: &str) -> AnyView {
    view! {
        <h1>{title.to_string()}</h1>
        <p class="lead">{message.to_string()}</p>
        <p><a href="/">{tr("errors.back")}</a></p>
    }
    .into_any()
}
