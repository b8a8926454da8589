//! Start-up: logging, editions (linted), the database (migrated), the
//! router, and the listener.

use crate::config::Config;
use crate::routes::render::leptos_options;
use crate::state::AppState;
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
    #[error("secret key: {0}")]
    SecretKey(#[from] crate::accounts::secret_box::KeyError),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("editions: {0}")]
    Editions(#[from] crate::editions::ScheduleError),
    #[error("server: {0}")]
    Serve(std::io::Error),
}

pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    // Logs go to stderr (a command's result is its stdout), coloured only
    // on a terminal.
    use std::io::IsTerminal;
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
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
    crate::accounts::secret_box::install(config.secret_key.as_deref(), &config.data_dir)?;
    crate::accounts::two_factor::seal_plain_secrets(&db)
        .await
        .map_err(|source| StartupError::Database {
            url: redact(&config.database_url),
            source,
        })?;
    // No stored answer is ever hidden: an edition that no longer describes
    // a field with answers stops start-up.
    let undescribed = crate::editions::undescribed_answers(&db, &editions)
        .await
        .map_err(|source| StartupError::Database {
            url: redact(&config.database_url),
            source,
        })?;
    if !undescribed.is_empty() {
        return Err(StartupError::Edition(loader::LoadError {
            file: config.editions_dir.display().to_string(),
            problems: undescribed,
        }));
    }
    if let Some(id) = crate::editions::bootstrap(&db, &editions).await? {
        tracing::info!(edition = %id, "first start: the newest edition is open");
    }
    // Old throttle attempts and expired devices are forgotten hourly.
    let old = db.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            let pruned = match crate::accounts::throttle::prune(&old).await {
                Ok(()) => crate::accounts::devices::prune(&old).await,
                Err(e) => Err(e),
            };
            if let Err(e) = pruned {
                tracing::warn!(error = %e, "forgetting old sign-in attempts failed");
            }
        }
    });
    crate::routes::security_headers::set_hsts(config.secure_cookies());
    let mailer = crate::mail::Mailer::new(
        config.smtp_url.as_deref(),
        &config.mail_from,
        config.data_dir.join("mail"),
    )?;
    let pdf =
        crate::submissions::signed_pdf::PdfService::start(&config).map_err(StartupError::Pdf)?;
    let assets = crate::routes::assets::Assets::load(&config, &editions);
    let saver = crate::drafts::Saver::start(db.clone());
    if let Some(v) = assets.version(crate::routes::assets::STYLE) {
        crate::routes::render::set_style_version(v);
    }
    if let Some(v) = assets.bundle_version() {
        crate::routes::render::set_bundle_version(v);
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
        lifecycle: Arc::new(crate::editions::Lifecycle::new(db.clone())),
        first_admin: Arc::new(
            crate::accounts::first_admin::FirstAdmin::prepare(&db)
                .await
                .map_err(|source| StartupError::Database {
                    url: config.database_url.clone(),
                    source,
                })?,
        ),
        db,
        editions: Box::leak(editions.into_boxed_slice()),
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

/// Serves HTTP/1.1 until SIGINT/SIGTERM. Each connection must send its
/// request headers within `header_timeout` (a half-sent request is
/// dropped, never held open), a body may not pause longer than
/// `body_timeout` (slow uploads that keep coming are fine),
/// and every request carries its client's address (`client_address`) as
/// axum's `ConnectInfo`.
pub async fn serve(listener: TcpListener, state: AppState) -> Result<(), StartupError> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let config = state.config.clone();
    let app = crate::routes::router(state).layer(
        tower_http::timeout::RequestBodyTimeoutLayer::new(config.body_timeout),
    );
    let proxies = std::sync::Arc::new(config.trusted_proxies.clone());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(config.header_timeout);
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait, go on.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let proxies = proxies.clone();
        let service =
            app.clone()
                .map_request(move |mut req: axum::extract::Request| {
                    let client = proxies.client(peer.ip(), req.headers());
                    req.extensions_mut().insert(axum::extract::ConnectInfo(
                        std::net::SocketAddr::new(client, peer.port()),
                    ));
                    req
                });
        let service =
            hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                service.clone().oneshot(req.map(axum::body::Body::new))
            });
        let conn = http.serve_connection(TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A client that went away or sent garbage: nothing to report.
            let _ = conn.await;
        });
    }
    // Let requests in flight finish (a save being acknowledged), briefly.
    tokio::select! {
        _ = graceful.shutdown() => {},
        _ = tokio::time::sleep(std::time::Duration::from_secs(10)) => {},
    }
    Ok(())
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
