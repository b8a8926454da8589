//! The fonts the PDF embeds, loaded once per process, and the per-character
//! fallback chain that picks a face able to draw each character.
//!
//! Noto Sans draws Latin, Cyrillic and Greek; Noto Naskh Arabic draws Arabic;
//! Noto Sans CJK SC draws Chinese. Further faces (Hebrew, Armenian, Georgian,
//! Devanagari, Thai, symbols, DejaVu) catch names and signs in other scripts.
//! All come from Debian packages that `scripts/setup.sh` installs.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Regular or bold text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// One face of the chain, as it is looked for on disk.
struct FaceSpec {
    /// Relative to the fonts directory.
    file: &'static str,
    /// The face inside a collection (.ttc).
    index: u32,
    weight: Weight,
    /// The document cannot be made without it.
    required: bool,
    /// The Debian package that ships it (for the error message).
    package: &'static str,
}

const fn face(
    file: &'static str,
    index: u32,
    weight: Weight,
    required: bool,
    package: &'static str,
) -> FaceSpec {
    FaceSpec {
        file,
        index,
        weight,
        required,
        package,
    }
}

use Weight::{Bold, Regular};

/// In order of preference: a character is drawn with the first face of its
/// weight that has it, then with the first regular face that has it.
const CHAIN: &[FaceSpec] = &[
    face(
        "truetype/noto/NotoSans-Regular.ttf",
        0,
        Regular,
        true,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSans-Bold.ttf",
        0,
        Bold,
        true,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoNaskhArabic-Regular.ttf",
        0,
        Regular,
        true,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoNaskhArabic-Bold.ttf",
        0,
        Bold,
        true,
        "fonts-noto-core",
    ),
    // Face 2 of the collection is Simplified Chinese (SC).
    face(
        "opentype/noto/NotoSansCJK-Regular.ttc",
        2,
        Regular,
        true,
        "fonts-noto-cjk",
    ),
    face(
        "opentype/noto/NotoSansCJK-Bold.ttc",
        2,
        Bold,
        false,
        "fonts-noto-cjk",
    ),
    face(
        "truetype/noto/NotoSansHebrew-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansArmenian-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansGeorgian-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansDevanagari-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansThai-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansSymbols-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansSymbols2-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/noto/NotoSansMath-Regular.ttf",
        0,
        Regular,
        false,
        "fonts-noto-core",
    ),
    face(
        "truetype/dejavu/DejaVuSans.ttf",
        0,
        Regular,
        false,
        "fonts-dejavu-core",
    ),
];

/// A loaded face: its bytes (kept for the life of the process) and
/// read-fonts' view of them (the `Font` harfrust shapes with; it caches the
/// parsed cmap, metrics and layout tables inside itself).
pub struct Face {
    pub name: String,
    pub data: &'static [u8],
    pub index: u32,
    pub weight: Weight,
    pub font: harfrust::Font,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
}

impl Face {
    /// The face maps `c` to a glyph (its Unicode cmap subtable).
    pub fn has(&self, c: char) -> bool {
        self.font.charmap().map_unicode(c).is_some()
    }

    /// The advance width of glyph `gid`, in font units (`hmtx`).
    pub fn advance(&self, gid: u16) -> f32 {
        self.font
            .glyph_metrics()
            .h_advance(harfrust::GlyphId::new(u32::from(gid)))
    }
}

/// The faces the PDF may use, in fallback order.
pub struct FontSet {
    pub faces: Vec<Face>,
}

#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("font file {path} is missing or unreadable ({reason}); install the Debian package {package} (scripts/setup.sh does) or set MSQ_FONTS_DIR")]
    Missing {
        path: PathBuf,
        package: &'static str,
        reason: String,
    },
    #[error("font file {0} is not a font this program can read")]
    Unparsable(PathBuf),
}

/// The default directory of the fonts.
pub const DEFAULT_DIR: &str = "/usr/share/fonts";

static LOADED: OnceLock<Result<FontSet, String>> = OnceLock::new();

