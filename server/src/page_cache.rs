//! Rendered respondent pages, kept in memory and served again until the
//! response changes. Each entry remembers the response's change token
//! (`responses.updated_at`, asked of the database on every request, so
//! several app instances on one PostgreSQL never serve a stale page); a save
//! or submission anywhere moves the token and the page is rendered afresh.

use crate::render::Page;
use quick_cache::sync::Cache;
use std::sync::Arc;

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

pub struct PageCache {
    entries: Cache<PageKey, Arc<Entry>>,
}

/// About 193 Member States × 11 pages, a few variants each.
const CAPACITY: usize = 4096;

impl Default for PageCache {
    fn default() -> Self {
        PageCache {
            entries: Cache::new(CAPACITY),
        }
    }
}

impl PageCache {
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
}
