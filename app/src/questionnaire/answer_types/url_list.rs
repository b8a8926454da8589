//! `url_list`: one or more web addresses, or (with `allow_none`) an explicit
//! "None".

use super::{expect_str, ShapeError};
use crate::questionnaire::validation::{is_web_url, Issue, IssueKind};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum UrlList {
    /// The respondent said there is none.
    None,
    Urls(Vec<String>),
}

/// The JSON word for an explicit "None".
pub const NONE: &str = "none";

impl UrlList {
    pub fn urls(&self) -> &[String] {
        match self {
            UrlList::None => &[],
            UrlList::Urls(u) => u,
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, UrlList::Urls(u) if u.iter().all(|s| s.trim().is_empty()))
    }

    pub fn to_json(&self) -> Value {
        match self {
            UrlList::None => Value::from(NONE),
            UrlList::Urls(u) => Value::from(u.clone()),
        }
    }
}

pub fn from_json(v: &Value, allow_none: bool) -> Result<UrlList, ShapeError> {
    match v {
        Value::String(s) if s == NONE && allow_none => Ok(UrlList::None),
        Value::Array(items) => Ok(UrlList::Urls(
            items
                .iter()
                .map(|i| expect_str(i, "each URL as a string"))
                .collect::<Result<_, _>>()?,
        )),
        _ if allow_none => Err(ShapeError("expected a list of URLs or \"none\"".into())),
        _ => Err(ShapeError("expected a list of URLs".into())),
    }
}

pub fn check(field: &str, value: &UrlList, out: &mut Vec<Issue>) {
    for (i, url) in value.urls().iter().enumerate() {
        if !is_web_url(url) {
            out.push(Issue::new(
                field,
                Some(i.to_string()),
                IssueKind::InvalidUrl { value: url.clone() },
            ));
        }
    }
}
