//! The 193 UN Member States (data/member-states.json, from the ODbL
//! `world-countries` data set; see data/README.md).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemberState {
    /// ISO 3166-1 alpha-3, e.g. "FRA"; used in URLs and exports.
    pub iso3: String,
    /// UN M49 numeric code.
    pub m49: String,
    pub name: String,
    pub official_name: String,
    /// UN region: Africa, Americas, Asia, Europe, Oceania.
    pub region: String,
    pub subregion: String,
    /// Names in the other UN languages (ar, zh, fr, ru, es).
    #[serde(default)]
    pub names: BTreeMap<String, String>,
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
}
