//! The start page (choose a Member State) and the 404 page.

use crate::accounts::viewer::Viewer;
use crate::error::AppError;
use crate::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::member_states;
use app::pages::{choose_country::choose_country, paths};
use app::questionnaire::text::plain;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

fn editions(app: &AppState) -> Vec<(String, String)> {
    app.editions
        .iter()
        .map(|e| (e.id.clone(), plain(e.title.en())))
        .collect()
}

/// `GET /`: the Member State list for UN DESA; a country's own people go
/// straight to their country; nobody signed in goes to the sign-in page.
pub async fn choose(
    State(app): State<AppState>,
    viewer: Viewer,
    uri: axum::http::Uri,
    headers: HeaderMap,
) -> Response {
    let user = match viewer.signed_in() {
        Ok(u) => u,
        Err(e) => return super::access::refusal(e, true, &uri, &headers),
    };
    if let Some(own) = &user.member_state {
        return Redirect::to(&paths::home(&app.current_edition().id, own)).into_response();
    }
    let editions = editions(&app);
    render_html(
        StatusCode::OK,
        &headers,
        tr("choose.title"),
        false,
        move || choose_country(member_states::all(), &editions, None),
    )
}

#[derive(Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    country: String,
    #[serde(default)]
    edition: String,
}

/// `GET /start?country=FRA&edition=2020`: on to the country's home page.
pub async fn start(
    State(app): State<AppState>,
    Query(q): Query<StartQuery>,
    viewer: Viewer,
    uri: axum::http::Uri,
    headers: HeaderMap,
) -> Response {
    if viewer.user().is_none() {
        return super::access::sign_in_redirect(&uri);
    }
    let edition = if q.edition.is_empty() {
        app.current_edition().id.clone()
    } else {
        q.edition.clone()
    };
    let error = if app.edition(&edition).is_none() {
        Some(tr_args("errors.unknown_edition", &[("edition", &edition)]))
    } else if q.country.trim().is_empty() {
        Some(tr("choose.required").to_string())
    } else if member_states::by_iso3(q.country.trim()).is_none() {
        Some(tr_args("errors.unknown_country", &[("code", &q.country)]))
    } else {
        None
    };
    match error {
        None => {
            let state = member_states::by_iso3(q.country.trim()).expect("checked above");
            match viewer.require(&state.iso3, crate::accounts::Access::Read) {
                Ok(_) => Redirect::to(&paths::home(&edition, &state.iso3)).into_response(),
                Err(e) => super::access::refusal(e, true, &uri, &headers),
            }
        }
        Some(message) => {
            let editions = editions(&app);
            render_html(
                StatusCode::BAD_REQUEST,
                &headers,
                tr("choose.title"),
                false,
                move || choose_country(member_states::all(), &editions, Some(message)),
            )
        }
    }
}

pub async fn not_found(headers: axum::http::HeaderMap) -> Response {
    AppError::NotFound(tr("errors.not_found_body").to_string()).respond(&headers)
}
