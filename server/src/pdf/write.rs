//! Laid-out pages to a PDF document (printpdf): every face is subset to the
//! glyphs the document uses (allsorts) and embedded as an Identity-H font
//! whose ToUnicode map gives each glyph its text back (search, copy,
//! `pdftotext`).

use super::fonts::FontSet;
use super::layout::{Item, Pages, PAGE_HEIGHT, PAGE_WIDTH};
use super::PdfError;
use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{subset, CmapTarget, SubsetProfile};
use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line as PathLine, LinePoint, Mm, Op, PaintMode,
    ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
    TextMatrix,
};
use std::collections::BTreeMap;

/// Per face: original glyph id -> the text it stands for.
type GlyphUse = BTreeMap<usize, BTreeMap<u16, String>>;

/// The document's metadata.
pub struct Meta<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    /// Seconds since 1970 (UTC).
    pub created: i64,
}

pub fn write(fonts: &FontSet, pages: &Pages, meta: &Meta) -> Result<lopdf::Document, PdfError> {
    let used = glyph_use(pages);
    let mut doc = PdfDocument::new(meta.title);
    doc.metadata.info.author = meta.author.to_string();
    doc.metadata.info.subject = meta.subject.to_string();
    doc.metadata.info.creator = "MSQ".to_string();
    doc.metadata.info.producer = "MSQ (printpdf)".to_string();
    let created = printpdf::OffsetDateTime::from_unix_timestamp(meta.created)
        .unwrap_or(printpdf::OffsetDateTime::epoch());
    doc.metadata.info.creation_date = created;
    doc.metadata.info.modification_date = created;
    doc.metadata.info.metadata_date = created;

    // Subset each face used and register it: new glyph ids are positions
    // in the list handed to the subsetter (.notdef first).
    let mut embedded: BTreeMap<usize, (FontId, BTreeMap<u16, u16>)> = BTreeMap::new();
    for (&face, glyphs) in &used {
        let f = &fonts.faces[face];
        let ids: Vec<u16> = std::iter::once(0)
            .chain(glyphs.keys().copied().filter(|g| *g != 0))
            .collect();
        let file = ReadScope::new(f.data)
            .read::<FontData<'_>>()
            .map_err(|e| PdfError::Font(format!("{}: {e}", f.name)))?;
        let provider = file
            .table_provider(f.index as usize)
            .map_err(|e| PdfError::Font(format!("{}: {e}", f.name)))?;
        let bytes = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| PdfError::Font(format!("{}: subset: {e}", f.name)))?;
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| PdfError::Font(format!("{}: subset unreadable", f.name)))?;
        let id = doc.add_font(&parsed);
        let remap = ids
            .iter()
            .enumerate()
            .map(|(new, old)| (*old, new as u16))
            .collect();
        embedded.insert(face, (id, remap));
    }

    let mut out_pages = Vec::with_capacity(pages.pages.len());
    for items in &pages.pages {
        let mut ops = Vec::new();
        for item in items {
            draw(fonts, item, &used, &embedded, &mut ops);
        }
        out_pages.push(PdfPage::new(
            Mm::from(Pt(PAGE_WIDTH)),
            Mm::from(Pt(PAGE_HEIGHT)),
            ops,
        ));
    }
    doc.with_pages(out_pages);
    let opts = PdfSaveOptions {
        optimize: true,
        // Already subset above.
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let lo = doc.to_lopdf_document(&opts, &mut warnings);
    for w in warnings
        .iter()
        .filter(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        tracing::warn!(message = %w.msg, "printpdf");
    }
    Ok(lo)
}

