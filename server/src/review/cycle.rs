//! The state of every Member State in an edition, for the dashboard and
//! the exports: one pass over the responses, their latest versions, the
//! decisions, the open queries and the assignments (a handful of queries
//! whatever the number of countries).

use super::{assignments, decisions, queries};
use crate::db::entities::{answers, responses, submissions};
use crate::db::{Corrupt, LoadError};
use crate::drafts::store;
use app::cycle::CycleState;
use app::member_states::{self, MemberState};
use app::questionnaire::progress::overall;
use app::questionnaire::Edition;
use app::review::DashboardRow;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// One Member State's place in the cycle.
#[derive(Clone, Debug)]
pub struct Standing {
    pub state: &'static MemberState,
    pub response: Option<store::Response>,
    pub cycle: CycleState,
    /// The latest submitted version.
    pub version: Option<i32>,
    /// Questions answered, in per cent (drafts and returned responses).
    pub percent: Option<u8>,
    /// (user id, name) of the assigned reviewers.
    pub reviewers: Vec<(i64, String)>,
    pub open_queries: usize,
    /// Open queries the country answered last.
    pub queries_answered: usize,
}

impl Standing {
    pub fn row(&self) -> DashboardRow {
        DashboardRow {
            iso3: self.state.iso3.clone(),
            name: self.state.name.clone(),
            region: self.state.region.clone(),
            state: self.cycle,
            percent: self.percent,
            version: self.version,
            last_activity: self
                .response
                .as_ref()
                .map(|r| r.updated_at.format("%Y-%m-%d %H:%M").to_string()),
            last_activity_key: self
                .response
                .as_ref()
                .map_or(0, |r| r.updated_at.timestamp_micros()),
            reviewers: self.reviewers.iter().map(|(_, n)| n.clone()).collect(),
            reviewer_ids: self.reviewers.iter().map(|(id, _)| *id).collect(),
            open_queries: self.open_queries,
            queries_answered: self.queries_answered,
        }
    }
}

/// Every Member State of the edition, in the order of `member_states::all`.
pub async fn standings(
    db: &impl ConnectionTrait,
    edition: &Edition,
) -> Result<Vec<Standing>, LoadError> {
    let responses: HashMap<String, store::Response> = responses::Entity::find()
        .filter(responses::Column::Edition.eq(edition.id.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| Ok((r.member_state.clone(), store::Response::try_from(r)?)))
        .collect::<Result<_, Corrupt>>()?;
    let ids: Vec<i64> = responses.values().map(|r| r.id).collect();
    let latest: HashMap<i64, i32> = submissions::Entity::find()
        .select_only()
        .column(submissions::Column::ResponseId)
        .column_as(submissions::Column::Version.max(), "v")
        .filter(submissions::Column::Edition.eq(edition.id.as_str()))
        .group_by(submissions::Column::ResponseId)
        .into_tuple::<(i64, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let returned = decisions::ever_returned(db, &ids).await?;
    let open = queries::open_counts(db, &ids).await?;
    let reviewers = assignments::of_edition(db, &edition.id).await?;
    // Progress only where someone is still writing: the answers of those
    // responses alone are read.
    let writing: Vec<i64> = responses
        .values()
        .filter(|r| r.status.editable())
        .map(|r| r.id)
        .collect();
    let progress = progress_of(db, edition, &writing).await?;
    let open_of = |id: Option<i64>| id.and_then(|id| open.get(&id).copied()).unwrap_or_default();

    Ok(member_states::all()
        .iter()
        .map(|state| {
            let response = responses.get(&state.iso3).cloned();
            let status = response.as_ref().map(|r| r.status);
            let id = response.as_ref().map(|r| r.id);
            let percent = id.and_then(|id| progress.get(&id).copied());
            let answered =
                percent.is_some_and(|p| p > 0) || id.is_some_and(|id| latest.contains_key(&id));
            let cycle = CycleState::of(
                status,
                answered,
                id.is_some_and(|id| returned.contains(&id)),
            );
            Standing {
                state,
                cycle,
                version: id.and_then(|id| latest.get(&id).copied()),
                percent: status.filter(|s| s.editable()).and(percent),
                reviewers: reviewers
                    .get(&state.iso3)
                    .map(|us| us.iter().map(|u| (u.id, u.name.clone())).collect())
                    .unwrap_or_default(),
                open_queries: open_of(id).open,
                queries_answered: open_of(id).answered,
                response,
            }
        })
        .collect())
}

/// Per cent of the asked questions answered, per response.
async fn progress_of(
    db: &impl ConnectionTrait,
    edition: &Edition,
    response_ids: &[i64],
) -> Result<HashMap<i64, u8>, DbErr> {
    if response_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = answers::Entity::find()
        .filter(answers::Column::ResponseId.is_in(response_ids.iter().copied()))
        .all(db)
        .await?;
    let mut by_response: HashMap<i64, Vec<answers::Model>> = HashMap::new();
    for r in rows {
        by_response.entry(r.response_id).or_default().push(r);
    }
    Ok(response_ids
        .iter()
        .map(|id| {
            let stored: store::StoredAnswers = by_response
                .remove(id)
                .unwrap_or_default()
                .into_iter()
                .map(store::to_stored)
                .collect();
            let (done, total) = overall(edition, &store::typed(edition, &stored));
            let percent = (done * 100).checked_div(total).unwrap_or(0);
            (*id, percent.min(100) as u8)
        })
        .collect())
}
