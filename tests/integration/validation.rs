//! Validation through the 2020 edition, as a posted form arrives: each
//! rule with good and bad values, and what blocks submission.

use crate::support::workspace_root;
use app::questionnaire::answer::{check_fields, submission_issues};
use app::questionnaire::definition::Edition;
use app::questionnaire::form_data::FormData;
use app::questionnaire::{Answer, Answers, IssueKind};

fn edition() -> Edition {
    app::questionnaire::loader::load_file(&workspace_root().join("editions/msq-2020.toml")).unwrap()
}

/// The problems of one field after posting these form pairs.
fn problems(e: &Edition, field: &str, pairs: &[(&str, &str)]) -> Vec<(Option<String>, IssueKind)> {
    let f = e.field(field).unwrap();
    let answer = Answer::from_form(f, &FormData::from_pairs(pairs.iter().copied()));
    let answers: Answers = [(field.to_string(), answer)].into();
    check_fields(std::iter::once(f), &answers)
        .into_iter()
        .map(|i| (i.part, i.kind))
        .collect()
}

#[test]
fn urls_must_be_absolute_http_or_https() {
    let e = edition();
    assert!(problems(
        &e,
        "q1",
        &[
            ("q1.0", "https://www.gov.example"),
            ("q1.1", "http://portal.example.org/x?y=1")
        ]
    )
    .is_empty());
    let p = problems(
        &e,
        "q1",
        &[
            ("q1.0", "https://ok.example"),
            ("q1.1", "www gov example"),
            ("q1.2", "ftp://x.example"),
        ],
    );
    assert_eq!(
        p,
        vec![
            (
                Some("1".into()),
                IssueKind::InvalidUrl {
                    value: "www gov example".into()
                }
            ),
            (
                Some("2".into()),
                IssueKind::InvalidUrl {
                    value: "ftp://x.example".into()
                }
            ),
        ]
    );
    // "None" is an answer for the sub-portals, and blank rows are no answer.
    assert!(problems(&e, "q2a", &[("q2a.none", "yes")]).is_empty());
    assert!(problems(&e, "q2a", &[("q2a.0", "  ")]).is_empty());
    // Named links: the URL is checked, and a URL needs a name.
    assert_eq!(
        problems(
            &e,
            "q3",
            &[("q3.0.name", "Ministry of ICT"), ("q3.0.url", "ict gov")]
        ),
        vec![(
            Some("0.url".into()),
            IssueKind::InvalidUrl {
                value: "ict gov".into()
            }
        )]
    );
    assert_eq!(
        problems(&e, "q3", &[("q3.0.url", "https://ict.gov.example")]),
        vec![(Some("0.name".into()), IssueKind::NameRequired)]
    );
    assert_eq!(
        problems(&e, "q3", &[("q3.0.name", "Ministry of ICT")]),
        vec![(Some("0.url".into()), IssueKind::Required)]
    );
    // q5's URLs are optional.
    assert!(problems(&e, "q5a", &[("q5a.0.name", "Ministry of Planning")]).is_empty());
}

#[test]
fn emails_and_international_phone_numbers() {
    let e = edition();
    let good = [
        ("q4_cio.name", "Aiko Tanaka"),
        ("q4_cio.email", "cio@digital.go.jp"),
        ("q4_cio.phone", "+81 3 1234 5678"),
    ];
    assert!(problems(&e, "q4_cio", &good).is_empty());
    let bad = [
        ("q4_cio.email", "cio(at)digital.go.jp"),
        ("q4_cio.phone", "03 1234 5678"),
    ];
    assert_eq!(
        problems(&e, "q4_cio", &bad),
        vec![
            (
                Some("email".into()),
                IssueKind::InvalidEmail {
                    value: "cio(at)digital.go.jp".into()
                }
            ),
            (
                Some("phone".into()),
                IssueKind::InvalidPhone {
                    value: "03 1234 5678".into()
                }
            ),
        ]
    );
    assert_eq!(
        problems(&e, "respondent", &[("respondent.email", "a@b")]),
        vec![(
            Some("email".into()),
            IssueKind::InvalidEmail {
                value: "a@b".into()
            }
        )]
    );
}

