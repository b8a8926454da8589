//! One page of the questionnaire (the introduction or a section): its
//! questions with the right control for each answer type, the error
//! summary, conflict messages, notes, and the Save buttons.

use super::fields::{question_title, render_field, FieldView};
use crate::i18n::{tr, tr_args};
use crate::islands::autosave::{STATUS_ID, TEXTS};
use crate::islands::FormEnhancements;
use crate::member_states::MemberState;
use crate::pages::parts::carry_mark::carry_mark;
use crate::pages::parts::rich_text::rich_text;
use crate::paths;
use crate::questionnaire::answer::is_asked;
use crate::questionnaire::carry::{CarryMarks, CarryState};
use crate::questionnaire::definition::{Field, FieldKind, Page};
use crate::questionnaire::display::{link_target, summary_line};
use crate::questionnaire::display::{page_title, unsent_message};
use crate::questionnaire::page_post::RevisionMarker;
use crate::questionnaire::text::footnote_refs;
use crate::questionnaire::{Answers, Edition, Issue};
use leptos::prelude::*;
use std::collections::BTreeMap;

pub use crate::islands::FORM_ID;

/// Someone else's save that refused one of this person's changes.
#[derive(Clone, Debug)]
pub struct ConflictNote {
    pub field_id: String,
    pub who: String,
    pub at: String,
    /// Their answer as lines of text; empty when they cleared it.
    pub theirs: Vec<String>,
}

pub struct SectionPage<'a> {
    pub edition: &'a Edition,
    pub state: &'a MemberState,
    pub page: Page<'a>,
    /// The values shown in the controls.
    pub answers: &'a Answers,
    /// Field id -> the revision marker ("revision:fingerprint") of the
    /// value the page shows; posted back to detect concurrent changes.
    pub bases: &'a BTreeMap<String, RevisionMarker>,
    pub issues: &'a [Issue],
    pub conflicts: &'a [ConflictNote],
    pub extra_rows: &'a BTreeMap<String, usize>,
    /// A message after a save.
    pub notice: Option<String>,
    /// Who changed this page's answers lately (who, when), latest first:
    /// colleagues see it before they collide.
    pub recent: &'a [(String, String)],
    /// UN DESA's queries on this response (shown beside their answers).
    pub queries: &'a [crate::review::QueryThread],
    /// The answers carried over from the previous edition, with their state.
    pub carried: &'a CarryMarks,
}

pub fn section_page(p: &SectionPage<'_>) -> AnyView {
    let e = p.edition;
    let action = paths::page(&e.id, &p.state.iso3, p.page.slug());
    let summary = error_summary(p);
    let notice = p
        .notice
        .clone()
        .map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> });
    let recent = (!p.recent.is_empty()).then(|| {
        let people = p
            .recent
            .iter()
            .map(|(who, when)| tr_args("section.recent_item", &[("who", who), ("when", when)]))
            .collect::<Vec<_>>()
            .join("; ");
        view! { <p class="recent">{tr("section.recent")}" "{people}</p> }
    });
    let intro = match p.page {
        Page::Intro(i) => Some(view! { <div class="intro">{rich_text(i.text.en())}</div> }),
        Page::Section(_) => None,
    };
    let hidden = p
        .page
        .fields()
        .map(|f| {
            let base = p.bases.get(&f.id).cloned().unwrap_or_default().to_string();
            view! { <input type="hidden" name=RevisionMarker::input_name(&f.id) value=base/> }
        })
        .collect_view();
    let body = match p.page {
        Page::Intro(i) => i.fields.iter().map(|f| field_block(p, f, None)).collect_view().into_any(),
        Page::Section(s) => s
            .questions
            .iter()
            .map(|q| {
                let labelled_by_question = q.fields.first().is_some_and(|f| f.label.is_none());
                let heading = (!labelled_by_question).then(|| question_title(&q.number, q.text.en()));
                let fields = q
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        let question = (i == 0 && labelled_by_question).then_some((q.number.as_str(), q.text.en()));
                        field_block(p, f, question)
                    })
                    .collect_view();
                view! { <section class="question" id=format!("q-{}", q.id)>{heading}{fields}</section> }
            })
            .collect_view()
            .into_any(),
    };
    let pages: Vec<Page<'_>> = e.pages().collect();
    let index = pages
        .iter()
        .position(|x| x.slug() == p.page.slug())
        .unwrap_or(0);
    let back = paths::home(&e.id, &p.state.iso3);
    // What autosave may say, in the page's language (the bundle carries
    // no catalogue): read by the browser from here.
    let texts = TEXTS
        .iter()
        .map(|(name, key)| view! { <span data-text=*name>{crate::i18n::template(key, &["time", "at", "who", "theirs"])}</span> })
        .collect_view();
    view! {
        <p class="back"><a href=back>{tr("section.back_home")}</a></p>
        {summary}
        {notice}
            {recent}
        <h1>
            <span class="caption">{format!("{} · {}", p.state.name, tr_args("section.page_of", &[("n", &(index + 1)), ("total", &pages.len())]))}</span>
            {rich_text(&title_source(p.page))}
        </h1>
        {intro}
        <form method="post" action=action id=FORM_ID class="form" novalidate=true>
            // Enter in a field saves (the first submit button is the
            // form's default), never adds a row or confirms an answer.
            // Hidden from everyone: the visible Save buttons are below.
            <button type="submit" class="visually-hidden" name="_action" value="enter" tabindex="-1" aria-hidden="true">{tr("section.save")}</button>
            {hidden}
            {confirm_all(p)}
            {body}
            <div class="actions">
                <button type="submit" class="button" name="_action" value="continue">{tr("section.save_continue")}</button>
                <button type="submit" class="button button--secondary" name="_action" value="save">{tr("section.save")}</button>
            </div>
            <p class="hint">{tr("section.unsaved_hint")}</p>
            // Where autosave says how things stand: kept in view at the
            // bottom of the window while the form is (style sheet).
            <div class="autosave">
                <p class="autosave-status" id=STATUS_ID role="status" aria-live="polite"></p>
                <div hidden=true>{texts}</div>
            </div>
            <FormEnhancements/>
        </form>
        {footnotes(p)}
    }
    .into_any()
}

