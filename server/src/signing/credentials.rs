//! The key and certificate the server signs with: a PEM pair or a PKCS#12
//! file named in the configuration, or else a development CA and signing
//! certificate made on first start in the data directory.

use der::{Decode, Encode, EncodePem};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::pkcs1::DecodeRsaPrivateKey;
use sha2::{Digest, Sha256};
use spki::SubjectPublicKeyInfoOwned;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;
use x509_cert::Certificate;

/// A private key of a kind the signer supports.
pub enum SigningKey {
    P256(p256::ecdsa::SigningKey),
    Rsa(Box<rsa::pkcs1v15::SigningKey<Sha256>>),
}

/// The kind of the signing key, without the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    P256,
    Rsa,
}

/// Logged at start-up when the configured key is RSA: the `rsa` crate has
/// an open advisory and no fixed release.
pub const RSA_WARNING: &str = "the PDF signing key is RSA: the rsa crate it signs with carries RUSTSEC-2023-0071 (Marvin timing attack, no fixed release); an ECDSA P-256 key is recommended for production";

/// The signing identity: key, its certificate, and the certificates above
/// it (embedded in each signature so verifiers can build the chain).
pub struct Credentials {
    pub key: SigningKey,
    pub cert: Certificate,
    pub chain: Vec<Certificate>,
    /// Where the issuing CA's certificate is, when it is the development CA.
    pub dev_ca: Option<PathBuf>,
}

/// Where the signing identity comes from (see README: "Signing").
#[derive(Clone, Debug)]
pub enum Source {
    Pem {
        cert: PathBuf,
        key: PathBuf,
    },
    Pkcs12 {
        file: PathBuf,
        password: String,
    },
    /// Generated once under this directory.
    Development {
        dir: PathBuf,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("the signing key is neither ECDSA P-256 nor RSA (PKCS#8, SEC1 or PKCS#1 PEM)")]
    UnsupportedKey,
    #[error("the certificate file holds no certificate")]
    NoCertificate,
    #[error("the PKCS#12 file holds no private key with its certificate")]
    NoKeyInPkcs12,
    #[error("the signing key does not match the certificate")]
    KeyMismatch,
    #[error("making the development CA failed: {0}")]
    Generate(String),
}

fn read(path: &Path) -> Result<Vec<u8>, CredentialsError> {
    std::fs::read(path).map_err(|e| CredentialsError::File {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })
}

