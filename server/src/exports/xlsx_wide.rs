//! The XLSX export in wide form: sheet "Responses" has one row per Member
//! State and one column per answer (checkbox groups as one column per
//! option, TRUE when selected); sheet "Data dictionary" describes every
//! column (question id, question text, answer type, printed number, and
//! whether the field is new, reworded or unchanged since the previous
//! edition), generated from the edition's definition; sheet "Dropped since
//! {previous}" lists the previous edition's fields no longer asked; sheet
//! "Carried over" has a line per answer carried over from the previous
//! edition, with whether it was confirmed unchanged or changed; sheet "Cut
//! cells" lists the answers longer than a cell holds, cut with a marker
//! (`xlsx_limits`). Written with rust_xlsxwriter in constant-memory mode
//! (rows go to a temporary file as they are written).

use super::columns::{cell, columns, Cell, CellType};
use super::dictionary::{self, FIXED};
use super::xlsx_limits::{fit, sheet_name};
use super::Exported;
use app::questionnaire::compare::dropped;
use app::questionnaire::display::{field_question, printed_number};
use app::questionnaire::Edition;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

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

    let date = Format::new().set_num_format("yyyy-mm-dd");
    let when = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name("Responses")?;
    // For reading 193 rows: the header and the Member State stay in view,
    // every column filters, and widths fit what the columns hold (set
    // before the rows: constant-memory mode writes them as they come).
    sheet.set_freeze_panes(1, 1)?;
    for (i, width) in [28, 6, 10, 18, 8, 8, 12, 17].iter().enumerate() {
        sheet.set_column_width(i as u16, *width)?;
    }
    for (i, (name, _)) in FIXED.iter().enumerate() {
        sheet.write_string_with_format(0, i as u16, *name, &bold)?;
    }
    let first = FIXED.len() as u16;
    for (i, c) in cols.iter().enumerate() {
        let width = match c.cell_type {
            CellType::Text => 30,
            CellType::Date => 11,
            _ => 12,
        };
        sheet.set_column_width(first + i as u16, width)?;
        sheet.write_string_with_format(0, first + i as u16, &c.header, &bold)?;
    }
    let last_col = first + cols.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, exported.len() as u32, last_col)?;
    // (Member State, iso3, column header, characters) of each cut cell.
    let mut cuts: Vec<(&str, &str, &str, usize)> = Vec::new();
    for (r, e) in exported.iter().enumerate() {
        let row = r as u32 + 1;
        let answers = e.version.typed(edition);
        sheet.write_string(row, 0, &e.state.name)?;
        sheet.write_string(row, 1, &e.state.iso3)?;
        sheet.write_string(row, 2, &e.state.region)?;
        sheet.write_string(row, 3, &e.state.subregion)?;
        sheet.write_string(row, 4, &edition.id)?;
        sheet.write_number(row, 5, e.version.version)?;
        sheet.write_string(row, 6, e.cycle.as_str())?;
        let submitted = ExcelDateTime::from_timestamp(e.version.submitted_at.timestamp())?;
        sheet.write_datetime_with_format(row, 7, &submitted, &when)?;
        for (i, c) in cols.iter().enumerate() {
            let col = first + i as u16;
            let Some(field) = edition.field(&c.field_id) else {
                continue;
            };
            match cell(c, field, answers.get(&c.field_id)) {
                Cell::Empty => {}
                Cell::Text(s) => {
                    let (text, cut) = fit(&s);
                    if let Some(chars) = cut {
                        cuts.push((&e.state.name, &e.state.iso3, &c.header, chars));
                    }
                    sheet.write_string(row, col, text)?;
                }
                Cell::Number(n) => {
                    sheet.write_number(row, col, n)?;
                }
                Cell::Bool(b) => {
                    sheet.write_boolean(row, col, b)?;
                }
                Cell::Date(y, m, d) => {
                    sheet.write_datetime_with_format(
                        row,
                        col,
                        ExcelDateTime::from_ymd(y, m, d)?,
                        &date,
                    )?;
                }
            }
        }
    }

    let dict = book.add_worksheet_with_constant_memory()?;
    dict.set_name("Data dictionary")?;
    for (i, h) in dictionary::HEADER.iter().enumerate() {
        dict.write_string_with_format(0, i as u16, *h, &bold)?;
    }
    let cut = |column: &str| cuts.iter().any(|(_, _, h, _)| *h == column);
    for (r, line) in dictionary::rows(edition, previous, cut).iter().enumerate() {
        for (c, text) in line.iter().enumerate() {
            if !text.is_empty() {
                dict.write_string(r as u32 + 1, c as u16, fit(text).0)?;
            }
        }
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
        gone.set_name(sheet_name(&format!("Dropped since {}", p.id)))?;
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
            gone.write_string(row, 2, fit(&field_question(p, f)).0)?;
        }
    }
    if !cuts.is_empty() {
        let sheet = book.add_worksheet_with_constant_memory()?;
        sheet.set_name("Cut cells")?;
        for (i, h) in ["member_state", "iso3", "column", "characters"]
            .iter()
            .enumerate()
        {
            sheet.write_string_with_format(0, i as u16, *h, &bold)?;
        }
        for (r, (name, iso3, column, chars)) in cuts.iter().enumerate() {
            let row = r as u32 + 1;
            sheet.write_string(row, 0, *name)?;
            sheet.write_string(row, 1, *iso3)?;
            sheet.write_string(row, 2, *column)?;
            sheet.write_number(row, 3, *chars as f64)?;
        }
    }
    book.save_to_buffer()
}
