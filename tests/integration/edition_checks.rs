//! Editions checked against their past (issue 14, part 2): a field id kept
//! with another answer type, a choice option removed or renamed, a language
//! key that is not a UN language, and a field with stored answers removed
//! from its edition are each refused with a message that names the file,
//! the question and what to do; every broken file is listed, not only the
//! first.

use crate::support::{backends, config_for, msq_command, workspace_root, TestApp, TestDb};
use app::questionnaire::loader::load_dir;

/// A folder with the repository's editions, changed by `edit(file, text)`.
fn editions_with(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["msq-2020.toml", "msq-2026.toml"] {
        let text = std::fs::read_to_string(workspace_root().join("editions").join(name)).unwrap();
        std::fs::write(dir.path().join(name), edit(name, text)).unwrap();
    }
    dir
}

fn problems(dir: &tempfile::TempDir) -> String {
    load_dir(dir.path()).unwrap_err().to_string()
}

#[test]
fn a_kept_id_with_another_answer_type_is_refused() {
    let dir = editions_with(|name, text| {
        if name == "msq-2026.toml" {
            text.replacen(
                "id = \"q23\"\ntype = \"text\"",
                "id = \"q23\"\ntype = \"date\"",
                1,
            )
        } else {
            text
        }
    });
    let err = problems(&dir);
    assert!(
        err.contains("msq-2026.toml: question 23 (q23): was a \"text\" question in 2020; it is a \"date\" question now")
            && err.contains("give the changed question a new id"),
        "{err}"
    );
}

#[test]
fn a_removed_or_renamed_option_is_refused() {
    let dir = editions_with(|name, text| {
        if name == "msq-2026.toml" {
            text.replacen("{ id = \"linkedin\",", "{ id = \"linked-in\",", 1)
        } else {
            text
        }
    });
    let err = problems(&dir);
    assert!(
        err.contains("msq-2026.toml: question XI.2 (x2): the option \"linkedin\" of 2020 is gone (removed or renamed)"),
        "{err}"
    );
}

#[test]
fn every_broken_file_is_listed_and_language_keys_are_the_un_languages() {
    let dir = editions_with(|name, text| {
        if name == "msq-2020.toml" {
            text.replacen(
                "title = { en = \"Institutional Framework\" }",
                "title = { en = \"Institutional Framework\", de = \"Institutioneller Rahmen\" }",
                1,
            )
        } else {
            text.replacen("edition = \"2026\"", "edition = 2026", 1)
        }
    });
    let err = problems(&dir);
    assert!(
        err.contains(
            "msq-2020.toml: section I (institutional-framework).title.de: \"de\" is not one of the six UN languages"
        ),
        "{err}"
    );
    assert!(
        err.contains("msq-2026.toml: edition"),
        "the second file too: {err}"
    );
}

#[tokio::test]
async fn a_field_with_stored_answers_removed_from_its_edition_stops_start_up() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        crate::support::import_fixture(&app, "MAR").await;
        // The 2020 file loses question 24 (which Morocco answered).
        let dir = editions_with(|name, text| {
            if name == "msq-2020.toml" {
                let start = text.find("# --- 24 ---").unwrap();
                let end = text.find("# ===========================================================================\n# X.").unwrap();
                format!("{}{}", &text[..start], &text[end..])
            } else {
                // 2026 keeps q24: the comparison with 2020 does not object.
                text
            }
        });
        let mut config = config_for(&app.db);
        config.editions_dir = dir.path().to_path_buf();
        let err = match server::startup::build_state(config).await {
            Ok(_) => panic!("{backend:?}: started with answers it no longer describes"),
            Err(e) => e.to_string(),
        };
        assert!(
            err.contains("msq-2020.toml: field q24: 1 Member States have stored answers to it, but the edition no longer describes it: put the field back"),
            "{backend:?}: {err}"
        );
        // `msq check-editions` says the same against the same database.
        let out = msq_command()
            .env("MSQ_EDITIONS_DIR", dir.path())
            .env("MSQ_DATA_DIR", app.db.dir.path())
            .env("DATABASE_URL", &app.db.url)
            .arg("check-editions")
            .output()
            .unwrap();
        assert!(!out.status.success());
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(text.contains("field q24"), "{text}");
        app.stop().await;
    }
    // Without a database yet, the files alone are checked.
    let fresh = TestDb::new(crate::support::Backend::Sqlite).await;
    let out = msq_command()
        .env("MSQ_DATA_DIR", fresh.dir.path())
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/none.db?mode=rwc", fresh.dir.path().display()),
        )
        .arg("check-editions")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn exports_carry_printed_numbers_and_say_what_changed_since_the_previous_edition() {
    let editions = load_dir(&workspace_root().join("editions")).unwrap();
    let (e2020, e2026) = (&editions[0], &editions[1]);
    assert_eq!((e2020.id.as_str(), e2026.id.as_str()), ("2020", "2026"));
    let xlsx = server::exports::xlsx_wide::write(e2026, Some(e2020), &[]).unwrap();
    let book = crate::review::read_back("xlsx", &xlsx);
    let dict = book["Data dictionary"].as_array().unwrap();
    let header = dict[0].as_array().unwrap();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, number, since) = (
        col("question_id"),
        col("question_number"),
        col("since_previous_edition"),
    );
    let row = |field: &str| {
        dict.iter()
            .find(|r| r[id] == field)
            .unwrap_or_else(|| panic!("{field} in the dictionary"))
            .clone()
    };
    assert_eq!(row("q6")[since], "reworded");
    assert_eq!(row("q1")[since], "unchanged");
    assert_eq!(row("ai_trained_count")[since], "new");
    assert_eq!(row("ai_trained_count")[number], "28");
    assert_eq!(row("x2")[number], "XI.2");
    assert!(book.get("Dropped since 2020").is_some(), "{book}");

    let csv = server::exports::csv_long::HEADER;
    assert_eq!(csv[7..9], ["question_id", "question_number"]);
    let json: serde_json::Value =
        serde_json::from_slice(&server::exports::json::write(e2026, &[]).unwrap()).unwrap();
    assert_eq!(json["question_numbers"]["x2"], "XI.2");
    assert_eq!(json["question_numbers"]["q2a"], "2a");
}

#[test]
fn the_section_example_of_the_format_documentation_passes_the_checker() {
    let doc =
        std::fs::read_to_string(workspace_root().join("docs/questionnaire-format.md")).unwrap();
    let from = doc.find("## Sections, questions, fields").unwrap();
    let start = from + doc[from..].find("```toml\n").unwrap() + "```toml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let example = &doc[start..end];
    let edition = format!(
        "edition = \"2099\"\ntitle = {{ en = \"Example\" }}\nclosing = {{ en = \"Thank you.\" }}\n\n[intro]\ntext = {{ en = \"Intro.\" }}\n\n[[footnotes]]\nid = \"3\"\ntext = {{ en = \"A footnote.\" }}\n\n{example}"
    );
    let loaded = app::questionnaire::loader::load_str("docs/questionnaire-format.md", &edition);
    assert!(loaded.is_ok(), "{}", loaded.unwrap_err());
}
