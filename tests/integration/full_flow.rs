//! A real country's answers typed into the pages by label, as a new
//! respondent would, in Chromium without JavaScript (issue 15): sign in,
//! every page of the questionnaire, check your answers, submit; the signed
//! PDF verified by pdfsig and pyHanko; `/verify` says it is authentic and
//! catches a changed byte; and what was submitted is what was typed.
//!
//! The answers are Morocco's (tests/fixtures/complete-response.json, with
//! Arabic, Chinese and Cyrillic in them). Each control is found the way a
//! person finds it: the question by the words of its text, then the control
//! by its label ("URL 2", "Day", "Yes", an option's words).

use crate::browser::Browser;
use crate::support::{Backend, TestApp};
use app::questionnaire::definition::{Field, FieldKind, Page};
use fantoccini::elements::Element;
use fantoccini::Locator;
use serde_json::Value;
use server::accounts::Role;

/// The first words of a text, up to one with markup in it (links,
/// emphasis, notes read differently on the page): enough to tell
/// questions apart.
fn words(text: &str, n: usize) -> String {
    let markup = ['"', '[', ']', '*', '_', '<'];
    let mut out: Vec<&str> = Vec::new();
    for w in text.split_whitespace().take(n) {
        match w.find(markup) {
            None => out.push(w),
            Some(i) => {
                if i > 0 {
                    out.push(&w[..i]);
                }
                break;
            }
        }
    }
    assert!(!out.is_empty(), "no plain words in {text}");
    out.join(" ")
}

/// An XPath string literal.
fn lit(s: &str) -> String {
    assert!(!s.contains('"'), "{s}");
    format!("\"{s}\"")
}

/// The one element an XPath finds (a clear failure otherwise).
async fn one(b: &Browser, scope: Option<&Element>, xpath: &str) -> Element {
    let found = match scope {
        Some(s) => s.find_all(Locator::XPath(xpath)).await.unwrap(),
        None => b.client.find_all(Locator::XPath(xpath)).await.unwrap(),
    };
    if found.len() != 1 {
        if let Some(s) = scope {
            eprintln!("scope: {}", s.html(false).await.unwrap_or_default());
        }
    }
    assert_eq!(found.len(), 1, "{xpath} found {} elements", found.len());
    found.into_iter().next().unwrap()
}

/// The field's block: its question found by the question's words, then
/// the field by its own label (a field without one is the question's).
async fn block(b: &Browser, question: Option<&str>, f: &Field) -> Element {
    let caption = "(./label | ./h2/label | ./fieldset/legend | ./div/label)";
    let field = match &f.label {
        Some(label) => format!(
            // Its own label, not the question's heading.
            "div[starts-with(@id, 'w-')][not(./h2 or ./fieldset/legend/h2)][{caption}[contains(normalize-space(.), {})]]",
            lit(&words(label.en(), 8))
        ),
        None => "div[starts-with(@id, 'w-')]".to_string(),
    };
    match question {
        Some(q) => {
            let section = one(
                b,
                None,
                &format!(
                    "//section[contains(@class, 'question')][.//h2[contains(normalize-space(.), {})]]",
                    lit(&words(q, 25))
                ),
            )
            .await;
            let all = section
                .find_all(Locator::XPath(&format!(".//{field}")))
                .await
                .unwrap();
            // A question's first field is the one its text labels.
            all.into_iter().next().expect("the field's block")
        }
        None => one(b, None, &format!("//{field}")).await,
    }
}

/// The control a label names, inside a block.
async fn labelled(b: &Browser, scope: &Element, label: &str, exact: bool) -> Element {
    let test = if exact {
        format!("normalize-space(.) = {}", lit(label))
    } else {
        format!("contains(normalize-space(.), {})", lit(&words(label, 8)))
    };
    let label = one(b, Some(scope), &format!(".//label[{test}]")).await;
    let id = label.attr("for").await.unwrap().expect("the label's for");
    b.client.find(Locator::Id(&id)).await.unwrap()
}

async fn type_in(el: &Element, text: &str) {
    if el
        .prop("value")
        .await
        .unwrap()
        .is_some_and(|v| !v.is_empty())
    {
        el.clear().await.unwrap();
    }
    if let Err(e) = el.send_keys(text).await {
        panic!(
            "typing into {:?} (displayed {:?}, enabled {:?}): {e}",
            el.attr("id").await,
            el.is_displayed().await,
            el.is_enabled().await
        );
    }
}

fn number(v: &Value) -> String {
    v.as_f64().map(|n| n.to_string()).unwrap_or_default()
}

/// Clicks a button that loads a page (no JavaScript here) and waits until
/// the page it was on is gone (its elements go stale).
async fn click_through(button: Element) {
    button.clone().click().await.unwrap();
    crate::browser::eventually(20, "the next page", || async {
        button.tag_name().await.is_err()
    })
    .await;
}

