//! Every user-interface string (buttons, headings, messages, e-mails, the
//! PDF's own words) comes from the Fluent catalogues `app/locales/{lang}.ftl`
//! (Project Fluent: plural forms by CLDR rules, decision 0017); questionnaire
//! texts come from the edition's definition. English is the source; a
//! message missing from a language falls back to English (a test keeps every
//! catalogue complete).
//!
//! Code names a message `section.key` (`review.accept`), the catalogue
//! `section-key`. [`tr`] and [`tr_args`] speak the language of the request
//! being answered ([`current`], set by the server per request), or English.

mod lang;

pub use lang::Lang;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// One language's messages, and each formatted once without variables,
/// by the code's key (`section.key`): `tr` is one map lookup.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, &'static str>,
}

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("../locales/ar.ftl"),
        Lang::Zh => include_str!("../locales/zh.ftl"),
        Lang::En => include_str!("../locales/en.ftl"),
        Lang::Fr => include_str!("../locales/fr.ftl"),
        Lang::Ru => include_str!("../locales/ru.ftl"),
        Lang::Es => include_str!("../locales/es.ftl"),
    }
}

fn load(lang: Lang) -> Catalogue {
    let resource =
        FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(_, errors)| {
            panic!(
                "locales/{}.ftl: {errors:?} (checked by a test)",
                lang.code()
            )
        });
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let langid = lang.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolating marks keep a left-to-right value (a name, a number) in its
    // place inside right-to-left text; left-to-right text needs none.
    bundle.set_use_isolating(lang.rtl());
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("locales/{}.ftl: {e:?}", lang.code()));
    let mut plain = HashMap::new();
    for id in ids {
        if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, None, &mut errors);
            let key = id.replacen('-', ".", 1);
            plain.insert(key, &*Box::leak(text.into_owned().into_boxed_str()));
        }
    }
    Catalogue { bundle, plain }
}

static CATALOGUES: LazyLock<HashMap<Lang, Catalogue>> =
    LazyLock::new(|| Lang::ALL.into_iter().map(|l| (l, load(l))).collect());

fn catalogue(lang: Lang) -> &'static Catalogue {
    &CATALOGUES[&lang]
}

/// Where the language of the request being answered comes from (the
/// server sets it once; elsewhere, English).
static CURRENT: OnceLock<fn() -> Lang> = OnceLock::new();

/// Sets where [`current`] reads the language (once, at start-up).
pub fn set_current_source(source: fn() -> Lang) {
    let _ = CURRENT.set(source);
}

/// The language of the request being answered.
pub fn current() -> Lang {
    CURRENT.get().map_or(Lang::En, |f| f())
}

/// `section.key` → `section-key`.
fn id_of(key: &str) -> String {
    key.replacen('.', "-", 1)
}

/// Whether the English catalogue has `key` (tests).
pub fn has_key(key: &str) -> bool {
    catalogue(Lang::En).plain.contains_key(key)
}

/// The user-interface string for `key` in the current language; English
/// where the language lacks it; the key itself if English does too (a test
/// checks that every key used in the code exists).
pub fn tr(key: &str) -> &'static str {
    tr_in(current(), key)
}

/// [`tr`] in a given language (e-mails in the recipient's).
pub fn tr_in(lang: Lang, key: &str) -> &'static str {
    catalogue(lang)
        .plain
        .get(key)
        .or_else(|| catalogue(Lang::En).plain.get(key))
        .copied()
        .unwrap_or_else(|| Box::leak(key.to_string().into_boxed_str()))
}

/// `tr` with its variables filled in. A value that is a whole number is
/// passed as a number, so the plural form fits it ("1 answer", "2 answers";
/// Russian and Arabic have more forms).
pub fn tr_args(key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    tr_args_in(current(), key, args)
}

/// [`tr_args`] in a given language.
pub fn tr_args_in(lang: Lang, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let id = id_of(key);
    let found = [lang, Lang::En].into_iter().find_map(|l| {
        let c = catalogue(l);
        c.bundle
            .get_message(&id)
            .and_then(|m| m.value())
            .map(|p| (c, p))
    });
    let Some((c, pattern)) = found else {
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let text = value.to_string();
        match text.parse::<i64>() {
            // Only what reads back the same: "004" stays text.
            Ok(n) if n.to_string() == text => fluent_args.set(*name, FluentValue::from(n)),
            _ => fluent_args.set(*name, FluentValue::from(text)),
        }
    }
    let mut errors = vec![];
    c.bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A message for the browser to fill in (the bundle carries no
/// catalogue): each of `vars` stays a `{name}` placeholder, and a plural
/// choice takes the language's general form. (The server fills the first
/// text itself, with the real numbers.)
pub fn template(key: &str, vars: &[&str]) -> String {
    let placeholders: Vec<String> = vars.iter().map(|v| format!("{{{v}}}")).collect();
    let args: Vec<(&str, &dyn std::fmt::Display)> = vars
        .iter()
        .zip(&placeholders)
        .map(|(v, p)| (*v, p as &dyn std::fmt::Display))
        .collect();
    tr_args(key, &args)
}

#[cfg(test)]
mod tests;
