//! The API's filters as the OpenAPI document describes them: the values
//! `exports::filter` accepts, as enums and integers, so a client (and
//! schemathesis) knows exactly what it may send. The handlers read the raw
//! query with `exports::filter::parse_strict`; these types only document
//! it, and a test keeps both in step.

use utoipa::{IntoParams, ToSchema};

/// A Member State's place in the survey cycle.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum StateName {
    NotStarted,
    InProgress,
    Submitted,
    Returned,
    Resubmitted,
    Accepted,
}

/// A UN M49 region.
#[derive(ToSchema)]
#[allow(dead_code)]
pub enum RegionName {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

/// How the list is sorted.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum SortName {
    /// What needs a reviewer first.
    Action,
    /// By UN name (the default).
    Name,
    State,
    Region,
    Progress,
    Activity,
    Queries,
}

/// The filters of the Member State list.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ListFilters {
    /// Only Member States in one of these states (repeat the parameter:
    /// `state=submitted&state=resubmitted`).
    #[param(style = Form, explode, inline)]
    pub state: Option<Vec<StateName>>,
    /// Only this UN region.
    #[param(inline)]
    pub region: Option<RegionName>,
    /// Only the Member States this reviewer (a user id) is assigned; 0:
    /// those nobody is assigned.
    #[param(minimum = 0)]
    pub reviewer: Option<i64>,
    /// Text searched in the UN names (six languages), common names
    /// ("Ivory Coast") and ISO codes.
    #[param(min_length = 1, max_length = 100)]
    pub q: Option<String>,
    /// The order (by name when missing).
    #[param(inline)]
    pub sort: Option<SortName>,
}

/// The filters of an export (the same, without an order).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ExportFilters {
    /// Only Member States in one of these states (repeat the parameter).
    #[param(style = Form, explode, inline)]
    pub state: Option<Vec<StateName>>,
    /// Only this UN region.
    #[param(inline)]
    pub region: Option<RegionName>,
    /// Only the Member States this reviewer (a user id) is assigned; 0:
    /// those nobody is assigned.
    #[param(minimum = 0)]
    pub reviewer: Option<i64>,
    /// Text searched in the UN names, common names and ISO codes.
    #[param(min_length = 1, max_length = 100)]
    pub q: Option<String>,
}
