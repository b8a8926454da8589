//! Regression tests of the security review (issue 12), one or more per
//! finding, named `f{N}_…` after the finding's number; each failed before
//! its fix. `scripts/test.sh` counts them ("security regressions: N cases,
//! 0 failing"); docs/security.md lists each protection with its test.

use crate::support::{
    self, account, backends, enrol_two_factor, mailed_link, next_code, post_form, Backend, TestApp,
};
use server::accounts::{links, users, Role};
use std::time::{Duration, Instant};

/// "msq_session=…" (or another cookie) from a reply's Set-Cookie headers.
fn set_cookie(reply: &support::Reply, name: &str) -> Option<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|c| c.starts_with(&format!("{name}=")) && c.len() > name.len() + 1)
        .map(str::to_string)
}

/// A respondent of `iso3` with a password, made on first use.
async fn person(app: &TestApp, email: &str, iso3: &str, password: &str) -> i64 {
    let u = account(&app.state.db, email, Role::Respondent, Some(iso3)).await;
    users::set_password(&app.state.db, u.id, password)
        .await
        .unwrap();
    u.id
}

async fn sign_in(
    app: &TestApp,
    email: &str,
    password: &str,
    extra: &[(&str, &str)],
) -> support::Reply {
    post_form(
        &app.url("/sign-in"),
        &[("email", email), ("password", password)],
        extra,
    )
    .await
}

// ---- 1. One-time links and the second factor; links kept out of the outbox

#[tokio::test]
async fn f01_a_one_time_link_continues_at_the_second_factor() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let id = person(&app, "cio@gov.ma", "MAR", "the first pass phrase").await;
        let secret = enrol_two_factor(&app.state.db, id).await;
        let reset = post_form(&app.url("/reset"), &[("email", "cio@gov.ma")], &[]).await;
        assert_eq!(reset.status, 200);
        let link = mailed_link(&app, "cio@gov.ma").await;
        let set = post_form(
            &link,
            &[
                ("password", "a second pass phrase"),
                ("confirm", "a second pass phrase"),
            ],
            &[],
        )
        .await;
        assert_eq!(set.status, 303, "{backend:?}: {}", set.body);
        assert!(
            set.location().starts_with("/sign-in/code"),
            "{backend:?}: the link led to {}",
            set.location()
        );
        assert!(
            set_cookie(&set, "msq_session").is_none(),
            "{backend:?}: a session without the second factor"
        );
        let pending = set_cookie(&set, "msq_pending").expect("a pending sign-in");
        let done = post_form(
            &app.url("/sign-in/code"),
            &[("code", &next_code(&secret)), ("next", "/")],
            &[("cookie", &pending)],
        )
        .await;
        assert_eq!(done.status, 303, "{}", done.body);
        assert!(set_cookie(&done, "msq_session").is_some());
        app.stop().await;
    }
}

#[tokio::test]
async fn f01_the_outbox_never_shows_a_usable_link() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let admin = app.cookie_as(Role::Admin, None).await;
        let r = post_form(
            &app.url("/admin/invite"),
            &[
                ("email", "other.admin@un.org"),
                ("name", "Other"),
                ("role", "admin"),
            ],
            &[("cookie", &admin)],
        )
        .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let link = mailed_link(&app, "other.admin@un.org").await;
        let token = link.rsplit('/').next().unwrap().to_string();
        assert_eq!(token.len(), 64);
        let outbox =
            support::request_with("GET", &app.url("/admin/outbox"), &[("cookie", &admin)]).await;
        assert_eq!(outbox.status, 200);
        assert!(
            !outbox.body.contains(&token),
            "{backend:?}: the outbox shows the link"
        );
        assert!(outbox.body.contains("link removed"));
        for m in server::mail::latest(&app.state.db, 50).await.unwrap() {
            assert!(
                !m.body.contains(&token),
                "{backend:?}: stored with the link"
            );
        }
        // The delivered message still works.
        assert_eq!(support::get(&link).await.status, 200);
        app.stop().await;
    }
}

// ---- 2. Answers inside <textarea> stay text

const HOSTILE: &str = "Before </textarea><meta http-equiv=\"refresh\" content=\"0;url=/sign-out\"><b id=\"injected\">x</b> &amp; after";

