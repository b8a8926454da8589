//! Which responses an export holds: each Member State's latest submitted
//! version (the accepted one, once accepted), kept by the dashboard's
//! filters (state, region, reviewer, name).

use crate::db::entities::submissions;
use crate::db::LoadError;
use crate::review::cycle;
use crate::submissions::Version;
use app::cycle::CycleState;
use app::member_states::MemberState;
use app::questionnaire::Edition;
use app::review::DashboardFilter;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// One Member State's exported version.
pub struct Exported {
    pub state: &'static MemberState,
    pub cycle: CycleState,
    pub version: Version,
}

/// The exported versions, in the order of the Member States' names.
pub async fn select(
    db: &impl ConnectionTrait,
    edition: &Edition,
    filter: &DashboardFilter,
) -> Result<Vec<Exported>, LoadError> {
    let standings: Vec<cycle::Standing> = cycle::standings(db, edition)
        .await?
        .into_iter()
        .filter(|s| s.version.is_some() && filter.keeps(&s.row()))
        .collect();
    let wanted: HashMap<i64, i32> = standings
        .iter()
        .filter_map(|s| Some((s.response.as_ref()?.id, s.version?)))
        .collect();
    let mut latest: HashMap<i64, Version> = HashMap::new();
    // Versions are read in pages, so memory stays bounded by the export.
    let ids: Vec<i64> = wanted.keys().copied().collect();
    for chunk in ids.chunks(200) {
        let rows = submissions::Entity::find()
            .filter(submissions::Column::ResponseId.is_in(chunk.iter().copied()))
            .order_by_asc(submissions::Column::Id)
            .all(db)
            .await?;
        for row in rows {
            if wanted.get(&row.response_id) == Some(&row.version) {
                latest.insert(row.response_id, Version::try_from(row)?);
            }
        }
    }
    Ok(standings
        .into_iter()
        .filter_map(|s| {
            let version = latest.remove(&s.response.as_ref()?.id)?;
            Some(Exported {
                state: s.state,
                cycle: s.cycle,
                version,
            })
        })
        .collect())
}
