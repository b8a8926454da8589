//! Users: created by an administrator (or `msq admin create`), found by
//! e-mail at sign-in.

use super::Role;
use crate::db::entities::users;
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// A signed-in person, as the rest of the server sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// ISO3, for respondents and focal points.
    pub member_state: Option<String>,
    /// Two-factor sign-in is on.
    pub two_factor: bool,
}

impl User {
    pub fn from_model(m: &users::Model) -> Option<User> {
        if m.disabled {
            return None;
        }
        Some(User {
            id: m.id,
            email: m.email.clone(),
            name: m.name.clone(),
            role: Role::parse(&m.role)?,
            member_state: m.member_state.clone(),
            two_factor: false,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("\"{0}\" is not an e-mail address")]
    BadEmail(String),
    #[error("a {0} needs a Member State (ISO 3166-1 alpha-3 code)")]
    NeedsCountry(&'static str),
    #[error("\"{0}\" is not the code of a UN Member State")]
    BadCountry(String),
    #[error("there is already an account for {0}")]
    Exists(String),
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("{0}")]
    Busy(#[from] super::password::Busy),
}

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Whether a typed e-mail address can be looked up at all: not too long,
/// and no control characters (a NUL byte would fail in PostgreSQL).
pub fn plausible_email(email: &str) -> bool {
    email.len() <= 254 && !email.chars().any(char::is_control)
}

pub async fn create(
    db: &impl ConnectionTrait,
    email: &str,
    name: &str,
    role: Role,
    member_state: Option<&str>,
) -> Result<users::Model, UserError> {
    let email = normalize_email(email);
    let valid = plausible_email(&email)
        && email.split_once('@').is_some_and(|(l, d)| {
            !l.is_empty()
                && d.contains('.')
                && !d.starts_with('.')
                && !email.contains(char::is_whitespace)
        });
    if !valid {
        return Err(UserError::BadEmail(email));
    }
    let member_state = match (role.has_country(), member_state) {
        (true, None) => return Err(UserError::NeedsCountry(role.as_str())),
        (true, Some(c)) => Some(
            app::member_states::by_iso3(c)
                .ok_or_else(|| UserError::BadCountry(c.to_string()))?
                .iso3
                .clone(),
        ),
        (false, _) => None,
    };
    if find_by_email(db, &email).await?.is_some() {
        return Err(UserError::Exists(email));
    }
    let model = users::Entity::insert(users::ActiveModel {
        email: Set(email.clone()),
        name: Set(name.trim().to_string()),
        password_hash: Set(String::new()),
        role: Set(role.as_str().to_string()),
        member_state: Set(member_state),
        disabled: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_with_returning(db)
    .await?;
    Ok(model)
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<users::Model>, DbErr> {
    users::Entity::find()
        .filter(users::Column::Email.eq(normalize_email(email)))
        .one(db)
        .await
}

/// Sets a password (hashed within the hashing caps: `UserError::Busy`
/// when too many are being hashed at once).
pub async fn set_password(
    db: &impl ConnectionTrait,
    user_id: i64,
    password: &str,
) -> Result<(), UserError> {
    let hash = super::password::hash(password).await?;
    Ok(set_password_hash(db, user_id, &hash).await?)
}

/// Stores a password hash made by `password::hash`.
pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    user_id: i64,
    hash: &str,
) -> Result<(), DbErr> {
    users::Entity::update_many()
        .col_expr(
            users::Column::PasswordHash,
            sea_orm::sea_query::Expr::value(hash),
        )
        .filter(users::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Disables or enables an account; disabling ends its sessions at once.
pub async fn set_disabled(
    db: &impl ConnectionTrait,
    user_id: i64,
    disabled: bool,
) -> Result<(), DbErr> {
    users::Entity::update_many()
        .col_expr(
            users::Column::Disabled,
            sea_orm::sea_query::Expr::value(disabled),
        )
        .filter(users::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    if disabled {
        super::sessions::end_all(db, user_id).await?;
    }
    Ok(())
}

/// Changes an account's role (same side: the caller checks); its cached
/// sessions follow at once.
pub async fn set_role(db: &impl ConnectionTrait, user_id: i64, role: Role) -> Result<(), DbErr> {
    users::Entity::update_many()
        .col_expr(
            users::Column::Role,
            sea_orm::sea_query::Expr::value(role.as_str()),
        )
        .filter(users::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    super::sessions::forget_user(user_id);
    Ok(())
}

/// Remembers the language a person chose (the switch while signed in).
pub async fn set_language(
    db: &impl ConnectionTrait,
    user_id: i64,
    lang: app::i18n::Lang,
) -> Result<(), DbErr> {
    users::Entity::update_many()
        .col_expr(
            users::Column::Language,
            sea_orm::sea_query::Expr::value(lang.code()),
        )
        .filter(users::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The language a person chose, if any.
pub async fn language(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Option<app::i18n::Lang>, DbErr> {
    Ok(users::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .and_then(|u| u.language)
        .and_then(|l| app::i18n::Lang::parse(&l)))
}

/// Every account, by e-mail.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<users::Model>, DbErr> {
    use sea_orm::QueryOrder;
    users::Entity::find()
        .order_by_asc(users::Column::Email)
        .all(db)
        .await
}

/// How people are named on pages and PDFs: the name on their account, for
/// each of `emails` that has an account with a name (an actor that is not
/// an account, such as "import of FILE", or an account without a name,
/// keeps what was recorded).
pub async fn display_names(
    db: &impl ConnectionTrait,
    emails: &[&str],
) -> Result<std::collections::HashMap<String, String>, DbErr> {
    if emails.is_empty() {
        return Ok(Default::default());
    }
    let rows = users::Entity::find()
        .filter(users::Column::Email.is_in(emails.iter().copied()))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|u| !u.name.trim().is_empty())
        .map(|u| (u.email, u.name))
        .collect())
}

/// The name of one recorded actor (see `display_names`).
pub async fn display_name(db: &impl ConnectionTrait, actor: &str) -> Result<String, DbErr> {
    Ok(display_names(db, &[actor])
        .await?
        .remove(actor)
        .unwrap_or_else(|| actor.to_string()))
}
