//! The six UN languages over HTTP (issue 16): the browser's
//! `Accept-Language` chooses, `?lang=` switches (a cookie; the account's
//! choice when signed in, set again at the next sign-in), the page's
//! `<html lang dir>` follows, every page offers the switch, a bad code is a
//! clear 400, and the cached section pages are kept per language.

use crate::support::{account, Backend, TestApp};
use app::i18n::Lang;
use server::accounts::Role;

/// `lang` and `dir` of a page's `<html>`.
fn html_lang(page: &str) -> (String, String) {
    let tag = &page[page.find("<html").unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    let attr = |name: &str| {
        tag.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    (attr("lang"), attr("dir"))
}

#[tokio::test]
async fn the_browser_chooses_the_switch_changes_and_the_page_follows() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let url = app.url("/sign-in");
    // The browser's first choice among the six.
    let page = crate::support::request_with(
        "GET",
        &url,
        &[("accept-language", "de-DE, fr;q=0.8, en;q=0.5")],
    )
    .await;
    assert_eq!(page.status, 200);
    assert_eq!(html_lang(&page.body), ("fr".into(), "ltr".into()));
    assert!(page.body.contains("Se connecter"), "{}", page.body);
    // Nothing it knows: English.
    let page = crate::support::request_with("GET", &url, &[("accept-language", "de")]).await;
    assert_eq!(html_lang(&page.body), ("en".into(), "ltr".into()));
    // The switch: every language, named in itself, this page in it.
    for lang in Lang::ALL {
        assert!(
            page.body.contains(&format!(
                "href=\"/sign-in?lang={}\" lang=\"{}\"",
                lang.code(),
                lang.code()
            )),
            "{}",
            lang.code()
        );
        assert!(page.body.contains(lang.own_name()));
    }
    // Switching to Arabic: the same page again, remembered by a cookie.
    let r = crate::support::request_with(
        "GET",
        &app.url("/sign-in?next=%2Freview%2F2020&lang=ar"),
        &[],
    )
    .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/sign-in?next=%2Freview%2F2020");
    let cookie = r.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("msq_lang=ar;"), "{cookie}");
    let page = crate::support::request_with(
        "GET",
        &url,
        &[("cookie", "msq_lang=ar"), ("accept-language", "fr")],
    )
    .await;
    assert_eq!(html_lang(&page.body), ("ar".into(), "rtl".into()));
    assert!(page.body.contains("تسجيل الدخول"));
    // A code it does not speak: said, in the page's language.
    let r = crate::support::request_with(
        "GET",
        &app.url("/sign-in?lang=klingon"),
        &[("accept-language", "es")],
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("klingon"), "{}", r.body);
    assert!(
        r.body.contains("no es un idioma de este servicio"),
        "{}",
        r.body
    );
    app.stop().await;
}

#[tokio::test]
async fn a_signed_in_persons_choice_is_kept_in_their_account() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let db = &app.state.db;
    let user = account(db, "cio-ru@gov.example", Role::Respondent, Some("KAZ")).await;
    server::accounts::users::set_password(db, user.id, "a long enough password")
        .await
        .unwrap();
    let cookie = app.cookie_as(Role::Respondent, Some("KAZ")).await;
    let me = [("cookie", cookie.as_str())];
    // The cookie_as account is another person; switch as this one.
    let session = format!(
        "{}={}",
        server::accounts::sessions::COOKIE,
        server::accounts::sessions::create(db, user.id)
            .await
            .unwrap()
    );
    let r = app
        .request_with("GET", "/msq/2020/KAZ?lang=ru", &[("cookie", &session)])
        .await;
    assert_eq!((r.status, r.location().as_str()), (303, "/msq/2020/KAZ"));
    assert_eq!(
        server::accounts::users::language(db, user.id)
            .await
            .unwrap(),
        Some(Lang::Ru)
    );
    // On another browser (no cookie), signing in brings the choice back.
    let r = crate::support::post_form(
        &app.url("/sign-in"),
        &[
            ("email", "cio-ru@gov.example"),
            ("password", "a long enough password"),
            ("next", "/"),
        ],
        &[],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let cookies: Vec<String> = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        cookies.iter().any(|c| c.starts_with("msq_lang=ru;")),
        "{cookies:?}"
    );
    // Pages in Russian; another person's stay as their browser asks.
    let home = app
        .request_with(
            "GET",
            "/msq/2020/KAZ",
            &[("cookie", &format!("{session}; msq_lang=ru"))],
        )
        .await;
    assert_eq!(html_lang(&home.body).0, "ru");
    assert!(home.body.contains("Разделы"), "{}", home.body);
    let other = app.request_with("GET", "/msq/2020/KAZ", &me).await;
    assert_eq!(html_lang(&other.body).0, "en");
    app.stop().await;
}

#[tokio::test]
async fn every_page_speaks_each_language_and_the_kept_pages_too() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let cio = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let pages = [
        ("/msq/2020/MAR", cio.as_str()),
        ("/msq/2020/MAR/institutional-framework", cio.as_str()),
        ("/msq/2020/MAR/check", cio.as_str()),
        ("/review/2020", reviewer.as_str()),
        ("/admin/invite", reviewer.as_str()),
    ];
    let mut seen = std::collections::HashSet::new();
    for lang in Lang::ALL {
        for (path, who) in pages {
            let cookie = format!("{who}; msq_lang={}", lang.code());
            let r = app.request_with("GET", path, &[("cookie", &cookie)]).await;
            assert_eq!(r.status, 200, "{path} in {}", lang.code());
            assert_eq!(
                html_lang(&r.body),
                (lang.code().to_string(), lang.dir().to_string()),
                "{path}"
            );
            // The kept section page is not another language's.
            assert!(
                seen.insert(r.body.clone()),
                "{path} in {} is another language's page",
                lang.code()
            );
        }
    }
    // The dashboard's words are the language's own.
    let r = app
        .request_with(
            "GET",
            "/review/2020",
            &[("cookie", &format!("{reviewer}; msq_lang=ru"))],
        )
        .await;
    assert!(
        r.body.contains("Рассмотрение ответов государств-членов"),
        "{}",
        r.body
    );
    app.stop().await;
}
