use super::*;

/// Every `tr("…")` / `tr_args("…"` in the crate's sources names a message
/// of the English catalogue.
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
            for marker in [
                "tr(\"",
                "tr_args(\"",
                "tr_in(lang, \"",
                "tr_args_in(lang, \"",
            ] {
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
                    if !has_key(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
    }
    assert!(used > 20, "found only {used} uses");
    assert!(
        missing.is_empty(),
        "keys missing from locales/en.ftl: {missing:#?}"
    );
}

/// The variables each English message uses (`{ $name }`), by message id.
fn english_variables() -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in source(Lang::En).lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains(" =");
        if starts_message {
            let id = line.split(" =").next().unwrap().trim().to_string();
            out.push((id, vec![]));
        }
        if let Some((_, vars)) = out.last_mut() {
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && !vars.contains(&name) {
                    vars.push(name);
                }
            }
        }
    }
    out
}

/// Every language has every message, and each formats without an error
/// with the English message's variables, for counts that reach every
/// plural form (Arabic has six, Russian four).
#[test]
fn every_language_has_every_message_and_formats_it() {
    let messages = english_variables();
    assert!(messages.len() > 600, "{}", messages.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let c = catalogue(lang);
        for (id, vars) in &messages {
            let Some(pattern) = c.bundle.get_message(id).and_then(|m| m.value()) else {
                problems.push(format!("{}: {id} is missing", lang.code()));
                continue;
            };
            for n in [0_i64, 1, 2, 3, 5, 11, 21, 101] {
                let mut args = FluentArgs::new();
                for v in vars {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                let mut errors = vec![];
                let text = c.bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() || text.trim().is_empty() {
                    problems.push(format!("{}: {id} ({n}): {errors:?}", lang.code()));
                    break;
                }
            }
        }
        // No message the English catalogue does not have.
        for key in c.plain.keys() {
            let id = key.replacen('.', "-", 1);
            if !messages.iter().any(|(m, _)| *m == id) {
                problems.push(format!("{}: {key} is not an English message", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn fills_variables_and_chooses_plural_forms() {
    assert_eq!(
        tr_args_in(Lang::En, "validation.too_many_words", &[("over", &3)]),
        "You have 3 words too many"
    );
    assert_eq!(
        tr_args_in(Lang::En, "check.missing", &[("count", &1)]),
        "1 required answer is missing."
    );
    assert_eq!(
        tr_args_in(Lang::En, "check.missing", &[("count", &2)]),
        "2 required answers are missing."
    );
    // Russian: one, few, many.
    let ru = |n: i64| tr_args_in(Lang::Ru, "check.missing", &[("count", &n)]);
    assert_ne!(ru(1), ru(2));
    assert_ne!(ru(2), ru(5));
    assert_eq!(ru(2), ru(3).replace('3', "2"));
    // "004" is text, not the number 4.
    assert!(tr_args_in(Lang::En, "home.earlier_status", &[("status", &"004")]).contains("004"));
}

#[test]
fn a_missing_key_falls_back_to_the_key() {
    assert_eq!(tr_in(Lang::Fr, "no.such_key"), "no.such_key");
    assert_eq!(tr_in(Lang::En, "site.name"), "UN E-Government Survey");
    assert_ne!(tr_in(Lang::Fr, "site.skip"), tr_in(Lang::En, "site.skip"));
}

#[test]
fn templates_keep_their_placeholders_for_the_browser() {
    assert_eq!(
        template("field.word_count", &["count", "limit"]),
        "{count} of {limit} words"
    );
    assert_eq!(
        template("section.autosaved", &["time"]),
        tr_args("section.autosaved", &[("time", &"{time}")])
    );
}
