//! The life of an edition (issue 14): drafted (its file is loaded, UN DESA
//! previews it), open (countries answer it, between an opening and a
//! closing time) or closed (read-only for countries). One row per edition
//! whose state was ever set; an edition without a row is a draft.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EditionStates {
    Table,
    Edition,
    State,
    OpensAt,
    ClosesAt,
    UpdatedBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EditionStates::Table)
                    .col(string_len(EditionStates::Edition, 32).primary_key())
                    // draft, open, closed
                    .col(string_len(EditionStates::State, 16))
                    .col(timestamp_with_time_zone_null(EditionStates::OpensAt))
                    .col(timestamp_with_time_zone_null(EditionStates::ClosesAt))
                    .col(string_len(EditionStates::UpdatedBy, 254))
                    .col(timestamp_with_time_zone(EditionStates::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EditionStates::Table).to_owned())
            .await
    }
}
