//! `GET /msq/{edition}/{country}`: the task list.

use super::extract::Query;
use super::target::Target;
use crate::accounts::{viewer::Viewer, Access};
use crate::carry_over;
use crate::drafts::store;
use crate::editions::EditionState;
use crate::error::{AppError, AppResult};
use crate::review::{decisions, queries};
use crate::routes::render::render_html;
use crate::state::AppState;
use crate::submissions;
use app::cycle::ResponseStatus;
use app::pages::country_home::{country_home, CarryOffer, EarlierEdition, HomeReview};
use app::questionnaire::carry::unconfirmed_issues;
use app::questionnaire::text::plain;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct HomeQuery {
    /// After carrying over: how many answers were copied, dropped, kept.
    carried: Option<usize>,
    dropped: Option<usize>,
    kept: Option<usize>,
}

pub async fn show(
    State(app): State<AppState>,
    t: Target,
    viewer: Viewer,
    Query(query): Query<HomeQuery>,
) -> AppResult {
    let phase = app.lifecycle.phase(&t.edition.id).await?;
    let closed = phase == EditionState::Closed;
    let earlier = earlier(&app, &t).await?;
    let response = store::find_response(&app.db, &t.edition.id, &t.state.iso3).await?;
    let may_edit = phase == EditionState::Open && viewer.may(&t.state.iso3, Access::Edit);
    let carry_offer = match may_edit {
        true => carry_over::offer(&app.db, app.editions, t.edition, &t.state.iso3)
            .await?
            .map(|o| CarryOffer {
                from: o.from.id.clone(),
                version: o.version.version,
                submitted_at: o.version.submitted_at.format("%Y-%m-%d").to_string(),
                answers: o.answers,
            }),
        false => None,
    };
    let carried_now = query
        .carried
        .map(|c| (c, query.dropped.unwrap_or(0), query.kept.unwrap_or(0)));
    let (answers, versions, review) = match &response {
        Some(r) => {
            let stored = store::load(&app.db, r.id).await?;
            let answers = store::typed(t.edition, &stored);
            let marks =
                carry_over::draft_marks(&app.db, app.editions, t.edition, r.id, &stored).await?;
            let waiting: Vec<String> = unconfirmed_issues(t.edition, &answers, &marks)
                .into_iter()
                .map(|i| i.field)
                .filter(|_| r.status.editable())
                .collect();
            let review = HomeReview {
                status: r.status,
                decisions: decisions::history(&app.db, r.id).await?,
                queries: queries::threads(&app.db, r.id).await?,
                closed,
                earlier,
                carry_offer,
                carried_from: marks.values().next().map(|m| m.from.clone()),
                waiting,
                carried_now,
            };
            (answers, submissions::versions(&app.db, r.id).await?, review)
        }
        None => (
            Default::default(),
            Vec::new(),
            HomeReview {
                status: ResponseStatus::Draft,
                decisions: Vec::new(),
                queries: Vec::new(),
                closed,
                earlier,
                carry_offer,
                carried_from: None,
                waiting: Vec::new(),
                carried_now,
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