#[tokio::test]
async fn f02_textarea_answers_are_escaped_in_the_html() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let saved = app
        .post_form(
            "/msq/2020/MAR/social-media",
            &[("q14", HOSTILE), ("_action", "save")],
            &[],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let saved = app
        .post_form(
            "/msq/2020/MAR/indicators",
            &[
                ("q17.mode", "na"),
                ("q17.reason", HOSTILE),
                ("_action", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    for page in ["social-media", "indicators"] {
        let html = app.get(&format!("/msq/2020/MAR/{page}")).await.body;
        assert!(
            !html.contains("<b id=\"injected\">"),
            "{page}: markup reached the page"
        );
        assert!(!html.contains("<meta http-equiv"), "{page}");
        assert!(html.contains("&lt;/textarea>&lt;meta"), "{page}");
    }
    app.stop().await;
}

#[tokio::test]
async fn f02_textarea_answers_stay_text_in_a_browser() {
    use crate::browser::Browser;
    use fantoccini::Locator;
    let app = TestApp::spawn(Backend::Sqlite).await;
    let browser = Browser::start(false).await;
    browser.sign_in(&app, Role::Respondent, Some("MAR")).await;
    // Typed as a respondent would paste it, saved without JavaScript.
    browser
        .client
        .goto(&app.url("/msq/2020/MAR/social-media"))
        .await
        .unwrap();
    browser.type_into("#f-q14", HOSTILE).await;
    browser.click("button[name=_action][value=save]").await;
    crate::browser::eventually(10, "saved", || async {
        browser.url_contains("saved=1").await
    })
    .await;
    // Shown again: still one textarea holding exactly the text; no element
    // and no refresh came out of it.
    browser
        .client
        .goto(&app.url("/msq/2020/MAR/social-media"))
        .await
        .unwrap();
    assert_eq!(browser.value("#f-q14").await, HOSTILE);
    assert!(browser
        .client
        .find(Locator::Css("#injected"))
        .await
        .is_err());
    assert!(browser
        .client
        .find(Locator::Css("meta[http-equiv]"))
        .await
        .is_err());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(browser.url_contains("/msq/2020/MAR/social-media").await);
    browser.stop().await;
    app.stop().await;
}

// ---- 3. A sign-in flood keeps memory flat

fn kib(status: &str, field: &str) -> u64 {
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn f03_a_sign_in_flood_keeps_memory_flat() {
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = support::msq_command()
        .arg("serve")
        .env("MSQ_DATA_DIR", data.path())
        .env("MSQ_LISTEN", format!("127.0.0.1:{port}"))
        .env(
            "MSQ_SITE_DIR",
            support::workspace_root().join("target/site"),
        )
        // Each request comes "through the proxy" from its own address, so
        // no address limit hides the flood.
        .env("MSQ_TRUSTED_PROXIES", "127.0.0.1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            drop(s);
            if support::get(&format!("{base}/health")).await.status == 200 {
                break;
            }
        }
        assert!(Instant::now() < deadline, "msq serve did not start");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let status = || std::fs::read_to_string(format!("/proc/{}/status", server.id())).unwrap();
    let before = kib(&status(), "VmRSS:");
    let mut flood = tokio::task::JoinSet::new();
    for i in 0..60 {
        let url = format!("{base}/sign-in");
        flood.spawn(async move {
            let from = format!("198.51.100.{}", i + 1);
            let email = format!("nobody{i}@gov.example");
            post_form(
                &url,
                &[("email", email.as_str()), ("password", "wrong password!!")],
                &[("x-forwarded-for", from.as_str())],
            )
            .await
            .status
        });
    }
    let mut statuses = Vec::new();
    while let Some(s) = flood.join_next().await {
        statuses.push(s.unwrap());
    }
    let peak = kib(&status(), "VmHWM:");
    server.kill().ok();
    server.wait().ok();
    // Every request answered: a failed sign-in, or "busy, try again".
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 503),
        "{statuses:?}"
    );
    assert!(statuses.contains(&503), "beyond the queue, refused at once");
    // 60 argon2 runs at once would need over a gigabyte (19 MiB each);
    // capped at one per core, the peak stays near the start.
    assert!(
        peak < before + 150 * 1024,
        "memory grew from {before} KiB to a peak of {peak} KiB"
    );
}

// ---- 4. Rate limits cannot be raced

#[tokio::test]
async fn f04_concurrent_wrong_passwords_are_checked_at_most_the_limit() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        person(&app, "target@gov.ma", "MAR", "the right pass phrase").await;
        let mut tries = tokio::task::JoinSet::new();
        for _ in 0..40 {
            let url = app.url("/sign-in");
            tries.spawn(async move {
                post_form(
                    &url,
                    &[("email", "target@gov.ma"), ("password", "a wrong guess!!")],
                    &[],
                )
                .await
                .status
            });
        }
        let mut checked = 0;
        let mut limited = 0;
        while let Some(s) = tries.join_next().await {
            match s.unwrap() {
                401 => checked += 1,
                429 => limited += 1,
                other => panic!("{backend:?}: status {other}"),
            }
        }
        assert_eq!(checked, 5, "{backend:?}: {checked} passwords checked");
        assert_eq!(limited, 35);
        app.stop().await;
    }
}

