//! Start-up: logging, editions (linted), the database (migrated), the
//! router, and the listener.

use crate::config::Config;
use crate::state::{leptos_options, AppState};
use app::questionnaire::loader;
use std::sync::Arc;
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("configuration: {0}")]
    Config(#[from] crate::config::ConfigError),
    #[error("questionnaire definition:\n{0}")]
    Edition(#[from] loader::LoadError),
    #[error("database ({url}): {source}")]
    Database { url: String, source: sea_orm::DbErr },
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("{0}")]
    Mail(#[from] crate::mail::MailConfigError),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("server: {0}")]
    Serve(std::io::Error),
}

pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

/// Loads everything the server needs; fails with a message that names the
/// problem (a broken edition names its file and path).
pub async fn build_state(config: Config) -> Result<AppState, StartupError> {
    let editions = loader::load_dir(&config.editions_dir)?;
    let db = crate::db::connect(&config.database_url)
        .await
        .map_err(|source| StartupError::Database {
            url: redact(&config.database_url),
            source,
        })?;
    crate::routes::security_headers::set_hsts(config.secure_cookies());
    let mailer = crate::mail::Mailer::new(config.smtp_url.as_deref(), &config.mail_from)?;
    let pdf =
        crate::submissions::signed_pdf::PdfService::start(&config).map_err(StartupError::Pdf)?;
    let assets = crate::routes::assets::Assets::load(&config);
    let saver = crate::drafts::Saver::start(db.clone());
    if let Some(v) = assets.version("/style/msq.css") {
        crate::render::set_style_version(v);
    }
    Ok(AppState {
        assets: Arc::new(assets),
        pdf: Arc::new(pdf),
        mailer,
        pages: Arc::new(crate::page_cache::PageCache::new(
            &config.database_url,
            saver.commits(),
        )),
        saver,
        db,
        editions: Arc::new(editions),
        config: Arc::new(config),
        leptos: leptos_options(),
    })
}

/// Binds the listener (port 0 picks a free port: tests use that).
pub async fn bind(config: &Config) -> Result<TcpListener, StartupError> {
    TcpListener::bind(config.listen)
        .await
        .map_err(|source| StartupError::Listen {
            addr: config.listen,
            source,
        })
}

pub async fn serve(listener: TcpListener, state: AppState) -> Result<(), StartupError> {
    let app = crate::routes::router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(StartupError::Serve)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}
