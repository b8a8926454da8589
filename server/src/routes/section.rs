//! `GET/POST /msq/{edition}/{country}/{page}`: one page of the
//! questionnaire. POST saves it (the Save buttons without JavaScript, and
//! autosave with `Accept: application/json`): everything typed is stored,
//! valid or not; problems are flagged on the page; a change made on top of
//! someone else's newer save is refused and shown, never written over.

use super::extract::Query;
use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::carry_over;
use crate::drafts::{self, store, Change, Conflict};
use crate::editions::EditionState;
use crate::error::{AppError, AppResult};
use crate::page_cache::PageKey;
use crate::routes::render::{page_response, render_html, render_page, wants_json};
use crate::state::AppState;
use app::cycle::ResponseStatus;
use app::i18n::{tr, tr_args};
use app::pages::section::{section_page, ConflictNote, SectionPage};
use app::paths;
use app::questionnaire::answer::check_fields;
use app::questionnaire::definition::Page;
use app::questionnaire::display::answer_lines;
use app::questionnaire::display::page_title;
use app::questionnaire::form_data::FormData;
use app::questionnaire::page_post::{
    AutosaveReply, ConflictReply, PageAction, PagePost, PostedField, RevisionMarker,
};
use app::questionnaire::Answer;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    /// A list field to show with one more blank row.
    add: Option<String>,
    /// Set after a save: show the confirmation.
    saved: Option<String>,
    /// Set after carried answers were confirmed.
    confirmed: Option<String>,
}

pub async fn show(
    State(app): State<AppState>,
    t: Target,
    Path((_, _, slug)): Path<(String, String, String)>,
    Query(query): Query<PageQuery>,
    viewer: Viewer,
    headers: HeaderMap,
) -> AppResult {
    // Focal points and UN DESA read the draft on the check page; the
    // section pages (forms) are for the country's respondents, while the
    // edition is open.
    let open = app.lifecycle.phase(&t.edition.id).await? == EditionState::Open;
    if !open || !viewer.may(&t.state.iso3, crate::accounts::Access::Edit) {
        return Ok(Redirect::to(&paths::check(&t.edition.id, &t.state.iso3)).into_response());
    }
    let page = find_page(&t, &slug)?;
    // The token first: a save landing in between only costs a re-render.
    let token = app
        .pages
        .token(&app.db, &t.edition.id, &t.state.iso3)
        .await?;
    let add = query.add.filter(|f| page.fields().any(|x| &x.id == f));
    let key = PageKey {
        edition: t.edition.id.clone(),
        iso3: t.state.iso3.clone(),
        variant: format!(
            "{slug}?lang={}&add={}&saved={}&confirmed={}",
            app::i18n::current().code(),
            add.as_deref().unwrap_or(""),
            query.saved.is_some(),
            query.confirmed.is_some()
        ),
    };
    if let Some(cached) = app.pages.get(&key, &token) {
        return Ok(page_response(StatusCode::OK, &cached, &headers));
    }
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3).await?;
    // Submitted or accepted: the country reads it on the check page.
    if response.as_ref().is_some_and(|r| !r.status.editable()) {
        return Ok(Redirect::to(&paths::check(&t.edition.id, &t.state.iso3)).into_response());
    }
    let (stored, queries) = match &response {
        Some(r) => (
            store::load(&app.db, r.id).await?,
            crate::review::queries::threads(&app.db, r.id).await?,
        ),
        None => Default::default(),
    };
    let carried = match &response {
        Some(r) => carry_over::draft_marks(&app.db, app.editions, t.edition, r.id, &stored).await?,
        None => Default::default(),
    };
    let answers = store::typed(t.edition, &stored);
    let recent = recent_changes(&app, &page, &stored).await?;
    let bases: BTreeMap<String, RevisionMarker> = page
        .fields()
        .map(|f| {
            let s = stored.get(&f.id);
            let marker = RevisionMarker::of(
                s.map_or(0, |s| s.revision),
                s.and_then(|s| s.value.as_ref()),
            );
            (f.id.clone(), marker)
        })
        .collect();
    let issues = check_fields(page.fields(), &answers);
    let mut extra_rows = BTreeMap::new();
    if let Some(field) = add {
        extra_rows.insert(field, 1);
    }
    let confirmed = carried
        .values()
        .next()
        .filter(|_| query.confirmed.is_some());
    let notice = confirmed
        .map(|m| tr_args("carry.confirmed", &[("edition", &m.from)]))
        .or_else(|| {
            query.saved.is_some().then(|| {
                if issues.is_empty() {
                    tr("section.saved")
                } else {
                    tr("section.saved_with_problems")
                }
                .to_string()
            })
        });
    let title = page_title(page);
    let rendered = render_page(&title, true, || {
        section_page(&SectionPage {
            edition: t.edition,
            state: t.state,
            page,
            answers: &answers,
            bases: &bases,
            issues: &issues,
            conflicts: &[],
            extra_rows: &extra_rows,
            notice,
            recent: &recent,
            queries: &queries,
            carried: &carried,
        })
    });
    app.pages.put(key, token, rendered.clone());
    Ok(page_response(StatusCode::OK, &rendered, &headers))
}

