//! The analysts' API: personal tokens (created, shown once, revoked), every
//! route with and without a valid token, clear JSON errors, and the OpenAPI
//! document checked by schemathesis (every documented route answers as
//! documented, no 5xx).

use crate::support::{workspace_root, Backend, TestApp};
use server::accounts::Role;

async fn submitted_morocco(app: &TestApp) {
    crate::support::import_fixture(app, "MAR").await;
    assert_eq!(
        app.post_form("/msq/2020/MAR/submit", &[], &[]).await.status,
        303
    );
}

/// Creates a token on the tokens page as the test reviewer; the token.
pub(crate) async fn create_token(app: &TestApp, name: &str) -> String {
    let r = app
        .post_form("/account/api-tokens", &[("name", name)], &[])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let at = r
        .body
        .find("id=\"new-token\"")
        .expect("the new token is shown");
    let start = at + r.body[at..].find('>').unwrap() + 1;
    let token = r.body[start..].split('<').next().unwrap().to_string();
    assert!(token.starts_with("msq_") && token.len() == 68, "{token}");
    token
}

async fn api(app: &TestApp, path: &str, token: Option<&str>) -> crate::support::Reply {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![];
    if let Some(a) = &auth {
        headers.push(("authorization", a.as_str()));
    }
    crate::support::request_with("GET", &app.url(path), &headers).await
}

fn json(r: &crate::support::Reply) -> serde_json::Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{e}: {}", r.body))
}

#[tokio::test]
async fn tokens_open_the_api_until_revoked() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    submitted_morocco(&app).await;
    let token = create_token(&app, "R analysis").await;

    // Without a token, or with a wrong one: 401 with a message.
    let r = api(&app, "/api/v1/editions/2020/member-states", None).await;
    assert_eq!(r.status, 401);
    assert!(json(&r)["message"]
        .as_str()
        .unwrap()
        .contains("Authorization: Bearer"));
    assert_eq!(r.headers["www-authenticate"], "Bearer realm=\"msq\"");
    let r = api(
        &app,
        "/api/v1/editions/2020/member-states",
        Some("msq_nope"),
    )
    .await;
    assert_eq!(r.status, 401);

    let t = Some(token.as_str());
    let all = json(&api(&app, "/api/v1/editions/2020/member-states", t).await);
    assert_eq!(all.as_array().unwrap().len(), 193);
    let mar = &json(
        &api(
            &app,
            "/api/v1/editions/2020/member-states?state=submitted",
            t,
        )
        .await,
    )[0];
    assert_eq!(
        (mar["iso3"].as_str(), mar["version"].as_i64()),
        (Some("MAR"), Some(1))
    );
    let r = api(&app, "/api/v1/editions/2020/member-states?region=Mars", t).await;
    assert_eq!(r.status, 400);
    assert!(json(&r)["message"].as_str().unwrap().contains("“region”"));
    assert_eq!(
        api(&app, "/api/v1/editions/1999/member-states", t)
            .await
            .status,
        404
    );

    let latest = json(&api(&app, "/api/v1/editions/2020/member-states/MAR/response", t).await);
    assert_eq!(latest["format"], "msq-response");
    assert_eq!(latest["submission"]["version"], 1);
    let v1 = api(
        &app,
        "/api/v1/editions/2020/member-states/mar/versions/1",
        t,
    )
    .await;
    assert_eq!(json(&v1)["answers"], latest["answers"]);
    for missing in [
        "/api/v1/editions/2020/member-states/FRA/response",
        "/api/v1/editions/2020/member-states/XXX/response",
        "/api/v1/editions/2020/member-states/MAR/versions/9",
        "/api/v1/editions/2020/member-states/MAR/versions/v1",
    ] {
        let r = api(&app, missing, t).await;
        assert_eq!(r.status, 404, "{missing}");
        assert!(json(&r)["message"].is_string());
    }
    let csv = api(&app, "/api/v1/editions/2020/export.csv?region=Africa", t).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains("MAR"));
    let export = json(&api(&app, "/api/v1/editions/2020/export.json", t).await);
    assert_eq!(export["responses"][0]["response"]["member_state"], "MAR");

    // The tokens page lists it; revoking closes the API to it.
    let page = app.get("/account/api-tokens").await.body;
    assert!(page.contains("R analysis"));
    assert!(!page.contains(&token), "a token is shown only once");
    let id = page
        .split("/account/api-tokens/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap()
        .to_string();
    let r = app
        .post_form(&format!("/account/api-tokens/{id}/revoke"), &[], &[])
        .await;
    assert_eq!(r.status, 303);
    let r = api(&app, "/api/v1/editions/2020/member-states", t).await;
    assert_eq!(r.status, 401);
    assert!(json(&r)["message"].as_str().unwrap().contains("revoked"));
    let r = app
        .post_form(&format!("/account/api-tokens/{id}/revoke"), &[], &[])
        .await;
    assert_eq!(r.status, 404, "revoked once");

    // Bad input on the page: a clear message; no token for countries.
    let r = app
        .post_form("/account/api-tokens", &[("name", "  ")], &[])
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("Enter a name for the token."));
    let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let r = app
        .request_with("GET", "/account/api-tokens", &[("cookie", &respondent)])
        .await;
    assert_eq!(r.status, 403);
    // A disabled owner's token stops working.
    let token = create_token(&app, "second").await;
    let reviewer =
        server::accounts::users::find_by_email(&app.state.db, "reviewer-un@test.example")
            .await
            .unwrap()
            .unwrap();
    server::accounts::users::set_disabled(&app.state.db, reviewer.id, true)
        .await
        .unwrap();
    let r = api(&app, "/api/v1/editions/2020/member-states", Some(&token)).await;
    assert_eq!(r.status, 401);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_is_valid_and_every_route_answers_as_documented() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    submitted_morocco(&app).await;
    let token = create_token(&app, "schemathesis").await;
    // Public, at a stable URL.
    let doc = crate::support::get(&app.url("/api/openapi.json")).await;
    assert_eq!(doc.status, 200);
    let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["paths"].as_object().unwrap().len(), 6);

    let st = workspace_root().join("target/tools/venv/bin/st");
    let url = app.url("/api/openapi.json");
    let report = workspace_root().join("target/test-reports");
    std::fs::create_dir_all(&report).unwrap();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(st)
            .arg("--config-file")
            .arg(workspace_root().join("tests/schemathesis.toml"))
            .args(["run", &url])
            .args(["--header", &format!("Authorization: Bearer {token}")])
            // Every check schemathesis has (server errors, conformance of
            // status, content type, headers and schema, schema-valid
            // requests accepted, schema-invalid ones refused, …).
            .args(["--checks", "all"])
            .args([
                "--max-examples",
                "25",
                "--generation-deterministic",
                "--no-color",
            ])
            .args(["--phases", "examples,coverage,fuzzing"])
            .current_dir(report)
            .output()
            .expect("schemathesis (scripts/setup.sh --test)")
    })
    .await
    .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "schemathesis found problems:\n{text}");
    assert!(text.contains("passed"), "{text}");
    eprintln!("{text}");
    app.stop().await;
}

