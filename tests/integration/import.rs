//! `msq import-response`: a good file loads; unknown ids and invalid values
//! are each named, and nothing is written.

use crate::support::{backends, config_for, TestDb};
use server::drafts::store;
use server::response_file::{import, ImportError};

fn good_file() -> String {
    serde_json::json!({
        "format": "msq-response",
        "format_version": 1,
        "edition": "2020",
        "member_state": "EGY",
        "answers": {
            "response_date": "2020-03-31",
            "authorization": true,
            "q1": ["https://digital.gov.eg"],
            "q2a": "none",
            "q3": [{"name": "Ministry of Communications and Information Technology", "url": "https://mcit.gov.eg"}],
            "q4": "yes",
            "q4_cio": {"name": "أحمد", "email": "cio@mcit.gov.eg", "phone": "+20 2 3534 1000"},
            "q8": {"selected": ["implementation-plan", "aligned-sdgs"]},
            "q15": {"selected": ["ai", "other"], "other": "الحوسبة السحابية"},
            "q17": {"percent": 61.5, "note": "CAPMAS 2019"},
            "q18": {"not_available": "Not measured"},
            "q22": "Member of the Arab ICT Organization; 参与联合国合作。"
        }
    })
    .to_string()
}

async fn load(
    db: &TestDb,
) -> (
    sea_orm::DatabaseConnection,
    Vec<app::questionnaire::Edition>,
    server::drafts::Saver,
) {
    let config = config_for(db);
    let state = server::startup::build_state(config).await.unwrap();
    (
        state.db.clone(),
        state.editions.to_vec(),
        state.saver.clone(),
    )
}

#[tokio::test]
async fn a_good_file_loads_into_the_draft() {
    for backend in backends() {
        let tdb = TestDb::new(backend).await;
        let (db, editions, saver) = load(&tdb).await;
        let summary = import(&saver, &editions, &good_file(), "import test")
            .await
            .unwrap();
        assert_eq!(
            (
                summary.edition.as_str(),
                summary.member_state.as_str(),
                summary.answers
            ),
            ("2020", "EGY", 12)
        );
        let r = store::find_response(&db, "2020", "EGY")
            .await
            .unwrap()
            .unwrap();
        let stored = store::load(&db, r.id).await.unwrap();
        assert_eq!(
            stored["q15"].value,
            Some(serde_json::json!({"selected": ["ai", "other"], "other": "الحوسبة السحابية"}))
        );
        assert_eq!(stored["q2a"].value, Some(serde_json::json!("none")));
        assert_eq!(stored["q1"].updated_by, "import test");
        // Importing the same file again changes nothing and conflicts with nothing.
        import(&saver, &editions, &good_file(), "import test")
            .await
            .unwrap();
        assert_eq!(store::load(&db, r.id).await.unwrap()["q1"].revision, 1);
        db.close().await.unwrap();
        tdb.drop_database().await;
    }
}

#[tokio::test]
async fn unknown_ids_and_invalid_values_are_named_and_nothing_is_written() {
    for backend in backends() {
        let tdb = TestDb::new(backend).await;
        let (db, editions, saver) = load(&tdb).await;
        let mut file: serde_json::Value = serde_json::from_str(&good_file()).unwrap();
        file["answers"]["q99"] = serde_json::json!("?");
        file["answers"]["q1"] = serde_json::json!(["digital.gov.eg"]);
        file["answers"]["q17"] = serde_json::json!({"percent": 161.5});
        file["answers"]["q4_cio"]["email"] = serde_json::json!("not-an-email");
        file["answers"]["q10"] = serde_json::json!(true);
        let err = import(&saver, &editions, &file.to_string(), "import test")
            .await
            .unwrap_err();
        let ImportError::Invalid(problems) = &err else {
            panic!("{err}")
        };
        let text = err.to_string();
        for needle in [
            "answers.q99: unknown question id \"q99\"",
            "answers.q1.0: Enter a full web address",
            "answers.q17.percent: Enter a percentage from 0 to 100",
            "answers.q4_cio.email: Enter an email address",
            "answers.q10: expected \"yes\" or \"no\"",
        ] {
            assert!(
                text.contains(needle),
                "{backend:?}: missing {needle:?} in\n{text}"
            );
        }
        assert_eq!(problems.len(), 5, "{text}");
        assert!(
            store::find_response(&db, "2020", "EGY")
                .await
                .unwrap()
                .is_none(),
            "nothing written"
        );

        // Wrong country or edition, or not JSON at all.
        let mut other = file.clone();
        other["member_state"] = serde_json::json!("XYZ");
        assert!(import(&saver, &editions, &other.to_string(), "t")
            .await
            .unwrap_err()
            .to_string()
            .contains("\"XYZ\" is not the code of a UN Member State"));
        assert!(matches!(
            import(&saver, &editions, "{not json", "t").await,
            Err(ImportError::Unreadable(_))
        ));
        db.close().await.unwrap();
        tdb.drop_database().await;
    }
}

