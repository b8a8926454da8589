//! Every user-interface string (buttons, headings, messages) comes from the
//! translation catalogue `app/locales/{lang}.toml`; questionnaire texts come
//! from the edition's definition. English is complete; a language without
//! a catalogue, or a key missing from one, falls back to English.
//!
//! Placeholders are written `{name}` and filled by [`tr_args`].

use std::collections::HashMap;
use std::sync::LazyLock;

static EN: LazyLock<HashMap<String, String>> =
    LazyLock::new(|| parse(include_str!("../locales/en.toml")));

fn parse(src: &str) -> HashMap<String, String> {
    let table: toml::Table =
        toml::from_str(src).expect("locales/en.toml is valid TOML (checked by a test)");
    let mut out = HashMap::new();
    flatten("", &table, &mut out);
    out
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut HashMap<String, String>) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten(&key, t, out),
            _ => {}
        }
    }
}

/// The user-interface string for `key`; the key itself if the catalogue
/// lacks it (a test checks that every key used in the code exists).
pub fn tr(key: &str) -> &'static str {
    match EN.get(key) {
        Some(s) => s.as_str(),
        None => Box::leak(key.to_string().into_boxed_str()),
    }
}

/// `tr` with `{name}` placeholders filled in.
pub fn tr_args(key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut s = tr(key).to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), &value.to_string());
    }
    s
}

/// Every key of the English catalogue (for tests).
pub fn keys() -> impl Iterator<Item = &'static str> {
    EN.keys().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `tr("…")` / `tr_args("…"` in the crate's sources names a key
    /// of the catalogue.
    #[test]
    fn every_key_used_exists() {
        // The app's sources and the server's (PDF, errors) use the catalogue.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut used = 0;
        let mut stack = vec![root.join("src"), root.join("../server/src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for marker in ["tr(\"", "tr_args(\""] {
                    for (i, _) in text.match_indices(marker) {
                        let before = text[..i].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &text[i + marker.len()..];
                        let key = &rest[..rest.find('"').unwrap()];
                        if key.contains(' ') || key == "…" {
                            continue;
                        }
                        used += 1;
                        if !EN.contains_key(key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(used > 20, "found only {used} uses");
        assert!(
            missing.is_empty(),
            "keys missing from locales/en.toml: {missing:#?}"
        );
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            tr_args("validation.too_many_words", &[("over", &3)]),
            "You have 3 words too many"
        );
    }
}
