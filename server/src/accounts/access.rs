//! The access rules, in one place. Every route asks `allows` (through
//! `viewer::Viewer::require`); nothing else decides who may read or write
//! a Member State's response.

use super::User;

/// A person's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// A Member State's CIO and team: read and edit their country's response.
    Respondent,
    /// A country's focal point: reads its drafts and PDFs, cannot edit.
    FocalPoint,
    /// UN DESA: reads every country.
    Reviewer,
    /// Manages users and editions; reads every country.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Respondent,
        Role::FocalPoint,
        Role::Reviewer,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Respondent => "respondent",
            Role::FocalPoint => "focal_point",
            Role::Reviewer => "reviewer",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The role as people read it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Respondent => app::i18n::tr("admin.role_respondent"),
            Role::FocalPoint => app::i18n::tr("admin.role_focal_point"),
            Role::Reviewer => app::i18n::tr("admin.role_reviewer"),
            Role::Admin => app::i18n::tr("admin.role_admin"),
        }
    }

    /// UN DESA roles must sign in with a second factor.
    pub fn requires_two_factor(self) -> bool {
        matches!(self, Role::Reviewer | Role::Admin)
    }

    /// Country roles belong to one Member State.
    pub fn has_country(self) -> bool {
        matches!(self, Role::Respondent | Role::FocalPoint)
    }
}

/// What a request wants to do with a Member State's response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Edit,
}

/// Whether `user` may `access` the response of Member State `iso3`.
pub fn allows(user: &User, iso3: &str, access: Access) -> bool {
    let own = user.member_state.as_deref() == Some(iso3);
    match (user.role, access) {
        (Role::Respondent, _) => own,
        (Role::FocalPoint, Access::Read) => own,
        (Role::FocalPoint, Access::Edit) => false,
        (Role::Reviewer | Role::Admin, Access::Read) => true,
        (Role::Reviewer | Role::Admin, Access::Edit) => false,
    }
}

/// Whether `user` works on the review (reads the dashboard, every
/// submission and the exports): UN DESA staff.
pub fn is_staff(user: &User) -> bool {
    matches!(user.role, Role::Reviewer | Role::Admin)
}

/// Whether `user` may act in the review of a Member State (raise queries,
/// return, accept): administrators, and the reviewers `assigned` to it.
pub fn may_review(user: &User, assigned: bool) -> bool {
    match user.role {
        Role::Admin => true,
        Role::Reviewer => assigned,
        Role::Respondent | Role::FocalPoint => false,
    }
}

/// Whether `user` may assign reviewers and reopen accepted responses.
pub fn manages_cycle(user: &User) -> bool {
    user.role == Role::Admin
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, country: Option<&str>) -> User {
        User {
            id: 1,
            email: "a@example.org".into(),
            name: "A".into(),
            role,
            member_state: country.map(str::to_string),
            two_factor: true,
        }
    }

    #[test]
    fn only_respondents_edit_and_only_their_own_country() {
        let table = [
            (Role::Respondent, "MAR", Access::Edit, true),
            (Role::Respondent, "FRA", Access::Edit, false),
            (Role::Respondent, "FRA", Access::Read, false),
            (Role::FocalPoint, "MAR", Access::Read, true),
            (Role::FocalPoint, "MAR", Access::Edit, false),
            (Role::FocalPoint, "FRA", Access::Read, false),
            (Role::Reviewer, "FRA", Access::Read, true),
            (Role::Reviewer, "FRA", Access::Edit, false),
            (Role::Admin, "FRA", Access::Read, true),
            (Role::Admin, "FRA", Access::Edit, false),
        ];
        for (role, iso3, access, expected) in table {
            let country = role.has_country().then_some("MAR");
            assert_eq!(
                allows(&user(role, country), iso3, access),
                expected,
                "{role:?} {iso3} {access:?}"
            );
        }
    }

    #[test]
    fn reviewers_act_only_on_assigned_countries() {
        let table = [
            (Role::Respondent, true, false),
            (Role::FocalPoint, true, false),
            (Role::Reviewer, false, false),
            (Role::Reviewer, true, true),
            (Role::Admin, false, true),
        ];
        for (role, assigned, expected) in table {
            let u = user(role, role.has_country().then_some("MAR"));
            assert_eq!(may_review(&u, assigned), expected, "{role:?} {assigned}");
            assert_eq!(is_staff(&u), !role.has_country());
            assert_eq!(manages_cycle(&u), role == Role::Admin);
        }
    }
}
