//! The answers form as people use it (issue 15), in Chromium with and
//! without JavaScript: follow-up questions that appear by the style sheet
//! alone (no jump when the bundle arrives), rows removed with the focus
//! moved on and the numbers people read kept in order, autosave sending
//! only what changed, a status line in view that never covers the focus,
//! and controls that tell each other apart.

use crate::browser::{eventually, Browser};
use crate::support::{Backend, TestApp};
use fantoccini::Locator;
use server::accounts::Role;

/// The page, with the island alive (the form says so) when JavaScript runs.
async fn open(app: &TestApp, b: &Browser, javascript: bool, iso3: &str, page: &str) -> String {
    b.sign_in(app, Role::Respondent, Some(iso3)).await;
    let url = app.url(&format!("/msq/2020/{iso3}/{page}"));
    b.client.goto(&url).await.unwrap();
    if javascript {
        enhanced(b).await;
    }
    url
}

async fn enhanced(b: &Browser) {
    eventually(20, "the island hydrated", || async {
        b.client
            .execute(
                "return document.getElementById('answers-form').hasAttribute('data-enhanced')",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true)
    })
    .await;
}

async fn js<T: serde::de::DeserializeOwned>(b: &Browser, script: &str) -> T {
    serde_json::from_value(b.client.execute(script, vec![]).await.unwrap()).unwrap()
}

async fn displayed(b: &Browser, css: &str) -> bool {
    b.client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .is_displayed()
        .await
        .unwrap()
}

const CIO: &str = "[data-show-if=\"q4=yes\"]";

/// A follow-up is hidden from the first paint while its condition is not
/// met and shown as soon as it is, without a script (the style sheet's
/// `:has()` rules); with JavaScript nothing moves when the bundle arrives.
#[tokio::test]
async fn follow_ups_follow_their_question_without_a_script_and_without_a_jump() {
    for javascript in [false, true] {
        let app = TestApp::spawn(Backend::Sqlite).await;
        let b = Browser::start(javascript).await;
        b.sign_in(&app, Role::Respondent, Some("NZL")).await;
        b.client
            .goto(&app.url("/msq/2020/NZL/institutional-framework"))
            .await
            .unwrap();
        // Where the Save buttons are before the bundle has run.
        let before: f64 = js(
            &b,
            "return document.querySelector('.actions').getBoundingClientRect().top + scrollY",
        )
        .await;
        assert!(!displayed(&b, CIO).await, "javascript {javascript}");
        if javascript {
            enhanced(&b).await;
            let after: f64 = js(
                &b,
                "return document.querySelector('.actions').getBoundingClientRect().top + scrollY",
            )
            .await;
            assert_eq!(before, after, "nothing moved at hydration");
        }
        b.click("#f-q4").await;
        assert!(
            displayed(&b, CIO).await,
            "Yes shows it (javascript {javascript})"
        );
        b.click("#f-q4-no").await;
        assert!(!displayed(&b, CIO).await, "No hides it again");
        b.stop().await;
        app.stop().await;
    }
}

/// Removing a row: the rows after it are renumbered in what people read,
/// the focus moves to the next row, or to "Add another" after the last.
#[tokio::test]
async fn removing_a_row_renumbers_the_rest_and_moves_the_focus_on() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, true, "KEN", "institutional-framework").await;
    b.type_into("#f-q1-0", "https://www.ict.go.ke").await;
    b.click("button[value=\"add:q1\"]").await;
    b.type_into("#f-q1-1", "https://www.ecitizen.go.ke").await;
    b.click("button[value=\"add:q1\"]").await;
    b.type_into("#f-q1-2", "https://www.icta.go.ke").await;
    // "Remove URL 1": URL 2 and 3 become URL 1 and 2.
    b.click("button[value=\"remove:q1:0\"]").await;
    let labels: Vec<String> = js(
        &b,
        "return [...document.querySelectorAll('#w-q1 .rows label')].map(l => l.textContent)",
    )
    .await;
    assert_eq!(labels, ["URL 1", "URL 2"]);
    let buttons: Vec<String> = js(
        &b,
        "return [...document.querySelectorAll('#w-q1 .rows button')].map(l => l.textContent)",
    )
    .await;
    assert_eq!(buttons, ["Remove URL 1", "Remove URL 2"]);
    let focused: String = js(&b, "return document.activeElement.value").await;
    assert_eq!(focused, "https://www.ecitizen.go.ke", "the next row");
    // The label still names its own box.
    let named: String = js(
        &b,
        "const l = [...document.querySelectorAll('#w-q1 .rows label')][0];
         return document.getElementById(l.htmlFor).value",
    )
    .await;
    assert_eq!(named, "https://www.ecitizen.go.ke");
    // The last row removed: the focus goes to "Add another".
    let last = js::<String>(
        &b,
        "return [...document.querySelectorAll('#w-q1 .rows button')][1].value",
    )
    .await;
    b.click(&format!("button[value=\"{last}\"]")).await;
    let focused: String = js(&b, "return document.activeElement.value").await;
    assert_eq!(focused, "add:q1");
    eventually(20, "autosave of what is left", || async {
        let page = app.get("/msq/2020/KEN/institutional-framework").await.body;
        page.contains("value=\"https://www.ecitizen.go.ke\"")
            && !page.contains("www.ict.go.ke")
            && !page.contains("www.icta.go.ke")
    })
    .await;
    b.stop().await;
    app.stop().await;
}

