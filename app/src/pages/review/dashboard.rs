//! The cycle dashboard: every Member State with its state, progress, last
//! activity, reviewers and open queries; counts per state, progress by
//! region, filters as URL parameters (a view can be shared), and, for
//! administrators, assigning reviewers. Works without JavaScript.

use crate::cycle::CycleState;
use crate::i18n::{tr, tr_args};
use crate::pages::parts::region_chart::region_progress;
use crate::paths::review as paths;
use crate::review::DashboardRow;
use crate::review::{DashboardFilter, Sort, REGIONS};
use leptos::prelude::*;

pub struct DashboardView<'a> {
    pub edition: &'a str,
    pub edition_title: String,
    /// All 193 Member States.
    pub rows: &'a [DashboardRow],
    pub filter: &'a DashboardFilter,
    /// (user id, name) of every reviewer.
    pub reviewers: &'a [(i64, String)],
    /// The viewer may assign reviewers (administrators).
    pub can_assign: bool,
    /// A confirmation after an action.
    pub notice: Option<String>,
}

pub fn dashboard_page(v: &DashboardView<'_>) -> AnyView {
    let e = v.edition;
    let counts = CycleState::ALL
        .iter()
        .map(|s| {
            let n = v.rows.iter().filter(|r| r.state == *s).count();
            let href = format!("{}?state={}", paths::dashboard(e), s.as_str());
            view! {
                <li class="counts__item">
                    <a href=href><span class="counts__number">{n}</span>" "<span class="counts__label">{s.label()}</span></a>
                </li>
            }
        })
        .collect_view();
    let shown = v.filter.apply(v.rows, Sort::Action);
    let f = v.filter;
    let sort = f.sort_or(Sort::Action);
    // Several states at once: check boxes (a GET form repeats `state`).
    let state_boxes = CycleState::ALL
        .iter()
        .map(|s| {
            let id = format!("f-state-{}", s.as_str());
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() name="state" value=s.as_str() checked=f.states.contains(s)/>
                    <label for=id>{s.label()}</label>
                </div>
            }
        })
        .collect_view();
    let region_options = REGIONS
        .iter()
        .map(|r| view! { <option value=r.to_string() selected={f.region.as_deref() == Some(*r)}>{r.to_string()}</option> })
        .collect_view();
    let reviewer_options = v
        .reviewers
        .iter()
        .map(|(id, name)| view! { <option value=id.to_string() selected={f.reviewer == Some(*id)}>{name.clone()}</option> })
        .collect_view();
    let sort_options = Sort::ALL
        .iter()
        .map(|s| view! { <option value=s.as_str() selected={sort == *s}>{s.label()}</option> })
        .collect_view();
    let can_assign = v.can_assign;
    let body = shown
        .iter()
        .map(|r| {
            // Not submitted yet: staff read the draft on its check page.
            let href = if r.version.is_some() {
                paths::submission(e, &r.iso3)
            } else {
                crate::paths::check(e, &r.iso3)
            };
            let detail = match (r.state, r.percent, r.version) {
                (CycleState::InProgress | CycleState::Returned, Some(p), _) => tr_args("review.percent", &[("percent", &p)]),
                (_, _, Some(n)) => tr_args("review.version_n", &[("version", &n)]),
                _ => String::new(),
            };
            let check_id = format!("pick-{}", r.iso3);
            let pick = can_assign.then(|| view! {
                <td>
                    <input class="checkbox" type="checkbox" name="country" value=r.iso3.clone() id=check_id.clone()/>
                    <label class="visually-hidden" for=check_id>{tr_args("review.pick", &[("country", &r.name)])}</label>
                </td>
            });
            let reviewers = if r.reviewers.is_empty() { tr("review.nobody").to_string() } else { r.reviewers.join(", ") };
            view! {
                <tr data-country=r.iso3.clone()>
                    {pick}
                    <th scope="row"><a href=href>{r.name.clone()}</a></th>
                    <td>{r.region.clone()}</td>
                    <td><strong class=r.state.tag_class()>{r.state.label()}</strong>" "<span class="muted">{detail}</span></td>
                    <td>{r.last_activity.clone().unwrap_or_else(|| "–".into())}</td>
                    <td>{reviewers}</td>
                    <td class="numeric">{r.open_queries}{(r.queries_answered > 0).then(|| view! { <span class="muted">" "{tr_args("review.queries_answered", &[("n", &r.queries_answered)])}</span> })}</td>
                </tr>
            }
        })
        .collect_view();
    let pick_head = can_assign.then(|| view! { <th scope="col"><span class="visually-hidden">{tr("review.pick_head")}</span></th> });
    let table = view! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="states-caption">
            <table class="audit dashboard">
                <caption id="states-caption">{tr_args("review.shown", &[("shown", &shown.len()), ("total", &v.rows.len())])}</caption>
                <thead><tr>
                    {pick_head}
                    <th scope="col">{tr("review.member_state")}</th>
                    <th scope="col">{tr("review.region")}</th>
                    <th scope="col">{tr("review.state")}</th>
                    <th scope="col">{tr("review.last_activity")}</th>
                    <th scope="col">{tr("review.reviewers")}</th>
                    <th scope="col">{tr("review.open_queries")}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    };
    let table = if can_assign {
        let options = v
            .reviewers
            .iter()
            .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
            .collect_view();
        view! {
            <form method="post" action=paths::assignments(e)>
                {table}
                <fieldset class="fieldset assign">
                    <legend class="fieldset__legend">{tr("review.assign_title")}</legend>
                    <label class="label" for="assign-reviewer">{tr("review.reviewer")}</label>
                    <select class="select" id="assign-reviewer" name="reviewer">{options}</select>
                    <div class="button-group">
                        <button class="button" type="submit" name="_action" value="assign">{tr("review.assign")}</button>
                        <button class="button button--secondary" type="submit" name="_action" value="unassign">{tr("review.unassign")}</button>
                    </div>
                </fieldset>
            </form>
        }
        .into_any()
    } else {
        table.into_any()
    };
    let export = f.export_query();
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <h1><span class="caption">{v.edition_title.clone()}</span>{tr("review.dashboard_title")}</h1>
        {v.notice.clone().map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> })}
        <ul class="counts" aria-label=tr("review.counts_label")>{counts}</ul>
        {region_progress(v.rows)}
        <h2>{tr("review.states_title")}</h2>
        <form method="get" action=paths::dashboard(e) class="filters">
            <fieldset class="filters__item filters__states">
                <legend class="label">{tr("review.states_filter")}</legend>
                <div class="filters__boxes">{state_boxes}</div>
            </fieldset>
            <div class="filters__item">
                <label class="label" for="f-region">{tr("review.region")}</label>
                <select class="select" id="f-region" name="region"><option value="">{tr("review.any")}</option>{region_options}</select>
            </div>
            <div class="filters__item">
                <label class="label" for="f-reviewer">{tr("review.reviewer")}</label>
                <select class="select" id="f-reviewer" name="reviewer">
                    <option value="">{tr("review.any")}</option>
                    <option value="0" selected={f.reviewer == Some(0)}>{tr("review.nobody")}</option>
                    {reviewer_options}
                </select>
            </div>
            <div class="filters__item">
                <label class="label" for="f-q">{tr("review.search")}</label>
                <input class="input" type="search" id="f-q" name="q" value=f.q.clone() maxlength="100"/>
            </div>
            <div class="filters__item">
                <label class="label" for="f-sort">{tr("review.sort")}</label>
                <select class="select" id="f-sort" name="sort">{sort_options}</select>
            </div>
            <button class="button" type="submit">{tr("review.apply")}</button>
        </form>
        {table}
        <h2>{tr("review.exports_title")}</h2>
        <ul class="exports">
            <li><a href=format!("{}{export}", paths::export(e, "csv"))>{tr("review.export_csv")}</a></li>
            <li><a href=format!("{}{export}", paths::export(e, "xlsx"))>{tr("review.export_xlsx")}</a></li>
            <li><a href=format!("{}{export}", paths::export(e, "json"))>{tr("review.export_json")}</a></li>
            <li><a href=paths::dictionary(e)>{tr("review.export_dictionary")}</a></li>
        </ul>
        <p>{tr("review.api_hint")}" "<a href=crate::paths::API_TOKENS>{tr("api.title")}</a></p>
    }
    .into_any()
}
