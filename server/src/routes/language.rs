//! The language of every request (issue 16), in one place: `?lang=fr` on
//! any page switches (a cookie; the account's choice too when someone is
//! signed in) and shows the same page again without the parameter; else
//! the `msq_lang` cookie; else the browser's `Accept-Language`; else
//! English. The language lives in a request task-local that
//! `app::i18n::current` reads, so every string of the answer (pages,
//! errors, notices) speaks it.

use crate::accounts::{sessions, token, users};
use crate::error::AppError;
use crate::state::AppState;
use app::i18n::Lang;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::Arc;

/// The cookie that keeps the choice (a year; not a secret).
pub const COOKIE: &str = "msq_lang";

tokio::task_local! {
    static LANG: Asked;
}

/// The request's language, and its path and query (for the switch's links).
#[derive(Clone)]
struct Asked {
    lang: Lang,
    path: Arc<str>,
    query: Arc<str>,
}

/// The language of the request being answered (English outside one).
pub fn current() -> Lang {
    LANG.try_with(|a| a.lang).unwrap_or_default()
}

/// The language switch's links: each language, and the same page in it
/// (`?lang=xx`, with the page's own query when `keep_query`; pages kept
/// for everyone drop it, as their query varies).
pub fn switch_links(keep_query: bool) -> Vec<(Lang, String)> {
    let (path, query) = LANG
        .try_with(|a| (a.path.to_string(), a.query.to_string()))
        .unwrap_or_else(|_| ("/".into(), String::new()));
    Lang::ALL
        .into_iter()
        .map(|l| {
            let mut pairs = form_urlencoded::Serializer::new(String::new());
            if keep_query {
                pairs.extend_pairs(
                    form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| k != "lang"),
                );
            }
            pairs.append_pair("lang", l.code());
            (l, format!("{path}?{}", pairs.finish()))
        })
        .collect()
}

/// The `Set-Cookie` value that keeps `lang`.
pub fn set_cookie(lang: Lang, secure: bool) -> String {
    format!(
        "{COOKIE}={}; Path=/; SameSite=Lax; Max-Age=31536000{}",
        lang.code(),
        if secure { "; Secure" } else { "" }
    )
}

/// The language a request asks for without switching.
pub fn of_request(headers: &HeaderMap) -> Lang {
    token::cookie(headers, COOKIE)
        .and_then(|c| Lang::parse(&c))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// The `lang` parameter of a query string, and the query without it.
fn switch_of(query: &str) -> Option<(String, String)> {
    let mut wanted = None;
    let rest: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .filter_map(|(k, v)| {
            if k == "lang" {
                wanted = Some(v.into_owned());
                None
            } else {
                Some((k.into_owned(), v.into_owned()))
            }
        })
        .collect();
    let wanted = wanted?;
    let rest = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(rest)
        .finish();
    Some((wanted, rest))
}

pub async fn scope(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let switch = req.uri().query().and_then(switch_of);
    let lang = of_request(req.headers());
    let (path, query): (Arc<str>, Arc<str>) = (
        Arc::from(req.uri().path()),
        Arc::from(req.uri().query().unwrap_or("")),
    );
    let asked = |lang: Lang| Asked {
        lang,
        path: path.clone(),
        query: query.clone(),
    };
    let Some((wanted, rest)) = switch else {
        let a = asked(lang);
        return LANG.scope(a, next.run(req)).await;
    };
    let Some(chosen) = Lang::parse(&wanted).filter(|_| wanted.len() <= 16) else {
        let names = Lang::ALL.map(|l| l.code()).join(", ");
        let error = AppError::BadRequest(app::i18n::tr_args_in(
            lang,
            "errors.unknown_language",
            &[
                ("code", &wanted.chars().take(16).collect::<String>()),
                ("codes", &names),
            ],
        ));
        let a = asked(lang);
        return LANG
            .scope(a, async move { super::error_pages::answer_to(error, &req) })
            .await;
    };
    // A form's answer cannot be shown again by a GET: only pages switch.
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        let a = asked(chosen);
        return LANG.scope(a, next.run(req)).await;
    }
    if let Some(user) = match sessions::token_from(req.headers()) {
        Some(t) => sessions::user(&app.db, &t).await.ok().flatten(),
        None => None,
    } {
        // Remembered for the next browser too (a failure only loses that).
        let _ = users::set_language(&app.db, user.id, chosen).await;
    }
    let to = if rest.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{rest}")
    };
    let mut res = Redirect::to(&to).into_response();
    if let Ok(v) = HeaderValue::from_str(&set_cookie(chosen, app.config.secure_cookies())) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn takes_the_lang_parameter_out_of_the_query() {
        assert_eq!(
            super::switch_of("state=submitted&lang=fr&q=c%C3%B4te"),
            Some(("fr".into(), "state=submitted&q=c%C3%B4te".into()))
        );
        assert_eq!(super::switch_of("q=x"), None);
        assert_eq!(
            super::switch_of("lang=ar"),
            Some(("ar".into(), String::new()))
        );
    }
}
