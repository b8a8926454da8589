//! Which reviewers follow which Member States in an edition. Administrators
//! assign; a reviewer acts only on the countries assigned to them
//! (`accounts::access::may_review`).

use crate::db::entities::{reviewer_assignments as ra, users};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::BTreeMap;

/// Assigns a reviewer to Member States (already assigned ones stay).
pub async fn assign(
    db: &impl ConnectionTrait,
    edition: &str,
    countries: &[String],
    user_id: i64,
    by: &str,
) -> Result<(), DbErr> {
    let now = Utc::now();
    for iso3 in countries {
        ra::Entity::insert(ra::ActiveModel {
            edition: Set(edition.to_string()),
            member_state: Set(iso3.clone()),
            user_id: Set(user_id),
            assigned_by: Set(by.to_string()),
            assigned_at: Set(now),
            ..Default::default()
        })
        .on_conflict_do_nothing_on([
            ra::Column::Edition,
            ra::Column::MemberState,
            ra::Column::UserId,
        ])
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Takes a reviewer off Member States.
pub async fn unassign(
    db: &impl ConnectionTrait,
    edition: &str,
    countries: &[String],
    user_id: i64,
) -> Result<(), DbErr> {
    ra::Entity::delete_many()
        .filter(ra::Column::Edition.eq(edition))
        .filter(ra::Column::MemberState.is_in(countries.iter().cloned()))
        .filter(ra::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn is_assigned(
    db: &impl ConnectionTrait,
    edition: &str,
    iso3: &str,
    user_id: i64,
) -> Result<bool, DbErr> {
    Ok(ra::Entity::find()
        .filter(ra::Column::Edition.eq(edition))
        .filter(ra::Column::MemberState.eq(iso3))
        .filter(ra::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .is_some())
}

/// The Member States a reviewer is assigned to, in any edition.
pub async fn countries_of(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<std::collections::BTreeSet<String>, DbErr> {
    Ok(ra::Entity::find()
        .filter(ra::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.member_state)
        .collect())
}

/// The reviewers of every assigned Member State of an edition, by ISO3.
pub async fn of_edition(
    db: &impl ConnectionTrait,
    edition: &str,
) -> Result<BTreeMap<String, Vec<users::Model>>, DbErr> {
    let rows = ra::Entity::find()
        .filter(ra::Column::Edition.eq(edition))
        .order_by_asc(ra::Column::Id)
        .all(db)
        .await?;
    let people: BTreeMap<i64, users::Model> = users::Entity::find()
        .filter(users::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut out: BTreeMap<String, Vec<users::Model>> = BTreeMap::new();
    for r in rows {
        if let Some(u) = people.get(&r.user_id) {
            out.entry(r.member_state).or_default().push(u.clone());
        }
    }
    Ok(out)
}

/// The reviewers assigned to one Member State.
pub async fn reviewers_of(
    db: &impl ConnectionTrait,
    edition: &str,
    iso3: &str,
) -> Result<Vec<users::Model>, DbErr> {
    let ids: Vec<i64> = ra::Entity::find()
        .filter(ra::Column::Edition.eq(edition))
        .filter(ra::Column::MemberState.eq(iso3))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .filter(users::Column::Disabled.eq(false))
        .all(db)
        .await
}
