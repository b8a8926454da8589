//! A Member State's home page: the sections as a task list with their
//! status, and the overall progress.

use crate::cycle::ResponseStatus;
use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::pages::parts::decisions::decisions_list;
use crate::pages::parts::rich_text::rich_text;
use crate::pages::parts::version_info::VersionInfo;
use crate::paths;
use crate::paths::review as review_paths;
use crate::questionnaire::definition::Page;
use crate::questionnaire::display::field_question;
use crate::questionnaire::progress::{overall, page_status, PageStatus};
use crate::questionnaire::text::plain;
use crate::questionnaire::{Answers, Edition};
use crate::review::{DecisionNote, QueryThread};
use leptos::prelude::*;

/// Where the review of a response stands, as the country sees it.
pub struct HomeReview {
    pub status: ResponseStatus,
    /// Newest first.
    pub decisions: Vec<DecisionNote>,
    pub queries: Vec<QueryThread>,
    /// The edition is closed: nothing can change any more.
    pub closed: bool,
    /// The country's earlier editions, newest first.
    pub earlier: Vec<EarlierEdition>,
    /// The offer to start from the previous edition's answers (only to
    /// those who may edit, while the edition is open).
    pub carry_offer: Option<CarryOffer>,
    /// The edition the draft's carried answers came from, if any.
    pub carried_from: Option<String>,
    /// The fields whose carried answer waits to be confirmed or changed
    /// (their sections say so).
    pub waiting: Vec<String>,
    /// What carrying over just did (copied, dropped, kept), from `?carried=`.
    pub carried_now: Option<(usize, usize, usize)>,
}

/// The country's last version of the previous edition, offered as a start.
pub struct CarryOffer {
    pub from: String,
    pub version: i32,
    pub submitted_at: String,
    /// How many answers would be copied.
    pub answers: usize,
}

fn carry_panel(edition: &Edition, state: &MemberState, r: &HomeReview) -> AnyView {
    let done = r.carried_now.map(|(carried, dropped, kept)| {
        let from = r.carried_from.clone().unwrap_or_default();
        let dropped = (dropped > 0)
            .then(|| view! { <p>{tr_args("carry.done_dropped", &[("count", &dropped), ("edition", &from)])}</p> });
        let kept = (kept > 0).then(|| view! { <p>{tr_args("carry.done_kept", &[("count", &kept)])}</p> });
        view! {
            <div class="notice notice--success" role="status">
                <p>{tr_args("carry.done", &[("count", &carried), ("edition", &from)])}</p>
                {dropped}
                {kept}
            </div>
        }
    });
    let offer = r.carry_offer.as_ref().map(|o| {
        view! {
            <div class="panel panel--carry">
                <h2 class="panel__title">{tr_args("carry.offer_title", &[("edition", &o.from)])}</h2>
                <p>{tr_args("carry.offer_lead", &[("edition", &o.from), ("version", &o.version), ("at", &o.submitted_at), ("count", &o.answers)])}</p>
                <form method="post" action=paths::carry_over(&edition.id, &state.iso3)>
                    <button type="submit" class="button">{tr_args("carry.offer_button", &[("edition", &o.from)])}</button>
                </form>
            </div>
        }
    });
    let waiting = r.carried_from.as_ref().filter(|_| !r.waiting.is_empty()).map(|from| {
        view! {
            <p class="notice notice--warning">
                <a href=paths::check(&edition.id, &state.iso3)>{tr_args("carry.to_confirm", &[("count", &r.waiting.len()), ("edition", from)])}</a>
            </p>
        }
    });
    view! { {done}{offer}{waiting} }.into_any()
}

/// An earlier edition the country answered: its versions and where its
/// review ended.
pub struct EarlierEdition {
    pub id: String,
    pub title: String,
    /// Its response's status, as people read it ("accepted", …).
    pub status: String,
    pub versions: Vec<VersionInfo>,
}

