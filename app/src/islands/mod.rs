//! The interactive islands: the only components shipped to the browser
//! (Leptos islands mode). Each is a comfort on top of a page that works
//! without JavaScript. Their texts arrive as props, so the browser bundle
//! carries no translation catalogue.

pub mod autosave;
#[cfg(feature = "hydrate")]
mod autosave_client;
mod form_enhancements;
mod word_count;

pub use autosave::Autosave;
pub use form_enhancements::FormEnhancements;
pub use word_count::WordCount;
