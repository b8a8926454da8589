//! The differences between two versions of a Member State's response,
//! answer by answer: changed answers highlighted (with the old value struck
//! through and the new one marked inserted), unchanged sections folded.

use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::paths::review as paths;
use crate::review::DiffSection;
use leptos::prelude::*;

pub struct DiffView<'a> {
    pub edition: &'a str,
    pub state: &'a MemberState,
    pub from: i32,
    pub to: i32,
    /// The page's heading.
    pub title: String,
    /// What the two columns compare ("version 1", "2020, version 1").
    pub from_label: String,
    pub to_label: String,
    /// The earlier edition this country submitted (offered for comparison).
    pub earlier: Option<String>,
    /// Every version number, oldest first.
    pub versions: &'a [i32],
    pub sections: &'a [DiffSection],
}

fn lines(ls: &[String]) -> AnyView {
    if ls.is_empty() {
        view! { <span class="muted">{tr("field.not_answered")}</span> }.into_any()
    } else {
        ls.iter()
            .map(|l| view! { <span class="answer-line">{l.clone()}</span> })
            .collect_view()
            .into_any()
    }
}

pub fn diff_page(v: &DiffView<'_>) -> AnyView {
    let changed: usize = v.sections.iter().map(|s| s.changed).sum();
    let sections = v
        .sections
        .iter()
        .filter(|s| !s.rows.is_empty())
        .map(|s| {
            let rows = s
                .rows
                .iter()
                .map(|r| {
                    let (class, mark) = if r.changed {
                        ("diff__row diff__row--changed", Some(view! { <strong class="tag tag--blue">{tr("review.changed")}</strong> }))
                    } else {
                        ("diff__row", None)
                    };
                    let (before, after) = if r.changed {
                        (
                            view! { <del class="diff__old">{lines(&r.before)}</del> }.into_any(),
                            view! { <ins class="diff__new">{lines(&r.after)}</ins> }.into_any(),
                        )
                    } else {
                        (lines(&r.before), lines(&r.after))
                    };
                    view! {
                        <tr class=class data-field=r.field_id.clone()>
                            <th scope="row">{r.question.clone()}" "{mark}</th>
                            <td>{before}</td>
                            <td>{after}</td>
                        </tr>
                    }
                })
                .collect_view();
            let table = view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=s.title.clone()>
                    <table class="audit diff">
                        <thead><tr>
                            <th scope="col">{tr("review.question")}</th>
                            <th scope="col">{v.from_label.clone()}</th>
                            <th scope="col">{v.to_label.clone()}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any();
            let summary = if s.changed == 0 {
                tr_args("review.section_unchanged", &[("section", &s.title)])
            } else {
                tr_args("review.section_changed", &[("section", &s.title), ("n", &s.changed)])
            };
            view! {
                <details class="diff__section" open={s.changed > 0} data-section=s.slug.clone()>
                    <summary><h2 class="diff__title">{summary}</h2></summary>
                    {table}
                </details>
            }
            .into_any()
        })
        .collect_view()
        .into_any();
    let opts = |selected: i32| {
        v.versions
            .iter()
            .map(|n| view! { <option value=n.to_string() selected={*n == selected}>{tr_args("review.version_n", &[("version", n)])}</option> })
            .collect_view()
    };
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <p class="back"><a href=paths::submission(v.edition, &v.state.iso3)>{tr("review.back_submission")}</a></p>
        <h1><span class="caption">{v.state.name.clone()}</span>{v.title.clone()}</h1>
        <p class="lead" role="status">{tr_args("review.diff_count", &[("n", &changed)])}</p>
        <form method="get" action=paths::diff_form(v.edition, &v.state.iso3) class="filters">
            <div class="filters__item">
                <label class="label" for="diff-from">{tr("review.diff_from")}</label>
                <select class="select" id="diff-from" name="from">{opts(v.from)}</select>
            </div>
            <div class="filters__item">
                <label class="label" for="diff-to">{tr("review.diff_to")}</label>
                <select class="select" id="diff-to" name="to">{opts(v.to)}</select>
            </div>
            <button class="button button--secondary" type="submit">{tr("review.compare")}</button>
        </form>
        {v.earlier.clone().map(|e| {
            let href = format!("{}?from_edition={e}&to={}", paths::diff_form(v.edition, &v.state.iso3), v.to);
            view! { <p><a href=href>{tr_args("review.compare_with_edition", &[("edition", &e)])}</a></p> }
        })}
        {sections}
    }
    .into_any()
}
