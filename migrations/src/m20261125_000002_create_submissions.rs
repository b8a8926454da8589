//! Submitted versions: the exact answers of a response as submitted,
//! frozen (v1, v2, … per response), with their SHA-256.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    ResponseId,
    Version,
    Edition,
    MemberState,
    Answers,
    Sha256,
    SubmittedBy,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(big_pk_auto(Submissions::Id))
                    .col(big_integer(Submissions::ResponseId))
                    .col(integer(Submissions::Version))
                    .col(string_len(Submissions::Edition, 32))
                    .col(string_len(Submissions::MemberState, 3))
                    // Canonical JSON of the answers (keys sorted, no spaces).
                    .col(text(Submissions::Answers))
                    .col(string_len(Submissions::Sha256, 64))
                    .col(string_len(Submissions::SubmittedBy, 200))
                    .col(timestamp_with_time_zone(Submissions::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("submissions_response")
                            .from(Submissions::Table, Submissions::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("submissions_response_version")
                    .table(Submissions::Table)
                    .col(Submissions::ResponseId)
                    .col(Submissions::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("submissions_sha256")
                    .table(Submissions::Table)
                    .col(Submissions::Sha256)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Submissions::Table).to_owned())
            .await
    }
}
