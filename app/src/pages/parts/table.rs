//! A data table that scrolls sideways on narrow screens, with its caption
//! and column headers (audit trails, the account list).

use leptos::prelude::*;

pub fn data_table(id: &str, caption: &str, columns: &[&str], body: AnyView) -> AnyView {
    let heads = columns
        .iter()
        .map(|c| view! { <th scope="col">{c.to_string()}</th> })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby=id.to_string()>
            <table class="audit">
                <caption id=id.to_string()>{caption.to_string()}</caption>
                <thead><tr>{heads}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}
