//! The XLSX export in wide form: sheet "Responses" has one row per Member
//! State and one column per answer (checkbox groups as one column per
//! option, TRUE when selected); sheet "Data dictionary" describes every
//! column (question id, question text, answer type, printed number, and
//! whether the field is new, reworded or unchanged since the previous
//! edition), generated from the edition's definition; sheet "Dropped since
//! {previous}" lists the previous edition's fields no longer asked; sheet
//! "Carried over" has a line per answer carried over from the previous
//! edition, with whether it was confirmed unchanged or changed. Written with rust_xlsxwriter in constant-memory
//! mode (rows go to a temporary file as they are written).

use super::columns::{cell, columns, Cell};
use super::Exported;
use app::questionnaire::compare::{dropped, since};
use app::questionnaire::display::{field_question, printed_number};
use app::questionnaire::Edition;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The columns before the answers: (header, description).
const FIXED: [(&str, &str); 7] = [
    ("member_state", "Member State (English short name)"),
    ("iso3", "ISO 3166-1 alpha-3 code"),
    ("region", "UN region"),
    ("edition", "Questionnaire edition"),
    ("version", "Submitted version exported (the latest)"),
    ("state", "State in the review cycle"),
    (
        "submitted_at",
        "When the version was submitted (UTC, RFC 3339)",
    ),
];

/// `previous`: the edition before this one, for the dictionary's marks
/// (new, reworded, unchanged) and the list of what was dropped.
pub fn write(
    edition: &Edition,
    previous: Option<&Edition>,
    exported: &[Exported],
) -> Result<Vec<u8>, XlsxError> {
    let cols = columns(edition);
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();

    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name("Responses")?;
    for (i, (name, _)) in FIXED.iter().enumerate() {
        sheet.write_string_with_format(0, i as u16, *name, &bold)?;
    }
    let first = FIXED.len() as u16;
    for (i, c) in cols.iter().enumerate() {
        sheet.write_string_with_format(0, first + i as u16, &c.header, &bold)?;
    }
    for (r, e) in exported.iter().enumerate() {
        let row = r as u32 + 1;
        let answers = e.version.typed(edition);
        sheet.write_string(row, 0, &e.state.name)?;
        sheet.write_string(row, 1, &e.state.iso3)?;
        sheet.write_string(row, 2, &e.state.region)?;
        sheet.write_string(row, 3, &edition.id)?;
        sheet.write_number(row, 4, e.version.version)?;
        sheet.write_string(row, 5, e.cycle.as_str())?;
        sheet.write_string(row, 6, e.version.submitted_at.to_rfc3339())?;
        for (i, c) in cols.iter().enumerate() {
            let col = first + i as u16;
            let Some(field) = edition.field(&c.field_id) else {
                continue;
            };
            match cell(c, field, answers.get(&c.field_id)) {
                Cell::Empty => {}
                Cell::Text(s) => {
                    sheet.write_string(row, col, s)?;
                }
                Cell::Number(n) => {
                    sheet.write_number(row, col, n)?;
                }
                Cell::Bool(b) => {
                    sheet.write_boolean(row, col, b)?;
                }
            }
        }
    }

    let dict = book.add_worksheet_with_constant_memory()?;
    dict.set_name("Data dictionary")?;
    for (i, h) in [
        "column",
        "question_id",
        "question",
        "detail",
        "answer_type",
        "cell_type",
        "question_number",
        "since_previous_edition",
    ]
    .iter()
    .enumerate()
    {
        dict.write_string_with_format(0, i as u16, *h, &bold)?;
    }
    let mut row = 1;
    for (name, description) in FIXED {
        dict.write_string(row, 0, name)?;
        dict.write_string(row, 2, description)?;
        row += 1;
    }
    for c in &cols {
        dict.write_string(row, 0, &c.header)?;
        dict.write_string(row, 1, &c.field_id)?;
        dict.write_string(row, 2, &c.question)?;
        dict.write_string(row, 3, &c.detail)?;
        dict.write_string(row, 4, c.answer_type)?;
        dict.write_string(row, 5, c.cell_type.as_str())?;
        dict.write_string(row, 6, &c.number)?;
        if let (Some(p), Some(field)) = (previous, edition.field(&c.field_id)) {
            dict.write_string(row, 7, since(p, edition, field).as_str())?;
        }
        row += 1;
    }
    let carried = book.add_worksheet_with_constant_memory()?;
    carried.set_name("Carried over")?;
    for (i, h) in [
        "member_state",
        "iso3",
        "question_id",
        "question_number",
        "carried",
        "from_edition",
    ]
    .iter()
    .enumerate()
    {
        carried.write_string_with_format(0, i as u16, *h, &bold)?;
    }
    let mut row = 0;
    for e in exported {
        let Some(c) = &e.version.carried else {
            continue;
        };
        for (id, state) in &c.fields {
            row += 1;
            let number = edition
                .field(id)
                .map(|f| printed_number(edition, f))
                .unwrap_or_default();
            carried.write_string(row, 0, &e.state.name)?;
            carried.write_string(row, 1, &e.state.iso3)?;
            carried.write_string(row, 2, id)?;
            carried.write_string(row, 3, number)?;
            carried.write_string(row, 4, state)?;
            carried.write_string(row, 5, &c.from)?;
        }
    }
    if let Some(p) = previous {
        let gone = book.add_worksheet_with_constant_memory()?;
        gone.set_name(format!("Dropped since {}", p.id))?;
        for (i, h) in ["question_id", "question_number", "question"]
            .iter()
            .enumerate()
        {
            gone.write_string_with_format(0, i as u16, *h, &bold)?;
        }
        for (r, f) in dropped(p, edition).into_iter().enumerate() {
            let row = r as u32 + 1;
            gone.write_string(row, 0, &f.id)?;
            gone.write_string(row, 1, printed_number(p, f))?;
            gone.write_string(row, 2, field_question(p, f))?;
        }
    }
    book.save_to_buffer()
}
