//! Configuration, read once from the environment at start-up. Every
//! variable has a default that runs the app on SQLite in `./var`.

use crate::signing::credentials::Source;
use crate::signing::timestamp::TsaUrl;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `MSQ_LISTEN`, default `127.0.0.1:3000`.
    pub listen: SocketAddr,
    /// `MSQ_DATA_DIR`, default `var`: the SQLite file and (later) keys.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`, default `sqlite://{data_dir}/msq.sqlite?mode=rwc`;
    /// a `postgres://` URL selects PostgreSQL.
    pub database_url: String,
    /// `MSQ_EDITIONS_DIR`, default `editions`.
    pub editions_dir: PathBuf,
    /// `MSQ_SITE_DIR`, default `target/site`: the CSS and the browser bundle
    /// (`pkg/`), as built by `scripts/build.sh`.
    pub site_dir: PathBuf,
    /// `MSQ_FONTS_DIR`, default `/usr/share/fonts`: the fonts the PDF embeds.
    pub fonts_dir: PathBuf,
    /// Who signs the PDFs: `MSQ_SIGNING_CERT` + `MSQ_SIGNING_KEY` (PEM), or
    /// `MSQ_SIGNING_PKCS12` + `MSQ_SIGNING_PKCS12_PASSWORD`; without them a
    /// development CA made in `{data_dir}/signing`.
    pub signing: Source,
    /// `MSQ_TSA_URL`: an RFC 3161 time-stamp authority (http://), optional.
    pub tsa_url: Option<TsaUrl>,
    /// `MSQ_SIGNING_LOCATION`: the signature's /Location.
    pub signing_location: String,
    /// `MSQ_PUBLIC_URL`: the address people use (e.g.
    /// `https://msq.example.org`), for links in messages; `https` makes
    /// cookies Secure and adds HSTS.
    pub public_url: Option<String>,
    /// `MSQ_SMTP_URL`: an SMTP server for e-mail (`smtp://user:pass@host:587`,
    /// `smtps://…`); without it e-mail waits in the outbox page.
    pub smtp_url: Option<String>,
    /// `MSQ_MAIL_FROM`: the sender, default `MSQ <msq@localhost>`.
    pub mail_from: String,
    /// `MSQ_TRUSTED_PROXIES`: reverse proxies whose `X-Forwarded-For` names
    /// the client (addresses or networks, comma-separated); default none.
    pub trusted_proxies: crate::client_address::TrustedProxies,
    /// `MSQ_HEADER_TIMEOUT` (seconds, default 10): a request's headers
    /// must arrive within this, else the connection is closed.
    pub header_timeout: std::time::Duration,
    /// `MSQ_BODY_TIMEOUT` (seconds, default 30): the longest pause while a
    /// request's body arrives (an inactivity limit: a big upload on a slow
    /// link is fine while it keeps coming), else the request fails.
    pub body_timeout: std::time::Duration,
    /// `MSQ_SECRET_KEY`: 64 hex digits, the key that encrypts stored
    /// secrets (TOTP). Without it, `{data_dir}/secret.key` (made on first
    /// start, owner-only). Several instances must share one key.
    pub secret_key: Option<String>,
}

