//! The pages over HTTP, as a browser without JavaScript uses them: every
//! page renders, bad URLs get a clear 404, form posts save (valid or not),
//! problems are listed and linked, conflicts are shown, nothing typed is lost.

use crate::support::{backends, hidden_value, post_form, Backend, TestApp};

const IF: &str = "/msq/2020/FRA/institutional-framework";

#[tokio::test]
async fn every_page_renders_and_bad_urls_get_a_clear_404() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    // UN DESA lands on the dashboard; the Member State list is a page of
    // its own.
    let root = app.get("/").await;
    assert_eq!(
        (root.status, root.location().as_str()),
        (303, "/review/2020")
    );
    let home = app.get("/member-states").await;
    assert_eq!(home.status, 200);
    assert_eq!(
        home.body.matches("<option value=\"").count(),
        1 + 193,
        "the placeholder and 193 Member States"
    );
    let start = app.get("/start?country=fra&edition=2020").await;
    assert_eq!(
        (start.status, start.location().as_str()),
        (303, "/msq/2020/FRA")
    );
    let bad = app.get("/start?country=ATLANTIS").await;
    assert_eq!(bad.status, 400);
    assert!(bad
        .body
        .contains("“ATLANTIS” is not the code of a UN Member State."));

    let home = app.get("/msq/2020/FRA").await;
    assert_eq!(home.status, 200);
    assert_eq!(
        home.body.matches("class=\"task\"").count(),
        11,
        "intro + ten sections"
    );
    assert!(home.body.contains("Not started"));
    let edition = app.state.edition("2020").unwrap();
    for page in edition.pages() {
        let r = app.get(&format!("/msq/2020/FRA/{}", page.slug())).await;
        assert_eq!(r.status, 200, "{}", page.slug());
        for f in page.fields() {
            assert!(
                r.body.contains(&format!("name=\"_base.{}\"", f.id)),
                "{}: {}",
                page.slug(),
                f.id
            );
        }
    }
    assert_eq!(app.get("/msq/2020/FRA/check").await.status, 200);
    for (url, msg) in [
        (
            "/msq/2020/ATL",
            "“ATL” is not the code of a UN Member State.",
        ),
        ("/msq/1999/FRA", "There is no questionnaire edition “1999”."),
        (
            "/msq/2020/FRA/no-such-section",
            "This questionnaire has no section “no-such-section”.",
        ),
        (
            "/nothing/here",
            "If you typed the web address, check it is correct.",
        ),
    ] {
        let r = app.get(url).await;
        assert_eq!(r.status, 404, "{url}");
        assert!(r.body.contains(msg), "{url}: {}", r.body);
    }
    app.stop().await;
}

#[tokio::test]
async fn security_headers_allow_only_the_islands_loader_script() {
    use base64::Engine;
    use sha2::Digest;
    let app = TestApp::spawn(Backend::Sqlite).await;
    let r = app.get(IF).await;
    let csp = r.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    // The one inline script is allowed by its hash, as the browser computes it.
    let script = r
        .body
        .split("<script type=\"module\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let hash =
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()));
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
    assert_eq!(r.body.matches("<script").count(), 1, "no other script");
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    assert_eq!(r.headers["referrer-policy"], "same-origin");
    assert_eq!(r.headers["x-frame-options"], "DENY");
    app.stop().await;
}

#[tokio::test]
async fn a_cached_page_is_rendered_afresh_after_every_save() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let url = "/msq/2020/ARG/new-technologies";
    for n in 0..3 {
        let page = app.get(url).await.body;
        assert_eq!(
            page,
            app.get(url).await.body,
            "the same bytes while nothing changes"
        );
        let text = format!("Agency number {n}");
        let r = app
            .post_form(
                url,
                &[
                    ("_base.q16", &hidden_value(&page, "_base.q16")),
                    ("q16", &text),
                    ("_action", "save"),
                ],
                &[],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let after = app.get(url).await.body;
        assert!(after.contains(&format!(">\n{text}</textarea>")), "{n}");
    }
    // Gzip for browsers that accept it, the same page.
    let gz = app
        .request_with("GET", url, &[("accept-encoding", "gzip, deflate")])
        .await;
    assert_eq!(gz.headers["content-encoding"], "gzip");
    app.stop().await;
}