#[tokio::test]
async fn f04_concurrent_wrong_codes_are_checked_at_most_the_limit() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let id = person(&app, "second@gov.ma", "MAR", "the right pass phrase").await;
        enrol_two_factor(&app.state.db, id).await;
        let first = sign_in(&app, "second@gov.ma", "the right pass phrase", &[]).await;
        let pending = set_cookie(&first, "msq_pending").expect("the code step");
        let mut tries = tokio::task::JoinSet::new();
        for i in 0..40 {
            let (url, cookie) = (app.url("/sign-in/code"), pending.clone());
            tries.spawn(async move {
                let code = format!("{:06}", 100_000 + i);
                post_form(&url, &[("code", code.as_str())], &[("cookie", &cookie)])
                    .await
                    .status
            });
        }
        let mut checked = 0;
        while let Some(s) = tries.join_next().await {
            match s.unwrap() {
                401 => checked += 1,
                429 => {}
                other => panic!("{backend:?}: status {other}"),
            }
        }
        assert!(checked <= 5, "{backend:?}: {checked} codes checked");
        app.stop().await;
    }
}

// ---- 5. CSV cells that look like formulas

#[tokio::test]
async fn f05_csv_cells_that_look_like_formulas_are_neutralised() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        support::import_fixture(&app, "MAR").await;
        let formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        let page = app.get("/msq/2020/MAR/social-media").await;
        let base = support::hidden_value(&page.body, "_base.q14");
        let saved = app
            .post_form(
                "/msq/2020/MAR/social-media",
                &[("q14", formula), ("_base.q14", &base), ("_action", "save")],
                &[],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        let submitted = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
        assert_eq!(submitted.status, 303, "{}", submitted.body);
        // An anonymous failed sign-in lands in the staff trail.
        let bad = sign_in(&app, "=1+2@evil.example", "whatever it is", &[]).await;
        assert_eq!(bad.status, 401);
        for path in [
            "/review/2020/export.csv",
            "/msq/2020/MAR/audit.csv",
            "/admin/audit.csv",
        ] {
            let cookie = app.cookie_as(Role::Admin, None).await;
            let r = support::request_with("GET", &app.url(path), &[("cookie", &cookie)]).await;
            assert_eq!(r.status, 200, "{path}");
            let needle = if path.starts_with("/admin") {
                "=1+2@evil.example"
            } else {
                "=HYPERLINK("
            };
            let text = &r.body;
            assert!(text.contains(needle), "{backend:?} {path}: value kept");
            for line in text.lines() {
                for cell in line.split(',') {
                    let cell = cell.trim_start_matches('"');
                    assert!(
                        !cell.starts_with('=') && !cell.starts_with('+') && !cell.starts_with('@'),
                        "{backend:?} {path}: a formula cell {cell}"
                    );
                }
            }
        }
        app.stop().await;
    }
}

// ---- 6. Reviewers invite only for their own countries

#[tokio::test]
async fn f06_reviewers_invite_only_for_the_countries_assigned_to_them() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let invite = |iso3: &'static str, email: &'static str| {
            let (url, cookie) = (app.url("/admin/invite"), reviewer.clone());
            async move {
                post_form(
                    &url,
                    &[("email", email), ("role", "respondent"), ("country", iso3)],
                    &[("cookie", &cookie)],
                )
                .await
            }
        };
        let refused = invite("TUN", "attacker@evil.example").await;
        assert_eq!(refused.status, 403, "{backend:?}");
        assert!(refused
            .body
            .contains("only for the Member States assigned to you"));
        assert!(users::find_by_email(&app.state.db, "attacker@evil.example")
            .await
            .unwrap()
            .is_none());
        app.assign_reviewer("MAR").await;
        assert_eq!(invite("TUN", "attacker@evil.example").await.status, 403);
        let ok = invite("MAR", "new.person@gov.ma").await;
        assert_eq!(ok.status, 200, "{}", ok.body);
        // The form offers the assigned countries only.
        let form =
            support::request_with("GET", &app.url("/admin/invite"), &[("cookie", &reviewer)]).await;
        assert!(form.body.contains("value=\"MAR\""));
        assert!(!form.body.contains("value=\"TUN\""));
        app.stop().await;
    }
}

// ---- 7. Huge forms

