//! Rendered respondent pages, kept in memory and served again until their
//! response changes.
//!
//! Each entry remembers its response's change token
//! (`responses.updated_at`, see `store::change_token`). How the current token
//! is known:
//! - PostgreSQL (several app instances may write): asked of the database on
//!   every request, so no instance ever serves a page older than a save.
//! - SQLite (one database file): remembered per response, and forgotten as
//!   soon as anything may have written: this instance's writer counts its
//!   commits, and any process's commit changes the size or modification time
//!   of the database or its write-ahead log (checked with two `stat` calls).

use crate::db::LoadError;
use crate::drafts::store;
use crate::routes::render::Page;
use quick_cache::sync::Cache;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Which page: edition, Member State, and the path with its variant
/// (`institutional-framework?add=q1`).
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub struct PageKey {
    pub edition: String,
    pub iso3: String,
    pub variant: String,
}

struct Entry {
    token: String,
    page: Page,
}

/// About 193 Member States × 11 pages, a few variants each.
const CAPACITY: usize = 4096;

pub struct PageCache {
    entries: Cache<PageKey, Arc<Entry>>,
    tokens: Tokens,
}

impl PageCache {
    /// `database_url` chooses how tokens are known (see the module doc);
    /// `commits` is the writer's commit counter.
    pub fn new(database_url: &str, commits: Arc<AtomicU64>) -> PageCache {
        let tokens = match crate::db::sqlite_path(database_url) {
            Some(path) => Tokens::Remembered(Box::new(Remembered {
                files: [PathBuf::from(&path), PathBuf::from(format!("{path}-wal"))],
                commits,
                state: Mutex::new(RememberedState::default()),
            })),
            None => Tokens::Asked,
        };
        PageCache {
            entries: Cache::new(CAPACITY),
            tokens,
        }
    }

    /// The response's current change token.
    pub async fn token(
        &self,
        db: &DatabaseConnection,
        edition: &str,
        iso3: &str,
    ) -> Result<String, LoadError> {
        match &self.tokens {
            Tokens::Asked => store::change_token(db, edition, iso3).await,
            Tokens::Remembered(r) => r.token(db, edition, iso3).await,
        }
    }

    /// The cached page, if it was rendered for this token.
    pub fn get(&self, key: &PageKey, token: &str) -> Option<Page> {
        self.entries
            .get(key)
            .filter(|e| e.token == token)
            .map(|e| e.page.clone())
    }

    pub fn put(&self, key: PageKey, token: String, page: Page) {
        self.entries.insert(key, Arc::new(Entry { token, page }));
    }

    /// Forgets what this instance knows of the responses' change tokens:
    /// call it after writing a response outside the drafts writer (a
    /// submission, a review action), so no page older than the write is
    /// served. (The writer's own commits do this by themselves; on
    /// PostgreSQL the token is asked of the database every time.)
    pub fn invalidate(&self) {
        if let Tokens::Remembered(r) = &self.tokens {
            r.commits.fetch_add(1, Ordering::SeqCst);
        }
    }
}

enum Tokens {
    Asked,
    Remembered(Box<Remembered>),
}

struct Remembered {
    /// The database file and its write-ahead log.
    files: [PathBuf; 2],
    commits: Arc<AtomicU64>,
    state: Mutex<RememberedState>,
}

#[derive(Default)]
struct RememberedState {
    /// What the files and the commit counter looked like when `tokens` was
    /// last known to be current.
    seen: Option<Stamp>,
    tokens: HashMap<(String, String), String>,
}

#[derive(Clone, PartialEq, Eq)]
struct Stamp {
    files: [(u64, Option<SystemTime>); 2],
    commits: u64,
}

impl Remembered {
    fn stamp(&self) -> Stamp {
        // The counter first: a commit after this read changes it again.
        let commits = self.commits.load(Ordering::SeqCst);
        let file = |p: &PathBuf| {
            std::fs::metadata(p)
                .map(|m| (m.len(), m.modified().ok()))
                .unwrap_or((0, None))
        };
        Stamp {
            files: [file(&self.files[0]), file(&self.files[1])],
            commits,
        }
    }

    async fn token(
        &self,
        db: &DatabaseConnection,
        edition: &str,
        iso3: &str,
    ) -> Result<String, LoadError> {
        let stamp = self.stamp();
        let key = (edition.to_string(), iso3.to_string());
        {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            if state.seen.as_ref() == Some(&stamp) {
                if let Some(t) = state.tokens.get(&key) {
                    return Ok(t.clone());
                }
            } else {
                state.tokens.clear();
                state.seen = Some(stamp.clone());
            }
        }
        // Read after taking the stamp: if a write lands in between, the
        // next request sees a new stamp and asks again.
        let token = store::change_token(db, edition, iso3).await?;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.seen.as_ref() == Some(&stamp) {
            state.tokens.insert(key, token.clone());
        }
        Ok(token)
    }
}
