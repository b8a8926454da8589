//! Puts a signature into a PDF (PAdES, SubFilter ETSI.CAdES.detached): a
//! signature field whose widget covers the visible signature block, a
//! signature dictionary with /Name, /Reason, /Location and /M, and the CMS
//! over every byte of the file but the /Contents hole.

use crate::pdf::basics::{text_string, Widget};
use lopdf::{dictionary, Document, Object, ObjectId, Stream, StringFormat};

/// Bytes reserved for the CMS (hex doubles them in the file). A B-T
/// signature with a certificate chain and a time-stamp token is 4-8 KB.
pub const CONTENTS_SIZE: usize = 16 * 1024;
const BYTE_RANGE_PLACEHOLDER: i64 = 9_999_999_999;

/// What the signature dictionary says.
pub struct SignatureFields<'a> {
    pub name: &'a str,
    pub reason: &'a str,
    pub location: &'a str,
    /// PDF date, "D:20200331140509Z".
    pub date: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum PadesError {
    #[error("the PDF has no page {0}")]
    NoPage(usize),
    #[error("the PDF structure: {0}")]
    Pdf(#[from] lopdf::Error),
    #[error("writing the PDF: {0}")]
    Io(#[from] std::io::Error),
    #[error("the signature placeholder was not found in the saved file")]
    Placeholder,
    #[error("the signature ({0} bytes) does not fit the reserved space")]
    TooLarge(usize),
}

/// Adds the signature dictionary (with placeholders), its field and widget,
/// and returns the saved file with the byte ranges filled in.
pub fn prepare(
    doc: &mut Document,
    fields: &SignatureFields,
    widget: &Widget,
) -> Result<Prepared, PadesError> {
    let sig_id = doc.add_object(dictionary! {
        "Type" => "Sig",
        "Filter" => "Adobe.PPKLite",
        "SubFilter" => "ETSI.CAdES.detached",
        "ByteRange" => vec![
            Object::Integer(0),
            Object::Integer(BYTE_RANGE_PLACEHOLDER),
            Object::Integer(BYTE_RANGE_PLACEHOLDER),
            Object::Integer(BYTE_RANGE_PLACEHOLDER),
        ],
        "Contents" => Object::String(vec![0u8; CONTENTS_SIZE], StringFormat::Hexadecimal),
        "Name" => text_string(fields.name),
        "Reason" => text_string(fields.reason),
        "Location" => text_string(fields.location),
        "M" => Object::string_literal(fields.date),
    });
    let page_id: ObjectId = *doc
        .get_pages()
        .get(&(widget.page as u32 + 1))
        .ok_or(PadesError::NoPage(widget.page))?;
    let [x1, y1, x2, y2] = widget.rect;
    // An empty appearance: the block itself is drawn in the page content.
    let appearance = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), (x2 - x1).into(), (y2 - y1).into()],
        },
        Vec::new(),
    ));
    let widget_id = doc.add_object(dictionary! {
        "Type" => "Annot",
        "Subtype" => "Widget",
        "FT" => "Sig",
        "T" => Object::string_literal("Submission signature"),
        "V" => sig_id,
        // Print + Locked.
        "F" => 132,
        "Rect" => vec![x1.into(), y1.into(), x2.into(), y2.into()],
        "P" => page_id,
        "AP" => dictionary! { "N" => appearance },
    });
    let page = doc.get_dictionary_mut(page_id)?;
    match page.get_mut(b"Annots") {
        Ok(Object::Array(a)) => a.push(widget_id.into()),
        _ => page.set("Annots", vec![Object::Reference(widget_id)]),
    }
    doc.catalog_mut()?.set(
        "AcroForm",
        dictionary! {
            "Fields" => vec![Object::Reference(widget_id)],
            // SignaturesExist + AppendOnly.
            "SigFlags" => 3,
        },
    );
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)?;
    Prepared::locate(bytes)
}

/// A saved file with its signature hole located and byte ranges written.
pub struct Prepared {
    pub bytes: Vec<u8>,
    /// Start of "<" and end after ">" of /Contents.
    hole: (usize, usize),
}

impl Prepared {
    fn locate(mut bytes: Vec<u8>) -> Result<Prepared, PadesError> {
        let zeros = vec![b'0'; CONTENTS_SIZE * 2];
        let start = find(&bytes, &zeros).ok_or(PadesError::Placeholder)?;
        if start == 0 || bytes[start - 1] != b'<' || bytes.get(start + zeros.len()) != Some(&b'>') {
            return Err(PadesError::Placeholder);
        }
        let hole = (start - 1, start + zeros.len() + 1);
        // The placeholder array, e.g. "[0 9999999999 9999999999 9999999999]".
        let marker = BYTE_RANGE_PLACEHOLDER.to_string();
        let first = find(&bytes, marker.as_bytes()).ok_or(PadesError::Placeholder)?;
        let open = bytes[..first]
            .iter()
            .rposition(|b| *b == b'[')
            .ok_or(PadesError::Placeholder)?;
        let close = first
            + bytes[first..]
                .iter()
                .position(|b| *b == b']')
                .ok_or(PadesError::Placeholder)?;
        let ranges = format!("0 {} {} {}", hole.0, hole.1, bytes.len() - hole.1);
        let width = close - open - 1;
        if ranges.len() > width {
            return Err(PadesError::Placeholder);
        }
        let padded = format!("{ranges:<width$}");
        bytes[open + 1..close].copy_from_slice(padded.as_bytes());
        Ok(Prepared { bytes, hole })
    }

    /// The bytes the signature covers: all but the hole.
    pub fn signed_parts(&self) -> [&[u8]; 2] {
        [&self.bytes[..self.hole.0], &self.bytes[self.hole.1..]]
    }

    /// Writes the CMS into the hole; the result is the signed file.
    pub fn finish(mut self, cms: &[u8]) -> Result<Vec<u8>, PadesError> {
        let hex = hex::encode(cms);
        if hex.len() > CONTENTS_SIZE * 2 {
            return Err(PadesError::TooLarge(cms.len()));
        }
        let at = self.hole.0 + 1;
        self.bytes[at..at + hex.len()].copy_from_slice(hex.as_bytes());
        Ok(self.bytes)
    }
}

pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