fn file_error(path: &Path, e: impl std::fmt::Display) -> CredentialsError {
    CredentialsError::File {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

impl SigningKey {
    /// Reads a PEM private key: PKCS#8 (P-256 or RSA), SEC1 or PKCS#1.
    pub fn from_pem(pem: &str) -> Result<SigningKey, CredentialsError> {
        if let Ok(k) = p256::SecretKey::from_pkcs8_pem(pem) {
            return Ok(SigningKey::P256(k.into()));
        }
        if let Ok(k) = p256::SecretKey::from_sec1_pem(pem) {
            return Ok(SigningKey::P256(k.into()));
        }
        if let Ok(k) = rsa::RsaPrivateKey::from_pkcs8_pem(pem) {
            return Ok(SigningKey::Rsa(Box::new(rsa::pkcs1v15::SigningKey::new(k))));
        }
        if let Ok(k) = rsa::RsaPrivateKey::from_pkcs1_pem(pem) {
            return Ok(SigningKey::Rsa(Box::new(rsa::pkcs1v15::SigningKey::new(k))));
        }
        Err(CredentialsError::UnsupportedKey)
    }

    /// Reads a PKCS#8 DER private key.
    pub fn from_pkcs8_der(der: &[u8]) -> Result<SigningKey, CredentialsError> {
        if let Ok(k) = p256::SecretKey::from_pkcs8_der(der) {
            return Ok(SigningKey::P256(k.into()));
        }
        if let Ok(k) = rsa::RsaPrivateKey::from_pkcs8_der(der) {
            return Ok(SigningKey::Rsa(Box::new(rsa::pkcs1v15::SigningKey::new(k))));
        }
        Err(CredentialsError::UnsupportedKey)
    }

    pub fn kind(&self) -> KeyKind {
        match self {
            SigningKey::P256(_) => KeyKind::P256,
            SigningKey::Rsa(_) => KeyKind::Rsa,
        }
    }

    fn public_key_info(&self) -> Result<SubjectPublicKeyInfoOwned, spki::Error> {
        use signature::Keypair;
        match self {
            SigningKey::P256(k) => SubjectPublicKeyInfoOwned::from_key(*k.verifying_key()),
            SigningKey::Rsa(k) => SubjectPublicKeyInfoOwned::from_key(k.verifying_key()),
        }
    }
}

impl Credentials {
    /// Loads the signing identity; warns (once, at start-up) when its key
    /// is RSA.
    pub fn load(source: &Source) -> Result<Credentials, CredentialsError> {
        let credentials = Credentials::load_quietly(source)?;
        if let Some(warning) = credentials.rsa_warning() {
            tracing::warn!(advisory = "RUSTSEC-2023-0071", "{warning}");
        }
        Ok(credentials)
    }

    fn load_quietly(source: &Source) -> Result<Credentials, CredentialsError> {
        match source {
            Source::Pem { cert, key } => {
                let pem = String::from_utf8_lossy(&read(key)?).into_owned();
                let key = SigningKey::from_pem(&pem)?;
                let certs =
                    Certificate::load_pem_chain(&read(cert)?).map_err(|e| file_error(cert, e))?;
                Credentials::from_parts(key, certs, None)
            }
            Source::Pkcs12 { file, password } => {
                let store = p12_keystore::KeyStore::from_pkcs12(&read(file)?, password)
                    .map_err(|e| file_error(file, e))?;
                let (_, chain) = store
                    .private_key_chain()
                    .ok_or(CredentialsError::NoKeyInPkcs12)?;
                let key = SigningKey::from_pkcs8_der(chain.key())?;
                let certs = chain
                    .chain()
                    .iter()
                    .map(|c| Certificate::from_der(c.as_der()).map_err(|e| file_error(file, e)))
                    .collect::<Result<Vec<_>, _>>()?;
                Credentials::from_parts(key, certs, None)
            }
            Source::Development { dir } => development(dir),
        }
    }

    /// The first certificate whose public key is the key's own is the
    /// signing certificate; the others form its chain.
    fn from_parts(
        key: SigningKey,
        mut certs: Vec<Certificate>,
        dev_ca: Option<PathBuf>,
    ) -> Result<Credentials, CredentialsError> {
        if certs.is_empty() {
            return Err(CredentialsError::NoCertificate);
        }
        let spki = key
            .public_key_info()
            .map_err(|_| CredentialsError::UnsupportedKey)?;
        let at = certs
            .iter()
            .position(|c| c.tbs_certificate.subject_public_key_info == spki)
            .ok_or(CredentialsError::KeyMismatch)?;
        let cert = certs.remove(at);
        Ok(Credentials {
            key,
            cert,
            chain: certs,
            dev_ca,
        })
    }

    pub fn key_kind(&self) -> KeyKind {
        self.key.kind()
    }

    /// The start-up warning for an RSA key (RUSTSEC-2023-0071); None for
    /// ECDSA P-256.
    pub fn rsa_warning(&self) -> Option<&'static str> {
        (self.key_kind() == KeyKind::Rsa).then_some(RSA_WARNING)
    }

    /// The signer's name: the certificate subject's common name (else the
    /// whole subject).
    pub fn signer_name(&self) -> String {
        common_name(&self.cert.tbs_certificate.subject)
    }

    /// SHA-256 (hex) of the signing certificate.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.cert)
    }
}

pub fn fingerprint(cert: &Certificate) -> String {
    hex::encode(Sha256::digest(cert.to_der().unwrap_or_default()))
}

pub fn common_name(name: &Name) -> String {
    const CN: der::asn1::ObjectIdentifier = const_oid::db::rfc4519::CN;
    for rdn in name.0.iter() {
        for atv in rdn.0.iter() {
            if atv.oid == CN {
                if let Ok(s) = der::asn1::Utf8StringRef::try_from(&atv.value) {
                    return s.as_str().to_string();
                }
                if let Ok(s) = der::asn1::PrintableStringRef::try_from(&atv.value) {
                    return s.as_str().to_string();
                }
            }
        }
    }
    name.to_string()
}

/// File names of the development identity inside its directory.
pub const DEV_CA_CERT: &str = "dev-ca.pem";
const DEV_CA_KEY: &str = "dev-ca.key.pem";
const DEV_CERT: &str = "signing.pem";
const DEV_KEY: &str = "signing.key.pem";

/// Loads the development CA and signing certificate, making them first if
/// the directory has none.
fn development(dir: &Path) -> Result<Credentials, CredentialsError> {
    let cert_path = dir.join(DEV_CERT);
    let key_path = dir.join(DEV_KEY);
    let ca_path = dir.join(DEV_CA_CERT);
    if !cert_path.exists() || !key_path.exists() || !ca_path.exists() {
        generate(dir).map_err(|e| CredentialsError::Generate(e.to_string()))?;
    }
    let pem = String::from_utf8_lossy(&read(&key_path)?).into_owned();
    let key = SigningKey::from_pem(&pem)?;
    let mut certs =
        Certificate::load_pem_chain(&read(&cert_path)?).map_err(|e| file_error(&cert_path, e))?;
    certs.extend(
        Certificate::load_pem_chain(&read(&ca_path)?).map_err(|e| file_error(&ca_path, e))?,
    );
    let creds = Credentials::from_parts(key, certs, Some(ca_path))?;
    Ok(creds)
}

