//! Excel's limits, kept by every cell and sheet name the XLSX export
//! writes, so one unusual answer never fails the file for everyone:
//! - a text longer than a cell holds is cut with a marker saying so;
//! - line breaks become Excel's own (LF: from CR LF, CR, and the vertical
//!   tab Word writes for a manual line break); any other control character
//!   is shown as U+FFFD "�" (Excel would need its `_xHHHH_` escapes, which
//!   pandas and openpyxl show as written);
//! - a sheet name is cut to 31 characters without those Excel refuses.
//!
//! The data dictionary says so (`NOTE`); the CSV and JSON exports keep
//! every answer exactly as stored. Literal `_x0041_`-like text is escaped
//! by rust_xlsxwriter (`_x005F_x0041_`), which Excel reads back as typed.

use std::borrow::Cow;

/// The most a cell holds, in UTF-16 code units (what Excel counts).
pub const MAX_CELL: usize = 32_767;
/// The most a sheet name holds.
pub const MAX_SHEET_NAME: usize = 31;

/// The end of a cut cell: "… [cut: 40,000 characters in all: …]".
pub fn cut_marker(chars: usize) -> String {
    format!(
        " … [cut at Excel's limit: {} characters in all; the CSV and JSON exports hold the whole answer]",
        thousands(chars)
    )
}

/// What the dictionary says of every text cell.
pub const NOTE: &str =
    "Every text cell: line breaks are kept (CR LF, CR and Word's vertical tab become a line \
     break); any other control character is shown as �; a text longer than Excel's 32,767 \
     characters is cut with a marker and listed in the sheet “Cut cells”. The CSV and JSON \
     exports keep every answer exactly as stored.";

/// A text as a cell holds it: line breaks and control characters as
/// Excel shows them, whole or cut with the marker (and then the number of
/// characters it had).
pub fn fit(text: &str) -> (Cow<'_, str>, Option<usize>) {
    let text = plain(text);
    if utf16_len(&text) <= MAX_CELL {
        return (text, None);
    }
    let chars = text.chars().count();
    let marker = cut_marker(chars);
    let room = MAX_CELL - utf16_len(&marker);
    let mut used = 0;
    let end = text
        .char_indices()
        .find(|(_, c)| {
            used += c.len_utf16();
            used > room
        })
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    (Cow::Owned(format!("{}{marker}", &text[..end])), Some(chars))
}

/// Line breaks as LF, other control characters (but tab) as U+FFFD.
fn plain(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\t' && c != '\n')
    {
        return Cow::Borrowed(text);
    }
    let text = text.replace("\r\n", "\n");
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\r' | '\u{b}' | '\u{c}' => '\n',
                '\t' | '\n' => c,
                c if c.is_control() => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

/// A sheet name Excel accepts: none of `[]:*?/\`, no apostrophe at either
/// end, at most 31 characters.
pub fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(MAX_SHEET_NAME)
        .collect();
    let clean = clean.trim_matches('\'').trim().to_string();
    if clean.is_empty() {
        "Sheet".to_string()
    } else {
        clean
    }
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_to_what_a_cell_holds_and_says_so() {
        let text = "é".repeat(40_000);
        let (cell, cut) = fit(&text);
        assert_eq!(cut, Some(40_000));
        assert!(utf16_len(&cell) <= MAX_CELL);
        assert!(cell.ends_with(&cut_marker(40_000)));
        assert!(cell.contains("40,000 characters"));
        // Characters outside the BMP count twice, and are never split.
        let emoji = "😀".repeat(20_000);
        let (cell, cut) = fit(&emoji);
        assert_eq!(cut, Some(20_000));
        assert!(utf16_len(&cell) <= MAX_CELL);
        let (short, cut) = fit("short");
        assert_eq!((short.as_ref(), cut), ("short", None));
        let exact = "a".repeat(MAX_CELL);
        assert_eq!(fit(&exact).1, None);
    }

    #[test]
    fn line_breaks_are_excels_and_other_control_characters_are_shown() {
        let (cell, cut) = fit("a\r\nb\rc\u{b}d\te\u{7}f\u{1b}");
        assert_eq!(cell, "a\nb\nc\nd\te\u{fffd}f\u{fffd}");
        assert_eq!(cut, None);
        assert!(matches!(fit("plain\ttext\n").0, Cow::Borrowed(_)));
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(
            sheet_name("Dropped since 2018/19 [draft]"),
            "Dropped since 2018-19 -draft-"
        );
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
        assert_eq!(sheet_name("'quoted'"), "quoted");
        assert_eq!(sheet_name("''"), "Sheet");
    }
}
