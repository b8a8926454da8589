//! A submission under review: a summary first (open queries with links to
//! them, what changed since the previous version, the decisions so far),
//! then the chosen version laid out by section like "check your answers",
//! each answer with its query threads (resolved ones folded) and, for the
//! reviewers who may act, a form to raise a query; and the actions: return
//! for revision, accept (after a confirmation page), reopen. A refused
//! action comes back here with what was typed and why.

use crate::cycle::{CycleState, ResponseStatus};
use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::pages::parts::carry_mark::carry_mark;
use crate::pages::parts::decisions::decision_items;
use crate::pages::parts::linked_text::linked_text;
use crate::pages::parts::thread::{thread_view, KeptReply};
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
    /// The answers changed since the version before the one shown.
    pub changes: Option<Changes>,
    /// A refused form: what was typed, and why.
    pub typed: Option<FormTyped>,
}

/// The answers changed between two versions (field ids).
#[derive(Clone, Debug, Default)]
pub struct Changes {
    pub from: i32,
    pub fields: Vec<String>,
}

/// Which form of the page a refused message belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum TypedFor {
    /// A decision: returned, accepted or reopened.
    Decision(String),
    /// A new query on this field.
    Raise(String),
    /// A reply in this query's thread.
    Reply(i64),
}

/// A form as it was sent, refused: shown again with the message and why.
#[derive(Clone, Debug)]
pub struct FormTyped {
    pub form: TypedFor,
    pub message: String,
    pub error: String,
}

impl FormTyped {
    /// The id of the message box, for the error summary's link.
    fn box_id(&self) -> String {
        match &self.form {
            TypedFor::Decision(d) => format!("{d}-message"),
            TypedFor::Raise(field) => raise_id(field),
            TypedFor::Reply(id) => format!("reply-{id}"),
        }
    }
}

fn raise_id(field: &str) -> String {
    format!("raise-{}", field.replace('.', "-"))
}

/// A decision's message box, with what was typed and the error if it was
/// this form that was refused.
fn message_box(
    v: &ReviewView<'_>,
    decision: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    rows: u8,
    required: bool,
) -> AnyView {
    let id = format!("{decision}-message");
    let typed = v
        .typed
        .as_ref()
        .filter(|t| t.form == TypedFor::Decision(decision.to_string()));
    let error = typed.map(|t| t.error.clone());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match (hint.is_some(), error.is_some()) {
        (true, true) => Some(format!("{hint_id} {error_id}")),
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(error_id.clone()),
        (false, false) => None,
    };
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    view! {
        <div class=class>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {error.map(|e| view! { <p class="error-message" id=error_id><span class="visually-hidden">{tr("errors.error_prefix")}" "</span>{e}</p> })}
            <textarea class="textarea" id=id name="message" rows=rows.to_string() maxlength="5000" required=required aria-describedby=described>{typed.map(|t| t.message.clone()).unwrap_or_default()}</textarea>
        </div>
    }
    .into_any()
}

fn actions(v: &ReviewView<'_>) -> Option<AnyView> {
    let e = &v.edition.id;
    let iso3 = &v.state.iso3;
    let action = paths::decide(e, iso3);
    let latest = v.versions.last().map_or(0, |x| x.version);
    match v.status {
        ResponseStatus::Submitted if v.can_act => Some(
            view! {
                <h2>{tr("review.decide_title")}</h2>
                <div class="decide">
                    <form method="post" action=action.clone() class="decide__form">
                        <input type="hidden" name="version" value=latest.to_string()/>
                        {message_box(v, "returned", tr("review.return_label"), Some(tr("review.return_hint")), 4, true)}
                        <button class="button button--warning" type="submit" name="decision" value="returned">{tr("review.return")}</button>
                    </form>
                    // Accepting goes through a confirmation page (which also
                    // says what becomes of open queries: decision 0015).
                    <form method="post" action=action class="decide__form">
                        <input type="hidden" name="version" value=latest.to_string()/>
                        {message_box(v, "accepted", tr("review.accept_label"), None, 2, false)}
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
                    {message_box(v, "reopened", tr("review.reopen_label"), None, 3, true)}
                    <button class="button button--warning" type="submit" name="decision" value="reopened">{tr("review.reopen")}</button>
                </form>
            }
            .into_any(),
        ),
        _ => None,
    }
}

