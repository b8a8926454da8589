//! A respondent's day (issue 15): nothing typed is dropped silently,
//! answers go in as people write them, Enter never deletes.

use crate::browser::{eventually, Browser};
use crate::support::{hidden_value, Backend, TestApp};
use server::accounts::Role;

/// A follow-up answered although its condition does not hold is kept, and
/// named on its page and on "check your answers" with what to do; with
/// JavaScript it stays in view.
#[tokio::test]
async fn a_follow_up_answered_after_no_is_named_not_dropped_silently() {
    for javascript in [false, true] {
        let app = TestApp::spawn(Backend::Sqlite).await;
        let b = Browser::start(javascript).await;
        b.sign_in(&app, Role::Respondent, Some("KEN")).await;
        let url = app.url("/msq/2020/KEN/usage-of-online-services");
        b.client.goto(&url).await.unwrap();
        b.click("#f-q10").await; // Yes: the follow-up shows
        b.type_into("#f-q11", "Statistics are published monthly.")
            .await;
        b.click("#f-q10-no").await;
        b.click("button[value=save]").await;
        eventually(10, "the saved page", || async {
            b.url_contains("saved=1").await
        })
        .await;
        let warning = b.text("#unsent-q11").await;
        assert!(
            warning.contains(
                "You did not answer “Yes” to Question 10, so this answer will not be sent"
            ),
            "javascript {javascript}: {warning}"
        );
        assert_eq!(
            b.value("#f-q11").await,
            "Statistics are published monthly.",
            "kept as typed and in view"
        );
        b.client
            .goto(&app.url("/msq/2020/KEN/check"))
            .await
            .unwrap();
        let check = b.text("main").await;
        assert!(
            check.contains("Answers that will not be sent (1)")
                && check.contains("Statistics are published monthly.")
                && check.contains("so this answer will not be sent"),
            "javascript {javascript}: {check}"
        );
        b.stop().await;
        app.stop().await;
    }
}

