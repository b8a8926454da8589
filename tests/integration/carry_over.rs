//! Carrying a country's answers from one cycle to the next (issue 14,
//! part 3): 2020 submitted and accepted, 2026 opened, the answers carried
//! over, some confirmed, some changed, the new section answered, submitted;
//! what the reviewer, the exports and the PDF show. And the mapping file
//! beside an edition, for renamed and split questions and renamed options.

use crate::support::{backends, hidden_value, import_fixture, workspace_root, TestApp};
use app::questionnaire::carry::{self, CarryState};
use app::questionnaire::loader::load_dir;
use serde_json::{json, Value};
use server::accounts::Role;
use server::drafts::{Change, Mode};
use server::editions::{self, EditionState};

async fn set(app: &TestApp, edition: &str, state: EditionState) {
    editions::set(
        &app.state.db,
        app.state.editions,
        edition,
        state,
        (None, None),
        (None, "test", ""),
    )
    .await
    .unwrap();
    app.state.lifecycle.forget();
}

/// Posts a section page as a browser would: each named field with the
/// value shown and the revision marker the page carries.
async fn post_page(
    app: &TestApp,
    cookie: &str,
    page: &str,
    fields: &[(&str, &str)],
    action: &str,
) -> crate::support::Reply {
    let path = format!("/msq/2026/MAR/{page}");
    let html = app
        .request_with("GET", &path, &[("cookie", cookie)])
        .await
        .body;
    let bases: Vec<(String, String)> = fields
        .iter()
        .map(|(id, _)| {
            let name = format!("_base.{id}");
            let value = hidden_value(&html, &name);
            (name, value)
        })
        .collect();
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.extend(bases.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    form.push(("_action", action));
    app.post_form(&path, &form, &[("cookie", cookie)]).await
}

#[tokio::test]
async fn a_country_carries_its_2020_answers_into_2026_confirms_some_changes_others_and_submits() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let cio = app.cookie_as(Role::Respondent, Some("MAR")).await;
        let me = [("cookie", cio.as_str())];
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let un = [("cookie", reviewer.as_str())];

        // 2020: submitted by Morocco, accepted by UN DESA.
        import_fixture(&app, "MAR").await;
        let r = app
            .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &me)
            .await;
        assert_eq!(r.status, 303, "{backend:?}: {}", r.body);
        app.assign_reviewer("MAR").await;
        let decision = [
            ("decision", "accepted"),
            ("version", "1"),
            ("message", ""),
            ("confirm", "yes"),
        ];
        let r = app
            .post_form("/review/2020/MAR/decision", &decision, &un)
            .await;
        assert_eq!(r.status, 303, "{backend:?}: {}", r.body);

        // Before 2026 opens there is nothing to carry into.
        let r = app.post_form("/msq/2026/MAR/carry-over", &[], &me).await;
        assert_eq!(r.status, 404, "{backend:?}: a draft edition is not there");

        // The next cycle: 2026 opens, 2020 closes.
        set(&app, "2026", EditionState::Open).await;
        set(&app, "2020", EditionState::Closed).await;
        let home = app.request_with("GET", "/msq/2026/MAR", &me).await;
        assert_eq!(home.status, 200);
        assert!(
            home.body.contains("Start from your 2020 answers")
                && home.body.contains("action=\"/msq/2026/MAR/carry-over\""),
            "{backend:?}: the offer: {}",
            home.body
        );
        // UN DESA reads the home but is not offered to fill it in.
        let staff_home = app.request_with("GET", "/msq/2026/MAR", &un).await;
        assert!(!staff_home.body.contains("/carry-over"));

        let r = app.post_form("/msq/2026/MAR/carry-over", &[], &me).await;
        assert_eq!(r.status, 303, "{backend:?}: {}", r.body);
        let to = r.location();
        assert!(to.starts_with("/msq/2026/MAR?carried="), "{to}");
        let home = app.request_with("GET", &to, &me).await;
        assert!(
            home.body.contains("answers were copied from 2020")
                && home
                    .body
                    .contains("carried over from 2020 still to confirm or change"),
            "{}",
            home.body
        );
        assert!(
            !home.body.contains("Start from your 2020 answers"),
            "offered once"
        );
        assert!(
            home.body
                .contains("id=\"status-social-media\" class=\"tag tag--yellow\">To confirm<"),
            "the sections say what waits: {}",
            home.body
        );
        // A second carry-over is refused, saying why.
        let again = app.post_form("/msq/2026/MAR/carry-over", &[], &me).await;
        assert_eq!(again.status, 409);
        assert!(
            again.body.contains("already copied"),
            "{backend:?}: {}",
            again.body
        );

        // What was copied, and what never is.
        let e2026 = app.state.edition("2026").unwrap();
        let answers = server::drafts::store::typed_answers(&app.state.db, e2026, "MAR")
            .await
            .unwrap();
        assert!(answers.contains_key("q14") && answers.contains_key("q6"));
        assert!(
            !answers.contains_key("response_date") && !answers.contains_key("authorization"),
            "{backend:?}: the date and the authorization are never carried"
        );
        assert!(!answers.contains_key("ai_mandatory"));

        // The pages mark every carried answer; q6 was reworded for 2026.
        let strategy = app
            .request_with("GET", "/msq/2026/MAR/strategy-and-implementation", &me)
            .await;
        assert!(
            strategy.body.contains("From 2020: confirm or change")
                && strategy
                    .body
                    .contains("The question has changed since 2020")
                && strategy.body.contains("value=\"confirm:q6\"")
                && strategy.body.contains("value=\"confirm-page\""),
            "{}",
            strategy.body
        );
        let check = app.request_with("GET", "/msq/2026/MAR/check", &me).await;
        assert!(
            check
                .body
                .contains("Confirm or change the answer carried over from 2020"),
            "{}",
            check.body
        );
        // Submission waits for every carried answer.
        let r = app
            .post_form("/msq/2026/MAR/submit", &[("_action", "submit")], &me)
            .await;
        assert_eq!(r.status, 422, "{backend:?}");
        assert!(r
            .body
            .contains("carried over from the previous edition are still to confirm or change"));

        // One answer confirmed on its own (with what the page holds)…
        let q14 = answers.get("q14").unwrap().to_json();
        let r = post_page(
            &app,
            &cio,
            "social-media",
            &[("q14", q14.as_str().unwrap())],
            "confirm:q14",
        )
        .await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert!(r.location().ends_with("?confirmed=1#carry-q14"));
        let page = app.request_with("GET", &r.location(), &me).await;
        assert!(page.body.contains("From 2020, confirmed unchanged"));
        assert!(!page.body.contains("value=\"confirm:q14\""));
        // …one changed by an ordinary save, and the page's rest confirmed at once.
        let r = post_page(
            &app,
            &cio,
            "usage-of-online-services",
            &[
                ("q10", "yes"),
                ("q11", "Usage statistics are now published every month."),
            ],
            "confirm-page",
        )
        .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let page = app.request_with("GET", &r.location(), &me).await;
        assert!(
            page.body.contains("Changed since 2020")
                && page.body.contains("From 2020, confirmed unchanged"),
            "{}",
            page.body
        );

        // Changed and "confirmed" in one go: it is changed, nothing to confirm.
        let r = post_page(
            &app,
            &cio,
            "user-satisfaction",
            &[("q12", "yes"), ("q13", "Surveys are now run twice a year.")],
            "confirm:q13",
        )
        .await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert!(
            r.location().ends_with("?saved=1#carry-q13"),
            "{}",
            r.location()
        );
        let page = app.request_with("GET", &r.location(), &me).await;
        assert!(page.body.contains("Changed since 2020"));
        assert!(
            page.body.contains("value=\"confirm:q12\""),
            "q12 still waits"
        );

        // The rest confirmed as the country would, page by page.
        let rest: Vec<String> = e2026.fields().map(|f| f.id.clone()).collect();
        server::carry_over::confirm(&app.state.db, "2026", "MAR", &rest, "cio@gov.ma")
            .await
            .unwrap();
        // The new section and the front matter, answered.
        let given = [
            ("response_date", json!("2026-03-02")),
            ("authorization", json!(true)),
            ("ai_mandatory", json!("yes")),
            ("ai_mandatory_policy", json!(["https://www.add.gov.ma/ia"])),
            ("ai_trained_share", json!({"percent": 35})),
            (
                "ai_providers",
                json!({"selected": ["school-of-government", "universities"]}),
            ),
            ("ai_trained_count", json!(12000)),
            (
                "ai_partnerships",
                json!("Partnerships with two universities for AI skills."),
            ),
        ];
        let changes: Vec<Change> = given
            .iter()
            .map(|(id, v)| Change {
                field_id: id.to_string(),
                base_revision: 0,
                value: Some(v.clone()),
            })
            .collect();
        let report = app
            .state
            .saver
            .save("2026", "MAR", &changes, "cio@gov.ma", Mode::AllOrNothing)
            .await
            .unwrap();
        assert!(report.conflicts.is_empty(), "{report:?}");
        let r = app
            .post_form("/msq/2026/MAR/submit", &[("_action", "submit")], &me)
            .await;
        assert_eq!(r.status, 303, "{backend:?}: {}", r.body);

        // The version, the reviewer: carried and confirmed, or changed.
        let version = app
            .request_with("GET", "/msq/2026/MAR/versions/1", &me)
            .await;
        assert!(version.body.contains("Changed since 2020"));
        let review = app.request_with("GET", "/review/2026/MAR", &un).await;
        assert_eq!(review.status, 200);
        let row = |id: &str| {
            let from = review.body.find(&format!("id=\"answer-{id}\"")).unwrap();
            review.body[from..from + review.body[from..].find("</div>").unwrap()].to_string()
        };
        assert!(row("q11").contains("Changed since 2020"), "{}", row("q11"));
        assert!(row("q14").contains("From 2020, confirmed unchanged"));
        assert!(!row("ai_mandatory").contains("2020"));

        // The exports: the carried column, read back with Python.
        let csv = app
            .request_with("GET", "/review/2026/export.csv", &un)
            .await;
        assert_eq!(csv.status, 200, "{}", csv.body);
        let lines = crate::review::read_back("csv", &csv.bytes);
        let carried_of = |id: &str| -> Vec<String> {
            lines
                .as_array()
                .unwrap()
                .iter()
                .filter(|l| l["iso3"] == "MAR" && l["question_id"] == id)
                .map(|l| l["carried"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(carried_of("q11"), ["changed"]);
        assert_eq!(carried_of("q14"), ["confirmed"]);
        assert_eq!(carried_of("ai_trained_count"), [""]);
        let xlsx = app
            .request_with("GET", "/review/2026/export.xlsx", &un)
            .await;
        let book = crate::review::read_back("xlsx", &xlsx.bytes);
        let sheet = book["Carried over"].as_array().unwrap();
        assert_eq!(sheet[0][4], "carried");
        assert!(
            sheet
                .iter()
                .any(|r| r[2] == "q11" && r[4] == "changed" && r[5] == "2020"),
            "{book}"
        );
        let json_export = app
            .request_with("GET", "/review/2026/export.json", &un)
            .await;
        let exported: Value = serde_json::from_slice(&json_export.bytes).unwrap();
        assert_eq!(
            exported["responses"][0]["response"]["carried"]["fields"]["q11"],
            "changed"
        );
        // The panel: both cycles, one table.
        let panel = app.request_with("GET", "/review/panel.csv", &un).await;
        let panel = crate::review::read_back("csv", &panel.bytes);
        let q11: Vec<(String, String)> = panel
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["iso3"] == "MAR" && l["question_id"] == "q11")
            .map(|l| {
                let s = |k: &str| l[k].as_str().unwrap().to_string();
                (s("edition"), s("value"))
            })
            .collect();
        assert_eq!(q11.len(), 2, "{q11:?}");
        assert_eq!(q11[1].0, "2026");
        assert!(q11[1].1.contains("every month"));
        // The signed PDF prints the 2026 answers and the new section.
        let pdf = app
            .request_with("GET", "/msq/2026/MAR/versions/1.pdf", &me)
            .await;
        assert_eq!(pdf.status, 200);
        let text = crate::support::pdf_text(&pdf.bytes);
        assert!(text.contains("every month"), "{text}");
        assert!(text.contains("12000 officials"), "{text}");
        assert!(
            text.contains("AI Capacity of the Public Workforce"),
            "{text}"
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_response_file_moved_into_2026_is_carried_over_and_waits_for_confirmation() {
    let app = TestApp::spawn(crate::support::Backend::Sqlite).await;
    let path = app.db.dir.path().join("mar-2020.json");
    std::fs::write(&path, crate::support::fixture()).unwrap();
    let out = crate::support::msq_for(&app)
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
    assert!(
        text.contains("from 2020 into the 2026 draft of MAR"),
        "{text}"
    );
    let db = &app.state.db;
    let r = server::drafts::store::find_response(db, "2026", "MAR")
        .await
        .unwrap()
        .unwrap();
    let stored = server::drafts::store::load(db, r.id).await.unwrap();
    let e2026 = app.state.edition("2026").unwrap();
    let marks = server::carry_over::draft_marks(db, app.state.editions, e2026, r.id, &stored)
        .await
        .unwrap();
    assert!(marks.len() > 30, "{}", marks.len());
    assert!(marks
        .values()
        .all(|m| m.state == CarryState::Unconfirmed && m.from == "2020"));
    assert!(marks["q6"].reworded && !marks["q14"].reworded);
    // The same file into its own edition is the plain import.
    let same = crate::support::msq_for(&app)
        .args(["import-response", "--edition", "2020"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!same.status.success());
    assert!(String::from_utf8_lossy(&same.stderr).contains("import it without --edition"));
    app.stop().await;
}

/// An edition folder: 2020 as shipped, and a 2022 made of it by `change`,
/// with `mapping` beside it when given.
fn folder(change: impl Fn(String) -> String, mapping: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(workspace_root().join("editions/msq-2020.toml")).unwrap();
    std::fs::write(dir.path().join("msq-2020.toml"), &text).unwrap();
    let next = change(text.replacen("edition = \"2020\"", "edition = \"2022\"", 1));
    std::fs::write(dir.path().join("msq-2022.toml"), next).unwrap();
    if let Some(m) = mapping {
        std::fs::write(dir.path().join("msq-2022.carry-over.toml"), m).unwrap();
    }
    dir
}

/// 2022 renames question 14's field and an option of question 9.
fn renamed(text: String) -> String {
    text.replace("id = \"q14\"\ntype", "id = \"q14_social_media\"\ntype")
        .replace(
            "{ id = \"e-procurement\",",
            "{ id = \"public-procurement\",",
        )
}

#[test]
fn a_mapping_file_carries_renamed_questions_and_options() {
    // Without a mapping, the renamed option is refused, saying what to do.
    let bare = folder(renamed, None);
    let err = load_dir(bare.path()).unwrap_err().to_string();
    assert!(
        err.contains(
            "msq-2022.toml: question 9 (q9): the option \"e-procurement\" of 2020 is gone"
        ) && err.contains("[options.q9] e-procurement = \"new option id\""),
        "{err}"
    );
    let mapping = "from = \"2020\"\n[fields]\nq14_social_media = \"q14\"\n[options.q9]\ne-procurement = \"public-procurement\"\n";
    let dir = folder(renamed, Some(mapping));
    let editions = load_dir(dir.path()).unwrap();
    let (e2020, e2022) = (&editions[0], &editions[1]);
    let file: Value = serde_json::from_str(&crate::support::fixture()).unwrap();
    let answers: std::collections::BTreeMap<String, Value> =
        serde_json::from_value(file["answers"].clone()).unwrap();
    let plan = carry::plan("2020", Some(e2020), e2022, &answers);
    let find = |id: &str| plan.carried.iter().find(|c| c.field == id).unwrap();
    assert_eq!(find("q14_social_media").from_field, "q14");
    assert_eq!(find("q14_social_media").value, answers["q14"]);
    let q9 = find("q9").value["selected"].as_array().unwrap().clone();
    assert!(q9.contains(&json!("public-procurement")) && !q9.contains(&json!("e-procurement")));
    assert!(plan.carried.iter().all(|c| c.field != "response_date"));
    assert!(
        plan.dropped
            .iter()
            .any(|(id, why)| id == "authorization" && why.starts_with("not carried")),
        "{:?}",
        plan.dropped
    );
    // A split question: two new fields from one old one.
    let split = folder(
        |t| t.replace("id = \"q14\"\ntype", "id = \"q14a\"\ntype"),
        Some("from = \"2020\"\n[fields]\nq14a = \"q14\"\n"),
    );
    assert!(load_dir(split.path()).is_ok());
}

#[test]
fn a_wrong_mapping_file_is_refused_naming_the_file_and_the_entry() {
    let cases = [
        ("from = \"2018\"\n", "from: \"2018\" is not the edition before 2022 (that is 2020)"),
        ("from = \"2020\"\n[fields]\nq99 = \"q14\"\n", "fields.q99: 2022 has no field \"q99\""),
        ("from = \"2020\"\n[fields]\nq14 = \"q99\"\n", "fields.q14: 2020 has no field \"q99\" to carry from"),
        (
            "from = \"2020\"\n[fields]\nq14 = \"q10\"\n",
            "question 14 (q14) is a \"text\" question but question 10 (q10) of 2020 was a \"yes_no\" question",
        ),
        (
            "from = \"2020\"\n[options.q9]\nnone-such = \"e-procurement\"\n",
            "options.q9.none-such: question 9 (q9) of 2020 has no option \"none-such\"",
        ),
        ("from = \"2020\"\nfield = 1\n", "not a mapping file"),
    ];
    for (mapping, message) in cases {
        let dir = folder(|t| t, Some(mapping));
        let err = load_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("msq-2022.carry-over.toml"), "{err}");
        assert!(err.contains(message), "{mapping}: {err}");
    }
    // A mapping file with no edition beside it.
    let dir = folder(|t| t, None);
    std::fs::write(
        dir.path().join("msq-2030.carry-over.toml"),
        "from = \"2022\"\n",
    )
    .unwrap();
    let err = load_dir(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("there is no edition file msq-2030.toml"),
        "{err}"
    );
}

/// In Chromium, with JavaScript and without: the country copies its 2020
/// answers, confirms one with its own button, changes one and confirms the
/// rest of the page with "confirm all"; Enter in a field saves and confirms
/// nothing; the check page lists what waits; the rest confirmed page by
/// page, the new section answered, submitted; the reviewer sees what
/// changed. The pages pass axe-core.
#[tokio::test]
async fn in_a_browser_with_and_without_javascript_a_country_carries_confirms_changes_and_submits() {
    use crate::browser::{axe_script, axe_violations, eventually, Browser};
    let axe = axe_script();
    for javascript in [true, false] {
        let app = TestApp::spawn(crate::support::Backend::Sqlite).await;
        import_fixture(&app, "MAR").await;
        let r = server::drafts::store::response_for(&app.state.db, "2020", "MAR")
            .await
            .unwrap();
        let e2020 = app.state.edition("2020").unwrap();
        server::submissions::submit(&app.state.db, app.state.editions, e2020, &r, "cio@gov.ma")
            .await
            .unwrap();
        set(&app, "2026", EditionState::Open).await;
        set(&app, "2020", EditionState::Closed).await;

        let b = Browser::start(javascript).await;
        b.sign_in(&app, Role::Respondent, Some("MAR")).await;
        b.client.goto(&app.url("/msq/2026/MAR")).await.unwrap();
        // axe-core runs where scripts do.
        let mut violations = Vec::new();
        if javascript {
            violations.extend(axe_violations(&b, &axe).await);
        }
        b.click("form[action='/msq/2026/MAR/carry-over'] button")
            .await;
        eventually(10, "the copied answers", || async {
            b.url_contains("carried=").await
        })
        .await;
        assert!(b
            .text("main")
            .await
            .contains("answers were copied from 2020"));

        b.client
            .goto(&app.url("/msq/2026/MAR/social-media"))
            .await
            .unwrap();
        if javascript {
            violations.extend(axe_violations(&b, &axe).await);
        }
        assert!(b
            .text("#carry-q14")
            .await
            .contains("From 2020: confirm or change"));
        b.click("button[value='confirm:q14']").await;
        eventually(10, "the confirmation", || async {
            b.url_contains("confirmed=1").await
        })
        .await;
        assert!(
            b.text("#carry-q14")
                .await
                .contains("From 2020, confirmed unchanged"),
            "javascript {javascript}"
        );

        b.client
            .goto(&app.url("/msq/2026/MAR/usage-of-online-services"))
            .await
            .unwrap();
        b.type_into("#f-q11", " Monthly since 2025.").await;
        b.click("button[value='confirm-page']").await;
        eventually(10, "the page confirmed", || async {
            b.url_contains("confirmed=1").await
        })
        .await;
        assert!(b.text("#carry-q11").await.contains("Changed since 2020"));
        assert!(b.text("#carry-q10").await.contains("confirmed unchanged"));
        assert!(b.value("#f-q11").await.ends_with("Monthly since 2025."));

        // Enter in a field saves the page; it never confirms anything.
        b.client
            .goto(&app.url("/msq/2026/MAR/institutional-framework"))
            .await
            .unwrap();
        b.type_into("#f-q1-0", "/en\u{E007}").await;
        eventually(10, "the page saved by Enter", || async {
            b.url_contains("saved=1").await
        })
        .await;
        assert!(!b.url_contains("confirmed=1").await);
        assert!(b.text("#carry-q1").await.contains("Changed since 2020"));
        assert!(b
            .text("#carry-q2a")
            .await
            .contains("From 2020: confirm or change"));

        b.client
            .goto(&app.url("/msq/2026/MAR/check"))
            .await
            .unwrap();
        if javascript {
            violations.extend(axe_violations(&b, &axe).await);
        }
        let check = b.text("main").await;
        assert!(
            check.contains("Confirm or change the answer carried over from 2020")
                && check.contains("Changed since 2020"),
            "{check}"
        );
        // The rest confirmed page by page, the new section and the front
        // matter answered, submitted.
        let e2026 = app.state.edition("2026").unwrap();
        for page in e2026.pages() {
            let url = app.url(&format!("/msq/2026/MAR/{}", page.slug()));
            b.client.goto(&url).await.unwrap();
            if b.client
                .find(fantoccini::Locator::Css("button[value='confirm-page']"))
                .await
                .is_ok()
            {
                b.click("button[value='confirm-page']").await;
                eventually(10, "the page confirmed", || async {
                    b.url_contains("confirmed=1").await
                })
                .await;
            }
        }
        b.client
            .goto(&app.url("/msq/2026/MAR/introduction"))
            .await
            .unwrap();
        b.type_into("#f-response_date", "2").await;
        b.type_into("#f-response_date-month", "March").await;
        b.type_into("#f-response_date-year", "2026").await;
        b.click("#f-authorization").await;
        b.click("button[value=save]").await;
        eventually(10, "the introduction saved", || async {
            b.url_contains("saved=1").await
        })
        .await;
        b.client
            .goto(&app.url("/msq/2026/MAR/ai-capacity"))
            .await
            .unwrap();
        b.click("#f-ai_mandatory").await;
        b.type_into("#f-ai_mandatory_policy-0", "https://www.add.gov.ma/ia")
            .await;
        b.type_into("#f-ai_trained_count", "12 000").await;
        b.click("button[value=save]").await;
        eventually(10, "the new section saved", || async {
            b.url_contains("saved=1").await
        })
        .await;
        b.client
            .goto(&app.url("/msq/2026/MAR/check"))
            .await
            .unwrap();
        b.click("button[value=submit]").await;
        eventually(10, "the version", || async {
            b.url_contains("/versions/1?submitted=1").await
        })
        .await;
        assert!(b.text("main").await.contains("12000 officials"));

        // The reviewer sees what was carried and what changed.
        b.sign_in(&app, Role::Reviewer, None).await;
        b.client.goto(&app.url("/review/2026/MAR")).await.unwrap();
        assert!(b.text("#answer-q11").await.contains("Changed since 2020"));
        assert!(b
            .text("#answer-q14")
            .await
            .contains("From 2020, confirmed unchanged"));
        assert!(!b.text("#answer-ai_trained_count").await.contains("2020"));
        b.stop().await;
        assert!(
            violations.is_empty(),
            "WCAG violations:\n{}",
            violations.join("\n")
        );
        app.stop().await;
    }
}
