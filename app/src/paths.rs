//! Every URL path of the site's pages, in one place, so links never drift
//! (the pages link with them, the server redirects and e-mails with them).

pub fn home(edition: &str, iso3: &str) -> String {
    format!("/msq/{edition}/{iso3}")
}
pub fn page(edition: &str, iso3: &str, slug: &str) -> String {
    format!("/msq/{edition}/{iso3}/{slug}")
}
pub fn check(edition: &str, iso3: &str) -> String {
    format!("/msq/{edition}/{iso3}/check")
}
pub fn response_json(edition: &str, iso3: &str) -> String {
    format!("/msq/{edition}/{iso3}/response.json")
}
pub fn submit(edition: &str, iso3: &str) -> String {
    format!("/msq/{edition}/{iso3}/submit")
}
pub fn version(edition: &str, iso3: &str, version: i32) -> String {
    format!("/msq/{edition}/{iso3}/versions/{version}")
}
pub fn version_json(edition: &str, iso3: &str, version: i32) -> String {
    format!("/msq/{edition}/{iso3}/versions/{version}.json")
}

pub fn carry_over(edition: &str, iso3: &str) -> String {
    format!("/msq/{edition}/{iso3}/carry-over")
}
pub fn version_pdf(edition: &str, iso3: &str, version: i32) -> String {
    format!("/msq/{edition}/{iso3}/versions/{version}.pdf")
}

pub fn audit(edition: &str, iso3: &str) -> String {
    format!("/msq/{edition}/{iso3}/audit")
}

/// The public page that checks an uploaded PDF.
pub const VERIFY: &str = "/verify";

/// The staff's personal API tokens page.
pub const API_TOKENS: &str = "/account/api-tokens";

/// Two-factor sign-in: set up, re-enrol, recovery codes.
pub const TWO_FACTOR: &str = "/account/two-factor";
pub const TWO_FACTOR_CODES: &str = "/account/two-factor/recovery-codes";
pub const TWO_FACTOR_RENEW: &str = "/account/two-factor/renew";

/// UN DESA's list of the Member States, to open any country's response in
/// any edition.
pub const MEMBER_STATES: &str = "/member-states";

/// Inviting a person (staff).
pub const INVITE: &str = "/admin/invite";

/// The invitations a staff member sent (all of them for administrators).
pub const INVITATIONS: &str = "/admin/invitations";

/// Sending a person's invitation again.
pub fn resend_invitation(user_id: i64) -> String {
    format!("/admin/invitations/{user_id}/resend")
}

/// Administrators' pages.
pub const ACCOUNTS: &str = "/admin/users";
pub const EDITIONS: &str = "/admin/editions";
pub const OUTBOX: &str = "/admin/outbox";
pub const STAFF_AUDIT: &str = "/admin/audit";

/// URL paths of UN DESA's review pages.
pub mod review {

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
    /// The data dictionary of an edition's exports, as CSV.
    pub fn dictionary(edition: &str) -> String {
        format!("/review/{edition}/dictionary.csv")
    }
    /// The country's own page of one query (read, and reply).
    pub fn country_query(edition: &str, iso3: &str, id: i64) -> String {
        format!("/msq/{edition}/{iso3}/queries/{id}")
    }
}
