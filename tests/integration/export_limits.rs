//! Every export works for every stored answer (issue 18): a 40,000-character
//! answer (accepted, submitted, signed) used to make the XLSX export 500 for
//! everyone. Now the cell is cut at Excel's limit with a marker, listed in
//! the sheet "Cut cells" and noted in the dictionary, while the CSV and JSON
//! keep it whole; answers with Unicode's edge cases (control characters,
//! Excel's own `_xHHHH_` escapes typed literally, characters outside the
//! BMP, right-to-left marks, combining accents, a byte-order mark, a
//! formula) read back from every format as they were typed.

use crate::review::read_back;
use crate::support::{backends, import_fixture, Backend, TestApp};
use serde_json::{json, Value};

/// Morocco's answers with these changed, submitted.
async fn submitted_with(app: &TestApp, changes: &[(&str, Value)]) {
    import_fixture(app, "MAR").await;
    let stored = crate::support::stored_answers(app, "2020", "MAR").await;
    let changes: Vec<server::drafts::Change> = changes
        .iter()
        .map(|(field, value)| server::drafts::Change {
            field_id: field.to_string(),
            base_revision: stored.get(*field).map(|s| s.revision).unwrap_or(0),
            value: Some(value.clone()),
        })
        .collect();
    let report = app
        .state
        .saver
        .save(
            "2020",
            "MAR",
            &changes,
            "y.benali@test.example",
            server::drafts::Mode::AllOrNothing,
        )
        .await
        .unwrap();
    assert!(report.conflicts.is_empty());
    let r = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
}

/// The edge cases, each in a text answer without a word limit or with few
/// words.
fn edge_cases() -> Vec<(&'static str, &'static str)> {
    vec![
        (
            "q11",
            "Tab\tand line\r\nbreaks; a Word line break\u{b}here; bell \u{7}.",
        ),
        ("q13", "Literal _x0041_ and _x005F_ are not escapes."),
        ("q16", "Emoji 😀🇲🇦 and a CJK extension B character 𠀀."),
        (
            "q21",
            "\u{200f}عربي\u{200f} with marks, e\u{301}, and a BOM \u{feff} inside.",
        ),
        ("q23", "=1+2 is not a formula here; neither is @SUM(A1)."),
    ]
}

#[tokio::test]
async fn a_very_long_answer_and_unicode_edge_cases_export_in_every_format() {
    for backend in backends() {
        long_and_edge(backend).await;
    }
}

