//! The audit trail of a Member State: every answer change (who, when, old
//! value → new value), sign-ins, submissions and downloads; latest first.

use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::paths;
use leptos::prelude::*;

/// One line of the trail.
#[derive(Clone, Debug)]
pub struct AuditRow {
    /// "2026-11-25 14:05:09 UTC".
    pub at: String,
    pub who: String,
    /// What happened, for people ("Answer changed", "Signed in", …).
    pub what: String,
    /// The question (field id) of an answer change.
    pub question: String,
    pub old_value: String,
    pub new_value: String,
    pub detail: String,
}

/// Where a page of a trail stands: its number and whether newer and older
/// pages exist.
#[derive(Clone, Copy, Debug)]
pub struct Pager {
    pub page: u64,
    pub newer: bool,
    pub older: bool,
}

/// Links to the newer and older pages of a trail.
fn pager_links(p: Pager) -> AnyView {
    let newer = p.newer.then(|| {
        view! { <a href=format!("?page={}", p.page - 1)>{tr("audit.newer")}</a> }
    });
    let older = p.older.then(|| {
        view! { <a href=format!("?page={}", p.page + 1)>{tr("audit.older")}</a> }
    });
    view! { <nav class="pager" aria-label=tr("audit.pages")>{newer}" "{older}</nav> }.into_any()
}

/// The table of a trail.
fn table(rows: &[AuditRow]) -> AnyView {
    let body = rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.at.clone()}</td>
                    <td>{r.who.clone()}</td>
                    <td>{r.what.clone()}</td>
                    <td>{r.question.clone()}</td>
                    <td class="audit__value">{r.old_value.clone()}</td>
                    <td class="audit__value">{r.new_value.clone()}</td>
                    <td>{r.detail.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    crate::pages::parts::table::data_table(
        "audit-caption",
        tr("audit.caption"),
        &[
            tr("audit.at"),
            tr("audit.who"),
            tr("audit.what"),
            tr("audit.question"),
            tr("audit.old"),
            tr("audit.new"),
            tr("audit.detail"),
        ],
        body.into_any(),
    )
}

pub fn audit_page(
    edition: &str,
    state: &MemberState,
    rows: &[AuditRow],
    total: usize,
    pager: Pager,
) -> AnyView {
    let csv = format!("{}.csv", paths::audit(edition, &state.iso3));
    view! {
        <p class="back"><a href=paths::home(edition, &state.iso3)>{tr("section.back_home")}</a></p>
        <h1><span class="caption">{state.name.clone()}</span>{tr("audit.title")}</h1>
        <p class="lead">{tr_args("audit.lead", &[("shown", &rows.len()), ("total", &total)])}</p>
        <p><a href=csv download=format!("msq-{edition}-{}-audit.csv", state.iso3)>{tr("audit.download")}</a></p>
        {table(rows)}
        {pager_links(pager)}
    }
    .into_any()
}

/// The events of UN DESA's own accounts (no Member State): sign-ins,
/// invitations of UN DESA roles, account changes.
pub fn staff_audit_page(rows: &[AuditRow], total: usize, pager: Pager) -> AnyView {
    view! {
        <p class="back"><a href="/">{tr("section.back_home")}</a></p>
        <h1>{tr("audit.staff_title")}</h1>
        <p class="lead">{tr_args("audit.staff_lead", &[("shown", &rows.len()), ("total", &total)])}</p>
        <p><a href="/admin/audit.csv" download="msq-un-desa-audit.csv">{tr("audit.download")}</a></p>
        {table(rows)}
        {pager_links(pager)}
    }
    .into_any()
}
