//! The life of an edition (issue 14, part 1): opened on the first start;
//! a draft previewed by UN DESA only; opened and closed by an administrator
//! (the page and `msq edition`), audited; a closed edition read-only for
//! the country, which is told so and loses nothing it typed.

use crate::support::{backends, msq_for, Backend, TestApp};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::accounts::Role;
use server::db::entities::audit_events;
use server::editions::{self, EditionState};

async fn audited(app: &TestApp, kind: &str) -> Vec<audit_events::Model> {
    audit_events::Entity::find()
        .filter(audit_events::Column::Kind.eq(kind))
        .all(&app.state.db)
        .await
        .unwrap()
}

async fn set(app: &TestApp, state: EditionState, times: (Option<&str>, Option<&str>)) {
    let t = |s: Option<&str>, closing| s.map(|s| editions::parse_time(s, closing).unwrap());
    editions::set(
        &app.state.db,
        app.state.editions,
        "2020",
        state,
        (t(times.0, false), t(times.1, true)),
        (None, "test", ""),
    )
    .await
    .unwrap();
    app.state.lifecycle.forget();
}

#[tokio::test]
async fn the_first_start_opens_the_newest_edition_and_a_draft_is_for_un_desa_only() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        // The first start opened the newest edition (the test setup then
        // put the repository's editions in the 2020 cycle).
        let first: Vec<_> = audited(&app, "edition_opened")
            .await
            .into_iter()
            .filter(|e| e.actor == "first start")
            .collect();
        assert_eq!(first.len(), 1, "{backend:?}");
        let newest = &app.state.editions.last().unwrap().id;
        assert_eq!(first[0].detail, format!("edition {newest}"));
        assert_eq!(
            app.state.lifecycle.phase("2020").await.unwrap(),
            EditionState::Open
        );

        set(&app, EditionState::Draft, (None, None)).await;
        let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
        let r = app
            .request_with("GET", "/msq/2020/MAR", &[("cookie", &respondent)])
            .await;
        assert_eq!(
            r.status, 404,
            "{backend:?}: a draft is not there for countries"
        );
        assert!(
            r.body.contains("There is no questionnaire edition"),
            "{}",
            r.body
        );
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        for page in ["/msq/2020/MAR", "/msq/2020/MAR/check"] {
            let r = app
                .request_with("GET", page, &[("cookie", &reviewer)])
                .await;
            assert_eq!(r.status, 200, "{backend:?} {page}: UN DESA previews it");
        }
        app.stop().await;
    }
}

#[tokio::test]
async fn a_closed_edition_is_read_only_and_says_so_without_losing_what_was_typed() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        crate::support::import_fixture(&app, "MAR").await;
        let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
        let me = [("cookie", respondent.as_str())];
        let page = "/msq/2020/MAR/strategy-and-implementation";
        let form = app.request_with("GET", page, &me).await;
        let base = crate::support::hidden_value(&form.body, "_base.q6");

        // Open until a day that has passed: closed.
        set(
            &app,
            EditionState::Open,
            (Some("2020-01-01"), Some("2020-12-31")),
        )
        .await;
        assert_eq!(
            app.state.lifecycle.phase("2020").await.unwrap(),
            EditionState::Closed
        );
        let home = app.request_with("GET", "/msq/2020/MAR", &me).await;
        assert_eq!(home.status, 200);
        assert!(
            home.body.contains("The 2020 questionnaire is closed"),
            "{}",
            home.body
        );
        let form = app.request_with("GET", page, &me).await;
        assert_eq!(form.status, 303, "the form is not offered");
        assert!(form.location().ends_with("/check"), "{}", form.location());

        let typed = "Typed after the closing <b>day</b>";
        let saved = app
            .post_form(
                page,
                &[("_action", "save"), ("q6", typed), ("_base.q6", &base)],
                &me,
            )
            .await;
        assert_eq!(saved.status, 409, "{backend:?}: {}", saved.body);
        assert!(
            saved.body.contains("The 2020 questionnaire is closed"),
            "{}",
            saved.body
        );
        assert!(
            saved
                .body
                .contains("Typed after the closing &lt;b>day&lt;/b>"),
            "what was typed is shown back: {}",
            saved.body
        );
        let autosave = app
            .post_form(
                page,
                &[("_action", "autosave"), ("q6", typed), ("_base.q6", &base)],
                &[("cookie", &respondent), ("accept", "application/json")],
            )
            .await;
        assert_eq!(autosave.status, 409);
        let reply: serde_json::Value = serde_json::from_str(&autosave.body).unwrap();
        assert_eq!(reply["locked"], "edition_closed");
        assert!(reply["message"].as_str().unwrap().contains("is closed"));
        let stored =
            server::drafts::store::typed_answers(&app.state.db, &app.state.editions[0], "MAR")
                .await
                .unwrap();
        assert_ne!(
            stored.get("q6").map(|a| a.to_json()),
            Some(serde_json::json!(typed)),
            "nothing was written"
        );
        let submit = app.post_form("/msq/2020/MAR/submit", &[], &me).await;
        assert_eq!(submit.status, 409, "{}", submit.body);
        assert!(submit.body.contains("is closed"), "{}", submit.body);
        app.stop().await;
    }
}

