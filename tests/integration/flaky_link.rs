//! The link may fail (issue 15): autosave in Chromium under DevTools network
//! emulation (chromedriver's network conditions). Typing during a save, a
//! hung request, going offline and coming back (kept in the browser
//! meanwhile, leaving warned), a conflict during autosave, and Save pressed
//! during an autosave: nothing typed is lost or silently unsent.

use crate::browser::{eventually, Browser};
use crate::support::{Backend, TestApp};
use fantoccini::Locator;
use server::accounts::Role;
use std::time::Duration;

const PAGE: &str = "international-cooperation";

/// The page, with its islands hydrated (the word count follows typing).
async fn open(app: &TestApp, b: &Browser, iso3: &str) -> String {
    b.sign_in(app, Role::Respondent, Some(iso3)).await;
    let url = app.url(&format!("/msq/2020/{iso3}/{PAGE}"));
    b.client.goto(&url).await.unwrap();
    b.type_into("#f-q22", "Member").await;
    eventually(20, "hydration (the live word count)", || async {
        b.text("#f-q22-count").await == "1 of 250 words"
    })
    .await;
    url
}

/// What the server holds for a field of the page (text answers).
async fn stored(app: &TestApp, iso3: &str, field: &str) -> String {
    let e = app.state.edition("2020").unwrap();
    server::drafts::store::typed_answers(&app.state.db, e, iso3)
        .await
        .unwrap()
        .get(field)
        .map(|a| a.to_json().as_str().unwrap_or_default().to_string())
        .unwrap_or_default()
}

async fn status(b: &Browser) -> String {
    match b.client.find(Locator::Css(".autosave-status")).await {
        Ok(e) => e.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

#[tokio::test]
async fn a_change_made_while_a_save_is_in_flight_is_saved_too() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, "IND").await;
    // A slow link: each request takes 3 s.
    b.network(Some((false, 3000, -1))).await;
    b.type_into("#f-q23", "First part.").await;
    eventually(10, "the save in flight", || async {
        status(&b).await.starts_with("Saving")
    })
    .await;
    b.type_into("#f-q23", " Typed during the save.").await;
    eventually(40, "everything saved", || async {
        status(&b).await.starts_with("Saved at")
    })
    .await;
    assert_eq!(
        stored(&app, "IND", "q23").await,
        "First part. Typed during the save.",
        "\"Saved\" only once everything typed is on the server"
    );
    b.network(None).await;
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn a_hung_request_times_out_and_the_change_is_sent_again() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, "BRA").await;
    // A request that does not answer for 40 s: given up after the timeout.
    b.network(Some((false, 40_000, -1))).await;
    b.type_into("#f-q23", "Sent over a hanging link.").await;
    eventually(30, "the timeout said", || async {
        status(&b).await.starts_with("Not saved yet")
    })
    .await;
    b.network(None).await;
    eventually(40, "sent again once the link is back", || async {
        status(&b).await.starts_with("Saved at")
    })
    .await;
    assert_eq!(
        stored(&app, "BRA", "q23").await,
        "Sent over a hanging link."
    );
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn offline_changes_are_kept_in_the_browser_warned_about_and_sent_when_back() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, "ARG").await;
    b.network(Some((true, 0, -1))).await;
    b.type_into("#f-q23", "Written offline.").await;
    eventually(20, "the failure said", || async {
        status(&b).await.starts_with("Not saved yet")
    })
    .await;
    // Kept in the browser, and leaving now asks first.
    let kept = b
        .client
        .execute(
            "return localStorage.getItem('msq-unsent:' + document.getElementById('answers-form').action);",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        kept.as_str()
            .is_some_and(|k| k.contains("Written+offline.")),
        "{kept}"
    );
    let warned = b
        .client
        .execute(
            "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(warned, serde_json::Value::Bool(true));
    // Back online: sent without a click.
    b.network(None).await;
    eventually(70, "sent once the link is back", || async {
        status(&b).await.starts_with("Saved at")
    })
    .await;
    assert_eq!(stored(&app, "ARG", "q23").await, "Written offline.");
    let left = b
        .client
        .execute(
            "return localStorage.getItem('msq-unsent:' + document.getElementById('answers-form').action);",
            vec![],
        )
        .await
        .unwrap();
    assert!(left.is_null(), "forgotten once saved: {left}");
    b.stop().await;
    app.stop().await;
}

