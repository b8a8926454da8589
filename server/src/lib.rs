//! The `msq` server: configuration, storage, routes and the command-line
//! tools. `main.rs` only parses the command line.

pub mod accounts;
pub mod api;
pub mod audit;
pub mod carry_over;
pub mod client_address;
pub mod config;
pub mod db;
pub mod drafts;
pub mod editions;
pub mod error;
pub mod exports;
pub mod mail;
pub mod page_cache;
pub mod pdf;
pub mod response_file;
pub mod review;
pub mod routes;
pub mod signing;
pub mod startup;
pub mod state;
pub mod submissions;
