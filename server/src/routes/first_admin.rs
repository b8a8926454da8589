//! `GET/POST /first-admin/{secret}`: the first administrator of a new
//! installation (`accounts::first_admin`). The secret link is printed at
//! start while the database has no account; it answers 404 otherwise.

use super::extract::Form;
use crate::accounts::first_admin::{self, FirstAdminError};
use crate::accounts::{links, users};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::tr;
use app::pages::first_admin::first_admin_page;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

fn not_here() -> AppError {
    AppError::NotFound(tr("first_admin.spent").to_string())
}

pub async fn show(State(app): State<AppState>, Path(secret): Path<String>) -> AppResult {
    if !app.first_admin.matches(&secret) {
        return Err(not_here());
    }
    let action = format!("/first-admin/{secret}");
    Ok(render_html(
        StatusCode::OK,
        tr("first_admin.title"),
        false,
        || first_admin_page(&action, "", "", None),
    ))
}

#[derive(Deserialize)]
pub struct FirstAdminForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
}

pub async fn make(
    State(app): State<AppState>,
    Path(secret): Path<String>,
    address: ClientAddress,
    Form(form): Form<FirstAdminForm>,
) -> AppResult {
    if !app.first_admin.matches(&secret) {
        return Err(not_here());
    }
    let address = address.to_string();
    match first_admin::create(&app.db, &form.email, &form.name, &address).await {
        Ok(link) => Ok(Redirect::to(&links::path(&link)).into_response()),
        Err(FirstAdminError::AccountsExist) => Err(not_here()),
        Err(FirstAdminError::Database(e))
        | Err(FirstAdminError::User(users::UserError::Database(e))) => Err(e.into()),
        Err(FirstAdminError::User(e)) => {
            let action = format!("/first-admin/{secret}");
            Ok(render_html(
                StatusCode::UNPROCESSABLE_ENTITY,
                tr("first_admin.title"),
                false,
                || first_admin_page(&action, &form.email, &form.name, Some(e.to_string())),
            ))
        }
    }
}
