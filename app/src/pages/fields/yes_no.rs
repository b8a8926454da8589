//! `yes_no`: two radio buttons.

use super::FieldView;
use crate::i18n::tr;
use crate::questionnaire::answer_types::yes_no::VALUES;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>) -> AnyView {
    let current = match v.answer {
        Some(Answer::YesNo(s)) => s.clone(),
        _ => String::new(),
    };
    let radios = VALUES
        .iter()
        .enumerate()
        .map(|(i, value)| {
            // The first radio carries the field's id: the error summary links to it.
            let id = if i == 0 { element_id(v.id(), None) } else { element_id(v.id(), Some(value)) };
            let label = if *value == "yes" { tr("field.yes") } else { tr("field.no") };
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name=v.id().to_string() value=*value checked=current == *value
                        data-controls=v.id().to_string()/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    v.fieldset(view! { <div class="radios radios--inline">{radios}</div> }.into_any())
}