#[tokio::test]
async fn f07_a_huge_list_is_refused_with_a_message_and_the_server_stays_responsive() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let cookie = app.natural_cookie("/msq/2020/MAR").await;
    let body: String = (0..30_000)
        .map(|i| format!("q1.{i}=https%3A%2F%2Fportal{i}.gov.ma&"))
        .collect::<String>()
        + "_action=save";
    let post = |body: String| {
        let (url, cookie) = (
            app.url("/msq/2020/MAR/institutional-framework"),
            cookie.clone(),
        );
        async move {
            support::request_body(
                "POST",
                &url,
                body.into_bytes(),
                &[
                    ("cookie", &cookie),
                    ("content-type", "application/x-www-form-urlencoded"),
                ],
            )
            .await
        }
    };
    let started = Instant::now();
    let (a, b, health) = tokio::join!(post(body.clone()), post(body), async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let t = Instant::now();
        let r = support::get(&app.url("/health")).await;
        (r.status, t.elapsed())
    });
    for r in [&a, &b] {
        assert_eq!(r.status, 422, "{}", &r.body[..r.body.len().min(300)]);
        assert!(
            r.body
                .contains("Question 1 takes at most 50 rows; this form sent 30000"),
            "{}",
            r.body
        );
    }
    assert_eq!(health.0, 200);
    assert!(
        health.1 < Duration::from_secs(3),
        "/health took {:?}",
        health.1
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    // Nothing of the page was saved.
    let stored = server::drafts::store::find_response(&app.state.db, "2020", "MAR")
        .await
        .unwrap();
    assert!(stored.is_none(), "a refused page wrote a response");
    // One answer over the length limit, and a body over the size limit.
    let long = format!("q14={}&_action=save", "a".repeat(100_001));
    let r = app
        .request_body(
            "POST",
            "/msq/2020/MAR/social-media",
            long.into_bytes(),
            &[("content-type", "application/x-www-form-urlencoded")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r
        .body
        .contains("An answer to question 14 has 100001 characters"));
    let huge = format!("q14={}", "a".repeat(3 << 20));
    let r = app
        .request_body(
            "POST",
            "/msq/2020/MAR/social-media",
            huge.into_bytes(),
            &[("content-type", "application/x-www-form-urlencoded")],
        )
        .await;
    assert_eq!(r.status, 413);
    assert!(r.body.contains("too large"), "{}", r.body);
    app.stop().await;
}

// ---- 8. /reset floods

#[tokio::test]
async fn f08_reset_requests_are_limited_per_address_and_audited_once() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        person(&app, "known@gov.ma", "MAR", "a long pass phrase").await;
        // One address asks for fifteen different accounts: ten are taken.
        let mut statuses = Vec::new();
        for i in 0..15 {
            let email = format!("stranger{i}@gov.example");
            statuses.push(
                post_form(&app.url("/reset"), &[("email", &email)], &[])
                    .await
                    .status,
            );
        }
        assert_eq!(statuses[..10], [200; 10], "{backend:?}: {statuses:?}");
        assert_eq!(statuses[10..], [429; 5], "{backend:?}: {statuses:?}");
        let refused_page = post_form(&app.url("/reset"), &[("email", "x@gov.example")], &[]).await;
        assert!(refused_page
            .body
            .contains("Too many password reset requests"));
        // Refused again and again, for the same or other addresses: one
        // audit row for this network address.
        for i in 0..20 {
            let email = format!("again{}@gov.example", i % 3);
            post_form(&app.url("/reset"), &[("email", &email)], &[]).await;
        }
        let trail = server::audit::staff_trail(&app.state.db, None)
            .await
            .unwrap();
        let count = |kind: &str| trail.rows.iter().filter(|r| r.kind == kind).count();
        assert_eq!(count("reset_requested"), 10, "{backend:?}");
        assert_eq!(
            count("reset_refused"),
            1,
            "{backend:?}: one per refused pattern"
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn f08_one_account_gets_at_most_three_reset_mails() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |c| {
            c.trusted_proxies = "127.0.0.1".parse().unwrap();
        })
        .await;
        person(&app, "known@gov.ma", "MAR", "a long pass phrase").await;
        for i in 0..10 {
            let from = format!("198.51.100.{i}");
            let r = post_form(
                &app.url("/reset"),
                &[("email", "known@gov.ma")],
                &[("x-forwarded-for", &from)],
            )
            .await;
            assert_eq!(r.status, 200, "the same answer as for any address");
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let mails = server::mail::latest(&app.state.db, 100).await.unwrap();
        assert_eq!(
            mails
                .iter()
                .filter(|m| m.recipient == "known@gov.ma")
                .count(),
            3,
            "{backend:?}"
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn f08_the_audit_trail_is_paged_in_the_database() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        for i in 0..1_100 {
            server::audit::record(
                &app.state.db,
                server::audit::Event {
                    user_id: None,
                    actor: format!("flood{i:04}@example.org"),
                    kind: "sign_in_failed",
                    member_state: None,
                    detail: String::new(),
                    address: "192.0.2.1".into(),
                },
            )
            .await
            .unwrap();
        }
        let admin = app.cookie_as(Role::Admin, None).await;
        let page = |p: &str| {
            let (url, cookie) = (app.url(&format!("/admin/audit{p}")), admin.clone());
            async move { support::request_with("GET", &url, &[("cookie", &cookie)]).await }
        };
        let first = page("").await;
        assert_eq!(first.status, 200);
        assert!(first.body.contains("flood1099@example.org"), "newest first");
        assert!(!first.body.contains("flood0000@example.org"));
        assert!(first.body.contains("?page=2"));
        let third = page("?page=3").await;
        assert!(
            third.body.contains("flood0000@example.org"),
            "the oldest on page 3"
        );
        assert!(third.body.contains("?page=2"));
        assert!(!third.body.contains("?page=4"));
        assert_eq!(page("?page=abc").await.status, 400);
        assert_eq!(page("?page=0").await.status, 400);
        app.stop().await;
    }
}

// ---- 9. One live link per account; resets last hours

#[tokio::test]
async fn f09_a_new_or_used_link_revokes_the_others_and_resets_expire_in_hours() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let db = &app.state.db;
        let id = person(&app, "links@gov.ma", "MAR", "a long pass phrase").await;
        let invitation = links::create(db, id, "invitation", "test").await.unwrap();
        let reset = links::create(db, id, links::RESET, "test").await.unwrap();
        assert!(
            links::account(db, &invitation).await.unwrap().is_none(),
            "revoked by the newer"
        );
        assert!(links::account(db, &reset).await.unwrap().is_some());
        let link = {
            use sea_orm::EntityTrait;
            server::db::entities::one_time_links::Entity::find_by_id(
                server::accounts::token::token_hash(&reset),
            )
            .one(db)
            .await
            .unwrap()
            .unwrap()
        };
        let life = link.expires_at - link.created_at;
        assert!(life <= chrono::Duration::hours(links::RESET_VALID_HOURS));
        assert!(life > chrono::Duration::minutes(30));
        // Using one link ends any other issued meanwhile.
        let other = links::create(db, id, "invitation", "test").await.unwrap();
        assert!(links::account(db, &reset).await.unwrap().is_none());
        assert!(links::use_once(db, &other, id).await.unwrap());
        assert!(!links::use_once(db, &other, id).await.unwrap());
        app.stop().await;
    }
}

