//! The signed PDF of a submitted version: rendered and signed once, kept in
//! `submission_pdfs`, and served as the same file every time, so a copy can
//! be recognised later by its SHA-256.

use super::Version;
use crate::config::Config;
use crate::db::entities::{submission_pdfs, submissions};
use crate::db::LoadError;
use crate::pdf::{self, FontSet, SignatureText, Submission};
use crate::response_file::ResponseFile;
use crate::signing::credentials::Credentials;
use crate::signing::{SignError, Signer};
use app::questionnaire::answer::{fingerprint, from_stored};
use app::questionnaire::Edition;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

/// Renders and signs PDFs: the fonts (loaded once) and the signer.
pub struct PdfService {
    pub fonts: &'static FontSet,
    pub signer: Signer,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfFailure {
    #[error("the PDF could not be made: {0}")]
    Render(#[from] pdf::PdfError),
    #[error("the PDF could not be signed: {0}")]
    Sign(#[from] SignError),
    #[error("the response file does not fit its edition: {0}")]
    Answers(String),
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("the PDF task failed: {0}")]
    Task(String),
}

impl PdfService {
    /// Loads the fonts and the signing identity (making the development CA
    /// on first start); logs the certificate fingerprints.
    pub fn start(config: &Config) -> Result<PdfService, String> {
        let fonts = FontSet::global(&config.fonts_dir)?;
        let credentials =
            Credentials::load(&config.signing).map_err(|e| format!("signing: {e}"))?;
        tracing::info!(
            signer = %credentials.signer_name(),
            sha256 = %credentials.fingerprint(),
            "PDF signing certificate"
        );
        for c in &credentials.chain {
            tracing::info!(
                issuer = %crate::signing::credentials::common_name(&c.tbs_certificate.subject),
                sha256 = %crate::signing::credentials::fingerprint(c),
                "PDF signing chain certificate"
            );
        }
        if let Some(ca) = &credentials.dev_ca {
            tracing::warn!(
                ca = %ca.display(),
                "PDFs are signed by a development CA: configure MSQ_SIGNING_CERT/KEY or MSQ_SIGNING_PKCS12 for production"
            );
        }
        Ok(PdfService {
            fonts,
            signer: Signer {
                credentials,
                tsa: config.tsa_url.clone(),
                location: config.signing_location.clone(),
            },
        })
    }

    /// Renders and signs the PDF of a response file (a submitted version's,
    /// or a draft's for `msq pdf`).
    pub async fn make(
        &self,
        edition: &Edition,
        file: &ResponseFile,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>, PdfFailure> {
        self.make_named(edition, file, now, None).await
    }

    /// `make`, with the submitter's name for the cover (else the file's
    /// `submitted_by`).
    pub async fn make_named(
        &self,
        edition: &Edition,
        file: &ResponseFile,
        now: DateTime<Utc>,
        submitted_by_name: Option<&str>,
    ) -> Result<Vec<u8>, PdfFailure> {
        // Every value must be an answer of the edition: a PDF never leaves
        // one out.
        let read = from_stored(edition, &file.answers);
        if let Some(u) = read.unreadable.first() {
            return Err(PdfFailure::Answers(format!("{}: {}", u.field, u.reason)));
        }
        let answers = read.answers;
        let json = serde_json::to_vec_pretty(file).unwrap_or_default();
        let info = file.submission.as_ref();
        // A draft's file: the same hash a submission would get.
        let sha256 = info.map_or_else(
            || fingerprint(&serde_json::to_value(&file.answers).unwrap_or_default()),
            |s| s.sha256.clone(),
        );
        let submitted_at = info
            .and_then(|s| DateTime::parse_from_rfc3339(&s.submitted_at).ok())
            .map(|t| {
                t.with_timezone(&Utc)
                    .format("%Y-%m-%d %H:%M UTC")
                    .to_string()
            })
            .unwrap_or_else(|| app::i18n::tr("pdf.not_submitted").to_string());
        let submitted_by = info.map_or_else(
            || app::i18n::tr("pdf.not_submitted").to_string(),
            |s| submitted_by_name.unwrap_or(&s.submitted_by).to_string(),
        );
        let version = info.map(|s| s.version);
        let sig = SignatureText {
            signer: self.signer.name(),
            time: now.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
        };
        let fonts = self.fonts;
        let edition = edition.clone();
        let member_state = file.member_state.clone();
        let mut rendered = tokio::task::spawn_blocking(move || {
            let s = Submission {
                edition: &edition,
                member_state: &member_state,
                version,
                submitted_at,
                submitted_by: &submitted_by,
                sha256: &sha256,
                answers: &answers,
            };
            pdf::render(fonts, &s, &sig, &json, now)
        })
        .await
        .map_err(|e| PdfFailure::Task(e.to_string()))??;
        Ok(self
            .signer
            .sign(&mut rendered.doc, &rendered.widget, &now)
            .await?)
    }
}

/// The kept PDF of a version, made now if it has none yet. Two instances
/// racing both render, but the first stored file is the one everybody gets.
pub async fn get_or_make(
    db: &impl ConnectionTrait,
    service: &PdfService,
    edition: &Edition,
    version: &Version,
) -> Result<submission_pdfs::Model, PdfFailure> {
    if let Some(kept) = submission_pdfs::Entity::find_by_id(version.id)
        .one(db)
        .await?
    {
        return Ok(kept);
    }
    let file = ResponseFile::from_version(version);
    // The cover names the person by the name on their account.
    let by = crate::accounts::users::display_name(db, &version.submitted_by).await?;
    let bytes = service
        .make_named(edition, &file, Utc::now(), Some(&by))
        .await?;
    let row = submission_pdfs::ActiveModel {
        submission_id: Set(version.id),
        sha256: Set(hex::encode(Sha256::digest(&bytes))),
        signer: Set(service.signer.credentials.fingerprint()),
        pdf: Set(bytes),
        created_at: Set(Utc::now()),
    };
    submission_pdfs::Entity::insert(row)
        .on_conflict_do_nothing_on([submission_pdfs::Column::SubmissionId])
        .exec_without_returning(db)
        .await?;
    submission_pdfs::Entity::find_by_id(version.id)
        .one(db)
        .await?
        .ok_or_else(|| PdfFailure::Database(DbErr::RecordNotFound("submission_pdfs".into())))
}

/// The submitted version whose kept PDF has this SHA-256 (hex).
pub async fn find_by_sha256(
    db: &impl ConnectionTrait,
    sha256: &str,
) -> Result<Option<Version>, LoadError> {
    let Some(kept) = submission_pdfs::Entity::find()
        .filter(submission_pdfs::Column::Sha256.eq(sha256))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let row = submissions::Entity::find_by_id(kept.submission_id)
        .one(db)
        .await?;
    Ok(row.map(Version::try_from).transpose()?)
}
