//! Secrets kept in the database (the TOTP secrets of two-factor sign-in)
//! are encrypted with ChaCha20-Poly1305 under a key that is not in the
//! database: `MSQ_SECRET_KEY` (64 hex digits; several instances must share
//! it), or else `{MSQ_DATA_DIR}/secret.key`, made on first start and
//! readable by its owner only. A copy of the database alone does not give
//! away anyone's second factor. Stored form: `v1:` + hex(nonce ‖ ciphertext).
//!
//! The key is installed once per process at start-up ([`install`]); the
//! first installed key is the process's key.

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use std::path::Path;
use std::sync::OnceLock;

static KEY: OnceLock<Key> = OnceLock::new();

const PREFIX: &str = "v1:";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
}

/// Loads (or, the first time, makes) the key and installs it.
pub fn install(configured: Option<&str>, data_dir: &Path) -> Result<(), KeyError> {
    if KEY.get().is_some() {
        return Ok(());
    }
    let hex_key = match configured {
        Some(k) => k.to_string(),
        None => key_file(&data_dir.join("secret.key"))?,
    };
    let bytes = hex::decode(hex_key.trim()).map_err(|_| KeyError::File {
        path: "secret key".into(),
        message: "not 64 hex digits".into(),
    })?;
    if bytes.len() != 32 {
        return Err(KeyError::File {
            path: "secret key".into(),
            message: "not 64 hex digits".into(),
        });
    }
    let mut key = Key::default();
    key.copy_from_slice(&bytes);
    let _ = KEY.set(key);
    Ok(())
}

fn key_file(path: &Path) -> Result<String, KeyError> {
    let err = |e: std::io::Error| KeyError::File {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    match std::fs::read_to_string(path) {
        Ok(k) => Ok(k),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = hex::encode(ChaCha20Poly1305::generate_key(&mut OsRng));
            let dir = path.parent().unwrap_or(Path::new("."));
            match crate::mail::write_private(dir, path, key.as_bytes()) {
                Ok(()) => {
                    tracing::info!(file = %path.display(), "made the key that encrypts stored secrets");
                    Ok(key)
                }
                // Another process made it first.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    std::fs::read_to_string(path).map_err(err)
                }
                Err(e) => Err(err(e)),
            }
        }
        Err(e) => Err(err(e)),
    }
}

fn cipher() -> ChaCha20Poly1305 {
    // Before start-up installed one (unit tests, tools): a key of the process.
    let key = KEY.get_or_init(|| ChaCha20Poly1305::generate_key(&mut OsRng));
    ChaCha20Poly1305::new(key)
}

/// The stored form of a secret.
pub fn seal(secret: &[u8]) -> String {
    let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
    let sealed = cipher()
        .encrypt(&nonce, secret)
        .expect("ChaCha20-Poly1305 encryption of a short secret");
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    format!("{PREFIX}{}", hex::encode(bytes))
}

/// The secret of a stored form; plain hex (stored before encryption came)
/// is read as it is. None when it cannot be opened (another key, damage).
pub fn open(stored: &str) -> Option<Vec<u8>> {
    let Some(sealed) = stored.strip_prefix(PREFIX) else {
        return hex::decode(stored).ok();
    };
    let bytes = hex::decode(sealed).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, ciphertext) = bytes.split_at(12);
    let mut n = Nonce::default();
    n.copy_from_slice(nonce);
    cipher().decrypt(&n, ciphertext).ok()
}

/// Whether a stored form is still in plain hex (to be sealed).
pub fn is_plain(stored: &str) -> bool {
    !stored.starts_with(PREFIX)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sealed_secrets_open_and_do_not_show() {
        let secret = b"12345678901234567890";
        let sealed = super::seal(secret);
        assert!(sealed.starts_with("v1:"));
        assert!(!sealed.contains(&hex::encode(secret)));
        assert_ne!(sealed, super::seal(secret), "a fresh nonce each time");
        assert_eq!(super::open(&sealed).unwrap(), secret);
        // Old rows in plain hex still open; damage does not.
        assert_eq!(super::open(&hex::encode(secret)).unwrap(), secret);
        let mut broken = sealed.clone();
        broken.replace_range(sealed.len() - 2.., "00");
        assert!(super::open(&broken).is_none());
    }
}
