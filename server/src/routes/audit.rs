//! `GET /msq/{edition}/{country}/audit` and `…/audit.csv`: the Member
//! State's audit trail, for its own people and UN DESA (the access check
//! of every country route applies: reading the country is enough).

use super::target::resolve;
use crate::audit::{readable, trail, trail_csv, TrailRow, ANSWER_CHANGE};
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::audit::{audit_page, AuditRow};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// How many lines the page shows (the CSV has all).
pub const PAGE_ROWS: usize = 500;

pub async fn show(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    respond(page(&app, &edition, &country, &headers).await, &headers)
}

pub async fn csv(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    respond(download(&app, &edition, &country).await, &headers)
}

pub fn what(kind: &str) -> &'static str {
    match kind {
        ANSWER_CHANGE => tr("audit.answer_changed"),
        crate::audit::kind::SIGN_IN => tr("audit.sign_in"),
        crate::audit::kind::SIGN_IN_FAILED => tr("audit.sign_in_failed"),
        crate::audit::kind::SIGN_OUT => tr("audit.sign_out"),
        crate::audit::kind::PASSWORD_SET => tr("audit.password_set"),
        crate::audit::kind::ACCOUNT_CREATED => tr("audit.account_created"),
        crate::audit::kind::SUBMISSION => tr("audit.submission"),
        crate::audit::kind::DOWNLOAD => tr("audit.download_event"),
        crate::audit::kind::ACCOUNT_DISABLED => tr("audit.account_disabled"),
        crate::audit::kind::ACCOUNT_ENABLED => tr("audit.account_enabled"),
        crate::audit::kind::INVITATION => tr("audit.invitation"),
        crate::audit::kind::TWO_FACTOR_ON => tr("audit.two_factor_on"),
        crate::audit::kind::RESET_REQUESTED => tr("audit.reset_requested"),
        crate::audit::kind::REVIEWER_ASSIGNED => tr("audit.reviewer_assigned"),
        crate::audit::kind::REVIEWER_UNASSIGNED => tr("audit.reviewer_unassigned"),
        crate::audit::kind::QUERY_RAISED => tr("audit.query_raised"),
        crate::audit::kind::QUERY_REPLY => tr("audit.query_reply"),
        crate::audit::kind::QUERY_RESOLVED => tr("audit.query_resolved"),
        crate::audit::kind::RETURNED => tr("audit.returned"),
        crate::audit::kind::ACCEPTED => tr("audit.accepted"),
        crate::audit::kind::REOPENED => tr("audit.reopened"),
        crate::audit::kind::EXPORT => tr("audit.export"),
        crate::audit::kind::API_TOKEN_CREATED => tr("audit.api_token_created"),
        crate::audit::kind::API_TOKEN_REVOKED => tr("audit.api_token_revoked"),
        _ => "",
    }
}

pub fn row(r: &TrailRow) -> AuditRow {
    AuditRow {
        at: r.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
        who: r.who.clone(),
        what: match what(&r.kind) {
            "" => r.kind.clone(),
            w => w.to_string(),
        },
        question: r.question.clone(),
        old_value: readable(&r.old_value),
        new_value: readable(&r.new_value),
        detail: r.detail.clone(),
    }
}

async fn page(
    app: &AppState,
    edition: &str,
    country: &str,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let t = resolve(app, edition, country)?;
    let rows = trail(&app.db, &t.edition.id, &t.state.iso3).await?;
    let shown: Vec<AuditRow> = rows.iter().take(PAGE_ROWS).map(row).collect();
    let total = rows.len();
    Ok(render_html(
        StatusCode::OK,
        headers,
        tr("audit.title"),
        false,
        || audit_page(&t.edition.id, t.state, &shown, total),
    ))
}

async fn download(app: &AppState, edition: &str, country: &str) -> Result<Response, AppError> {
    let t = resolve(app, edition, country)?;
    let rows = trail(&app.db, &t.edition.id, &t.state.iso3).await?;
    let body = trail_csv(&t.state.iso3, &rows).map_err(|e| AppError::Internal(e.to_string()))?;
    let disposition = format!(
        "attachment; filename=\"msq-{}-{}-audit.csv\"",
        t.edition.id, t.state.iso3
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}
