//! `GET /review/{edition}`: the cycle dashboard (filters as URL parameters:
//! `state`, `region`, `reviewer`, `q`, `sort`, read by
//! `exports::filter`; a bad one is a 400 that says which and why) and
//! `POST /review/{edition}/assignments` (administrators assign reviewers to
//! the selected Member States).

use crate::accounts::viewer::Viewer;
use crate::accounts::{access, users, Role};
use crate::audit::{self, kind};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::exports::filter;
use crate::review::{assignments, cycle};
use crate::routes::extract::{Administrator, Form, Query, Staff};
use crate::routes::render::render_html;
use crate::routes::target::EditionParam;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::member_states;
use app::pages::review::dashboard::{dashboard_page, DashboardView};
use app::paths::review as paths;
use app::questionnaire::text::plain;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

/// Every enabled reviewer (id, name), for the filters and the assignment
/// form (administrators act on every country without an assignment).
async fn reviewers(app: &AppState) -> Result<Vec<(i64, String)>, AppError> {
    Ok(users::all(&app.db)
        .await?
        .into_iter()
        .filter(|u| !u.disabled && u.role == Role::Reviewer.as_str())
        .map(|u| (u.id, u.name))
        .collect())
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /review/{edition}` (staff: the access layer checks it).
pub async fn show(
    State(app): State<AppState>,
    EditionParam(edition): EditionParam,
    RawQuery(query): RawQuery,
    Query(q): Query<DoneQuery>,
    Staff(user): Staff,
) -> AppResult {
    let filter = filter::parse(query.as_deref())?;
    let notice = q.done.map(|done| match done.as_str() {
        "assigned" => tr("review.assigned_done").to_string(),
        _ => tr("review.unassigned_done").to_string(),
    });
    let rows: Vec<_> = cycle::standings(&app.db, edition)
        .await?
        .iter()
        .map(cycle::Standing::row)
        .collect();
    let reviewers = reviewers(&app).await?;
    let title = tr("review.dashboard_title");
    let edition_title = plain(edition.title.en());
    Ok(render_html(StatusCode::OK, title, false, || {
        dashboard_page(&DashboardView {
            edition: &edition.id,
            edition_title,
            rows: &rows,
            filter: &filter,
            reviewers: &reviewers,
            can_assign: access::manages_cycle(&user),
            notice,
        })
    }))
}

#[derive(Deserialize, Default)]
pub struct AssignForm {
    /// The selected Member States (ISO3).
    #[serde(default)]
    country: Vec<String>,
    #[serde(default)]
    reviewer: String,
    /// `unassign`, or anything else to assign.
    #[serde(default, rename = "_action")]
    action: String,
}

/// `POST /review/{edition}/assignments` (administrators).
pub async fn assign(
    State(app): State<AppState>,
    EditionParam(edition): EditionParam,
    _: Administrator,
    viewer: Viewer,
    address: ClientAddress,
    Form(form): Form<AssignForm>,
) -> AppResult {
    let mut countries = Vec::new();
    for code in &form.country {
        let state = member_states::by_iso3(code).ok_or_else(|| {
            AppError::BadRequest(tr_args("errors.unknown_country", &[("code", code)]))
        })?;
        countries.push(state.iso3.clone());
    }
    if countries.is_empty() {
        return Err(AppError::BadRequest(tr("review.pick_some").to_string()));
    }
    let reviewers = reviewers(&app).await?;
    let (reviewer_id, reviewer_name) = form
        .reviewer
        .parse::<i64>()
        .ok()
        .and_then(|id| reviewers.into_iter().find(|(r, _)| *r == id))
        .ok_or_else(|| AppError::BadRequest(tr("review.pick_reviewer").to_string()))?;
    let by = viewer.actor();
    let assigning = form.action != "unassign";
    if assigning {
        assignments::assign(&app.db, &edition.id, &countries, reviewer_id, &by).await?;
    } else {
        assignments::unassign(&app.db, &edition.id, &countries, reviewer_id).await?;
    }
    for iso3 in &countries {
        audit::record(
            &app.db,
            audit::by(
                &viewer,
                &address,
                if assigning {
                    kind::REVIEWER_ASSIGNED
                } else {
                    kind::REVIEWER_UNASSIGNED
                },
                iso3,
                format!(
                    "edition {} reviewer {reviewer_name} (#{reviewer_id})",
                    edition.id
                ),
            ),
        )
        .await?;
    }
    let done = if assigning { "assigned" } else { "unassigned" };
    Ok(Redirect::to(&format!("{}?done={done}", paths::dashboard(&edition.id))).into_response())
}
