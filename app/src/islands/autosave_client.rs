//! The browser side of autosave: posts the form (urlencoded, exactly what
//! the Save button sends) with `Accept: application/json`, then moves the
//! form's revision markers forward so the next save builds on this one.

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
    let reply: serde_json::Value =
        serde_json::from_str(&text.as_string().ok_or(NO_MESSAGE)?).map_err(|_| NO_MESSAGE)?;
    // Move each saved field's revision marker forward.
    if let Some(saved) = reply.get("saved").and_then(|s| s.as_object()) {
        let doc = leptos::prelude::document();
        for (field, marker) in saved {
            let Some(marker) = marker.as_str() else {
                continue;
            };
            if let Some(input) = doc
                .query_selector(&format!("input[name=\"_base.{field}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_value(marker);
            }
        }
    }
    let ok = response.ok()
        && reply
            .get("conflicts")
            .and_then(|c| c.as_array())
            .is_none_or(|c| c.is_empty());
    if ok {
        Ok(reply
            .get("saved_at")
            .and_then(|s| s.as_str())
            .unwrap_or("")
            .to_string())
    } else {
        Err(Some(
            reply
                .get("message")
                .and_then(|m| m.as_str())
                .map(str::to_string),
        ))
    }
}
