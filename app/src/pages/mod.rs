//! Server-rendered pages, one module per page, and the controls of each
//! answer type (`fields`). Pages are plain functions of the data the
//! handler loaded; they work without JavaScript, and the islands they
//! contain (crate::islands) add comfort when it runs.

pub mod account;
pub mod admin;
pub mod answer_summary;
pub mod api_tokens;
pub mod audit;
pub mod check_answers;
pub mod choose_country;
pub mod country_home;
pub mod error_page;
pub mod fields;
pub mod layout;
pub mod messages;
pub mod review;
pub mod rich_text;
pub mod section;
pub mod table;
pub mod two_factor;
pub mod verify;
pub mod version;

/// URL paths of the respondent pages; one place, so links never drift.
pub mod paths {
    pub fn home(edition: &str, iso3: &str) -> String {
        format!("/msq/{edition}/{iso3}")
    }
    pub fn page(edition: &str, iso3: &str, slug: &str) -> String {
        format!("/msq/{edition}/{iso3}/{slug}")
    }
    pub fn check(edition: &str, iso3: &str) -> String {
        format!("/msq/{edition}/{iso3}/check")
    }
    pub fn response_json(edition: &str, iso3: &str) -> String {
        format!("/msq/{edition}/{iso3}/response.json")
    }
    pub fn submit(edition: &str, iso3: &str) -> String {
        format!("/msq/{edition}/{iso3}/submit")
    }
    pub fn version(edition: &str, iso3: &str, version: i32) -> String {
        format!("/msq/{edition}/{iso3}/versions/{version}")
    }
    pub fn version_json(edition: &str, iso3: &str, version: i32) -> String {
        format!("/msq/{edition}/{iso3}/versions/{version}.json")
    }

    pub fn version_pdf(edition: &str, iso3: &str, version: i32) -> String {
        format!("/msq/{edition}/{iso3}/versions/{version}.pdf")
    }

    pub fn audit(edition: &str, iso3: &str) -> String {
        format!("/msq/{edition}/{iso3}/audit")
    }

    /// The public page that checks an uploaded PDF.
    pub const VERIFY: &str = "/verify";
}
