//! The submission PDF: laid out from the edition's definition and the
//! frozen answers, with embedded Unicode fonts and the answers' JSON
//! attached; `signing` then signs it.
//!
//! - `fonts`: the faces, loaded once, and the fallback chain
//! - `shaping`: text to glyphs (bidi, line breaks, harfrust)
//! - `layout`: rows, blocks and pages
//! - `content`: what is printed for each question and answer type
//! - `write`: pages to a PDF with printpdf (fonts subset)
//! - `attachment`: the answers' JSON as an embedded file
//! - `basics`: PDF basics shared with the signer (widget, strings, dates)

pub mod attachment;
pub mod basics;
pub mod content;
pub mod fonts;
pub mod layout;
pub mod shaping;
pub mod write;

pub use content::{SignatureText, Submission};
pub use fonts::FontSet;

use basics::Widget;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font: {0}")]
    Font(String),
    #[error("PDF structure: {0}")]
    Pdf(#[from] lopdf::Error),
}

/// A laid-out, unsigned document and where its signature widget goes.
pub struct Rendered {
    pub doc: lopdf::Document,
    pub widget: Widget,
}

/// Renders a submission, with `json` (its response file) attached.
pub fn render(
    fonts: &FontSet,
    s: &Submission,
    sig: &SignatureText,
    json: &[u8],
    created: chrono::DateTime<chrono::Utc>,
) -> Result<Rendered, PdfError> {
    let (mut pages, place) = content::build(fonts, s, sig);
    content::decorate(fonts, s, &mut pages);
    let title = format!(
        "{} – {}{}",
        app::questionnaire::text::plain(s.edition.title.en()),
        content::member_state_name(s.member_state),
        s.version.map(|v| format!(" – v{v}")).unwrap_or_default()
    );
    let mut doc = write::write(
        fonts,
        &pages,
        &write::Meta {
            title: &title,
            author: s.submitted_by,
            subject: &format!("SHA-256 of the answers: {}", s.sha256),
            created: created.timestamp(),
        },
    )?;
    attachment::attach(
        &mut doc,
        attachment::FILE_NAME,
        "The submitted answers (MSQ response file, docs/response-format.md)",
        json,
        &basics::pdf_date(&created),
    )?;
    compress(&mut doc);
    Ok(Rendered {
        doc,
        widget: Widget {
            page: place.page,
            rect: [
                place.x,
                layout::PAGE_HEIGHT - (place.top + place.height),
                place.x + place.width,
                layout::PAGE_HEIGHT - place.top,
            ],
        },
    })
}

/// Compresses the streams printpdf leaves raw (page contents, font
/// programs) with a fast Flate level: most of the gain for little time.
fn compress(doc: &mut lopdf::Document) {
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            if !stream.allows_compression || stream.dict.has(b"Filter") || stream.content.len() < 64
            {
                continue;
            }
            let mut encoder = ZlibEncoder::new(
                Vec::with_capacity(stream.content.len() / 2),
                Compression::fast(),
            );
            if encoder.write_all(&stream.content).is_err() {
                continue;
            }
            if let Ok(packed) = encoder.finish() {
                if packed.len() < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(packed);
                }
            }
        }
    }
}
