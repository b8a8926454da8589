//! The one place errors become answers: the middleware at the edge of the
//! router takes the `AppError` a handler, an extractor or a check returned
//! and answers it the way the request wants: a page opened (GET) by nobody
//! signed in goes to the sign-in page and comes back after; one opened by
//! someone whose second factor is missing goes to its setup; JSON clients
//! (autosave, scripts) get `{"error", "message"}`; everyone else an HTML
//! page that says what happened and what to do.

use super::render::{render_html, wants_json};
use crate::error::{AppError, Carried};
use app::pages::error_page::error_body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;

/// Where people set up two-factor sign-in.
pub const TWO_FACTOR_PATH: &str = "/account/two-factor";

/// How the request asked: what the answer to an error depends on.
struct Asked {
    /// A GET or HEAD: a page someone opened.
    read: bool,
    /// The client prefers JSON to a page.
    json: bool,
    uri: Uri,
}

/// The middleware (see the module's header).
pub async fn present(req: Request, next: Next) -> Response {
    let asked = Asked {
        read: matches!(*req.method(), Method::GET | Method::HEAD),
        json: wants_json(req.headers()),
        uri: req.uri().clone(),
    };
    let mut res = next.run(req).await;
    match Carried::take(&mut res) {
        Some(e) => answer(e, &asked),
        None => res,
    }
}

/// The answer to `e` for `req`, for the checks that run outside this
/// middleware (the language switch).
pub(crate) fn answer_to(e: AppError, req: &Request) -> Response {
    let asked = Asked {
        read: matches!(*req.method(), Method::GET | Method::HEAD),
        json: wants_json(req.headers()),
        uri: req.uri().clone(),
    };
    answer(e, &asked)
}

/// The answer to `e` for a request that asked as `asked` did.
fn answer(e: AppError, asked: &Asked) -> Response {
    let status = e.status();
    if status.is_server_error() {
        tracing::error!(error = %e, "request failed");
    }
    match e {
        AppError::SignInRequired if asked.read => return sign_in_redirect(&asked.uri),
        AppError::TwoFactorRequired if asked.read => {
            return Redirect::to(TWO_FACTOR_PATH).into_response()
        }
        _ => {}
    }
    let (title, message) = e.public();
    let mut res = if asked.json {
        (
            status,
            Json(serde_json::json!({ "error": title, "message": message })),
        )
            .into_response()
    } else {
        render_html(status, title, false, move || error_body(title, &message))
    };
    if matches!(e, AppError::Busy) {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    res
}

/// Where to send someone who must sign in first (and back after).
fn sign_in_redirect(uri: &Uri) -> Response {
    let next = uri.path_and_query().map_or("/", |p| p.as_str());
    let to = format!(
        "/sign-in?next={}",
        form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
    );
    Redirect::to(&to).into_response()
}
