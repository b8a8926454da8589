//! `POST /msq/{edition}/{country}/carry-over`: copies the country's last
//! version of the previous edition into its draft (`crate::carry_over`),
//! then shows its home with what was copied, dropped and kept.

use super::target::Target;
use crate::accounts::viewer::Viewer;
use crate::carry_over;
use crate::client_address::ClientAddress;
use crate::error::AppResult;
use crate::state::AppState;
use app::paths;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};

pub async fn start(
    State(app): State<AppState>,
    t: Target,
    viewer: Viewer,
    address: ClientAddress,
) -> AppResult {
    let user = viewer.signed_in()?;
    let address = address.to_string();
    let report = carry_over::start(
        &app.db,
        app.editions,
        t.edition,
        &t.state.iso3,
        (Some(user.id), &user.email, &address),
    )
    .await
    .map_err(|e| carry_over::refusal(e, t.edition, t.state))?;
    app.pages.invalidate();
    let to = format!(
        "{}?carried={}&dropped={}&kept={}",
        paths::home(&t.edition.id, &t.state.iso3),
        report.carried,
        report.dropped.len(),
        report.kept.len()
    );
    Ok(Redirect::to(&to).into_response())
}
