//! The pages in headless Chromium (Debian's chromium + chromedriver):
//! fill a section, reload, find the values; once with JavaScript (autosave
//! saves without a click) and once with JavaScript disabled (the Save
//! button posts the form).

use crate::support::{Backend, TestApp};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use server::accounts::{users, Role};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) struct Browser {
    pub(crate) client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub(crate) async fn start(javascript: bool) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed by scripts/setup.sh --test");
        let profile = tempfile::tempdir().unwrap();
        let mut prefs = serde_json::Map::new();
        if !javascript {
            prefs.insert(
                "profile.managed_default_content_settings.javascript".into(),
                2.into(),
            );
        }
        let caps = serde_json::json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1200,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
                "prefs": prefs,
            }
        });
        let caps = caps.as_object().unwrap().clone();
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("chromedriver did not start: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    /// Signs in through the sign-in page as a test user with this role
    /// (made, with a password, on first use).
    pub(crate) async fn sign_in(&self, app: &TestApp, role: Role, country: Option<&str>) {
        let db = &app.state.db;
        let email = format!(
            "browser-{}-{}@test.example",
            role.as_str(),
            country.unwrap_or("un").to_lowercase()
        );
        // A UN DESA role's second factor is enrolled here, on its first
        // sign-in (a test signs each such account in once).
        let user = crate::support::account(db, &email, role, country).await;
        users::set_password(db, user.id, "browser test password")
            .await
            .unwrap();
        let secret = if role.requires_two_factor()
            && !server::accounts::two_factor::is_enabled(db, user.id)
                .await
                .unwrap()
        {
            Some(crate::support::enrol_two_factor(db, user.id).await)
        } else {
            None
        };
        self.client.goto(&app.url("/sign-in")).await.unwrap();
        self.type_into("#email", &email).await;
        self.type_into("#password", "browser test password").await;
        self.click("form[action='/sign-in'] button[type=submit]")
            .await;
        if let Some(secret) = secret {
            eventually(10, "the code page", || async {
                self.url_contains("/sign-in/code").await
            })
            .await;
            self.type_into("#code", &crate::support::next_code(&secret))
                .await;
            self.click("form[action='/sign-in/code'] button[type=submit]")
                .await;
        }
        eventually(10, "signed in", || async {
            !self.url_contains("/sign-in").await
        })
        .await;
    }

    pub(crate) async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    pub(crate) async fn type_into(&self, css: &str, text: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }

    pub(crate) async fn url_contains(&self, part: &str) -> bool {
        self.client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains(part)
    }

    pub(crate) async fn value(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    pub(crate) async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub(crate) async fn stop(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Waits until `check` holds, or fails after `secs`.
pub(crate) async fn eventually<F, Fut>(secs: u64, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn with_javascript_typing_is_autosaved_and_survives_a_reload() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    b.sign_in(&app, Role::Respondent, Some("IND")).await;
    let url = app.url("/msq/2020/IND/international-cooperation");
    b.client.goto(&url).await.unwrap();
    // Hydration has happened once the word count follows the typing.
    let q22 = b.client.find(Locator::Css("#f-q22")).await.unwrap();
    q22.send_keys("India is part of the Digital Public Goods Alliance")
        .await
        .unwrap();
    eventually(20, "the live word count", || async {
        b.text("#f-q22-count").await == "9 of 250 words"
    })
    .await;
    let q23 = b.client.find(Locator::Css("#f-q23")).await.unwrap();
    q23.send_keys("Yes: India Stack, डिजिटल इंडिया")
        .await
        .unwrap();
    eventually(20, "autosave", || async {
        b.text(".autosave-status").await.starts_with("Saved at")
    })
    .await;
    // No Save button was pressed: the reload shows what autosave stored.
    b.client.goto(&url).await.unwrap();
    assert_eq!(
        b.value("#f-q22").await,
        "India is part of the Digital Public Goods Alliance"
    );
    assert_eq!(b.value("#f-q23").await, "Yes: India Stack, डिजिटल इंडिया");
    // Typing on after the autosave does not conflict with it.
    b.type_into("#f-q24", "Several PPPs").await;
    b.click("button[value=save]").await;
    eventually(10, "the saved page", || async {
        b.url_contains("saved=1").await
    })
    .await;
    assert_eq!(b.value("#f-q24").await, "Several PPPs");
    assert!(
        b.client.find(Locator::Css(".error-summary")).await.is_err(),
        "no conflict, no problem"
    );
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn with_javascript_rows_and_follow_ups_change_in_place() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    b.sign_in(&app, Role::Respondent, Some("NZL")).await;
    let url = app.url("/msq/2020/NZL/institutional-framework");
    b.client.goto(&url).await.unwrap();
    b.type_into("#f-q1-0", "https://www.govt.nz").await;
    // The CIO block follows the answer to question 4.
    let cio = b
        .client
        .find(Locator::Css("[data-show-if=\"q4=yes\"]"))
        .await
        .unwrap();
    eventually(20, "the follow-up to hide", || async {
        !cio.is_displayed().await.unwrap()
    })
    .await;
    b.click("#f-q4").await;
    assert!(cio.is_displayed().await.unwrap());
    // "Add another URL" adds a row without a page load.
    b.click("button[value=\"add:q1\"]").await;
    let second = b.client.find(Locator::Css("#f-q1-1")).await.unwrap();
    assert_eq!(second.attr("name").await.unwrap().as_deref(), Some("q1.1"));
    assert!(!b.url_contains("add=").await, "no reload");
    second
        .send_keys("https://www.digital.govt.nz")
        .await
        .unwrap();
    eventually(20, "autosave", || async {
        b.text(".autosave-status").await.starts_with("Saved at")
    })
    .await;
    // Remove the first row in place too; autosave stores what is left.
    b.click("button[value=\"remove:q1:0\"]").await;
    assert!(b.client.find(Locator::Css("#f-q1-0")).await.is_err());
    tokio::time::sleep(Duration::from_millis(300)).await;
    eventually(20, "autosave after removing", || async {
        let page = app.get("/msq/2020/NZL/institutional-framework").await.body;
        page.contains("value=\"https://www.digital.govt.nz\"")
            && !page.contains("https://www.govt.nz\"")
    })
    .await;
    b.client.goto(&url).await.unwrap();
    assert_eq!(b.value("#f-q1-0").await, "https://www.digital.govt.nz");
    assert_eq!(
        b.client
            .find(Locator::Css("#f-q4"))
            .await
            .unwrap()
            .prop("checked")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn without_javascript_the_save_button_keeps_everything() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(false).await;
    b.sign_in(&app, Role::Respondent, Some("ZAF")).await;
    let url = app.url("/msq/2020/ZAF/indicators");
    b.client.goto(&url).await.unwrap();
    b.click("#f-q17").await;
    b.type_into("#f-q17-percent", "63.4").await;
    b.click("#f-q18-na").await;
    b.type_into("#f-q18-reason", "Not collected").await;
    b.click("#f-q19").await;
    b.type_into("#f-q19-percent", "140").await;
    b.type_into("#f-q21", "ICT skills survey").await;
    // JavaScript is really off: nothing autosaves.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(b.text(".autosave-status").await, "");
    b.click("button[value=save]").await;
    eventually(10, "the saved page", || async {
        b.url_contains("saved=1").await
    })
    .await;
    // The invalid percentage is flagged, linked from the summary, and kept.
    let summary = b.text(".error-summary").await;
    assert!(
        summary.contains("Question 19: Enter a percentage from 0 to 100"),
        "{summary}"
    );
    b.client.goto(&url).await.unwrap();
    assert_eq!(b.value("#f-q17-percent").await, "63.4");
    assert_eq!(
        b.client
            .find(Locator::Css("#f-q17"))
            .await
            .unwrap()
            .prop("checked")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    assert_eq!(b.value("#f-q18-reason").await, "Not collected");
    assert_eq!(b.value("#f-q19-percent").await, "140");
    assert_eq!(b.value("#f-q21").await, "ICT skills survey");
    b.stop().await;
    app.stop().await;
}

/// Chromium's network emulation (DevTools network conditions, through
/// chromedriver's `chromium/network_conditions`): offline, or a link with
/// this latency and throughput (bytes per second; -1: unlimited). `None`
/// lifts it.
#[derive(Debug)]
pub(crate) struct NetworkConditions(pub(crate) Option<(bool, u64, i64)>);

impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/chromium/network_conditions",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        match self.0 {
            None => (http::Method::DELETE, None),
            Some((offline, latency, throughput)) => (
                http::Method::POST,
                Some(
                    serde_json::json!({
                        "network_conditions": {
                            "offline": offline,
                            "latency": latency,
                            "download_throughput": throughput,
                            "upload_throughput": throughput,
                        }
                    })
                    .to_string(),
                ),
            ),
        }
    }
}

impl Browser {
    /// Emulates the network (see `NetworkConditions`).
    pub(crate) async fn network(&self, conditions: Option<(bool, u64, i64)>) {
        self.client
            .issue_cmd(NetworkConditions(conditions))
            .await
            .expect("chromedriver sets network conditions");
    }
}

/// axe-core's script (tests/node_modules, installed by scripts/setup.sh --test).
pub(crate) fn axe_script() -> String {
    std::fs::read_to_string(
        crate::support::workspace_root().join("tests/node_modules/axe-core/axe.min.js"),
    )
    .expect("axe-core is installed by scripts/setup.sh --test")
}

/// The WCAG 2.1 A and AA violations axe-core finds on the page shown.
pub(crate) async fn axe_violations(b: &Browser, axe: &str) -> Vec<String> {
    axe_run(
        b,
        axe,
        "{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }",
    )
    .await
}

/// Every violation axe-core finds on the page shown, of any impact: WCAG
/// and its best practices (heading order, unique landmark names…).
pub(crate) async fn axe_all_violations(b: &Browser, axe: &str) -> Vec<String> {
    axe_run(b, axe, "{}").await
}

async fn axe_run(b: &Browser, axe: &str, options: &str) -> Vec<String> {
    b.client.execute(axe, vec![]).await.unwrap();
    let script = format!(
        "const done = arguments[arguments.length - 1];
         axe.run(document, {options})
            .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' (' + v.nodes.length + ' nodes: ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')')))
            .catch(e => done(['axe failed: ' + e]));"
    );
    let result = b.client.execute_async(&script, vec![]).await.unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// A signed-in visitor: role and Member State.
type Visitor = (Role, Option<&'static str>);

/// axe-core (tests/node_modules, installed by scripts/setup.sh --test)
/// finds no WCAG 2.1 A or AA violation on the respondent pages, including
/// a page showing validation errors.
#[tokio::test]
async fn the_pages_pass_axe_wcag_2_1_aa() {
    let axe = axe_script();
    let app = TestApp::spawn(Backend::Sqlite).await;
    // A page with problems and a conflict to show.
    let url = "/msq/2020/PER/institutional-framework";
    let page = app.get(url).await.body;
    let base = crate::support::hidden_value(&page, "_base.q1");
    app.post_form(
        url,
        &[
            ("_base.q1", &base),
            ("q1.0", "portal.gob.pe"),
            ("_action", "save"),
        ],
        &[],
    )
    .await;
    let b = Browser::start(true).await;
    let edition = app.state.edition("2020").unwrap();
    // Who looks at which pages: nobody signed in, a respondent of Peru,
    // a respondent of Morocco, a UN DESA reviewer.
    let mut peru = vec![
        "/".to_string(),
        "/start?country=XXX".into(),
        "/msq/2020/PER".into(),
        "/msq/2020/PER/check".into(),
        "/msq/2020/PER/nothing".into(),
    ];
    crate::support::import_fixture(&app, "MAR").await;
    let submitted = app
        .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &[])
        .await;
    assert_eq!(submitted.status, 303);
    // The reviewers follow Morocco: the review page shows its forms.
    app.assign_reviewer("MAR").await;
    let browser_reviewer = crate::support::account(
        &app.state.db,
        "browser-reviewer-un@test.example",
        Role::Reviewer,
        None,
    )
    .await;
    server::review::assignments::assign(
        &app.state.db,
        "2020",
        &["MAR".into()],
        browser_reviewer.id,
        "test",
    )
    .await
    .unwrap();
    let raised = app
        .post_form(
            "/review/2020/MAR/queries",
            &[
                ("field", "q14"),
                ("version", "1"),
                ("message", "Which charter?"),
            ],
            &[],
        )
        .await;
    assert_eq!(raised.status, 303);
    // A second query, resolved: the page folds it.
    for (path, pairs) in [
        (
            "/review/2020/MAR/queries",
            vec![
                ("field", "q11"),
                ("version", "1"),
                ("message", "Which statistics?"),
            ],
        ),
        (
            "/review/2020/MAR/queries/2",
            vec![("message", "Settled by phone."), ("_action", "resolve")],
        ),
    ] {
        let r = app.post_form(path, &pairs, &[]).await;
        assert_eq!(r.status, 303, "{path}: {}", r.body);
    }
    peru.extend(
        edition
            .pages()
            .map(|p| format!("/msq/2020/PER/{}", p.slug())),
    );
    let groups: Vec<(Option<Visitor>, Vec<String>)> = vec![
        (
            None,
            vec!["/sign-in".into(), "/verify".into(), "/reset".into()],
        ),
        (Some((Role::Respondent, Some("PER"))), peru),
        // A complete, submitted response: the check page with its Submit
        // button, the home page with versions, the version page.
        (
            Some((Role::Respondent, Some("MAR"))),
            vec![
                "/msq/2020/MAR/check".into(),
                "/msq/2020/MAR".into(),
                "/msq/2020/MAR/versions/1?submitted=1".into(),
                "/msq/2020/MAR/audit".into(),
                "/msq/2020/MAR/queries/1".into(),
            ],
        ),
        // UN DESA: the list of Member States, a draft read-only.
        (
            Some((Role::Reviewer, None)),
            vec![
                "/".into(),
                "/member-states".into(),
                "/admin/invitations".into(),
                "/msq/2020/PER/check".into(),
                "/admin/invite".into(),
                "/account/two-factor".into(),
                "/admin/audit".into(),
                "/review/2020".into(),
                "/review/2020/MAR".into(),
                "/review/2020/MAR/diff?from=1&to=1".into(),
                "/account/api-tokens".into(),
            ],
        ),
        (
            Some((Role::Admin, None)),
            vec![
                "/admin/users".into(),
                "/admin/outbox".into(),
                "/admin/editions".into(),
            ],
        ),
    ];
    let mut report = Vec::new();
    let mut checked = 0;
    for (who, paths) in &groups {
        if let Some((role, country)) = who {
            b.sign_in(&app, *role, *country).await;
        }
        // UN DESA's pages: no violation of any impact (best practices too).
        let staff = who.is_some_and(|(role, _)| role.requires_two_factor());
        for path in paths {
            checked += 1;
            b.client.goto(&app.url(path)).await.unwrap();
            let found = if staff {
                axe_all_violations(&b, &axe).await
            } else {
                axe_violations(&b, &axe).await
            };
            for v in found {
                report.push(format!("{path}: {v}"));
            }
        }
        // The confirmation before accepting answers a POST: reached by its
        // button, as the reviewer (assigned to Morocco above).
        if who.is_some_and(|(role, _)| role == Role::Reviewer) {
            b.client.goto(&app.url("/review/2020/MAR")).await.unwrap();
            b.click("button[value=accepted]").await;
            eventually(10, "the confirmation page", || async {
                b.url_contains("/decision").await
            })
            .await;
            for v in axe_all_violations(&b, &axe).await {
                report.push(format!("accept confirmation: {v}"));
            }
        }
    }
    assert!(checked > 15, "{checked}");
    b.stop().await;
    assert!(report.is_empty(), "WCAG violations:\n{}", report.join("\n"));
    app.stop().await;
}

/// The whole review cycle in two browsers (the country's respondent and a
/// UN DESA reviewer), once with JavaScript and once without: submit; two
/// queries and a return; the queries beside their answers; one answer
/// edited, the other query answered; resubmit; v1→v2 shows exactly the
/// edited answer; accept; the dashboard says "Accepted".
#[tokio::test]
async fn the_review_cycle_with_and_without_javascript() {
    for javascript in [true, false] {
        let app = TestApp::spawn(Backend::Sqlite).await;
        crate::support::import_fixture(&app, "MAR").await;
        let db = &app.state.db;
        let reviewer =
            crate::support::account(db, "browser-reviewer-un@test.example", Role::Reviewer, None)
                .await;
        server::review::assignments::assign(db, "2020", &["MAR".into()], reviewer.id, "test")
            .await
            .unwrap();
        let country = Browser::start(javascript).await;
        let desa = Browser::start(javascript).await;
        let go = |b: &Browser, path: &str| {
            let url = app.url(path);
            let client = b.client.clone();
            async move { client.goto(&url).await.unwrap() }
        };

        // The respondent submits version 1.
        country.sign_in(&app, Role::Respondent, Some("MAR")).await;
        go(&country, "/msq/2020/MAR/check").await;
        country
            .click("form[action='/msq/2020/MAR/submit'] button")
            .await;
        eventually(10, "version 1", || async {
            country.url_contains("/versions/1").await
        })
        .await;

        // The reviewer queries two answers and returns the response.
        desa.sign_in(&app, Role::Reviewer, None).await;
        for (field, text) in [
            ("q14", "Please name the social media charter."),
            ("q11", "Where exactly are the statistics published?"),
        ] {
            go(&desa, "/review/2020/MAR").await;
            desa.click(&format!("#answer-{field} details summary"))
                .await;
            desa.type_into(&format!("#raise-{field}"), text).await;
            desa.click(&format!("#answer-{field} details form button"))
                .await;
            eventually(10, "the query sent", || async {
                desa.url_contains("done=query").await
            })
            .await;
        }
        desa.type_into("#returned-message", "Two queries to answer, please.")
            .await;
        desa.click("button[value=returned]").await;
        eventually(10, "the return", || async {
            desa.url_contains("done=returned").await
        })
        .await;

        // The respondent sees both queries beside their answers.
        go(&country, "/msq/2020/MAR").await;
        let home = country.text("main").await;
        assert!(home.contains("Two queries to answer, please."), "{home}");
        assert!(
            home.contains("Queries from UN DESA to answer (2)"),
            "{home}"
        );
        go(&country, "/msq/2020/MAR/social-media").await;
        assert!(country
            .text(".field-queries")
            .await
            .contains("Please name the social media charter."));
        let q14 = country.client.find(Locator::Css("#f-q14")).await.unwrap();
        q14.clear().await.unwrap();
        q14.send_keys("The charter for officials is at https://www.maroc.ma/charte.")
            .await
            .unwrap();
        country.click("button[value=save]").await;
        eventually(10, "the saved page", || async {
            country.url_contains("saved=1").await
        })
        .await;
        go(&country, "/msq/2020/MAR/usage-of-online-services").await;
        assert!(country
            .text(".field-queries")
            .await
            .contains("Where exactly are the statistics published?"));
        country.click(".field-queries a").await;
        eventually(10, "the query page", || async {
            country.url_contains("/queries/").await
        })
        .await;
        country
            .type_into(
                "textarea[name=message]",
                "On www.maroc.ma/statistiques, quarterly.",
            )
            .await;
        country.click("button[value=reply]").await;
        eventually(10, "the reply", || async {
            country.url_contains("done=reply").await
        })
        .await;
        assert!(country
            .text(".thread")
            .await
            .contains("On www.maroc.ma/statistiques, quarterly."));
        go(&country, "/msq/2020/MAR/check").await;
        country
            .click("form[action='/msq/2020/MAR/submit'] button")
            .await;
        eventually(10, "version 2", || async {
            country.url_contains("/versions/2").await
        })
        .await;

        // The reviewer sees exactly the edited answer changed, and accepts.
        go(&desa, "/review/2020/MAR/diff?from=1&to=2").await;
        let changed = desa
            .client
            .find_all(Locator::Css(".diff__row--changed"))
            .await
            .unwrap();
        assert_eq!(changed.len(), 1, "javascript: {javascript}");
        assert_eq!(
            changed[0].attr("data-field").await.unwrap().as_deref(),
            Some("q14")
        );
        go(&desa, "/review/2020/MAR").await;
        // Accepting asks first (and says the open query is resolved with it).
        desa.click("button[value=accepted]").await;
        eventually(
            10,
            "the confirmation page, naming the open queries",
            || async {
                desa.url_contains("/decision").await
                    && desa.text("main").await.contains("2 queries are still open")
            },
        )
        .await;
        desa.click("#confirm-accept").await;
        eventually(10, "the acceptance", || async {
            desa.url_contains("done=accepted").await
        })
        .await;
        go(&desa, "/review/2020?q=Morocco").await;
        assert!(desa.text("tr[data-country=MAR]").await.contains("Accepted"));
        country.stop().await;
        desa.stop().await;
        app.stop().await;
    }
}
