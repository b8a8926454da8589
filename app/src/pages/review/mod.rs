//! UN DESA's review workspace pages (the cycle dashboard, a submission
//! under review, the differences between versions) and the query threads
//! that both sides read. The data they show is prepared by the server
//! (`server::review`) into the plain structs below.

pub mod confirm_accept;
pub mod dashboard;
pub mod diff;
pub mod query_page;
pub mod submission;
