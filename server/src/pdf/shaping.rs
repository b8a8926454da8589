//! Text to positioned glyphs: each paragraph is split into lines that fit a
//! width (break opportunities of UAX #14, so Chinese wraps too), each line
//! into bidi runs in visual order (UAX #9: Arabic right to left, digits
//! inside it left to right), each run into pieces of one face (the fallback
//! chain), and each piece shaped by harfrust, the HarfBuzz port (Arabic
//! joining, marks, ligatures).

use super::fonts::{is_invisible, FontSet, Weight};
use harfrust::{Buffer, Direction, Script, ShapeOptions, ShapePlan, ShaperFont};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use unicode_bidi::ParagraphBidiInfo;
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// One glyph placed on a line.
#[derive(Clone, Debug)]
pub struct Glyph {
    pub gid: u16,
    /// Where the glyph's origin is, in points from the line's left edge.
    pub x: f32,
    /// The text this glyph stands for (first glyph of a cluster), `Some("")`
    /// for the other glyphs of a cluster.
    pub text: String,
}

/// Glyphs of one face at one size, left to right.
#[derive(Clone, Debug)]
pub struct Run {
    pub face: usize,
    pub size: f32,
    pub glyphs: Vec<Glyph>,
}

/// One line of text, ready to draw.
#[derive(Clone, Debug, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
    /// The paragraph reads right to left (align it right).
    pub rtl: bool,
}

/// Text style: face weight and size in points.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
}

