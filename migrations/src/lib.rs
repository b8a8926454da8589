//! The database schema, one migration per file, named
//! `mYYYYMMDD_NNNNNN_what.rs`. They are independent of the entity structs in
//! `server/src/db/entities`, so old migrations never change when the code
//! does. Applied at start-up (`Migrator::up`), on SQLite and PostgreSQL alike.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_create_drafts;
mod m20261125_000002_create_submissions;
mod m20261125_000003_create_submission_pdfs;
mod m20261125_000004_create_accounts;
mod m20261125_000005_create_two_factor;
mod m20261125_000006_create_outbox;
mod m20261125_000007_create_review;
mod m20261201_000008_security;
mod m20261201_000009_edition_states;
mod m20261201_000010_carried_answers;
mod m20261202_000011_api_token_expiry;
mod m20261202_000012_user_language;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_create_drafts::Migration),
            Box::new(m20261125_000002_create_submissions::Migration),
            Box::new(m20261125_000003_create_submission_pdfs::Migration),
            Box::new(m20261125_000004_create_accounts::Migration),
            Box::new(m20261125_000005_create_two_factor::Migration),
            Box::new(m20261125_000006_create_outbox::Migration),
            Box::new(m20261125_000007_create_review::Migration),
            Box::new(m20261201_000008_security::Migration),
            Box::new(m20261201_000009_edition_states::Migration),
            Box::new(m20261201_000010_carried_answers::Migration),
            Box::new(m20261202_000011_api_token_expiry::Migration),
            Box::new(m20261202_000012_user_language::Migration),
        ]
    }
}
