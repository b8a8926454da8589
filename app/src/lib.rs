//! The MSQ user interface and the questionnaire model.
//!
//! - `questionnaire`: the edition model, loader + linter, answers, validation.
//! - `pages`: server-rendered pages (one module per page) and the controls of
//!   each answer type (`pages::fields`).
//! - `islands`: the few interactive parts hydrated in the browser.
//! - `cycle`: where a response stands in the survey cycle (statuses, states).
//! - `review`: the review's data as shown (threads, decisions, dashboard).
//! - `paths`: every page's URL path.
//! - `i18n`: the user-interface strings.

pub mod cycle;
pub mod i18n;
pub mod islands;
pub mod member_states;
pub mod pages;
pub mod paths;
pub mod questionnaire;
pub mod review;