// ---- 10. Redirects lead only to our own pages; no control character fails

#[tokio::test]
async fn f10_next_and_row_actions_never_lead_elsewhere_or_fail() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let form = support::get(&app.url("/sign-in?next=/%09/evil.example/")).await;
    assert_eq!(form.status, 200);
    assert_eq!(support::hidden_value(&form.body, "next"), "/");
    person(&app, "next@gov.ma", "MAR", "a long pass phrase").await;
    for next in [
        "/\t/evil.example/",
        "//evil.example",
        "/\\evil.example",
        "/msq\n/x",
        "/\u{0}",
    ] {
        let r = post_form(
            &app.url("/sign-in"),
            &[
                ("email", "next@gov.ma"),
                ("password", "a long pass phrase"),
                ("next", next),
            ],
            &[],
        )
        .await;
        assert_eq!(r.status, 303, "{next:?}");
        assert_eq!(r.location(), "/", "{next:?}");
    }
    for action in [
        "add:q1\n",
        "add:q1\r\nX-Evil: 1",
        "remove:q1\t:0",
        "add:nope",
        "add:",
    ] {
        let r = app
            .post_form(
                "/msq/2020/MAR/institutional-framework",
                &[("q1.0", "https://www.maroc.ma"), ("_action", action)],
                &[],
            )
            .await;
        assert!(r.status < 500, "{action:?}: {}", r.status);
        assert!(!r.location().contains("evil") && !r.location().contains('\n'));
    }
    app.stop().await;
}

// ---- 11. The same work for every case

#[tokio::test]
async fn f11_an_account_without_a_password_costs_a_full_check() {
    use server::accounts::password;
    let real = password::hash("some pass phrase").await.unwrap();
    // Warm up, then compare.
    let _ = password::verify("x", &real).await;
    let t = Instant::now();
    assert!(!password::verify("x", &real).await.unwrap());
    let wrong_password = t.elapsed();
    let t = Instant::now();
    assert!(!password::verify("x", "").await.unwrap());
    let no_password = t.elapsed();
    assert!(
        no_password * 3 > wrong_password,
        "no password {no_password:?} vs a wrong one {wrong_password:?}"
    );
}

