//! Reading responses and their stored answers.

use crate::db::entities::{answers, responses};
use crate::db::{Corrupt, LoadError};
use app::cycle::ResponseStatus;
use app::questionnaire::answer::from_stored;
use app::questionnaire::{Answers, Edition};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;
use std::collections::BTreeMap;

/// An answer as stored: its JSON value (None once cleared), revision, who
/// and when.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAnswer {
    pub value: Option<Value>,
    pub revision: i64,
    pub updated_by: String,
    pub updated_at: DateTime<Utc>,
}

pub type StoredAnswers = BTreeMap<String, StoredAnswer>;

/// A Member State's response to an edition, as loaded: its status parsed
/// (an unknown stored status is an error, `db::Corrupt`).
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub id: i64,
    pub edition: String,
    pub member_state: String,
    pub status: ResponseStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl TryFrom<responses::Model> for Response {
    type Error = Corrupt;

    fn try_from(m: responses::Model) -> Result<Response, Corrupt> {
        let status = m.status.parse().map_err(|source| Corrupt::Status {
            response: m.id,
            iso3: m.member_state.clone(),
            source,
        })?;
        Ok(Response {
            id: m.id,
            edition: m.edition,
            member_state: m.member_state,
            status,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

/// The response of a Member State for an edition, created on first use.
pub async fn response_for(
    db: &impl ConnectionTrait,
    edition: &str,
    member_state: &str,
) -> Result<Response, LoadError> {
    if let Some(r) = find_response(db, edition, member_state).await? {
        return Ok(r);
    }
    let now = Utc::now();
    // Two first visits at once: the unique index keeps one row.
    responses::Entity::insert(responses::ActiveModel {
        edition: Set(edition.to_string()),
        member_state: Set(member_state.to_string()),
        status: Set(ResponseStatus::Draft.as_str().to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([responses::Column::Edition, responses::Column::MemberState])
    .exec_without_returning(db)
    .await?;
    find_response(db, edition, member_state)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("response just created".into()).into())
}

/// The response of a Member State for an edition, if it has one.
pub async fn find_response(
    db: &impl ConnectionTrait,
    edition: &str,
    member_state: &str,
) -> Result<Option<Response>, LoadError> {
    let row = responses::Entity::find()
        .filter(responses::Column::Edition.eq(edition))
        .filter(responses::Column::MemberState.eq(member_state))
        .one(db)
        .await?;
    Ok(row.map(Response::try_from).transpose()?)
}

/// Every stored answer of a response, cleared ones included.
pub async fn load(db: &impl ConnectionTrait, response_id: i64) -> Result<StoredAnswers, DbErr> {
    let rows = answers::Entity::find()
        .filter(answers::Column::ResponseId.eq(response_id))
        .order_by_asc(answers::Column::FieldId)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(to_stored).collect())
}

/// The stored answers of some fields of a response.
pub async fn load_fields(
    db: &impl ConnectionTrait,
    response_id: i64,
    fields: &[&str],
) -> Result<StoredAnswers, DbErr> {
    let rows = answers::Entity::find()
        .filter(answers::Column::ResponseId.eq(response_id))
        .filter(answers::Column::FieldId.is_in(fields.iter().copied()))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(to_stored).collect())
}

pub fn to_stored(r: answers::Model) -> (String, StoredAnswer) {
    (
        r.field_id,
        StoredAnswer {
            value: r.value.and_then(|v| serde_json::from_str(&v).ok()),
            revision: r.revision,
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        },
    )
}

/// The stored answers as typed answers of the edition. A stored value that
/// no longer fits its field (or a field the edition does not have) is left
/// out here and kept in the database.
pub fn typed(edition: &Edition, stored: &StoredAnswers) -> Answers {
    let values = stored
        .iter()
        .filter_map(|(id, s)| Some((id, s.value.as_ref()?)));
    from_stored(edition, values).answers
}

/// What changes whenever a response does (a save, a submission): the
/// rendered-page cache is valid for one token. "-" before the first save.
pub async fn change_token(
    db: &impl ConnectionTrait,
    edition: &str,
    member_state: &str,
) -> Result<String, LoadError> {
    Ok(match find_response(db, edition, member_state).await? {
        Some(r) => format!(
            "{}:{}:{}",
            r.id,
            r.updated_at.timestamp_micros(),
            r.status.as_str()
        ),
        None => "-".to_string(),
    })
}

/// A Member State's current answers to an edition, typed (none before the
/// first save).
pub async fn typed_answers(
    db: &impl ConnectionTrait,
    edition: &Edition,
    member_state: &str,
) -> Result<Answers, LoadError> {
    Ok(match find_response(db, &edition.id, member_state).await? {
        Some(r) => typed(edition, &load(db, r.id).await?),
        None => Answers::new(),
    })
}
