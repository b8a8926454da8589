//! The client's network address, used by the rate limits and the audit
//! trail. It is the connection's peer, unless the peer is one of the
//! reverse proxies named in `MSQ_TRUSTED_PROXIES`: then it is the
//! right-most `X-Forwarded-For` entry that is not itself a trusted proxy
//! (entries to the left can be written by anyone). The connection loop
//! (`startup::serve`) puts the result into every request as axum's
//! `ConnectInfo`, so handlers read it as they read the peer.

use std::net::IpAddr;

/// Addresses and networks (`10.0.0.0/8`, `::1`) of trusted proxies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

#[derive(Debug, thiserror::Error)]
#[error("\"{0}\" is not an IP address or network (e.g. 10.0.0.1 or 10.0.0.0/8)")]
pub struct BadProxy(String);

impl std::str::FromStr for TrustedProxies {
    type Err = BadProxy;
    fn from_str(s: &str) -> Result<Self, BadProxy> {
        let mut out = Vec::new();
        for item in s.split([',', ' ']).map(str::trim).filter(|i| !i.is_empty()) {
            let bad = || BadProxy(item.to_string());
            let (addr, bits) = match item.split_once('/') {
                Some((a, b)) => (a, Some(b.parse::<u8>().map_err(|_| bad())?)),
                None => (item, None),
            };
            let addr: IpAddr = addr.parse().map_err(|_| bad())?;
            let max = if addr.is_ipv4() { 32 } else { 128 };
            let bits = bits.unwrap_or(max);
            if bits > max {
                return Err(bad());
            }
            out.push((addr, bits));
        }
        Ok(TrustedProxies(out))
    }
}

fn in_network(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

impl TrustedProxies {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        self.0.iter().any(|&(net, bits)| in_network(ip, net, bits))
    }

    /// The client of a request that came from `peer`.
    pub fn client(&self, peer: IpAddr, headers: &axum::http::HeaderMap) -> IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        let forwarded: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        for entry in forwarded.iter().rev() {
            match entry.parse::<IpAddr>() {
                Ok(ip) if self.contains(ip) => continue,
                Ok(ip) => return ip,
                // A garbled entry: nothing left of it can be trusted.
                Err(_) => return peer,
            }
        }
        peer
    }
}

/// The client's address as a handler reads it (what the connection loop
/// worked out, see the module's header).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

impl std::fmt::Display for ClientAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddress {
    type Rejection = crate::error::AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| ClientAddress(c.0.ip()))
            .ok_or_else(|| crate::error::AppError::Internal("no client address".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::TrustedProxies;
    use axum::http::HeaderMap;
    use std::net::IpAddr;

    fn xff(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", v.parse().unwrap());
        h
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client() {
        let proxies: TrustedProxies = "127.0.0.1, 10.0.0.0/8".parse().unwrap();
        let proxy: IpAddr = "10.1.2.3".parse().unwrap();
        let stranger: IpAddr = "198.51.100.7".parse().unwrap();
        // From the proxy: the right-most address it did not add itself.
        assert_eq!(
            proxies.client(proxy, &xff("1.1.1.1, 203.0.113.9")),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
        assert_eq!(
            proxies.client(proxy, &xff("203.0.113.9, 10.0.0.5")),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
        // From anyone else, the header is ignored.
        assert_eq!(proxies.client(stranger, &xff("203.0.113.9")), stranger);
        // Garbage, or no header: the proxy itself.
        assert_eq!(proxies.client(proxy, &xff("not-an-ip")), proxy);
        assert_eq!(proxies.client(proxy, &HeaderMap::new()), proxy);
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("example.org".parse::<TrustedProxies>().is_err());
        assert!(TrustedProxies::default().is_empty());
    }
}
