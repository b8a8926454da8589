//! The random tokens of sessions, one-time links, pending sign-ins, known
//! devices, recovery codes and API tokens: 256 bits from the operating
//! system, written as 64 hex digits; the database keeps only their SHA-256.
//! And the one reader of request cookies, where most of them travel.

use sha2::{Digest, Sha256};

/// A fresh random token (hex, 64 characters).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut bytes);
    hex::encode(bytes)
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether a presented value can be one of our tokens at all (checked
/// before any database look-up).
pub fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The value of a cookie in a request's Cookie headers.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_random_hex_and_hashed() {
        let (a, b) = (super::new_token(), super::new_token());
        assert_ne!(a, b);
        assert!(super::is_token(&a));
        assert!(!super::is_token("not-a-token"));
        assert!(!super::is_token(&"g".repeat(64)));
        assert_eq!(super::token_hash(&a).len(), 64);
        assert_ne!(super::token_hash(&a), a);
    }
}
