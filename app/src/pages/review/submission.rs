//! A submission under review: the chosen version laid out by section like
//! "check your answers", each answer with its query threads and (for the
//! reviewers who may act) a form to raise a query; the decisions so far;
//! and the actions: return for revision, accept, reopen.

use crate::cycle::{CycleState, ResponseStatus};
use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::pages::parts::carry_mark::carry_mark;
use crate::pages::parts::decisions::decisions_list;
use crate::pages::parts::linked_text::linked_text;
use crate::pages::parts::thread::thread_view;
use crate::pages::parts::version_info::VersionInfo;
use crate::paths::review as paths;
use crate::questionnaire::answer::is_asked;
use crate::questionnaire::carry::CarryMarks;
use crate::questionnaire::display::answer_lines;
use crate::questionnaire::display::field_question;
use crate::questionnaire::display::page_title;
use crate::questionnaire::{Answers, Edition};
use crate::review::{DecisionNote, QueryThread};
use leptos::prelude::*;

pub struct ReviewView<'a> {
    pub edition: &'a Edition,
    pub state: &'a MemberState,
    pub status: ResponseStatus,
    pub cycle: CycleState,
    /// Every version, oldest first.
    pub versions: &'a [VersionInfo],
    /// The version shown.
    pub version: &'a VersionInfo,
    pub answers: &'a Answers,
    /// Stored answers this edition does not describe: (id, JSON).
    pub undescribed: &'a [(String, String)],
    /// Whether each answer was carried over from the previous edition and
    /// then confirmed unchanged or changed.
    pub carried: &'a CarryMarks,
    pub threads: &'a [QueryThread],
    /// Newest first.
    pub decisions: &'a [DecisionNote],
    /// The viewer may raise queries and decide (assigned reviewer, admin).
    pub can_act: bool,
    /// The viewer may reopen an accepted response (administrators).
    pub can_reopen: bool,
    pub reviewers: &'a [String],
    pub notice: Option<String>,
    /// The previous edition, when the country submitted it (offered for
    /// comparison).
    pub earlier: Option<String>,
}

fn actions(v: &ReviewView<'_>) -> Option<AnyView> {
    let e = &v.edition.id;
    let iso3 = &v.state.iso3;
    let action = paths::decide(e, iso3);
    let latest = v.versions.last().map_or(0, |x| x.version);
    // Accepting with open queries asks first: they are resolved with it
    // (decision 0015).
    let open = v.threads.iter().filter(|t| t.is_open()).count();
    let resolve_open = (open > 0).then(|| {
        view! {
            <p class="warning-text"><strong>{tr_args("review.accept_open_queries", &[("count", &open)])}</strong></p>
            <div class="checkbox">
                <input type="checkbox" id="resolve-open" name="resolve_open" value="yes" required=true/>
                <label for="resolve-open">{tr("review.accept_resolve")}</label>
            </div>
        }
    });
    match v.status {
        ResponseStatus::Submitted if v.can_act => Some(
            view! {
                <h2>{tr("review.decide_title")}</h2>
                <div class="decide">
                    <form method="post" action=action.clone() class="decide__form">
                        <input type="hidden" name="version" value=latest.to_string()/>
                        <label class="label" for="return-message">{tr("review.return_label")}</label>
                        <p class="hint">{tr("review.return_hint")}</p>
                        <textarea class="textarea" id="return-message" name="message" rows="4" maxlength="5000" required></textarea>
                        <button class="button button--warning" type="submit" name="decision" value="returned">{tr("review.return")}</button>
                    </form>
                    <form method="post" action=action class="decide__form">
                        <input type="hidden" name="version" value=latest.to_string()/>
                        <label class="label" for="accept-message">{tr("review.accept_label")}</label>
                        <textarea class="textarea" id="accept-message" name="message" rows="2" maxlength="5000"></textarea>
                        {resolve_open}
                        <button class="button" type="submit" name="decision" value="accepted">{tr_args("review.accept", &[("version", &latest)])}</button>
                    </form>
                </div>
            }
            .into_any(),
        ),
        // Why there is nothing to do here.
        ResponseStatus::Submitted => Some(
            view! { <p class="notice">{tr_args("review.not_yours", &[("country", &v.state.name)])}</p> }.into_any(),
        ),
        ResponseStatus::Accepted if v.can_reopen => Some(
            view! {
                <h2>{tr("review.reopen_title")}</h2>
                <form method="post" action=action class="decide__form">
                    <input type="hidden" name="version" value=latest.to_string()/>
                    <label class="label" for="reopen-message">{tr("review.reopen_label")}</label>
                    <textarea class="textarea" id="reopen-message" name="message" rows="3" maxlength="5000" required></textarea>
                    <button class="button button--warning" type="submit" name="decision" value="reopened">{tr("review.reopen")}</button>
                </form>
            }
            .into_any(),
        ),
        _ => None,
    }
}