fn find_page(t: &Target, slug: &str) -> Result<Page<'static>, AppError> {
    t.edition.page(slug).ok_or_else(|| {
        AppError::NotFound(app::i18n::tr_args(
            "errors.unknown_page",
            &[("page", &slug)],
        ))
    })
}

/// How far back "recently changed" looks.
const RECENT_HOURS: i64 = 48;

/// Who changed this page's answers in the last `RECENT_HOURS`, each once
/// with their latest change, latest first, by the names on their accounts.
async fn recent_changes(
    app: &AppState,
    page: &Page<'_>,
    stored: &store::StoredAnswers,
) -> Result<Vec<(String, String)>, AppError> {
    let since = chrono::Utc::now() - chrono::Duration::hours(RECENT_HOURS);
    let mut latest: BTreeMap<&str, chrono::DateTime<chrono::Utc>> = BTreeMap::new();
    for f in page.fields() {
        if let Some(s) = stored.get(&f.id).filter(|s| s.updated_at > since) {
            let at = latest.entry(s.updated_by.as_str()).or_insert(s.updated_at);
            if s.updated_at > *at {
                *at = s.updated_at;
            }
        }
    }
    let mut people: Vec<_> = latest.into_iter().collect();
    people.sort_by_key(|p| std::cmp::Reverse(p.1));
    let who: Vec<&str> = people.iter().map(|(w, _)| *w).collect();
    let names = crate::accounts::users::display_names(&app.db, &who).await?;
    Ok(people
        .into_iter()
        .map(|(who, at)| {
            let name = names.get(who).map_or(who, String::as_str);
            (
                name.to_string(),
                at.format("%Y-%m-%d %H:%M UTC").to_string(),
            )
        })
        .collect())
}

/// What a person reads when a posted page goes over the edition's limits.
fn over_limit_message(
    edition: &app::questionnaire::Edition,
    over: &app::questionnaire::limits::OverLimit,
) -> String {
    use app::questionnaire::limits::OverLimit;
    let question = edition
        .question_of(over.field())
        .map(|q| q.number.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| over.field().to_string());
    match over {
        OverLimit::Rows { posted, max, .. } => tr_args(
            "section.too_many_rows",
            &[("question", &question), ("posted", posted), ("max", max)],
        ),
        OverLimit::Length { chars, max, .. } => tr_args(
            "section.too_long",
            &[("question", &question), ("chars", chars), ("max", max)],
        ),
        OverLimit::Choices { posted, .. } => tr_args(
            "section.too_many_choices",
            &[("question", &question), ("posted", posted)],
        ),
    }
}

