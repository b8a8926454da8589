//! Signing submission PDFs (PAdES B-B, or B-T with a time-stamp authority)
//! and checking uploaded ones.

pub mod cms_signature;
pub mod credentials;
pub mod pades;
pub mod timestamp;
pub mod verify;

use chrono::{DateTime, Utc};
use credentials::Credentials;
use sha2::{Digest, Sha256};
use timestamp::TsaUrl;

/// The reason written in every signature dictionary.
pub const REASON: &str = "Submission of the Member States Questionnaire";

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error(transparent)]
    Pades(#[from] pades::PadesError),
    #[error(transparent)]
    Cms(#[from] cms_signature::CmsError),
    #[error(transparent)]
    Timestamp(#[from] timestamp::TimestampError),
}

/// The server's signing identity and, optionally, its time-stamp authority.
pub struct Signer {
    pub credentials: Credentials,
    pub tsa: Option<TsaUrl>,
    /// /Location of the signature dictionary.
    pub location: String,
}

impl Signer {
    pub fn name(&self) -> String {
        self.credentials.signer_name()
    }

    /// Signs a document: adds the signature field over `widget`, then the
    /// CMS (and the time stamp when configured). Returns the file.
    pub async fn sign(
        &self,
        doc: &mut lopdf::Document,
        widget: &crate::pdf::basics::Widget,
        time: &DateTime<Utc>,
    ) -> Result<Vec<u8>, SignError> {
        let name = self.name();
        let date = crate::pdf::basics::pdf_date(time);
        let prepared = pades::prepare(
            doc,
            &pades::SignatureFields {
                name: &name,
                reason: REASON,
                location: &self.location,
                date: &date,
            },
            widget,
        )?;
        let mut hasher = Sha256::new();
        for part in prepared.signed_parts() {
            hasher.update(part);
        }
        let digest = hasher.finalize();
        let mut cms = cms_signature::sign_digest(&self.credentials, &digest)?;
        if let Some(url) = &self.tsa {
            let value = cms_signature::signature_value(&cms)?;
            let token = timestamp::stamp(url, &value).await?;
            cms = cms_signature::add_time_stamp(&cms, &token)?;
        }
        Ok(prepared.finish(&cms)?)
    }
}
