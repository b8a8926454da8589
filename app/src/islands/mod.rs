//! The browser's part: one island, [`FormEnhancements`], in the answers
//! form, and its client code by concern (`autosave`, `rows`, `word_count`).
//! Each is a comfort on top of a page that works without JavaScript.
//!
//! The island takes no props and the bundle carries no catalogue and no
//! JSON library: the texts it shows are in the page (rendered by the
//! server in its language), and the autosave reply is read with the
//! browser's own `JSON.parse`. That keeps the bundle small enough for a 2G
//! link (docs/performance.md).

pub mod autosave;
#[cfg(feature = "hydrate")]
mod autosave_client;
#[cfg(feature = "hydrate")]
mod dom;
mod form_enhancements;
#[cfg(feature = "hydrate")]
mod rows;
pub mod word_count;

pub use form_enhancements::FormEnhancements;

/// The id of the answers form (the island finds it by this id).
pub const FORM_ID: &str = "answers-form";