/// The title with its footnote markers (rendered as links).
fn title_source(page: Page<'_>) -> String {
    match page {
        Page::Intro(_) => page_title(page),
        Page::Section(s) => format!("{}. {}", s.number, s.title.en()),
    }
}

fn field_block(p: &SectionPage<'_>, f: &Field, question: Option<(&str, &str)>) -> AnyView {
    let conflict = p
        .conflicts
        .iter()
        .find(|c| c.field_id == f.id)
        .map(conflict_note);
    let v = FieldView {
        edition: p.edition,
        field: f,
        answer: p.answers.get(&f.id),
        issues: p.issues,
        extra_rows: p.extra_rows.get(&f.id).copied().unwrap_or(0),
        question,
    };
    let control = render_field(&v);
    let queries = field_queries(p, f);
    let carried = carried_note(p, f);
    let control = view! { {carried}{control} };
    match &f.show_if {
        None => view! { {conflict}{queries}{control} }.into_any(),
        Some(cond) => {
            let value = match p.edition.field(&cond.field).map(|t| &t.kind) {
                Some(FieldKind::YesNo) if cond.equals == "yes" => tr("field.yes").to_string(),
                Some(FieldKind::YesNo) => tr("field.no").to_string(),
                _ => cond.equals.clone(),
            };
            let question = crate::questionnaire::display::field_reference(p.edition, &cond.field);
            let asked = is_asked(f, p.answers);
            let class = if asked {
                "conditional"
            } else {
                "conditional conditional--inactive"
            };
            // Answered, but its condition does not hold: said, never dropped quietly.
            let unsent = (!asked && p.answers.get(&f.id).is_some_and(|a| !a.is_empty())).then(|| {
                view! { <p class="warning-text" id=format!("unsent-{}", f.id)><strong>{unsent_message(p.edition, f)}</strong></p> }
            });
            let flagged = unsent.is_some().then_some("true");
            view! {
                <div class=class data-show-if=format!("{}={}", cond.field, cond.equals) data-unsent=flagged>
                    <p class="hint conditional__hint">{tr_args("section.not_asked", &[("value", &value), ("question", &question)])}</p>
                    {unsent}
                    {conflict}
                    {queries}
                    {control}
                </div>
            }
            .into_any()
        }
    }
}

/// The mark of a carried answer, with its own "Confirm" button while it
/// waits (a submit button of the page's form: what was typed is saved too).
fn carried_note(p: &SectionPage<'_>, f: &Field) -> Option<AnyView> {
    let mark = p.carried.get(&f.id)?;
    let button = (mark.state == CarryState::Unconfirmed).then(|| {
        let what = crate::questionnaire::display::field_reference(p.edition, &f.id);
        view! {
            <button type="submit" class="button button--secondary button--small" name="_action" value=format!("confirm:{}", f.id)>
                {tr("carry.confirm")}
                <span class="visually-hidden">" "{tr_args("carry.confirm_hidden", &[("edition", &mark.from), ("what", &what)])}</span>
            </button>
        }
    });
    Some(view! { <div class="carry-confirm" id=format!("carry-{}", f.id)>{carry_mark(mark)}{button}</div> }.into_any())
}

