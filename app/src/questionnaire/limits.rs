//! Limits on what one posted page may carry, from the edition (`[limits]`
//! in its file, with defaults): rows of a list question and characters of
//! one answer. They are checked on the raw form before anything is read
//! into answers, so a hostile post of 60,000 rows costs one look at the
//! index, and the person gets a message naming the question.

use super::definition::{Field, FieldKind};
use super::form_data::FormData;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Rows of one list question (web addresses, named links).
    pub max_rows: usize,
    /// Characters of one answer (one text, one address, one reason).
    pub max_answer_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_rows: 50,
            max_answer_chars: 100_000,
        }
    }
}

/// What went over a limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverLimit {
    /// A list question with more rows than allowed.
    Rows {
        field: String,
        posted: usize,
        max: usize,
    },
    /// An answer (or a part of one) longer than allowed.
    Length {
        field: String,
        chars: usize,
        max: usize,
    },
    /// A checkbox group with more values than it has options.
    Choices { field: String, posted: usize },
}

impl OverLimit {
    pub fn field(&self) -> &str {
        match self {
            OverLimit::Rows { field, .. }
            | OverLimit::Length { field, .. }
            | OverLimit::Choices { field, .. } => field,
        }
    }
}

impl Limits {
    /// The first limit a posted page goes over, if any.
    pub fn check<'a>(
        &self,
        fields: impl Iterator<Item = &'a Field>,
        form: &FormData,
    ) -> Option<OverLimit> {
        for f in fields {
            let id = f.id.as_str();
            match &f.kind {
                FieldKind::UrlList { .. } | FieldKind::NamedLinks { .. } => {
                    let posted = form.rows(id).len();
                    if posted > self.max_rows {
                        return Some(OverLimit::Rows {
                            field: f.id.clone(),
                            posted,
                            max: self.max_rows,
                        });
                    }
                }
                FieldKind::Choices { options } => {
                    let posted = form.count(id);
                    if posted > options.len() + 1 {
                        return Some(OverLimit::Choices {
                            field: f.id.clone(),
                            posted,
                        });
                    }
                }
                _ => {}
            }
        }
        // Any one value: the form's own names are bounded by the rows above.
        form.pairs().iter().find_map(|(k, v)| {
            let chars = v.chars().count();
            (chars > self.max_answer_chars).then(|| OverLimit::Length {
                field: k.split('.').next().unwrap_or(k).to_string(),
                chars,
                max: self.max_answer_chars,
            })
        })
    }
}
