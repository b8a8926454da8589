//! The CMS SignedData of a PAdES signature (ETSI EN 319 142-1, baseline
//! B-B): detached, SHA-256, signed attributes content-type, message-digest
//! and signing-certificate-v2, and no signing-time (PAdES puts the time in
//! the signature dictionary). A time-stamp token, when there is one, is
//! added afterwards as an unsigned attribute (B-T).

use super::credentials::{Credentials, SigningKey};
use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::ContentInfo;
use cms::signed_data::{EncapsulatedContentInfo, SignedData, SignerIdentifier};
use const_oid::db::rfc5911::{ID_AA_SIGNING_CERTIFICATE_V_2, ID_DATA, ID_SIGNED_DATA};
use const_oid::db::rfc5912::ID_SHA_256;
use der::asn1::{OctetString, SetOfVec};
use der::{Any, Decode, Encode, Sequence};
use sha2::{Digest, Sha256};
use spki::AlgorithmIdentifierOwned;
use x509_cert::attr::Attribute;

/// id-aa-signatureTimeStampToken (RFC 3161 appendix A).
pub const ID_AA_TIME_STAMP_TOKEN: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.14");

#[derive(Debug, thiserror::Error)]
pub enum CmsError {
    #[error("building the CMS signature: {0}")]
    Build(String),
    #[error("encoding the CMS signature: {0}")]
    Der(#[from] der::Error),
}

fn build_err(e: impl std::fmt::Display) -> CmsError {
    CmsError::Build(e.to_string())
}

/// ESSCertIDv2 with the default hash algorithm (SHA-256), RFC 5035.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct EssCertIdV2 {
    cert_hash: OctetString,
    issuer_serial: IssuerSerial,
}

#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct IssuerSerial {
    issuer: Vec<x509_cert::ext::pkix::name::GeneralName>,
    serial_number: x509_cert::serial_number::SerialNumber,
}

#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct SigningCertificateV2 {
    certs: Vec<EssCertIdV2>,
}

fn sha256_alg() -> AlgorithmIdentifierOwned {
    AlgorithmIdentifierOwned {
        oid: ID_SHA_256,
        parameters: None,
    }
}

fn signing_certificate_v2(creds: &Credentials) -> Result<Attribute, CmsError> {
    let der = creds.cert.to_der()?;
    let value = SigningCertificateV2 {
        certs: vec![EssCertIdV2 {
            cert_hash: OctetString::new(Sha256::digest(&der).to_vec())?,
            issuer_serial: IssuerSerial {
                issuer: vec![x509_cert::ext::pkix::name::GeneralName::DirectoryName(
                    creds.cert.tbs_certificate.issuer.clone(),
                )],
                serial_number: creds.cert.tbs_certificate.serial_number.clone(),
            },
        }],
    };
    let mut values = SetOfVec::new();
    values.insert(Any::from_der(&value.to_der()?)?)?;
    Ok(Attribute {
        oid: ID_AA_SIGNING_CERTIFICATE_V_2,
        values,
    })
}

/// The DER of a detached CMS signature over content whose SHA-256 is
/// `digest`.
pub fn sign_digest(creds: &Credentials, digest: &[u8]) -> Result<Vec<u8>, CmsError> {
    let encap = EncapsulatedContentInfo {
        econtent_type: ID_DATA,
        econtent: None,
    };
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: creds.cert.tbs_certificate.issuer.clone(),
        serial_number: creds.cert.tbs_certificate.serial_number.clone(),
    });
    let mut builder = SignedDataBuilder::new(&encap);
    builder
        .add_digest_algorithm(sha256_alg())
        .map_err(build_err)?;
    for c in std::iter::once(&creds.cert).chain(&creds.chain) {
        builder
            .add_certificate(CertificateChoices::Certificate(c.clone()))
            .map_err(build_err)?;
    }
    let attr = signing_certificate_v2(creds)?;
    let info = match &creds.key {
        SigningKey::P256(key) => {
            let mut si = SignerInfoBuilder::new(key, sid, sha256_alg(), &encap, Some(digest))
                .map_err(build_err)?;
            si.add_signed_attribute(attr).map_err(build_err)?;
            builder
                .add_signer_info::<_, p256::ecdsa::DerSignature>(si)
                .map_err(build_err)?
                .build()
        }
        SigningKey::Rsa(key) => {
            let key: &rsa::pkcs1v15::SigningKey<sha2::Sha256> = key;
            let mut si = SignerInfoBuilder::new(key, sid, sha256_alg(), &encap, Some(digest))
                .map_err(build_err)?;
            si.add_signed_attribute(attr).map_err(build_err)?;
            builder
                .add_signer_info::<_, rsa::pkcs1v15::Signature>(si)
                .map_err(build_err)?
                .build()
        }
    }
    .map_err(build_err)?;
    Ok(info.to_der()?)
}

/// The signature value of the (first) signer: what a signature time stamp
/// covers.
pub fn signature_value(cms_der: &[u8]) -> Result<Vec<u8>, CmsError> {
    let sd = signed_data(cms_der)?;
    let si = sd
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| CmsError::Build("no signer".into()))?;
    Ok(si.signature.as_bytes().to_vec())
}

pub fn signed_data(cms_der: &[u8]) -> Result<SignedData, CmsError> {
    let ci = ContentInfo::from_der(cms_der)?;
    if ci.content_type != ID_SIGNED_DATA {
        return Err(CmsError::Build("not a SignedData".into()));
    }
    Ok(ci.content.decode_as::<SignedData>()?)
}

/// Adds a time-stamp token (a DER ContentInfo) to the first signer as the
/// unsigned attribute signature-time-stamp.
pub fn add_time_stamp(cms_der: &[u8], token_der: &[u8]) -> Result<Vec<u8>, CmsError> {
    let mut sd = signed_data(cms_der)?;
    let mut infos: Vec<_> = sd.signer_infos.0.into_vec();
    let first = infos
        .first_mut()
        .ok_or_else(|| CmsError::Build("no signer".into()))?;
    let mut values = SetOfVec::new();
    values.insert(Any::from_der(token_der)?)?;
    let mut attrs = first.unsigned_attrs.take().unwrap_or_default();
    attrs.insert(Attribute {
        oid: ID_AA_TIME_STAMP_TOKEN,
        values,
    })?;
    first.unsigned_attrs = Some(attrs);
    sd.signer_infos = cms::signed_data::SignerInfos(SetOfVec::try_from(infos)?);
    let ci = ContentInfo {
        content_type: ID_SIGNED_DATA,
        content: Any::from_der(&sd.to_der()?)?,
    };
    Ok(ci.to_der()?)
}
