//! The browser side of autosave: posts the form (urlencoded, what the Save
//! button sends) with `Accept: application/json` and a timeout, reads the
//! reply (`AutosaveReply`, the type the server writes), then moves the
//! form's revision markers forward so the next save builds on this one.
//! Also the form as text (kept in the browser while unsent) and back.

use crate::questionnaire::page_post::{AutosaveReply, ConflictReply, RevisionMarker};
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys;
use serde_json::Value;
use wasm_bindgen_futures::JsFuture;

/// A request that has not answered in this time is given up (and retried).
const TIMEOUT_MS: i32 = 12_000;

/// How a save ended.
pub enum Outcome {
    /// Everything sent was written; the server's "saved at" time.
    Saved(String),
    /// Someone else saved some answers first (the rest were written).
    Conflicts(Vec<ConflictReply>),
    /// The server refused with a message (the response is submitted, the
    /// edition closed, the form too large): retrying cannot help.
    Refused(String),
    /// No answer: offline, timed out, or a server error without a message.
    Failed,
}

/// The form as the Save button would send it.
pub fn form_body(form: &web_sys::HtmlFormElement) -> Option<String> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    Some(String::from(params.to_string()))
}

/// The answers of a form body (without revision markers and the action),
/// to compare what the browser kept with what the page shows.
pub fn values_of(body: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(body) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let entries = leptos::web_sys::js_sys::try_iter(&params.entries())
        .ok()
        .flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = leptos::web_sys::js_sys::Array::from(&entry);
        let (k, v) = (
            pair.get(0).as_string().unwrap_or_default(),
            pair.get(1).as_string().unwrap_or_default(),
        );
        if !k.starts_with("_") {
            out.push((k, v));
        }
    }
    out
}

/// Puts a kept form body back into the form's controls (revision markers
/// too, so the server sees what the kept changes were made on).
pub fn fill_form(form: &web_sys::HtmlFormElement, body: &str) {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(body) else {
        return;
    };
    let elements = form.elements();
    for i in 0..elements.length() {
        let Some(el) = elements.item(i) else { continue };
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            let name = input.name();
            if name.is_empty() || name == "_action" {
                continue;
            }
            let all: Vec<String> = params
                .get_all(&name)
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            match input.type_().as_str() {
                "checkbox" | "radio" => input.set_checked(all.contains(&input.value())),
                "submit" | "button" => {}
                _ => input.set_value(all.first().map(String::as_str).unwrap_or("")),
            }
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(&params.get(&area.name()).unwrap_or_default());
        }
    }
}

/// An answer's JSON as a person reads it in one line.
pub fn plain_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain_value).collect::<Vec<_>>().join(", "),
        Value::Object(m) => m
            .values()
            .map(plain_value)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

pub async fn post_form(form: &web_sys::HtmlFormElement) -> Outcome {
    match post(form).await {
        Ok(o) => o,
        Err(()) => Outcome::Failed,
    }
}

async fn post(form: &web_sys::HtmlFormElement) -> Result<Outcome, ()> {
    let data = web_sys::FormData::new_with_form(form).map_err(drop)?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).map_err(drop)?;
    params.set("_action", "autosave");
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    let body: JsValue = params.to_string().into();
    init.set_body(&body);
    let headers = web_sys::Headers::new().map_err(drop)?;
    headers
        .set("Content-Type", "application/x-www-form-urlencoded")
        .map_err(drop)?;
    headers.set("Accept", "application/json").map_err(drop)?;
    init.set_headers(&headers);
    // A request that hangs is given up after TIMEOUT_MS.
    let abort = web_sys::AbortController::new().map_err(drop)?;
    init.set_signal(Some(&abort.signal()));
    let a2 = abort.clone();
    let give_up = Closure::once_into_js(move || a2.abort());
    let win = leptos::prelude::window();
    let timer = win
        .set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), TIMEOUT_MS)
        .map_err(drop)?;
    let request = web_sys::Request::new_with_str_and_init(&form.action(), &init).map_err(drop)?;
    let answered = async {
        let response: web_sys::Response = JsFuture::from(win.fetch_with_request(&request))
            .await
            .map_err(drop)?
            .dyn_into()
            .map_err(drop)?;
        let text = JsFuture::from(response.text().map_err(drop)?)
            .await
            .map_err(drop)?;
        Ok::<_, ()>((response, text))
    }
    .await;
    win.clear_timeout_with_handle(timer);
    let (response, text) = answered?;
    let Some(reply) = text
        .as_string()
        .and_then(|t| serde_json::from_str::<AutosaveReply>(&t).ok())
    else {
        return Err(());
    };
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
    Ok(if response.ok() && reply.all_saved() {
        Outcome::Saved(reply.saved_at.unwrap_or_default())
    } else if !reply.conflicts.is_empty() {
        Outcome::Conflicts(reply.conflicts)
    } else if response.status() >= 500 {
        // The server failed (busy, restarting): try again later.
        return Err(());
    } else {
        match reply.message {
            Some(m) => Outcome::Refused(m),
            None => return Err(()),
        }
    })
}
