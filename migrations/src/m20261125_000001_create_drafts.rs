//! Responses (one per Member State and edition) and their answers, one row
//! per field, with a revision number for optimistic concurrency, and the
//! history of every change.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
    Edition,
    MemberState,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    ResponseId,
    FieldId,
    Value,
    Revision,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AnswerChanges {
    Table,
    Id,
    ResponseId,
    FieldId,
    OldValue,
    NewValue,
    Revision,
    ChangedBy,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Responses::Table)
                    .col(big_pk_auto(Responses::Id))
                    .col(string_len(Responses::Edition, 32))
                    .col(string_len(Responses::MemberState, 3))
                    .col(string_len(Responses::Status, 32))
                    .col(timestamp_with_time_zone(Responses::CreatedAt))
                    .col(timestamp_with_time_zone(Responses::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("responses_edition_member_state")
                    .table(Responses::Table)
                    .col(Responses::Edition)
                    .col(Responses::MemberState)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Answers::Table)
                    .col(big_integer(Answers::ResponseId))
                    .col(string_len(Answers::FieldId, 64))
                    // Canonical JSON of the answer; NULL once cleared.
                    .col(text_null(Answers::Value))
                    .col(big_integer(Answers::Revision))
                    .col(string_len(Answers::UpdatedBy, 200))
                    .col(timestamp_with_time_zone(Answers::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(Answers::ResponseId)
                            .col(Answers::FieldId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("answers_response")
                            .from(Answers::Table, Answers::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AnswerChanges::Table)
                    .col(big_pk_auto(AnswerChanges::Id))
                    .col(big_integer(AnswerChanges::ResponseId))
                    .col(string_len(AnswerChanges::FieldId, 64))
                    .col(text_null(AnswerChanges::OldValue))
                    .col(text_null(AnswerChanges::NewValue))
                    .col(big_integer(AnswerChanges::Revision))
                    .col(string_len(AnswerChanges::ChangedBy, 200))
                    .col(timestamp_with_time_zone(AnswerChanges::ChangedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("answer_changes_response")
                            .from(AnswerChanges::Table, AnswerChanges::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("answer_changes_response_time")
                    .table(AnswerChanges::Table)
                    .col(AnswerChanges::ResponseId)
                    .col(AnswerChanges::ChangedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AnswerChanges::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Answers::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Responses::Table).to_owned())
            .await
    }
}