#[tokio::test]
async fn f11_a_reset_answers_before_any_mail_is_sent() {
    // A mail server that accepts connections and never answers: sending
    // takes its full timeout (15 s).
    let stall = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = stall.local_addr().unwrap().port();
    let app = TestApp::spawn_with(Backend::Sqlite, |c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    })
    .await;
    person(&app, "slow@gov.ma", "MAR", "a long pass phrase").await;
    let mut took = Vec::new();
    for email in ["slow@gov.ma", "nobody@gov.ma"] {
        let t = Instant::now();
        let r = post_form(&app.url("/reset"), &[("email", email)], &[]).await;
        assert_eq!(r.status, 200);
        took.push(t.elapsed());
    }
    assert!(took.iter().all(|t| *t < Duration::from_secs(5)), "{took:?}");
    drop(stall);
    app.stop().await;
}

// ---- 12. NUL bytes

#[tokio::test]
async fn f12_a_nul_byte_in_an_e_mail_is_a_clear_400() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let r = sign_in(&app, "cio\u{0}@gov.ma", "whatever it is", &[]).await;
        assert_eq!(r.status, 400, "{backend:?}: {}", r.body);
        assert!(r.body.contains("Type your e-mail address"));
        let r = post_form(&app.url("/reset"), &[("email", "cio\u{0}@gov.ma")], &[]).await;
        assert_eq!(r.status, 400, "{backend:?}");
        // In an answer, a NUL is kept or refused with a message: never a 500.
        let r = app
            .post_form(
                "/msq/2020/MAR/social-media",
                &[("q14", "before\u{0}after"), ("_action", "save")],
                &[],
            )
            .await;
        assert!(r.status < 500, "{backend:?}: {}", r.status);
        app.stop().await;
    }
}

// ---- 13. Nothing private is stored by a browser or a proxy

#[tokio::test]
async fn f13_private_responses_are_no_store() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    support::import_fixture(&app, "MAR").await;
    let submitted = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
    assert_eq!(submitted.status, 303);
    for path in [
        "/msq/2020/MAR",
        "/msq/2020/MAR/check",
        "/msq/2020/MAR/response.json",
        "/msq/2020/MAR/versions/1.json",
        "/msq/2020/MAR/versions/1.pdf",
        "/msq/2020/MAR/audit.csv",
        "/review/2020",
        "/sign-in",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        let cache = r
            .headers
            .get("cache-control")
            .map(|v| v.to_str().unwrap().to_string());
        assert!(
            cache.as_deref().is_some_and(|c| c.contains("no-store")),
            "{path}: {cache:?}"
        );
    }
    let staff = app.cookie_as(Role::Reviewer, None).await;
    let token_page = post_form(
        &app.url("/account/api-tokens"),
        &[("name", "analysis")],
        &[("cookie", &staff)],
    )
    .await;
    assert!(token_page.headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("no-store"));
    // The style sheet is still cached.
    let css = support::get(&app.url("/style/msq.css")).await;
    assert!(css.headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age"));
    app.stop().await;
}

// ---- 14. Half-sent requests are dropped

#[tokio::test]
async fn f14_half_sent_requests_are_closed_after_the_timeouts() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(Backend::Sqlite, |c| {
        c.header_timeout = Duration::from_secs(1);
        c.body_timeout = Duration::from_secs(1);
    })
    .await;
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut half = Vec::new();
    for _ in 0..100 {
        let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
        s.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        half.push(s);
    }
    let mut body = tokio::net::TcpStream::connect(&addr).await.unwrap();
    body.write_all(
        b"POST /sign-in HTTP/1.1\r\nHost: x\r\nOrigin: http://x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=a",
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let mut closed = 0;
    for s in half.iter_mut() {
        let mut buf = [0u8; 512];
        match tokio::time::timeout(Duration::from_millis(500), s.read(&mut buf)).await {
            Ok(Ok(n)) if n == 0 || String::from_utf8_lossy(&buf[..n]).contains("408") => {
                closed += 1
            }
            Ok(Err(_)) => closed += 1,
            _ => {}
        }
    }
    assert_eq!(closed, 100, "half-sent requests still open");
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(3), body.read(&mut buf))
        .await
        .expect("the stalled body gets an answer")
        .unwrap_or(0);
    let answer = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(n == 0 || !answer.starts_with("HTTP/1.1 2"), "{answer}");
    // The server still serves.
    assert_eq!(support::get(&app.url("/health")).await.status, 200);
    app.stop().await;
}

// ---- 15. Reads through the API are audited

