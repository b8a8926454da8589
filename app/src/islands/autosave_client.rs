//! The browser side of autosave: posts the form (urlencoded, exactly what
//! the Save button sends) with `Accept: application/json`, reads the reply
//! (`AutosaveReply`, the type the server writes), then moves the form's
//! revision markers forward so the next save builds on this one.

use crate::questionnaire::page_post::{AutosaveReply, RevisionMarker};
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys;
use wasm_bindgen_futures::JsFuture;

/// Returns the server's "saved at" time, or Err when the save did not go
/// through (offline, conflict, server error), with the server's message
/// when it gave one (the response was submitted meanwhile): the page then
/// says so and the Save button still works.
pub async fn post_form(form: &web_sys::HtmlFormElement) -> Result<String, Option<String>> {
    post(form).await.map_err(|message| message.flatten())
}

/// A failure without a message from the server (offline, not JSON, …).
const NO_MESSAGE: Option<Option<String>> = None;

async fn post(form: &web_sys::HtmlFormElement) -> Result<String, Option<Option<String>>> {
    let data = web_sys::FormData::new_with_form(form).map_err(|_| NO_MESSAGE)?;
    let params =
        web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).map_err(|_| NO_MESSAGE)?;
    params.set("_action", "autosave");
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    let body: leptos::wasm_bindgen::JsValue = params.to_string().into();
    init.set_body(&body);
    let headers = web_sys::Headers::new().map_err(|_| NO_MESSAGE)?;
    headers
        .set("Content-Type", "application/x-www-form-urlencoded")
        .map_err(|_| NO_MESSAGE)?;
    headers
        .set("Accept", "application/json")
        .map_err(|_| NO_MESSAGE)?;
    init.set_headers(&headers);
    let request =
        web_sys::Request::new_with_str_and_init(&form.action(), &init).map_err(|_| NO_MESSAGE)?;
    let response: web_sys::Response =
        JsFuture::from(leptos::prelude::window().fetch_with_request(&request))
            .await
            .map_err(|_| NO_MESSAGE)?
            .dyn_into()
            .map_err(|_| NO_MESSAGE)?;
    let text = JsFuture::from(response.text().map_err(|_| NO_MESSAGE)?)
        .await
        .map_err(|_| NO_MESSAGE)?;
    let reply: AutosaveReply =
        serde_json::from_str(&text.as_string().ok_or(NO_MESSAGE)?).map_err(|_| NO_MESSAGE)?;
    // Move each saved field's revision marker forward.
    let doc = leptos::prelude::document();
    for (field, marker) in &reply.saved {
        let selector = format!("input[name=\"{}\"]", RevisionMarker::input_name(field));
        if let Some(input) = doc
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(&marker.to_string());
        }
    }
    if response.ok() && reply.all_saved() {
        Ok(reply.saved_at.unwrap_or_default())
    } else {
        Err(Some(reply.message))
    }
}
