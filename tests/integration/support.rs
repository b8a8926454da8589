//! Test helpers: fresh databases, the server on port 0, an HTTP client.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use sea_orm::{ConnectionTrait, Database};
use server::accounts::{sessions, users, Role};
use server::config::Config;
use server::state::AppState;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The `msq` command as an operator runs it (the binary cargo built next to
/// the tests), with the repository's editions and quiet logs.
pub fn msq_command() -> std::process::Command {
    let exe = std::env::current_exe().unwrap();
    let msq = exe.parent().unwrap().parent().unwrap().join("msq");
    assert!(
        msq.exists(),
        "build the msq binary first ({})",
        msq.display()
    );
    let mut c = std::process::Command::new(msq);
    // Its data directory (development signing keys) outside the checkout;
    // a test that needs its own sets MSQ_DATA_DIR after this.
    c.env("MSQ_EDITIONS_DIR", workspace_root().join("editions"))
        .env("MSQ_DATA_DIR", std::env::temp_dir().join("msq-test-data"))
        .env("RUST_LOG", "warn");
    c
}

/// The `msq` command against a running test app's database.
pub fn msq_for(app: &TestApp) -> std::process::Command {
    let mut c = msq_command();
    c.env("MSQ_DATA_DIR", app.db.dir.path())
        .env("DATABASE_URL", &app.db.url);
    c
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// SQLite always; PostgreSQL too when MSQ_TEST_POSTGRES_URL is set.
pub fn backends() -> Vec<Backend> {
    let mut b = vec![Backend::Sqlite];
    if postgres_admin_url().is_some() {
        b.push(Backend::Postgres);
    }
    b
}

fn postgres_admin_url() -> Option<String> {
    std::env::var("MSQ_TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// A fresh, empty database: a new SQLite file, or a new PostgreSQL database
/// (dropped when the test calls `drop_database`).
pub struct TestDb {
    pub url: String,
    pub dir: tempfile::TempDir,
    pg_name: Option<String>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        match backend {
            Backend::Sqlite => TestDb {
                url: format!("sqlite://{}/msq.sqlite?mode=rwc", dir.path().display()),
                dir,
                pg_name: None,
            },
            Backend::Postgres => {
                let admin = postgres_admin_url().expect("MSQ_TEST_POSTGRES_URL");
                let name = format!(
                    "msq_t_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst)
                );
                let conn = Database::connect(&admin)
                    .await
                    .expect("connect to MSQ_TEST_POSTGRES_URL");
                conn.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
                    .await
                    .unwrap();
                conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .unwrap();
                conn.close().await.unwrap();
                let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap();
                TestDb {
                    url: format!("{base}/{name}"),
                    dir,
                    pg_name: Some(name),
                }
            }
        }
    }

    /// Drops a PostgreSQL test database (SQLite files go with the temp dir).
    pub async fn drop_database(self) {
        if let Some(name) = &self.pg_name {
            let admin = postgres_admin_url().unwrap();
            let conn = Database::connect(&admin).await.unwrap();
            let _ = conn
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
            conn.close().await.unwrap();
        }
    }
}

pub fn config_for(db: &TestDb) -> Config {
    let root = workspace_root();
    Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: db.dir.path().to_path_buf(),
        database_url: db.url.clone(),
        editions_dir: root.join("editions"),
        site_dir: root.join("target/site"),
        fonts_dir: server::pdf::fonts::DEFAULT_DIR.into(),
        signing: server::signing::credentials::Source::Development {
            dir: db.dir.path().join("signing"),
        },
        tsa_url: None,
        signing_location: "MSQ test server".into(),
        public_url: None,
        smtp_url: None,
        mail_from: "MSQ test <msq@test.example>".into(),
        trusted_proxies: Default::default(),
        header_timeout: std::time::Duration::from_secs(10),
        body_timeout: std::time::Duration::from_secs(30),
        secret_key: None,
    }
}

/// The test account of an e-mail address, made on first use.
pub async fn account(
    db: &sea_orm::DatabaseConnection,
    email: &str,
    role: Role,
    country: Option<&str>,
) -> server::db::entities::users::Model {
    match users::find_by_email(db, email).await.unwrap() {
        Some(u) => u,
        None => users::create(db, email, role.as_str(), role, country)
            .await
            .unwrap(),
    }
}

/// The newest e-mail delivered to `to` (the mail folder of a server
/// without SMTP), as its raw text; waits up to 10 s for it (some mail,
/// such as password resets, is sent after the answer).
pub async fn delivered_mail(app: &TestApp, to: &str) -> String {
    let folder = app.state.mailer.folder().expect("no SMTP: a mail folder");
    for _ in 0..100 {
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for f in files.iter().rev() {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            if text.contains(&format!("To: {to}")) {
                return text;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no mail to {to} in {}", folder.display());
}

/// The one-time link in the newest e-mail delivered to `to`.
pub async fn mailed_link(app: &TestApp, to: &str) -> String {
    let mail = delivered_mail(app, to).await;
    // Quoted-printable may wrap long lines with "=\r\n".
    let unwrapped = mail.replace("=\r\n", "").replace("=\n", "");
    unwrapped
        .split_whitespace()
        .find(|w| w.contains("/link/"))
        .unwrap_or_else(|| panic!("no link in {mail}"))
        .to_string()
}

/// The complete response of Morocco (tests/fixtures/complete-response.json).
pub fn fixture() -> String {
    std::fs::read_to_string(workspace_root().join("tests/fixtures/complete-response.json")).unwrap()
}

/// Imports the complete response into the draft of `iso3` (Morocco's
/// answers under that code).
pub async fn import_fixture(app: &TestApp, iso3: &str) {
    let text = fixture().replace("\"MAR\"", &format!("\"{iso3}\""));
    server::response_file::import(&app.state.saver, app.state.editions, &text, "fixture")
        .await
        .unwrap();
}

/// Every stored answer of a Member State's response (with revisions).
pub async fn stored_answers(
    app: &TestApp,
    edition: &str,
    iso3: &str,
) -> server::drafts::store::StoredAnswers {
    let response = server::drafts::store::find_response(&app.state.db, edition, iso3)
        .await
        .unwrap()
        .expect("the response exists");
    server::drafts::store::load(&app.state.db, response.id)
        .await
        .unwrap()
}

/// Turns two-factor sign-in on for a user (as the setup page does);
/// returns the secret.
pub async fn enrol_two_factor(db: &sea_orm::DatabaseConnection, user_id: i64) -> Vec<u8> {
    use server::accounts::{totp, two_factor};
    let secret = two_factor::start_enrolment(db, user_id)
        .await
        .unwrap()
        .expect("not enrolled yet");
    let now = chrono::Utc::now().timestamp();
    let code = totp::code_at(&secret, totp::step(now), totp::DIGITS);
    two_factor::confirm(db, user_id, &code, now)
        .await
        .unwrap()
        .expect("the current code confirms");
    secret
}

/// A code for the next time step (the current one was used to confirm).
pub fn next_code(secret: &[u8]) -> String {
    use server::accounts::totp;
    let now = chrono::Utc::now().timestamp();
    totp::code_at(secret, totp::step(now) + 1, totp::DIGITS)
}

/// The real server, on a free port, against a fresh database.
/// The repository's editions, as most tests expect them: 2020 open, the
/// later ones drafts (the first start opened the newest). The tests of an
/// edition's life set the states they need.
async fn follow_the_2020_cycle(state: &AppState) {
    use server::editions::{set, EditionState};
    for e in state.editions {
        let wanted = if e.id == "2020" {
            EditionState::Open
        } else {
            EditionState::Draft
        };
        let phase = state.lifecycle.phase(&e.id).await.unwrap();
        if phase != wanted {
            set(
                &state.db,
                state.editions,
                &e.id,
                wanted,
                (None, None),
                (None, "test setup", ""),
            )
            .await
            .unwrap();
        }
    }
    state.lifecycle.forget();
}

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub db: TestDb,
    server: tokio::task::JoinHandle<()>,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    /// The server with some configuration changed.
    pub async fn spawn_with(backend: Backend, change: impl FnOnce(&mut Config)) -> TestApp {
        let db = TestDb::new(backend).await;
        let mut config = config_for(&db);
        change(&mut config);
        let listener = server::startup::bind(&config).await.unwrap();
        let addr = listener.local_addr().unwrap();
        // Links in e-mails name the port actually bound.
        config.public_url = Some(format!("http://{addr}"));
        let repo_editions = config.editions_dir == workspace_root().join("editions");
        let state = server::startup::build_state(config).await.unwrap();
        if repo_editions {
            follow_the_2020_cycle(&state).await;
        }
        let s = state.clone();
        let server = tokio::spawn(async move {
            server::startup::serve(listener, s).await.unwrap();
        });
        TestApp {
            base: format!("http://{addr}"),
            state,
            db,
            server,
        }
    }

    /// Another app instance on the same database (as behind a load
    /// balancer); stops with the test's runtime.
    pub async fn second_instance(&self) -> String {
        let config = config_for(&self.db);
        let listener = server::startup::bind(&config).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = server::startup::build_state(config).await.unwrap();
        tokio::spawn(async move {
            server::startup::serve(listener, state).await.unwrap();
        });
        format!("http://{addr}")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A session cookie ("msq_session=…") of a test user with this role
    /// (and Member State), made on first use.
    pub async fn cookie_as(&self, role: Role, country: Option<&str>) -> String {
        let db = &self.state.db;
        let email = format!(
            "{}-{}@test.example",
            role.as_str(),
            country.unwrap_or("un").to_lowercase()
        );
        let user = account(db, &email, role, country).await;
        if role.requires_two_factor()
            && !server::accounts::two_factor::is_enabled(db, user.id)
                .await
                .unwrap()
        {
            // UN DESA roles need their second factor set up.
            enrol_two_factor(db, user.id).await;
        }
        format!(
            "{}={}",
            sessions::COOKIE,
            sessions::create(db, user.id).await.unwrap()
        )
    }

    /// Assigns the test reviewer (the one `cookie_as(Role::Reviewer, None)`
    /// signs in) to a Member State of edition 2020.
    pub async fn assign_reviewer(&self, iso3: &str) {
        let db = &self.state.db;
        let user = account(db, "reviewer-un@test.example", Role::Reviewer, None).await;
        server::review::assignments::assign(db, "2020", &[iso3.to_string()], user.id, "test")
            .await
            .unwrap();
    }

    /// The cookie of the person who naturally opens a path: a respondent
    /// of the Member State it names, else a UN DESA reviewer.
    pub async fn natural_cookie(&self, path: &str) -> String {
        let path = path.split('?').next().unwrap_or(path);
        let mut parts = path.trim_start_matches('/').split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("msq"), Some(_), Some(c)) if app::member_states::by_iso3(c).is_some() => {
                self.cookie_as(Role::Respondent, Some(&c.to_uppercase()))
                    .await
            }
            _ => self.cookie_as(Role::Reviewer, None).await,
        }
    }

    async fn with_cookie<'a>(
        &self,
        path: &str,
        extra: &[(&'a str, &'a str)],
    ) -> (String, Vec<(&'a str, String)>) {
        let mut headers: Vec<(&'a str, String)> =
            extra.iter().map(|(k, v)| (*k, v.to_string())).collect();
        if !extra.iter().any(|(k, _)| k.eq_ignore_ascii_case("cookie")) {
            headers.push(("cookie", self.natural_cookie(path).await));
        }
        (self.url(path), headers)
    }

    /// GET as the path's natural user (see `natural_cookie`).
    pub async fn get(&self, path: &str) -> Reply {
        self.request_with("GET", path, &[]).await
    }

    pub async fn post_form(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        extra: &[(&str, &str)],
    ) -> Reply {
        let (url, headers) = self.with_cookie(path, extra).await;
        let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        post_form(&url, pairs, &h).await
    }

    pub async fn request_with(&self, method: &str, path: &str, extra: &[(&str, &str)]) -> Reply {
        let (url, headers) = self.with_cookie(path, extra).await;
        let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        request_with(method, &url, &h).await
    }

    pub async fn request_body(
        &self,
        method: &str,
        path: &str,
        body: Vec<u8>,
        extra: &[(&str, &str)],
    ) -> Reply {
        let (url, headers) = self.with_cookie(path, extra).await;
        let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        request_body(method, &url, body, &h).await
    }

    pub async fn stop(self) {
        self.server.abort();
        let _ = self.server.await;
        self.state.db.clone().close().await.ok();
        self.db.drop_database().await;
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    /// The body as text (lossy for binary bodies: see `bytes`).
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn location(&self) -> String {
        self.headers
            .get("location")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    }
}

fn client() -> Client<HttpConnector, Full<Bytes>> {
    Client::builder(TokioExecutor::new()).build_http()
}

pub async fn get(url: &str) -> Reply {
    request("GET", url, None, &[]).await
}

/// POSTs a urlencoded form.
pub async fn post_form(url: &str, pairs: &[(&str, &str)], extra_headers: &[(&str, &str)]) -> Reply {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    request("POST", url, Some(body), extra_headers).await
}

/// A request with extra headers and no body.
pub async fn request_with(method: &str, url: &str, headers: &[(&str, &str)]) -> Reply {
    request(method, url, None, headers).await
}

/// POSTs a multipart form with one file field.
pub async fn post_file(url: &str, field: &str, file_name: &str, content: &[u8]) -> Reply {
    let boundary = "msq-test-boundary-7d1f";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/pdf\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let content_type = format!("multipart/form-data; boundary={boundary}");
    request_raw("POST", url, Some(body), &[("content-type", &content_type)]).await
}

/// A request with a raw body (set its content type in `headers`).
pub async fn request_body(
    method: &str,
    url: &str,
    body: Vec<u8>,
    headers: &[(&str, &str)],
) -> Reply {
    request_raw(method, url, Some(body), headers).await
}

async fn request(method: &str, url: &str, body: Option<String>, extra: &[(&str, &str)]) -> Reply {
    let mut headers: Vec<(&str, &str)> = Vec::new();
    if body.is_some() {
        headers.push(("content-type", "application/x-www-form-urlencoded"));
    }
    headers.extend_from_slice(extra);
    request_raw(method, url, body.map(String::into_bytes), &headers).await
}

async fn request_raw(
    method: &str,
    url: &str,
    body: Option<Vec<u8>>,
    extra: &[(&str, &str)],
) -> Reply {
    let mut req = hyper::Request::builder().method(method).uri(url);
    // As a browser does for a form on this site's own pages (CSRF check);
    // a test that wants another origin sets its own.
    let own =
        |k: &&str| k.eq_ignore_ascii_case("origin") || k.eq_ignore_ascii_case("sec-fetch-site");
    if method != "GET" && !extra.iter().any(|(k, _)| own(k)) {
        let origin: String = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
        req = req.header("origin", origin);
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let req = req
        .body(Full::new(Bytes::from(body.unwrap_or_default())))
        .unwrap();
    let res = client().request(req).await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
        bytes: body.to_vec(),
    }
}

/// The value of a hidden input in a page (`name="…" value="…"`).
pub fn hidden_value(html: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no input {name}"))
        + needle.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

/// The text of a PDF as poppler's `pdftotext` reads it, its runs of
/// whitespace made single spaces.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("read.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by scripts/setup.sh --test)");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