pub fn review_page(v: &ReviewView<'_>) -> AnyView {
    let e = &v.edition.id;
    let iso3 = &v.state.iso3;
    let may_query = v.can_act && v.status != ResponseStatus::Accepted;
    let sections = v
        .edition
        .pages()
        .map(|page| {
            let rows = page
                .fields()
                .filter(|f| is_asked(f, v.answers) || v.threads.iter().any(|t| t.field_id == f.id))
                .map(|f| {
                    let question = field_question(v.edition, f);
                    let value = match v.answers.get(&f.id) {
                        Some(a) => answer_lines(f, a).into_iter().map(|l| view! { <span class="answer-line">{linked_text(&l)}</span> }).collect_view().into_any(),
                        None => view! { <span class="muted">{tr("field.not_answered")}</span> }.into_any(),
                    };
                    let carried = v.carried.get(&f.id).map(carry_mark);
                    let threads = v
                        .threads
                        .iter()
                        .filter(|t| t.field_id == f.id)
                        .map(|t| thread_view(t, v.can_act.then(|| paths::review_query(e, iso3, t.id))))
                        .collect_view();
                    let raise_id = format!("raise-{}", f.id.replace('.', "-"));
                    let raise = may_query.then(|| view! {
                        <details class="raise">
                            <summary>{tr("review.raise")}<span class="visually-hidden">" "{tr_args("review.raise_hidden", &[("what", &question)])}</span></summary>
                            <form method="post" action=paths::raise_query(e, iso3)>
                                <input type="hidden" name="field" value=f.id.clone()/>
                                <input type="hidden" name="version" value=v.version.version.to_string()/>
                                <label class="label" for=raise_id.clone()>{tr("review.raise_label")}</label>
                                <textarea class="textarea" id=raise_id name="message" rows="3" maxlength="5000" required></textarea>
                                <button class="button" type="submit">{tr("review.raise_button")}</button>
                            </form>
                        </details>
                    });
                    view! {
                        <div class="summary__row" id=format!("answer-{}", f.id.replace('.', "-"))>
                            <dt class="summary__key">{question.clone()}</dt>
                            <dd class="summary__value">{carried}{value}{threads}{raise}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h2>{page_title(page)}</h2>
                <dl class="summary">{rows}</dl>
            }
        })
        .collect_view();
    let version_links = v
        .versions
        .iter()
        .rev()
        .map(|x| {
            let current = x.version == v.version.version;
            view! {
                <li>
                    <a href=paths::submission_version(e, iso3, x.version) aria-current=current.then_some("page")>
                        {tr_args("version.latest", &[("version", &x.version), ("at", &x.submitted_at)])}
                    </a>
                </li>
            }
        })
        .collect_view();
    let compare = (v.versions.len() > 1).then(|| {
        let opts = |selected: i32| {
            v.versions
                .iter()
                .map(|x| view! { <option value=x.version.to_string() selected={x.version == selected}>{tr_args("review.version_n", &[("version", &x.version)])}</option> })
                .collect_view()
        };
        let last = v.versions.last().map_or(1, |x| x.version);
        view! {
            <form method="get" action=paths::diff_form(e, iso3) class="filters">
                <div class="filters__item">
                    <label class="label" for="diff-from">{tr("review.diff_from")}</label>
                    <select class="select" id="diff-from" name="from">{opts(last - 1)}</select>
                </div>
                <div class="filters__item">
                    <label class="label" for="diff-to">{tr("review.diff_to")}</label>
                    <select class="select" id="diff-to" name="to">{opts(last)}</select>
                </div>
                <button class="button button--secondary" type="submit">{tr("review.compare")}</button>
            </form>
        }
    });
    let open = v.threads.iter().filter(|t| t.is_open()).count();
    let reviewers = if v.reviewers.is_empty() {
        tr("review.nobody").to_string()
    } else {
        v.reviewers.join(", ")
    };
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <p class="back"><a href=paths::dashboard(e)>{tr("review.back_dashboard")}</a></p>
        <h1><span class="caption">{tr("review.review_caption")}</span>{tr_args("review.review_title", &[("country", &v.state.name), ("version", &v.version.version)])}</h1>
        {v.notice.clone().map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> })}
        <p class="lead"><strong class=v.cycle.tag_class()>{v.cycle.label()}</strong>" "{tr_args("review.open_count", &[("n", &open)])}</p>
        <p>{tr_args("review.assigned", &[("names", &reviewers)])}</p>
        <p>{tr_args("review.version_meta", &[("by", &v.version.submitted_by), ("at", &v.version.submitted_at)])}</p>
        <ul class="versions">{version_links}</ul>
        {compare}
        {v.earlier.clone().map(|earlier| {
            let href = format!("{}?from_edition={earlier}&to={}", paths::diff_form(e, iso3), v.version.version);
            view! { <p><a href=href>{tr_args("review.compare_with_edition", &[("edition", &earlier)])}</a></p> }
        })}
        <p><a href=crate::paths::version_pdf(e, iso3, v.version.version)>{tr("review.pdf")}</a>" · "<a href=crate::paths::audit(e, iso3)>{tr("audit.title")}</a></p>
        {decisions_list(v.decisions)}
        {actions(v)}
        {sections}
        {crate::pages::parts::undescribed::undescribed_list(v.undescribed)}
    }
    .into_any()
}
