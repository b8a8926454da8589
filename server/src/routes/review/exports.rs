//! `GET /review/{edition}/export.csv|.xlsx|.json`: the edition's submitted
//! data for UN DESA staff, kept by the dashboard's filters (`state`,
//! `region`, …; a bad one is a 400 that says why). Each export is audited.

use super::super::access::staff;
use super::dashboard::parse_filter;
use crate::accounts::viewer::Viewer;
use crate::audit::{self, kind, Event};
use crate::error::{respond, AppError};
use crate::exports::{self, csv_long, json, xlsx_wide};
use crate::state::AppState;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{header, HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

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

/// The bytes of an export (shared with the analysts' API).
pub async fn make(
    app: &AppState,
    edition: &str,
    query: Option<&str>,
    format: Format,
) -> Result<(Vec<u8>, usize), AppError> {
    let edition = crate::routes::target::edition(app, edition)?;
    let filter = parse_filter(query)?;
    let exported = exports::select(&app.db, edition, &filter).await?;
    let internal = |e: String| AppError::Internal(e);
    let bytes = match format {
        Format::Csv => csv_long::write(edition, &exported).map_err(|e| internal(e.to_string()))?,
        Format::Xlsx => {
            xlsx_wide::write(edition, &exported).map_err(|e| internal(e.to_string()))?
        }
        Format::Json => json::write(&edition.id, &exported).map_err(|e| internal(e.to_string()))?,
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

/// Who asks: the viewer, the URL they opened and their address.
type Asker = (Viewer, Uri, SocketAddr);

async fn export(
    app: AppState,
    edition: String,
    query: Option<String>,
    (viewer, uri, peer): Asker,
    headers: HeaderMap,
    format: Format,
) -> Response {
    if let Err(r) = staff(&viewer, &uri, &headers, false) {
        return *r;
    }
    let run = async {
        let (bytes, count) = make(&app, &edition, query.as_deref(), format).await?;
        audit::record(
            &app.db,
            Event {
                member_state: None,
                ..audit::by(
                    &viewer,
                    &peer,
                    kind::EXPORT,
                    "",
                    format!(
                        "edition {edition} {} ({count} responses) filters: {}",
                        format.extension(),
                        query.as_deref().unwrap_or("none")
                    ),
                )
            },
        )
        .await?;
        Ok::<_, AppError>(attachment(&edition, format, bytes))
    };
    respond(run.await, &headers)
}

macro_rules! export_route {
    ($name:ident, $format:expr) => {
        pub async fn $name(
            State(app): State<AppState>,
            Path(edition): Path<String>,
            RawQuery(query): RawQuery,
            viewer: Viewer,
            uri: Uri,
            ConnectInfo(peer): ConnectInfo<SocketAddr>,
            headers: HeaderMap,
        ) -> Response {
            export(app, edition, query, (viewer, uri, peer), headers, $format).await
        }
    };
}

export_route!(csv, Format::Csv);
export_route!(xlsx, Format::Xlsx);
export_route!(json_export, Format::Json);