/// Web addresses typed without https:// are stored with it, and shown so.
#[tokio::test]
async fn an_address_typed_without_https_is_stored_with_it() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let path = "/msq/2020/MAR/institutional-framework";
    let page = app.get(path).await.body;
    let base = hidden_value(&page, "_base.q1");
    let r = app
        .post_form(
            path,
            &[
                ("_base.q1", &base),
                ("q1.0", "www.maroc.ma"),
                ("q1.1", " service-public.ma/fr "),
                ("_action", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let e = app.state.edition("2020").unwrap();
    let answers = server::drafts::store::typed_answers(&app.state.db, e, "MAR")
        .await
        .unwrap();
    assert_eq!(
        answers["q1"].to_json(),
        serde_json::json!(["https://www.maroc.ma", "https://service-public.ma/fr"])
    );
    let page = app.get(path).await.body;
    assert!(page.contains("value=\"https://www.maroc.ma\""));
    assert!(!page.contains("error-message"), "no error for it");
    app.stop().await;
}

/// Enter in a one-line field saves the page: it never removes a row or
/// adds one (the form's first submit button is a hidden plain save).
#[tokio::test]
async fn enter_in_a_one_line_field_saves_and_never_deletes() {
    for javascript in [false, true] {
        let app = TestApp::spawn(Backend::Sqlite).await;
        let b = Browser::start(javascript).await;
        b.sign_in(&app, Role::Respondent, Some("GHA")).await;
        let url = app.url("/msq/2020/GHA/institutional-framework");
        b.client.goto(&url).await.unwrap();
        b.type_into("#f-q1-0", "https://www.ghana.gov.gh").await;
        b.click("button[value='add:q1']").await;
        if !javascript {
            eventually(10, "the added row", || async {
                b.url_contains("add=q1").await
            })
            .await;
        }
        b.type_into("#f-q1-1", "https://www.mocd.gov.gh").await;
        b.type_into("#f-q2a-0", "www.egov.gov.gh\u{E007}").await;
        eventually(10, "the page saved by Enter", || async {
            b.url_contains("saved=1").await
        })
        .await;
        assert_eq!(
            b.value("#f-q1-0").await,
            "https://www.ghana.gov.gh",
            "javascript {javascript}"
        );
        assert_eq!(b.value("#f-q1-1").await, "https://www.mocd.gov.gh");
        assert_eq!(b.value("#f-q2a-0").await, "https://www.egov.gov.gh");
        b.stop().await;
        app.stop().await;
    }
}

/// A date goes in as people write it, in three boxes; what is not a date is
/// kept as typed and flagged, and "Save and continue" stays on the page.
#[tokio::test]
async fn a_date_is_typed_as_people_write_it_and_never_emptied() {
    for javascript in [false, true] {
        let app = TestApp::spawn(Backend::Sqlite).await;
        let b = Browser::start(javascript).await;
        b.sign_in(&app, Role::Respondent, Some("PER")).await;
        let url = app.url("/msq/2020/PER/introduction");
        b.client.goto(&url).await.unwrap();
        b.type_into("#f-response_date", "31").await;
        b.type_into("#f-response_date-month", "3").await;
        b.type_into("#f-response_date-year", "32019").await;
        b.click("button[value=continue]").await;
        eventually(10, "the page again, with the problem", || async {
            // (The page may be between two loads: no panic then.)
            b.client
                .source()
                .await
                .is_ok_and(|html| html.contains("Enter a real date"))
        })
        .await;
        assert!(b.url_contains("/introduction").await, "it does not go on");
        assert_eq!(b.value("#f-response_date").await, "31");
        assert_eq!(b.value("#f-response_date-month").await, "3");
        assert_eq!(
            b.value("#f-response_date-year").await,
            "32019",
            "kept as typed"
        );
        // Corrected, with the month as a word.
        let year = b
            .client
            .find(fantoccini::Locator::Css("#f-response_date-year"))
            .await
            .unwrap();
        year.clear().await.unwrap();
        year.send_keys("2020").await.unwrap();
        let month = b
            .client
            .find(fantoccini::Locator::Css("#f-response_date-month"))
            .await
            .unwrap();
        month.clear().await.unwrap();
        month.send_keys("March").await.unwrap();
        b.click("button[value=save]").await;
        // The page comes back with the date as stored ("03": read back).
        eventually(10, "the saved date", || async {
            b.client
                .source()
                .await
                .is_ok_and(|html| html.contains("name=\"response_date.month\" value=\"03\""))
        })
        .await;
        let e = app.state.edition("2020").unwrap();
        let answers = server::drafts::store::typed_answers(&app.state.db, e, "PER")
            .await
            .unwrap();
        assert_eq!(
            answers["response_date"].to_json(),
            "2020-03-31",
            "javascript {javascript}"
        );
        b.stop().await;
        app.stop().await;
    }
}

/// A new installation prints, once, the link for its first administrator;
/// the link makes that account and leads to choosing the password, then
/// it is spent.
#[tokio::test]
async fn a_new_installation_prints_the_way_in_for_its_first_administrator() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let path = app
        .state
        .first_admin
        .path()
        .expect("no account yet: a link");
    // Nobody signed in (the test helpers would otherwise make an account).
    let anonymous = [("cookie", "")];
    assert_eq!(
        app.request_with("GET", "/first-admin/not-the-secret", &anonymous)
            .await
            .status,
        404
    );
    let page = app.request_with("GET", &path, &anonymous).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Make the first administrator"));
    let bad = app
        .post_form(
            &path,
            &[("email", "not an address"), ("name", "Ana")],
            &anonymous,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("is not an e-mail address") && bad.body.contains("value=\"Ana\""));
    let made = app
        .post_form(
            &path,
            &[("email", "ana@un.org"), ("name", "Ana Lima")],
            &anonymous,
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    assert!(made.location().starts_with("/link/"));
    let link = app.request_with("GET", &made.location(), &anonymous).await;
    assert_eq!(link.status, 200);
    assert!(link.body.contains("ana@un.org"), "{}", link.body);
    let user = server::accounts::users::find_by_email(&app.state.db, "ana@un.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.role, "admin");
    assert_eq!(user.name, "Ana Lima");
    // Spent: a second administrator cannot be made this way.
    let again = app
        .post_form(
            &path,
            &[("email", "eve@un.org"), ("name", "Eve")],
            &anonymous,
        )
        .await;
    assert_eq!(again.status, 404);
    assert_eq!(
        app.request_with("GET", &path, &anonymous).await.status,
        200,
        "the page itself is harmless"
    );
    app.stop().await;

    // `msq serve` on an empty database prints the link on stdout, logs on
    // stderr without colour codes.
    let dir = tempfile::tempdir().unwrap();
    let mut child = crate::support::msq_command()
        .arg("serve")
        .env("MSQ_DATA_DIR", dir.path())
        .env("MSQ_LISTEN", "127.0.0.1:0")
        .env("MSQ_PUBLIC_URL", "https://msq.example.org")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    let mut second = String::new();
    use std::io::BufRead;
    out.read_line(&mut first).unwrap();
    out.read_line(&mut second).unwrap();
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(first.starts_with("No account exists yet"), "{first}");
    assert!(
        second.starts_with("https://msq.example.org/first-admin/"),
        "links name the configured address: {second}"
    );
    let logs = String::from_utf8_lossy(&output.stderr);
    assert!(logs.contains(" WARN "), "the logs are on stderr: {logs}");
    assert!(
        !logs.contains('\u{1b}'),
        "no colour codes off a terminal: {logs}"
    );
}

/// `/verify` says which file it checked: its name, size and SHA-256.
#[tokio::test]
async fn verify_names_the_file_it_checked() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let content = b"%PDF-1.7 not really signed";
    let r = crate::support::post_file(
        &app.url("/verify"),
        "pdf",
        "msq-2020-MAR-v1 <copy>.pdf",
        content,
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains(&format!(
            "Checked: msq-2020-MAR-v1 &lt;copy&gt;.pdf ({} bytes).",
            content.len()
        )),
        "{}",
        r.body
    );
    let sha = {
        use sha2::Digest;
        sha2::Sha256::digest(content)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    assert!(r.body.contains(&sha));
    app.stop().await;
}

/// People are named by the names on their accounts: the version page, the
/// PDF's cover and `/verify` say who submitted, not their e-mail address.
#[tokio::test]
async fn who_submitted_is_named_by_name_on_pages_the_pdf_and_verify() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let db = &app.state.db;
    let user = server::accounts::users::create(
        db,
        "a.elidrissi@test.example",
        "Amina El Idrissi",
        Role::Respondent,
        Some("MAR"),
    )
    .await
    .unwrap();
    let cookie = format!(
        "{}={}",
        server::accounts::sessions::COOKIE,
        server::accounts::sessions::create(db, user.id)
            .await
            .unwrap()
    );
    let me = [("cookie", cookie.as_str())];
    crate::support::import_fixture(&app, "MAR").await;
    // Before submitting, the page says what submitting does to the response.
    let check = app.request_with("GET", "/msq/2020/MAR/check", &me).await;
    assert!(
        check.body.contains("The response is then locked"),
        "{}",
        check.body
    );
    let r = app
        .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &me)
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // After: why there are no "Change" links, and no "draft" any more.
    let check = app.request_with("GET", "/msq/2020/MAR/check", &me).await;
    assert!(check.body.contains("so they cannot be changed here"));
    assert!(!check.body.contains(">Change<"));
    let home = app.request_with("GET", "/msq/2020/MAR", &me).await;
    assert!(home
        .body
        .contains("Download the answers as a response file"));
    assert!(!home.body.contains("Download the draft"));
    let version = app
        .request_with("GET", "/msq/2020/MAR/versions/1", &me)
        .await;
    assert!(
        version.body.contains("Amina El Idrissi"),
        "{}",
        version.body
    );
    assert!(!version.body.contains("a.elidrissi@test.example"));
    let pdf = app
        .request_with("GET", "/msq/2020/MAR/versions/1.pdf", &me)
        .await;
    assert_eq!(pdf.status, 200);
    let text = crate::support::pdf_text(&pdf.bytes);
    assert!(text.contains("Amina El Idrissi"), "{text}");
    assert!(!text.contains("a.elidrissi@test.example"), "{text}");
    let verified =
        crate::support::post_file(&app.url("/verify"), "pdf", "v1.pdf", &pdf.bytes).await;
    assert_eq!(verified.status, 200, "{}", verified.body);
    assert!(verified.body.contains("Amina El Idrissi"));
    app.stop().await;
}
