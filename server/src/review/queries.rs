//! Query threads: a reviewer raises a query on one answer of a submitted
//! version; the country's respondents and the reviewers write in the
//! thread; either side resolves it. Each change touches the response, so
//! its cached pages show the thread at once.

use super::{message, touch, ReviewError};
use crate::accounts::User;
use crate::db::entities::{queries, query_messages, users};
use app::i18n::tr;
use app::review::{QueryThread, ThreadMessage};
use chrono::Utc;
use sea_orm::{
    sea_query::Expr, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

/// How an author is shown in a thread: "Name (e-mail)".
pub fn author(user: &User) -> String {
    format!("{} ({})", user.name, user.email)
}

/// Raises a query on `field_id` of version `version`; its first message is
/// `text`. Returns the query's id.
pub async fn raise(
    db: &impl ConnectionTrait,
    response_id: i64,
    version: i32,
    field_id: &str,
    by: &User,
    text: &str,
) -> Result<i64, ReviewError> {
    let text = message(text, true)?;
    let now = Utc::now();
    let id = queries::Entity::insert(queries::ActiveModel {
        response_id: Set(response_id),
        field_id: Set(field_id.to_string()),
        version: Set(version),
        opened_by: Set(author(by)),
        opened_at: Set(now),
        resolved_by: Set(None),
        resolved_at: Set(None),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    add_message(db, id, by, &text, now).await?;
    touch(db, response_id, now).await?;
    Ok(id)
}

async fn add_message(
    db: &impl ConnectionTrait,
    query_id: i64,
    by: &User,
    text: &str,
    now: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    query_messages::Entity::insert(query_messages::ActiveModel {
        query_id: Set(query_id),
        user_id: Set(Some(by.id)),
        author: Set(author(by)),
        body: Set(text.to_string()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A query of a response, or NotFound.
pub async fn find(
    db: &impl ConnectionTrait,
    response_id: i64,
    query_id: i64,
) -> Result<queries::Model, ReviewError> {
    queries::Entity::find_by_id(query_id)
        .filter(queries::Column::ResponseId.eq(response_id))
        .one(db)
        .await?
        .ok_or_else(|| ReviewError::NotFound(tr("review.no_such_query").to_string()))
}

/// Adds a reply; with `resolve`, also resolves the query (a reply may be
/// empty then). Replying to a resolved query opens it again.
pub async fn reply(
    db: &impl ConnectionTrait,
    query: &queries::Model,
    by: &User,
    text: &str,
    resolve: bool,
) -> Result<(), ReviewError> {
    let text = message(text, !resolve)?;
    let now = Utc::now();
    if !text.is_empty() {
        add_message(db, query.id, by, &text, now).await?;
    }
    let (resolved_by, resolved_at) = if resolve {
        (Some(author(by)), Some(now))
    } else {
        (None, None)
    };
    queries::Entity::update_many()
        .col_expr(queries::Column::ResolvedBy, Expr::value(resolved_by))
        .col_expr(queries::Column::ResolvedAt, Expr::value(resolved_at))
        .filter(queries::Column::Id.eq(query.id))
        .exec(db)
        .await?;
    touch(db, query.response_id, now).await?;
    Ok(())
}

/// Every query of a response with its messages, oldest first.
pub async fn threads(
    db: &impl ConnectionTrait,
    response_id: i64,
) -> Result<Vec<QueryThread>, DbErr> {
    let qs = queries::Entity::find()
        .filter(queries::Column::ResponseId.eq(response_id))
        .order_by_asc(queries::Column::Id)
        .all(db)
        .await?;
    if qs.is_empty() {
        return Ok(Vec::new());
    }
    let mut messages = query_messages::Entity::find()
        .filter(query_messages::Column::QueryId.is_in(qs.iter().map(|q| q.id)))
        .order_by_asc(query_messages::Column::Id)
        .all(db)
        .await?;
    Ok(qs
        .into_iter()
        .map(|q| {
            let mine: Vec<ThreadMessage> = messages
                .iter()
                .filter(|m| m.query_id == q.id)
                .map(|m| ThreadMessage {
                    author: m.author.clone(),
                    at: m.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                    body: m.body.clone(),
                })
                .collect();
            messages.retain(|m| m.query_id != q.id);
            QueryThread {
                id: q.id,
                field_id: q.field_id,
                version: q.version,
                opened_by: q.opened_by,
                resolved: q
                    .resolved_by
                    .zip(q.resolved_at)
                    .map(|(by, at)| format!("{by}, {}", at.format("%Y-%m-%d %H:%M UTC"))),
                messages: mine,
            }
        })
        .collect())
}

/// The open queries of a response, oldest first.
pub async fn open_of(
    db: &impl ConnectionTrait,
    response: &crate::drafts::store::Response,
) -> Result<Vec<queries::Model>, DbErr> {
    queries::Entity::find()
        .filter(queries::Column::ResponseId.eq(response.id))
        .filter(queries::Column::ResolvedAt.is_null())
        .order_by_asc(queries::Column::Id)
        .all(db)
        .await
}

/// A response's open queries, and how many of them wait for a reviewer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenQueries {
    pub open: usize,
    /// Open queries whose last message is the country's.
    pub answered: usize,
}

/// The open queries of each response (absent: none).
pub async fn open_counts(
    db: &impl ConnectionTrait,
    response_ids: &[i64],
) -> Result<std::collections::HashMap<i64, OpenQueries>, DbErr> {
    let open: Vec<(i64, i64)> = queries::Entity::find()
        .select_only()
        .column(queries::Column::Id)
        .column(queries::Column::ResponseId)
        .filter(queries::Column::ResponseId.is_in(response_ids.iter().copied()))
        .filter(queries::Column::ResolvedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    // The last message of each open query, and whether a country's
    // respondent wrote it.
    let last: std::collections::HashMap<i64, Option<i64>> = query_messages::Entity::find()
        .select_only()
        .column(query_messages::Column::QueryId)
        .column(query_messages::Column::UserId)
        .filter(query_messages::Column::QueryId.is_in(open.iter().map(|(id, _)| *id)))
        .order_by_asc(query_messages::Column::Id)
        .into_tuple::<(i64, Option<i64>)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let writers: Vec<i64> = last.values().flatten().copied().collect();
    let country_side: std::collections::HashSet<i64> = users::Entity::find()
        .select_only()
        .column(users::Column::Id)
        .filter(users::Column::Id.is_in(writers))
        .filter(users::Column::MemberState.is_not_null())
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut out = std::collections::HashMap::<i64, OpenQueries>::new();
    for (query, response) in open {
        let entry = out.entry(response).or_default();
        entry.open += 1;
        if last
            .get(&query)
            .copied()
            .flatten()
            .is_some_and(|u| country_side.contains(&u))
        {
            entry.answered += 1;
        }
    }
    Ok(out)
}
