//! `GET /api/v1/editions/{edition}/member-states`: every Member State with
//! its state in the edition, filtered like the dashboard.

use super::analyst::{Analyst, ApiError, ErrorBody};
use super::filters::ListFilters;
use crate::exports::filter;
use crate::review::cycle;
use crate::state::AppState;
use app::review::Sort;
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

/// A Member State's place in the survey cycle.
#[derive(Serialize, ToSchema)]
pub struct MemberStateStatus {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    pub name: String,
    /// UN M49 region: Africa, Americas, Asia, Europe or Oceania.
    pub region: String,
    /// UN M49 sub-region (the intermediate region where there is one).
    pub subregion: String,
    /// not_started, in_progress, submitted, returned, resubmitted or accepted.
    pub state: String,
    /// The latest submitted version, if any.
    pub version: Option<i32>,
    /// Questions answered, in per cent, while the country is writing.
    pub percent_answered: Option<u8>,
    pub open_queries: usize,
    /// Last change (RFC 3339), if any.
    pub last_activity: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/editions/{edition}/member-states",
    params(
        ("edition" = String, Path, description = "The edition, e.g. 2020", example = "2020"),
        ListFilters,
    ),
    responses(
        (status = 200, description = "The Member States (193 without filters), by UN name unless `sort` says otherwise", body = [MemberStateStatus]),
        (status = 400, description = "A filter has a value it cannot have", body = ErrorBody),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 404, description = "No such edition", body = ErrorBody),
    )
)]
pub async fn list(
    State(app): State<AppState>,
    _analyst: Analyst,
    Path(edition): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<MemberStateStatus>>, ApiError> {
    let edition = crate::routes::target::edition(&app, &edition)?;
    let filter = filter::parse_strict(query.as_deref())?;
    let standings = cycle::standings(&app.db, edition).await?;
    let by_iso3: std::collections::HashMap<&str, &cycle::Standing> = standings
        .iter()
        .map(|s| (s.state.iso3.as_str(), s))
        .collect();
    let all_rows: Vec<_> = standings.iter().map(cycle::Standing::row).collect();
    let rows = filter
        .apply(&all_rows, Sort::Name)
        .iter()
        .filter_map(|row| by_iso3.get(row.iso3.as_str()).copied())
        .map(|s| MemberStateStatus {
            iso3: s.state.iso3.clone(),
            name: s.state.name.clone(),
            region: s.state.region.clone(),
            subregion: s.state.subregion.clone(),
            state: s.cycle.as_str().to_string(),
            version: s.version,
            percent_answered: s.percent,
            open_queries: s.open_queries,
            last_activity: s.response.as_ref().map(|r| r.updated_at.to_rfc3339()),
        })
        .collect();
    Ok(Json(rows))
}
