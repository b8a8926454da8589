//! Answers carried over from the previous edition (issue 14, part 3). A
//! row per carried answer: where it came from, the value as carried (so a
//! change is seen by comparing), and who confirmed it unchanged. The frozen
//! version keeps the outcome per answer in `submissions.carried`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CarriedAnswers {
    Table,
    ResponseId,
    FieldId,
    FromEdition,
    FromField,
    FromVersion,
    Value,
    ConfirmedBy,
    ConfirmedAt,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Carried,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CarriedAnswers::Table)
                    .col(big_integer(CarriedAnswers::ResponseId))
                    .col(string_len(CarriedAnswers::FieldId, 64))
                    .col(string_len(CarriedAnswers::FromEdition, 32))
                    // The field id in the previous edition (a mapping may rename it).
                    .col(string_len(CarriedAnswers::FromField, 64))
                    // 0: a response file, not a submitted version.
                    .col(integer(CarriedAnswers::FromVersion))
                    // Canonical JSON of the value as carried.
                    .col(text(CarriedAnswers::Value))
                    .col(string_len_null(CarriedAnswers::ConfirmedBy, 254))
                    .col(timestamp_with_time_zone_null(CarriedAnswers::ConfirmedAt))
                    .primary_key(
                        Index::create()
                            .col(CarriedAnswers::ResponseId)
                            .col(CarriedAnswers::FieldId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("carried_answers_response")
                            .from(CarriedAnswers::Table, CarriedAnswers::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Submissions::Table)
                    // JSON {"from": "2020", "fields": {"q1": "confirmed", …}};
                    // NULL when nothing was carried.
                    .add_column(text_null(Submissions::Carried))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Submissions::Table)
                    .drop_column(Submissions::Carried)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(CarriedAnswers::Table).to_owned())
            .await
    }
}