pub async fn save(
    State(app): State<AppState>,
    t: Target,
    Path((_, _, slug)): Path<(String, String, String)>,
    viewer: Viewer,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> AppResult {
    let body = body?;
    let page = find_page(&t, &slug)?;
    // A big body is parsed off the async workers.
    let form = if body.len() > 64 * 1024 {
        tokio::task::spawn_blocking(move || FormData::parse(&body))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
    } else {
        FormData::parse(&body)
    };
    if let Some(over) = t.edition.limits.check(page.fields(), &form) {
        return Err(AppError::Unprocessable(over_limit_message(
            t.edition, &over,
        )));
    }
    // What the person typed, field by field, and what they changed.
    let post = PagePost::parse(page, &form);
    let changes: Vec<Change> = post
        .changed()
        .map(|f| Change {
            field_id: f.id.clone(),
            base_revision: f.base.revision,
            value: f.value(),
        })
        .collect();
    // Nothing changed (a Save without edits): nothing to write.
    let mut report = if changes.is_empty() {
        drafts::SaveReport::default()
    } else {
        app.saver
            .save(
                &t.edition.id,
                &t.state.iso3,
                &changes,
                &viewer.actor(),
                drafts::save::Mode::Partial,
            )
            .await?
    };
    // The other person, by the name on their account.
    if !report.conflicts.is_empty() {
        let by: Vec<&str> = report.conflicts.iter().map(|c| c.by.as_str()).collect();
        let names = crate::accounts::users::display_names(&app.db, &by).await?;
        for c in &mut report.conflicts {
            if let Some(name) = names.get(&c.by) {
                c.by = name.clone();
            }
        }
    }
    let issues = check_fields(page.fields(), &post.answers());
    // The new marker of each answer written.
    let saved: BTreeMap<String, RevisionMarker> = report
        .saved
        .iter()
        .map(|(field, revision)| {
            let value = post.field(field).and_then(PostedField::value);
            (field.clone(), RevisionMarker::of(*revision, value.as_ref()))
        })
        .collect();
    let locked = report
        .locked
        .map(|status| {
            let reason = match status {
                ResponseStatus::Accepted => tr("cycle.locked_accepted").to_string(),
                _ => tr("cycle.locked_submitted").to_string(),
            };
            (status.as_str(), reason)
        })
        .or_else(|| {
            report.edition_closed.then(|| {
                let reason = tr_args("cycle.edition_closed", &[("edition", &t.edition.id)]);
                ("edition_closed", reason)
            })
        })
        .map(|(what, reason)| {
            let message = tr_args("cycle.not_saved_locked", &[("reason", &reason)]);
            (what, message)
        });

    if wants_json(&headers) {
        let all_saved = locked.is_none() && report.conflicts.is_empty();
        let reply = AutosaveReply {
            saved: if locked.is_some() {
                BTreeMap::new()
            } else {
                saved
            },
            saved_at: locked
                .is_none()
                .then(|| chrono::Utc::now().format("%H:%M UTC").to_string()),
            conflicts: report
                .conflicts
                .iter()
                .map(|c| ConflictReply {
                    field: c.field_id.clone(),
                    theirs: c.theirs.clone(),
                    theirs_text: theirs_lines(t.edition, c).join("; "),
                    by: c.by.clone(),
                    at: c.at.to_rfc3339(),
                })
                .collect(),
            issues,
            locked: locked.as_ref().map(|(s, _)| s.to_string()),
            message: locked.map(|(_, m)| m),
        };
        let status = if all_saved {
            StatusCode::OK
        } else {
            StatusCode::CONFLICT
        };
        return Ok((status, Json(reply)).into_response());
    }

    if locked.is_some() || !report.conflicts.is_empty() {
        let shown = Refused {
            saved: if locked.is_some() {
                BTreeMap::new()
            } else {
                saved
            },
            conflicts: &report.conflicts,
            notice: locked.map(|(_, m)| m),
        };
        return Ok(render_refused(&t, page, &post, &shown, &issues));
    }

    let here = paths::page(&t.edition.id, &t.state.iso3, page.slug());
    // Confirming carried answers, once what was typed is saved.
    let confirm: Vec<String> = match &post.action {
        PageAction::Confirm(field) => vec![field.clone()],
        PageAction::ConfirmPage => page.fields().map(|f| f.id.clone()).collect(),
        _ => Vec::new(),
    };
    let mut confirmed = 0;
    if !confirm.is_empty() {
        let user = viewer.actor();
        confirmed = carry_over::confirm(&app.db, &t.edition.id, &t.state.iso3, &confirm, &user)
            .await
            .map_err(|e| carry_over::refusal(e, t.edition, t.state))?;
        app.pages.invalidate();
    }
    // Nothing left to confirm (changed as it was confirmed): a plain save.
    let done = if confirmed > 0 {
        "confirmed=1"
    } else {
        "saved=1"
    };
    let to = match post.action {
        PageAction::Confirm(field) => format!("{here}?{done}#carry-{field}"),
        PageAction::ConfirmPage => format!("{here}?{done}"),
        PageAction::AddRow(field) => format!("{here}?add={field}#w-{field}"),
        PageAction::Continue if issues.is_empty() => {
            let pages: Vec<_> = t.edition.pages().collect();
            let i = pages
                .iter()
                .position(|p| p.slug() == page.slug())
                .unwrap_or(0);
            match pages.get(i + 1) {
                Some(next) => paths::page(&t.edition.id, &t.state.iso3, next.slug()),
                None => paths::check(&t.edition.id, &t.state.iso3),
            }
        }
        // The rows that are left, renumbered, where the person was.
        PageAction::RemoveRow(field, _) => format!("{here}?saved=1#w-{field}"),
        _ => format!("{here}?saved=1"),
    };
    Ok(Redirect::to(&to).into_response())
}

/// The other person's answer as lines people read (none: they cleared it).
fn theirs_lines(edition: &app::questionnaire::Edition, c: &Conflict) -> Vec<String> {
    match (edition.field(&c.field_id), &c.theirs) {
        (Some(f), Some(v)) => Answer::from_json(f, v)
            .map(|a| answer_lines(f, &a))
            .unwrap_or_else(|_| vec![v.to_string()]),
        _ => vec![],
    }
}

/// What a save left unwritten: someone else's newer answers, or the whole
/// page (the response is no longer editable, `notice` says why).
struct Refused<'a> {
    /// The new markers of the answers that were written.
    saved: BTreeMap<String, RevisionMarker>,
    conflicts: &'a [Conflict],
    notice: Option<String>,
}

