//! Security hardening (issue 12): attempts counted by the throttle
//! (sign-in, second factor, password reset) so concurrent requests cannot
//! race a limit; devices that signed in before (their failures do not lock
//! the owner out); TOTP secrets stored encrypted (a longer column).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ThrottleAttempts {
    Table,
    Id,
    Bucket,
    At,
}

#[derive(DeriveIden)]
enum KnownDevices {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TwoFactor {
    Table,
    Secret,
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
                    .table(ThrottleAttempts::Table)
                    .col(big_pk_auto(ThrottleAttempts::Id))
                    // e.g. "sign-in:account:cio@gov.ma", "reset:address:192.0.2.1"
                    .col(string_len(ThrottleAttempts::Bucket, 320))
                    .col(timestamp_with_time_zone(ThrottleAttempts::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("throttle_attempts_bucket_at")
                    .table(ThrottleAttempts::Table)
                    .col(ThrottleAttempts::Bucket)
                    .col(ThrottleAttempts::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(KnownDevices::Table)
                    .col(string_len(KnownDevices::TokenHash, 64).primary_key())
                    .col(big_integer(KnownDevices::UserId))
                    .col(timestamp_with_time_zone(KnownDevices::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("known_devices_user")
                            .from(KnownDevices::Table, KnownDevices::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // SQLite does not enforce lengths (and cannot alter a column);
        // PostgreSQL needs room for the encrypted secret.
        if manager.get_database_backend() == sea_orm_migration::sea_orm::DatabaseBackend::Postgres {
            manager
                .alter_table(
                    Table::alter()
                        .table(TwoFactor::Table)
                        .modify_column(ColumnDef::new(TwoFactor::Secret).text().not_null())
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(KnownDevices::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ThrottleAttempts::Table).to_owned())
            .await
    }
}
