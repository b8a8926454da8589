//! UN DESA's review workspace pages (the cycle dashboard, a submission
//! under review, the differences between versions) and the query threads
//! that both sides read. The data they show is prepared by the server
//! (`server::review`) into the plain structs below.

pub mod dashboard;
pub mod diff;
pub mod query_page;
pub mod region_chart;
pub mod submission;
pub mod thread;

use crate::cycle::CycleState;

/// One message of a query thread.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadMessage {
    pub author: String,
    pub at: String,
    pub body: String,
}

/// A query on one answer and its messages, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryThread {
    pub id: i64,
    pub field_id: String,
    /// The version the query was raised on.
    pub version: i32,
    pub opened_by: String,
    /// "who, when" once resolved.
    pub resolved: Option<String>,
    pub messages: Vec<ThreadMessage>,
}

impl QueryThread {
    pub fn is_open(&self) -> bool {
        self.resolved.is_none()
    }
}

/// A review decision as shown to both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionNote {
    pub label: String,
    /// A return for revision (shown to the country as what to revise).
    pub returned: bool,
    pub version: i32,
    pub by: String,
    pub at: String,
    pub message: String,
}

/// One Member State on the dashboard.
#[derive(Clone, Debug, PartialEq)]
pub struct DashboardRow {
    pub iso3: String,
    pub name: String,
    pub region: String,
    pub state: CycleState,
    pub percent: Option<u8>,
    pub version: Option<i32>,
    pub last_activity: Option<String>,
    /// For sorting (microseconds; 0 without activity).
    pub last_activity_key: i64,
    pub reviewers: Vec<String>,
    pub reviewer_ids: Vec<i64>,
    pub open_queries: usize,
}

/// One answer in the comparison of two versions.
#[derive(Clone, Debug, PartialEq)]
pub struct DiffRow {
    pub field_id: String,
    pub question: String,
    pub before: Vec<String>,
    pub after: Vec<String>,
    pub changed: bool,
}

/// One section in the comparison of two versions.
#[derive(Clone, Debug, PartialEq)]
pub struct DiffSection {
    pub slug: String,
    pub title: String,
    pub changed: usize,
    pub rows: Vec<DiffRow>,
}

/// URL paths of the review pages; one place, so links never drift.
pub mod paths {
    pub fn dashboard(edition: &str) -> String {
        format!("/review/{edition}")
    }
    pub fn assignments(edition: &str) -> String {
        format!("/review/{edition}/assignments")
    }
    pub fn submission(edition: &str, iso3: &str) -> String {
        format!("/review/{edition}/{iso3}")
    }
    pub fn submission_version(edition: &str, iso3: &str, version: i32) -> String {
        format!("/review/{edition}/{iso3}?version={version}")
    }
    pub fn raise_query(edition: &str, iso3: &str) -> String {
        format!("/review/{edition}/{iso3}/queries")
    }
    pub fn review_query(edition: &str, iso3: &str, id: i64) -> String {
        format!("/review/{edition}/{iso3}/queries/{id}")
    }
    pub fn decide(edition: &str, iso3: &str) -> String {
        format!("/review/{edition}/{iso3}/decision")
    }
    pub fn diff(edition: &str, iso3: &str, from: i32, to: i32) -> String {
        format!("/review/{edition}/{iso3}/diff?from={from}&to={to}")
    }
    pub fn diff_form(edition: &str, iso3: &str) -> String {
        format!("/review/{edition}/{iso3}/diff")
    }
    /// An export of the edition: `format` is csv, xlsx or json.
    pub fn export(edition: &str, format: &str) -> String {
        format!("/review/{edition}/export.{format}")
    }
    /// The country's own page of one query (read, and reply).
    pub fn country_query(edition: &str, iso3: &str, id: i64) -> String {
        format!("/msq/{edition}/{iso3}/queries/{id}")
    }
}
