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

/// The panel as an XLSX sheet "Panel": the same columns and lines (cells
/// are typed text, never formulas, so nothing needs guarding).
pub fn xlsx(parts: &[(&Edition, Vec<Exported>)]) -> Result<Vec<u8>, XlsxError> {
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name("Panel")?;
    for (i, h) in csv_long::HEADER.iter().enumerate() {
        sheet.write_string_with_format(0, i as u16, *h, &bold)?;
    }
    let mut row = 0;
    csv_long::panel_lines(parts, |cells| {
        row += 1;
        for (c, cell) in cells.iter().enumerate() {
            sheet.write_string(row, c as u16, *cell)?;
        }
        Ok::<_, XlsxError>(())
    })?;
    book.save_to_buffer()
}
