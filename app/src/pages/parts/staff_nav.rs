//! UN DESA's navigation, in the header of every staff page: only the
//! pages the person's role may open (a reviewer is not offered the
//! accounts or the outbox), the current one marked for screen readers.

use crate::i18n::tr;
use crate::paths;
use leptos::prelude::*;

/// Who is looking, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffNav {
    /// An administrator (else a reviewer).
    pub admin: bool,
    /// The edition UN DESA follows now (the dashboard's).
    pub edition: String,
    /// The path of the page shown.
    pub path: String,
}

impl StaffNav {
    /// The links, in order: (href, label).
    pub fn links(&self) -> Vec<(String, &'static str)> {
        let mut out = vec![
            (
                paths::review::dashboard(&self.edition),
                tr("staff_nav.dashboard"),
            ),
            (
                paths::MEMBER_STATES.to_string(),
                tr("staff_nav.member_states"),
            ),
            (paths::INVITE.to_string(), tr("staff_nav.invite")),
            (paths::INVITATIONS.to_string(), tr("staff_nav.invitations")),
        ];
        if self.admin {
            out.extend([
                (paths::ACCOUNTS.to_string(), tr("staff_nav.accounts")),
                (paths::EDITIONS.to_string(), tr("staff_nav.editions")),
                (paths::OUTBOX.to_string(), tr("staff_nav.outbox")),
                (paths::STAFF_AUDIT.to_string(), tr("staff_nav.audit")),
            ]);
        }
        out.extend([
            (paths::API_TOKENS.to_string(), tr("staff_nav.api_tokens")),
            (paths::TWO_FACTOR.to_string(), tr("staff_nav.security")),
        ]);
        out
    }

    /// The link of the page shown (the dashboard also for its review pages).
    fn is_current(&self, href: &str) -> bool {
        self.path == href
    }
}

pub fn staff_nav(nav: &StaffNav) -> AnyView {
    let items = nav
        .links()
        .into_iter()
        .map(|(href, label)| {
            let current = nav.is_current(&href).then_some("page");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="staff-nav" aria-label=tr("staff_nav.label")>
            <div class="container"><ul class="staff-nav__list">{items}</ul></div>
        </nav>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::StaffNav;

    #[test]
    fn a_reviewer_is_offered_only_what_a_reviewer_may_open() {
        let reviewer = StaffNav {
            admin: false,
            edition: "2020".into(),
            path: "/".into(),
        };
        let hrefs: Vec<String> = reviewer.links().into_iter().map(|(h, _)| h).collect();
        assert!(hrefs.contains(&"/review/2020".to_string()));
        assert!(hrefs.contains(&crate::paths::INVITATIONS.to_string()));
        for admin_only in [
            crate::paths::ACCOUNTS,
            crate::paths::OUTBOX,
            crate::paths::EDITIONS,
        ] {
            assert!(!hrefs.iter().any(|h| h == admin_only), "{admin_only}");
        }
        let admin = StaffNav {
            admin: true,
            ..reviewer
        };
        assert!(admin.links().iter().any(|(h, _)| h == crate::paths::OUTBOX));
    }
}
