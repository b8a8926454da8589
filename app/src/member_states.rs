//! The 193 UN Member States (data/member-states.json: the UN's own names
//! in the six languages and the M49 regions, with common names for search;
//! sources and licences in data/README.md).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemberState {
    /// ISO 3166-1 alpha-3, e.g. "FRA"; used in URLs and exports.
    pub iso3: String,
    /// ISO 3166-1 alpha-2, e.g. "FR".
    #[serde(default)]
    pub iso2: String,
    /// UN M49 numeric code.
    pub m49: String,
    /// The UN's English short name ("Russian Federation").
    pub name: String,
    pub official_name: String,
    /// UN M49 region: Africa, Americas, Asia, Europe, Oceania.
    pub region: String,
    #[serde(default)]
    pub region_code: String,
    /// The M49 intermediate region where there is one ("Eastern Africa"),
    /// else the M49 sub-region ("Western Europe").
    pub subregion: String,
    #[serde(default)]
    pub subregion_code: String,
    /// The UN's short names in the other UN languages (ar, zh, fr, ru, es).
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Common names people type ("Russia", "Ivory Coast", "South Korea").
    #[serde(default)]
    pub also_known_as: Vec<String>,
}

impl MemberState {
    /// The UN's short name in `lang` (ar, en, es, fr, ru, zh); English
    /// where the data has none.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .map_or(self.name.as_str(), String::as_str)
    }

    fn has_code(&self, q: &str) -> bool {
        q.eq_ignore_ascii_case(&self.iso3)
            || (!self.iso2.is_empty() && q.eq_ignore_ascii_case(&self.iso2))
    }

    /// Whether someone typing `query` means this Member State: part of its
    /// UN name in any of the six languages, its official name or a common
    /// name ("ivory coast", "cote d'ivoire", "Россия"), or its ISO code
    /// (alpha-3 or alpha-2) whole. Case, accents and apostrophes do not
    /// matter.
    pub fn matches(&self, query: &str) -> bool {
        let q = fold(query.trim());
        if q.is_empty() {
            return true;
        }
        // "BO" or "tza" is a code when some Member State has it: then only
        // that code matches (not every name with "bo" in it).
        if ALL.iter().any(|m| m.has_code(&q)) {
            return self.has_code(&q);
        }
        std::iter::once(&self.name)
            .chain(std::iter::once(&self.official_name))
            .chain(self.names.values())
            .chain(self.also_known_as.iter())
            .any(|n| fold(n).contains(&q))
    }
}

/// Text as search compares it: lower case, without accents, one kind of
/// apostrophe and hyphen, runs of spaces as one.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out
}

static ALL: LazyLock<Vec<MemberState>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../data/member-states.json"))
        .expect("data/member-states.json is valid (checked by a test)")
});

/// All Member States, sorted by English name.
pub fn all() -> &'static [MemberState] {
    &ALL
}

/// The Member State with this alpha-3 code (case-insensitive).
pub fn by_iso3(code: &str) -> Option<&'static MemberState> {
    ALL.iter().find(|m| m.iso3.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_the_193_member_states() {
        let all = super::all();
        assert_eq!(all.len(), 193);
        assert!(super::by_iso3("fra").is_some());
        assert!(
            super::by_iso3("VAT").is_none(),
            "the Holy See is an observer state"
        );
        let mut codes: Vec<_> = all.iter().map(|m| &m.iso3).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 193);
    }

    #[test]
    fn carries_the_un_names_in_six_languages_and_m49_regions() {
        let rus = super::by_iso3("RUS").unwrap();
        assert_eq!(rus.name, "Russian Federation");
        assert_eq!(rus.name_in("fr"), "Fédération de Russie");
        assert_eq!(rus.name_in("en"), "Russian Federation");
        for (iso3, name) in [
            ("CIV", "Côte d'Ivoire"),
            ("VNM", "Viet Nam"),
            ("KOR", "Republic of Korea"),
            ("TZA", "United Republic of Tanzania"),
            ("BOL", "Bolivia (Plurinational State of)"),
        ] {
            assert_eq!(super::by_iso3(iso3).unwrap().name, name);
        }
        for m in super::all() {
            for lang in ["ar", "zh", "fr", "ru", "es"] {
                assert!(m.names.contains_key(lang), "{} has no {lang} name", m.iso3);
            }
            assert!(
                super::super::review::REGIONS.contains(&m.region.as_str()),
                "{}: {}",
                m.iso3,
                m.region
            );
            assert_eq!(m.region_code.len(), 3, "{}", m.iso3);
            assert_eq!(m.subregion_code.len(), 3, "{}", m.iso3);
        }
        assert_eq!(super::by_iso3("MEX").unwrap().subregion, "Central America");
        assert_eq!(super::by_iso3("SSD").unwrap().subregion, "Eastern Africa");
    }

    #[test]
    fn search_finds_a_country_by_un_name_common_name_or_code() {
        let find = |q: &str| -> Vec<&str> {
            super::all()
                .iter()
                .filter(|m| m.matches(q))
                .map(|m| m.iso3.as_str())
                .collect()
        };
        assert_eq!(find("ivory coast"), ["CIV"]);
        assert_eq!(find("cote d’ivoire"), ["CIV"]);
        assert_eq!(find("Russia"), ["RUS"]);
        assert_eq!(find("Россия"), ["RUS"]);
        assert_eq!(find("south korea"), ["KOR"]);
        assert_eq!(find("vietnam"), ["VNM"]);
        assert_eq!(find("tza"), ["TZA"]);
        assert_eq!(
            find("BO"),
            ["BOL"],
            "an ISO code is matched whole, not inside names"
        );
        assert!(find("Korea").contains(&"PRK") && find("Korea").contains(&"KOR"));
        assert!(find("zzzz").is_empty());
    }
}
