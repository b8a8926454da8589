//! What every request handler shares.

use crate::config::Config;
use app::questionnaire::Edition;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    /// The writer every save goes through (group commit).
    pub saver: crate::drafts::Saver,
    /// Every loaded edition, sorted by id (the last is the current one).
    /// Loaded once at start and kept for the life of the process, so a
    /// request's edition (`routes::target::Target`) is `&'static`.
    pub editions: &'static [Edition],
    pub config: Arc<Config>,
    pub leptos: LeptosOptions,
    /// Rendered respondent pages, until their response changes.
    pub pages: Arc<crate::page_cache::PageCache>,
    /// The style sheet and browser bundle, in memory.
    pub assets: Arc<crate::routes::assets::Assets>,
    /// Renders and signs submission PDFs (fonts loaded once).
    pub pdf: Arc<crate::submissions::signed_pdf::PdfService>,
    /// E-mail: the outbox (links removed), and delivery (SMTP or the mail
    /// folder).
    pub mailer: crate::mail::Mailer,
    /// The editions' states (draft, open, closed).
    pub lifecycle: Arc<crate::editions::Lifecycle>,
    /// The secret link for the first administrator, while there is no
    /// account (`accounts::first_admin`).
    pub first_admin: Arc<crate::accounts::first_admin::FirstAdmin>,
}

impl AppState {
    pub fn edition(&self, id: &str) -> Option<&'static Edition> {
        self.editions.iter().find(|e| e.id == id)
    }

    /// The edition before `edition` (by id), if any.
    pub fn previous_edition(&self, edition: &Edition) -> Option<&'static Edition> {
        crate::carry_over::previous(self.editions, edition)
    }

    /// The edition countries work on: the newest open one, else the newest
    /// loaded (`crate::editions`).
    pub async fn current_edition(&self) -> Result<&'static Edition, crate::db::LoadError> {
        Ok(match self.lifecycle.current(self.editions).await? {
            Some(e) => e,
            None => self
                .editions
                .last()
                .expect("at least one edition is loaded at start-up"),
        })
    }
}
