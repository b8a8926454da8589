//! The 2020 definition holds every question, sub-item, option and footnote
//! of the reference text (docs/reference/msq-2020-questionnaire.md), word
//! for word, counted against the reference's own numbers.

use crate::support::workspace_root;
use app::questionnaire::definition::{Edition, FieldKind};
use app::questionnaire::loader;

fn edition() -> Edition {
    loader::load_file(&workspace_root().join("editions/msq-2020.toml")).unwrap()
}

fn reference() -> String {
    std::fs::read_to_string(workspace_root().join("docs/reference/msq-2020-questionnaire.md"))
        .unwrap()
}

/// The reference writes footnote references as " [fn N]"; definitions as "[^N]".
fn from_reference(s: &str) -> String {
    let mut out = s.to_string();
    for n in (1..=11).rev() {
        out = out.replace(&format!(" [fn {n}]"), &format!("[^{n}]"));
        out = out.replace(&format!("[fn {n}]"), &format!("[^{n}]"));
    }
    out.trim().to_string()
}

/// What the reference lists: (section number, title), questions (section,
/// number, text), sub-items (question, letter, text), options (question,
/// text), footnotes.
#[derive(Default, Debug)]
struct Reference {
    sections: Vec<(String, String)>,
    questions: Vec<(String, String, String)>,
    sub_items: Vec<(String, String, String)>,
    options: Vec<(String, String)>,
    footnotes: Vec<(String, String)>,
}

