//! An RFC 3161 time-stamp client: asks the configured time-stamp authority
//! to stamp the SHA-256 of a signature value. Only `http://` URLs: a
//! time-stamp response is itself signed, so the transport needs no TLS.

use const_oid::db::rfc5912::ID_SHA_256;
use der::asn1::{Int, OctetString};
use der::{Decode, Encode};
use sha2::{Digest, Sha256};
use spki::AlgorithmIdentifier;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use x509_tsp::{MessageImprint, TimeStampReq, TimeStampResp, TspVersion};

#[derive(Debug, thiserror::Error)]
pub enum TimestampError {
    #[error("the time-stamp authority URL must be http://host[:port]/path, found {0:?}")]
    BadUrl(String),
    #[error("the time-stamp authority could not be reached: {0}")]
    Unreachable(String),
    #[error("the time-stamp authority answered HTTP {0}")]
    Http(String),
    #[error("the time-stamp authority's answer is not a time-stamp response: {0}")]
    BadResponse(String),
    #[error("the time-stamp authority refused the request (status {0})")]
    Refused(u8),
}

/// A parsed `http://host:port/path`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TsaUrl {
    pub host: String,
    pub port: u16,
    pub path: String,
}

impl std::str::FromStr for TsaUrl {
    type Err = TimestampError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || TimestampError::BadUrl(s.to_string());
        let rest = s.strip_prefix("http://").ok_or_else(bad)?;
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, p.parse().map_err(|_| bad())?),
            None => (authority, 80),
        };
        if host.is_empty() || host.contains(['@', ' ']) {
            return Err(bad());
        }
        Ok(TsaUrl {
            host: host.to_string(),
            port,
            path: path.to_string(),
        })
    }
}

/// The DER of a time-stamp token over `signature`.
pub async fn stamp(url: &TsaUrl, signature: &[u8]) -> Result<Vec<u8>, TimestampError> {
    let mut nonce = [0u8; 8];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut nonce);
    nonce[0] &= 0x7f;
    let req = TimeStampReq {
        version: TspVersion::V1,
        message_imprint: MessageImprint {
            hash_algorithm: AlgorithmIdentifier {
                oid: ID_SHA_256,
                parameters: None,
            },
            hashed_message: OctetString::new(Sha256::digest(signature).to_vec())
                .map_err(|e| TimestampError::BadResponse(e.to_string()))?,
        },
        req_policy: None,
        nonce: Some(Int::new(&nonce).map_err(|e| TimestampError::BadResponse(e.to_string()))?),
        cert_req: true,
        extensions: None,
    };
    let body = req
        .to_der()
        .map_err(|e| TimestampError::BadResponse(e.to_string()))?;
    let reply = tokio::time::timeout(Duration::from_secs(20), post(url, &body))
        .await
        .map_err(|_| TimestampError::Unreachable("no answer within 20 s".into()))??;
    let resp =
        TimeStampResp::from_der(&reply).map_err(|e| TimestampError::BadResponse(e.to_string()))?;
    // PKIStatus: granted (0) or grantedWithMods (1).
    let status = resp.status.status as u8;
    if status > 1 {
        return Err(TimestampError::Refused(status));
    }
    let token = resp
        .time_stamp_token
        .ok_or_else(|| TimestampError::BadResponse("no token".into()))?;
    token
        .to_der()
        .map_err(|e| TimestampError::BadResponse(e.to_string()))
}

/// A minimal HTTP/1.0 POST (no keep-alive, no chunking).
async fn post(url: &TsaUrl, body: &[u8]) -> Result<Vec<u8>, TimestampError> {
    let unreachable = |e: std::io::Error| TimestampError::Unreachable(e.to_string());
    let mut stream = tokio::net::TcpStream::connect((url.host.as_str(), url.port))
        .await
        .map_err(unreachable)?;
    let head = format!(
        "POST {} HTTP/1.0\r\nHost: {}\r\nContent-Type: application/timestamp-query\r\nAccept: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        url.path,
        url.host,
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .await
        .map_err(unreachable)?;
    stream.write_all(body).await.map_err(unreachable)?;
    let mut reply = Vec::new();
    stream
        .take(1 << 20)
        .read_to_end(&mut reply)
        .await
        .map_err(unreachable)?;
    let end = reply
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| TimestampError::BadResponse("no HTTP header".into()))?;
    let head = String::from_utf8_lossy(&reply[..end]);
    let status = head.lines().next().unwrap_or_default();
    if status.split_whitespace().nth(1) != Some("200") {
        return Err(TimestampError::Http(status.to_string()));
    }
    Ok(reply[end + 4..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_http_urls_only() {
        let u: TsaUrl = "http://127.0.0.1:8318/tsa".parse().unwrap();
        assert_eq!(
            (u.host.as_str(), u.port, u.path.as_str()),
            ("127.0.0.1", 8318, "/tsa")
        );
        let u: TsaUrl = "http://timestamp.example".parse().unwrap();
        assert_eq!((u.port, u.path.as_str()), (80, "/"));
        assert!("https://tsa.example/".parse::<TsaUrl>().is_err());
        assert!("http://:80/".parse::<TsaUrl>().is_err());
    }
}
