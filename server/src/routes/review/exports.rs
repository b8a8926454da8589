//! `GET /review/{edition}/export.csv|.xlsx|.json`: the edition's submitted
//! data for UN DESA staff (the access layer checks it), kept by the
//! dashboard's filters (`state`, `region`, …; a bad one is a 400 that says
//! why). Each export is audited. The files are made by `crate::exports`.

use crate::accounts::viewer::Viewer;
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::AppResult;
use crate::exports::{self, filter, Format};
use crate::routes::target::EditionParam;
use crate::state::AppState;
use axum::extract::{RawQuery, State};

async fn export(
    app: &AppState,
    edition: &app::questionnaire::Edition,
    query: Option<&str>,
    (viewer, address): (&Viewer, &ClientAddress),
    format: Format,
) -> AppResult {
    let filter = filter::parse(query)?;
    let (bytes, count) = exports::build(&app.db, edition, &filter, format).await?;
    audit::record(
        &app.db,
        Event {
            member_state: None,
            ..audit::by(
                viewer,
                address,
                kind::EXPORT,
                "",
                exports::build::audit_detail(&edition.id, format, count, query),
            )
        },
    )
    .await?;
    Ok(exports::attachment(&edition.id, format, bytes))
}

macro_rules! export_route {
    ($name:ident, $format:expr) => {
        pub async fn $name(
            State(app): State<AppState>,
            EditionParam(edition): EditionParam,
            RawQuery(query): RawQuery,
            viewer: Viewer,
            address: ClientAddress,
        ) -> AppResult {
            export(
                &app,
                edition,
                query.as_deref(),
                (&viewer, &address),
                $format,
            )
            .await
        }
    };
}

export_route!(csv, Format::Csv);
export_route!(xlsx, Format::Xlsx);
export_route!(json_export, Format::Json);