/// The API is read-only: any other method gets its JSON 405 with `Allow`,
/// with or without a token (not the pages' HTML 403 for a cross-site form).
#[tokio::test]
async fn methods_the_api_does_not_allow_answer_json_405() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = create_token(&app, "Methods").await;
    let auth = format!("Bearer {token}");
    for path in [
        "/api/v1/editions/2020/member-states",
        "/api/v1/editions/2020/export.csv",
        "/api/openapi.json",
    ] {
        for method in ["POST", "PUT", "DELETE", "PATCH"] {
            for headers in [vec![], vec![("authorization", auth.as_str())]] {
                let r = crate::support::request_with(method, &app.url(path), &headers).await;
                assert_eq!(r.status, 405, "{method} {path}: {}", r.body);
                assert_eq!(r.headers["allow"], "GET, HEAD");
                let body = json(&r);
                assert_eq!(body["error"], "Method not allowed", "{body}");
                assert!(body["message"].as_str().unwrap().contains("read-only"));
            }
        }
    }
    app.stop().await;
}

/// A new token is shown whole on a narrow screen: it wraps instead of
/// running out of its box (people copy it by hand on locked-down machines).
#[tokio::test]
async fn a_new_token_is_shown_whole_on_a_narrow_screen() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = crate::browser::Browser::start(true).await;
    b.client.set_window_size(360, 800).await.unwrap();
    b.sign_in(&app, Role::Reviewer, None).await;
    b.client
        .goto(&app.url("/account/api-tokens"))
        .await
        .unwrap();
    b.type_into("#token-name", "Phone").await;
    b.click("form button.button:not(.button--secondary)").await;
    crate::browser::eventually(10, "the new token", || async {
        b.client
            .find(fantoccini::Locator::Css("#new-token"))
            .await
            .is_ok()
    })
    .await;
    let token = b.text("#new-token").await;
    assert!(token.starts_with("msq_") && token.len() == 68, "{token}");
    let sizes = b
        .client
        .execute(
            "const t = document.getElementById('new-token');
             return [t.scrollWidth, t.clientWidth, document.documentElement.scrollWidth, innerWidth];",
            vec![],
        )
        .await
        .unwrap();
    let n = |i: usize| sizes[i].as_i64().unwrap();
    let (scroll, client) = (n(0), n(1));
    assert!(n(2) <= n(3), "the page scrolls sideways: {sizes}");
    assert!(scroll <= client, "the token overflows: {scroll} > {client}");
    b.stop().await;
    app.stop().await;
}
