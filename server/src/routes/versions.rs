//! `GET /msq/{edition}/{country}/versions/{n}` (the page) and
//! `…/versions/{n}.json` (the response file of that version) and
//! `…/versions/{n}.pdf` (its signed PDF, made once and kept).

use super::extract::Query;
use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::client_address::ClientAddress;
use crate::drafts::store;
use crate::error::{AppError, AppResult};
use crate::response_file::ResponseFile;
use crate::routes::render::render_html;
use crate::state::AppState;
use crate::submissions::{self, signed_pdf, Version};
use app::i18n::tr_args;
use app::pages::parts::version_info::VersionInfo;
use app::pages::version::version_page;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Page,
    Json,
    Pdf,
}

#[derive(Deserialize, Default)]
pub struct VersionQuery {
    submitted: Option<String>,
    unchanged: Option<String>,
}

pub fn info(v: &Version) -> VersionInfo {
    VersionInfo {
        version: v.version,
        submitted_at: v.submitted_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        submitted_by: v.submitted_by.clone(),
        sha256: v.sha256.clone(),
    }
}

pub async fn show(
    State(app): State<AppState>,
    t: Target,
    Path((_, _, version)): Path<(String, String, String)>,
    Query(q): Query<VersionQuery>,
    viewer: Viewer,
    address: ClientAddress,
) -> AppResult {
    let (number, format) = match (version.strip_suffix(".json"), version.strip_suffix(".pdf")) {
        (Some(n), _) => (n, Format::Json),
        (_, Some(n)) => (n, Format::Pdf),
        _ => (version.as_str(), Format::Page),
    };
    let unknown = || AppError::NotFound(tr_args("version.unknown", &[("version", &version)]));
    let number: i32 = number.parse().map_err(|_| unknown())?;
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3)
        .await?
        .ok_or_else(unknown)?;
    let v = submissions::version(&app.db, response.id, number)
        .await?
        .ok_or_else(unknown)?;
    if format != Format::Page {
        let what = if format == Format::Pdf { "pdf" } else { "json" };
        crate::audit::record(
            &app.db,
            crate::audit::by(
                &viewer,
                &address,
                crate::audit::kind::DOWNLOAD,
                &t.state.iso3,
                format!("edition {} version {} {what}", v.edition, v.version),
            ),
        )
        .await?;
    }
    if format == Format::Pdf {
        let kept = signed_pdf::get_or_make(&app.db, &app.pdf, t.edition, &v)
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let disposition = format!(
            "attachment; filename=\"msq-{}-{}-v{}.pdf\"",
            v.edition, v.member_state, v.version
        );
        return Ok((
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (header::CONTENT_DISPOSITION, disposition),
                // The same file every time (it is kept): a stable ETag.
                (header::ETAG, format!("\"{}\"", kept.sha256)),
                // A country's signed answers: never kept by a browser or
                // a proxy (a shared machine, an office cache).
                (header::CACHE_CONTROL, "private, no-store".to_string()),
            ],
            kept.pdf,
        )
            .into_response());
    }
    if format == Format::Json {
        let body = serde_json::to_string_pretty(&ResponseFile::from_version(&v))
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let disposition = format!(
            "attachment; filename=\"msq-{}-{}-v{}.json\"",
            v.edition, v.member_state, v.version
        );
        return Ok((
            [
                (
                    header::CONTENT_TYPE,
                    "application/json; charset=utf-8".to_string(),
                ),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            body,
        )
            .into_response());
    }
    let answers = v.typed(t.edition);
    let undescribed = v.undescribed(t.edition);
    let carried = v.carry_marks(app.editions, t.edition);
    let mut info = info(&v);
    info.submitted_by = crate::accounts::users::display_name(&app.db, &v.submitted_by).await?;
    let notice = q
        .unchanged
        .is_some()
        .then(|| tr_args("version.unchanged", &[("version", &v.version)]));
    let title = tr_args("version.title", &[("version", &v.version)]);
    Ok(render_html(StatusCode::OK, &title, false, || {
        version_page(
            t.edition,
            t.state,
            &info,
            (&answers, &undescribed, &carried),
            q.submitted.is_some(),
            notice,
        )
    }))
}