#[tokio::test]
async fn a_posted_page_is_saved_and_shown_again_with_its_problems() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let page = app.get(IF).await.body;
        let base = |f: &str| hidden_value(&page, &format!("_base.{f}"));
        let (b1, b2a, b3, b4) = (base("q1"), base("q2a"), base("q3"), base("q4"));
        let r = app
            .post_form(
                IF,
                &[
                    ("_base.q1", &b1),
                    ("q1.0", "https://www.gouvernement.fr"),
                    ("q1.1", "service-public fr"),
                    ("_base.q2a", &b2a),
                    ("q2a.none", "yes"),
                    ("_base.q3", &b3),
                    ("q3.0.name", "DINUM"),
                    ("q3.0.url", "https://www.numerique.gouv.fr"),
                    ("_base.q4", &b4),
                    ("q4", "yes"),
                    ("_action", "continue"),
                ],
                &[],
            )
            .await;
        // A problem keeps the person on the page, with everything saved.
        assert_eq!(
            (r.status, r.location()),
            (303, format!("{IF}?saved=1")),
            "{backend:?}"
        );
        let shown = app.get(&r.location()).await.body;
        assert!(shown.contains("value=\"https://www.gouvernement.fr\""));
        assert!(
            shown.contains("value=\"service-public fr\""),
            "the invalid value is kept"
        );
        assert!(
            shown.contains("value=\"DINUM\"")
                && shown.contains("value=\"https://www.numerique.gouv.fr\"")
        );
        assert!(shown.contains("id=\"f-q2a-none\" name=\"q2a.none\" value=\"yes\" checked"));
        assert!(shown.contains("class=\"error-summary\""));
        assert!(
            shown.contains("<a href=\"#f-q1-1\">Question 1: Enter a full web address"),
            "summary links to the field"
        );
        assert!(
            shown.contains("id=\"f-q1-1-error\""),
            "message beside the field"
        );
        assert!(shown.contains("aria-describedby=\"f-q1-1-error\""));
        assert!(shown.contains("Some need correcting before you can submit"));

        // Fixing it and continuing goes to the next section.
        let page = shown;
        let r = app
            .post_form(
                IF,
                &[
                    ("_base.q1", &hidden_value(&page, "_base.q1")),
                    ("q1.0", "https://www.gouvernement.fr"),
                    ("q1.1", "https://www.service-public.fr"),
                    ("_base.q2a", &hidden_value(&page, "_base.q2a")),
                    ("q2a.none", "yes"),
                    ("_base.q3", &hidden_value(&page, "_base.q3")),
                    ("q3.0.name", "DINUM"),
                    ("q3.0.url", "https://www.numerique.gouv.fr"),
                    ("_base.q4", &hidden_value(&page, "_base.q4")),
                    ("q4", "yes"),
                    ("_action", "continue"),
                ],
                &[],
            )
            .await;
        assert_eq!(
            (r.status, r.location().as_str()),
            (303, "/msq/2020/FRA/strategy-and-implementation")
        );
        // Only optional questions are left blank there: the section is done.
        let home = app.get("/msq/2020/FRA").await.body;
        assert!(
            home.contains(
                "id=\"status-institutional-framework\" class=\"tag tag--green\">Completed<"
            ),
            "{home}"
        );
        let json = app.get("/msq/2020/FRA/response.json").await;
        let file: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(
            file["answers"]["q1"],
            serde_json::json!([
                "https://www.gouvernement.fr",
                "https://www.service-public.fr"
            ])
        );
        assert_eq!(file["member_state"], "FRA");
        app.stop().await;
    }
}

