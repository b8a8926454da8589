//! `edition_states`: the life of each edition whose state was ever set
//! (`crate::editions`); an edition without a row is a draft.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "edition_states")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub edition: String,
    pub state: String,
    pub opens_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    pub updated_by: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