/// Replaces every character no face can draw by its code point written out
/// ("[U+1F600]"), so nothing is ever dropped silently from the document.
pub fn drawable<'a>(fonts: &FontSet, text: &'a str) -> Cow<'a, str> {
    let missing = fonts.missing(text);
    if missing.is_empty() {
        return Cow::Borrowed(text);
    }
    tracing::warn!(?missing, "characters without a glyph in any PDF font");
    Cow::Owned(
        text.chars()
            .map(|c| {
                if missing.contains(&c) {
                    format!("[U+{:04X}]", c as u32)
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// Lays out one paragraph (no newlines) in lines at most `max_width` wide.
pub fn paragraph(fonts: &FontSet, text: &str, style: Style, max_width: f32) -> Vec<Line> {
    let text = drawable(fonts, text);
    let text = text.as_ref();
    if text.trim().is_empty() {
        return vec![Line::default()];
    }
    let bidi = ParagraphBidiInfo::new(text, None);
    if bidi.levels.iter().all(|l| l.is_ltr()) {
        return ltr_paragraph(fonts, text, style, max_width);
    }
    let rtl = bidi.paragraph_level.is_rtl();
    let measure = |a: usize, b: usize| measure(fonts, &text[a..b], a, &bidi, style);
    let mut lines = Vec::new();
    for range in line_ranges(text, &measure, max_width) {
        let mut line = shape_line(fonts, text, &bidi, range, style);
        line.rtl = rtl;
        lines.push(line);
    }
    lines
}

/// A paragraph with no right-to-left text: shaped once, face run by face
/// run, then cut into lines (the glyphs of a line are those whose cluster
/// falls inside it).
fn ltr_paragraph(fonts: &FontSet, text: &str, style: Style, max_width: f32) -> Vec<Line> {
    // (face, glyph, absolute cluster) in logical = visual order.
    let mut glyphs: Vec<(usize, Shaped, usize)> = Vec::new();
    for (range, face) in face_runs(fonts, text, style.weight) {
        for g in shape(fonts, face, &text[range.clone()], false, style) {
            let cluster = range.start + g.cluster;
            glyphs.push((face, g, cluster));
        }
    }
    // prefix[i]: advance of the glyphs before glyph i.
    let mut prefix = Vec::with_capacity(glyphs.len() + 1);
    prefix.push(0.0f32);
    for (_, g, _) in &glyphs {
        prefix.push(prefix.last().copied().unwrap_or(0.0) + g.advance);
    }
    let first_at = |byte: usize| glyphs.partition_point(|(_, _, c)| *c < byte);
    let measure = |a: usize, b: usize| prefix[first_at(b)] - prefix[first_at(a)];
    line_ranges(text, &measure, max_width)
        .into_iter()
        .map(|range| {
            let (from, to) = (first_at(range.start), first_at(range.end));
            let origin = prefix[from];
            let mut line = Line::default();
            for (i, (face, g, _)) in glyphs[from..to].iter().enumerate() {
                let glyph = Glyph {
                    gid: g.gid,
                    x: prefix[from + i] - origin + g.offset,
                    text: g.text.clone(),
                };
                match line.runs.last_mut() {
                    Some(run) if run.face == *face => run.glyphs.push(glyph),
                    _ => line.runs.push(Run {
                        face: *face,
                        size: style.size,
                        glyphs: vec![glyph],
                    }),
                }
            }
            line.width = prefix[to] - origin;
            line
        })
        .collect()
}

/// Where the lines of a paragraph start and end (byte ranges, trailing
/// spaces left out).
fn line_ranges(
    text: &str,
    measure: &dyn Fn(usize, usize) -> f32,
    max_width: f32,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut width = 0.0;
    let mut prev = 0;
    for (at, kind) in linebreaks(text) {
        if at == 0 {
            continue;
        }
        let piece = &text[prev..at];
        let w = measure(prev, prev + piece.trim_end().len());
        if width + w > max_width && prev > start {
            out.push(start..trim_end(text, start, prev));
            start = prev;
            width = 0.0;
        }
        if w > max_width {
            // A word longer than the line (a long address): cut it where it
            // fills the line.
            let mut cut_from = prev;
            for (i, c) in piece.char_indices() {
                let end = prev + i + c.len_utf8();
                let w = measure(cut_from, end);
                if w > max_width && end - c.len_utf8() > cut_from {
                    out.push(start..prev + i);
                    start = prev + i;
                    cut_from = start;
                }
            }
            width = measure(start, at);
        } else {
            width += measure(prev, at);
        }
        prev = at;
        if kind == BreakOpportunity::Mandatory && at < text.len() {
            out.push(start..trim_end(text, start, at));
            start = at;
            width = 0.0;
        }
    }
    if start < text.len() || out.is_empty() {
        out.push(start..trim_end(text, start, text.len()));
    }
    out
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// The advance width of a piece of text (order does not matter for width).
fn measure(
    fonts: &FontSet,
    piece: &str,
    offset: usize,
    bidi: &ParagraphBidiInfo,
    style: Style,
) -> f32 {
    let mut w = 0.0;
    for (range, rtl) in direction_runs(bidi, offset..offset + piece.len()) {
        for (sub, face) in face_runs(fonts, &bidi.text[range.clone()], style.weight) {
            let s = &bidi.text[range.start + sub.start..range.start + sub.end];
            w += shape(fonts, face, s, rtl, style)
                .iter()
                .map(|g| g.advance)
                .sum::<f32>();
        }
    }
    w
}

/// Logical runs of one direction inside a range.
fn direction_runs(bidi: &ParagraphBidiInfo, range: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let mut out: Vec<(Range<usize>, bool)> = Vec::new();
    for (i, _) in bidi.text[range.clone()].char_indices() {
        let at = range.start + i;
        let rtl = bidi.levels[at].is_rtl();
        match out.last_mut() {
            Some((r, d)) if *d == rtl => r.end = at,
            _ => out.push((at..at, rtl)),
        }
    }
    // Ends were set to each run's last char start: extend to the char end.
    let n = out.len();
    for k in 0..n {
        out[k].0.end = if k + 1 < n {
            out[k + 1].0.start
        } else {
            range.end
        };
    }
    out
}

/// Splits text into pieces drawn by one face each. Spaces, digits and
/// punctuation stay with the face before them when it has them.
fn face_runs(fonts: &FontSet, text: &str, weight: Weight) -> Vec<(Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let current = out.last().map(|(_, f)| *f);
        let keep = current
            .is_some_and(|f| is_invisible(c) || (!c.is_alphabetic() && fonts.faces[f].has(c)));
        let face = if keep {
            current
        } else {
            fonts.face_for(c, weight)
        };
        // `drawable` replaced what no face has; an invisible character at
        // the start goes with the first face.
        let face = face.unwrap_or(0);
        match out.last_mut() {
            Some((r, f)) if *f == face => r.end = end,
            _ => out.push((i..end, face)),
        }
    }
    out
}

thread_local! {
    /// Shape plans by face, direction and script: making a plan reads the
    /// font's layout tables (which features and lookups apply), which costs
    /// more than shaping a word.
    static PLANS: RefCell<HashMap<(usize, Direction, Script), ShapePlan>> =
        RefCell::new(HashMap::new());
}

fn with_plan<T>(
    key: (usize, Direction, Script),
    face: &super::fonts::Face,
    f: impl FnOnce(&ShapePlan) -> T,
) -> T {
    let (_, direction, script) = key;
    PLANS.with(|plans| {
        let mut plans = plans.borrow_mut();
        let plan = plans
            .entry(key)
            .or_insert_with(|| ShapePlan::new(&face.font, direction, Some(script), None, &[]));
        f(plan)
    })
}

/// A shaped glyph before placement, in points.
struct Shaped {
    gid: u16,
    /// Byte offset of the glyph's cluster in the shaped text.
    cluster: usize,
    advance: f32,
    offset: f32,
    text: String,
}

fn shape(fonts: &FontSet, face: usize, text: &str, rtl: bool, style: Style) -> Vec<Shaped> {
    let f = &fonts.faces[face];
    let mut buf = Buffer::new();
    buf.push_str(text);
    buf.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buf.guess_segment_properties();
    // A run of digits, spaces or punctuation has no script of its own: it is
    // planned as Zzzz (unknown), as HarfBuzz does.
    let script = buf.script().unwrap_or(Script::UNKNOWN);
    let key = (face, buf.direction(), script);
    // Cheap: the parsed layout tables and cmap are cached in the font.
    let shaper = ShaperFont::new(&f.font);
    let shaped = with_plan(key, f, |plan| {
        harfrust::shape(&shaper, &mut buf, ShapeOptions::new().plan(Some(plan)))
    });
    if let Err(e) = shaped {
        // Only a plan that does not fit the buffer fails, and the key above
        // makes them fit.
        tracing::error!(%e, face = %f.name, "text shaping failed");
        return Vec::new();
    }
    let scale = style.size / f.units_per_em;
    let infos = buf.glyph_infos();
    let positions = buf.glyph_positions();
    // Each cluster's text goes on its first glyph (for copy and search).
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_text = |c: usize| {
        let k = starts.binary_search(&c).unwrap_or(0);
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        text.get(c..end).unwrap_or("").to_string()
    };
    let mut seen: Vec<usize> = Vec::new();
    infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let c = info.cluster as usize;
            let text = if seen.contains(&c) {
                String::new()
            } else {
                seen.push(c);
                cluster_text(c)
            };
            Shaped {
                gid: info.glyph_id as u16,
                cluster: c,
                advance: pos.x_advance as f32 * scale,
                offset: pos.x_offset as f32 * scale,
                text,
            }
        })
        .collect()
}

/// Shapes one line in visual order.
fn shape_line(
    fonts: &FontSet,
    text: &str,
    bidi: &ParagraphBidiInfo,
    range: Range<usize>,
    style: Style,
) -> Line {
    let mut line = Line::default();
    if range.is_empty() {
        return line;
    }
    let (levels, runs) = bidi.visual_runs(range);
    let mut x = 0.0;
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let mut pieces = face_runs(fonts, &text[run.clone()], style.weight);
        if rtl {
            pieces.reverse();
        }
        for (sub, face) in pieces {
            let s = &text[run.start + sub.start..run.start + sub.end];
            let mut glyphs = Vec::new();
            for g in shape(fonts, face, s, rtl, style) {
                glyphs.push(Glyph {
                    gid: g.gid,
                    x: x + g.offset,
                    text: g.text,
                });
                x += g.advance;
            }
            line.runs.push(Run {
                face,
                size: style.size,
                glyphs,
            });
        }
    }
    line.width = x;
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::FontSet;
    use std::path::Path;

    fn fonts() -> &'static FontSet {
        FontSet::global(Path::new(crate::pdf::fonts::DEFAULT_DIR))
            .expect("fonts (scripts/setup.sh)")
    }

    const REGULAR: Style = Style {
        weight: Weight::Regular,
        size: 10.0,
    };

    #[test]
    fn wraps_within_the_width() {
        let text =
            "The government uses social media to inform and consult; a charter guides officials.";
        let lines = paragraph(fonts(), text, REGULAR, 150.0);
        assert!(lines.len() > 2, "{}", lines.len());
        assert!(lines.iter().all(|l| l.width <= 150.0), "{lines:?}");
        let chars: usize = lines
            .iter()
            .flat_map(|l| &l.runs)
            .flat_map(|r| &r.glyphs)
            .map(|g| g.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        assert_eq!(chars, text.chars().filter(|c| !c.is_whitespace()).count());
    }

    #[test]
    fn chinese_wraps_without_spaces() {
        let text =
            "摩洛哥参与区域合作。摩洛哥参与区域合作。摩洛哥参与区域合作。摩洛哥参与区域合作。";
        let lines = paragraph(fonts(), text, REGULAR, 100.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 100.0));
    }

    #[test]
    fn arabic_reads_right_to_left_with_digits_left_to_right() {
        let text = "وزارة الصحة ١٢٣ 2024-17";
        let lines = paragraph(fonts(), text, REGULAR, 400.0);
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        assert!(line.rtl);
        // Visual order, left to right: the first Arabic word is at the right
        // end; numbers read left to right inside it (after an Arabic letter
        // "2024-17" is two Arabic numbers around a neutral, so UAX #9 shows
        // it as "17-2024", as browsers do).
        let visual: String = line
            .runs
            .iter()
            .flat_map(|r| &r.glyphs)
            .map(|g| g.text.as_str())
            .collect();
        assert!(visual.ends_with("ةرازو"), "{visual}");
        assert!(
            visual.contains("١٢٣") && !visual.contains("٣٢١"),
            "{visual}"
        );
        assert!(visual.starts_with("17-2024"), "{visual}");
        // The hyphen is not in Naskh: another face draws it, no box.
        assert!(line.runs.iter().flat_map(|r| &r.glyphs).all(|g| g.gid != 0));
    }

    #[test]
    fn an_undrawable_character_is_written_out() {
        let f = fonts();
        assert_eq!(drawable(f, "ok \u{10FFFD}"), "ok [U+10FFFD]");
        // A font's cmap may map a code to glyph 0 (.notdef, the box): that
        // is no glyph either.
        assert_eq!(drawable(f, "\u{FFFF}"), "[U+FFFF]");
        assert!(f
            .missing("Добрый день, 你好, مرحبا, Hola, Bonjour")
            .is_empty());
    }
}
