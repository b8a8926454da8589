//! `url_list`: one web address per row, "Add another URL", and (with
//! `allow_none`) an explicit "None".

use super::{add_row_button, remove_row_button, FieldView};
use crate::i18n::{tr, tr_args};
use crate::questionnaire::answer_types::url_list::UrlList;
use crate::questionnaire::validation::element_id;
use crate::questionnaire::Answer;
use leptos::prelude::*;

pub fn render(v: &FieldView<'_>, allow_none: bool) -> AnyView {
    let (none, mut urls) = match v.answer {
        Some(Answer::UrlList(UrlList::None)) => (true, vec![]),
        Some(Answer::UrlList(UrlList::Urls(u))) => (false, u.clone()),
        _ => (false, vec![]),
    };
    let rows = urls.len().max(1) + v.extra_rows;
    urls.resize(rows, String::new());
    let id = v.id().to_string();
    let row_views = urls
        .into_iter()
        .enumerate()
        .map(|(i, url)| {
            let part = i.to_string();
            let input_id = element_id(&id, Some(&part));
            let label = tr_args("field.url", &[("n", &(i + 1))]);
            let remove = remove_row_button(rows > 1, &id, i, tr_args("field.remove_row", &[("what", &tr("field.url_word")), ("n", &(i + 1))]));
            let errors = v.errors(Some(&part));
            let described = v.described_by(Some(&part));
            view! {
                <div class="row">
                    <label class="label label--small" for=input_id.clone()>{label}</label>
                    {errors}
                    <div class="row__controls">
                        <input class="input" type="url" inputmode="url" autocomplete="url" spellcheck="false"
                            id=input_id name=format!("{id}.{i}") value=url aria-describedby=described/>
                        {remove}
                    </div>
                </div>
            }
        })
        .collect_view();
    let none_box = allow_none.then(|| {
        let none_id = element_id(&id, Some("none"));
        view! {
            <div class="checkbox checkbox--separated">
                <input type="checkbox" id=none_id.clone() name=format!("{id}.none") value="yes" checked=none/>
                <label for=none_id>{tr("field.none")}</label>
            </div>
        }
    });
    v.fieldset(
        view! {
            <div class="rows">{row_views}</div>
            {add_row_button(v, tr("field.add_url"))}
            {none_box}
        }
        .into_any(),
    )
}
