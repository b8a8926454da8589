//! A submitted version as the pages show it.

/// What the pages show of a version.
#[derive(Clone, Debug)]
pub struct VersionInfo {
    pub version: i32,
    pub submitted_at: String,
    pub submitted_by: String,
    pub sha256: String,
}
