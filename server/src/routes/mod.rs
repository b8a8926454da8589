//! The HTTP routes, one module per page or endpoint.

mod access;
mod admin;
mod api_tokens;
pub mod assets;
mod audit;
mod carry_over;
mod check_answers;
mod country_home;
mod editions;
mod error_pages;
pub(crate) mod extract;
mod first_admin;
mod health;
mod invitations;
pub(crate) mod language;
mod link;
pub(crate) mod render;
mod reset;
mod response_json;
pub(crate) mod review;
mod same_origin;
mod section;
pub mod security_headers;
mod sign_in;
pub(crate) mod staff_nav;
mod start;
mod submit;
pub(crate) mod target;
mod two_factor;
mod verify;
pub(crate) mod versions;

use crate::state::AppState;
use axum::routing::{get, post};
use axum::Router;

pub fn router(state: AppState) -> Router {
    // `tr` speaks the language of the request being answered.
    app::i18n::set_current_source(language::current);
    Router::new()
        .route("/", get(start::home))
        .route(app::paths::MEMBER_STATES, get(start::choose))
        .route("/start", get(start::start))
        .route("/health", get(health::health))
        .route("/sign-in", get(sign_in::form).post(sign_in::sign_in))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/reset", get(reset::form).post(reset::request))
        .route("/admin/invite", get(admin::invite_form).post(admin::invite))
        .route("/admin/outbox", get(admin::outbox))
        .route(app::paths::INVITATIONS, get(invitations::list))
        .route(
            "/admin/invitations/{user}/resend",
            post(invitations::resend),
        )
        .route("/admin/users", get(admin::users_list))
        .route("/admin/users/{id}/{action}", post(admin::user_action))
        .route("/admin/audit", get(admin::staff_audit))
        .route("/admin/editions", get(editions::show))
        .route("/admin/editions/{id}", post(editions::change))
        .route("/admin/editions/{id}/sample.pdf", get(editions::sample_pdf))
        .route("/admin/audit.csv", get(admin::staff_audit_csv))
        .route(
            "/sign-in/code",
            get(two_factor::show_code).post(two_factor::check_code),
        )
        .route(
            app::paths::TWO_FACTOR,
            get(two_factor::show_setup).post(two_factor::confirm_setup),
        )
        .route(app::paths::TWO_FACTOR_CODES, post(two_factor::new_codes))
        .route(app::paths::TWO_FACTOR_RENEW, post(two_factor::renew))
        .route("/link/{token}", get(link::show).post(link::set))
        .route(
            "/first-admin/{secret}",
            get(first_admin::show).post(first_admin::make),
        )
        .route(
            "/account/api-tokens",
            get(api_tokens::show).post(api_tokens::create),
        )
        .route("/account/api-tokens/{id}/revoke", post(api_tokens::revoke))
        .route("/account/api-tokens/{id}/renew", post(api_tokens::renew))
        .route(
            "/verify",
            get(verify::form)
                .post(verify::check)
                .layer(axum::extract::DefaultBodyLimit::max(
                    verify::MAX_UPLOAD + 64 * 1024,
                )),
        )
        .route("/msq/{edition}/{country}", get(country_home::show))
        .route("/msq/{edition}/{country}/check", get(check_answers::show))
        .route("/msq/{edition}/{country}/submit", post(submit::submit))
        .route(
            "/msq/{edition}/{country}/carry-over",
            post(carry_over::start),
        )
        .route(
            "/msq/{edition}/{country}/versions/{version}",
            get(versions::show),
        )
        .route("/review/panel.csv", get(review::exports::panel))
        .route("/review/panel.xlsx", get(review::exports::panel))
        .route("/review/{edition}", get(review::dashboard::show))
        .route(
            "/review/{edition}/assignments",
            post(review::dashboard::assign),
        )
        .route("/review/{edition}/export.csv", get(review::exports::export))
        .route(
            "/review/{edition}/dictionary.csv",
            get(review::exports::dictionary),
        )
        .route(
            "/review/{edition}/export.xlsx",
            get(review::exports::export),
        )
        .route(
            "/review/{edition}/export.json",
            get(review::exports::export),
        )
        .route("/review/{edition}/{country}", get(review::submission::show))
        .route(
            "/review/{edition}/{country}/queries",
            post(review::queries::raise),
        )
        .route(
            "/review/{edition}/{country}/queries/{id}",
            post(review::queries::review_reply),
        )
        .route(
            "/review/{edition}/{country}/decision",
            post(review::decision::decide),
        )
        .route("/review/{edition}/{country}/diff", get(review::diff::show))
        .route(
            "/msq/{edition}/{country}/queries/{id}",
            get(review::queries::country_show).post(review::queries::country_reply),
        )
        .route("/msq/{edition}/{country}/audit", get(audit::show))
        .route("/msq/{edition}/{country}/audit.csv", get(audit::csv))
        .route(
            "/msq/{edition}/{country}/response.json",
            get(response_json::download),
        )
        .route(
            "/msq/{edition}/{country}/{page}",
            get(section::show).post(section::save),
        )
        .merge(crate::api::router())
        .merge(assets::router())
        .fallback(start::not_found)
        // Member State routes, the review workspace and the administration
        // pages: signed in, and allowed (one place).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            access::check,
        ))
        // No state-changing request from another site (CSRF).
        .layer(axum::middleware::from_fn_with_state(
            state
                .config
                .public_url
                .as_deref()
                .and_then(same_origin::origin_of)
                .map(std::sync::Arc::<str>::from),
            same_origin::check,
        ))
        // Every error the routes and the checks above return, answered
        // the way the request wants (a page, JSON, or on to sign in).
        .layer(axum::middleware::from_fn(error_pages::present))
        // Staff pages carry UN DESA's navigation (filled by `Viewer::of`).
        .layer(axum::middleware::from_fn(staff_nav::scope))
        // Every answer speaks the request's language (errors included).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            language::scope,
        ))
        .layer(axum::middleware::from_fn(security_headers::add))
        // Pages and JSON gzip-compressed for slow links (static files are
        // pre-compressed and pass through untouched).
        .layer(tower_http::compression::CompressionLayer::new().gzip(true))
        // A bug must cost one request a 500 page, never the server.
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .with_state(state)
}