/// "Add another …" of a block; the page reloads (no JavaScript) with what
/// was typed saved.
async fn add_another(b: &Browser, question: Option<&str>, f: &Field) {
    let scope = block(b, question, f).await;
    click_through(
        one(
            b,
            Some(&scope),
            ".//button[starts-with(normalize-space(.), 'Add another')]",
        )
        .await,
    )
    .await;
}

/// The control a one-control block's label names (text, number, consent).
async fn own_control(b: &Browser, scope: &Element) -> Element {
    let id = one(b, Some(scope), ".//label")
        .await
        .attr("for")
        .await
        .unwrap()
        .expect("the label's for");
    b.client.find(Locator::Id(&id)).await.unwrap()
}

/// Types one answer into its field, by labels.
async fn answer(b: &Browser, question: Option<&str>, f: &Field, v: &Value) {
    let scope = block(b, question, f).await;
    match &f.kind {
        FieldKind::Text { .. } => {
            type_in(&own_control(b, &scope).await, v.as_str().unwrap()).await;
        }
        FieldKind::Consent => {
            if v.as_bool() == Some(true) {
                own_control(b, &scope).await.click().await.unwrap();
            }
        }
        FieldKind::Date => {
            let (y, rest) = v.as_str().unwrap().split_once('-').unwrap();
            let (m, d) = rest.split_once('-').unwrap();
            // As people write it: 31 / 3 / 2020.
            type_in(
                &labelled(b, &scope, "Day", true).await,
                d.trim_start_matches('0'),
            )
            .await;
            type_in(
                &labelled(b, &scope, "Month", true).await,
                m.trim_start_matches('0'),
            )
            .await;
            type_in(&labelled(b, &scope, "Year", true).await, y).await;
        }
        FieldKind::YesNo => {
            let label = if v == "yes" { "Yes" } else { "No" };
            labelled(b, &scope, label, true)
                .await
                .click()
                .await
                .unwrap();
        }
        FieldKind::UrlList { .. } => match v {
            Value::String(none) if none == "none" => {
                labelled(b, &scope, "None: there is no such portal", true)
                    .await
                    .click()
                    .await
                    .unwrap();
            }
            Value::Array(urls) => {
                for (i, url) in urls.iter().enumerate() {
                    if i > 0 {
                        add_another(b, question, f).await;
                    }
                    let scope = block(b, question, f).await;
                    let input = labelled(b, &scope, &format!("URL {}", i + 1), true).await;
                    // Typed as people write it: without the scheme.
                    let typed = url.as_str().unwrap().trim_start_matches("https://");
                    type_in(&input, typed).await;
                }
            }
            other => panic!("url list {other}"),
        },
        FieldKind::NamedLinks { .. } => {
            for (i, row) in v.as_array().unwrap().iter().enumerate() {
                if i > 0 {
                    add_another(b, question, f).await;
                }
                let scope = block(b, question, f).await;
                let entry = one(
                    b,
                    Some(&scope),
                    &format!(
                        ".//fieldset[legend[normalize-space(.) = 'Entry {}']]",
                        i + 1
                    ),
                )
                .await;
                if let Some(name) = row["name"].as_str() {
                    type_in(&labelled(b, &entry, "Name", true).await, name).await;
                }
                if let Some(url) = row["url"].as_str() {
                    type_in(&labelled(b, &entry, "URL", true).await, url).await;
                }
            }
        }
        FieldKind::Choices { options } => {
            let selected: Vec<&str> = match &v["selected"] {
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                Value::String(s) => vec![s.as_str()],
                _ => vec![],
            };
            for key in selected {
                let option = options.iter().find(|o| o.id == key).expect("an option");
                labelled(b, &scope, option.label.en(), false)
                    .await
                    .click()
                    .await
                    .unwrap();
            }
            if let Some(other) = v["other"].as_str() {
                type_in(&labelled(b, &scope, "Please specify", true).await, other).await;
            }
        }
        FieldKind::PercentageOrNa => {
            if let Some(reason) = v["not_available"].as_str() {
                labelled(b, &scope, "Not available", true)
                    .await
                    .click()
                    .await
                    .unwrap();
                type_in(
                    &labelled(b, &scope, "Why is it not available?", true).await,
                    reason,
                )
                .await;
            } else {
                labelled(b, &scope, "Percentage", true)
                    .await
                    .click()
                    .await
                    .unwrap();
                let boxed = labelled(b, &scope, "Percentage (a number)", true).await;
                type_in(&boxed, &number(&v["percent"])).await;
            }
            if let Some(note) = v["note"].as_str() {
                type_in(
                    &labelled(b, &scope, "Source and year (optional)", true).await,
                    note,
                )
                .await;
            }
        }
        FieldKind::Number { .. } => {
            type_in(&own_control(b, &scope).await, &number(v)).await;
        }
        FieldKind::Contact { parts } => {
            for part in parts {
                if let Some(text) = v[&part.id].as_str() {
                    type_in(&labelled(b, &scope, part.label.en(), true).await, text).await;
                }
            }
        }
    }
}

