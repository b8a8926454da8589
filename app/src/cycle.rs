//! Where a Member State's response stands in the survey cycle, in one
//! place: the status stored with the response, and the state the review
//! dashboard shows (derived from it and the versions).
//!
//! ```text
//! draft ──submit──▶ submitted ──return──▶ returned ──submit──▶ submitted (resubmitted)
//!                       │                                          │
//!                       └──────────accept──────────▶ accepted ◀────┘
//!                                                      │ reopen (administrators, with a reason)
//!                                                      ▼
//!                                                  submitted
//! ```

use crate::i18n::tr;

/// A stored status that is none of the statuses (a damaged database, or
/// one written by a newer version).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a response status (draft, submitted, returned, accepted)")]
pub struct UnknownStatus(pub String);

impl std::str::FromStr for ResponseStatus {
    type Err = UnknownStatus;

    fn from_str(s: &str) -> Result<ResponseStatus, UnknownStatus> {
        ResponseStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_string()))
    }
}

/// The status stored with a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseStatus {
    /// Being written; never submitted.
    Draft,
    /// With UN DESA for review: the country cannot change it.
    Submitted,
    /// Sent back for revision: the country edits and resubmits.
    Returned,
    /// The accepted response of the edition; only an administrator reopens it.
    Accepted,
}

impl ResponseStatus {
    pub const ALL: [ResponseStatus; 4] = [
        ResponseStatus::Draft,
        ResponseStatus::Submitted,
        ResponseStatus::Returned,
        ResponseStatus::Accepted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ResponseStatus::Draft => "draft",
            ResponseStatus::Submitted => "submitted",
            ResponseStatus::Returned => "returned",
            ResponseStatus::Accepted => "accepted",
        }
    }

    /// The stored text as a status, in tests (the server parses a stored
    /// status once, when it loads the response, with `FromStr`: an unknown
    /// text is an error there, never read as some status).
    #[cfg(test)]
    fn parse(s: &str) -> ResponseStatus {
        s.parse().expect("a known status")
    }

    /// The status as people read it ("submitted for review", …).
    pub fn label(self) -> &'static str {
        match self {
            ResponseStatus::Draft => tr("cycle.status_draft"),
            ResponseStatus::Submitted => tr("cycle.status_submitted"),
            ResponseStatus::Returned => tr("cycle.status_returned"),
            ResponseStatus::Accepted => tr("cycle.status_accepted"),
        }
    }

    /// Whether the country may change its answers.
    pub fn editable(self) -> bool {
        matches!(self, ResponseStatus::Draft | ResponseStatus::Returned)
    }
}

/// The state shown on the review dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CycleState {
    NotStarted,
    InProgress,
    Submitted,
    Returned,
    Resubmitted,
    Accepted,
}

impl CycleState {
    pub const ALL: [CycleState; 6] = [
        CycleState::NotStarted,
        CycleState::InProgress,
        CycleState::Submitted,
        CycleState::Returned,
        CycleState::Resubmitted,
        CycleState::Accepted,
    ];

    /// The state of a response: `status` (None: no response yet), whether
    /// any answer was saved, and whether it was ever returned.
    pub fn of(status: Option<ResponseStatus>, answered: bool, ever_returned: bool) -> CycleState {
        match status {
            None => CycleState::NotStarted,
            Some(ResponseStatus::Draft) if !answered => CycleState::NotStarted,
            Some(ResponseStatus::Draft) => CycleState::InProgress,
            Some(ResponseStatus::Submitted) if ever_returned => CycleState::Resubmitted,
            Some(ResponseStatus::Submitted) => CycleState::Submitted,
            Some(ResponseStatus::Returned) => CycleState::Returned,
            Some(ResponseStatus::Accepted) => CycleState::Accepted,
        }
    }

    /// The identifier used in URLs (`?state=`) and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            CycleState::NotStarted => "not_started",
            CycleState::InProgress => "in_progress",
            CycleState::Submitted => "submitted",
            CycleState::Returned => "returned",
            CycleState::Resubmitted => "resubmitted",
            CycleState::Accepted => "accepted",
        }
    }

    pub fn parse(s: &str) -> Option<CycleState> {
        CycleState::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The label people read.
    pub fn label(self) -> &'static str {
        match self {
            CycleState::NotStarted => tr("cycle.not_started"),
            CycleState::InProgress => tr("cycle.in_progress"),
            CycleState::Submitted => tr("cycle.submitted"),
            CycleState::Returned => tr("cycle.returned"),
            CycleState::Resubmitted => tr("cycle.resubmitted"),
            CycleState::Accepted => tr("cycle.accepted"),
        }
    }

    /// The tag colour class of the state.
    pub fn tag_class(self) -> &'static str {
        match self {
            CycleState::NotStarted => "tag tag--grey",
            CycleState::InProgress => "tag tag--blue",
            CycleState::Submitted | CycleState::Resubmitted => "tag tag--purple",
            CycleState::Returned => "tag tag--red",
            CycleState::Accepted => "tag tag--green",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_states_read_back_from_their_text() {
        for s in ResponseStatus::ALL {
            assert_eq!(ResponseStatus::parse(s.as_str()), s);
        }
        for s in CycleState::ALL {
            assert_eq!(CycleState::parse(s.as_str()), Some(s));
        }
        assert_eq!(CycleState::parse("done"), None);
    }

    #[test]
    fn only_drafts_and_returned_responses_are_editable() {
        let editable: Vec<_> = ResponseStatus::ALL
            .into_iter()
            .filter(|s| s.editable())
            .collect();
        assert_eq!(editable, [ResponseStatus::Draft, ResponseStatus::Returned]);
    }

    #[test]
    fn a_resubmission_is_told_apart_from_a_first_submission() {
        use CycleState as C;
        use ResponseStatus as S;
        assert_eq!(C::of(None, false, false), C::NotStarted);
        assert_eq!(C::of(Some(S::Draft), false, false), C::NotStarted);
        assert_eq!(C::of(Some(S::Draft), true, false), C::InProgress);
        assert_eq!(C::of(Some(S::Submitted), true, false), C::Submitted);
        assert_eq!(C::of(Some(S::Submitted), true, true), C::Resubmitted);
        assert_eq!(C::of(Some(S::Returned), true, true), C::Returned);
        assert_eq!(C::of(Some(S::Accepted), true, true), C::Accepted);
    }
}
