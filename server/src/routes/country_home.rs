//! `GET /msq/{edition}/{country}`: the task list.

use super::target::Target;
use crate::drafts::store;
use crate::editions::EditionState;
use crate::error::{AppError, AppResult};
use crate::review::{decisions, queries};
use crate::routes::render::render_html;
use crate::state::AppState;
use crate::submissions;
use app::cycle::ResponseStatus;
use app::pages::country_home::{country_home, EarlierEdition, HomeReview};
use app::questionnaire::text::plain;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn show(State(app): State<AppState>, t: Target) -> AppResult {
    let closed = app.lifecycle.phase(&t.edition.id).await? == EditionState::Closed;
    let earlier = earlier(&app, &t).await?;
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3).await?;
    let (answers, versions, review) = match &response {
        Some(r) => (
            store::typed(t.edition, &store::load(&app.db, r.id).await?),
            submissions::versions(&app.db, r.id).await?,
            HomeReview {
                status: r.status,
                decisions: decisions::history(&app.db, r.id).await?,
                queries: queries::threads(&app.db, r.id).await?,
                closed,
                earlier,
            },
        ),
        None => (
            Default::default(),
            Vec::new(),
            HomeReview {
                status: ResponseStatus::Draft,
                decisions: Vec::new(),
                queries: Vec::new(),
                closed,
                earlier,
            },
        ),
    };
    // The latest answers are the latest version unless the country is
    // writing a revision.
    let submitted = !review.status.editable() || versions.is_empty();
    let versions: Vec<_> = versions.iter().map(super::versions::info).collect();
    Ok(render_html(StatusCode::OK, &t.state.name, false, || {
        country_home(t.edition, t.state, &answers, &versions, submitted, &review)
    }))
}

/// The editions before this one that the country answered, newest first.
async fn earlier(app: &AppState, t: &Target) -> Result<Vec<EarlierEdition>, AppError> {
    let mut out = Vec::new();
    for e in app.editions.iter().rev().filter(|e| e.id < t.edition.id) {
        let Some(r) = store::find_response(&app.db, &e.id, &t.state.iso3).await? else {
            continue;
        };
        let versions = submissions::versions(&app.db, r.id).await?;
        out.push(EarlierEdition {
            id: e.id.clone(),
            title: plain(e.title.en()),
            status: r.status.label().to_string(),
            versions: versions.iter().map(super::versions::info).collect(),
        });
    }
    Ok(out)
}