#[tokio::test]
async fn add_and_remove_rows_without_javascript() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let page = app.get(IF).await.body;
    let r = app
        .post_form(
            IF,
            &[
                ("_base.q1", &hidden_value(&page, "_base.q1")),
                ("q1.0", "https://a.gov.example"),
                ("_action", "add:q1"),
            ],
            &[],
        )
        .await;
    assert_eq!(r.location(), format!("{IF}?add=q1#w-q1"));
    let page = app.get(&format!("{IF}?add=q1")).await.body;
    assert!(page.contains("name=\"q1.0\" value=\"https://a.gov.example\""));
    assert!(
        page.contains("name=\"q1.1\" value=\"\""),
        "a blank second row"
    );
    let r = app
        .post_form(
            IF,
            &[
                ("_base.q1", &hidden_value(&page, "_base.q1")),
                ("q1.0", "https://a.gov.example"),
                ("q1.1", "https://b.gov.example"),
                ("_action", "remove:q1:0"),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = app.get(IF).await.body;
    assert!(page.contains("name=\"q1.0\" value=\"https://b.gov.example\""));
    assert!(!page.contains("https://a.gov.example"));
    app.stop().await;
}

#[tokio::test]
async fn two_people_saving_the_same_answer_get_a_conflict_not_an_overwrite() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let url = "/msq/2020/JPN/social-media";
        let page = app.get(url).await.body;
        let base = hidden_value(&page, "_base.q14");
        let first = app
            .post_form(
                url,
                &[
                    ("_base.q14", &base),
                    ("q14", "Guidelines published in 2018."),
                    ("_action", "save"),
                ],
                &[],
            )
            .await;
        assert_eq!(first.status, 303);
        // The second person loaded the page before the first saved.
        let second = app
            .post_form(
                url,
                &[
                    ("_base.q14", &base),
                    ("q14", "No guidelines."),
                    ("_action", "save"),
                ],
                &[],
            )
            .await;
        assert_eq!(second.status, 409, "{backend:?}");
        assert!(second
            .body
            .contains("Someone else changed this answer while you were editing"));
        assert!(
            second.body.contains("Guidelines published in 2018."),
            "their value is shown"
        );
        assert!(
            second.body.contains(">\nNo guidelines.</textarea>"),
            "mine is kept in the form"
        );
        let stored = app.get(url).await.body;
        assert!(
            stored.contains("Guidelines published in 2018.") && !stored.contains("No guidelines.")
        );
        // Saving again from the conflict page replaces it deliberately.
        let third = app
            .post_form(
                url,
                &[
                    ("_base.q14", &hidden_value(&second.body, "_base.q14")),
                    ("q14", "No guidelines."),
                    ("_action", "save"),
                ],
                &[],
            )
            .await;
        assert_eq!(third.status, 303);
        assert!(app.get(url).await.body.contains("No guidelines."));
        // An untouched answer never conflicts: the second person's unchanged q16 is left alone.
        app.stop().await;
    }
}

