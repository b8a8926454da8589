//! `named_links`: rows of a name and a web address.

use super::{add_row_button, remove_row_button, FieldView};
use crate::i18n::{tr, tr_args};
use crate::questionnaire::answer_types::named_links::NamedLink;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>, name_label: &str, url_label: &str) -> AnyView {
    let mut rows_data: Vec<NamedLink> = match v.answer {
        Some(Answer::NamedLinks(rows)) => rows.clone(),
        _ => vec![],
    };
    let rows = rows_data.len().max(1) + v.extra_rows;
    rows_data.resize(rows, NamedLink::default());
    let id = v.id().to_string();
    let row_views = rows_data
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let name_part = format!("{i}.name");
            let url_part = format!("{i}.url");
            let name_id = element_id(&id, Some(&name_part));
            let url_id = element_id(&id, Some(&url_part));
            let legend = tr_args("field.row", &[("n", &(i + 1))]);
            let remove = remove_row_button(rows > 1, &id, i, tr_args("field.remove_row", &[("what", &legend), ("n", &"")]).trim().to_string());
            view! {
                <fieldset class="row row--pair">
                    <legend class="label label--small">{legend}</legend>
                    <div class="pair">
                        <div class="pair__item">
                            <label class="label label--small" for=name_id.clone()>{name_label.to_string()}</label>
                            {v.errors(Some(&name_part))}
                            <input class="input" type="text" autocomplete="organization" id=name_id name=format!("{id}.{i}.name")
                                value=row.name aria-describedby=v.described_by(Some(&name_part))/>
                        </div>
                        <div class="pair__item">
                            <label class="label label--small" for=url_id.clone()>{url_label.to_string()}</label>
                            {v.errors(Some(&url_part))}
                            <input class="input" type="url" inputmode="url" spellcheck="false" id=url_id name=format!("{id}.{i}.url")
                                value=row.url aria-describedby=v.described_by(Some(&url_part))/>
                        </div>
                    </div>
                    {remove}
                </fieldset>
            }
        })
        .collect_view();
    v.fieldset(
        view! { <div class="rows">{row_views}</div>{add_row_button(v, tr("field.add_row"))} }
            .into_any(),
    )
}
