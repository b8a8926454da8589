//! The edition and Member State named in a URL, checked: an unknown one is
//! a clear 404, never a 500. Handlers of `/msq/{edition}/{country}/…` and
//! `/review/{edition}/{country}/…` take a [`Target`]; those of a whole
//! edition (`/review/{edition}`) take an [`EditionParam`].

use crate::error::AppError;
use crate::state::AppState;
use app::i18n::tr_args;
use app::member_states::{self, MemberState};
use app::questionnaire::Edition;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;

pub struct Target {
    pub edition: &'static Edition,
    pub state: &'static MemberState,
}

/// The edition a URL names, or a clear 404.
pub fn edition(app: &AppState, id: &str) -> Result<&'static Edition, AppError> {
    app.edition(id)
        .ok_or_else(|| AppError::NotFound(tr_args("errors.unknown_edition", &[("edition", &id)])))
}

pub fn resolve(app: &AppState, edition: &str, country: &str) -> Result<Target, AppError> {
    let edition = self::edition(app, edition)?;
    let state = member_states::by_iso3(country).ok_or_else(|| {
        AppError::NotFound(tr_args("errors.unknown_country", &[("code", &country)]))
    })?;
    Ok(Target { edition, state })
}

/// A named parameter of the route's path.
async fn path_param(parts: &mut Parts, name: &str) -> Result<String, AppError> {
    let params = RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| AppError::NotFound(app::i18n::tr("errors.not_found_body").to_string()))?;
    params
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .ok_or_else(|| AppError::Internal(format!("the route has no {{{name}}}")))
}

impl FromRequestParts<AppState> for Target {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let edition = path_param(parts, "edition").await?;
        let country = path_param(parts, "country").await?;
        resolve(app, &edition, &country)
    }
}

/// The edition of a `/review/{edition}` route.
pub struct EditionParam(pub &'static Edition);

impl FromRequestParts<AppState> for EditionParam {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, AppError> {
        let id = path_param(parts, "edition").await?;
        edition(app, &id).map(EditionParam)
    }
}
