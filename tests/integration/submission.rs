//! Submitting: refused with the list of what to fix; otherwise an immutable
//! version with the SHA-256 of its canonical JSON; once returned for
//! revision, editing starts from it and the next submission makes v2.

use crate::support::{backends, hidden_value, import_fixture, TestApp};

fn sha256_hex(s: &str) -> String {
    server::submissions::sha256_hex(s)
}

#[tokio::test]
async fn an_incomplete_response_is_refused_with_what_to_fix() {
    let app = TestApp::spawn(crate::support::Backend::Sqlite).await;
    let check = app.get("/msq/2020/CHL/check").await.body;
    assert!(check.contains("You cannot submit yet"));
    assert!(!check.contains("Submit the response"));
    let r = app
        .post_form("/msq/2020/CHL/submit", &[("_action", "submit")], &[])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("role=\"alert\""));
    // Each problem links to its field on its page.
    assert!(r.body.contains("href=\"/msq/2020/CHL/institutional-framework#f-q1-0\">Question 1: Answer this question</a>"), "{}", r.body);
    assert!(r
        .body
        .contains("href=\"/msq/2020/CHL/contact-and-additional-information#f-respondent-name\">"));
    assert!(r
        .body
        .contains("href=\"/msq/2020/CHL/introduction#f-response_date\">"));
    assert!(app.get("/msq/2020/CHL/versions/1").await.status == 404);
    app.stop().await;
}

#[tokio::test]
async fn a_complete_response_becomes_immutable_versions() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        import_fixture(&app, "MAR").await;
        let check = app.get("/msq/2020/MAR/check").await.body;
        assert!(check.contains("Submit the response"), "{backend:?}");
        let r = app
            .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &[])
            .await;
        assert_eq!(
            (r.status, r.location().as_str()),
            (303, "/msq/2020/MAR/versions/1?submitted=1")
        );
        let page = app.get(&r.location()).await.body;
        assert!(page.contains("Response submitted"));
        // The frozen answers and their hash, from the JSON download.
        let v1: serde_json::Value =
            serde_json::from_str(&app.get("/msq/2020/MAR/versions/1.json").await.body).unwrap();
        let sha = v1["submission"]["sha256"].as_str().unwrap().to_string();
        let canonical = app::questionnaire::answer::canonical_json(&v1["answers"]);
        assert_eq!(
            sha,
            sha256_hex(&canonical),
            "the hash is of the canonical JSON of the answers"
        );
        assert!(page.contains(&sha));
        // An independent reader (Python's json + hashlib) gets the same hash
        // from the downloaded file, as docs/response-format.md says.
        let file = app.db.dir.path().join("v1.json");
        std::fs::write(&file, serde_json::to_string(&v1).unwrap()).unwrap();
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg("import json,sys,hashlib; a=json.load(open(sys.argv[1], encoding='utf-8'))['answers']; print(hashlib.sha256(json.dumps(a, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode()).hexdigest())")
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), sha);
        assert_eq!(
            v1["answers"]["q6"],
            "Yes: the New Development Model (النموذج التنموي الجديد) integrates the SDGs."
        );
        assert_eq!(v1["submission"]["version"], 1);
        // Submitting again without changes makes no new version.
        let again = app
            .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &[])
            .await;
        assert_eq!(again.location(), "/msq/2020/MAR/versions/1?unchanged=1");
        let home = app.get("/msq/2020/MAR").await.body;
        assert!(home.contains("Submitted versions") && home.contains("Version 1, submitted"));
        assert!(!home.contains("are not submitted yet"));

        // Submitted: locked until UN DESA returns it for revision; then
        // editing starts from the submitted answers and v1 does not change.
        let url = "/msq/2020/MAR/social-media";
        assert_eq!(app.get(url).await.status, 303, "read on the check page");
        app.assign_reviewer("MAR").await;
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &[
                    ("decision", "returned"),
                    ("version", "1"),
                    ("message", "Revise q14."),
                ],
                &[],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let form = app.get(url).await.body;
        let r = app
            .post_form(
                url,
                &[
                    ("_base.q14", &hidden_value(&form, "_base.q14")),
                    ("q14", "Revised answer."),
                    ("_action", "save"),
                ],
                &[],
            )
            .await;
        assert_eq!(r.status, 303);
        assert!(app
            .get("/msq/2020/MAR")
            .await
            .body
            .contains("Changes made after version 1 are not submitted yet."));
        let v1_again: serde_json::Value =
            serde_json::from_str(&app.get("/msq/2020/MAR/versions/1.json").await.body).unwrap();
        assert_eq!(v1_again, v1, "a submitted version never changes");
        let r = app
            .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &[])
            .await;
        assert_eq!(r.location(), "/msq/2020/MAR/versions/2?submitted=1");
        let v2: serde_json::Value =
            serde_json::from_str(&app.get("/msq/2020/MAR/versions/2.json").await.body).unwrap();
        assert_eq!(v2["answers"]["q14"], "Revised answer.");
        assert_ne!(v2["submission"]["sha256"], v1["submission"]["sha256"]);
        // Unknown versions are a clear 404.
        for bad in ["3", "0", "x", "1.xml"] {
            let r = app.get(&format!("/msq/2020/MAR/versions/{bad}")).await;
            assert_eq!(r.status, 404, "{bad}");
            assert!(r.body.contains("This response has no version"), "{bad}");
        }
        app.stop().await;
    }
}