/// The page again, as the person typed it, with the refused answers
/// explained. Their revision markers now point at the other person's save,
/// so saving again replaces it deliberately.
fn render_refused(
    t: &Target,
    page: Page<'_>,
    post: &PagePost,
    refused: &Refused<'_>,
    issues: &[app::questionnaire::Issue],
) -> Response {
    let mut bases: BTreeMap<String, RevisionMarker> = post
        .fields
        .iter()
        .map(|f| (f.id.clone(), f.base.clone()))
        .collect();
    bases.extend(refused.saved.clone());
    let notes: Vec<ConflictNote> = refused
        .conflicts
        .iter()
        .map(|c| {
            bases.insert(
                c.field_id.clone(),
                RevisionMarker::of(c.revision, c.theirs.as_ref()),
            );
            ConflictNote {
                field_id: c.field_id.clone(),
                who: c.by.clone(),
                at: c.at.format("%Y-%m-%d %H:%M UTC").to_string(),
                theirs: theirs_lines(t.edition, c),
            }
        })
        .collect();
    let title = page_title(page);
    let answers = post.answers();
    render_html(StatusCode::CONFLICT, &title, true, || {
        section_page(&SectionPage {
            edition: t.edition,
            state: t.state,
            page,
            answers: &answers,
            bases: &bases,
            issues,
            conflicts: &notes,
            extra_rows: &BTreeMap::new(),
            notice: refused.notice.clone(),
            recent: &[],
            queries: &[],
            carried: &Default::default(),
        })
    })
}
