//! The review cycle over HTTP, on SQLite and PostgreSQL: a respondent
//! submits; an assigned reviewer raises queries and returns the response;
//! the country sees the queries beside its answers, replies, revises and
//! resubmits; the reviewer compares v1 with v2 and accepts; only an
//! administrator reopens. Plus the dashboard's filters and the exports read
//! back by independent readers (Python's csv module and openpyxl).

use crate::support::{backends, hidden_value, import_fixture, workspace_root, Backend, TestApp};
use server::accounts::Role;

async fn submit(app: &TestApp, iso3: &str) {
    let r = app
        .post_form(&format!("/msq/2020/{iso3}/submit"), &[], &[])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
}

/// The number in `/…/queries/{id}` links of a page, in order.
fn query_ids(html: &str, prefix: &str) -> Vec<i64> {
    html.match_indices(prefix)
        .filter_map(|(i, _)| {
            let rest = &html[i + prefix.len()..];
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            digits.parse().ok()
        })
        .collect()
}

async fn outbox_to(app: &TestApp, email: &str) -> Vec<String> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    server::db::entities::outbox::Entity::find()
        .filter(server::db::entities::outbox::Column::Recipient.eq(email))
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.subject)
        .collect()
}

#[tokio::test]
async fn the_whole_review_cycle() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        import_fixture(&app, "MAR").await;
        let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let admin = app.cookie_as(Role::Admin, None).await;
        let as_reviewer = [("cookie", reviewer.as_str())];
        submit(&app, "MAR").await;

        // Submitted: the country cannot change it any more.
        let r = app.get("/msq/2020/MAR/social-media").await;
        assert_eq!(
            (r.status, r.location().as_str()),
            (303, "/msq/2020/MAR/check")
        );
        let r = app
            .post_form(
                "/msq/2020/MAR/social-media",
                &[("_base.q14", "1:x"), ("q14", "Sneaky edit.")],
                &[],
            )
            .await;
        assert_eq!(r.status, 409, "{backend:?}");
        assert!(r.body.contains("Your changes were not saved"));
        assert!(
            r.body.contains("Sneaky edit."),
            "what was typed is shown back"
        );
        let text = crate::support::fixture();
        let import =
            server::response_file::import(&app.state.saver, app.state.editions, &text, "cli").await;
        assert!(
            matches!(import, Err(server::response_file::ImportError::Locked(..))),
            "an import does not pretend to have written anything"
        );

        // A reviewer not assigned to Morocco reads but cannot act, and
        // is told why.
        let page = app.get("/review/2020/MAR").await;
        assert_eq!(page.status, 200);
        assert!(!page.body.contains("Raise a query"));
        assert!(
            page.body
                .contains("queries and decisions on Morocco are for its assigned reviewers"),
            "{}",
            page.body
        );
        // Web addresses in answers are links, and only http(s) ones.
        assert!(page
            .body
            .contains("<a href=\"https://www.maroc.ma\" rel=\"noopener noreferrer\">"));
        let raise = |field: &'static str, text: &'static str| {
            [("field", field), ("version", "1"), ("message", text)]
        };
        let r = app
            .post_form(
                "/review/2020/MAR/queries",
                &raise("q14", "Why?"),
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 403);

        // Assigned: two queries, then a return for revision.
        app.assign_reviewer("MAR").await;
        assert!(app
            .get("/review/2020/MAR")
            .await
            .body
            .contains("Raise a query"));
        let r = app
            .post_form("/review/2020/MAR/queries", &raise("", "x"), &as_reviewer)
            .await;
        assert_eq!(r.status, 400, "a query names an answer");
        let r = app
            .post_form(
                "/review/2020/MAR/queries",
                &raise("q14", "  "),
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 400, "an empty query is refused");
        assert!(r.body.contains("Enter a message."));
        for (field, text) in [
            ("q14", "Please describe the social media charter."),
            ("q11", "Where are the usage statistics published?"),
        ] {
            let r = app
                .post_form(
                    "/review/2020/MAR/queries",
                    &raise(field, text),
                    &as_reviewer,
                )
                .await;
            assert_eq!(r.status, 303, "{}", r.body);
            assert!(r.location().starts_with("/review/2020/MAR?done=query"));
        }
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &[
                    ("decision", "returned"),
                    ("version", "1"),
                    ("message", "Two queries to answer."),
                ],
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let mail = outbox_to(&app, "respondent-mar@test.example").await;
        assert!(mail.iter().any(|s| s.contains("has a query")), "{mail:?}");
        assert!(
            mail.iter().any(|s| s.contains("returned for revision")),
            "{mail:?}"
        );

        // The country sees the state, the message and both queries.
        let home = app.get("/msq/2020/MAR").await.body;
        assert!(home.contains("returned your response for revision"));
        assert!(home.contains("Two queries to answer."));
        assert!(home.contains("Queries from UN DESA to answer (2)"));
        let ids = query_ids(&home, "/msq/2020/MAR/queries/");
        assert_eq!(ids.len(), 2, "{home}");
        // … beside the answers they concern.
        let social = app.get("/msq/2020/MAR/social-media").await;
        assert_eq!(social.status, 200);
        assert!(social
            .body
            .contains("Please describe the social media charter."));
        // Edit one answer, reply to the other query.
        let r = app
            .post_form(
                "/msq/2020/MAR/social-media",
                &[
                    ("_base.q14", &hidden_value(&social.body, "_base.q14")),
                    (
                        "q14",
                        "The charter is published at https://www.maroc.ma/charte.",
                    ),
                    ("_action", "save"),
                ],
                &[],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let q11 = ids
            .iter()
            .copied()
            .find(|id| query_mentions(&home, *id, "usage statistics"))
            .expect("the query on q11 is listed");
        let r = app
            .post_form(
                &format!("/msq/2020/MAR/queries/{q11}"),
                &[
                    ("message", "On the national portal, every quarter."),
                    ("_action", "reply"),
                ],
                &[],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let thread = app.get(&r.location()).await.body;
        assert!(thread.contains("On the national portal, every quarter."));
        assert!(outbox_to(&app, "reviewer-un@test.example")
            .await
            .iter()
            .any(|s| s.contains("replied to a query")));
        // A focal point reads the thread but cannot write in it.
        let focal = app.cookie_as(Role::FocalPoint, Some("MAR")).await;
        let r = app
            .request_with(
                "GET",
                &format!("/msq/2020/MAR/queries/{q11}"),
                &[("cookie", &focal)],
            )
            .await;
        assert_eq!(r.status, 200);
        assert!(!r.body.contains("name=\"message\""));
        let r = app
            .post_form(
                &format!("/msq/2020/MAR/queries/{q11}"),
                &[("message", "x")],
                &[("cookie", &focal)],
            )
            .await;
        assert_eq!(r.status, 403);
        submit(&app, "MAR").await;
        assert!(outbox_to(&app, "reviewer-un@test.example")
            .await
            .iter()
            .any(|s| s.contains("Morocco submitted version 2")));

        // v1 → v2: exactly the edited answer changed.
        let dash = app
            .request_with("GET", "/review/2020?state=resubmitted", &as_reviewer)
            .await;
        assert!(dash.body.contains("data-country=\"MAR\""), "{backend:?}");
        let diff = app
            .request_with("GET", "/review/2020/MAR/diff?from=1&to=2", &as_reviewer)
            .await;
        assert_eq!(diff.status, 200);
        assert!(diff.body.contains("Answers changed: 1."), "{}", diff.body);
        assert_eq!(diff.body.matches("diff__row diff__row--changed").count(), 1);
        assert!(
            diff.body
                .contains("data-field=\"q14\" class=\"diff__row diff__row--changed\""),
            "{}",
            diff.body
        );
        for bad in ["from=1&to=9", "from=x&to=2"] {
            let r = app
                .request_with("GET", &format!("/review/2020/MAR/diff?{bad}"), &as_reviewer)
                .await;
            assert!(matches!(r.status, 400 | 404), "{bad}: {}", r.status);
        }

        // Accepted: the country can change nothing; only an administrator reopens.
        let decide = |d: &'static str, v: &'static str, m: &'static str| {
            [("decision", d), ("version", v), ("message", m)]
        };
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &decide("accepted", "1", ""),
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 409, "a decision on a stale version is refused");
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &decide("accepted", "9", ""),
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 404);
        assert!(
            r.body
                .contains("There is no version 9 of this response: the latest is version 2."),
            "{}",
            r.body
        );
        // One query is still open: accepting resolves it (decision 0015).
        let mut accept = decide("accepted", "2", "").to_vec();
        accept.push(("confirm", "yes"));
        accept.push(("resolve_open", "yes"));
        let r = app
            .post_form("/review/2020/MAR/decision", &accept, &as_reviewer)
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let dash = app
            .request_with("GET", "/review/2020?q=morocco", &as_reviewer)
            .await
            .body;
        assert!(dash.contains("data-country=\"MAR\""));
        assert!(dash.contains("Accepted"));
        let r = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
        assert_eq!(r.status, 409);
        let r = app
            .post_form(
                "/review/2020/MAR/queries",
                &raise("q14", "More?"),
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 409, "no new queries on an accepted response");
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &decide("reopened", "2", "Typo."),
                &as_reviewer,
            )
            .await;
        assert_eq!(r.status, 403, "reviewers do not reopen");
        let as_admin = [("cookie", admin.as_str())];
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &decide("reopened", "2", ""),
                &as_admin,
            )
            .await;
        assert_eq!(r.status, 400, "a reopening needs a reason");
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &decide("reopened", "2", "Figures corrected by the country."),
                &as_admin,
            )
            .await;
        assert_eq!(r.status, 303);
        let page = app.get("/review/2020/MAR").await.body;
        assert!(page.contains("Figures corrected by the country."));

        // Every step is in the country's audit trail.
        let trail = app.get("/msq/2020/MAR/audit.csv").await.body;
        for what in [
            "query_raised",
            "query_reply",
            "returned",
            "accepted",
            "reopened",
            "submission",
        ] {
            assert!(trail.contains(what), "{what} missing from {trail}");
        }
        drop(respondent);
        app.stop().await;
    }
}

