//! The filters of the dashboard and of every export, read from a URL's
//! parameters (`state`, `region`, `reviewer`, `q`, `sort`): a bad value is a
//! 400 that names the parameter and what it may be; unknown parameters (a
//! tracking tag, an old link) are ignored.

use crate::error::AppError;
use app::cycle::CycleState;
use app::i18n::{tr, tr_args};
use app::review::REGIONS;
use app::review::{DashboardFilter, Sort};

/// The URL's filters, checked.
pub fn parse(query: Option<&str>) -> Result<DashboardFilter, AppError> {
    let mut f = DashboardFilter::default();
    let bad = |name: &str, value: &str, allowed: String| {
        AppError::BadRequest(tr_args(
            "review.bad_filter",
            &[("name", &name), ("value", &value), ("allowed", &allowed)],
        ))
    };
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_ref() {
            "state" => {
                f.state = Some(CycleState::parse(v).ok_or_else(|| {
                    bad("state", v, CycleState::ALL.map(|s| s.as_str()).join(", "))
                })?)
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
                        .map_err(|_| bad("reviewer", v, tr("review.reviewer_ids").to_string()))?,
                )
            }
            "q" => f.q = v.chars().take(100).collect(),
            "sort" => {
                f.sort = Sort::parse(v)
                    .ok_or_else(|| bad("sort", v, Sort::ALL.map(|s| s.as_str()).join(", ")))?
            }
            _ => {}
        }
    }
    Ok(f)
}
