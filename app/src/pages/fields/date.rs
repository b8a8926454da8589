//! `date`: a date picker (`<input type=date>` posts YYYY-MM-DD; old
//! browsers show a text box, and the hint gives the format).

use super::FieldView;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>) -> AnyView {
    let value = match v.answer {
        Some(Answer::Date(s)) => s.clone(),
        _ => String::new(),
    };
    let control = view! {
        <input class="input input--date" type="date" id=element_id(v.id(), None) name=v.id().to_string()
            value=value aria-describedby=v.described_by(None)/>
    };
    v.labelled(control.into_any())
}
