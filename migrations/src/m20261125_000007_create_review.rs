//! The review workspace: which reviewer follows which Member State, the
//! query threads on answers, the review decisions (returned, accepted,
//! reopened) and the analysts' personal API tokens.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReviewerAssignments {
    Table,
    Id,
    Edition,
    MemberState,
    UserId,
    AssignedBy,
    AssignedAt,
}

#[derive(DeriveIden)]
enum Queries {
    Table,
    Id,
    ResponseId,
    FieldId,
    Version,
    OpenedBy,
    OpenedAt,
    ResolvedBy,
    ResolvedAt,
}

#[derive(DeriveIden)]
enum QueryMessages {
    Table,
    Id,
    QueryId,
    UserId,
    Author,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ReviewDecisions {
    Table,
    Id,
    ResponseId,
    Version,
    Decision,
    Message,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenSha256,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReviewerAssignments::Table)
                    .col(big_pk_auto(ReviewerAssignments::Id))
                    .col(string_len(ReviewerAssignments::Edition, 32))
                    .col(string_len(ReviewerAssignments::MemberState, 3))
                    .col(big_integer(ReviewerAssignments::UserId))
                    .col(string_len(ReviewerAssignments::AssignedBy, 254))
                    .col(timestamp_with_time_zone(ReviewerAssignments::AssignedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("reviewer_assignments_user")
                            .from(ReviewerAssignments::Table, ReviewerAssignments::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reviewer_assignments_unique")
                    .table(ReviewerAssignments::Table)
                    .col(ReviewerAssignments::Edition)
                    .col(ReviewerAssignments::MemberState)
                    .col(ReviewerAssignments::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Queries::Table)
                    .col(big_pk_auto(Queries::Id))
                    .col(big_integer(Queries::ResponseId))
                    .col(string_len(Queries::FieldId, 100))
                    // The version the query was raised on.
                    .col(integer(Queries::Version))
                    .col(string_len(Queries::OpenedBy, 254))
                    .col(timestamp_with_time_zone(Queries::OpenedAt))
                    .col(string_len_null(Queries::ResolvedBy, 254))
                    .col(timestamp_with_time_zone_null(Queries::ResolvedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("queries_response")
                            .from(Queries::Table, Queries::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("queries_response")
                    .table(Queries::Table)
                    .col(Queries::ResponseId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QueryMessages::Table)
                    .col(big_pk_auto(QueryMessages::Id))
                    .col(big_integer(QueryMessages::QueryId))
                    .col(big_integer_null(QueryMessages::UserId))
                    // Name and e-mail as they were when written.
                    .col(string_len(QueryMessages::Author, 400))
                    .col(text(QueryMessages::Body))
                    .col(timestamp_with_time_zone(QueryMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("query_messages_query")
                            .from(QueryMessages::Table, QueryMessages::QueryId)
                            .to(Queries::Table, Queries::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("query_messages_query")
                    .table(QueryMessages::Table)
                    .col(QueryMessages::QueryId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReviewDecisions::Table)
                    .col(big_pk_auto(ReviewDecisions::Id))
                    .col(big_integer(ReviewDecisions::ResponseId))
                    .col(integer(ReviewDecisions::Version))
                    // returned | accepted | reopened
                    .col(string_len(ReviewDecisions::Decision, 16))
                    .col(text(ReviewDecisions::Message))
                    .col(string_len(ReviewDecisions::DecidedBy, 254))
                    .col(timestamp_with_time_zone(ReviewDecisions::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("review_decisions_response")
                            .from(ReviewDecisions::Table, ReviewDecisions::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("review_decisions_response")
                    .table(ReviewDecisions::Table)
                    .col(ReviewDecisions::ResponseId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(big_pk_auto(ApiTokens::Id))
                    .col(big_integer(ApiTokens::UserId))
                    .col(string_len(ApiTokens::Name, 200))
                    // Only the hash is kept; the token is shown once.
                    .col(string_len_uniq(ApiTokens::TokenSha256, 64))
                    .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("api_tokens_user")
                            .from(ApiTokens::Table, ApiTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ApiTokens::Table.into_iden(),
            ReviewDecisions::Table.into_iden(),
            QueryMessages::Table.into_iden(),
            Queries::Table.into_iden(),
            ReviewerAssignments::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
