//! Limits on attempts (sign-in, second factor, password reset), safe under
//! concurrency and across instances: an attempt is first *reserved* — in
//! one transaction that holds its buckets' locks (SQLite: the write lock;
//! PostgreSQL: a transaction-scoped advisory lock per bucket), the buckets
//! are counted and, if none is full, a row is added to each — and only then
//! is the password or code checked. Forty concurrent wrong passwords
//! therefore get exactly `max` checks, not forty. A failed attempt keeps
//! its row for the window; a successful one gives it back (`release`).

use crate::db::entities::throttle_attempts;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, Statement,
};
use sha2::{Digest, Sha256};

/// One limit: at most `max` kept attempts in `bucket` within `window`.
#[derive(Clone, Debug)]
pub struct Limit {
    pub bucket: String,
    pub max: u64,
    pub window: Duration,
}

impl Limit {
    pub fn new(bucket: impl Into<String>, max: u64, window_minutes: i64) -> Limit {
        Limit {
            bucket: bucket.into(),
            max,
            window: Duration::minutes(window_minutes),
        }
    }
}

/// A reserved attempt: its rows, one per bucket.
#[derive(Debug, Default)]
#[must_use = "release a successful attempt, or keep it as a failure"]
pub struct Reservation {
    ids: Vec<i64>,
}

/// Reserves an attempt in every bucket. `Err(i)` names the first limit
/// (index into `limits`) that is reached; nothing is reserved then.
pub async fn reserve(
    db: &DatabaseConnection,
    limits: &[Limit],
) -> Result<Result<Reservation, usize>, DbErr> {
    let now = Utc::now();
    let tx = crate::db::begin_write(db).await?;
    if tx.get_database_backend() == DbBackend::Postgres {
        // In a fixed order, so two requests never wait on each other.
        let mut keys: Vec<i64> = limits.iter().map(|l| lock_key(&l.bucket)).collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            tx.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_advisory_xact_lock($1)",
                [key.into()],
            ))
            .await?;
        }
    }
    for (i, l) in limits.iter().enumerate() {
        let count = throttle_attempts::Entity::find()
            .filter(throttle_attempts::Column::Bucket.eq(&l.bucket))
            .filter(throttle_attempts::Column::At.gt(now - l.window))
            .count(&tx)
            .await?;
        if count >= l.max {
            tx.rollback().await?;
            return Ok(Err(i));
        }
    }
    let mut ids = Vec::with_capacity(limits.len());
    for l in limits {
        let id = throttle_attempts::Entity::insert(throttle_attempts::ActiveModel {
            bucket: Set(l.bucket.clone()),
            at: Set(now),
            ..Default::default()
        })
        .exec(&tx)
        .await?
        .last_insert_id;
        ids.push(id);
    }
    tx.commit().await?;
    Ok(Ok(Reservation { ids }))
}

/// The advisory lock of a bucket (PostgreSQL).
fn lock_key(bucket: &str) -> i64 {
    let digest = Sha256::digest(bucket.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

/// Gives a reserved attempt back (it succeeded: it is no failure).
pub async fn release(db: &impl ConnectionTrait, r: Reservation) -> Result<(), DbErr> {
    if !r.ids.is_empty() {
        throttle_attempts::Entity::delete_many()
            .filter(throttle_attempts::Column::Id.is_in(r.ids))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Keeps a failed attempt (it counts until its window ends).
pub fn keep(r: Reservation) {
    drop(r);
}

/// Forgets attempts older than a day (run now and then).
pub async fn prune(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    throttle_attempts::Entity::delete_many()
        .filter(throttle_attempts::Column::At.lt(Utc::now() - Duration::days(1)))
        .exec(db)
        .await?;
    Ok(())
}