/// Without JavaScript the server removes the row and the page opens at the
/// field, its rows numbered from 1.
#[tokio::test]
async fn without_javascript_a_removed_row_brings_you_back_to_the_field() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(false).await;
    open(&app, &b, false, "KEN", "institutional-framework").await;
    b.type_into("#f-q1-0", "https://www.ict.go.ke").await;
    b.click("button[value=\"add:q1\"]").await;
    eventually(10, "the added row", || async {
        b.url_contains("add=q1").await
    })
    .await;
    b.type_into("#f-q1-1", "https://www.ecitizen.go.ke").await;
    b.click("button[value=\"remove:q1:0\"]").await;
    eventually(10, "the page after the removal", || async {
        b.url_contains("#w-q1").await
    })
    .await;
    assert_eq!(b.value("#f-q1-0").await, "https://www.ecitizen.go.ke");
    assert_eq!(b.text("label[for=f-q1-0]").await, "URL 1");
    b.stop().await;
    app.stop().await;
}

/// Autosave sends the field that changed with its revision marker, not the
/// whole form (on 2G every byte is time).
#[tokio::test]
async fn autosave_sends_only_what_changed() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, true, "PER", "international-cooperation").await;
    // Every body the page posts, as sent.
    b.client
        .execute(
            "window.sent = [];
             const fetch0 = window.fetch;
             window.fetch = (req, init) => {
               req.clone().text().then(t => window.sent.push(t));
               return fetch0(req, init);
             };
             return true;",
            vec![],
        )
        .await
        .unwrap();
    b.type_into("#f-q23", "Regional digital agenda.").await;
    eventually(20, "saved", || async {
        b.text(".autosave-status").await.starts_with("Saved at")
    })
    .await;
    let sent: Vec<String> = js(&b, "return window.sent").await;
    assert!(!sent.is_empty());
    for body in &sent {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
            .into_owned()
            .collect();
        let names: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["_action", "_fields", "q23", "_base.q23"], "{body}");
        assert_eq!(pairs[1].1, "q23");
    }
    let page = app
        .get("/msq/2020/PER/international-cooperation")
        .await
        .body;
    assert!(page.contains("Regional digital agenda."));
    b.stop().await;
    app.stop().await;
}

/// "Saving…" / "Saved at …" is in view wherever the person is in a long
/// page, and moving through the form with the keyboard never puts the
/// focused control under it.
#[tokio::test]
async fn the_status_line_stays_in_view_and_never_covers_the_focus() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, true, "NZL", "institutional-framework").await;
    b.type_into("#f-q1-0", "https://www.govt.nz").await;
    eventually(20, "saved", || async {
        b.text(".autosave-status").await.starts_with("Saved at")
    })
    .await;
    let (in_view, form_below): (bool, bool) = js(
        &b,
        "const s = document.getElementById('autosave-status').getBoundingClientRect();
         const f = document.getElementById('answers-form').getBoundingClientRect();
         return [s.top >= 0 && s.bottom <= innerHeight, f.bottom > innerHeight];",
    )
    .await;
    assert!(form_below, "the test needs a page longer than the window");
    assert!(in_view, "the status line is in view at the top of the page");
    // Tab through the form: the focused control is never under the line.
    for step in 0..60 {
        b.client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E004}")
            .await
            .unwrap();
        let (clear, what): (bool, String) = js(
            &b,
            "const s = document.getElementById('autosave-status').getBoundingClientRect();
             const a = document.activeElement;
             const r = a.getBoundingClientRect();
             const clear = !a.closest('form') || s.height === 0 || r.bottom <= s.top + 1 || r.top >= s.bottom - 1;
             return [clear, a.id || a.name || a.tagName];",
        )
        .await;
        assert!(clear, "step {step}: {what} is under the status line");
    }
    b.stop().await;
    app.stop().await;
}

/// Controls tell each other apart, and a name in a name-and-URL row has
/// the row's whole width.
#[tokio::test]
async fn controls_have_their_own_labels_and_names_their_room() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(false).await;
    open(&app, &b, false, "FJI", "indicators").await;
    let labels: Vec<String> = js(
        &b,
        "return ['f-q17', 'f-q17-percent'].map(id => document.querySelector(`label[for=${id}]`).textContent)",
    )
    .await;
    assert_eq!(labels, ["Percentage", "Percentage (a number)"]);
    b.client
        .goto(&app.url("/msq/2020/FJI/institutional-framework"))
        .await
        .unwrap();
    let (name, row): (f64, f64) = js(
        &b,
        "return [document.getElementById('f-q3-0-name').getBoundingClientRect().width,
                 document.querySelector('#w-q3 .rows').getBoundingClientRect().width];",
    )
    .await;
    assert!(name >= row * 0.9, "name box {name}px of a {row}px row");
    b.stop().await;
    app.stop().await;
}
