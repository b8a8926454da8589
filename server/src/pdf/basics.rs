//! PDF basics shared by the renderer (`pdf`) and the signer (`signing`):
//! where the signature's widget goes, text strings and dates as PDF writes
//! them. Depends on nothing else of ours.

use chrono::{DateTime, Utc};
use lopdf::{Object, StringFormat};

/// Where the widget goes: page index and rectangle in PDF coordinates
/// (from the bottom-left corner).
pub struct Widget {
    pub page: usize,
    pub rect: [f32; 4],
}

/// Text strings in PDF: UTF-16BE with a byte-order mark when not ASCII.
pub fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::string_literal(s)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// A PDF date: "D:YYYYMMDDHHmmSSZ".
pub fn pdf_date(t: &DateTime<Utc>) -> String {
    t.format("D:%Y%m%d%H%M%SZ").to_string()
}
