//! Every CSV cell the system writes goes through [`cell`]: a value that a
//! spreadsheet program would run as a formula (it starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as
//! OWASP advises ("CSV injection"). The value is otherwise kept as typed;
//! readers that want the original drop one leading `'` from such cells
//! (docs/review.md).

use std::borrow::Cow;

/// The characters that make a cell a formula in Excel, LibreOffice and
/// Google Sheets.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

pub fn cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(TRIGGERS) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// Writes one CSV record with every cell guarded.
pub fn write_record<W: std::io::Write, S: AsRef<str>>(
    out: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> Result<(), csv::Error> {
    out.write_record(cells.into_iter().map(|c| cell(c.as_ref()).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_the_rest_kept() {
        for (typed, written) in [
            (
                "=HYPERLINK(\"http://evil\",\"x\")",
                "'=HYPERLINK(\"http://evil\",\"x\")",
            ),
            ("+1+2", "'+1+2"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
        ] {
            assert_eq!(cell(typed), written);
        }
        for kept in ["plain", "a=b", "", "42", "المغرب", "'quoted", " =1"] {
            assert_eq!(cell(kept), kept);
        }
    }
}
