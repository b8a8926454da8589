//! `GET /verify` (the form) and `POST /verify` (an uploaded PDF checked):
//! public, for anyone holding a submission PDF. The signature is checked
//! like an independent verifier does, then the file's SHA-256 is looked up
//! among the PDFs this system issued. Any upload gets a clear answer.

use crate::error::AppResult;
use crate::routes::render::render_html;
use crate::signing::verify::verify;
use crate::state::AppState;
use crate::submissions::signed_pdf;
use app::i18n::tr;
use app::pages::verify::{verify_page, Authentic, Checked, Verdict};
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sha2::{Digest, Sha256};

/// The largest upload read (a submission PDF is well under 1 MB).
pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;

pub async fn form() -> Response {
    render_html(StatusCode::OK, tr("verify.title"), false, || {
        verify_page(None, None)
    })
}

pub async fn check(
    State(app): State<AppState>,
    upload: Result<Multipart, MultipartRejection>,
) -> AppResult {
    let (name, bytes) = match read_upload(upload).await {
        Ok(b) => b,
        Err((status, message)) => return Ok(page(status, None, Verdict::Invalid(message))),
    };
    // Which file was checked, so nobody mistakes one download for another.
    let checked = Checked {
        name,
        bytes: bytes.len(),
        sha256: hex::encode(Sha256::digest(&bytes)),
    };
    let verdict = match verify(&bytes) {
        Err(e) => {
            return Ok(page(
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(checked),
                Verdict::Invalid(e.to_string()),
            ))
        }
        Ok(v) => match signed_pdf::find_by_sha256(&app.db, &checked.sha256).await? {
            Some(version) => Verdict::Authentic(Authentic {
                member_state: app::member_states::by_iso3(&version.member_state)
                    .map(|m| m.name.clone())
                    .unwrap_or_else(|| version.member_state.clone()),
                iso3: version.member_state.clone(),
                edition: version.edition.clone(),
                version: version.version,
                submitted_at: version
                    .submitted_at
                    .format("%Y-%m-%d %H:%M UTC")
                    .to_string(),
                submitted_by: crate::accounts::users::display_name(&app.db, &version.submitted_by)
                    .await?,
                sha256: version.sha256.clone(),
                signer: v.signer,
                time_stamped: v.time_stamped,
            }),
            None if v.certificate == app.pdf.signer.credentials.fingerprint() => {
                Verdict::SignedNotArchived { signer: v.signer }
            }
            None => Verdict::OtherSigner { signer: v.signer },
        },
    };
    let status = match verdict {
        Verdict::Authentic(_) => StatusCode::OK,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    Ok(page(status, Some(checked), verdict))
}

fn page(status: StatusCode, checked: Option<Checked>, verdict: Verdict) -> Response {
    render_html(status, tr("verify.title"), false, move || {
        verify_page(checked.as_ref(), Some(&verdict))
    })
}

/// The name (as the browser sent it, at most 200 characters) and bytes of
/// the form's `pdf` field, or a status and a message.
async fn read_upload(
    upload: Result<Multipart, MultipartRejection>,
) -> Result<(String, Vec<u8>), (StatusCode, String)> {
    let unreadable = || {
        (
            StatusCode::BAD_REQUEST,
            tr("verify.unreadable_upload").to_string(),
        )
    };
    let mut multipart = upload.map_err(|_| unreadable())?;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err((
                    StatusCode::PAYLOAD_TOO_LARGE,
                    tr("verify.too_large").to_string(),
                ))
            }
            Err(_) => return Err(unreadable()),
        };
        if field.name() != Some("pdf") {
            continue;
        }
        let name: String = field
            .file_name()
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        let bytes = field.bytes().await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                (
                    StatusCode::PAYLOAD_TOO_LARGE,
                    tr("verify.too_large").to_string(),
                )
            } else {
                unreadable()
            }
        })?;
        if bytes.is_empty() {
            break;
        }
        return Ok((name, bytes.to_vec()));
    }
    Err((StatusCode::BAD_REQUEST, tr("verify.no_file").to_string()))
}