fn random_serial() -> Result<SerialNumber, Box<dyn std::error::Error>> {
    let mut bytes = [0u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut bytes);
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x01; // no leading zero byte
    Ok(SerialNumber::new(&bytes)?)
}

/// Makes a P-256 development CA (10 years) and a signing certificate it
/// issues (5 years), written as PEM with the keys readable by the owner only.
fn generate(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(dir)?;
    let ca_key = p256::ecdsa::SigningKey::random(&mut rand_core::OsRng);
    let ca_name = Name::from_str("CN=MSQ development CA,O=MSQ development (not for production)")?;
    let ca_spki = SubjectPublicKeyInfoOwned::from_key(*ca_key.verifying_key())?;
    let ca = CertificateBuilder::new(
        Profile::Root,
        random_serial()?,
        Validity::from_now(Duration::from_secs(10 * 365 * 86_400))?,
        ca_name.clone(),
        ca_spki,
        &ca_key,
    )?
    .build::<p256::ecdsa::DerSignature>()?;

    let key = p256::ecdsa::SigningKey::random(&mut rand_core::OsRng);
    let spki = SubjectPublicKeyInfoOwned::from_key(*key.verifying_key())?;
    let cert = CertificateBuilder::new(
        Profile::Leaf {
            issuer: ca_name,
            enable_key_agreement: false,
            enable_key_encipherment: false,
        },
        random_serial()?,
        Validity::from_now(Duration::from_secs(5 * 365 * 86_400))?,
        Name::from_str("CN=MSQ development signing,O=MSQ development (not for production)")?,
        spki,
        &ca_key,
    )?
    .build::<p256::ecdsa::DerSignature>()?;

    write_private(
        &dir.join(DEV_CA_KEY),
        ca_key.to_pkcs8_pem(LineEnding::LF)?.as_bytes(),
    )?;
    write_private(
        &dir.join(DEV_KEY),
        key.to_pkcs8_pem(LineEnding::LF)?.as_bytes(),
    )?;
    std::fs::write(dir.join(DEV_CA_CERT), ca.to_pem(LineEnding::LF)?)?;
    std::fs::write(dir.join(DEV_CERT), cert.to_pem(LineEnding::LF)?)?;
    Ok(())
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed RSA certificate and its key, as PEM files in `dir`.
    fn rsa_pem_pair(dir: &Path) -> (PathBuf, PathBuf) {
        // Small and quick: only the key's kind matters here.
        let private = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 1024).unwrap();
        let key = rsa::pkcs1v15::SigningKey::<Sha256>::new(private.clone());
        let spki = SubjectPublicKeyInfoOwned::from_key(private.to_public_key()).unwrap();
        let name = Name::from_str("CN=RSA test").unwrap();
        let cert = CertificateBuilder::new(
            Profile::Root,
            random_serial().unwrap(),
            Validity::from_now(Duration::from_secs(86_400)).unwrap(),
            name,
            spki,
            &key,
        )
        .unwrap()
        .build::<rsa::pkcs1v15::Signature>()
        .unwrap();
        let (cert_path, key_path) = (dir.join("rsa.pem"), dir.join("rsa.key.pem"));
        std::fs::write(&cert_path, cert.to_pem(LineEnding::LF).unwrap()).unwrap();
        std::fs::write(
            &key_path,
            private.to_pkcs8_pem(LineEnding::LF).unwrap().as_bytes(),
        )
        .unwrap();
        (cert_path, key_path)
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("msq-credentials-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn an_rsa_key_carries_the_advisory_warning() {
        let dir = temp_dir("rsa");
        let (cert, key) = rsa_pem_pair(&dir);
        let credentials = Credentials::load(&Source::Pem { cert, key }).unwrap();
        assert_eq!(credentials.key_kind(), KeyKind::Rsa);
        let warning = credentials.rsa_warning().expect("a warning for RSA");
        assert!(warning.contains("RUSTSEC-2023-0071"), "{warning}");
        assert!(warning.contains("ECDSA P-256"), "{warning}");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_p256_key_has_no_warning() {
        let dir = temp_dir("p256");
        let credentials = Credentials::load(&Source::Development { dir: dir.clone() }).unwrap();
        assert_eq!(credentials.key_kind(), KeyKind::P256);
        assert_eq!(credentials.rsa_warning(), None);
        std::fs::remove_dir_all(dir).ok();
    }
}
