//! `GET /review/{edition}/{country}/diff?from=1&to=2`: the differences
//! between two versions, answer by answer.

use super::Reviewing;
use crate::error::{AppError, AppResult};
use crate::review::diff::compare;
use crate::routes::extract::Query;
use crate::routes::render::render_html;
use app::i18n::tr_args;
use app::pages::review::diff::{diff_page, DiffView};
use axum::http::StatusCode;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct DiffQuery {
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
}

pub async fn show(r: Reviewing, Query(q): Query<DiffQuery>) -> AppResult {
    let latest = r.latest().version;
    let number = |name: &str, value: &Option<String>, default: i32| match value {
        None => Ok(default),
        Some(v) => v.parse::<i32>().map_err(|_| {
            AppError::BadRequest(tr_args(
                "review.bad_version",
                &[("name", &name), ("value", v)],
            ))
        }),
    };
    let from = number("from", &q.from, latest - 1)?;
    let to = number("to", &q.to, latest)?;
    let unknown = |n: i32| AppError::NotFound(tr_args("version.unknown", &[("version", &n)]));
    let before = r.version(from).ok_or_else(|| unknown(from))?;
    let after = r.version(to).ok_or_else(|| unknown(to))?;
    let t = &r.target;
    let sections = compare(t.edition, before, after);
    let versions: Vec<i32> = r.versions.iter().map(|v| v.version).collect();
    let title = tr_args("review.diff_title", &[("from", &from), ("to", &to)]);
    Ok(render_html(StatusCode::OK, &title, false, || {
        diff_page(&DiffView {
            edition: &t.edition.id,
            state: t.state,
            from,
            to,
            versions: &versions,
            sections: &sections,
        })
    }))
}
