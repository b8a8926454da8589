//! sea-orm entities, one file per table (the schema itself is in
//! `migrations/`).

pub mod answer_changes;
pub mod answers;
pub mod responses;
pub mod submission_pdfs;
pub mod submissions;
