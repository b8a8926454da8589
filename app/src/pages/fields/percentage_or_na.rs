//! `percentage_or_na`: a percentage, or "not available" with the reason;
//! a source/year note.

use super::FieldView;
use crate::i18n::tr;
use crate::questionnaire::answer_types::percentage_or_na::{Mode, PercentageOrNa};
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>) -> AnyView {
    let value = match v.answer {
        Some(Answer::PercentageOrNa(p)) => p.clone(),
        _ => PercentageOrNa::default(),
    };
    let id = v.id().to_string();
    let mode = value.effective_mode();
    let percent_id = element_id(&id, Some("percent"));
    let reason_id = element_id(&id, Some("reason"));
    let note_id = element_id(&id, Some("note"));
    let na_id = element_id(&id, Some("na"));
    let first_id = element_id(&id, None);
    view! {
        <div class="radios">
            <div class="radio">
                <input type="radio" id=first_id.clone() name=format!("{id}.mode") value=Mode::Percent.as_str() checked=mode == Some(Mode::Percent)/>
                <label for=first_id>{tr("field.percent")}</label>
                <div class="radio__conditional">
                    <label class="label label--small" for=percent_id.clone()>{tr("field.percent_number")}</label>
                    <div class="hint" id=format!("{percent_id}-hint")>{tr("field.percent_hint")}</div>
                    {v.errors(Some("percent"))}
                    <div class="input-suffix">
                        <input class="input input--short" type="text" inputmode="decimal" id=percent_id.clone() name=format!("{id}.percent")
                            value=value.percent.clone()
                            aria-describedby=format!("{percent_id}-hint {}", v.described_by(Some("percent")).unwrap_or_default()).trim().to_string()/>
                        <span aria-hidden="true">{tr("field.percent_suffix")}</span>
                    </div>
                </div>
            </div>
            <div class="radio">
                <input type="radio" id=na_id.clone() name=format!("{id}.mode") value=Mode::NotAvailable.as_str() checked=mode == Some(Mode::NotAvailable)/>
                <label for=na_id>{tr("field.not_available")}</label>
                <div class="radio__conditional">
                    <label class="label label--small" for=reason_id.clone()>{tr("field.reason")}</label>
                    {v.errors(Some("reason"))}
                    <textarea class="textarea" rows="2" id=reason_id name=format!("{id}.reason")
                        aria-describedby=v.described_by(Some("reason"))
                        inner_html=super::textarea_content(&value.reason)></textarea>
                </div>
            </div>
        </div>
        <div class="field__extra">
            <label class="label label--small" for=note_id.clone()>{tr("field.note")}</label>
            <input class="input" type="text" id=note_id name=format!("{id}.note") value=value.note.clone()/>
        </div>
    }
    .into_any()
    .pipe(|body| v.fieldset(body))
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}
