//! `GET/POST /msq/{edition}/{country}/{page}`: one page of the
//! questionnaire. POST saves it (the Save buttons without JavaScript, and
//! autosave with `Accept: application/json`): everything typed is stored,
//! valid or not; problems are flagged on the page; a change made on top of
//! someone else's newer save is refused and shown, never written over.

use super::extract::Query;
use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::drafts::{self, store, Change, Conflict};
use crate::error::{AppError, AppResult};
use crate::page_cache::PageKey;
use crate::routes::render::{page_response, render_html, render_page, wants_json};
use crate::state::AppState;
use app::cycle::ResponseStatus;
use app::i18n::{tr, tr_args};
use app::pages::section::{section_page, ConflictNote, SectionPage};
use app::paths;
use app::questionnaire::answer::{check_fields, fingerprint};
use app::questionnaire::definition::Page;
use app::questionnaire::display::answer_lines;
use app::questionnaire::display::page_title;
use app::questionnaire::form_data::FormData;
use app::questionnaire::{Answer, Answers};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    /// A list field to show with one more blank row.
    add: Option<String>,
    /// Set after a save: show the confirmation.
    saved: Option<String>,
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
    // section pages (forms) are for the country's respondents.
    if !viewer.may(&t.state.iso3, crate::accounts::Access::Edit) {
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
            "{slug}?add={}&saved={}",
            add.as_deref().unwrap_or(""),
            query.saved.is_some()
        ),
    };
    if let Some(cached) = app.pages.get(&key, &token) {
        return Ok(page_response(StatusCode::OK, &cached, &headers));
    }
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3).await?;
    // Submitted or accepted: the country reads it on the check page.
    if response
        .as_ref()
        .is_some_and(|r| !ResponseStatus::parse(&r.status).editable())
    {
        return Ok(Redirect::to(&paths::check(&t.edition.id, &t.state.iso3)).into_response());
    }
    let (stored, queries) = match &response {
        Some(r) => (
            store::load(&app.db, r.id).await?,
            crate::review::queries::threads(&app.db, r.id).await?,
        ),
        None => Default::default(),
    };
    let answers = store::typed(t.edition, &stored);
    let recent = recent_changes(&page, &stored);
    let bases: BTreeMap<String, String> = page
        .fields()
        .map(|f| {
            let s = stored.get(&f.id);
            (
                f.id.clone(),
                marker(
                    s.map_or(0, |s| s.revision),
                    s.and_then(|s| s.value.as_ref()),
                ),
            )
        })
        .collect();
    let issues = check_fields(page.fields(), &answers);
    let mut extra_rows = BTreeMap::new();
    if let Some(field) = add {
        extra_rows.insert(field, 1);
    }
    let notice = query.saved.is_some().then(|| {
        if issues.is_empty() {
            tr("section.saved")
        } else {
            tr("section.saved_with_problems")
        }
        .to_string()
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

/// The revision marker of a value: "revision:fingerprint".
fn marker(revision: i64, value: Option<&Value>) -> String {
    format!("{revision}:{}", fingerprint(value.unwrap_or(&Value::Null)))
}

/// How far back "recently changed" looks.
const RECENT_HOURS: i64 = 48;

/// Who changed this page's answers in the last `RECENT_HOURS`, each once
/// with their latest change, latest first.
fn recent_changes(page: &Page<'_>, stored: &store::StoredAnswers) -> Vec<(String, String)> {
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
    people
        .into_iter()
        .map(|(who, at)| (who.to_string(), at.format("%Y-%m-%d %H:%M UTC").to_string()))
        .collect()
}

/// What the Save buttons ask for (`_action`).
enum Action {
    Save,
    Continue,
    Autosave,
    AddRow(String),
    RemoveRow(String, usize),
}

/// The action asked for; a row action names a field of this page, else it
/// is a plain Save (a crafted value never reaches a redirect).
fn parse_action(form: &FormData, page: &Page<'_>) -> Action {
    let raw = form.get("_action").unwrap_or_default();
    let on_page = |id: &str| page.fields().any(|f| f.id == id);
    if let Some(field) = raw.strip_prefix("add:").filter(|f| on_page(f)) {
        return Action::AddRow(field.to_string());
    }
    if let Some((field, row)) = raw.strip_prefix("remove:").and_then(|r| r.rsplit_once(':')) {
        if let (true, Ok(row)) = (on_page(field), row.parse()) {
            return Action::RemoveRow(field.to_string(), row);
        }
    }
    match raw.as_str() {
        "continue" => Action::Continue,
        "autosave" => Action::Autosave,
        _ => Action::Save,
    }
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
    let mut form = if body.len() > 64 * 1024 {
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
    let action = parse_action(&form, &page);
    if let Action::RemoveRow(field, row) = &action {
        let prefix = format!("{field}.{row}");
        form = FormData::from_pairs(
            form.pairs()
                .iter()
                .filter(|(k, _)| !(k == &prefix || k.starts_with(&format!("{prefix}."))))
                .cloned(),
        );
    }

    // What the person typed, field by field, and what they changed.
    let mut posted = Answers::new();
    let mut changes = Vec::new();
    for field in page.fields() {
        let answer = Answer::from_form(field, &form);
        let value = (!answer.is_empty()).then(|| answer.to_json());
        if !answer.is_empty() {
            posted.insert(field.id.clone(), answer);
        }
        let base = form.get(&format!("_base.{}", field.id)).unwrap_or_default();
        let (base_revision, base_fp) = base.split_once(':').unwrap_or(("0", ""));
        let base_revision: i64 = base_revision.parse().unwrap_or(0);
        if fingerprint(value.as_ref().unwrap_or(&Value::Null)) == base_fp {
            continue; // unchanged since the page was loaded
        }
        changes.push(Change {
            field_id: field.id.clone(),
            base_revision,
            value,
        });
    }

    // Nothing changed (a Save without edits): nothing to write.
    let report = if changes.is_empty() {
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
    let issues = check_fields(page.fields(), &posted);

    if let Some(status) = report.locked {
        let reason = match status {
            ResponseStatus::Accepted => tr("cycle.locked_accepted"),
            _ => tr("cycle.locked_submitted"),
        };
        let message = tr_args("cycle.not_saved_locked", &[("reason", &reason)]);
        if wants_json(&headers) {
            return Ok((
                StatusCode::CONFLICT,
                Json(serde_json::json!({
                    "saved": {}, "conflicts": [], "issues": issues,
                    "locked": status.as_str(), "message": message,
                })),
            )
                .into_response());
        }
        return Ok(render_conflicts(
            &t,
            page,
            &posted,
            &changes,
            &[],
            &[],
            &form,
            &issues,
            Some(message),
        ));
    }

    if wants_json(&headers) {
        let saved: BTreeMap<&str, String> = report
            .saved
            .iter()
            .map(|(field, revision)| {
                let value = changes
                    .iter()
                    .find(|c| &c.field_id == field)
                    .and_then(|c| c.value.as_ref());
                (field.as_str(), marker(*revision, value))
            })
            .collect();
        let status = if report.conflicts.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::CONFLICT
        };
        return Ok((
            status,
            Json(serde_json::json!({
                "saved": saved,
                "saved_at": chrono::Utc::now().format("%H:%M UTC").to_string(),
                "conflicts": report.conflicts.iter().map(|c| serde_json::json!({
                    "field": c.field_id, "theirs": c.theirs, "by": c.by, "at": c.at.to_rfc3339(),
                })).collect::<Vec<_>>(),
                "issues": issues,
            })),
        )
            .into_response());
    }

    if !report.conflicts.is_empty() {
        return Ok(render_conflicts(
            &t,
            page,
            &posted,
            &changes,
            &report.saved,
            &report.conflicts,
            &form,
            &issues,
            None,
        ));
    }

    let here = paths::page(&t.edition.id, &t.state.iso3, page.slug());
    let to = match action {
        Action::AddRow(field) => format!("{here}?add={field}#w-{field}"),
        Action::Continue if issues.is_empty() => {
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
        _ => format!("{here}?saved=1"),
    };
    Ok(Redirect::to(&to).into_response())
}

/// The page again, as the person typed it, with the refused answers
/// explained. Their revision markers now point at the other person's save,
/// so saving again replaces it deliberately.
#[allow(clippy::too_many_arguments)]
fn render_conflicts(
    t: &Target,
    page: Page<'_>,
    posted: &Answers,
    changes: &[Change],
    saved: &[(String, i64)],
    conflicts: &[Conflict],
    form: &FormData,
    issues: &[app::questionnaire::Issue],
    notice: Option<String>,
) -> Response {
    let mut bases: BTreeMap<String, String> = page
        .fields()
        .map(|f| {
            (
                f.id.clone(),
                form.get(&format!("_base.{}", f.id)).unwrap_or_default(),
            )
        })
        .collect();
    for (field, revision) in saved {
        let value = changes
            .iter()
            .find(|c| &c.field_id == field)
            .and_then(|c| c.value.as_ref());
        bases.insert(field.clone(), marker(*revision, value));
    }
    let notes: Vec<ConflictNote> = conflicts
        .iter()
        .map(|c| {
            bases.insert(c.field_id.clone(), marker(c.revision, c.theirs.as_ref()));
            let theirs = match (t.edition.field(&c.field_id), &c.theirs) {
                (Some(f), Some(v)) => Answer::from_json(f, v)
                    .map(|a| answer_lines(f, &a))
                    .unwrap_or_else(|_| vec![v.to_string()]),
                _ => vec![],
            };
            ConflictNote {
                field_id: c.field_id.clone(),
                who: c.by.clone(),
                at: c.at.format("%Y-%m-%d %H:%M UTC").to_string(),
                theirs,
            }
        })
        .collect();
    let title = page_title(page);
    render_html(StatusCode::CONFLICT, &title, true, || {
        section_page(&SectionPage {
            edition: t.edition,
            state: t.state,
            page,
            answers: posted,
            bases: &bases,
            issues,
            conflicts: &notes,
            extra_rows: &BTreeMap::new(),
            notice,
            recent: &[],
            queries: &[],
        })
    })
}
