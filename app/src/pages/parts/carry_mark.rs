//! The mark of an answer carried over from the previous edition: "From
//! 2020: confirm or change", confirmed unchanged, or changed; and, when the
//! question's words changed since, a warning to read it again.

use crate::i18n::tr_args;
use crate::questionnaire::carry::{CarryMark, CarryState};
use leptos::prelude::*;

pub fn carry_mark(mark: &CarryMark) -> AnyView {
    let edition = &mark.from;
    let (key, class) = match mark.state {
        CarryState::Unconfirmed => ("carry.tag_unconfirmed", "tag tag--yellow"),
        CarryState::Confirmed => ("carry.tag_confirmed", "tag tag--green"),
        CarryState::Changed => ("carry.tag_changed", "tag tag--blue"),
    };
    let reworded = mark.reworded.then(|| {
        view! { <span class="carry__reworded">{tr_args("carry.reworded", &[("edition", edition)])}</span> }
    });
    view! {
        <span class="carry" data-carry=mark.state.as_str()>
            <strong class=class>{tr_args(key, &[("edition", edition)])}</strong>
            {reworded}
        </span>
    }
    .into_any()
}
