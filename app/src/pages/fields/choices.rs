//! `choices`: checkboxes; an "Other:" option has a text box.

use super::FieldView;
use crate::i18n::tr;
use crate::pages::parts::rich_text::rich_text;
use crate::questionnaire::answer_types::choices::Choices;
use crate::questionnaire::definition::ChoiceOption;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>, options: &[ChoiceOption]) -> AnyView {
    let empty = Choices::default();
    let value = match v.answer {
        Some(Answer::Choices(c)) => c,
        _ => &empty,
    };
    let id = v.id().to_string();
    let boxes = options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            // Options by their own ids ("option-ai"): an option called
            // "other" must not take the id of the "Please specify" box.
            let box_id = if i == 0 { element_id(&id, None) } else { element_id(&id, Some(&format!("option-{}", o.id))) };
            let other = o.other.then(|| {
                let other_id = element_id(&id, Some("other"));
                view! {
                    <div class="checkbox__other">
                        <label class="label label--small" for=other_id.clone()>{tr("field.other_text")}</label>
                        {v.errors(Some("other"))}
                        <input class="input" type="text" id=other_id name=format!("{id}.other") value=value.other.clone()
                            aria-describedby=v.described_by(Some("other"))/>
                    </div>
                }
            });
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=box_id.clone() name=id.clone() value=o.id.clone() checked=value.is_selected(&o.id)/>
                    <label for=box_id>{rich_text(o.label.en())}</label>
                    {other}
                </div>
            }
        })
        .collect_view();
    v.fieldset(view! { <div class="checkboxes">{boxes}</div> }.into_any())
}
