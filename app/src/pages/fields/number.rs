//! `number`: one text box for figures (`inputmode` brings up the number
//! keyboard on phones; a text box, not `type=number`, so "5 000" and
//! "5,000" arrive as typed and are read by the server), with what it takes
//! said in a hint and its unit after it.

use super::FieldView;
use crate::i18n::{tr, tr_args};
use crate::questionnaire::answer_types::number;
use crate::questionnaire::text::Text;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(
    v: &FieldView<'_>,
    integer: bool,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<&Text>,
) -> AnyView {
    let value = match v.answer {
        Some(Answer::Number(s)) => s.clone(),
        _ => String::new(),
    };
    let id = element_id(v.id(), None);
    let hint_id = format!("{id}-format");
    let shown = |x: f64| number::display(&x.to_string());
    let mut hint = vec![if integer {
        tr("field.number_whole_hint").to_string()
    } else {
        tr("field.number_hint").to_string()
    }];
    match (min, max) {
        (Some(a), Some(b)) => hint.push(tr_args(
            "field.number_range",
            &[("min", &shown(a)), ("max", &shown(b))],
        )),
        (Some(a), None) => hint.push(tr_args("field.number_min", &[("min", &shown(a))])),
        (None, Some(b)) => hint.push(tr_args("field.number_max", &[("max", &shown(b))])),
        (None, None) => {}
    }
    let unit = unit.map(|u| u.en().to_string());
    if let Some(u) = &unit {
        hint.push(tr_args("field.number_unit", &[("unit", u)]));
    }
    let described = format!("{hint_id} {}", v.described_by(None).unwrap_or_default())
        .trim()
        .to_string();
    let mode = if integer { "numeric" } else { "decimal" };
    let control = view! {
        <div class="hint" id=hint_id>{hint.join(" ")}</div>
        <div class="input-suffix">
            <input class="input input--number" type="text" inputmode=mode id=id name=v.id().to_string()
                value=value spellcheck="false" aria-describedby=described/>
            {unit.map(|u| view! { <span aria-hidden="true">{u}</span> })}
        </div>
    };
    v.labelled(control.into_any())
}
