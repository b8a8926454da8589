//! The filters of the dashboard and of every export, read from a URL's
//! parameters (`state`, repeatable, `region`, `reviewer`, `q`, `sort`): a bad value is a
//! 400 that names the parameter and what it may be; unknown parameters (a
//! tracking tag, an old link) are ignored.

use crate::error::AppError;
use app::cycle::CycleState;
use app::i18n::{tr, tr_args};
use app::review::REGIONS;
use app::review::{DashboardFilter, Sort};

/// The URL's filters, checked, as the pages send them: an empty value is
/// "any" (a form's blank choice), a search longer than 100 characters is
/// cut.
pub fn parse(query: Option<&str>) -> Result<DashboardFilter, AppError> {
    read(query, false)
}

/// The URL's filters as the API documents them (`api::filters`): an empty
/// value, a search over 100 characters or a negative reviewer id is a 400.
pub fn parse_strict(query: Option<&str>) -> Result<DashboardFilter, AppError> {
    read(query, true)
}

/// The longest search kept.
pub const MAX_SEARCH: usize = 100;

fn read(query: Option<&str>, strict: bool) -> Result<DashboardFilter, AppError> {
    let mut f = DashboardFilter::default();
    let bad = |name: &str, value: &str, allowed: String| {
        AppError::BadRequest(tr_args(
            "review.bad_filter",
            &[("name", &name), ("value", &value), ("allowed", &allowed)],
        ))
    };
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        let v = v.trim();
        let known = matches!(k.as_ref(), "state" | "region" | "reviewer" | "q" | "sort");
        if v.is_empty() {
            if strict && known {
                return Err(AppError::BadRequest(tr_args(
                    "review.empty_filter",
                    &[("name", &k.as_ref())],
                )));
            }
            continue;
        }
        match k.as_ref() {
            // Several `state`s keep any of them (`state=submitted&state=resubmitted`).
            "state" => {
                let s = CycleState::parse(v).ok_or_else(|| {
                    bad("state", v, CycleState::ALL.map(|s| s.as_str()).join(", "))
                })?;
                if !f.states.contains(&s) {
                    f.states.push(s);
                }
            }
            "region" => {
                let r = REGIONS
                    .iter()
                    .find(|r| r.eq_ignore_ascii_case(v))
                    .ok_or_else(|| bad("region", v, REGIONS.join(", ")))?;
                f.region = Some(r.to_string());
            }
            "reviewer" => {
                f.reviewer = Some(
                    v.parse()
                        .ok()
                        .filter(|id: &i64| *id >= 0)
                        .ok_or_else(|| bad("reviewer", v, tr("review.reviewer_ids").to_string()))?,
                )
            }
            "q" if strict && v.chars().count() > MAX_SEARCH => {
                return Err(AppError::BadRequest(tr_args(
                    "review.search_too_long",
                    &[("max", &MAX_SEARCH)],
                )))
            }
            "q" => f.q = v.chars().take(MAX_SEARCH).collect(),
            "sort" => {
                f.sort = Some(
                    Sort::parse(v)
                        .ok_or_else(|| bad("sort", v, Sort::ALL.map(|s| s.as_str()).join(", ")))?,
                )
            }
            _ => {}
        }
    }
    Ok(f)
}
