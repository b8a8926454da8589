//! Drafts: a Member State's answers while they are being written. Loading,
//! saving with the optimistic revision check, and the change history.

pub mod save;
pub mod store;

pub use save::{Change, Conflict, Mode, SaveReport, Saver};
pub use store::{StoredAnswer, StoredAnswers};
