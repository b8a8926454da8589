//! An export from start to finish: the filtered selection written in one
//! of the three formats, and the HTTP attachment that carries it (the
//! review workspace's export links and the analysts' API serve the same
//! files).

use super::{csv_long, json, select, xlsx_wide};
use crate::error::AppError;
use app::questionnaire::Edition;
use app::review::DashboardFilter;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sea_orm::ConnectionTrait;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Json => "application/json; charset=utf-8",
        }
    }
}

/// The bytes of an export, and how many responses it holds.
/// `previous`: the edition before this one (the data dictionary marks
/// what changed since).
pub async fn build(
    db: &impl ConnectionTrait,
    (edition, previous): (&Edition, Option<&Edition>),
    filter: &DashboardFilter,
    format: Format,
) -> Result<(Vec<u8>, usize), AppError> {
    let exported = select(db, edition, filter).await?;
    let internal = |e: String| AppError::Internal(e);
    let bytes = match format {
        Format::Csv => csv_long::write(edition, &exported).map_err(|e| internal(e.to_string()))?,
        Format::Xlsx => {
            xlsx_wide::write(edition, previous, &exported).map_err(|e| internal(e.to_string()))?
        }
        Format::Json => json::write(edition, &exported).map_err(|e| internal(e.to_string()))?,
    };
    Ok((bytes, exported.len()))
}

/// An export's file name: the edition, the day and the filter, so files
/// saved side by side tell themselves apart
/// (`msq-2020-responses-2026-12-01-region-africa.xlsx`). Only ASCII
/// letters, digits and hyphens: safe in any file system and header.
pub fn file_name(edition: &str, filter: &DashboardFilter, format: Format, day: &str) -> String {
    let mut name = format!("msq-{}-responses-{day}", slug(edition));
    for state in &filter.states {
        name.push_str(&format!("-state-{}", slug(state.as_str())));
    }
    if let Some(region) = &filter.region {
        name.push_str(&format!("-region-{}", slug(region)));
    }
    match filter.reviewer {
        Some(0) => name.push_str("-unassigned"),
        Some(id) => name.push_str(&format!("-reviewer-{id}")),
        None => {}
    }
    let q = slug(&filter.q);
    if !q.is_empty() {
        name.push_str(&format!(
            "-search-{}",
            q.chars().take(30).collect::<String>()
        ));
    }
    format!("{name}.{}", format.extension())
}

/// Today (UTC) as file names carry it.
pub fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// Lower-case ASCII letters and digits, other runs as one hyphen.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The HTTP response of an export's bytes, under `name` (`file_name`).
pub fn attachment(name: &str, format: Format, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// What an export's audit row says of it.
pub fn audit_detail(edition: &str, format: Format, count: usize, query: Option<&str>) -> String {
    format!(
        "edition {edition} {} ({count} responses) filters: {}",
        format.extension(),
        query.unwrap_or("none")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::cycle::CycleState;

    #[test]
    fn file_names_carry_the_edition_the_day_and_the_filter() {
        let day = "2026-12-01";
        let mut f = DashboardFilter::default();
        assert_eq!(
            file_name("2020", &f, Format::Csv, day),
            "msq-2020-responses-2026-12-01.csv"
        );
        f.region = Some("Africa".into());
        assert_eq!(
            file_name("2020", &f, Format::Xlsx, day),
            "msq-2020-responses-2026-12-01-region-africa.xlsx"
        );
        f.states = vec![CycleState::Accepted];
        f.reviewer = Some(0);
        f.q = "Côte d’Ivoire \"; rm".into();
        assert_eq!(
            file_name("2020", &f, Format::Json, day),
            "msq-2020-responses-2026-12-01-state-accepted-region-africa-unassigned-search-c-te-d-ivoire-rm.json"
        );
    }
}