#[tokio::test]
async fn administrators_open_and_close_editions_on_a_page_and_on_the_command_line() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let admin = app.cookie_as(Role::Admin, None).await;
    let me = [("cookie", admin.as_str())];
    let page = app.request_with("GET", "/admin/editions", &me).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Close 2020"), "{}", page.body);

    let closed = app
        .post_form("/admin/editions/2020", &[("_action", "close")], &me)
        .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    assert_eq!(
        app.state.lifecycle.phase("2020").await.unwrap(),
        EditionState::Closed
    );
    let closing = audited(&app, "edition_closed").await;
    assert_eq!(closing.len(), 1);
    assert_eq!(closing[0].actor, "admin-un@test.example");

    let bad = app
        .post_form(
            "/admin/editions/2020",
            &[("_action", "open"), ("opens_on", "next week")],
            &me,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("“next week” is not a date"),
        "{}",
        bad.body
    );
    let reversed = app
        .post_form(
            "/admin/editions/2020",
            &[
                ("_action", "open"),
                ("opens_on", "2030-02-01"),
                ("closes_on", "2030-01-01"),
            ],
            &me,
        )
        .await;
    assert_eq!(reversed.status, 422, "{}", reversed.body);
    let unknown = app
        .post_form("/admin/editions/1999", &[("_action", "close")], &me)
        .await;
    assert_eq!(unknown.status, 404);

    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let refused = app
        .post_form(
            "/admin/editions/2020",
            &[("_action", "close")],
            &[("cookie", &reviewer)],
        )
        .await;
    assert_eq!(refused.status, 403, "administrators only");

    // The command line, against the same database.
    let out = msq_for(&app)
        .args(["edition", "open", "2020", "--until", "2099-12-31"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.state.lifecycle.forget();
    assert_eq!(
        app.state.lifecycle.phase("2020").await.unwrap(),
        EditionState::Open
    );
    let listed = msq_for(&app).args(["edition", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(text.contains("2020\topen"), "{text}");
    let wrong = msq_for(&app)
        .args(["edition", "open", "2020", "--from", "soon"])
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("\"soon\" is not a day"),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
    app.stop().await;
}

#[tokio::test]
async fn a_countrys_home_lists_its_earlier_editions_with_versions_pdfs_and_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::support::workspace_root();
    std::fs::copy(
        root.join("editions/msq-2020.toml"),
        dir.path().join("msq-2020.toml"),
    )
    .unwrap();
    let next = std::fs::read_to_string(root.join("editions/msq-2020.toml"))
        .unwrap()
        .replacen("edition = \"2020\"", "edition = \"2022\"", 1);
    std::fs::write(dir.path().join("msq-2022.toml"), next).unwrap();
    let editions = dir.path().to_path_buf();
    let app = TestApp::spawn_with(Backend::Sqlite, move |c| c.editions_dir = editions).await;
    // The first start opened the newest; 2020 was answered and submitted
    // before it closed.
    assert_eq!(
        app.state.lifecycle.phase("2022").await.unwrap(),
        EditionState::Open
    );
    crate::support::import_fixture(&app, "MAR").await;
    let edition = app.state.edition("2020").unwrap();
    let response = server::drafts::store::response_for(&app.state.db, "2020", "MAR")
        .await
        .unwrap();
    server::submissions::submit(
        &app.state.db,
        app.state.editions,
        edition,
        &response,
        "cio@gov.ma",
    )
    .await
    .unwrap();
    set(&app, EditionState::Closed, (None, None)).await;

    let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let home = app
        .request_with("GET", "/msq/2022/MAR", &[("cookie", &respondent)])
        .await;
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.body.contains("Earlier editions"), "{}", home.body);
    assert!(
        home.body.contains("Your response: submitted for review."),
        "{}",
        home.body
    );
    assert!(
        home.body.contains("href=\"/msq/2020/MAR/versions/1.pdf\""),
        "{}",
        home.body
    );
    // The earlier edition is closed, and still readable.
    let old = app
        .request_with(
            "GET",
            "/msq/2020/MAR/versions/1",
            &[("cookie", &respondent)],
        )
        .await;
    assert_eq!(old.status, 200);
    // The start page leads a country to the open edition.
    let start = app
        .request_with("GET", "/", &[("cookie", &respondent)])
        .await;
    assert_eq!(start.location(), "/msq/2022/MAR");
    app.stop().await;
}

#[tokio::test]
async fn the_2026_edition_asks_about_the_ai_capacity_of_the_public_workforce() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let e = app.state.edition("2026").expect("editions/msq-2026.toml");
    let new_section = e.page("ai-capacity").expect("the new section");
    let ids: Vec<_> = new_section.fields().map(|f| f.id.as_str()).collect();
    assert!(
        ids.contains(&"ai_mandatory") && ids.contains(&"ai_responsible"),
        "{ids:?}"
    );
    assert_eq!(
        e.field("ai_trained_count").unwrap().kind.type_name(),
        "number"
    );
    // The 2020 questions whose meaning stays keep their ids.
    let old = app.state.edition("2020").unwrap();
    for f in old.fields() {
        assert!(e.field(&f.id).is_some(), "{} carried into 2026", f.id);
    }

    // A draft (the test setup follows the 2020 cycle): UN DESA previews
    // it, a country does not see it.
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let preview = app
        .request_with("GET", "/msq/2026/KEN/check", &[("cookie", &reviewer)])
        .await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("AI Capacity of the Public Workforce"));
    let sample = app
        .request_with(
            "GET",
            "/admin/editions/2026/sample.pdf",
            &[("cookie", &reviewer)],
        )
        .await;
    assert_eq!(sample.status, 200, "{}", sample.body);
    assert!(
        sample.bytes.starts_with(b"%PDF"),
        "the draft's PDF, previewed"
    );
    let respondent = app.cookie_as(Role::Respondent, Some("KEN")).await;
    let me = [("cookie", respondent.as_str())];
    let hidden = app.request_with("GET", "/msq/2026/KEN", &me).await;
    assert_eq!(hidden.status, 404);

    // Opened: the country answers the new section.
    editions::set(
        &app.state.db,
        app.state.editions,
        "2026",
        EditionState::Open,
        (None, None),
        (None, "test", ""),
    )
    .await
    .unwrap();
    app.state.lifecycle.forget();
    let page = "/msq/2026/KEN/ai-capacity";
    let form = app.request_with("GET", page, &me).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let base = crate::support::hidden_value(&form.body, "_base.ai_trained_count");
    let saved = app
        .post_form(
            page,
            &[
                ("_action", "save"),
                ("ai_trained_count", "10,000"),
                ("_base.ai_trained_count", &base),
            ],
            &me,
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let answers = server::drafts::store::typed_answers(&app.state.db, e, "KEN")
        .await
        .unwrap();
    assert_eq!(
        answers["ai_trained_count"].to_json(),
        serde_json::json!(10000)
    );
    app.stop().await;
}