/// Numbers compare by value (87 typed is 87.0 stored).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[tokio::test]
async fn a_country_types_its_answers_by_label_and_gets_a_verified_signed_pdf() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let fixture: Value = serde_json::from_str(&crate::support::fixture()).unwrap();
    let answers = fixture["answers"].as_object().unwrap();
    let edition = app.state.edition("2020").unwrap();
    let b = Browser::start(false).await;
    b.sign_in(&app, Role::Respondent, Some("MAR")).await;
    for page in edition.pages() {
        b.client
            .goto(&app.url(&format!("/msq/2020/MAR/{}", page.slug())))
            .await
            .unwrap();
        let fields: Vec<(Option<&str>, &Field)> = match page {
            Page::Intro(i) => i.fields.iter().map(|f| (None, f)).collect(),
            Page::Section(s) => s
                .questions
                .iter()
                .flat_map(|q| q.fields.iter().map(move |f| (Some(q.text.en()), f)))
                .collect(),
        };
        for (question, f) in fields {
            if let Some(v) = answers.get(&f.id) {
                answer(&b, question, f, v).await;
            }
        }
        let save = one(
            &b,
            None,
            "//button[normalize-space(.) = 'Save and continue']",
        )
        .await;
        click_through(save).await;
        let summary = b.client.find(Locator::Css(".error-summary")).await;
        if let Ok(s) = summary {
            panic!("{}: {}", page.slug(), s.text().await.unwrap());
        }
    }
    // Check your answers, then submit.
    assert!(b.url_contains("/check").await);
    let check = b.client.source().await.unwrap();
    assert!(
        check.contains("Amina El Idrissi"),
        "the CIO's name is shown back"
    );
    let submit = one(
        &b,
        None,
        "//button[normalize-space(.) = 'Submit the response']",
    )
    .await;
    click_through(submit).await;
    // What was submitted is what was typed.
    let session = b.client.get_named_cookie("msq_session").await.unwrap();
    let cookie = format!("msq_session={}", session.value());
    let me = [("cookie", cookie.as_str())];
    let version = app
        .request_with("GET", "/msq/2020/MAR/versions/1.json", &me)
        .await;
    assert_eq!(version.status, 200, "{}", version.body);
    let submitted: Value = serde_json::from_str(&version.body).unwrap();
    let submitted = submitted["answers"].as_object().expect("answers");
    for (id, typed) in answers {
        let got = submitted.get(id).unwrap_or(&Value::Null);
        assert!(same(typed, got), "{id}: typed {typed}, submitted {got}");
    }
    assert_eq!(submitted.len(), answers.len());
    // The signed PDF, by the link on the page, verified independently.
    let link = one(
        &b,
        None,
        "//a[contains(normalize-space(.), 'PDF')][contains(@href, '.pdf')]",
    )
    .await;
    let href = link.attr("href").await.unwrap().unwrap();
    let pdf = app.request_with("GET", &href, &me).await;
    assert_eq!(pdf.status, 200);
    let dir = tempfile::tempdir().unwrap();
    let ca = crate::pdf::development_ca(app.db.dir.path());
    crate::pdf::check_with_independent_verifiers(dir.path(), &pdf.bytes, &ca);
    // /verify, through its page: authentic, then one byte changed.
    let good = dir.path().join("msq-2020-MAR-v1.pdf");
    std::fs::write(&good, &pdf.bytes).unwrap();
    let bad = dir.path().join("changed.pdf");
    std::fs::write(&bad, crate::pdf::tampered(&pdf.bytes)).unwrap();
    for (file, authentic) in [(&good, true), (&bad, false)] {
        b.client.goto(&app.url("/verify")).await.unwrap();
        let input = b
            .client
            .find(Locator::Css("input[type=file]"))
            .await
            .unwrap();
        input.send_keys(&file.display().to_string()).await.unwrap();
        click_through(one(&b, None, "//button[normalize-space(.) = 'Check the PDF']").await).await;
        let page = b.client.source().await.unwrap();
        assert_eq!(
            page.contains("Authentic and unmodified"),
            authentic,
            "{}",
            file.display()
        );
        assert!(page.contains(&file.file_name().unwrap().to_string_lossy().to_string()));
    }
    b.stop().await;
    app.stop().await;
}