impl FontSet {
    /// The process's font set, read from `dir` the first time (later calls
    /// return the same set, whatever `dir` they pass).
    pub fn global(dir: &Path) -> Result<&'static FontSet, String> {
        LOADED
            .get_or_init(|| FontSet::load(dir).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads every face of the chain found under `dir`.
    pub fn load(dir: &Path) -> Result<FontSet, FontError> {
        let mut faces = Vec::new();
        for spec in CHAIN {
            let path = dir.join(spec.file);
            let bytes = match map(&path) {
                Ok(b) => b,
                Err(e) if spec.required => {
                    return Err(FontError::Missing {
                        path,
                        package: spec.package,
                        reason: e.to_string(),
                    })
                }
                Err(_) => continue,
            };
            // Kept for the life of the process: the set is made once.
            let mapped: &'static memmap2::Mmap = Box::leak(Box::new(bytes));
            let data: &'static [u8] = mapped.as_ref();
            let font = harfrust::Font::new(data, spec.index)
                .ok_or_else(|| FontError::Unparsable(path.clone()))?;
            let metrics = font.metrics();
            // The horizontal line: OS/2 typo metrics when the font asks for
            // them, else hhea (else typo, else win).
            let line = metrics.h_line().unwrap_or_default();
            faces.push(Face {
                name: Path::new(spec.file)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                data,
                index: spec.index,
                weight: spec.weight,
                units_per_em: f32::from(font.units_per_em()),
                ascender: line.ascender.to_f32(),
                descender: line.descender.to_f32(),
                font,
            });
        }
        Ok(FontSet { faces })
    }

    /// The face that draws `c` in `weight`: the first of that weight that has
    /// it, else the first regular one; None when no face has it.
    pub fn face_for(&self, c: char, weight: Weight) -> Option<usize> {
        let first = |w: Weight| self.faces.iter().position(|f| f.weight == w && f.has(c));
        first(weight).or_else(|| first(Regular))
    }

    /// The characters of `text` that no face can draw (each once, in order).
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut out = Vec::new();
        for c in text.chars() {
            if !is_invisible(c) && self.face_for(c, Regular).is_none() && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// Maps a font file into memory: only the tables and glyphs a document
/// uses are ever read from disk, so the 20 MB CJK collections cost almost
/// nothing until a Chinese answer needs them.
fn map(path: &Path) -> std::io::Result<memmap2::Mmap> {
    let file = std::fs::File::open(path)?;
    // SAFETY: the fonts are read-only system files (Debian packages); the
    // map is never written, and a file replaced by a package upgrade keeps
    // its old inode (unlinked, not truncated) while it is mapped.
    unsafe { memmap2::Mmap::map(&file) }
}

/// Characters that draw nothing and need no glyph (controls, bidi marks,
/// joiners, variation selectors).
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static FontSet {
        FontSet::global(Path::new(DEFAULT_DIR)).expect("fonts (scripts/setup.sh)")
    }

    fn all_strings(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => out.push_str(s),
            serde_json::Value::Array(a) => a.iter().for_each(|x| all_strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| all_strings(x, out)),
            _ => {}
        }
    }

    /// Every character the PDF prints for the test response, the edition's
    /// texts and the interface strings (six languages) has a glyph in some
    /// face.
    #[test]
    fn every_character_printed_has_a_glyph() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut text = std::fs::read_to_string(root.join("editions/msq-2020.toml")).unwrap();
        for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
            let catalogue = root.join(format!("app/locales/{lang}.ftl"));
            text.push_str(&std::fs::read_to_string(catalogue).unwrap());
        }
        let fixture: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("tests/fixtures/complete-response.json")).unwrap(),
        )
        .unwrap();
        all_strings(&fixture, &mut text);
        // The six UN languages, and signs the layout uses.
        text.push_str("مرحبا ١٢٣ 你好，世界。 Здравствуйте Bonjour à tous ¡Hola! ¿Qué? • – — ⁰¹²³⁴⁵⁶⁷⁸⁹ € £ ° № «»");
        let missing = fonts().missing(&text);
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }

    #[test]
    fn a_character_no_face_has_is_reported() {
        assert_eq!(
            fonts().missing("a\u{10FFFD}b\u{10FFFD}"),
            vec!['\u{10FFFD}']
        );
        // Invisible controls need no glyph.
        assert!(fonts().missing("a\u{200F}b\u{FE0F}").is_empty());
    }
}
