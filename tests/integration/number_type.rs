//! The `number` answer type end to end: the definition's keys checked, the
//! control, answers typed the way people write numbers (kept as typed and
//! flagged while not a number, stored as a number once one), submission,
//! and the exports (a number in the CSV and a numeric cell in the XLSX).

use crate::support::{backends, TestApp};
use app::questionnaire::loader::load_str;
use server::accounts::Role;

const EDITION: &str = r#"
edition = "2099"
title = { en = "Test edition with a number" }
closing = { en = "Thank you." }

[intro]
text = { en = "A test." }

[[sections]]
id = "workforce"
number = "I"
title = { en = "AI capacity of the public workforce" }

[[sections.questions]]
id = "q1"
number = "1"
text = { en = "How many officials were trained in the last 12 months?" }

[[sections.questions.fields]]
id = "q1"
type = "number"
integer = true
min = 0
max = 10000000
unit = { en = "officials" }
required = true
"#;

#[test]
fn the_definition_checks_a_number_fields_keys() {
    let e = load_str("msq-2099.toml", EDITION).unwrap();
    assert_eq!(e.field("q1").unwrap().kind.type_name(), "number");
    let reversed = EDITION.replace("min = 0", "min = 20000000");
    let err = load_str("msq-2099.toml", &reversed)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("min (20000000) is greater than max (10000000)"),
        "{err}"
    );
    let misplaced = EDITION.replace("type = \"number\"", "type = \"text\"");
    let err = load_str("msq-2099.toml", &misplaced)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("\"unit\" does not apply to type \"text\""),
        "{err}"
    );
}

#[tokio::test]
async fn a_number_is_typed_as_people_write_it_and_exported_as_a_number() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("msq-2099.toml"), EDITION).unwrap();
        let editions = dir.path().to_path_buf();
        let app = TestApp::spawn_with(backend, move |c| c.editions_dir = editions).await;
        let respondent = app.cookie_as(Role::Respondent, Some("KEN")).await;
        let me = [("cookie", respondent.as_str())];
        let page = "/msq/2099/KEN/workforce";

        let shown = app.request_with("GET", page, &me).await;
        assert_eq!(shown.status, 200, "{backend:?}: {}", shown.body);
        assert!(
            shown.body.contains("inputmode=\"numeric\""),
            "{}",
            shown.body
        );
        assert!(shown.body.contains("In officials."), "{}", shown.body);

        // Words are kept as typed, and flagged.
        let r = app
            .post_form(page, &[("_action", "save"), ("q1", "about 5000")], &me)
            .await;
        assert_eq!(r.status, 303, "{backend:?}: {}", r.body);
        let again = app.request_with("GET", &r.location(), &me).await;
        assert!(
            again.body.contains("value=\"about 5000\""),
            "{}",
            again.body
        );
        assert!(
            again.body.contains("Enter a number in figures"),
            "{backend:?}: {}",
            again.body
        );
        let refused = app.post_form("/msq/2099/KEN/submit", &[], &me).await;
        assert_eq!(refused.status, 422, "{backend:?}: {}", refused.body);

        // "5 000" is a number: stored as one.
        let base = crate::support::hidden_value(&again.body, "_base.q1");
        let r = app
            .post_form(
                page,
                &[("_action", "save"), ("q1", "5 000"), ("_base.q1", &base)],
                &me,
            )
            .await;
        assert_eq!(r.status, 303, "{backend:?}: {}", r.body);
        let stored = crate::support::stored_answers(&app, "2099", "KEN").await;
        assert_eq!(stored["q1"].value, Some(serde_json::json!(5000)));

        let submitted = app.post_form("/msq/2099/KEN/submit", &[], &me).await;
        assert_eq!(submitted.status, 303, "{backend:?}: {}", submitted.body);
        let version = app
            .request_with("GET", "/msq/2099/KEN/versions/1", &me)
            .await;
        assert!(version.body.contains("5000 officials"), "{}", version.body);

        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let staff = [("cookie", reviewer.as_str())];
        let csv = app
            .request_with("GET", "/review/2099/export.csv", &staff)
            .await;
        assert_eq!(csv.status, 200, "{}", csv.body);
        assert!(
            csv.body.contains(",q1,") && csv.body.contains(",5000"),
            "{}",
            csv.body
        );
        let xlsx = app
            .request_with("GET", "/review/2099/export.xlsx", &staff)
            .await;
        assert_eq!(xlsx.status, 200);
        // The wide sheet: the header row names q1; its cell is a number.
        let book = crate::review::read_back("xlsx", &xlsx.bytes);
        let numeric = book.as_object().unwrap().values().any(|rows| {
            let rows = rows.as_array().unwrap();
            let Some(col) = rows
                .first()
                .and_then(|h| h.as_array())
                .and_then(|h| h.iter().position(|c| c == "q1"))
            else {
                return false;
            };
            rows[1..]
                .iter()
                .any(|r| r.as_array().and_then(|r| r.get(col)) == Some(&serde_json::json!(5000)))
        });
        assert!(numeric, "a numeric q1 cell of 5000: {book}");
        app.stop().await;
    }
}
