//! `GET /review/{edition}/export.csv|.xlsx|.json` (and `dictionary.csv`,
//! the data dictionary alone): the edition's submitted
//! data for UN DESA staff (the access layer checks it), kept by the
//! dashboard's filters (`state`, `region`, …; a bad one is a 400 that says
//! why). Each export is audited. The files are made by `crate::exports`.

use crate::accounts::viewer::Viewer;
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::exports::{self, filter, Format};
use crate::routes::target::EditionParam;
use crate::state::AppState;
use axum::extract::{FromRequestParts, RawQuery, State};
use axum::http::request::Parts;

/// The format a URL asks for, by its extension (`export.csv`, …).
pub struct AskedFormat(pub Format);

impl<S: Send + Sync> FromRequestParts<S> for AskedFormat {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        let path = parts.uri.path();
        [Format::Csv, Format::Xlsx, Format::Json]
            .into_iter()
            .find(|f| path.ends_with(&format!(".{}", f.extension())))
            .map(AskedFormat)
            .ok_or_else(|| AppError::NotFound(app::i18n::tr("errors.not_found_body").to_string()))
    }
}

/// `GET /review/{edition}/export.{csv,xlsx,json}`.
pub async fn export(
    State(app): State<AppState>,
    EditionParam(edition): EditionParam,
    AskedFormat(format): AskedFormat,
    RawQuery(query): RawQuery,
    viewer: Viewer,
    address: ClientAddress,
) -> AppResult {
    let query = query.as_deref();
    let filter = filter::parse(query)?;
    let editions = (edition, app.previous_edition(edition));
    let (bytes, count) = exports::build(&app.db, editions, &filter, format).await?;
    let detail = exports::build::audit_detail(&edition.id, format, count, query);
    audited(&app, (&viewer, &address), detail).await?;
    let name = exports::build::file_name(&edition.id, &filter, format, &exports::build::today());
    Ok(exports::attachment(&name, format, bytes))
}

/// `GET /review/panel.csv|.xlsx`: the panel across editions (the fields
/// whose id carries over, an `edition` column), kept by the same filters.
pub async fn panel(
    State(app): State<AppState>,
    AskedFormat(format): AskedFormat,
    RawQuery(query): RawQuery,
    viewer: Viewer,
    address: ClientAddress,
) -> AppResult {
    let query = query.as_deref();
    let filter = filter::parse(query)?;
    let mut parts = Vec::new();
    for edition in app.editions {
        parts.push((edition, exports::select(&app.db, edition, &filter).await?));
    }
    let count: usize = parts.iter().map(|(_, e)| e.len()).sum();
    let internal = |e: String| AppError::Internal(e);
    let bytes = match format {
        Format::Xlsx => exports::panel::xlsx(&parts).map_err(|e| internal(e.to_string()))?,
        _ => exports::panel::csv(&parts).map_err(|e| internal(e.to_string()))?,
    };
    let detail = exports::build::audit_detail("panel", format, count, query);
    audited(&app, (&viewer, &address), detail).await?;
    let name = exports::build::file_name("panel", &filter, format, &exports::build::today());
    Ok(exports::attachment(&name, format, bytes))
}

/// `GET /review/{edition}/dictionary.csv`: the data dictionary alone (no
/// answers in it: not audited as an export).
pub async fn dictionary(
    State(app): State<AppState>,
    EditionParam(edition): EditionParam,
) -> AppResult {
    let bytes = exports::dictionary::csv(edition, app.previous_edition(edition))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let name = format!("msq-{}-dictionary.csv", edition.id);
    Ok(exports::attachment(&name, Format::Csv, bytes))
}

/// The audit row of an export (no Member State: it holds many).
async fn audited(
    app: &AppState,
    (viewer, address): (&Viewer, &ClientAddress),
    detail: String,
) -> Result<(), AppError> {
    let event = audit::by(viewer, address, kind::EXPORT, "", detail);
    let event = Event {
        member_state: None,
        ..event
    };
    Ok(audit::record(&app.db, event).await?)
}