/// "Confirm all on this page", while some carried answer on it waits.
fn confirm_all(p: &SectionPage<'_>) -> Option<AnyView> {
    let waiting: Vec<&str> = p
        .page
        .fields()
        .filter(|f| {
            p.carried
                .get(&f.id)
                .is_some_and(|m| m.state == CarryState::Unconfirmed)
        })
        .map(|f| f.id.as_str())
        .collect();
    let from = p.carried.values().next()?.from.clone();
    (!waiting.is_empty()).then(|| {
        view! {
            <div class="panel panel--carry">
                <p>{tr_args("carry.page_lead", &[("count", &waiting.len()), ("edition", &from)])}</p>
                <button type="submit" class="button button--secondary" name="_action" value="confirm-page">{tr_args("carry.confirm_page", &[("edition", &from)])}</button>
            </div>
        }
        .into_any()
    })
}

/// UN DESA's queries on a field, read-only, each with a link to its page
/// (where the reply form is: a form cannot sit inside the page's form).
fn field_queries(p: &SectionPage<'_>, f: &Field) -> Option<AnyView> {
    let mine: Vec<_> = p.queries.iter().filter(|q| q.field_id == f.id).collect();
    if mine.is_empty() {
        return None;
    }
    let items = mine
        .into_iter()
        .map(|q| {
            let href = crate::paths::review::country_query(&p.edition.id, &p.state.iso3, q.id);
            view! {
                {crate::pages::parts::thread::thread_view(q, None, 3, None)}
                <p class="thread__link"><a href=href>{tr("review.reply_on_page")}</a></p>
            }
        })
        .collect_view();
    Some(view! { <div class="field-queries">{items}</div> }.into_any())
}

fn conflict_note(c: &ConflictNote) -> AnyView {
    let theirs = if c.theirs.is_empty() {
        view! { <p>{tr("errors.conflict_cleared")}</p> }.into_any()
    } else {
        view! {
            <p>{tr("errors.conflict_theirs")}</p>
            <blockquote class="conflict__theirs">{c.theirs.iter().map(|l| view! { <p>{l.clone()}</p> }).collect_view()}</blockquote>
        }
        .into_any()
    };
    view! {
        <div class="conflict" role="alert" id=format!("conflict-{}", c.field_id)>
            <h3 class="conflict__title">{tr("errors.conflict_title")}</h3>
            <p>{tr_args("errors.conflict_body", &[("who", &c.who), ("time", &c.at)])}</p>
            {theirs}
        </div>
    }
    .into_any()
}

fn error_summary(p: &SectionPage<'_>) -> Option<AnyView> {
    if p.issues.is_empty() && p.conflicts.is_empty() {
        return None;
    }
    let conflicts = p.conflicts.iter().map(|c| {
        let line = format!(
            "{}: {}",
            crate::questionnaire::display::field_reference(p.edition, &c.field_id),
            tr("errors.conflict_title")
        );
        view! { <li><a href=format!("#conflict-{}", c.field_id)>{line}</a></li> }
    });
    let issues = p.issues.iter().map(|i| {
        view! { <li><a href=format!("#{}", link_target(p.edition, i))>{summary_line(p.edition, i)}</a></li> }
    });
    Some(
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">{tr("errors.summary_title")}</h2>
                <ul class="error-summary__list">{conflicts.collect_view()}{issues.collect_view()}</ul>
            </div>
        }
        .into_any(),
    )
}

/// The notes referenced on this page, in the order of their ids.
fn footnotes(p: &SectionPage<'_>) -> Option<AnyView> {
    let mut texts: Vec<&str> = Vec::new();
    match p.page {
        Page::Intro(i) => texts.push(i.text.en()),
        Page::Section(s) => {
            texts.push(s.title.en());
            for q in &s.questions {
                texts.push(q.text.en());
            }
        }
    }
    for f in p.page.fields() {
        texts.extend(f.label.iter().chain(f.hint.iter()).map(|t| t.en()));
        if let FieldKind::Choices { options } = &f.kind {
            texts.extend(options.iter().map(|o| o.label.en()));
        }
    }
    let mut ids: Vec<&str> = texts.into_iter().flat_map(footnote_refs).collect();
    ids.sort_by_key(|id| id.parse::<u32>().unwrap_or(u32::MAX));
    ids.dedup();
    if ids.is_empty() {
        return None;
    }
    let items = ids
        .into_iter()
        .filter_map(|id| p.edition.footnote(id))
        .map(|f| view! { <li id=format!("fn-{}", f.id) value=f.id.clone()>{rich_text(f.text.en())}</li> })
        .collect_view();
    Some(
        view! {
            <aside class="footnotes" aria-labelledby="notes-title">
                <h2 id="notes-title">{tr("section.notes")}</h2>
                <ol>{items}</ol>
            </aside>
        }
        .into_any(),
    )
}
