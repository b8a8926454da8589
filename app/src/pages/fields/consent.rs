//! `consent`: one checkbox with its statement.

use super::FieldView;
use crate::pages::parts::rich_text::rich_text;
use crate::questionnaire::answer_types::consent::TICKED;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>) -> AnyView {
    let checked = matches!(v.answer, Some(Answer::Consent(true)));
    let id = element_id(v.id(), None);
    let label = v.field.label.as_ref().map(|l| rich_text(l.en()));
    let class = if v.has_issues() {
        "field field--error"
    } else {
        "field"
    };
    view! {
        <div class=class id=format!("w-{}", v.id())>
            {v.hint()}
            {v.errors(None)}
            <div class="checkbox">
                <input type="checkbox" id=id.clone() name=v.id().to_string() value=TICKED checked=checked
                    aria-describedby=v.described_by(None)/>
                <label for=id>{label}</label>
            </div>
        </div>
    }
    .into_any()
}
