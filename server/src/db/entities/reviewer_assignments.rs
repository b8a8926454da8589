//! `reviewer_assignments`: which reviewer follows which Member State in an
//! edition (a reviewer follows several).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviewer_assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub edition: String,
    pub member_state: String,
    pub user_id: i64,
    pub assigned_by: String,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
