//! `GET /review/{edition}/{country}/diff?from=1&to=2`: the differences
//! between two versions, answer by answer.

use super::{earlier_submitted, last_version, Reviewing};
use crate::error::{AppError, AppResult};
use crate::review::diff::{compare, compare_across};
use crate::routes::extract::Query;
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr_args;
use app::pages::review::diff::{diff_page, DiffView};
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct DiffQuery {
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    /// Compare with the country's last version of this earlier edition.
    #[serde(default)]
    from_edition: Option<String>,
}

pub async fn show(
    State(app): State<AppState>,
    r: Reviewing,
    Query(q): Query<DiffQuery>,
) -> AppResult {
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
    let after = r.version(to).ok_or_else(|| unknown(to))?;
    let t = &r.target;
    let label = |n: i32| tr_args("review.version_n", &[("version", &n)]);
    let (sections, from_label) = match q.from_edition.as_deref() {
        None => {
            let before = r.version(from).ok_or_else(|| unknown(from))?;
            (compare(t.edition, before, after), label(from))
        }
        Some(id) => {
            let earlier = app
                .edition(id)
                .filter(|e| e.id < t.edition.id)
                .ok_or_else(|| {
                    AppError::BadRequest(tr_args("review.bad_earlier_edition", &[("edition", &id)]))
                })?;
            let before = last_version(&app, earlier, &t.state.iso3)
                .await?
                .ok_or_else(|| {
                    AppError::NotFound(tr_args(
                        "review.no_earlier_version",
                        &[("country", &t.state.name), ("edition", &earlier.id)],
                    ))
                })?;
            let from_label = tr_args(
                "review.edition_version",
                &[("edition", &earlier.id), ("version", &before.version)],
            );
            (
                compare_across((earlier, &before), (t.edition, after)),
                from_label,
            )
        }
    };
    // The earlier edition offered for comparison: the one before this, if
    // the country submitted it.
    let earlier = earlier_submitted(&app, t.edition, &t.state.iso3).await?;
    let versions: Vec<i32> = r.versions.iter().map(|v| v.version).collect();
    let to_label = label(to);
    let title = if q.from_edition.is_some() {
        tr_args(
            "review.diff_between",
            &[("from", &from_label), ("to", &to_label)],
        )
    } else {
        tr_args("review.diff_title", &[("from", &from), ("to", &to)])
    };
    Ok(render_html(StatusCode::OK, &title.clone(), false, || {
        diff_page(&DiffView {
            title,
            edition: &t.edition.id,
            state: t.state,
            from,
            to,
            from_label,
            to_label,
            earlier,
            versions: &versions,
            sections: &sections,
        })
    }))
}
