//! `GET /msq/{edition}/{country}/audit` and `…/audit.csv`: the Member
//! State's audit trail, for its own people and UN DESA (the access check
//! of every country route applies: reading the country is enough).

use super::extract::Query;
use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::audit::{readable, trail, trail_csv, TrailRow, Window, ANSWER_CHANGE};
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::audit::{audit_page, AuditRow};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;

/// How many lines a page shows (the CSV has all).
pub const PAGE_ROWS: u64 = 500;

/// `?page=N` (1 is the newest).
#[derive(serde::Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<String>,
}

impl PageQuery {
    /// The page asked for, or a clear 400.
    pub fn window(&self) -> Result<(u64, Window), AppError> {
        let page = match self.page.as_deref() {
            None | Some("") => 1,
            Some(p) => p
                .parse::<u64>()
                .ok()
                .filter(|n| (1..=1_000_000).contains(n))
                .ok_or_else(|| AppError::BadRequest(tr("audit.bad_page").to_string()))?,
        };
        Ok((
            page,
            Window {
                offset: (page - 1) * PAGE_ROWS,
                limit: PAGE_ROWS,
            },
        ))
    }
}

pub async fn show(
    State(app): State<AppState>,
    t: Target,
    Query(q): Query<PageQuery>,
    viewer: Viewer,
) -> AppResult {
    let (number, window) = q.window()?;
    let mut trail = trail(&app.db, &t.edition.id, &t.state.iso3, Some(window)).await?;
    if country_view(&viewer) {
        crate::audit::as_seen_by_country(&app.db, &mut trail.rows).await?;
    }
    let shown: Vec<AuditRow> = trail.rows.iter().map(row).collect();
    let pager = pager(number, trail.total);
    Ok(render_html(
        StatusCode::OK,
        tr("audit.title"),
        false,
        || audit_page(&t.edition.id, t.state, &shown, trail.total as usize, pager),
    ))
}

pub async fn csv(State(app): State<AppState>, t: Target, viewer: Viewer) -> AppResult {
    let mut trail = trail(&app.db, &t.edition.id, &t.state.iso3, None).await?;
    if country_view(&viewer) {
        crate::audit::as_seen_by_country(&app.db, &mut trail.rows).await?;
    }
    let body =
        trail_csv(&t.state.iso3, &trail.rows).map_err(|e| AppError::Internal(e.to_string()))?;
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

/// Whether the trail is read by the Member State's own people (who see UN
/// DESA's people by role and name only).
fn country_view(viewer: &Viewer) -> bool {
    !viewer.user().is_some_and(crate::accounts::access::is_staff)
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
        crate::audit::kind::INVITATION_RESENT => tr("audit.invitation_resent"),
        crate::audit::kind::ROLE_CHANGED => tr("audit.role_changed"),
        crate::audit::kind::TWO_FACTOR_RESET => tr("audit.two_factor_reset"),
        crate::audit::kind::TWO_FACTOR_REENROLLED => tr("audit.two_factor_reenrolled"),
        crate::audit::kind::RECOVERY_CODES_RENEWED => tr("audit.recovery_codes_renewed"),
        crate::audit::kind::API_TOKEN_RENEWED => tr("audit.api_token_renewed"),
        crate::audit::kind::TWO_FACTOR_ON => tr("audit.two_factor_on"),
        crate::audit::kind::RESET_REQUESTED => tr("audit.reset_requested"),
        crate::audit::kind::RESET_REFUSED => tr("audit.reset_refused"),
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
        crate::audit::kind::EDITION_OPENED => tr("audit.edition_opened"),
        crate::audit::kind::EDITION_CLOSED => tr("audit.edition_closed"),
        crate::audit::kind::EDITION_DRAFTED => tr("audit.edition_drafted"),
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

/// Which neighbouring pages exist.
pub fn pager(page: u64, total: u64) -> app::pages::audit::Pager {
    app::pages::audit::Pager {
        page,
        newer: page > 1,
        older: page * PAGE_ROWS < total,
    }
}
