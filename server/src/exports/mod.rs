//! Exports of an edition's submitted data for the analysts: which responses
//! (`selection`: each Member State's latest submitted version, filtered by
//! state and region), how an answer flattens into cells (`columns`, derived
//! from the edition's definition), and the three formats: CSV in long form
//! (`csv_long`), XLSX in wide form with a data dictionary (`xlsx_wide`),
//! and JSON in the response-file format (`json`), and the data dictionary
//! (`dictionary`, in the XLSX and as CSV); Excel's limits are kept
//! in one place (`xlsx_limits`). `filter` reads the
//! filters from a URL; `build` makes an export from start to finish.

pub mod build;
pub mod columns;
pub mod csv_long;
pub mod dictionary;
pub mod filter;
pub mod formula_guard;
pub mod json;
pub mod panel;
pub mod selection;
pub mod xlsx_limits;
pub mod xlsx_wide;

pub use build::{attachment, build, Format};
pub use selection::{select, Exported};
