//! `GET /review/{edition}/{country}/diff?from=1&to=2`: the differences
//! between two versions, answer by answer.

use super::Reviewing;
use crate::accounts::viewer::Viewer;
use crate::error::{respond, AppError};
use crate::render::render_html;
use crate::review::diff::compare;
use crate::routes::versions::typed;
use crate::state::AppState;
use app::i18n::tr_args;
use app::pages::review::diff::{diff_page, DiffView};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;

pub async fn show(
    State(app): State<AppState>,
    Path((edition, country)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    viewer: Viewer,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let r = match Reviewing::open(&app, &viewer, &uri, &headers, &edition, &country).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    respond(render(&r, query.as_deref(), &headers), &headers)
}

fn render(
    r: &Reviewing<'_>,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let latest = r.latest().version;
    let (mut from, mut to) = (latest - 1, latest);
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        let n = || {
            v.parse::<i32>().map_err(|_| {
                AppError::BadRequest(tr_args(
                    "review.bad_version",
                    &[("name", &k), ("value", &v)],
                ))
            })
        };
        match k.as_ref() {
            "from" => from = n()?,
            "to" => to = n()?,
            _ => {}
        }
    }
    let unknown = |n: i32| AppError::NotFound(tr_args("version.unknown", &[("version", &n)]));
    let before = r.version(from).ok_or_else(|| unknown(from))?;
    let after = r.version(to).ok_or_else(|| unknown(to))?;
    let t = &r.target;
    let sections = compare(
        t.edition,
        &typed(t.edition, before),
        &typed(t.edition, after),
    );
    let versions: Vec<i32> = r.versions.iter().map(|v| v.version).collect();
    let title = tr_args("review.diff_title", &[("from", &from), ("to", &to)]);
    Ok(render_html(StatusCode::OK, headers, &title, false, || {
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
