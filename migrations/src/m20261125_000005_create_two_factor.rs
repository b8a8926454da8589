//! Two-factor sign-in: each person's TOTP secret (pending until they
//! confirm a first code), their one-time recovery codes, and sign-ins
//! waiting for the second factor.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TwoFactor {
    Table,
    UserId,
    Secret,
    EnabledAt,
    LastStep,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    CodeHash,
    UserId,
    UsedAt,
}

#[derive(DeriveIden)]
enum PendingSignIns {
    Table,
    TokenHash,
    UserId,
    ExpiresAt,
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
                    .table(TwoFactor::Table)
                    .col(big_integer(TwoFactor::UserId).primary_key())
                    // Hex of the 160-bit secret.
                    .col(string_len(TwoFactor::Secret, 64))
                    // Null until the person confirmed a first code.
                    .col(timestamp_with_time_zone_null(TwoFactor::EnabledAt))
                    // The last time step used: a code works once.
                    .col(big_integer(TwoFactor::LastStep).default(0))
                    .foreign_key(
                        ForeignKey::create()
                            .name("two_factor_user")
                            .from(TwoFactor::Table, TwoFactor::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCodes::Table)
                    .col(string_len(RecoveryCodes::CodeHash, 64).primary_key())
                    .col(big_integer(RecoveryCodes::UserId))
                    .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("recovery_codes_user")
                            .from(RecoveryCodes::Table, RecoveryCodes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PendingSignIns::Table)
                    .col(string_len(PendingSignIns::TokenHash, 64).primary_key())
                    .col(big_integer(PendingSignIns::UserId))
                    .col(timestamp_with_time_zone(PendingSignIns::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("pending_sign_ins_user")
                            .from(PendingSignIns::Table, PendingSignIns::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            PendingSignIns::Table.into_iden(),
            RecoveryCodes::Table.into_iden(),
            TwoFactor::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(t).to_owned())
                .await?;
        }
        Ok(())
    }
}
