//! The panel export across editions, for comparing cycles without joining
//! by hand: the long CSV's columns (its `edition` column tells the cycles
//! apart) for the fields whose id carries over, as CSV or as one XLSX sheet.

use super::{csv_long, Exported};
use app::questionnaire::Edition;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// Whether a field id carries over: asked by at least two of the editions.
pub fn carries(editions: &[&Edition], id: &str) -> bool {
    editions.iter().filter(|e| e.field(id).is_some()).count() >= 2
}

/// The panel as CSV (UTF-8 with a byte-order mark, as the long CSV).
pub fn csv(parts: &[(&Edition, Vec<Exported>)]) -> Result<Vec<u8>, csv::Error> {
    csv_long::write_panel(parts)
}

/// The panel as an XLSX sheet "Panel": the same columns and lines.
pub fn xlsx(parts: &[(&Edition, Vec<Exported>)]) -> Result<Vec<u8>, String> {
    let text = csv::Reader::from_reader(&csv(parts).map_err(|e| e.to_string())?[3..])
        .into_records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let sheet_of = |e: XlsxError| e.to_string();
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();
    let sheet = book
        .add_worksheet_with_constant_memory()
        .map_err(sheet_of)?;
    sheet.set_name("Panel").map_err(sheet_of)?;
    for (i, h) in csv_long::HEADER.iter().enumerate() {
        sheet
            .write_string_with_format(0, i as u16, *h, &bold)
            .map_err(sheet_of)?;
    }
    for (r, record) in text.iter().enumerate() {
        for (c, cell) in record.iter().enumerate() {
            // The CSV's formula guard is for spreadsheets reading CSV; an
            // XLSX cell is typed text and never a formula.
            let cell = match cell.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
                _ => cell,
            };
            sheet
                .write_string(r as u32 + 1, c as u16, cell)
                .map_err(sheet_of)?;
        }
    }
    book.save_to_buffer().map_err(sheet_of)
}
