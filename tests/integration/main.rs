//! Integration tests of MSQ: the real server, a real SQLite file and (when
//! MSQ_TEST_POSTGRES_URL is set) a real PostgreSQL database, and headless
//! Chromium for the pages.

mod access;
mod accounts;
mod api;
mod browser;
mod carry_over;
mod definition;
mod drafts;
mod edition_checks;
mod editions;
mod export_limits;
mod flaky_link;
mod form_comforts;
mod full_flow;
mod import;
mod languages;
mod number_type;
mod pages;
mod pdf;
mod respondent_day;
mod review;
mod security;
mod staff_day;
mod stored_data;
mod submission;
mod support;
mod tsa;
mod validation;
