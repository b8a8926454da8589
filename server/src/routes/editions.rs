//! `GET /admin/editions` and `POST /admin/editions/{id}` (administrators):
//! every edition with its state, opened (from a first day until a last day,
//! both optional) or closed. Audited (`crate::editions::set`).
//! `GET /admin/editions/{id}/sample.pdf` (UN DESA staff): the PDF of an
//! unanswered response, to preview a draft's PDF before it opens.

use super::extract::{Administrator, Form, Query, Staff};
use crate::client_address::ClientAddress;
use crate::editions::{self, EditionState, ScheduleError};
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::admin::{editions_page, EditionRow};
use app::questionnaire::text::plain;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

const PATH: &str = "/admin/editions";

async fn page(
    app: &AppState,
    status: StatusCode,
    error: Option<String>,
    notice: Option<String>,
) -> AppResult {
    let schedules = app.lifecycle.schedules().await?;
    let now = chrono::Utc::now();
    let day = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    };
    let rows: Vec<EditionRow> = app
        .editions
        .iter()
        .rev()
        .map(|e| {
            let s = schedules.get(&e.id);
            let phase = s.map_or(EditionState::Draft, |s| s.phase_at(now));
            EditionRow {
                id: e.id.clone(),
                title: plain(e.title.en()),
                state: match phase {
                    EditionState::Draft => tr("admin.state_draft"),
                    EditionState::Open => tr("admin.state_open"),
                    EditionState::Closed => tr("admin.state_closed"),
                }
                .to_string(),
                opens: day(s.and_then(|s| s.opens_at)),
                closes: day(s.and_then(|s| s.closes_at)),
                open: s.is_some_and(|s| s.state == EditionState::Open),
                draft: phase == EditionState::Draft,
            }
        })
        .collect();
    Ok(render_html(
        status,
        tr("admin.editions_title"),
        false,
        move || editions_page(&rows, error, notice),
    ))
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    opened: Option<String>,
    #[serde(default)]
    closed: Option<String>,
}

/// `GET /admin/editions`.
pub async fn show(
    State(app): State<AppState>,
    _: Administrator,
    Query(q): Query<DoneQuery>,
) -> AppResult {
    let notice = match (q.opened, q.closed) {
        (Some(e), _) => Some(tr_args("admin.edition_opened", &[("edition", &e)])),
        (_, Some(e)) => Some(tr_args("admin.edition_closed", &[("edition", &e)])),
        _ => None,
    };
    page(&app, StatusCode::OK, None, notice).await
}

#[derive(Deserialize, Default)]
pub struct ChangeForm {
    /// `open` or `close`.
    #[serde(default, rename = "_action")]
    action: String,
    #[serde(default)]
    opens_on: String,
    #[serde(default)]
    closes_on: String,
}

/// `POST /admin/editions/{id}`.
pub async fn change(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Administrator(admin): Administrator,
    address: ClientAddress,
    Form(form): Form<ChangeForm>,
) -> AppResult {
    let day = |value: &str, closing: bool| -> Result<_, String> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        editions::parse_time(value, closing)
            .map(Some)
            .ok_or_else(|| tr_args("admin.edition_bad_day", &[("value", &value)]))
    };
    let (state, times) = match form.action.as_str() {
        "open" => match (day(&form.opens_on, false), day(&form.closes_on, true)) {
            (Ok(from), Ok(until)) => (EditionState::Open, (from, until)),
            (Err(m), _) | (_, Err(m)) => {
                return page(&app, StatusCode::UNPROCESSABLE_ENTITY, Some(m), None).await
            }
        },
        "close" => (EditionState::Closed, (None, None)),
        _ => {
            return Err(AppError::BadRequest(
                tr("errors.form_unreadable").to_string(),
            ))
        }
    };
    let by = (Some(admin.id), admin.email.as_str(), &*address.to_string());
    match editions::set(&app.db, app.editions, &id, state, times, by).await {
        Ok(()) => {}
        Err(ScheduleError::UnknownEdition(_)) => {
            return Err(AppError::NotFound(tr_args(
                "errors.unknown_edition",
                &[("edition", &id)],
            )))
        }
        Err(e @ ScheduleError::ClosesBeforeOpening { .. }) => {
            return page(
                &app,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(e.to_string()),
                None,
            )
            .await
        }
        Err(ScheduleError::Database(e)) => return Err(e.into()),
    }
    app.lifecycle.forget();
    let done = if state == EditionState::Open {
        "opened"
    } else {
        "closed"
    };
    Ok(Redirect::to(&format!("{PATH}?{done}={id}")).into_response())
}

/// `GET /admin/editions/{id}/sample.pdf`: the signed PDF of an unanswered
/// response of the edition (every question, as the countries' PDFs will
/// print them).
pub async fn sample_pdf(
    State(app): State<AppState>,
    Path(id): Path<String>,
    _: Staff,
) -> AppResult {
    let edition = crate::routes::target::edition(&app, &id)?;
    let file = crate::response_file::ResponseFile::from_stored(
        &edition.id,
        "MAR",
        &Default::default(),
        &Default::default(),
    );
    let pdf = app
        .pdf
        .make(edition, &file, chrono::Utc::now())
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let disposition = format!("attachment; filename=\"msq-{}-sample.pdf\"", edition.id);
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        pdf,
    )
        .into_response())
}