/// The command itself, as an operator runs it.
#[tokio::test]
async fn the_command_line_reports_and_exits_non_zero() {
    let tdb = TestDb::new(crate::support::Backend::Sqlite).await;
    let config = config_for(&tdb);
    let good = tdb.dir.path().join("good.json");
    std::fs::write(&good, good_file()).unwrap();
    let bad = tdb.dir.path().join("bad.json");
    std::fs::write(&bad, good_file().replace("\"q3\"", "\"q3x\"")).unwrap();
    let run = |file: &std::path::Path| {
        crate::support::msq_command()
            .args(["import-response", file.to_str().unwrap()])
            .env("DATABASE_URL", &config.database_url)
            .output()
            .unwrap()
    };
    let out = run(&bad);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("answers.q3x: unknown question id \"q3x\""),
        "{err}"
    );
    let out = run(&good);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("Imported 12 answers into the 2020 draft of EGY"));
}

/// The fully answered fixture (answers in all six UN languages, used by
/// the benchmarks) imports cleanly and leaves nothing to fix.
#[tokio::test]
async fn the_complete_fixture_is_complete() {
    let tdb = TestDb::new(crate::support::Backend::Sqlite).await;
    let (db, editions, saver) = load(&tdb).await;
    let text = std::fs::read_to_string(
        crate::support::workspace_root().join("tests/fixtures/complete-response.json"),
    )
    .unwrap();
    let summary = import(&saver, &editions, &text, "fixture").await.unwrap();
    let edition = editions.iter().find(|e| e.id == "2020").unwrap();
    assert_eq!(
        summary.answers,
        edition.fields().count(),
        "every field answered"
    );
    let r = store::find_response(&db, "2020", "MAR")
        .await
        .unwrap()
        .unwrap();
    let answers = store::typed(edition, &store::load(&db, r.id).await.unwrap());
    let issues = app::questionnaire::answer::submission_issues(edition, &answers);
    assert!(issues.is_empty(), "{issues:?}");
    db.close().await.unwrap();
}

/// A broken edition stops start-up with a message naming the file and the
/// path of the problem.
#[tokio::test]
async fn a_broken_edition_stops_start_up_naming_file_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let editions = dir.path().join("editions");
    std::fs::create_dir(&editions).unwrap();
    let good =
        std::fs::read_to_string(crate::support::workspace_root().join("editions/msq-2020.toml"))
            .unwrap();
    let broken = good
        .replacen("type = \"percentage_or_na\"", "type = \"percentage\"", 1)
        .replacen("field = \"q10\"", "field = \"q100\"", 1);
    std::fs::write(
        editions.join("msq-2021.toml"),
        broken.replace("edition = \"2020\"", "edition = \"2021\""),
    )
    .unwrap();
    for command in ["serve", "check-editions"] {
        let out = crate::support::msq_command()
            .arg(command)
            .env("MSQ_EDITIONS_DIR", &editions)
            .env("MSQ_DATA_DIR", dir.path())
            .env("MSQ_LISTEN", "127.0.0.1:0")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{command} must refuse to start");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("msq-2021.toml: section VIII (indicators) › question 17 (q17) › field q17.type: unknown answer type \"percentage\""), "{command}: {err}");
        assert!(err.contains("msq-2021.toml: section IV (usage-of-online-services) › question 11 (q11) › field q11.show_if.field: no field \"q100\" in this edition"), "{command}: {err}");
    }
}