#[tokio::test]
async fn f15_api_reads_are_audited_like_page_reads() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        support::import_fixture(&app, "MAR").await;
        assert_eq!(
            app.post_form("/msq/2020/MAR/submit", &[], &[]).await.status,
            303
        );
        let staff = app.cookie_as(Role::Reviewer, None).await;
        let page = post_form(
            &app.url("/account/api-tokens"),
            &[("name", "audit test")],
            &[("cookie", &staff)],
        )
        .await;
        let token = page
            .body
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .find(|w| w.starts_with("msq_") && w.len() > 20)
            .expect("the new token is shown")
            .to_string();
        let bearer = format!("Bearer {token}");
        for path in [
            "/api/v1/editions/2020/member-states/MAR/response",
            "/api/v1/editions/2020/member-states/MAR/versions/1",
            "/api/v1/editions/2020/export.csv",
        ] {
            let r =
                support::request_with("GET", &app.url(path), &[("authorization", &bearer)]).await;
            assert_eq!(r.status, 200, "{path}");
        }
        let country = server::audit::trail(&app.state.db, "2020", "MAR", None)
            .await
            .unwrap();
        let downloads = country
            .rows
            .iter()
            .filter(|r| r.kind == "download" && r.detail.starts_with("API:"))
            .count();
        assert_eq!(downloads, 2, "{backend:?}");
        let staff_trail = server::audit::staff_trail(&app.state.db, None)
            .await
            .unwrap();
        assert!(staff_trail
            .rows
            .iter()
            .any(|r| r.kind == "export" && r.detail.starts_with("API: edition 2020 csv")));
        app.stop().await;
    }
}

// ---- 16. The owner is not locked out; the client address from a trusted proxy

#[tokio::test]
async fn f16_failures_elsewhere_do_not_lock_out_a_known_device() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        person(&app, "owner@gov.ma", "MAR", "the owner's phrase").await;
        let first = sign_in(&app, "owner@gov.ma", "the owner's phrase", &[]).await;
        assert_eq!(first.status, 303);
        let device = set_cookie(&first, "msq_device").expect("a device cookie");
        // Someone else guesses until the account's limit is reached.
        for _ in 0..6 {
            sign_in(&app, "owner@gov.ma", "a guess of theirs", &[]).await;
        }
        assert_eq!(
            sign_in(&app, "owner@gov.ma", "the owner's phrase", &[])
                .await
                .status,
            429,
            "{backend:?}: a new device is limited"
        );
        // The owner's own browser still gets in.
        let mine = sign_in(
            &app,
            "owner@gov.ma",
            "the owner's phrase",
            &[("cookie", &device)],
        )
        .await;
        assert_eq!(mine.status, 303, "{backend:?}: {}", mine.body);
        assert!(set_cookie(&mine, "msq_session").is_some());
        // A stolen device cookie is limited on its own.
        for _ in 0..5 {
            sign_in(
                &app,
                "owner@gov.ma",
                "a guess of theirs",
                &[("cookie", &device)],
            )
            .await;
        }
        assert_eq!(
            sign_in(
                &app,
                "owner@gov.ma",
                "a guess of theirs",
                &[("cookie", &device)]
            )
            .await
            .status,
            429
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn f16_the_client_address_comes_from_a_trusted_proxy_only() {
    for trusted in [false, true] {
        let app = TestApp::spawn_with(Backend::Sqlite, |c| {
            if trusted {
                c.trusted_proxies = "127.0.0.1".parse().unwrap();
            }
        })
        .await;
        let r = sign_in(
            &app,
            "someone@gov.example",
            "not the password",
            &[("x-forwarded-for", "203.0.113.77")],
        )
        .await;
        assert_eq!(r.status, 401);
        let trail = server::audit::staff_trail(&app.state.db, None)
            .await
            .unwrap();
        let address = trail.rows[0].address.clone();
        assert_eq!(
            address,
            if trusted { "203.0.113.77" } else { "127.0.0.1" },
            "trusted: {trusted}"
        );
        app.stop().await;
    }
}

// ---- 17. The country sees UN DESA by role and name

#[tokio::test]
async fn f17_the_country_sees_un_desa_staff_by_role_and_name_only() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        support::import_fixture(&app, "MAR").await;
        assert_eq!(
            app.post_form("/msq/2020/MAR/submit", &[], &[]).await.status,
            303
        );
        // A reviewer downloads the PDF: an event on the country's trail.
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let r = support::request_with(
            "GET",
            &app.url("/msq/2020/MAR/versions/1.json"),
            &[("cookie", &reviewer)],
        )
        .await;
        assert_eq!(r.status, 200);
        let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
        for path in ["/msq/2020/MAR/audit", "/msq/2020/MAR/audit.csv"] {
            let theirs =
                support::request_with("GET", &app.url(path), &[("cookie", &respondent)]).await;
            assert_eq!(theirs.status, 200);
            assert!(
                !theirs.body.contains("reviewer-un@test.example"),
                "{backend:?} {path}"
            );
            assert!(
                theirs.body.contains("UN DESA reviewer"),
                "{backend:?} {path}"
            );
            let ours = support::request_with("GET", &app.url(path), &[("cookie", &reviewer)]).await;
            assert!(ours.body.contains("reviewer-un@test.example"), "{path}");
        }
        let csv = support::request_with(
            "GET",
            &app.url("/msq/2020/MAR/audit.csv"),
            &[("cookie", &respondent)],
        )
        .await;
        let line = csv
            .body
            .lines()
            .find(|l| l.contains("UN DESA reviewer"))
            .unwrap();
        assert!(!line.contains("127.0.0.1"), "no address: {line}");
        app.stop().await;
    }
}

