//! sea-orm entities, one file per table (the schema itself is in
//! `migrations/`).

pub mod answer_changes;
pub mod answers;
pub mod api_tokens;
pub mod audit_events;
pub mod carried_answers;
pub mod edition_states;
pub mod known_devices;
pub mod one_time_links;
pub mod outbox;
pub mod pending_sign_ins;
pub mod queries;
pub mod query_messages;
pub mod recovery_codes;
pub mod responses;
pub mod review_decisions;
pub mod reviewer_assignments;
pub mod sessions;
pub mod submission_pdfs;
pub mod submissions;
pub mod throttle_attempts;
pub mod two_factor;
pub mod users;