fn parse_reference(text: &str) -> Reference {
    let mut r = Reference::default();
    let mut section = String::new();
    let mut question = String::new();
    let mut in_footnotes = false;
    for line in text.lines() {
        if line.starts_with("Footnotes used throughout") {
            in_footnotes = true;
            continue;
        }
        if let Some(rest) = line.strip_prefix("## ") {
            in_footnotes = false;
            if let Some((num, title)) = rest.split_once(". ") {
                if num.chars().all(|c| "IVX".contains(c)) {
                    section = num.to_string();
                    r.sections.push((num.to_string(), from_reference(title)));
                }
            }
            continue;
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((num, rest)) = trimmed.split_once(". ") {
            if num.chars().all(|c| c.is_ascii_digit()) && !num.is_empty() && indent == 0 {
                if in_footnotes {
                    r.footnotes.push((num.to_string(), rest.trim().to_string()));
                } else if !section.is_empty() {
                    let number = if section == "X" {
                        format!("X.{num}")
                    } else {
                        num.to_string()
                    };
                    question = number.clone();
                    r.questions
                        .push((section.clone(), number, from_reference(rest)));
                }
                continue;
            }
            if num.len() == 1
                && num.chars().all(|c| c.is_ascii_lowercase())
                && indent > 0
                && !section.is_empty()
            {
                r.sub_items
                    .push((question.clone(), num.to_string(), from_reference(rest)));
                continue;
            }
        }
        if let Some(opt) = trimmed.strip_prefix("- ") {
            if indent > 0 && !section.is_empty() {
                r.options.push((question.clone(), from_reference(opt)));
            }
        }
        // Question 15 lists its options inline: "[checkboxes: A; B; ...; Other: (free text). Then ...]".
        if let Some(rest) = trimmed.strip_prefix("[checkboxes: ") {
            let mut list = rest.to_string();
            let mut next = text.lines().skip_while(|l| *l != line).skip(1);
            while !list.contains("Then") {
                list.push(' ');
                list.push_str(next.next().unwrap().trim());
            }
            let list = &list[..list.find(". Then").unwrap()];
            for opt in list.split(';') {
                r.options.push((question.clone(), opt.trim().to_string()));
            }
        }
    }
    r
}

#[test]
fn the_reference_parses_as_expected() {
    let r = parse_reference(&reference());
    assert_eq!(r.sections.len(), 10);
    assert_eq!(r.footnotes.len(), 11);
    assert_eq!(r.questions.len(), 26, "questions 1-24 and X.1, X.2");
    assert_eq!(r.sub_items.len(), 5 + 9, "2a-e and 5a-i");
    assert_eq!(r.options.len(), 11 + 9 + 10 + 5 + 6, "8, 9, 15, X.1, X.2");
}

#[test]
fn every_section_question_and_footnote_is_in_the_definition_verbatim() {
    let e = edition();
    let r = parse_reference(&reference());

    let sections: Vec<(String, String)> = e
        .sections
        .iter()
        .map(|s| (s.number.clone(), s.title.en().to_string()))
        .collect();
    assert_eq!(sections, r.sections);

    let footnotes: Vec<(String, String)> = e
        .footnotes
        .iter()
        .map(|f| (f.id.clone(), f.text.en().to_string()))
        .collect();
    assert_eq!(footnotes, r.footnotes);

    let questions: Vec<(String, String, String)> = e
        .sections
        .iter()
        .flat_map(|s| {
            s.questions
                .iter()
                .filter(|q| !q.number.is_empty())
                .map(move |q| (s.number.clone(), q.number.clone(), q.text.en().to_string()))
        })
        .collect();
    assert_eq!(questions, r.questions);

    let sub_items: Vec<(String, String, String)> = e
        .sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .flat_map(|q| {
            q.fields.iter().filter_map(move |f| {
                Some((
                    q.number.clone(),
                    f.number.clone()?,
                    f.label.as_ref()?.en().to_string(),
                ))
            })
        })
        .collect();
    assert_eq!(sub_items, r.sub_items);

    let options: Vec<(String, String)> = e
        .sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .flat_map(|q| q.fields.iter().map(move |f| (q, f)))
        .flat_map(|(q, f)| match &f.kind {
            FieldKind::Choices { options } => options
                .iter()
                .map(|o| {
                    let label = if o.other {
                        format!("{} (free text)", o.label.en())
                    } else {
                        o.label.en().to_string()
                    };
                    (q.number.clone(), label)
                })
                .collect::<Vec<_>>(),
            _ => vec![],
        })
        .collect();
    assert_eq!(options, r.options);
}

#[test]
fn front_matter_follow_ups_and_limits_match_the_reference() {
    let e = edition();
    let reference = reference();
    assert!(reference.contains(&format!("Title: \"{}\"", e.title.en())));
    let closing = reference
        .split("Closing line: \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(e.closing.en(), closing);
    let intro_ref = reference
        .split("Introduction (shown above section I):")
        .nth(1)
        .unwrap()
        .split("Header fields")
        .next()
        .unwrap();
    let intro_ref: String = intro_ref
        .lines()
        .map(|l| l.trim_start_matches('>').trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        e.intro.text.en(),
        from_reference(&intro_ref.replace("UNDESA [1]", "UNDESA[^1]"))
    );
    let auth = e.field("authorization").unwrap();
    assert!(matches!(auth.kind, FieldKind::Consent));
    let flat = reference.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&format!("\"{}\"", auth.label.as_ref().unwrap().en())));
    assert!(matches!(
        e.field("response_date").unwrap().kind,
        FieldKind::Date
    ));

    // Follow-ups: 11 when 10 is Yes, 13 when 12 is Yes, the CIO block when 4 is Yes.
    for (field, on) in [("q11", "q10"), ("q13", "q12"), ("q4_cio", "q4")] {
        let c = e.field(field).unwrap().show_if.as_ref().unwrap();
        assert_eq!(
            (c.field.as_str(), c.equals.as_str()),
            (on, "yes"),
            "{field}"
        );
    }
    // Indicators 17-20: a percentage or "not available".
    for q in ["q17", "q18", "q19", "q20"] {
        assert!(
            matches!(e.field(q).unwrap().kind, FieldKind::PercentageOrNa),
            "{q}"
        );
    }
    // Word limits: 22 and the X.2 explanation, 250 words.
    for f in ["q22", "x2_explanation"] {
        assert!(
            matches!(
                e.field(f).unwrap().kind,
                FieldKind::Text {
                    word_limit: Some(250),
                    ..
                }
            ),
            "{f}"
        );
    }
    // Contact blocks: the CIO's and the respondent's, all respondent parts required.
    let FieldKind::Contact { parts } = &e.field("respondent").unwrap().kind else {
        panic!()
    };
    let ids: Vec<_> = parts.iter().map(|p| (p.id.as_str(), p.required)).collect();
    assert_eq!(
        ids,
        [
            ("name", true),
            ("title", true),
            ("email", true),
            ("organization", true)
        ]
    );
    let FieldKind::Contact { parts } = &e.field("q4_cio").unwrap().kind else {
        panic!()
    };
    assert_eq!(
        parts.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["name", "title", "organization", "email", "phone"]
    );
    // Every footnote is referenced somewhere.
    let all = std::fs::read_to_string(workspace_root().join("editions/msq-2020.toml")).unwrap();
    for n in 1..=11 {
        assert!(
            all.contains(&format!("[^{n}]")),
            "footnote {n} is never referenced"
        );
    }
}

#[test]
fn every_edition_in_the_folder_passes_the_linter() {
    let editions = loader::load_dir(&workspace_root().join("editions")).unwrap();
    assert!(editions.iter().any(|e| e.id == "2020"));
}
