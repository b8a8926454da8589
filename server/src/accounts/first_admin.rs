//! The first administrator of a new installation. On a database without
//! any account the server makes a secret link at start and prints it once
//! (as other self-hosted services print their first sign-in), so whoever
//! started it makes the first administrator in the browser: `GET
//! /first-admin/{secret}` asks for an e-mail address and a name, then leads
//! to choosing a password. The link works while no account exists; the
//! secret lives in the process only. `msq admin create` does the same from
//! the command line.

use crate::accounts::{links, token, users, Role};
use crate::audit::{self, kind, Event};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, PaginatorTrait};

/// The secret of this process's first-administrator link (None: accounts
/// exist, there is no link).
#[derive(Clone, Debug, Default)]
pub struct FirstAdmin {
    secret: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum FirstAdminError {
    /// Someone made an account meanwhile: the link is spent.
    #[error("an account exists already")]
    AccountsExist,
    #[error("{0}")]
    User(#[from] users::UserError),
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

impl FirstAdmin {
    /// A link when the database has no account yet.
    pub async fn prepare(db: &DatabaseConnection) -> Result<FirstAdmin, DbErr> {
        let none = crate::db::entities::users::Entity::find().count(db).await? == 0;
        Ok(FirstAdmin {
            secret: none.then(token::new_token),
        })
    }

    /// The link's path, to print.
    pub fn path(&self) -> Option<String> {
        self.secret.as_ref().map(|s| format!("/first-admin/{s}"))
    }

    /// Whether `typed` is this process's secret (compared in constant time).
    pub fn matches(&self, typed: &str) -> bool {
        let Some(secret) = &self.secret else {
            return false;
        };
        let (a, b) = (secret.as_bytes(), typed.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Makes the first administrator, if there is still no account, with the
/// audit row; returns the one-time link to choose the password.
pub async fn create(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    address: &str,
) -> Result<String, FirstAdminError> {
    let txn = crate::db::begin_write(db).await?;
    if crate::db::entities::users::Entity::find()
        .count(&txn)
        .await?
        > 0
    {
        return Err(FirstAdminError::AccountsExist);
    }
    let user = users::create(&txn, email, name, Role::Admin, None).await?;
    let link = links::create(&txn, user.id, "setup", "first start").await?;
    audit::record(
        &txn,
        Event {
            user_id: Some(user.id),
            actor: "first start".into(),
            kind: kind::ACCOUNT_CREATED,
            member_state: None,
            detail: format!("admin {} (the first administrator)", user.email),
            address: address.to_string(),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(link)
}