/// Whether the open-query list item of query `id` mentions `text`.
fn query_mentions(home: &str, id: i64, text: &str) -> bool {
    let link = format!("/msq/2020/MAR/queries/{id}\"");
    home.find(&link)
        .map(|i| home[i..].split("</li>").next().unwrap_or("").contains(text))
        .unwrap_or(false)
}

#[tokio::test]
async fn the_dashboard_filters_and_refuses_bad_filters() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    import_fixture(&app, "MAR").await;
    submit(&app, "MAR").await;
    let page = app.get("/review/2020").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body.matches("<tr data-country=").count(), 193);
    assert!(page.body.contains("Showing 193 of 193 Member States"));
    assert!(page.body.contains("<svg class=\"chart\""));
    // Filters are URL parameters.
    let africa = app
        .get("/review/2020?region=Africa&state=submitted")
        .await
        .body;
    assert_eq!(africa.matches("<tr data-country=").count(), 1, "{africa}");
    let none = app
        .get("/review/2020?region=Europe&state=submitted")
        .await
        .body;
    assert_eq!(none.matches("<tr data-country=").count(), 0);
    let search = app.get("/review/2020?q=fran").await.body;
    assert!(search.contains("data-country=\"FRA\""));
    assert_eq!(search.matches("<tr data-country=").count(), 1);
    for (bad, says) in [
        ("state=done", "The filter “state” cannot be “done”"),
        (
            "region=Atlantis",
            "The filter “region” cannot be “Atlantis”",
        ),
        ("reviewer=bob", "The filter “reviewer” cannot be “bob”"),
        ("sort=random", "The filter “sort” cannot be “random”"),
    ] {
        let r = app.get(&format!("/review/2020?{bad}")).await;
        assert_eq!(r.status, 400, "{bad}");
        assert!(r.body.contains(says), "{bad}: {}", r.body);
        let r = app.get(&format!("/review/2020/export.csv?{bad}")).await;
        assert_eq!(r.status, 400, "export {bad}");
    }
    assert_eq!(app.get("/review/1999").await.status, 404);
    assert_eq!(app.get("/review/2020/XXX").await.status, 404);
    // Not submitted yet: a clear 404 on the review page.
    let r = app.get("/review/2020/FRA").await;
    assert_eq!(r.status, 404);
    assert!(r.body.contains("has not submitted a version yet"));

    // Administrators assign reviewers from the dashboard.
    let admin = app.cookie_as(Role::Admin, None).await;
    let reviewer = crate::support::account(
        &app.state.db,
        "reviewer-un@test.example",
        Role::Reviewer,
        None,
    )
    .await;
    let id = reviewer.id.to_string();
    let r = app
        .post_form(
            "/review/2020/assignments",
            &[
                ("country", "MAR"),
                ("country", "FRA"),
                ("reviewer", &id),
                ("_action", "assign"),
            ],
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mine = app.get(&format!("/review/2020?reviewer={id}")).await.body;
    assert_eq!(mine.matches("<tr data-country=").count(), 2, "{mine}");
    // Reviewers cannot assign themselves.
    let r = app
        .post_form(
            "/review/2020/assignments",
            &[("country", "DEU"), ("reviewer", &id), ("_action", "assign")],
            &[],
        )
        .await;
    assert_eq!(r.status, 403);
    let r = app
        .post_form(
            "/review/2020/assignments",
            &[("reviewer", &id), ("_action", "assign")],
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(r.status, 400);
    app.stop().await;
}

fn python() -> std::path::PathBuf {
    workspace_root().join("target/tools/venv/bin/python")
}

/// Runs tests/scripts/read_export.py on a file; its JSON output.
pub(crate) fn read_back(kind: &str, bytes: &[u8]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let extension = if kind == "layout" { "xlsx" } else { kind };
    let path = dir.path().join(format!("export.{extension}"));
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new(python())
        .arg(workspace_root().join("tests/scripts/read_export.py"))
        .arg(kind)
        .arg(&path)
        .output()
        .expect("the test virtualenv (scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[tokio::test]
async fn exports_read_back_with_independent_readers() {
    for backend in backends() {
        exports_read_back(backend).await;
    }
}

async fn exports_read_back(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    import_fixture(&app, "MAR").await;
    submit(&app, "MAR").await;

    // CSV: long form, with a byte-order mark.
    let csv = app.get("/review/2020/export.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.bytes.starts_with("\u{feff}".as_bytes()));
    let rows = read_back("csv", &csv.bytes);
    let rows = rows.as_array().unwrap();
    let find = |q: &str, sub: &str| -> Vec<String> {
        rows.iter()
            .filter(|r| r["question_id"] == q && r["sub_item"] == sub)
            .map(|r| r["value"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(rows
        .iter()
        .all(|r| r["iso3"] == "MAR" && r["version"] == "1" && r["state"] == "submitted"));
    assert_eq!(rows[0]["member_state"], "Morocco");
    assert_eq!(rows[0]["region"], "Africa");
    assert_eq!(rows[0]["subregion"], "Northern Africa");
    assert!(
        find("q6", "")[0].contains("النموذج التنموي الجديد"),
        "Arabic intact"
    );
    assert!(
        find("q7", "")[0].contains("数字摩洛哥 2030"),
        "Chinese intact"
    );
    assert_eq!(
        find("q15", "other_text"),
        ["Cloud computing / الحوسبة السحابية"]
    );
    assert_eq!(find("q17", "percent"), ["68.5"]);
    assert_eq!(find("q1", "2"), ["https://www.service-public.ma"]);
    // Filtered by state: nothing is accepted yet.
    let none = app.get("/review/2020/export.csv?state=accepted").await;
    assert_eq!(read_back("csv", &none.bytes).as_array().unwrap().len(), 0);

    // XLSX: wide form and its data dictionary.
    let xlsx = app.get("/review/2020/export.xlsx").await;
    assert_eq!(xlsx.status, 200);
    let book = read_back("xlsx", &xlsx.bytes);
    let sheet = &book["Responses"];
    let header: Vec<&str> = sheet[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let row = sheet[1].as_array().unwrap();
    assert_eq!(
        sheet.as_array().unwrap().len(),
        2,
        "one row per Member State"
    );
    let cell = |h: &str| {
        &row[header
            .iter()
            .position(|x| *x == h)
            .unwrap_or_else(|| panic!("no column {h}"))]
    };
    assert_eq!(cell("iso3"), "MAR");
    assert_eq!(cell("subregion"), "Northern Africa");
    assert!(cell("q6").as_str().unwrap().contains("النموذج"));
    assert!(cell("q7").as_str().unwrap().contains("数字摩洛哥"));
    assert_eq!(cell("q15.ai"), true);
    assert_eq!(cell("q15.other"), true);
    assert_eq!(cell("q15.blockchain"), false);
    assert_eq!(cell("q15.other_text"), "Cloud computing / الحوسبة السحابية");
    assert_eq!(cell("q17.percent"), 68.5);
    // The dictionary has a line for every column, with the question, then
    // what Excel's limits do to text cells.
    let dict = book["Data dictionary"].as_array().unwrap();
    assert_eq!(dict.len(), header.len() + 2);
    assert_eq!(dict[dict.len() - 1][0], "(text cells)");
    // The same dictionary as CSV, linked from the dashboard.
    assert!(app
        .get("/review/2020")
        .await
        .body
        .contains("/review/2020/dictionary.csv"));
    let dict_csv = app.get("/review/2020/dictionary.csv").await;
    assert_eq!(dict_csv.status, 200);
    let dict_rows = read_back("csv", &dict_csv.bytes);
    let dict_rows = dict_rows.as_array().unwrap();
    assert_eq!(dict_rows.len(), dict.len() - 1);
    for (line, entry) in dict_rows.iter().zip(&dict[1..]) {
        assert_eq!(line["column"], entry[0]);
        assert_eq!(line["question"], entry[2]);
    }
    for (column, entry) in header.iter().zip(&dict[1..]) {
        assert_eq!(entry[0], *column, "the dictionary follows the columns");
        assert!(
            entry[2].as_str().is_some_and(|q| !q.is_empty()),
            "{entry:?}"
        );
    }
    // Every answer field of the edition has its columns.
    for field in app.state.editions[0].fields() {
        assert!(
            header
                .iter()
                .any(|h| *h == field.id || h.starts_with(&format!("{}.", field.id))),
            "no column for {}",
            field.id
        );
    }
    let q15 = dict.iter().find(|r| r[0] == "q15.ai").unwrap();
    assert_eq!(q15[1], "q15");
    assert_eq!(q15[4], "choices");
    assert!(q15[2].as_str().unwrap().starts_with("15."), "{q15:?}");

    // JSON: the response-file format.
    let json: serde_json::Value =
        serde_json::from_str(&app.get("/review/2020/export.json").await.body).unwrap();
    let first = &json["responses"][0];
    assert_eq!(first["state"], "submitted");
    assert_eq!(first["response"]["format"], "msq-response");
    assert_eq!(first["response"]["member_state"], "MAR");
    assert_eq!(first["response"]["submission"]["version"], 1);
    app.stop().await;
}

/// Accepting a response with open queries asks first, and resolves them
/// with the acceptance (audited): they never stay open on an accepted
/// response, where the country could no longer act on them (decision 0015).
#[tokio::test]
async fn accepting_with_open_queries_asks_and_resolves_them() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        import_fixture(&app, "MAR").await;
        submit(&app, "MAR").await;
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let as_reviewer = [("cookie", reviewer.as_str())];
        app.assign_reviewer("MAR").await;
        for (field, text) in [("q14", "Which charter?"), ("q11", "Which statistics?")] {
            let r = app
                .post_form(
                    "/review/2020/MAR/queries",
                    &[("field", field), ("version", "1"), ("message", text)],
                    &as_reviewer,
                )
                .await;
            assert_eq!(r.status, 303, "{}", r.body);
        }
        // The page says what accepting does, and the form asks.
        let page = app
            .request_with("GET", "/review/2020/MAR", &as_reviewer)
            .await
            .body;
        assert!(page.contains("Open queries (2)"), "{page}");
        // Accepting asks first, saying what becomes of them.
        let ask = [("decision", "accepted"), ("version", "1"), ("message", "")];
        let r = app
            .post_form("/review/2020/MAR/decision", &ask, &as_reviewer)
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("2 queries are still open"), "{}", r.body);
        assert!(r.body.contains("name=\"resolve_open\" value=\"yes\""));
        // Confirmed without agreeing to resolve them: refused, saying why;
        // nothing changes.
        let accept = [
            ("decision", "accepted"),
            ("version", "1"),
            ("message", ""),
            ("confirm", "yes"),
        ];
        let r = app
            .post_form("/review/2020/MAR/decision", &accept, &as_reviewer)
            .await;
        assert_eq!(r.status, 409, "{}", r.body);
        assert!(
            r.body.contains("This response has 2 open queries"),
            "{}",
            r.body
        );
        let home = app.get("/msq/2020/MAR").await.body;
        assert!(
            home.contains("Queries from UN DESA to answer (2)"),
            "{home}"
        );
        // With it: accepted, both queries resolved, each audited.
        let mut ticked = accept.to_vec();
        ticked.push(("resolve_open", "yes"));
        let r = app
            .post_form("/review/2020/MAR/decision", &ticked, &as_reviewer)
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let home = app.get("/msq/2020/MAR").await.body;
        assert!(!home.contains("Queries from UN DESA to answer"), "{home}");
        let response = server::drafts::store::find_response(&app.state.db, "2020", "MAR")
            .await
            .unwrap()
            .unwrap();
        assert!(server::review::queries::open_of(&app.state.db, &response)
            .await
            .unwrap()
            .is_empty());
        let trail = app.get("/msq/2020/MAR/audit.csv").await.body;
        assert_eq!(
            trail.matches("resolved on acceptance").count(),
            2,
            "{trail}"
        );
        let page = app
            .request_with("GET", "/review/2020/MAR", &as_reviewer)
            .await
            .body;
        assert!(page.contains("Resolved when the response was accepted."));
        app.stop().await;
    }
}
