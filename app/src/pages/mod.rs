//! Server-rendered pages, one module per page, and the controls of each
//! answer type (`fields`). Pages are plain functions of the data the
//! handler loaded; they work without JavaScript, and the islands they
//! contain (crate::islands) add comfort when it runs.

pub mod account;
pub mod admin;
pub mod api_tokens;
pub mod audit;
pub mod check_answers;
pub mod choose_country;
pub mod country_home;
pub mod error_page;
pub mod fields;
pub mod first_admin;
pub mod follow_up_rules;
pub mod invitations;
pub mod layout;
pub mod parts;
pub mod review;
pub mod section;
pub mod two_factor;
pub mod verify;
pub mod version;
