//! `submissions`: one frozen, submitted version of a response.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub response_id: i64,
    /// 1, 2, … per response.
    pub version: i32,
    pub edition: String,
    pub member_state: String,
    /// Canonical JSON of the answers; never changes.
    pub answers: String,
    /// SHA-256 (hex) of `answers`.
    pub sha256: String,
    pub submitted_by: String,
    pub submitted_at: DateTimeUtc,
    /// What became of the answers carried over from the previous edition:
    /// JSON `{"from": "2020", "fields": {"q1": "confirmed", …}}`; None
    /// when nothing was carried.
    pub carried: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