fn earlier_editions(state: &MemberState, earlier: &[EarlierEdition]) -> Option<AnyView> {
    if earlier.is_empty() {
        return None;
    }
    let items = earlier
        .iter()
        .map(|e| {
            let versions = e
                .versions
                .iter()
                .rev()
                .map(|v| {
                    let page = paths::version(&e.id, &state.iso3, v.version);
                    let pdf = paths::version_pdf(&e.id, &state.iso3, v.version);
                    view! {
                        <li>
                            <a href=page>{tr_args("version.latest", &[("version", &v.version), ("at", &v.submitted_at)])}</a>
                            " · "<a href=pdf>{tr("home.earlier_pdf")}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="earlier">
                    <h3><a href=paths::home(&e.id, &state.iso3)>{e.title.clone()}</a></h3>
                    <p>{tr_args("home.earlier_status", &[("status", &e.status)])}</p>
                    <ul class="versions">{versions}</ul>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <h2>{tr("home.earlier_title")}</h2>
            <ul class="earlier-editions">{items}</ul>
        }
        .into_any(),
    )
}

fn review_panel(edition: &Edition, state: &MemberState, r: &HomeReview) -> AnyView {
    let banner = match r.status {
        ResponseStatus::Draft => None,
        ResponseStatus::Submitted => Some(("notice", tr("cycle.locked_submitted"))),
        ResponseStatus::Accepted => Some(("notice notice--success", tr("cycle.locked_accepted"))),
        ResponseStatus::Returned => Some(("notice notice--warning", tr("cycle.returned_banner"))),
    }
    .map(|(class, text)| view! { <div class=class role="status"><p>{text}</p></div> });
    let closed = r.closed.then(|| {
        let text = tr_args("cycle.edition_closed_banner", &[("edition", &edition.id)]);
        view! { <div class="notice" role="status"><p>{text}</p></div> }
    });
    let open: Vec<_> = r.queries.iter().filter(|q| q.is_open()).collect();
    let queries = (!open.is_empty()).then(|| {
        let items = open
            .iter()
            .map(|q| {
                let question = edition
                    .field(&q.field_id)
                    .map(|f| field_question(edition, f))
                    .unwrap_or_else(|| q.field_id.clone());
                let last = q.messages.last().map(|m| m.body.clone()).unwrap_or_default();
                view! {
                    <li class="query-item">
                        <a href=review_paths::country_query(&edition.id, &state.iso3, q.id)>{question}</a>
                        <p class="muted">{last}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{tr_args("review.open_queries_title", &[("n", &open.len())])}</h2>
            <ul class="query-list">{items}</ul>
        }
    });
    view! { {closed}{banner}{queries}{decisions_list(&r.decisions)} }.into_any()
}

/// `versions`: the submitted versions, oldest first; `submitted`: whether
/// the latest answers are the latest version (no draft changes since).
pub fn country_home(
    edition: &Edition,
    state: &MemberState,
    answers: &Answers,
    versions: &[VersionInfo],
    submitted: bool,
    review: &HomeReview,
) -> AnyView {
    let (answered, total) = overall(edition, answers);
    let statuses: Vec<(Page<'_>, PageStatus)> = edition
        .pages()
        .map(|p| (p, page_status(p, answers)))
        .collect();
    let done = statuses
        .iter()
        .filter(|(_, s)| *s == PageStatus::Completed)
        .count();
    let tasks = statuses
        .iter()
        .map(|(page, status)| {
            let waits = page.fields().any(|f| review.waiting.contains(&f.id));
            let (label, class) = match status {
                _ if waits => (tr("home.status_to_confirm"), "tag tag--yellow"),
                PageStatus::NotStarted => (tr("home.status_not_started"), "tag tag--grey"),
                PageStatus::InProgress => (tr("home.status_in_progress"), "tag tag--blue"),
                PageStatus::Completed => (tr("home.status_completed"), "tag tag--green"),
                PageStatus::HasProblems => (tr("home.status_problems"), "tag tag--red"),
            };
            let href = paths::page(&edition.id, &state.iso3, page.slug());
            let status_id = format!("status-{}", page.slug());
            let title = match page {
                Page::Intro(_) => tr("home.intro_title").to_string().into_any(),
                Page::Section(s) => {
                    view! { {format!("{}. ", s.number)}{rich_text(&plain(s.title.en()))} }
                        .into_any()
                }
            };
            view! {
                <li class="task">
                    <a class="task__name" href=href aria-describedby=status_id.clone()>{title}</a>
                    <strong class=class id=status_id>{label}</strong>
                </li>
            }
        })
        .collect_view();
    let heading = tr_args(
        "home.title",
        &[("country", &state.name), ("edition", &edition.id)],
    );
    let versions_view = (!versions.is_empty()).then(|| {
        let latest = versions.last().map(|v| v.version).unwrap_or(0);
        let draft_note = (!submitted).then(|| view! { <p class="notice">{tr_args("version.draft_after", &[("version", &latest)])}</p> });
        let items = versions
            .iter()
            .rev()
            .map(|v| {
                let href = paths::version(&edition.id, &state.iso3, v.version);
                view! { <li><a href=href>{tr_args("version.latest", &[("version", &v.version), ("at", &v.submitted_at)])}</a></li> }
            })
            .collect_view();
        view! {
            <h2>{tr("version.versions")}</h2>
            {draft_note}
            <ul class="versions">{items}</ul>
        }
    });
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <h1><span class="caption">{plain(edition.title.en())}</span>{heading}</h1>
        {review_panel(edition, state, review)}
        {carry_panel(edition, state, review)}
        <p class="lead">{tr_args("home.progress", &[("answered", &answered), ("total", &total)])}</p>
        {versions_view}
        <p>{tr_args("home.sections_done", &[("done", &done), ("total", &statuses.len())])}</p>
        <h2>{tr("home.tasks")}</h2>
        <ol class="task-list">{tasks}</ol>
        <p><a class="button" href=paths::check(&edition.id, &state.iso3)>{tr("home.check")}</a></p>
        <p><a href=paths::response_json(&edition.id, &state.iso3) download=format!("msq-{}-{}.json", edition.id, state.iso3)>{if review.status.editable() { tr("home.download_json") } else { tr("home.download_json_locked") }}</a></p>
        <p><a href=paths::audit(&edition.id, &state.iso3)>{tr("audit.title")}</a></p>
        {earlier_editions(state, &review.earlier)}
        <p><a href="/">{tr("home.change_country")}</a></p>
    }
    .into_any()
}