#[tokio::test]
async fn the_review_compares_the_last_version_of_the_previous_edition_with_the_current_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::support::workspace_root();
    let text = std::fs::read_to_string(root.join("editions/msq-2020.toml")).unwrap();
    std::fs::write(dir.path().join("msq-2020.toml"), &text).unwrap();
    std::fs::write(
        dir.path().join("msq-2022.toml"),
        text.replacen("edition = \"2020\"", "edition = \"2022\"", 1),
    )
    .unwrap();
    let editions = dir.path().to_path_buf();
    let app = TestApp::spawn_with(Backend::Sqlite, move |c| c.editions_dir = editions).await;
    let submit = |edition: &'static str| {
        let app = &app;
        async move {
            let e = app.state.edition(edition).unwrap();
            let r = server::drafts::store::response_for(&app.state.db, edition, "MAR")
                .await
                .unwrap();
            server::submissions::submit(&app.state.db, app.state.editions, e, &r, "cio@gov.ma")
                .await
                .unwrap();
        }
    };
    crate::support::import_fixture(&app, "MAR").await;
    submit("2020").await;
    let file = crate::support::fixture()
        .replace("\"edition\": \"2020\"", "\"edition\": \"2022\"")
        .replacen("\"q6\": \"", "\"q6\": \"Revised for 2022: ", 1);
    server::response_file::import(&app.state.saver, app.state.editions, &file, "test")
        .await
        .unwrap();
    submit("2022").await;

    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let me = [("cookie", reviewer.as_str())];
    let review = app.request_with("GET", "/review/2022/MAR", &me).await;
    assert!(
        review
            .body
            .contains("href=\"/review/2022/MAR/diff?from_edition=2020&amp;to=1\""),
        "the review page offers the comparison: {}",
        review.body
    );
    let diff = app
        .request_with("GET", "/review/2022/MAR/diff?from_edition=2020&to=1", &me)
        .await;
    assert_eq!(diff.status, 200, "{}", diff.body);
    assert!(
        diff.body.contains("2020, version 1 against version 1"),
        "{}",
        diff.body
    );
    let q6 = diff.body.split("data-field=\"q6\"").nth(1).unwrap();
    let q6 = &q6[..q6.find("</tr>").unwrap()];
    assert!(
        q6.contains("Changed") && q6.contains("Revised for 2022: "),
        "{q6}"
    );
    let unchanged = diff.body.split("data-field=\"q10\"").nth(1).unwrap();
    assert!(!unchanged[..unchanged.find("</tr>").unwrap()].contains("Changed"));
    for (bad, status) in [("2099", 400), ("2022", 400)] {
        let r = app
            .request_with(
                "GET",
                &format!("/review/2022/MAR/diff?from_edition={bad}&to=1"),
                &me,
            )
            .await;
        assert_eq!(r.status, status, "{bad}: {}", r.body);
    }

    // The panel export: both cycles in one long table, told apart by the
    // edition column.
    let csv = app.request_with("GET", "/review/panel.csv", &me).await;
    assert_eq!(csv.status, 200, "{}", csv.body);
    let rows = crate::review::read_back("csv", &csv.bytes);
    let q6: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["question_id"] == "q6" && r["iso3"] == "MAR")
        .map(|r| {
            let text = |k: &str| r[k].as_str().unwrap().to_string();
            (text("edition"), text("value"))
        })
        .collect();
    assert_eq!(q6.len(), 2, "{q6:?}");
    assert_eq!(q6[0].0, "2020");
    assert_eq!(q6[1].0, "2022");
    assert!(q6[1].1.starts_with("Revised for 2022: "), "{q6:?}");
    let xlsx = app.request_with("GET", "/review/panel.xlsx", &me).await;
    assert_eq!(xlsx.status, 200);
    let book = crate::review::read_back("xlsx", &xlsx.bytes);
    let panel = book["Panel"].as_array().unwrap();
    // The long CSV's columns: region and sub-region come before the edition.
    assert_eq!(panel[0][4], "edition");
    assert!(
        panel.iter().any(|r| r[4] == "2022" && r[7] == "q6"),
        "{book}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_response_file_moves_into_another_edition_listing_what_it_dropped() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let mut file: serde_json::Value = serde_json::from_str(&crate::support::fixture()).unwrap();
    file["answers"]["q99"] = serde_json::json!("A question 2026 does not ask");
    file["answers"]["q10"] = serde_json::json!(["not", "yes or no"]);
    let path = app.db.dir.path().join("mar-2020.json");
    std::fs::write(&path, file.to_string()).unwrap();
    let out = msq_for(&app)
        .args(["import-response", "--edition", "2026"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("into the 2026 draft of MAR"), "{text}");
    for dropped in [
        "response_date: not carried",
        "authorization: not carried",
        "q99: not asked in 2026",
        "q10: ",
    ] {
        assert!(
            text.contains(&format!("  - {dropped}")),
            "{dropped}: {text}"
        );
    }
    let e2026 = app.state.edition("2026").unwrap();
    let answers = server::drafts::store::typed_answers(&app.state.db, e2026, "MAR")
        .await
        .unwrap();
    assert!(answers.contains_key("q6") && !answers.contains_key("response_date"));
    // An edition that does not exist is refused, naming the flag.
    let wrong = msq_for(&app)
        .args(["import-response", "--edition", "2030"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("--edition: there is no edition \"2030\"")
    );
    app.stop().await;
}
