//! Texts of a questionnaire edition: a language map with English as the
//! fallback, and the `[^N]` footnote markers inside them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The six official UN languages, in the order the UN lists them.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A text in one or more languages; English (`en`) is always present once
/// the edition has been linted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    pub fn en(&self) -> &str {
        self.0.get("en").map(String::as_str).unwrap_or("")
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .map(String::as_str)
            .unwrap_or_else(|| self.en())
    }

    pub fn has_english(&self) -> bool {
        self.0.get("en").is_some_and(|s| !s.trim().is_empty())
    }

    pub fn languages(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn from_en(en: impl Into<String>) -> Self {
        Text(BTreeMap::from([("en".to_string(), en.into())]))
    }
}

/// A piece of a text: plain words or a footnote reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Words(&'a str),
    Footnote(&'a str),
}

/// Splits a text at its `[^N]` markers.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[^") {
        let after = &rest[start + 2..];
        let Some(end) = after.find(']') else { break };
        let id = &after[..end];
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            // Not a marker: keep the text as it is.
            out.push(Segment::Words(&rest[..start + 2]));
            rest = after;
            continue;
        }
        if start > 0 {
            out.push(Segment::Words(&rest[..start]));
        }
        out.push(Segment::Footnote(id));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Words(rest));
    }
    out
}

/// The footnote ids a text refers to, in order.
pub fn footnote_refs(text: &str) -> Vec<&str> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Footnote(id) => Some(id),
            Segment::Words(_) => None,
        })
        .collect()
}

/// The text without its footnote markers (for plain-text uses: titles, CSV).
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Words(w) => Some(w),
            Segment::Footnote(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_markers() {
        assert_eq!(
            segments("official e-government[^2] portal"),
            vec![
                Segment::Words("official e-government"),
                Segment::Footnote("2"),
                Segment::Words(" portal")
            ]
        );
        assert_eq!(footnote_refs("a[^1] b[^11]"), vec!["1", "11"]);
        assert_eq!(plain("Cooperation[^11]"), "Cooperation");
        assert_eq!(plain("odd [^ text]"), "odd [^ text]");
    }

    #[test]
    fn falls_back_to_english() {
        let t = Text::from_en("Yes");
        assert_eq!(t.get("fr"), "Yes");
    }
}
