//! `contact`: a contact block, one input per part.

use super::FieldView;
use crate::pages::parts::rich_text::rich_text;
use crate::questionnaire::definition::{ContactPart, ContactPartKind};
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>, parts: &[ContactPart]) -> AnyView {
    let id = v.id().to_string();
    let inputs = parts
        .iter()
        .map(|p| {
            let value = match v.answer {
                Some(Answer::Contact(c)) => c.get(&p.id).cloned().unwrap_or_default(),
                _ => String::new(),
            };
            let input_id = element_id(&id, Some(&p.id));
            let (ty, autocomplete) = match (p.kind, p.id.as_str()) {
                (ContactPartKind::Email, _) => ("email", "email"),
                (ContactPartKind::Phone, _) => ("tel", "tel"),
                (_, "name") => ("text", "name"),
                (_, "title") => ("text", "organization-title"),
                (_, "organization") => ("text", "organization"),
                _ => ("text", "off"),
            };
            let hint_id = format!("{input_id}-hint");
            let hint = p.hint.as_ref().map(|h| view! { <div class="hint" id=hint_id.clone()>{rich_text(h.en())}</div> });
            let described = [p.hint.as_ref().map(|_| hint_id.clone()), v.described_by(Some(&p.id))]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let described = (!described.is_empty()).then_some(described);
            view! {
                <div class="contact__part">
                    <label class="label label--small" for=input_id.clone()>{p.label.en().to_string()}</label>
                    {hint}
                    {v.errors(Some(&p.id))}
                    <input class="input" type=ty autocomplete=autocomplete id=input_id name=format!("{id}.{}", p.id)
                        value=value aria-describedby=described spellcheck=(ty != "text").then_some("false")/>
                </div>
            }
        })
        .collect_view();
    v.fieldset(view! { <div class="contact">{inputs}</div> }.into_any())
}
