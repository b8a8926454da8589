//! The browser side of autosave's exchange with the server: the form's
//! answers field by field, the body of a save (only the fields changed
//! since the last save, with their revision markers, `_fields` naming
//! them), the POST with `Accept: application/json` and a timeout, and the
//! reply (`AutosaveReply`, read by the browser's JSON parser: `BrowserReply`), after which
//! the form's revision markers move forward so the next save builds on it.
//! Also the whole form as text (kept in the browser while unsent) and back.

use super::dom;
use crate::questionnaire::page_post::{BrowserReply, ConflictReply, RevisionMarker, FIELDS_PARAM};
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{self, Element, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};
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

/// The form's answers by field (the `w-{field}` wrapper of each control),
/// in page order: (field, [(name, value)]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldValues(Vec<(String, Vec<(String, String)>)>);

impl FieldValues {
    fn get(&self, field: &str) -> Option<&Vec<(String, String)>> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, v)| v)
    }
}

pub fn field_values(form: &HtmlFormElement) -> FieldValues {
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let elements = form.elements();
    for i in 0..elements.length() {
        let Some(el) = elements.item(i) else { continue };
        let Some((name, value)) = answer_of(&el) else {
            continue;
        };
        let field = el
            .closest("[id^=\"w-\"]")
            .ok()
            .flatten()
            .map(|w| w.id()[2..].to_string())
            .unwrap_or_default();
        match out.iter_mut().find(|(f, _)| *f == field) {
            Some((_, values)) => values.push((name, value)),
            None => out.push((field, vec![(name, value)])),
        }
    }
    FieldValues(out)
}

/// A control's name and value as the form would send it (None: not sent,
/// or not an answer: buttons, revision markers).
fn answer_of(el: &Element) -> Option<(String, String)> {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        let name = input.name();
        let sent = match input.type_().as_str() {
            "checkbox" | "radio" => input.checked(),
            "submit" | "button" | "reset" | "image" | "file" => false,
            _ => true,
        };
        (sent && !name.is_empty() && !name.starts_with('_')).then(|| (name, input.value()))
    } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        let name = area.name();
        (!name.is_empty()).then(|| (name, area.value()))
    } else {
        None
    }
}

/// The body of a save: the fields whose answers differ from `saved`, with
/// their revision markers and `_fields` naming them (a field whose
/// controls were all emptied is named, so the server clears it).
pub fn changes_body(form: &HtmlFormElement, saved: &FieldValues, now: &FieldValues) -> String {
    let params = web_sys::UrlSearchParams::new().expect("URLSearchParams");
    params.append("_action", "autosave");
    let mut fields: Vec<&str> = Vec::new();
    for (field, values) in &now.0 {
        if saved.get(field) != Some(values) {
            fields.push(field);
        }
    }
    // Fields with nothing sent now (every box unticked) but something before.
    for (field, _) in &saved.0 {
        if now.get(field).is_none() {
            fields.push(field);
        }
    }
    // A control outside any field's wrapper: send the whole form.
    if fields.contains(&"") {
        let body = form_body(form).unwrap_or_default();
        let all = web_sys::UrlSearchParams::new_with_str(&body).expect("URLSearchParams");
        all.set("_action", "autosave");
        return String::from(all.to_string());
    }
    params.append(FIELDS_PARAM, &fields.join(" "));
    for field in &fields {
        for (name, value) in now.get(field).into_iter().flatten() {
            params.append(name, value);
        }
        let marker = RevisionMarker::input_name(field);
        if let Some(input) = form_input(form, &marker) {
            params.append(&marker, &input.value());
        }
    }
    String::from(params.to_string())
}

fn form_input(form: &HtmlFormElement, name: &str) -> Option<HtmlInputElement> {
    dom::find(form, &format!("input[name=\"{name}\"]"))?
        .dyn_into()
        .ok()
}

/// The whole form as the Save button would send it.
pub fn form_body(form: &HtmlFormElement) -> Option<String> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    Some(String::from(params.to_string()))
}

/// The answers alone, as text (no revision markers, no action): what the
/// browser kept is compared with the page by it.
pub fn answers_text(values: &FieldValues) -> String {
    let params = web_sys::UrlSearchParams::new().expect("URLSearchParams");
    for (name, value) in values.0.iter().flat_map(|(_, v)| v) {
        params.append(name, value);
    }
    String::from(params.to_string())
}

/// Puts a kept form body back into the form's controls (revision markers
/// too, so the server sees what the kept changes were made on).
pub fn fill_form(form: &HtmlFormElement, body: &str) {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(body) else {
        return;
    };
    let elements = form.elements();
    for i in 0..elements.length() {
        let Some(el) = elements.item(i) else { continue };
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
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
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(&params.get(&area.name()).unwrap_or_default());
        }
    }
}

/// Posts a save and reads how it ended.
pub async fn post(form: &HtmlFormElement, body: String) -> Outcome {
    exchange(form, body).await.unwrap_or(Outcome::Failed)
}

async fn exchange(form: &HtmlFormElement, body: String) -> Result<Outcome, ()> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from(body));
    let headers = web_sys::Headers::new().map_err(drop)?;
    headers
        .set("Content-Type", "application/x-www-form-urlencoded")
        .map_err(drop)?;
    headers.set("Accept", "application/json").map_err(drop)?;
    init.set_headers(&headers);
    // A request that hangs is given up after TIMEOUT_MS.
    let abort = web_sys::AbortController::new().map_err(drop)?;
    init.set_signal(Some(&abort.signal()));
    let timer = dom::after(TIMEOUT_MS, move || abort.abort()).ok_or(())?;
    let request = web_sys::Request::new_with_str_and_init(&form.action(), &init).map_err(drop)?;
    let answered = async {
        let response: web_sys::Response =
            JsFuture::from(leptos::prelude::window().fetch_with_request(&request))
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
    dom::cancel(timer);
    let (response, text) = answered?;
    let reply = text
        .as_string()
        .and_then(|t| BrowserReply::parse(&t))
        .ok_or(())?;
    // Move each saved field's revision marker forward.
    for (field, marker) in &reply.saved {
        if let Some(input) = form_input(form, &RevisionMarker::input_name(field)) {
            input.set_value(marker);
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