/// The page opened again (a reload, the next morning) after changes that
/// never reached the server: the browser's copy is offered back, and
/// putting it back saves it.
#[tokio::test]
async fn changes_kept_from_an_earlier_visit_are_offered_back() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    let url = open(&app, &b, "URY").await;
    eventually(20, "the first typing saved", || async {
        status(&b).await.starts_with("Saved at")
    })
    .await;
    // What an earlier visit left in this browser: this page's form with an
    // answer typed that never reached the server.
    b.client
        .execute(
            "if (document.activeElement) document.activeElement.blur();
             const f = document.getElementById('answers-form');
             const body = new URLSearchParams(new FormData(f));
             body.set('q23', 'Typed yesterday on a train.');
             const answers = new URLSearchParams();
             for (const [k, v] of body) if (!k.startsWith('_')) answers.append(k, v);
             // The island's format: when, the answers, the whole form.
             localStorage.setItem('msq-unsent:' + f.action, '30/11/2026, 18:02\\n' + answers + '\\n' + body);
             return true;",
            vec![],
        )
        .await
        .unwrap();
    b.client.goto(&app.url("/msq/2020/URY")).await.unwrap();
    b.client.goto(&url).await.unwrap();
    eventually(20, "the offer of the kept changes", || async {
        b.client.find(Locator::Css("#kept-restore")).await.is_ok()
    })
    .await;
    let offer = b.text(".kept-changes").await;
    assert!(offer.contains("30/11/2026, 18:02"), "{offer}");
    assert_eq!(b.value("#f-q23").await, "", "the server has nothing of it");
    b.click("#kept-restore").await;
    eventually(20, "the kept changes saved", || async {
        status(&b).await.starts_with("Saved at")
    })
    .await;
    assert_eq!(b.value("#f-q23").await, "Typed yesterday on a train.");
    assert_eq!(
        stored(&app, "URY", "q23").await,
        "Typed yesterday on a train."
    );
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn a_conflict_during_autosave_is_shown_beside_the_field() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, "CHL").await;
    // A colleague saves question 23 after this page was loaded.
    let theirs = server::drafts::Change {
        field_id: "q23".into(),
        base_revision: 0,
        value: Some(serde_json::json!("The colleague's answer.")),
    };
    app.state
        .saver
        .save(
            "2020",
            "CHL",
            &[theirs],
            "colleague@gov.cl",
            server::drafts::Mode::Partial,
        )
        .await
        .unwrap();
    b.type_into("#f-q23", "My answer.").await;
    eventually(20, "the conflict shown", || async {
        b.client.find(Locator::Css("#conflict-q23")).await.is_ok()
    })
    .await;
    let note = b.text("#conflict-q23").await;
    assert!(note.contains("The colleague's answer."), "{note}");
    assert!(status(&b).await.contains("someone else changed an answer"));
    assert_eq!(b.value("#f-q23").await, "My answer.", "mine is still there");
    assert_eq!(stored(&app, "CHL", "q23").await, "The colleague's answer.");
    b.stop().await;
    app.stop().await;
}

#[tokio::test]
async fn save_pressed_during_an_autosave_waits_and_never_conflicts_with_itself() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let b = Browser::start(true).await;
    open(&app, &b, "MEX").await;
    b.network(Some((false, 2500, -1))).await;
    b.type_into("#f-q23", "Autosaved.").await;
    eventually(10, "the save in flight", || async {
        status(&b).await.starts_with("Saving")
    })
    .await;
    b.type_into("#f-q24", "Typed, then Save pressed.").await;
    b.click("button[value=save]").await;
    eventually(40, "the saved page", || async {
        b.url_contains("saved=1").await
    })
    .await;
    b.network(None).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        b.client.find(Locator::Css(".error-summary")).await.is_err(),
        "no conflict with oneself"
    );
    assert_eq!(stored(&app, "MEX", "q23").await, "Autosaved.");
    assert_eq!(
        stored(&app, "MEX", "q24").await,
        "Typed, then Save pressed."
    );
    b.stop().await;
    app.stop().await;
}
