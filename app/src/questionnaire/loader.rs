//! Reads a definition file (TOML, see docs/questionnaire-format.md) and
//! lints it into an [`Edition`]. Every problem is reported with the file and
//! the path inside it, so a broken edition stops start-up with a message a
//! person can act on.

use super::definition::*;
use super::text::{footnote_refs, Text};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why an edition could not be loaded: one or more problems, each with the
/// path of the offending value.
#[derive(Debug, thiserror::Error)]
pub struct LoadError {
    pub file: String,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            if p.path.is_empty() {
                write!(f, "{}: {}", self.file, p.message)?;
            } else {
                write!(f, "{}: {}: {}", self.file, p.path, p.message)?;
            }
        }
        Ok(())
    }
}

/// Loads and lints one definition file.
pub fn load_file(path: &Path) -> Result<Edition, LoadError> {
    let name = path.display().to_string();
    let source = std::fs::read_to_string(path).map_err(|e| LoadError {
        file: name.clone(),
        problems: vec![Problem {
            path: String::new(),
            message: format!("cannot read the file: {e}"),
        }],
    })?;
    load_str(&name, &source)
}

/// Loads every `*.toml` file of a folder, sorted by edition id.
pub fn load_dir(dir: &Path) -> Result<Vec<Edition>, LoadError> {
    let problem = |message: String| LoadError {
        file: dir.display().to_string(),
        problems: vec![Problem {
            path: String::new(),
            message,
        }],
    };
    let entries = std::fs::read_dir(dir)
        .map_err(|e| problem(format!("cannot read the editions folder: {e}")))?;
    let (maps, mut files): (Vec<PathBuf>, Vec<PathBuf>) = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .partition(|p| file_name(p).ends_with(CARRY_OVER_SUFFIX));
    files.sort();
    if files.is_empty() {
        return Err(problem("no edition (*.toml) in the editions folder".into()));
    }
    // Every file is read, and every problem of every file reported.
    let mut editions: Vec<(String, Edition)> = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    let named = |file: &str, p: Problem| Problem {
        path: if p.path.is_empty() {
            file.to_string()
        } else {
            format!("{file}: {}", p.path)
        },
        message: p.message,
    };
    for f in &files {
        let file = file_name(f);
        match load_file(f) {
            Err(e) => problems.extend(e.problems.into_iter().map(|p| named(&file, p))),
            Ok(e) if editions.iter().any(|(_, x)| x.id == e.id) => problems.push(named(
                &file,
                Problem {
                    path: "edition".into(),
                    message: format!("edition \"{}\" is defined twice in the folder", e.id),
                },
            )),
            Ok(e) => editions.push((file, e)),
        }
    }
    // A mapping file beside an edition: msq-2026.carry-over.toml for msq-2026.toml.
    for m in &maps {
        let name = file_name(m);
        let stem = name.trim_end_matches(CARRY_OVER_SUFFIX);
        let Some((_, edition)) = editions
            .iter_mut()
            .find(|(f, _)| f.trim_end_matches(".toml") == stem)
        else {
            problems.push(named(
                &name,
                Problem {
                    path: String::new(),
                    message: format!(
                        "there is no edition file {stem}.toml for this mapping file to sit beside"
                    ),
                },
            ));
            continue;
        };
        let read = std::fs::read_to_string(m)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                toml::from_str::<super::carry::CarryMap>(&text).map_err(|e| e.to_string())
            });
        match read {
            Ok(map) => edition.carry_map = Some(map),
            Err(e) => problems.push(named(
                &name,
                Problem {
                    path: String::new(),
                    message: format!("not a mapping file: {e}"),
                },
            )),
        }
    }
    editions.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    if let Some((file, first)) = editions.first() {
        if let Some(map) = &first.carry_map {
            problems.push(named(
                &map_file(file),
                Problem {
                    path: "from".into(),
                    message: format!(
                        "edition {} is the first in the folder: there is no edition \"{}\" to carry answers from",
                        first.id, map.from
                    ),
                },
            ));
        }
    }
    // Each edition against the one before it (the survey's previous cycle).
    for pair in editions.windows(2) {
        let (previous, (file, next)) = (&pair[0].1, &pair[1]);
        let against = super::compare::against_previous(previous, next);
        problems.extend(against.into_iter().map(|p| named(file, p)));
        if let Some(map) = &next.carry_map {
            let checked = super::compare::check_map(previous, next, map);
            problems.extend(checked.into_iter().map(|p| named(&map_file(file), p)));
        }
    }
    if !problems.is_empty() {
        return Err(LoadError {
            file: dir.display().to_string(),
            problems,
        });
    }
    Ok(editions.into_iter().map(|(_, e)| e).collect())
}

