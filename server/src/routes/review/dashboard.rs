//! `GET /review/{edition}`: the cycle dashboard (filters as URL parameters:
//! `state`, `region`, `reviewer`, `q`, `sort`; a bad one is a 400 that says
//! which and why) and `POST /review/{edition}/assignments` (administrators
//! assign reviewers to the selected Member States).

use super::super::access::staff;
use crate::accounts::viewer::Viewer;
use crate::accounts::{access, users, Role};
use crate::audit::{self, kind};
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::review::{assignments, cycle};
use crate::state::AppState;
use app::cycle::CycleState;
use app::i18n::{tr, tr_args};
use app::member_states;
use app::pages::review::dashboard::{dashboard_page, DashboardFilter, DashboardView, Sort};
use app::pages::review::paths;
use app::pages::review::region_chart::REGIONS;
use app::questionnaire::text::plain;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;

/// The URL's filters, checked.
pub fn parse_filter(query: Option<&str>) -> Result<DashboardFilter, AppError> {
    let mut f = DashboardFilter::default();
    let bad = |name: &str, value: &str, allowed: String| {
        AppError::BadRequest(tr_args(
            "review.bad_filter",
            &[("name", &name), ("value", &value), ("allowed", &allowed)],
        ))
    };
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_ref() {
            "state" => {
                f.state = Some(CycleState::parse(v).ok_or_else(|| {
                    bad("state", v, CycleState::ALL.map(|s| s.as_str()).join(", "))
                })?)
            }
            "region" => {
                let r = REGIONS
                    .iter()
                    .find(|r| r.eq_ignore_ascii_case(v))
                    .ok_or_else(|| bad("region", v, REGIONS.join(", ")))?;
                f.region = Some(r.to_string());
            }
            "reviewer" => {
                f.reviewer = Some(
                    v.parse()
                        .map_err(|_| bad("reviewer", v, tr("review.reviewer_ids").to_string()))?,
                )
            }
            "q" => f.q = v.chars().take(100).collect(),
            "sort" => {
                f.sort = Sort::parse(v)
                    .ok_or_else(|| bad("sort", v, Sort::ALL.map(|s| s.as_str()).join(", ")))?
            }
            // Unknown parameters (a tracking tag, an old link) are ignored.
            _ => {}
        }
    }
    Ok(f)
}

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

pub async fn show(
    State(app): State<AppState>,
    Path(edition): Path<String>,
    RawQuery(query): RawQuery,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let user = match staff(&viewer, &uri, &headers, false) {
        Ok(u) => u.clone(),
        Err(r) => return *r,
    };
    respond(
        render(&app, &edition, query.as_deref(), &user, &headers).await,
        &headers,
    )
}

async fn render(
    app: &AppState,
    edition: &str,
    query: Option<&str>,
    user: &crate::accounts::User,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let edition = crate::routes::target::edition(app, edition)?;
    let filter = parse_filter(query)?;
    let notice = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "done")
        .map(|(_, v)| match v.as_ref() {
            "assigned" => tr("review.assigned_done").to_string(),
            _ => tr("review.unassigned_done").to_string(),
        });
    let rows: Vec<_> = cycle::standings(&app.db, edition)
        .await?
        .iter()
        .map(cycle::Standing::row)
        .collect();
    let reviewers = reviewers(app).await?;
    let title = tr("review.dashboard_title");
    let edition_title = plain(edition.title.en());
    Ok(render_html(StatusCode::OK, headers, title, false, || {
        dashboard_page(&DashboardView {
            edition: &edition.id,
            edition_title,
            rows: &rows,
            filter: &filter,
            reviewers: &reviewers,
            can_assign: access::manages_cycle(user),
            notice,
        })
    }))
}

pub async fn assign(
    State(app): State<AppState>,
    Path(edition): Path<String>,
    viewer: Viewer,
    uri: Uri,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) = staff(&viewer, &uri, &headers, true) {
        return *r;
    }
    respond(
        run_assign(&app, &edition, &viewer, &peer, &body).await,
        &headers,
    )
}

async fn run_assign(
    app: &AppState,
    edition: &str,
    viewer: &Viewer,
    peer: &SocketAddr,
    body: &[u8],
) -> Result<Response, AppError> {
    let edition = crate::routes::target::edition(app, edition)?;
    let mut countries = Vec::new();
    let (mut reviewer, mut action) = (None, String::new());
    for (k, v) in form_urlencoded::parse(body) {
        match k.as_ref() {
            "country" => {
                let state = member_states::by_iso3(&v).ok_or_else(|| {
                    AppError::BadRequest(tr_args("errors.unknown_country", &[("code", &v)]))
                })?;
                countries.push(state.iso3.clone());
            }
            "reviewer" => reviewer = v.parse::<i64>().ok(),
            "_action" => action = v.into_owned(),
            _ => {}
        }
    }
    if countries.is_empty() {
        return Err(AppError::BadRequest(tr("review.pick_some").to_string()));
    }
    let reviewers = reviewers(app).await?;
    let (reviewer_id, reviewer_name) = reviewer
        .and_then(|id| reviewers.into_iter().find(|(r, _)| *r == id))
        .ok_or_else(|| AppError::BadRequest(tr("review.pick_reviewer").to_string()))?;
    let by = viewer.actor();
    let assigning = action != "unassign";
    if assigning {
        assignments::assign(&app.db, &edition.id, &countries, reviewer_id, &by).await?;
    } else {
        assignments::unassign(&app.db, &edition.id, &countries, reviewer_id).await?;
    }
    for iso3 in &countries {
        audit::record(
            &app.db,
            audit::by(
                viewer,
                peer,
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
