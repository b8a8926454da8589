//! `date`: three boxes, day, month and year (the GOV.UK date pattern), so
//! no order is guessed and no browser date box rewrites what was typed.
//! A value that is not a date comes back in the boxes as typed.

use super::FieldView;
use crate::i18n::tr;
use crate::questionnaire::answer_types::date::to_parts;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>) -> AnyView {
    let (day, month, year) = match v.answer {
        Some(Answer::Date(s)) => to_parts(s),
        _ => Default::default(),
    };
    let id = v.id().to_string();
    // The first box has the field's own id: the error summary links to it.
    let boxes = [
        ("day", element_id(&id, None), day, "input--2", tr("field.date_day")),
        ("month", element_id(&id, Some("month")), month, "input--short", tr("field.date_month")),
        ("year", element_id(&id, Some("year")), year, "input--4", tr("field.date_year")),
    ]
    .into_iter()
    .map(|(part, box_id, value, width, label)| {
        view! {
            <div class="date-input__item">
                <label class="label label--small" for=box_id.clone()>{label}</label>
                <input class=format!("input {width}") type="text" inputmode="numeric" spellcheck="false"
                    id=box_id name=format!("{id}.{part}") value=value/>
            </div>
        }
    })
    .collect_view();
    v.fieldset(
        view! { <p class="hint">{tr("field.date_hint")}</p><div class="date-input">{boxes}</div> }
            .into_any(),
    )
}
