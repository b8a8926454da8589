//! Who is acting: recorded with every saved answer and every submission.
//! Until accounts exist (the accounts issue), everyone is "anonymous"; this
//! is the one place that will read the signed-in user instead.

use axum::http::HeaderMap;

pub const ANONYMOUS: &str = "anonymous";

/// The name to record for a request.
pub fn of_request(_headers: &HeaderMap) -> String {
    ANONYMOUS.to_string()
}
