//! Checks an uploaded PDF's signature the way an independent verifier does:
//! the byte ranges cover the whole file but the signature, the CMS
//! message-digest equals the SHA-256 of those bytes, and the signer's
//! certificate verifies the signature over the signed attributes.

use super::cms_signature::{signed_data, ID_AA_TIME_STAMP_TOKEN};
use super::pades::find;
use cms::signed_data::SignerIdentifier;
use const_oid::db::rfc5911::ID_MESSAGE_DIGEST;
use der::asn1::OctetString;
use der::{Encode, Reader, SliceReader};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;

/// What a valid signature tells.
#[derive(Debug)]
pub struct Verified {
    pub signer: String,
    /// SHA-256 (hex) of the signer's certificate.
    pub certificate: String,
    /// The signature carries an RFC 3161 time stamp.
    pub time_stamped: bool,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VerifyError {
    #[error("The file is not a PDF.")]
    NotPdf,
    #[error("The PDF has no signature.")]
    NoSignature,
    #[error("The PDF's signature is damaged: {0}.")]
    Malformed(String),
    #[error(
        "The PDF was changed after it was signed: its signature does not cover the whole file."
    )]
    ChangedAfterSigning,
    #[error("The PDF was changed after it was signed: its content does not match the signature.")]
    DigestMismatch,
    #[error("The signature is not valid for the signer's certificate.")]
    BadSignature,
}

fn malformed(what: impl Into<String>) -> VerifyError {
    VerifyError::Malformed(what.into())
}

/// Reads "[a b c d]" after the last /ByteRange.
fn byte_range(pdf: &[u8]) -> Result<[usize; 4], VerifyError> {
    let key = b"/ByteRange";
    let at = pdf
        .windows(key.len())
        .rposition(|w| w == key)
        .ok_or(VerifyError::NoSignature)?;
    let rest = &pdf[at + key.len()..pdf.len().min(at + key.len() + 120)];
    let text = String::from_utf8_lossy(rest);
    let text = text.trim_start();
    let inner = text
        .strip_prefix('[')
        .and_then(|t| t.split(']').next())
        .ok_or_else(|| malformed("byte range unreadable"))?;
    let nums: Vec<usize> = inner
        .split_whitespace()
        .map(|n| n.parse().map_err(|_| malformed("byte range unreadable")))
        .collect::<Result<_, _>>()?;
    match nums.as_slice() {
        [a, b, c, d] => Ok([*a, *b, *c, *d]),
        _ => Err(malformed("byte range unreadable")),
    }
}

