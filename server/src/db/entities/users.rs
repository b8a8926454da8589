//! `users`: a person who signs in, with one role.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Lower-case.
    pub email: String,
    pub name: String,
    /// argon2id PHC string; empty until the person sets a password.
    pub password_hash: String,
    /// `accounts::Role` as text.
    pub role: String,
    /// ISO3 for respondents and focal points.
    pub member_state: Option<String>,
    pub disabled: bool,
    pub created_at: DateTimeUtc,
    /// The language they chose (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
    pub language: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
