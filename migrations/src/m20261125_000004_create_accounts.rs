//! Accounts: people with a role (and a Member State for country roles),
//! their server-side sessions, one-time links (first password, reset), and
//! the audit trail of sign-ins, submissions and downloads.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    Role,
    MemberState,
    Disabled,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OneTimeLinks {
    Table,
    TokenHash,
    UserId,
    Purpose,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    At,
    UserId,
    Actor,
    Kind,
    MemberState,
    Detail,
    Address,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(big_pk_auto(Users::Id))
                    // Stored lower-case.
                    .col(string_len_uniq(Users::Email, 254))
                    .col(string_len(Users::Name, 200))
                    // argon2id PHC string; empty until the person sets one.
                    .col(string_len(Users::PasswordHash, 200))
                    // respondent | focal_point | reviewer | admin
                    .col(string_len(Users::Role, 20))
                    .col(string_len_null(Users::MemberState, 3))
                    .col(boolean(Users::Disabled).default(false))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    // SHA-256 (hex) of the cookie's token: a database leak
                    // gives no usable session.
                    .col(string_len(Sessions::TokenHash, 64).primary_key())
                    .col(big_integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("sessions_user")
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OneTimeLinks::Table)
                    .col(string_len(OneTimeLinks::TokenHash, 64).primary_key())
                    .col(big_integer(OneTimeLinks::UserId))
                    // invitation | reset | setup
                    .col(string_len(OneTimeLinks::Purpose, 20))
                    .col(string_len(OneTimeLinks::CreatedBy, 254))
                    .col(timestamp_with_time_zone(OneTimeLinks::CreatedAt))
                    .col(timestamp_with_time_zone(OneTimeLinks::ExpiresAt))
                    .col(timestamp_with_time_zone_null(OneTimeLinks::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("one_time_links_user")
                            .from(OneTimeLinks::Table, OneTimeLinks::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(timestamp_with_time_zone(AuditEvents::At))
                    .col(big_integer_null(AuditEvents::UserId))
                    // The e-mail (or "anonymous") as it was at the time.
                    .col(string_len(AuditEvents::Actor, 254))
                    .col(string_len(AuditEvents::Kind, 40))
                    .col(string_len_null(AuditEvents::MemberState, 3))
                    .col(text(AuditEvents::Detail))
                    .col(string_len(AuditEvents::Address, 64))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "audit_events_member_state_at",
                vec![AuditEvents::MemberState, AuditEvents::At],
            ),
            (
                "audit_events_kind_at",
                vec![AuditEvents::Kind, AuditEvents::At],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(AuditEvents::Table);
            for c in cols {
                index.col(c);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            AuditEvents::Table.into_iden(),
            OneTimeLinks::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(t).to_owned())
                .await?;
        }
        Ok(())
    }
}