impl Config {
    /// Cookies carry `Secure` and responses HSTS: served over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// The base of links printed or mailed.
    pub fn base_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
            .trim_end_matches('/')
            .to_string()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct ConfigError {
    pub name: &'static str,
    pub message: String,
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let listen = get("MSQ_LISTEN").unwrap_or_else(|| "127.0.0.1:3000".into());
        let listen = listen.parse().map_err(|_| ConfigError {
            name: "MSQ_LISTEN",
            message: format!("\"{listen}\" is not an address:port such as 127.0.0.1:3000"),
        })?;
        let data_dir = PathBuf::from(get("MSQ_DATA_DIR").unwrap_or_else(|| "var".into()));
        let database_url = get("DATABASE_URL")
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("sqlite://{}/msq.sqlite?mode=rwc", data_dir.display()));
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError {
                name: "DATABASE_URL",
                message: "must be a sqlite: or postgres:// URL".into(),
            });
        }
        let signing = match (
            get("MSQ_SIGNING_CERT").filter(|s| !s.is_empty()),
            get("MSQ_SIGNING_KEY").filter(|s| !s.is_empty()),
            get("MSQ_SIGNING_PKCS12").filter(|s| !s.is_empty()),
        ) {
            (Some(cert), Some(key), None) => Source::Pem {
                cert: cert.into(),
                key: key.into(),
            },
            (None, None, Some(file)) => Source::Pkcs12 {
                file: file.into(),
                password: get("MSQ_SIGNING_PKCS12_PASSWORD").unwrap_or_default(),
            },
            (None, None, None) => Source::Development {
                dir: data_dir.join("signing"),
            },
            _ => return Err(ConfigError {
                name: "MSQ_SIGNING_CERT",
                message:
                    "set MSQ_SIGNING_CERT and MSQ_SIGNING_KEY together, or MSQ_SIGNING_PKCS12 alone"
                        .into(),
            }),
        };
        let tsa_url = match get("MSQ_TSA_URL").filter(|s| !s.is_empty()) {
            None => None,
            Some(u) => Some(u.parse().map_err(
                |e: crate::signing::timestamp::TimestampError| ConfigError {
                    name: "MSQ_TSA_URL",
                    message: e.to_string(),
                },
            )?),
        };
        let public_url = get("MSQ_PUBLIC_URL").filter(|s| !s.is_empty());
        if let Some(u) = &public_url {
            if !(u.starts_with("https://") || u.starts_with("http://")) {
                return Err(ConfigError {
                    name: "MSQ_PUBLIC_URL",
                    message: format!(
                        "\"{u}\" must start with https:// (or http:// for a test setup)"
                    ),
                });
            }
        }
        let seconds =
            |name: &'static str, default: u64| -> Result<std::time::Duration, ConfigError> {
                match get(name).filter(|s| !s.is_empty()) {
                    None => Ok(std::time::Duration::from_secs(default)),
                    Some(v) => v
                        .parse::<u64>()
                        .ok()
                        .filter(|n| (1..=3600).contains(n))
                        .map(std::time::Duration::from_secs)
                        .ok_or(ConfigError {
                            name,
                            message: format!("\"{v}\" is not a number of seconds from 1 to 3600"),
                        }),
                }
            };
        let trusted_proxies = get("MSQ_TRUSTED_PROXIES")
            .unwrap_or_default()
            .parse()
            .map_err(|e: crate::client_address::BadProxy| ConfigError {
                name: "MSQ_TRUSTED_PROXIES",
                message: e.to_string(),
            })?;
        let secret_key = get("MSQ_SECRET_KEY").filter(|s| !s.is_empty());
        if let Some(k) = &secret_key {
            if k.len() != 64 || !k.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(ConfigError {
                    name: "MSQ_SECRET_KEY",
                    message: "must be 64 hex digits (32 random bytes, e.g. `openssl rand -hex 32`)"
                        .into(),
                });
            }
        }
        Ok(Config {
            trusted_proxies,
            header_timeout: seconds("MSQ_HEADER_TIMEOUT", 10)?,
            body_timeout: seconds("MSQ_BODY_TIMEOUT", 30)?,
            secret_key,
            smtp_url: get("MSQ_SMTP_URL").filter(|s| !s.is_empty()),
            mail_from: get("MSQ_MAIL_FROM")
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "MSQ <msq@localhost>".into()),
            public_url,
            fonts_dir: PathBuf::from(
                get("MSQ_FONTS_DIR").unwrap_or_else(|| crate::pdf::fonts::DEFAULT_DIR.into()),
            ),
            signing,
            tsa_url,
            signing_location: get("MSQ_SIGNING_LOCATION")
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "MSQ server".into()),
            listen,
            data_dir,
            database_url,
            editions_dir: PathBuf::from(
                get("MSQ_EDITIONS_DIR").unwrap_or_else(|| "editions".into()),
            ),
            site_dir: PathBuf::from(get("MSQ_SITE_DIR").unwrap_or_else(|| "target/site".into())),
        })
    }
}