#[tokio::test]
async fn autosave_answers_json_with_the_new_revision_markers() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let url = "/msq/2020/BRA/international-cooperation";
    let page = app.get(url).await.body;
    let base = hidden_value(&page, "_base.q22");
    let r = app
        .post_form(
            url,
            &[
                ("_base.q22", &base),
                ("q22", "Member of the Digital Nations"),
                ("_action", "autosave"),
            ],
            &[("accept", "application/json")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let reply: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let marker = reply["saved"]["q22"].as_str().unwrap();
    assert!(marker.starts_with("1:"), "{marker}");
    assert!(reply["conflicts"].as_array().unwrap().is_empty());
    // The next autosave builds on the marker without conflict.
    let r = app
        .post_form(
            url,
            &[
                ("_base.q22", marker),
                ("q22", "Member of the Digital Nations and the OECD"),
                ("_action", "autosave"),
            ],
            &[("accept", "application/json")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    // A stale marker is a 409 with the other value.
    let r = app
        .post_form(
            url,
            &[
                ("_base.q22", marker),
                ("q22", "stale"),
                ("_action", "autosave"),
            ],
            &[("accept", "application/json")],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(r
        .body
        .contains("Member of the Digital Nations and the OECD"));
    app.stop().await;
}

#[tokio::test]
async fn static_files_are_served_compressed_and_cached_for_good() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let page = app.get("/member-states").await.body;
    let href = page
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(href.starts_with("/style/msq.css?v="), "{href}");
    let css = app.get(&href).await;
    assert_eq!(css.status, 200);
    assert!(css.body.contains(".error-summary"));
    assert!(css.headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let etag = css.headers["etag"].to_str().unwrap().to_string();
    let again = app
        .request_with("GET", "/style/msq.css", &[("if-none-match", &etag)])
        .await;
    assert_eq!(again.status, 304);
    // The editions' follow-up rules are part of the style sheet.
    assert!(
        css.body.contains("[data-show-if=\"q10=yes\"]"),
        "follow-up rules"
    );
    // The bundle is linked under its fingerprint, loaded only once the
    // page has loaded, and never preloaded ahead of the style sheet.
    let section = app.get("/msq/2020/ARG/new-technologies").await.body;
    let dir = section
        .split("import(\"/")
        .nth(1)
        .expect("the loader imports the bundle")
        .split("/msq.js")
        .next()
        .unwrap()
        .to_string();
    assert!(
        dir.starts_with("pkg/") && dir.len() == "pkg/".len() + 16,
        "{dir}"
    );
    assert!(section.contains("addEventListener(\"load\""), "{section}");
    assert!(!section.contains("preload"), "{section}");
    let gz = app
        .request_with(
            "GET",
            &format!("/{dir}/msq_bg.wasm"),
            &[("accept-encoding", "gzip")],
        )
        .await;
    assert_eq!(gz.status, 200);
    assert_eq!(gz.headers["content-encoding"], "gzip");
    assert_eq!(gz.headers["content-type"], "application/wasm");
    assert!(gz.headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(app.get(&format!("/{dir}/msq.js")).await.status, 200);
    assert_eq!(app.get(&format!("/{dir}/nothing.js")).await.status, 404);
    // An older build's address finds nothing (its page works unhydrated).
    assert_eq!(app.get("/pkg/0123456789abcdef/msq.js").await.status, 404);
    assert_eq!(app.get("/pkg/msq.js").await.status, 404);
    app.stop().await;
}

/// Cached pages never hide a save made elsewhere: by another app instance
/// on the same database (PostgreSQL; SQLite too), or by another process
/// (`msq import-response` on the SQLite file while the server runs).
#[tokio::test]
async fn cached_pages_see_saves_made_by_other_instances_and_processes() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let other = app.second_instance().await;
        let path = "/msq/2020/URY/social-media";
        for n in 0..3 {
            let page = app.get(path).await.body;
            let _ = app.get(path).await; // now cached on the first instance
            let text = format!("Saved on the other instance, round {n}");
            let cookie = app.natural_cookie(path).await;
            let r = post_form(
                &format!("{other}{path}"),
                &[
                    ("_base.q14", &hidden_value(&page, "_base.q14")),
                    ("q14", &text),
                    ("_action", "save"),
                ],
                &[("cookie", &cookie)],
            )
            .await;
            assert_eq!(r.status, 303, "{backend:?}: {}", r.body);
            assert!(
                app.get(path).await.body.contains(&text),
                "{backend:?} round {n}"
            );
        }
        if backend == Backend::Sqlite {
            let file = app.db.dir.path().join("import.json");
            let json = serde_json::json!({"format": "msq-response", "format_version": 1, "edition": "2020", "member_state": "URY", "answers": {"q14": "Imported by another process"}});
            std::fs::write(&file, json.to_string()).unwrap();
            let out = crate::support::msq_command()
                .args(["import-response", file.to_str().unwrap()])
                .env("DATABASE_URL", &app.db.url)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(app
                .get(path)
                .await
                .body
                .contains("Imported by another process"));
        }
        app.stop().await;
    }
}
