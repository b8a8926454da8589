//! The edition and Member State named in a URL, checked: an unknown one is
//! a clear 404, never a 500.

use crate::error::AppError;
use crate::state::AppState;
use app::i18n::tr_args;
use app::member_states::{self, MemberState};
use app::questionnaire::Edition;

pub struct Target<'a> {
    pub edition: &'a Edition,
    pub state: &'static MemberState,
}

pub fn resolve<'a>(
    app: &'a AppState,
    edition: &str,
    country: &str,
) -> Result<Target<'a>, AppError> {
    let edition = app.edition(edition).ok_or_else(|| {
        AppError::NotFound(tr_args("errors.unknown_edition", &[("edition", &edition)]))
    })?;
    let state = member_states::by_iso3(country).ok_or_else(|| {
        AppError::NotFound(tr_args("errors.unknown_country", &[("code", &country)]))
    })?;
    Ok(Target { edition, state })
}
