//! The signed PDF of each submitted version, made once and kept, so its
//! download is the same file every time and an uploaded copy can be found
//! by its SHA-256.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SubmissionPdfs {
    Table,
    SubmissionId,
    Pdf,
    Sha256,
    Signer,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SubmissionPdfs::Table)
                    .col(big_integer(SubmissionPdfs::SubmissionId).primary_key())
                    .col(blob(SubmissionPdfs::Pdf))
                    // SHA-256 (hex) of the whole file.
                    .col(string_len(SubmissionPdfs::Sha256, 64))
                    // SHA-256 (hex) of the signing certificate.
                    .col(string_len(SubmissionPdfs::Signer, 64))
                    .col(timestamp_with_time_zone(SubmissionPdfs::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("submission_pdfs_submission")
                            .from(SubmissionPdfs::Table, SubmissionPdfs::SubmissionId)
                            .to(Submissions::Table, Submissions::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("submission_pdfs_sha256")
                    .table(SubmissionPdfs::Table)
                    .col(SubmissionPdfs::Sha256)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SubmissionPdfs::Table).to_owned())
            .await
    }
}
