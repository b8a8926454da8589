//! The data dictionary of an edition's wide export: one line per column
//! (the fixed columns, then every answer column with its question id,
//! question, detail, answer type, cell type, printed number and whether it
//! is new, reworded or unchanged since the previous edition), then a line
//! on what Excel's limits do to text cells. Generated from the edition's
//! definition; written as the XLSX's "Data dictionary" sheet and on its
//! own as CSV (`/review/{edition}/dictionary.csv`).

use super::columns::columns;
use super::xlsx_limits::NOTE;
use app::questionnaire::compare::since;
use app::questionnaire::Edition;

pub const HEADER: [&str; 8] = [
    "column",
    "question_id",
    "question",
    "detail",
    "answer_type",
    "cell_type",
    "question_number",
    "since_previous_edition",
];

/// The columns before the answers: (header, description).
pub const FIXED: [(&str, &str); 8] = [
    ("member_state", "Member State (English short name)"),
    ("iso3", "ISO 3166-1 alpha-3 code"),
    ("region", "UN region (M49)"),
    ("subregion", "UN sub-region (M49)"),
    ("edition", "Questionnaire edition"),
    ("version", "Submitted version exported (the latest)"),
    ("state", "State in the review cycle"),
    ("submitted_at", "When the version was submitted (UTC)"),
];

/// The dictionary's lines, in the columns of `HEADER`. `cut(column)`: some
/// of that column's cells were cut at Excel's limit (said in its detail).
pub fn rows(
    edition: &Edition,
    previous: Option<&Edition>,
    cut: impl Fn(&str) -> bool,
) -> Vec<[String; 8]> {
    let mut out: Vec<[String; 8]> = FIXED
        .iter()
        .map(|(name, description)| {
            let mut row: [String; 8] = Default::default();
            row[0] = name.to_string();
            row[2] = description.to_string();
            row
        })
        .collect();
    for c in columns(edition) {
        let detail = if cut(&c.header) {
            let sep = if c.detail.is_empty() { "" } else { " " };
            format!(
                "{}{sep}Some answers are longer than an Excel cell holds: cut, see the sheet “Cut cells”.",
                c.detail
            )
        } else {
            c.detail.clone()
        };
        let since = match (previous, edition.field(&c.field_id)) {
            (Some(p), Some(field)) => since(p, edition, field).as_str().to_string(),
            _ => String::new(),
        };
        out.push([
            c.header,
            c.field_id,
            c.question,
            detail,
            c.answer_type.to_string(),
            c.cell_type.as_str().to_string(),
            c.number,
            since,
        ]);
    }
    let mut note: [String; 8] = Default::default();
    note[0] = "(text cells)".to_string();
    note[2] = NOTE.to_string();
    out.push(note);
    out
}

/// The dictionary as CSV (UTF-8 with a byte-order mark, formulas guarded
/// like every CSV the system writes).
pub fn csv(edition: &Edition, previous: Option<&Edition>) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice("\u{feff}".as_bytes());
    let mut out = csv::Writer::from_writer(bytes);
    out.write_record(HEADER)?;
    for row in rows(edition, previous, |_| false) {
        super::formula_guard::write_record(&mut out, &row)?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}
