//! The start page: pick a Member State (and an edition when there are
//! several). A plain GET form, so it works without JavaScript.

use crate::i18n::tr;
use crate::member_states::MemberState;
use leptos::prelude::*;

pub fn choose_country(
    states: &[MemberState],
    editions: &[(String, String)],
    error: Option<String>,
) -> AnyView {
    let options = states
        .iter()
        .map(|s| view! { <option value=s.iso3.clone()>{s.name.clone()}</option> })
        .collect_view();
    let edition_choice = if editions.len() > 1 {
        let opts = editions
            .iter()
            .rev()
            .map(|(id, title)| view! { <option value=id.clone()>{title.clone()}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label class="label" for="edition">{tr("choose.edition")}</label>
                <select class="select" id="edition" name="edition">{opts}</select>
            </div>
        }
        .into_any()
    } else {
        let id = editions.first().map(|e| e.0.clone()).unwrap_or_default();
        view! { <input type="hidden" name="edition" value=id/> }.into_any()
    };
    let error_view = error.clone().map(|e| {
        view! { <p class="error-message" id="country-error"><span class="visually-hidden">{tr("errors.error_prefix")}" "</span>{e}</p> }
    });
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let described = if error.is_some() {
        "country-hint country-error"
    } else {
        "country-hint"
    };
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <h1>{tr("choose.title")}</h1>
        <p class="lead">{tr("choose.lead")}</p>
        <form method="get" action="/start" class="form">
            {edition_choice}
            <div class=class>
                <label class="label" for="country">{tr("choose.label")}</label>
                <div class="hint" id="country-hint">{tr("choose.hint")}</div>
                {error_view}
                <select class="select" id="country" name="country" aria-describedby=described required=true>
                    <option value="">{tr("choose.placeholder")}</option>
                    {options}
                </select>
            </div>
            <button type="submit" class="button">{tr("choose.continue")}</button>
        </form>
    }
    .into_any()
}
