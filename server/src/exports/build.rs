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

/// The HTTP response of an export's bytes.
pub fn attachment(edition: &str, format: Format, bytes: Vec<u8>) -> Response {
    let name = format!("msq-{edition}-responses.{}", format.extension());
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
