//! `GET /msq/{edition}/{country}/versions/{n}` (the page) and
//! `…/versions/{n}.json` (the response file of that version) and
//! `…/versions/{n}.pdf` (its signed PDF, made once and kept).

use super::target::resolve;
use crate::accounts::viewer::Viewer;
use crate::drafts::store;
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::response_file::ResponseFile;
use crate::state::AppState;
use crate::submissions::{self, signed_pdf, Version};
use app::i18n::tr_args;
use app::pages::version::{version_page, VersionInfo};
use app::questionnaire::{Answer, Answers, Edition};
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::net::SocketAddr;

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

pub async fn show(
    State(app): State<AppState>,
    Path((edition, country, version)): Path<(String, String, String)>,
    Query(q): Query<VersionQuery>,
    viewer: Viewer,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let who = (viewer, peer);
    respond(
        run(&app, &edition, &country, &version, q, &who, &headers).await,
        &headers,
    )
}

pub fn info(v: &Version) -> VersionInfo {
    VersionInfo {
        version: v.version,
        submitted_at: v.submitted_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        submitted_by: v.submitted_by.clone(),
        sha256: v.sha256.clone(),
    }
}

/// A version's answers as typed answers (a value that no longer fits its
/// field is left out of the page; the JSON keeps it).
pub fn typed(edition: &Edition, v: &Version) -> Answers {
    v.answers
        .iter()
        .filter_map(|(id, value)| {
            Some((
                id.clone(),
                Answer::from_json(edition.field(id)?, value).ok()?,
            ))
        })
        .collect()
}

async fn run(
    app: &AppState,
    edition: &str,
    country: &str,
    version: &str,
    q: VersionQuery,
    (viewer, peer): &(Viewer, SocketAddr),
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let t = resolve(app, edition, country)?;
    let (number, format) = match (version.strip_suffix(".json"), version.strip_suffix(".pdf")) {
        (Some(n), _) => (n, Format::Json),
        (_, Some(n)) => (n, Format::Pdf),
        _ => (version, Format::Page),
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
                viewer,
                peer,
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
    let answers = typed(t.edition, &v);
    let info = info(&v);
    let notice = q
        .unchanged
        .is_some()
        .then(|| tr_args("version.unchanged", &[("version", &v.version)]));
    let title = tr_args("version.title", &[("version", &v.version)]);
    Ok(render_html(StatusCode::OK, headers, &title, false, || {
        version_page(
            t.edition,
            t.state,
            &info,
            &answers,
            q.submitted.is_some(),
            notice,
        )
    }))
}
