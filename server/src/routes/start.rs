//! Where `/` leads, the Member State list (UN DESA) and the 404 page.

use super::extract::Query;
use crate::accounts::viewer::Viewer;
use crate::editions::EditionState;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::member_states;
use app::pages::choose_country::choose_country;
use app::paths;
use app::questionnaire::text::plain;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

/// The editions to choose from: those opened at some time (open or
/// closed); drafts are previewed from `/admin/editions`.
async fn editions(app: &AppState) -> AppResult<Vec<(String, String)>> {
    let mut out = Vec::new();
    for e in app.editions {
        if app.lifecycle.phase(&e.id).await? != EditionState::Draft {
            out.push((e.id.clone(), plain(e.title.en())));
        }
    }
    Ok(out)
}

/// `GET /`: a country's own people go straight to their country, UN DESA
/// to the dashboard of the edition it follows now; nobody signed in goes
/// to the sign-in page.
pub async fn home(State(app): State<AppState>, viewer: Viewer) -> AppResult {
    let user = viewer.signed_in()?;
    let current = app.current_edition().await?;
    Ok(match &user.member_state {
        Some(own) => Redirect::to(&paths::home(&current.id, own)),
        None => Redirect::to(&paths::review::dashboard(&current.id)),
    }
    .into_response())
}

/// `GET /member-states`: the Member State list for UN DESA (any country's
/// response in any edition).
pub async fn choose(State(app): State<AppState>, viewer: Viewer) -> AppResult {
    viewer.staff()?;
    let editions = editions(&app).await?;
    Ok(render_html(
        StatusCode::OK,
        tr("choose.title"),
        false,
        move || choose_country(member_states::all(), &editions, None),
    ))
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
) -> AppResult {
    if viewer.user().is_none() {
        return Err(AppError::SignInRequired);
    }
    let edition = if q.edition.is_empty() {
        app.current_edition().await?.id.clone()
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
            viewer.require(&state.iso3, crate::accounts::Access::Read)?;
            Ok(Redirect::to(&paths::home(&edition, &state.iso3)).into_response())
        }
        Some(message) => {
            let editions = editions(&app).await?;
            Ok(render_html(
                StatusCode::BAD_REQUEST,
                tr("choose.title"),
                false,
                move || choose_country(member_states::all(), &editions, Some(message)),
            ))
        }
    }
}

pub async fn not_found() -> AppError {
    AppError::NotFound(tr("errors.not_found_body").to_string())
}