/// The mapping file beside an edition's file ends so.
pub const CARRY_OVER_SUFFIX: &str = ".carry-over.toml";

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The mapping file's name beside an edition file.
fn map_file(edition_file: &str) -> String {
    format!(
        "{}{CARRY_OVER_SUFFIX}",
        edition_file.trim_end_matches(".toml")
    )
}

/// Loads and lints a definition from text; `file` names it in messages.
pub fn load_str(file: &str, source: &str) -> Result<Edition, LoadError> {
    let fail = |path: String, message: String| LoadError {
        file: file.to_string(),
        problems: vec![Problem { path, message }],
    };
    let de = toml::Deserializer::parse(source).map_err(|e| fail(String::new(), e.to_string()))?;
    let raw: RawEdition = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let msg = inner.message().to_string();
        fail(if path == "." { String::new() } else { path }, msg)
    })?;
    let mut lint = Lint::default();
    let edition = lint.edition(raw);
    if lint.problems.is_empty() {
        Ok(edition)
    } else {
        Err(LoadError {
            file: file.to_string(),
            problems: lint.problems,
        })
    }
}

// ---- The file's shape, as serde reads it --------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEdition {
    edition: String,
    title: Text,
    closing: Text,
    intro: RawIntro,
    #[serde(default)]
    footnotes: Vec<RawFootnote>,
    sections: Vec<RawSection>,
    #[serde(default)]
    limits: Option<RawLimits>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    max_rows: Option<usize>,
    max_answer_chars: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIntro {
    text: Text,
    #[serde(default)]
    fields: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFootnote {
    id: String,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
    number: String,
    title: Text,
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    #[serde(default)]
    number: String,
    text: Text,
    fields: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: String,
    #[serde(rename = "type")]
    ty: String,
    number: Option<String>,
    label: Option<Text>,
    hint: Option<Text>,
    #[serde(default)]
    required: bool,
    show_if: Option<RawCondition>,
    // Keys of some types only; the linter checks they fit the type.
    word_limit: Option<u32>,
    multiline: Option<bool>,
    allow_none: Option<bool>,
    url_required: Option<bool>,
    name_label: Option<Text>,
    url_label: Option<Text>,
    options: Option<Vec<RawOption>>,
    parts: Option<Vec<RawPart>>,
    integer: Option<bool>,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    field: String,
    equals: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: String,
    label: Text,
    #[serde(default)]
    other: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    id: String,
    label: Text,
    kind: ContactPartKind,
    #[serde(default)]
    required: bool,
    hint: Option<Text>,
}

// ---- The linter ------------------------------------------------------------

/// The language keys of a text: the six UN languages.
const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

const TYPES: [&str; 10] = [
    "text",
    "date",
    "consent",
    "yes_no",
    "url_list",
    "named_links",
    "choices",
    "percentage_or_na",
    "number",
    "contact",
];

#[derive(Default)]
struct Lint {
    problems: Vec<Problem>,
    /// Every (text, path) seen, for the footnote check once footnotes are known.
    texts: Vec<(String, String)>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Lint {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: String, text: &Text) {
        if !text.has_english() {
            self.problem(path.clone(), "missing English text (en)");
        }
        for (lang, s) in text.languages() {
            if !LANGUAGES.contains(&lang) {
                self.problem(
                    format!("{path}.{lang}"),
                    format!(
                        "\"{lang}\" is not one of the six UN languages ({})",
                        LANGUAGES.join(", ")
                    ),
                );
            }
            self.texts.push((format!("{path}.{lang}"), s.to_string()));
        }
    }

    fn id(&mut self, path: String, id: &str, seen: &mut HashSet<String>, what: &str) {
        if !valid_id(id) {
            self.problem(
                path,
                format!("{what} id \"{id}\" must be letters, digits, '-' or '_'"),
            );
        } else if !seen.insert(id.to_string()) {
            self.problem(path, format!("duplicate {what} id \"{id}\""));
        }
    }

    fn edition(&mut self, raw: RawEdition) -> Edition {
        if !valid_id(&raw.edition) {
            self.problem(
                "edition",
                "the edition id must be letters, digits, '-' or '_'",
            );
        }
        self.text("title".into(), &raw.title);
        self.text("closing".into(), &raw.closing);
        self.text("intro.text".into(), &raw.intro.text);

        let mut limits = super::limits::Limits::default();
        if let Some(l) = &raw.limits {
            if let Some(n) = l.max_rows {
                if !(1..=1000).contains(&n) {
                    self.problem("limits.max_rows", "must be from 1 to 1000");
                }
                limits.max_rows = n;
            }
            if let Some(n) = l.max_answer_chars {
                if !(100..=1_000_000).contains(&n) {
                    self.problem("limits.max_answer_chars", "must be from 100 to 1000000");
                }
                limits.max_answer_chars = n;
            }
        }
        let mut footnote_ids = HashSet::new();
        let footnotes: Vec<Footnote> = raw
            .footnotes
            .into_iter()
            .enumerate()
            .map(|(i, f)| {
                let p = named("footnote", "", &f.id, i);
                self.id(format!("{p}.id"), &f.id, &mut footnote_ids, "footnote");
                self.text(format!("{p}.text"), &f.text);
                Footnote {
                    id: f.id,
                    text: f.text,
                }
            })
            .collect();

        let mut field_ids = HashSet::new();
        let mut index = HashMap::new();
        let intro_fields: Vec<Field> = raw
            .intro
            .fields
            .into_iter()
            .enumerate()
            .map(|(i, f)| {
                index.insert(
                    f.id.clone(),
                    FieldPlace {
                        page: 0,
                        question: 0,
                        field: i,
                    },
                );
                self.field(
                    format!("introduction › {}", named("field", "", &f.id, i)),
                    f,
                    &mut field_ids,
                )
            })
            .collect();

        let mut section_ids = HashSet::from([INTRO_PAGE.to_string()]);
        let mut question_ids = HashSet::new();
        if raw.sections.is_empty() {
            self.problem("sections", "an edition needs at least one section");
        }
        let sections: Vec<Section> = raw
            .sections
            .into_iter()
            .enumerate()
            .map(|(si, s)| {
                let sp = named("section", &s.number, &s.id, si);
                self.id(format!("{sp}.id"), &s.id, &mut section_ids, "section");
                if RESERVED_SLUGS.contains(&s.id.as_str()) {
                    self.problem(
                        format!("{sp}.id"),
                        format!(
                            "\"{}\" is the name of another page: choose another section id",
                            s.id
                        ),
                    );
                }
                self.text(format!("{sp}.title"), &s.title);
                if s.questions.is_empty() {
                    self.problem(
                        format!("{sp}.questions"),
                        "a section needs at least one question",
                    );
                }
                let questions = s
                    .questions
                    .into_iter()
                    .enumerate()
                    .map(|(qi, q)| {
                        let qp = format!("{sp} › {}", named("question", &q.number, &q.id, qi));
                        self.id(format!("{qp}.id"), &q.id, &mut question_ids, "question");
                        self.text(format!("{qp}.text"), &q.text);
                        if q.fields.is_empty() {
                            self.problem(
                                format!("{qp}.fields"),
                                "a question needs at least one field",
                            );
                        }
                        let fields = q
                            .fields
                            .into_iter()
                            .enumerate()
                            .map(|(fi, f)| {
                                index.insert(
                                    f.id.clone(),
                                    FieldPlace {
                                        page: si + 1,
                                        question: qi,
                                        field: fi,
                                    },
                                );
                                self.field(
                                    format!("{qp} › {}", named("field", "", &f.id, fi)),
                                    f,
                                    &mut field_ids,
                                )
                            })
                            .collect();
                        Question {
                            id: q.id,
                            number: q.number,
                            text: q.text,
                            fields,
                        }
                    })
                    .collect();
                Section {
                    id: s.id,
                    number: s.number,
                    title: s.title,
                    questions,
                }
            })
            .collect();

        let edition = Edition {
            id: raw.edition,
            title: raw.title,
            closing: raw.closing,
            intro: Intro {
                text: raw.intro.text,
                fields: intro_fields,
            },
            footnotes,
            sections,
            limits,
            carry_map: None,
            index,
        };
        self.references(&edition, &footnote_ids);
        edition
    }

    fn field(&mut self, p: String, f: RawField, ids: &mut HashSet<String>) -> Field {
        self.id(format!("{p}.id"), &f.id, ids, "field");
        if let Some(l) = &f.label {
            self.text(format!("{p}.label"), l);
        }
        if let Some(h) = &f.hint {
            self.text(format!("{p}.hint"), h);
        }
        let ty = f.ty.as_str();
        // Keys that belong to other types are mistakes, not silently ignored.
        let extra: [(&str, bool, &[&str]); 12] = [
            ("word_limit", f.word_limit.is_some(), &["text"]),
            ("multiline", f.multiline.is_some(), &["text"]),
            ("allow_none", f.allow_none.is_some(), &["url_list"]),
            ("url_required", f.url_required.is_some(), &["named_links"]),
            ("name_label", f.name_label.is_some(), &["named_links"]),
            ("url_label", f.url_label.is_some(), &["named_links"]),
            ("options", f.options.is_some(), &["choices"]),
            ("parts", f.parts.is_some(), &["contact"]),
            ("integer", f.integer.is_some(), &["number"]),
            ("min", f.min.is_some(), &["number"]),
            ("max", f.max.is_some(), &["number"]),
            ("unit", f.unit.is_some(), &["number"]),
        ];
        if TYPES.contains(&ty) {
            for (key, present, types) in extra {
                if present && !types.contains(&ty) {
                    self.problem(
                        format!("{p}.{key}"),
                        format!("\"{key}\" does not apply to type \"{ty}\""),
                    );
                }
            }
        }
        let kind = match ty {
            "text" => FieldKind::Text {
                word_limit: f.word_limit,
                multiline: f.multiline.unwrap_or(true),
            },
            "date" => FieldKind::Date,
            "consent" => {
                if f.label.is_none() {
                    self.problem(
                        format!("{p}.label"),
                        "a consent field needs its statement as label",
                    );
                }
                FieldKind::Consent
            }
            "yes_no" => FieldKind::YesNo,
            "url_list" => FieldKind::UrlList {
                allow_none: f.allow_none.unwrap_or(false),
            },
            "named_links" => {
                let name_label = f.name_label.unwrap_or_else(|| Text::from_en("Name"));
                let url_label = f.url_label.unwrap_or_else(|| Text::from_en("URL"));
                self.text(format!("{p}.name_label"), &name_label);
                self.text(format!("{p}.url_label"), &url_label);
                FieldKind::NamedLinks {
                    url_required: f.url_required.unwrap_or(true),
                    name_label,
                    url_label,
                }
            }
            "choices" => {
                let options = f.options.unwrap_or_default();
                if options.is_empty() {
                    self.problem(
                        format!("{p}.options"),
                        "a choices field needs at least one option",
                    );
                }
                let mut seen = HashSet::new();
                let options = options
                    .into_iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let op = format!("{p} › {}", named("option", "", &o.id, i));
                        self.id(format!("{op}.id"), &o.id, &mut seen, "option");
                        self.text(format!("{op}.label"), &o.label);
                        ChoiceOption {
                            id: o.id,
                            label: o.label,
                            other: o.other,
                        }
                    })
                    .collect::<Vec<_>>();
                if options.iter().filter(|o| o.other).count() > 1 {
                    self.problem(
                        format!("{p}.options"),
                        "at most one option may be \"other\"",
                    );
                }
                FieldKind::Choices { options }
            }
            "percentage_or_na" => FieldKind::PercentageOrNa,
            "number" => {
                if let (Some(min), Some(max)) = (f.min, f.max) {
                    if min > max {
                        self.problem(
                            format!("{p}.min"),
                            format!("min ({min}) is greater than max ({max})"),
                        );
                    }
                }
                if let Some(u) = &f.unit {
                    self.text(format!("{p}.unit"), u);
                }
                FieldKind::Number {
                    integer: f.integer.unwrap_or(false),
                    min: f.min,
                    max: f.max,
                    unit: f.unit,
                }
            }
            "contact" => {
                let parts = f.parts.unwrap_or_default();
                if parts.is_empty() {
                    self.problem(
                        format!("{p}.parts"),
                        "a contact field needs at least one part",
                    );
                }
                let mut seen = HashSet::new();
                let parts = parts
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let cp = format!("{p} › {}", named("part", "", &c.id, i));
                        self.id(format!("{cp}.id"), &c.id, &mut seen, "part");
                        self.text(format!("{cp}.label"), &c.label);
                        ContactPart {
                            id: c.id,
                            label: c.label,
                            kind: c.kind,
                            required: c.required,
                            hint: c.hint,
                        }
                    })
                    .collect();
                FieldKind::Contact { parts }
            }
            other => {
                self.problem(
                    format!("{p}.type"),
                    format!(
                        "unknown answer type \"{other}\" (known: {})",
                        TYPES.join(", ")
                    ),
                );
                FieldKind::Text {
                    word_limit: None,
                    multiline: true,
                }
            }
        };
        Field {
            id: f.id,
            number: f.number,
            label: f.label,
            hint: f.hint,
            required: f.required,
            show_if: f.show_if.map(|c| Condition {
                field: c.field,
                equals: c.equals,
            }),
            kind,
        }
    }

    /// Conditions and footnote markers must name things that exist.
    fn references(&mut self, edition: &Edition, footnotes: &HashSet<String>) {
        for (path, text) in std::mem::take(&mut self.texts) {
            for id in footnote_refs(&text) {
                if !footnotes.contains(id) {
                    self.problem(
                        path.clone(),
                        format!("footnote [^{id}] is not defined in footnotes"),
                    );
                }
            }
        }
        let paths = field_paths(edition);
        for (field, path) in edition.fields().zip(paths) {
            let Some(cond) = &field.show_if else { continue };
            let p = format!("{path}.show_if.field");
            match edition.field(&cond.field) {
                None => self.problem(p, format!("no field \"{}\" in this edition", cond.field)),
                Some(target) if target.id == field.id => {
                    self.problem(p, "a field cannot depend on itself")
                }
                Some(target) => {
                    let fits = match &target.kind {
                        FieldKind::YesNo => ["yes", "no"].contains(&cond.equals.as_str()),
                        FieldKind::Choices { options } => {
                            options.iter().any(|o| o.id == cond.equals)
                        }
                        _ => false,
                    };
                    if !fits {
                        self.problem(
                            format!("{path}.show_if.equals"),
                            format!(
                                "\"{}\" is not a value field \"{}\" can have (conditions work on yes_no and choices fields)",
                                cond.equals, target.id
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// A part of a definition file as people find it: by its printed number
/// and id ("section III (legal-framework)", "question 9 (q9)", "field
/// q9_explanation"), or, without an id, its position counted from 1.
fn named(what: &str, number: &str, id: &str, index: usize) -> String {
    match (number.is_empty(), id.is_empty()) {
        (_, true) if number.is_empty() => format!("{what} #{}", index + 1),
        (_, true) => format!("{what} {number}"),
        (true, false) => format!("{what} {id}"),
        (false, false) => format!("{what} {number} ({id})"),
    }
}

/// The definition-file path of every field, in `Edition::fields` order.
fn field_paths(edition: &Edition) -> Vec<String> {
    let mut out: Vec<String> = edition
        .intro
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| format!("introduction › {}", named("field", "", &f.id, i)))
        .collect();
    for (si, s) in edition.sections.iter().enumerate() {
        let sp = named("section", &s.number, &s.id, si);
        for (qi, q) in s.questions.iter().enumerate() {
            let qp = format!("{sp} › {}", named("question", &q.number, &q.id, qi));
            for (fi, f) in q.fields.iter().enumerate() {
                out.push(format!("{qp} › {}", named("field", "", &f.id, fi)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
edition = "t"
title = { en = "T" }
closing = { en = "Bye" }
[intro]
text = { en = "Intro[^1]" }
[[footnotes]]
id = "1"
text = { en = "Note" }
[[sections]]
id = "s"
number = "I"
title = { en = "S" }
[[sections.questions]]
id = "q1"
number = "1"
text = { en = "Q?" }
[[sections.questions.fields]]
id = "q1"
type = "yes_no"
[[sections.questions.fields]]
id = "q1b"
type = "text"
show_if = { field = "q1", equals = "yes" }
"#;

    fn errors(src: &str) -> String {
        load_str("t.toml", src).unwrap_err().to_string()
    }

    #[test]
    fn loads_a_minimal_edition() {
        let e = load_str("t.toml", MINIMAL).unwrap();
        assert_eq!(e.fields().count(), 2);
        assert_eq!(e.field("q1b").unwrap().id, "q1b");
        assert_eq!(e.page_of("q1b").unwrap().slug(), "s");
    }

    #[test]
    fn unknown_type_names_the_path() {
        let msg = errors(&MINIMAL.replace("type = \"text\"", "type = \"txet\""));
        assert!(
            msg.contains(
                "t.toml: section I (s) › question 1 (q1) › field q1b.type: unknown answer type \"txet\""
            ),
            "{msg}"
        );
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let msg = errors(&MINIMAL.replace("id = \"q1b\"", "id = \"q1\""));
        assert!(
            msg.contains("question 1 (q1) › field q1.id: duplicate field id \"q1\""),
            "{msg}"
        );
    }

    #[test]
    fn dangling_condition_is_refused() {
        let msg = errors(&MINIMAL.replace("field = \"q1\"", "field = \"q9\""));
        assert!(
            msg.contains("field q1b.show_if.field: no field \"q9\""),
            "{msg}"
        );
    }

    #[test]
    fn missing_english_is_refused() {
        let msg = errors(&MINIMAL.replace("text = { en = \"Q?\" }", "text = { fr = \"Q ?\" }"));
        assert!(
            msg.contains("section I (s) › question 1 (q1).text: missing English text"),
            "{msg}"
        );
    }

    #[test]
    fn missing_footnote_is_refused() {
        let msg = errors(&MINIMAL.replace("Intro[^1]", "Intro[^7]"));
        assert!(
            msg.contains("intro.text.en: footnote [^7] is not defined"),
            "{msg}"
        );
    }

    #[test]
    fn unknown_key_names_the_path() {
        let msg = errors(&MINIMAL.replace("number = \"1\"", "numbr = \"1\""));
        assert!(msg.contains("sections[0].questions[0]"), "{msg}");
        assert!(msg.contains("numbr"), "{msg}");
    }
}