#[test]
fn percentages_from_0_to_100_or_not_available_with_a_reason() {
    let e = edition();
    for good in ["0", "100", "42.5", "42,5", "7 %"] {
        assert!(
            problems(&e, "q17", &[("q17.mode", "percent"), ("q17.percent", good)]).is_empty(),
            "{good}"
        );
    }
    assert_eq!(
        problems(
            &e,
            "q17",
            &[("q17.mode", "percent"), ("q17.percent", "120")]
        ),
        vec![(
            Some("percent".into()),
            IssueKind::PercentOutOfRange {
                value: "120".into()
            }
        )]
    );
    assert_eq!(
        problems(&e, "q18", &[("q18.percent", "-1")]),
        vec![(
            Some("percent".into()),
            IssueKind::PercentOutOfRange { value: "-1".into() }
        )]
    );
    assert_eq!(
        problems(
            &e,
            "q19",
            &[("q19.mode", "percent"), ("q19.percent", "about half")]
        ),
        vec![(
            Some("percent".into()),
            IssueKind::NotANumber {
                value: "about half".into()
            }
        )]
    );
    assert!(problems(
        &e,
        "q20",
        &[("q20.mode", "na"), ("q20.reason", "No survey yet")]
    )
    .is_empty());
    assert_eq!(
        problems(&e, "q20", &[("q20.mode", "na")]),
        vec![(Some("reason".into()), IssueKind::ReasonRequired)]
    );
}

#[test]
fn word_limits_say_how_many_words_too_many() {
    let e = edition();
    let ok = vec!["word"; 250].join(" ");
    assert!(problems(&e, "q22", &[("q22", &ok)]).is_empty());
    let long = vec!["word"; 262].join(" ");
    assert_eq!(
        problems(&e, "q22", &[("q22", &long)]),
        vec![(
            None,
            IssueKind::TooManyWords {
                limit: 250,
                over: 12
            }
        )]
    );
    assert_eq!(
        problems(&e, "x2_explanation", &[("x2_explanation", &long)]),
        vec![(
            None,
            IssueKind::TooManyWords {
                limit: 250,
                over: 12
            }
        )]
    );
    let msg = app::questionnaire::display::issue_message(
        &e,
        &app::questionnaire::Issue::new(
            "q22",
            None,
            IssueKind::TooManyWords {
                limit: 250,
                over: 12,
            },
        ),
    );
    assert_eq!(msg, "You have 12 words too many");
}

#[test]
fn choices_other_needs_its_text_and_unknown_options_are_reported() {
    let e = edition();
    assert!(problems(
        &e,
        "q15",
        &[("q15", "ai"), ("q15", "other"), ("q15.other", "Drones")]
    )
    .is_empty());
    assert_eq!(
        problems(&e, "q15", &[("q15", "other")]),
        vec![(Some("other".into()), IssueKind::OtherTextRequired)]
    );
    assert_eq!(
        problems(&e, "q8", &[("q8", "made-up")]),
        vec![(
            None,
            IssueKind::UnknownValue {
                value: "made-up".into()
            }
        )]
    );
    assert_eq!(
        problems(&e, "q10", &[("q10", "maybe")]),
        vec![(
            None,
            IssueKind::UnknownValue {
                value: "maybe".into()
            }
        )]
    );
    assert_eq!(
        problems(&e, "response_date", &[("response_date", "31/03/2020")]),
        vec![(
            None,
            IssueKind::InvalidDate {
                value: "31/03/2020".into()
            }
        )]
    );
    assert!(problems(&e, "response_date", &[("response_date", "2020-03-31")]).is_empty());
}

#[test]
fn required_answers_are_required_for_submission_only() {
    let e = edition();
    let none = Answers::new();
    // A draft may be empty: no format problems.
    assert!(check_fields(e.fields(), &none).is_empty());
    let missing: Vec<String> = submission_issues(&e, &none)
        .into_iter()
        .filter(|i| i.kind == IssueKind::Required)
        .map(|i| i.field)
        .collect();
    for f in [
        "response_date",
        "q1",
        "q4",
        "q10",
        "q12",
        "q17",
        "q18",
        "q19",
        "q20",
        "respondent",
    ] {
        assert!(
            missing.contains(&f.to_string()),
            "{f} should be required: {missing:?}"
        );
    }
    // Follow-ups are not asked until their condition holds.
    assert!(!missing.contains(&"q4_cio".to_string()));
    // A respondent block with a part missing names that part.
    let f = e.field("respondent").unwrap();
    let a = Answer::from_form(
        f,
        &FormData::from_pairs([
            ("respondent.name", "Ana"),
            ("respondent.email", "ana@gov.example"),
        ]),
    );
    let answers: Answers = [("respondent".to_string(), a)].into();
    let parts: Vec<_> = submission_issues(&e, &answers)
        .into_iter()
        .filter(|i| i.field == "respondent")
        .map(|i| i.part.unwrap_or_default())
        .collect();
    assert_eq!(parts, ["title", "organization"]);
}
