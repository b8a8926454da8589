//! The questionnaire model: an edition's definition (sections, questions,
//! fields, answer types), its loader and linter, answers and their
//! validation. Pure: no I/O but reading definition files, no feature gates.

pub mod answer;
pub mod answer_types;
pub mod carry;
pub mod compare;
pub mod definition;
pub mod display;
pub mod form_data;
pub mod limits;
pub mod loader;
pub mod page_post;
pub mod progress;
pub mod text;
pub mod validation;

pub use answer::{Answer, Answers};
pub use definition::{Edition, Field, FieldKind, Page, Question, Section};
pub use validation::{Issue, IssueKind};
