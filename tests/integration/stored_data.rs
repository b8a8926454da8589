//! Stored data that cannot be read is an error, said on the page and in
//! the log, never read as something else: an unknown status is not a
//! draft, damaged frozen answers are not an empty version.

use crate::support::{backends, import_fixture, TestApp};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::db::entities::{responses, submissions};

#[tokio::test]
async fn an_unknown_stored_status_is_an_error_not_a_draft() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        import_fixture(&app, "MAR").await;
        responses::Entity::update_many()
            .col_expr(responses::Column::Status, Expr::value("archived"))
            .filter(responses::Column::MemberState.eq("MAR"))
            .exec(&app.state.db)
            .await
            .unwrap();
        for path in [
            "/msq/2020/MAR",
            "/msq/2020/MAR/check",
            "/msq/2020/MAR/institutional-framework",
            "/review/2020",
        ] {
            let r = app.get(path).await;
            assert_eq!(r.status, 500, "{backend:?} {path}: {}", r.body);
            assert!(
                r.body
                    .contains("&quot;archived&quot; is not a response status")
                    || r.body.contains("\"archived\" is not a response status"),
                "{backend:?} {path}: the page says what is wrong: {}",
                r.body
            );
        }
        // Neither read as a draft by a save: nothing is written, and the
        // person is told.
        let saved = app
            .post_form(
                "/msq/2020/MAR/institutional-framework",
                &[("_action", "save"), ("q6", "Written over a damaged status")],
                &[],
            )
            .await;
        assert_eq!(saved.status, 500, "{backend:?}: {}", saved.body);
        let stored = server::drafts::store::load(&app.state.db, first_response(&app).await)
            .await
            .unwrap();
        assert_ne!(
            stored.get("q6").and_then(|s| s.value.clone()),
            Some(serde_json::json!("Written over a damaged status")),
            "{backend:?}: nothing was saved"
        );
        app.stop().await;
    }
}

async fn first_response(app: &TestApp) -> i64 {
    responses::Entity::find()
        .filter(responses::Column::MemberState.eq("MAR"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn damaged_frozen_answers_are_an_error_not_an_empty_version() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        import_fixture(&app, "MAR").await;
        let submitted = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
        assert_eq!(submitted.status, 303, "{backend:?}: {}", submitted.body);
        submissions::Entity::update_many()
            .col_expr(
                submissions::Column::Answers,
                Expr::value("{\"q1\": [\"https://"),
            )
            .filter(submissions::Column::MemberState.eq("MAR"))
            .exec(&app.state.db)
            .await
            .unwrap();
        for path in [
            "/msq/2020/MAR/versions/1",
            "/msq/2020/MAR/versions/1.json",
            "/review/2020/MAR",
            "/review/2020/export.csv",
        ] {
            let r = app.get(path).await;
            assert_eq!(r.status, 500, "{backend:?} {path}: {}", r.body);
            assert!(
                r.body.contains("version 1 of response") && r.body.contains("frozen answers"),
                "{backend:?} {path}: the page says what is wrong: {}",
                r.body
            );
        }
        app.stop().await;
    }
}

#[tokio::test]
async fn stored_answers_the_edition_does_not_describe_are_shown_and_exported_as_stored() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        import_fixture(&app, "MAR").await;
        let submitted = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
        assert_eq!(submitted.status, 303, "{backend:?}: {}", submitted.body);
        // As if the edition had changed since: a question it no longer has,
        // and a value that no longer reads as its question's type.
        let row = submissions::Entity::find()
            .filter(submissions::Column::MemberState.eq("MAR"))
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        let mut answers: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&row.answers).unwrap();
        answers.insert("q99".into(), serde_json::json!("A legacy answer"));
        answers.insert("q10".into(), serde_json::json!(5));
        submissions::Entity::update_many()
            .col_expr(
                submissions::Column::Answers,
                Expr::value(serde_json::Value::Object(answers).to_string()),
            )
            .filter(submissions::Column::Id.eq(row.id))
            .exec(&app.state.db)
            .await
            .unwrap();
        for path in [
            "/msq/2020/MAR/versions/1",
            "/review/2020/MAR",
            "/review/2020/MAR/diff?from=1&to=1",
        ] {
            let r = app.get(path).await;
            assert_eq!(r.status, 200, "{backend:?} {path}: {}", r.body);
            assert!(
                r.body
                    .contains("Stored answers not described by this edition")
                    && r.body.contains("q99")
                    && r.body.contains("A legacy answer"),
                "{backend:?} {path}: {}",
                r.body
            );
        }
        let csv = app.get("/review/2020/export.csv").await;
        assert!(
            csv.body.contains(",q99,,,\"\"\"A legacy answer\"\"\",")
                && csv.body.contains(",q10,,,5,"),
            "{backend:?}: {}",
            csv.body
        );
        app.stop().await;
    }
}