// ---- 18. CSRF compares the scheme too

#[tokio::test]
async fn f18_a_post_from_the_same_host_over_another_scheme_is_refused() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let http = app.base.clone();
    let https = http.replacen("http://", "https://", 1);
    let cookie = app.natural_cookie("/msq/2020/MAR").await;
    let path = app.url("/msq/2020/MAR/social-media");
    let other = post_form(
        &path,
        &[("q14", "from elsewhere")],
        &[("cookie", &cookie), ("origin", &https)],
    )
    .await;
    assert_eq!(other.status, 403);
    let own = post_form(
        &path,
        &[("q14", "from here"), ("_action", "save")],
        &[("cookie", &cookie), ("origin", &http)],
    )
    .await;
    assert_eq!(own.status, 303);
    app.stop().await;
}

// ---- 19. The SQLite file and the TOTP secrets are private

#[tokio::test]
async fn f19_the_database_file_and_totp_secrets_are_private() {
    use sea_orm::{ConnectionTrait, EntityTrait};
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn(Backend::Sqlite).await;
    let file = app.db.dir.path().join("msq.sqlite");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", file.display());
    let id = person(&app, "totp@gov.ma", "MAR", "a long pass phrase").await;
    let secret = enrol_two_factor(&app.state.db, id).await;
    let row = server::db::entities::two_factor::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.secret.starts_with("v1:"));
    assert!(!row.secret.contains(&hex_of(&secret)));
    // A secret stored in plain hex before encryption is sealed at start.
    app.state
        .db
        .execute_unprepared(&format!(
            "UPDATE two_factor SET secret = '{}' WHERE user_id = {id}",
            hex_of(&secret)
        ))
        .await
        .unwrap();
    let _second = app.second_instance().await;
    let row = server::db::entities::two_factor::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.secret.starts_with("v1:"), "sealed at start-up");
    // And it still works as the second factor.
    let first = sign_in(&app, "totp@gov.ma", "a long pass phrase", &[]).await;
    let pending = set_cookie(&first, "msq_pending").unwrap();
    let done = post_form(
        &app.url("/sign-in/code"),
        &[("code", &next_code(&secret))],
        &[("cookie", &pending)],
    )
    .await;
    assert_eq!(done.status, 303);
    let key = app.db.dir.path().join("secret.key");
    if key.exists() {
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    app.stop().await;
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ---- 20. Paths that do not parse are refused before any handler

#[tokio::test]
async fn f20_a_path_under_msq_that_does_not_parse_is_refused() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
    for path in [
        "/msq/2020//TUN",
        "/msq//MAR",
        "/msq/2020//TUN/audit.csv",
        "/msq/2020//TUN/response.json",
        "/msq",
        "/msq/",
        "/msq/2020",
    ] {
        for cookie in ["", respondent.as_str()] {
            let r = support::request_with("GET", &app.url(path), &[("cookie", cookie)]).await;
            assert_eq!(r.status, 404, "{path} ({})", !cookie.is_empty());
        }
        let r = post_form(&app.url(path), &[("q14", "x")], &[("cookie", &respondent)]).await;
        assert_eq!(r.status, 404, "POST {path}");
    }
    app.stop().await;
}

// ---- 21. The signing key

#[test]
fn f21_an_rsa_signing_key_is_warned_about_and_p256_is_not() {
    use server::signing::credentials::{Credentials, KeyKind, Source, RSA_WARNING};
    let dir = tempfile::tempdir().unwrap();
    let (key, cert) = (dir.path().join("rsa.key"), dir.path().join("rsa.pem"));
    let made = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
        ])
        .arg("/CN=MSQ test RSA signer")
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl (scripts/setup.sh --test installs it)");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let rsa = Credentials::load(&Source::Pem { cert, key }).unwrap();
    assert_eq!(rsa.key_kind(), KeyKind::Rsa);
    assert_eq!(rsa.rsa_warning(), Some(RSA_WARNING));
    assert!(RSA_WARNING.contains("RUSTSEC-2023-0071") && RSA_WARNING.contains("ECDSA P-256"));
    let dev = Credentials::load(&Source::Development {
        dir: dir.path().join("dev"),
    })
    .unwrap();
    assert_eq!(dev.key_kind(), KeyKind::P256);
    assert_eq!(dev.rsa_warning(), None);
}
