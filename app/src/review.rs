//! UN DESA's review as the pages show it and the server prepares it: query
//! threads, decisions, the dashboard's rows and filters, and the
//! differences between two versions. Plain data (the server fills it from
//! `server::review`; the pages in `pages::review` render it).

use crate::cycle::CycleState;
use crate::i18n::tr;

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
    /// Open queries whose last message is the country's: a reviewer's turn.
    pub queries_answered: usize,
}

impl DashboardRow {
    /// How soon this Member State needs a reviewer: 0 first. A submission
    /// waits for a decision, then a resubmission, then a query the country
    /// answered; then those still writing; accepted ones last.
    pub fn action_rank(&self) -> u8 {
        match self.state {
            CycleState::Submitted => 0,
            CycleState::Resubmitted => 1,
            _ if self.queries_answered > 0 => 2,
            CycleState::Returned => 3,
            CycleState::InProgress => 4,
            CycleState::NotStarted => 5,
            CycleState::Accepted => 6,
        }
    }
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

/// The five UN regions, in the order shown.
pub const REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

/// How the table is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// What needs a reviewer first (the dashboard's default).
    Action,
    /// By name (the API's default).
    #[default]
    Name,
    State,
    Region,
    Progress,
    Activity,
    Queries,
}

impl Sort {
    pub const ALL: [Sort; 7] = [
        Sort::Action,
        Sort::Name,
        Sort::State,
        Sort::Region,
        Sort::Progress,
        Sort::Activity,
        Sort::Queries,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Action => "action",
            Sort::Name => "name",
            Sort::State => "state",
            Sort::Region => "region",
            Sort::Progress => "progress",
            Sort::Activity => "activity",
            Sort::Queries => "queries",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Action => tr("review.sort_action"),
            Sort::Name => tr("review.sort_name"),
            Sort::State => tr("review.sort_state"),
            Sort::Region => tr("review.sort_region"),
            Sort::Progress => tr("review.sort_progress"),
            Sort::Activity => tr("review.sort_activity"),
            Sort::Queries => tr("review.sort_queries"),
        }
    }
}

/// The dashboard's filters, as read from the URL.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DashboardFilter {
    /// The states kept (any of them); empty: every state.
    pub states: Vec<CycleState>,
    /// One of `REGIONS`.
    pub region: Option<String>,
    /// A reviewer's user id; 0: nobody assigned.
    pub reviewer: Option<i64>,
    /// Text searched in the Member State's names (UN names in six
    /// languages, common names) and codes.
    pub q: String,
    /// As asked; `None`: the caller's default.
    pub sort: Option<Sort>,
}

impl DashboardFilter {
    pub fn keeps(&self, row: &DashboardRow) -> bool {
        let q = self.q.trim();
        (self.states.is_empty() || self.states.contains(&row.state))
            && self.region.as_ref().is_none_or(|r| &row.region == r)
            && self.reviewer.is_none_or(|id| {
                if id == 0 {
                    row.reviewer_ids.is_empty()
                } else {
                    row.reviewer_ids.contains(&id)
                }
            })
            && (q.is_empty()
                || crate::member_states::by_iso3(&row.iso3)
                    .map_or(row.name.to_lowercase().contains(&q.to_lowercase()), |m| {
                        m.matches(q)
                    }))
    }

    /// The sort asked for, or `default`.
    pub fn sort_or(&self, default: Sort) -> Sort {
        self.sort.unwrap_or(default)
    }

    /// The rows kept, sorted (by `default` unless a sort was asked for).
    pub fn apply(&self, rows: &[DashboardRow], default: Sort) -> Vec<DashboardRow> {
        let mut out: Vec<DashboardRow> = rows.iter().filter(|r| self.keeps(r)).cloned().collect();
        match self.sort_or(default) {
            Sort::Action => out.sort_by(|a, b| {
                let waiting = |r: &DashboardRow| {
                    // Among those waiting for a reviewer, the longest wait first.
                    if r.action_rank() <= 2 {
                        r.last_activity_key
                    } else {
                        0
                    }
                };
                (a.action_rank(), waiting(a))
                    .cmp(&(b.action_rank(), waiting(b)))
                    .then(a.name.cmp(&b.name))
            }),
            // As the list of Member States is sorted: accents and case
            // aside ("Côte d'Ivoire" among the C's).
            Sort::Name => out.sort_by_cached_key(|r| crate::member_states::fold(&r.name)),
            Sort::State => out.sort_by(|a, b| a.state.cmp(&b.state).then(a.name.cmp(&b.name))),
            Sort::Region => out.sort_by(|a, b| a.region.cmp(&b.region).then(a.name.cmp(&b.name))),
            Sort::Progress => out.sort_by(|a, b| {
                (b.state, b.percent)
                    .cmp(&(a.state, a.percent))
                    .then(a.name.cmp(&b.name))
            }),
            Sort::Activity => out.sort_by_key(|r| std::cmp::Reverse(r.last_activity_key)),
            Sort::Queries => out.sort_by(|a, b| {
                b.open_queries
                    .cmp(&a.open_queries)
                    .then(a.name.cmp(&b.name))
            }),
        }
        out
    }

    /// The filters (states and region) an export link keeps.
    pub fn export_query(&self) -> String {
        let mut parts = Vec::new();
        for s in &self.states {
            parts.push(format!("state={}", s.as_str()));
        }
        if let Some(r) = &self.region {
            parts.push(format!("region={r}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}
