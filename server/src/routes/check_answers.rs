//! `GET /msq/{edition}/{country}/check`: check your answers.

use super::target::resolve;
use crate::accounts::{viewer::Viewer, Access};
use crate::drafts::store;
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::check_answers::check_answers;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

pub async fn show(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    viewer: Viewer,
    headers: HeaderMap,
) -> Response {
    respond(
        render(&app, &edition, &country, &viewer, &headers).await,
        &headers,
    )
}

async fn render(
    app: &AppState,
    edition: &str,
    country: &str,
    viewer: &Viewer,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let t = resolve(app, edition, country)?;
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3).await?;
    let editable = response
        .as_ref()
        .is_none_or(|r| app::cycle::ResponseStatus::parse(&r.status).editable());
    let can_edit = editable && viewer.may(&t.state.iso3, Access::Edit);
    let answers = match &response {
        Some(r) => store::typed(t.edition, &store::load(&app.db, r.id).await?),
        None => Default::default(),
    };
    Ok(render_html(
        StatusCode::OK,
        headers,
        tr("check.title"),
        false,
        || check_answers(t.edition, t.state, &answers, can_edit, false),
    ))
}
