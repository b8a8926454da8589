//! `GET /health`: the server is up and its database answers.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use sea_orm::ConnectionTrait;

pub async fn health(State(app): State<AppState>) -> (StatusCode, &'static str) {
    match app.db.execute_unprepared("SELECT 1").await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
