//! Stored answers the edition does not describe (a value that no longer
//! reads as its question's type, or a question the file no longer has):
//! never hidden, shown as stored.

use crate::i18n::tr;
use leptos::prelude::*;

/// `items`: (field id, the stored value as JSON).
pub fn undescribed_list(items: &[(String, String)]) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    let rows = items
        .iter()
        .map(|(id, value)| {
            view! { <div class="answer"><dt><code>{id.clone()}</code></dt><dd><code>{value.clone()}</code></dd></div> }
        })
        .collect_view();
    Some(
        view! {
            <section class="undescribed" aria-labelledby="undescribed-title">
                <h2 id="undescribed-title">{tr("version.undescribed_title")}</h2>
                <p>{tr("version.undescribed_body")}</p>
                <dl class="answers">{rows}</dl>
            </section>
        }
        .into_any(),
    )
}