pub fn verify(pdf: &[u8]) -> Result<Verified, VerifyError> {
    if !pdf.starts_with(b"%PDF-") {
        return Err(VerifyError::NotPdf);
    }
    if find(pdf, b"/ByteRange").is_none() {
        return Err(VerifyError::NoSignature);
    }
    let [a, b, c, d] = byte_range(pdf)?;
    if a != 0 || b >= c || c > pdf.len() || d > pdf.len() - c {
        return Err(malformed("byte range outside the file"));
    }
    if c + d != pdf.len() {
        return Err(VerifyError::ChangedAfterSigning);
    }
    let hole = &pdf[b..c];
    if hole.len() < 2 || hole[0] != b'<' || hole[hole.len() - 1] != b'>' {
        return Err(malformed("signature contents unreadable"));
    }
    let hexed: Vec<u8> = hole[1..hole.len() - 1]
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let raw = hex::decode(&hexed).map_err(|_| malformed("signature contents unreadable"))?;
    // The hole is padded with zeros after the DER value: read one value.
    let reader = SliceReader::new(&raw).map_err(|_| malformed("signature contents unreadable"))?;
    let header = reader
        .peek_header()
        .map_err(|_| malformed("no CMS signature"))?;
    let total = (header
        .encoded_len()
        .map_err(|_| malformed("no CMS signature"))?
        + header.length)
        .map_err(|_| malformed("no CMS signature"))?;
    let len = usize::try_from(total).map_err(|_| malformed("no CMS signature"))?;
    let cms = raw
        .get(..len)
        .ok_or_else(|| malformed("CMS signature truncated"))?;
    let sd = signed_data(cms).map_err(|e| malformed(e.to_string()))?;

    let mut hasher = Sha256::new();
    hasher.update(&pdf[..b]);
    hasher.update(&pdf[c..]);
    let digest = hasher.finalize();

    let si = sd
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| malformed("no signer"))?;
    let attrs = si
        .signed_attrs
        .as_ref()
        .ok_or_else(|| malformed("no signed attributes"))?;
    let md = attrs
        .iter()
        .find(|a| a.oid == ID_MESSAGE_DIGEST)
        .and_then(|a| a.values.iter().next())
        .and_then(|v| v.decode_as::<OctetString>().ok())
        .ok_or_else(|| malformed("no message digest"))?;
    if md.as_bytes() != &digest[..] {
        return Err(VerifyError::DigestMismatch);
    }
    let SignerIdentifier::IssuerAndSerialNumber(id) = &si.sid else {
        return Err(malformed("signer identified by key id"));
    };
    let cert: &Certificate = sd
        .certificates
        .as_ref()
        .and_then(|set| {
            set.0.iter().find_map(|c| match c {
                cms::cert::CertificateChoices::Certificate(c)
                    if c.tbs_certificate.issuer == id.issuer
                        && c.tbs_certificate.serial_number == id.serial_number =>
                {
                    Some(c)
                }
                _ => None,
            })
        })
        .ok_or_else(|| malformed("the signer's certificate is not in the signature"))?;
    let signed = attrs.to_der().map_err(|e| malformed(e.to_string()))?;
    check_signature(
        cert,
        &si.signature_algorithm.oid,
        &signed,
        si.signature.as_bytes(),
    )?;
    let time_stamped = si
        .unsigned_attrs
        .as_ref()
        .is_some_and(|u| u.iter().any(|a| a.oid == ID_AA_TIME_STAMP_TOKEN));
    Ok(Verified {
        signer: super::credentials::common_name(&cert.tbs_certificate.subject),
        certificate: super::credentials::fingerprint(cert),
        time_stamped,
    })
}

fn check_signature(
    cert: &Certificate,
    alg: &der::asn1::ObjectIdentifier,
    message: &[u8],
    sig: &[u8],
) -> Result<(), VerifyError> {
    use signature::Verifier;
    let spki = &cert.tbs_certificate.subject_public_key_info;
    let spki_der = spki.to_der().map_err(|e| malformed(e.to_string()))?;
    const ECDSA_SHA256: der::asn1::ObjectIdentifier =
        der::asn1::ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
    const RSA: der::asn1::ObjectIdentifier =
        der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
    const RSA_SHA256: der::asn1::ObjectIdentifier =
        der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
    if *alg == ECDSA_SHA256 {
        use p256::pkcs8::DecodePublicKey;
        let key = p256::ecdsa::VerifyingKey::from_public_key_der(&spki_der)
            .map_err(|_| malformed("the certificate's key is not P-256"))?;
        let sig =
            p256::ecdsa::DerSignature::from_bytes(sig).map_err(|_| VerifyError::BadSignature)?;
        key.verify(message, &sig)
            .map_err(|_| VerifyError::BadSignature)
    } else if *alg == RSA || *alg == RSA_SHA256 {
        use rsa::pkcs8::DecodePublicKey;
        let key = rsa::RsaPublicKey::from_public_key_der(&spki_der)
            .map_err(|_| malformed("the certificate's key is not RSA"))?;
        let key = rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key);
        let sig = rsa::pkcs1v15::Signature::try_from(sig).map_err(|_| VerifyError::BadSignature)?;
        key.verify(message, &sig)
            .map_err(|_| VerifyError::BadSignature)
    } else {
        Err(malformed(format!("unsupported signature algorithm {alg}")))
    }
}
