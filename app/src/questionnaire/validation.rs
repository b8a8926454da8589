//! Validation problems of answers, as types. Each answer type's module says
//! which of these its values can have; the pages turn them into messages
//! through the translation catalogue (`crate::i18n`).

use serde::{Deserialize, Serialize};

/// One problem with one answer (or one part of it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// The field's id (the answer key).
    pub field: String,
    /// The part of the answer: a row number ("0"), a row part ("0.url"),
    /// a contact part ("email"), a percentage part ("percent").
    pub part: Option<String>,
    pub kind: IssueKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum IssueKind {
    /// Must be answered before submission.
    Required,
    InvalidUrl {
        value: String,
    },
    InvalidEmail {
        value: String,
    },
    InvalidPhone {
        value: String,
    },
    InvalidDate {
        value: String,
    },
    NotANumber {
        value: String,
    },
    PercentOutOfRange {
        value: String,
    },
    /// A `number` field's text that is not a number ("about 5000").
    InvalidNumber {
        value: String,
    },
    NotWholeNumber {
        value: String,
    },
    /// Below the field's minimum (as people read it).
    NumberBelow {
        min: String,
    },
    NumberAbove {
        max: String,
    },
    TooManyWords {
        limit: u32,
        over: u32,
    },
    /// "Not available" chosen without saying why.
    ReasonRequired,
    /// A row with a URL but no name.
    NameRequired,
    /// "Other" ticked without saying what.
    OtherTextRequired,
    /// A value no control of this field can produce (a tampered form or a
    /// bad import file).
    UnknownValue {
        value: String,
    },
    /// An answer carried over from edition `from`, not yet confirmed or
    /// changed.
    CarriedUnconfirmed {
        from: String,
    },
}

impl Issue {
    pub fn new(field: &str, part: Option<String>, kind: IssueKind) -> Self {
        Issue {
            field: field.to_string(),
            part,
            kind,
        }
    }

    /// The id of the HTML element the message belongs to; the error summary
    /// links to it.
    pub fn element_id(&self) -> String {
        element_id(&self.field, self.part.as_deref())
    }
}

/// The HTML id of a field's control, or of one part of it.
pub fn element_id(field: &str, part: Option<&str>) -> String {
    match part {
        Some(p) => format!("f-{field}-{}", p.replace('.', "-")),
        None => format!("f-{field}"),
    }
}

/// Absolute http(s) URL with a host.
/// A web address as people type it, with `https://` put in front when
/// they left the scheme out ("www.gov.ma", "portal.gov.eg/services"); any
/// other text is returned trimmed, as typed (then flagged if invalid).
pub fn with_scheme(value: &str) -> String {
    let v = value.trim();
    let host = v.split(['/', '?', '#']).next().unwrap_or("");
    let looks_like_host = !v.contains("://")
        && !v.chars().any(char::is_whitespace)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !v.to_ascii_lowercase().starts_with("mailto:");
    if looks_like_host && is_web_url(&format!("https://{v}")) {
        format!("https://{v}")
    } else {
        v.to_string()
    }
}

pub fn is_web_url(value: &str) -> bool {
    use validator::ValidateUrl;
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && v.validate_url()
        && v.split("://").nth(1).is_some_and(|rest| {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !host.starts_with(':')
        })
}

pub fn is_email(value: &str) -> bool {
    use validator::ValidateEmail;
    let v = value.trim();
    v.validate_email() && v.contains('.')
}

/// International format: a leading `+`, then 7 to 15 digits (E.164), with
/// spaces, dots, hyphens and parentheses allowed between them.
pub fn is_international_phone(value: &str) -> bool {
    let v = value.trim();
    let Some(rest) = v.strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(|c| c.is_ascii_digit()).count();
    rest.chars()
        .all(|c| c.is_ascii_digit() || " .-()".contains(c))
        && (7..=15).contains(&digits)
        && rest.starts_with(|c: char| c.is_ascii_digit())
}

/// A calendar date written as YYYY-MM-DD (what `<input type=date>` sends).
pub fn is_iso_date(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(&value[0..4]), num(&value[5..7]), num(&value[8..10]))
    else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&y) && (1..=days).contains(&d)
}

/// A percentage as people type it: "42", "42.5", "42,5", "42 %".
pub fn parse_percent(value: &str) -> Option<f64> {
    let v = value.trim().trim_end_matches('%').trim().replace(',', ".");
    v.parse::<f64>().ok().filter(|x| x.is_finite())
}

pub fn word_count(text: &str) -> u32 {
    text.split_whitespace().count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_without_its_scheme_gets_https() {
        assert_eq!(with_scheme(" www.maroc.ma "), "https://www.maroc.ma");
        assert_eq!(
            with_scheme("portal.gov.eg/services?x=1"),
            "https://portal.gov.eg/services?x=1"
        );
        assert_eq!(with_scheme("http://old.gov.ma"), "http://old.gov.ma");
        for kept in [
            "not a url",
            "localhost",
            "cio@gov.ma",
            "mailto:cio@gov.ma",
            "ftp://x.org",
            ".gov",
            "gov.",
        ] {
            assert_eq!(with_scheme(kept), kept.trim(), "{kept}");
        }
    }

    #[test]
    fn urls() {
        for good in [
            "https://www.gov.uk",
            "http://egov.example.org/path?q=1",
            "https://x.gov:8443/a",
        ] {
            assert!(is_web_url(good), "{good}");
        }
        for bad in [
            "www.gov.uk",
            "ftp://gov.uk",
            "https://",
            "javascript:alert(1)",
            "gov",
            "https:// spaced.gov",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(is_email("cio@ict.gov.example"));
        for bad in ["cio", "cio@", "@gov.org", "a b@gov.org", "cio@localhost"] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn phones() {
        for good in ["+41 22 917 1234", "+1 (212) 963-1234", "+8613800138000"] {
            assert!(is_international_phone(good), "{good}");
        }
        for bad in [
            "022 917 1234",
            "+41 22 abc",
            "+12",
            "+1234567890123456",
            "+ 41",
        ] {
            assert!(!is_international_phone(bad), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2020-02-29"));
        assert!(!is_iso_date("2019-02-29"));
        assert!(!is_iso_date("2020-13-01"));
        assert!(!is_iso_date("31/03/2020"));
    }

    #[test]
    fn percents_and_words() {
        assert_eq!(parse_percent("42,5 %"), Some(42.5));
        assert_eq!(parse_percent("abc"), None);
        assert_eq!(parse_percent("NaN"), None);
        assert_eq!(word_count("  one two\nthree "), 3);
    }
}
