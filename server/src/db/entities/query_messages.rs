//! `query_messages`: the messages of a query thread, oldest first.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "query_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub query_id: i64,
    pub user_id: Option<i64>,
    pub author: String,
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