/// The summary at the top: open queries (links to them), what changed
/// since the previous version (links to the answers), the decisions.
fn summary(v: &ReviewView<'_>) -> AnyView {
    let e = &v.edition.id;
    let iso3 = &v.state.iso3;
    let question_of = |field_id: &str| {
        v.edition
            .field(field_id)
            .map_or_else(|| field_id.to_string(), |f| field_question(v.edition, f))
    };
    let open: Vec<_> = v.threads.iter().filter(|t| t.is_open()).collect();
    let open_list = if open.is_empty() {
        view! { <p>{tr("review.summary_no_open")}</p> }.into_any()
    } else {
        let items = open
            .iter()
            .map(|t| {
                let last = t.messages.last().map(|m| m.author.clone()).unwrap_or_default();
                view! {
                    <li>
                        <a href=format!("#query-{}", t.id)>{question_of(&t.field_id)}</a>
                        " "<span class="muted">{tr_args("review.summary_query_meta", &[("version", &t.version), ("by", &last)])}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let changes = v.changes.as_ref().map(|c| {
        let items = c
            .fields
            .iter()
            .map(|id| view! { <li><a href=format!("#answer-{}", id.replace('.', "-"))>{question_of(id)}</a></li> })
            .collect_view();
        view! {
            <h3>{tr_args("review.summary_changes", &[("from", &c.from), ("n", &c.fields.len())])}</h3>
            {(!c.fields.is_empty()).then(|| view! { <ul>{items}</ul> })}
            <p><a href=paths::diff(e, iso3, c.from, v.version.version)>{tr_args("review.summary_diff", &[("from", &c.from), ("to", &v.version.version)])}</a></p>
        }
    });
    let decisions = if v.decisions.is_empty() {
        view! { <p>{tr("review.summary_no_decisions")}</p> }.into_any()
    } else {
        decision_items(v.decisions)
    };
    view! {
        <section class="review-summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{tr("review.summary_title")}</h2>
            <h3>{tr_args("review.summary_open", &[("n", &open.len())])}</h3>
            {open_list}
            {changes}
            <h3>{tr("review.decisions_title")}</h3>
            {decisions}
        </section>
    }
    .into_any()
}

/// Whether the page shows the form a refused message belongs to.
fn shows_form(v: &ReviewView<'_>, form: &TypedFor) -> bool {
    match form {
        TypedFor::Decision(d) => match d.as_str() {
            "returned" | "accepted" => v.status == ResponseStatus::Submitted && v.can_act,
            "reopened" => v.status == ResponseStatus::Accepted && v.can_reopen,
            _ => false,
        },
        TypedFor::Raise(field) => {
            v.can_act && v.status != ResponseStatus::Accepted && v.edition.field(field).is_some()
        }
        TypedFor::Reply(id) => v.can_act && v.threads.iter().any(|t| t.id == *id),
    }
}

/// A refused decision, named at the top with a link to its form; when the
/// response moved on and the form is gone, the message as typed is shown
/// here (to copy), never lost.
fn error_summary(v: &ReviewView<'_>) -> Option<AnyView> {
    let t = v.typed.as_ref()?;
    let problem = if shows_form(v, &t.form) {
        let href = format!("#{}", t.box_id());
        view! { <ul class="error-summary__list"><li><a href=href>{t.error.clone()}</a></li></ul> }
            .into_any()
    } else {
        let kept = (!t.message.trim().is_empty()).then(|| view! {
            <p>{tr("review.your_message")}</p>
            <blockquote class="quote">{t.message.lines().map(|l| view! { <p>{l.to_string()}</p> }).collect_view()}</blockquote>
        });
        view! { <p>{t.error.clone()}</p>{kept} }.into_any()
    };
    Some(
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 class="error-summary__title" id="error-summary-title">{tr("errors.summary_title")}</h2>
                {problem}
            </div>
        }
        .into_any(),
    )
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
                        .map(|t| {
                            let kept = v.typed.as_ref().filter(|k| k.form == TypedFor::Reply(t.id)).map(|k| KeptReply {
                                message: k.message.clone(),
                                error: k.error.clone(),
                            });
                            thread_view(t, v.can_act.then(|| paths::review_query(e, iso3, t.id)), 3, kept.as_ref())
                        })
                        .collect_view();
                    let raise_id = raise_id(&f.id);
                    let kept = v.typed.as_ref().filter(|k| k.form == TypedFor::Raise(f.id.clone()));
                    let raise = may_query.then(|| {
                        let error_id = format!("{raise_id}-error");
                        let error = kept.map(|k| k.error.clone());
                        let described = error.is_some().then(|| error_id.clone());
                        view! {
                            <details class="raise" open=kept.is_some()>
                                <summary>{tr("review.raise")}<span class="visually-hidden">" "{tr_args("review.raise_hidden", &[("what", &question)])}</span></summary>
                                <form method="post" action=paths::raise_query(e, iso3)>
                                    <input type="hidden" name="field" value=f.id.clone()/>
                                    <input type="hidden" name="version" value=v.version.version.to_string()/>
                                    <label class="label" for=raise_id.clone()>{tr("review.raise_label")}</label>
                                    {error.map(|m| view! { <p class="error-message" id=error_id><span class="visually-hidden">{tr("errors.error_prefix")}" "</span>{m}</p> })}
                                    <textarea class="textarea" id=raise_id name="message" rows="3" maxlength="5000" required aria-describedby=described>{kept.map(|k| k.message.clone()).unwrap_or_default()}</textarea>
                                    <button class="button" type="submit">{tr("review.raise_button")}</button>
                                </form>
                            </details>
                        }
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
        {error_summary(v)}
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
        {summary(v)}
        {actions(v)}
        {sections}
        {crate::pages::parts::undescribed::undescribed_list(v.undescribed)}
    }
    .into_any()
}