async fn long_and_edge(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let long: String = "Quarante mille caractères de réponse. "
        .repeat(1100)
        .chars()
        .take(40_000)
        .collect();
    assert_eq!(long.chars().count(), 40_000);
    let mut changes = vec![("q14", json!(long))];
    for (field, text) in edge_cases() {
        changes.push((field, json!(text)));
    }
    submitted_with(&app, &changes).await;

    // XLSX: the file is made, the long cell cut with its marker.
    let xlsx = app.get("/review/2020/export.xlsx").await;
    assert_eq!(xlsx.status, 200, "{}", xlsx.body);
    let book = read_back("xlsx", &xlsx.bytes);
    let sheet = book["Responses"].as_array().unwrap();
    let header: Vec<&str> = sheet[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let cell = |h: &str| -> String {
        let i = header
            .iter()
            .position(|x| *x == h)
            .unwrap_or_else(|| panic!("no column {h}"));
        sheet[1][i].as_str().unwrap_or_default().to_string()
    };
    let q14 = cell("q14");
    assert!(q14.encode_utf16().count() <= 32_767, "{}", q14.len());
    assert!(q14.starts_with(&long.chars().take(1000).collect::<String>()));
    assert!(
        q14.ends_with("[cut at Excel's limit: 40,000 characters in all; the CSV and JSON exports hold the whole answer]"),
        "{}",
        q14.chars().rev().take(200).collect::<String>()
    );
    assert!(
        book["Data dictionary"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r[0] == "(text cells)" && r[2].as_str().unwrap().contains("shown as �")),
        "the dictionary explains"
    );
    let cuts = book["Cut cells"]
        .as_array()
        .expect("the sheet of cut cells");
    assert_eq!(cuts[1], json!(["Morocco", "MAR", "q14", 40000]));
    let dictionary = book["Data dictionary"].as_array().unwrap();
    let q14_row = dictionary
        .iter()
        .find(|r| r[0] == "q14")
        .expect("q14 in the dictionary");
    assert!(
        q14_row[3]
            .as_str()
            .unwrap()
            .contains("see the sheet “Cut cells”"),
        "{q14_row:?}"
    );
    // Line breaks become LF and other control characters "�" in XLSX
    // (the dictionary says so); everything else reads back as typed.
    let in_xlsx = |text: &str| {
        text.replace("\r\n", "\n")
            .replace('\u{b}', "\n")
            .replace('\u{7}', "\u{fffd}")
    };
    let wrong: Vec<String> = edge_cases()
        .into_iter()
        .filter(|(field, text)| cell(field) != in_xlsx(text))
        .map(|(field, text)| format!("{field}: {:?} read back as {:?}", text, cell(field)))
        .collect();
    assert!(wrong.is_empty(), "XLSX: {wrong:#?}");

    // The analysts' API gives the same file.
    let token = crate::api::create_token(&app, "Long answers").await;
    let auth = format!("Bearer {token}");
    let api = crate::support::request_with(
        "GET",
        &app.url("/api/v1/editions/2020/export.xlsx"),
        &[("authorization", auth.as_str())],
    )
    .await;
    assert_eq!(api.status, 200, "{}", api.body);
    assert_eq!(
        read_back("xlsx", &api.bytes)["Cut cells"],
        book["Cut cells"]
    );

    // CSV and JSON keep every answer whole.
    let csv = app.get("/review/2020/export.csv").await;
    assert_eq!(csv.status, 200);
    let rows = read_back("csv", &csv.bytes);
    let value = |q: &str| -> String {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["question_id"] == q)
            .map(|r| r["value"].as_str().unwrap().to_string())
            .unwrap_or_default()
    };
    assert_eq!(value("q14"), long);
    for (field, text) in edge_cases() {
        // A cell starting with = is guarded with a leading apostrophe.
        let expected = if text.starts_with('=') {
            format!("'{text}")
        } else {
            text.to_string()
        };
        assert_eq!(value(field), expected, "CSV {field}");
    }
    let json_export = app.get("/review/2020/export.json").await;
    assert_eq!(json_export.status, 200);
    assert!(json_export
        .body
        .contains(&serde_json::to_string(&long).unwrap()));
    app.stop().await;
}

/// The XLSX reads well in a spreadsheet: header and Member State frozen,
/// a filter on every column, widths set, dates as dates; every export's
/// file name says the edition, the day and the filter.
#[tokio::test]
async fn exports_are_laid_out_for_analysts_and_named_by_their_filter() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    import_fixture(&app, "MAR").await;
    let r = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let xlsx = app.get("/review/2020/export.xlsx?region=africa").await;
    assert_eq!(xlsx.status, 200);
    let day = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(
        xlsx.headers["content-disposition"].to_str().unwrap(),
        format!("attachment; filename=\"msq-2020-responses-{day}-region-africa.xlsx\"")
    );
    let layout = read_back("layout", &xlsx.bytes);
    let sheet = &layout["Responses"];
    assert_eq!(sheet["freeze"], "B2", "{sheet}");
    assert!(
        sheet["filter"].as_str().unwrap().starts_with("A1:"),
        "{sheet}"
    );
    assert!(sheet["widths"]["A"].as_f64().unwrap() > 20.0, "{sheet}");
    // submitted_at (H2) and the response date are date cells.
    let dates = sheet["date_cells"].as_array().unwrap();
    assert!(dates.contains(&json!("H2")), "{sheet}");
    assert_eq!(dates.len(), 2, "{sheet}");
    let book = read_back("xlsx", &xlsx.bytes);
    let header = book["Responses"][0].as_array().unwrap();
    let at = header.iter().position(|h| h == "response_date").unwrap();
    assert_eq!(book["Responses"][1][at], "2020-03-31 00:00:00");
    let csv = app.get("/review/2020/export.csv?state=submitted").await;
    assert_eq!(
        csv.headers["content-disposition"].to_str().unwrap(),
        format!("attachment; filename=\"msq-2020-responses-{day}-state-submitted.csv\"")
    );
    app.stop().await;
}
