//! UN DESA's review workspace, under `/review/{edition}`: the dashboard and
//! assignments (`dashboard`), a submission under review (`submission`),
//! query threads (`queries`, also the country's side under `/msq`), the
//! decisions (`decision`), version differences (`diff`) and the exports
//! (`exports`). Staff read everything; acting on a country needs
//! `accounts::access::may_review` (checked by `Reviewing::acting`).

pub mod dashboard;
pub mod decision;
pub mod diff;
pub mod exports;
pub mod queries;
pub mod submission;

use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::accounts::{access, User};
use crate::drafts::store;
use crate::error::AppError;
use crate::review::assignments;
use crate::state::AppState;
use crate::submissions::{self, Version};
use app::i18n::tr_args;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;

/// A refused action whose form comes back with what was typed: the status
/// and why, for a refusal of what was sent (400) or of the moment (409);
/// any other error stays an error.
pub(crate) fn form_refusal(e: AppError) -> Result<(StatusCode, String), AppError> {
    match e {
        AppError::BadRequest(m) => Ok((StatusCode::BAD_REQUEST, m)),
        AppError::Conflict(m) => Ok((StatusCode::CONFLICT, m)),
        e => Err(e),
    }
}

/// A review request (an extractor): the staff member, the edition and
/// country, the response and its versions (at least one). Refused when the
/// viewer is not staff or the country has not submitted.
pub struct Reviewing {
    pub user: User,
    pub target: Target,
    pub response: store::Response,
    pub versions: Vec<Version>,
    /// The user may act (raise queries, decide) on this country.
    pub may_act: bool,
}

impl FromRequestParts<AppState> for Reviewing {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let viewer = Viewer::from_request_parts(parts, app).await?;
        let user = viewer.staff()?.clone();
        let target = Target::from_request_parts(parts, app).await?;
        let none = || {
            AppError::NotFound(tr_args(
                "review.nothing_submitted",
                &[("country", &target.state.name)],
            ))
        };
        let response = store::find_response(&app.db, &target.edition.id, &target.state.iso3)
            .await?
            .ok_or_else(none)?;
        let versions = submissions::versions(&app.db, response.id).await?;
        if versions.is_empty() {
            return Err(none());
        }
        let assigned =
            assignments::is_assigned(&app.db, &target.edition.id, &target.state.iso3, user.id)
                .await?;
        Ok(Reviewing {
            may_act: access::may_review(&user, assigned),
            user,
            target,
            response,
            versions,
        })
    }
}

impl Reviewing {
    /// Err(Forbidden) unless the user may act on this country.
    pub fn acting(&self) -> Result<(), AppError> {
        if self.may_act {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The response, as the review's actions take it.
    pub fn case(&self) -> crate::review::actions::Case<'_> {
        crate::review::actions::Case {
            edition: self.target.edition,
            state: self.target.state,
            response: &self.response,
        }
    }

    pub fn latest(&self) -> &Version {
        self.versions
            .last()
            .expect("at least one version (checked)")
    }

    pub fn version(&self, n: i32) -> Option<&Version> {
        self.versions.iter().find(|v| v.version == n)
    }
}

/// The country's last version of `edition`, if it submitted one.
pub async fn last_version(
    app: &AppState,
    edition: &app::questionnaire::Edition,
    iso3: &str,
) -> Result<Option<Version>, AppError> {
    let Some(response) = store::find_response(&app.db, &edition.id, iso3).await? else {
        return Ok(None);
    };
    Ok(submissions::latest(&app.db, response.id).await?)
}

/// The edition before `edition`, when the country submitted it: offered
/// for comparison (`diff?from_edition=`).
pub async fn earlier_submitted(
    app: &AppState,
    edition: &app::questionnaire::Edition,
    iso3: &str,
) -> Result<Option<String>, AppError> {
    Ok(match app.previous_edition(edition) {
        Some(e) if last_version(app, e, iso3).await?.is_some() => Some(e.id.clone()),
        _ => None,
    })
}
