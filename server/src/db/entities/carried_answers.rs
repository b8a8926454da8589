//! `carried_answers`: an answer copied from the previous edition, with the
//! value as carried and who confirmed it unchanged.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "carried_answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub response_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub field_id: String,
    pub from_edition: String,
    /// The field's id in the previous edition (a mapping may rename it).
    pub from_field: String,
    /// The version it came from; 0 for a response file.
    pub from_version: i32,
    /// Canonical JSON of the value as carried.
    pub value: String,
    pub confirmed_by: Option<String>,
    pub confirmed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