/// Which glyphs of which faces the pages use, each with one text (the
/// ToUnicode map has one entry per glyph).
fn glyph_use(pages: &Pages) -> GlyphUse {
    let mut used: GlyphUse = BTreeMap::new();
    for item in pages.pages.iter().flatten() {
        if let Item::Text { line, .. } = item {
            for run in &line.runs {
                let map = used.entry(run.face).or_default();
                for g in &run.glyphs {
                    let entry = map.entry(g.gid).or_default();
                    if entry.is_empty() {
                        entry.clone_from(&g.text);
                    }
                }
            }
        }
    }
    used
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// Page coordinates run from the bottom; layout's from the top.
fn flip(y: f32) -> f32 {
    PAGE_HEIGHT - y
}

fn draw(
    fonts: &FontSet,
    item: &Item,
    used: &GlyphUse,
    embedded: &BTreeMap<usize, (FontId, BTreeMap<u16, u16>)>,
    ops: &mut Vec<Op>,
) {
    match item {
        Item::Text {
            line,
            x,
            baseline,
            grey: level,
        } => {
            if line.runs.iter().all(|r| r.glyphs.is_empty()) {
                return;
            }
            ops.push(Op::SetFillColor { col: grey(*level) });
            ops.push(Op::StartTextSection);
            for run in line.runs.iter().filter(|r| !r.glyphs.is_empty()) {
                let (font, remap) = &embedded[&run.face];
                let face = &fonts.faces[run.face];
                let texts = &used[&run.face];
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font.clone()),
                    size: Pt(run.size),
                });
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(x + run.glyphs[0].x), Pt(flip(*baseline))),
                });
                // Each glyph's kern moves the pen from where the font's own
                // advance leaves it to where the shaper put the next glyph.
                let mut cps = Vec::with_capacity(run.glyphs.len());
                for (i, g) in run.glyphs.iter().enumerate() {
                    let advance = face.advance(g.gid) * run.size / face.units_per_em;
                    let offset = match run.glyphs.get(i + 1) {
                        Some(next) => (g.x + advance - next.x) * 1000.0 / run.size,
                        None => 0.0,
                    };
                    cps.push(Codepoint {
                        gid: remap.get(&g.gid).copied().unwrap_or(0),
                        offset: if offset.abs() < 0.01 { 0.0 } else { offset },
                        cid: Some(texts.get(&g.gid).cloned().unwrap_or_default()),
                    });
                }
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(cps)],
                });
            }
            ops.push(Op::EndTextSection);
        }
        Item::CheckBox {
            x,
            top,
            size,
            checked,
        } => {
            ops.push(Op::SetOutlineColor { col: grey(0.0) });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(*x),
                    y: Pt(flip(top + size)),
                    width: Pt(*size),
                    height: Pt(*size),
                    mode: Some(PaintMode::Stroke),
                    winding_order: None,
                },
            });
            if *checked {
                // A tick drawn as two strokes.
                ops.push(Op::SetOutlineThickness { pt: Pt(1.4) });
                let p = |dx: f32, dy: f32| LinePoint {
                    p: Point {
                        x: Pt(x + dx * size),
                        y: Pt(flip(top + dy * size)),
                    },
                    bezier: false,
                };
                ops.push(Op::DrawLine {
                    line: PathLine {
                        points: vec![p(0.2, 0.5), p(0.42, 0.75), p(0.82, 0.2)],
                        is_closed: false,
                    },
                });
            }
        }
        Item::Rule { x1, x2, y } => {
            ops.push(Op::SetOutlineColor { col: grey(0.7) });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
            let p = |x: f32| LinePoint {
                p: Point {
                    x: Pt(x),
                    y: Pt(flip(*y)),
                },
                bezier: false,
            };
            ops.push(Op::DrawLine {
                line: PathLine {
                    points: vec![p(*x1), p(*x2)],
                    is_closed: false,
                },
            });
        }
        Item::Frame {
            x,
            top,
            width,
            height,
        } => {
            ops.push(Op::SetOutlineColor { col: grey(0.3) });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(*x),
                    y: Pt(flip(top + height)),
                    width: Pt(*width),
                    height: Pt(*height),
                    mode: Some(PaintMode::Stroke),
                    winding_order: None,
                },
            });
        }
    }
}
