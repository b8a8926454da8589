//! The style rules that show a follow-up question only while its condition
//! holds ("If yes, …" under a Yes/No question), written from the editions
//! and added to the style sheet at start-up. The browser applies them from
//! the first paint, with or without JavaScript: a follow-up whose condition
//! is not met is never drawn and then moved (as it was when a script hid
//! it after loading), and choosing "Yes" shows it at once even on a page
//! without scripts. A browser without `:has()` ignores the rules and shows
//! every follow-up with its "Answer this if…" hint, which still works.
//!
//! A follow-up holding an answer that will not be sent (`data-unsent`)
//! stays in view with its warning.

use crate::questionnaire::definition::Field;
use crate::questionnaire::Edition;
use std::collections::BTreeSet;

/// One rule per distinct condition of these editions, in a stable order.
pub fn follow_up_rules(editions: &[Edition]) -> String {
    let conditions: BTreeSet<(&str, &str)> = editions
        .iter()
        .flat_map(|e| e.fields())
        .filter_map(|f: &Field| f.show_if.as_ref())
        .map(|c| (c.field.as_str(), c.equals.as_str()))
        .collect();
    let mut css = String::from("\n/* Follow-up questions (pages/follow_up_rules.rs) */\n");
    for (field, equals) in conditions {
        css.push_str(&format!(
            "form:has(input[name={}][value={}]:not(:checked)) \
             [data-show-if={}]:not([data-unsent]) {{ display: none; }}\n",
            quoted(field),
            quoted(equals),
            quoted(&format!("{field}={equals}")),
        ));
    }
    css
}

/// A CSS string: quotes and backslashes escaped, line breaks refused by
/// the edition loader long before (ids and option keys are plain words).
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_condition_of_the_2020_edition_has_one_rule() {
        let editions = crate::questionnaire::loader::load_dir(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../editions"
        )))
        .expect("the editions load");
        let css = follow_up_rules(&editions);
        assert!(
            css.contains(
                "form:has(input[name=\"q10\"][value=\"yes\"]:not(:checked)) \
                 [data-show-if=\"q10=yes\"]:not([data-unsent]) { display: none; }"
            ),
            "{css}"
        );
        let rules = css.lines().filter(|l| l.starts_with("form:has")).count();
        let conditions: BTreeSet<_> = editions
            .iter()
            .flat_map(|e| e.fields())
            .filter_map(|f| f.show_if.as_ref().map(|c| (&c.field, &c.equals)))
            .collect();
        assert_eq!(rules, conditions.len());
        assert!(rules > 0);
    }

    #[test]
    fn quotes_in_a_key_cannot_end_the_selector() {
        assert_eq!(quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
