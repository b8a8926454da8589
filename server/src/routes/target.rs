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

/// The edition a URL names, or a clear 404.
pub fn edition<'a>(app: &'a AppState, id: &str) -> Result<&'a Edition, AppError> {
    app.edition(id)
        .ok_or_else(|| AppError::NotFound(tr_args("errors.unknown_edition", &[("edition", &id)])))
}

pub fn resolve<'a>(
    app: &'a AppState,
    edition: &str,
    country: &str,
) -> Result<Target<'a>, AppError> {
    let edition = self::edition(app, edition)?;
    let state = member_states::by_iso3(country).ok_or_else(|| {
        AppError::NotFound(tr_args("errors.unknown_country", &[("code", &country)]))
    })?;
    Ok(Target { edition, state })
}
