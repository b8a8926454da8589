//! Static files: the style sheet (`/style`) and the browser bundle
//! (`/pkg`), served with gzip when the client accepts it.

use crate::config::Config;
use crate::state::AppState;
use axum::Router;
use tower_http::services::ServeDir;

pub fn router(config: &Config) -> Router<AppState> {
    Router::new()
        .nest_service(
            "/style",
            ServeDir::new(config.site_dir.join("style")).precompressed_gzip(),
        )
        .nest_service(
            "/pkg",
            ServeDir::new(config.site_dir.join("pkg")).precompressed_gzip(),
        )
}
