//! Who may open what, from one table: every Member State route × every role
//! × the route's own country or another one; plus the pages anyone may
//! open. The number of cases is written to
//! target/test-reports/access-table.txt (scripts/test.sh prints it).

use crate::support::{workspace_root, Backend, TestApp};
use server::accounts::Role;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Need {
    Read,
    Edit,
    /// UN DESA staff: the review workspace's pages and exports.
    Staff,
    /// Acting in a country's review: administrators, and the reviewer if
    /// assigned to that country (MAR: assigned; TUN: not).
    Act {
        assigned: bool,
    },
    /// Administrators only.
    Admin,
    /// Anyone signed in (with the second factor their role needs): their
    /// own account's pages.
    Account,
}

/// (method, path, what it needs). The Member State is MAR, which has a
/// submitted version 1.
const ROUTES: &[(&str, &str, Need)] = &[
    ("GET", "/msq/2020/MAR", Need::Read),
    ("GET", "/msq/2020/MAR/check", Need::Read),
    ("GET", "/msq/2020/MAR/introduction", Need::Read),
    ("GET", "/msq/2020/MAR/institutional-framework", Need::Read),
    ("GET", "/msq/2020/MAR/response.json", Need::Read),
    ("GET", "/msq/2020/MAR/versions/1", Need::Read),
    ("GET", "/msq/2020/MAR/versions/1.json", Need::Read),
    ("GET", "/msq/2020/MAR/versions/1.pdf", Need::Read),
    ("GET", "/start?country=MAR", Need::Read),
    ("GET", "/msq/2020/MAR/audit", Need::Read),
    ("GET", "/msq/2020/MAR/audit.csv", Need::Read),
    ("POST", "/msq/2020/MAR/institutional-framework", Need::Edit),
    ("POST", "/msq/2020/MAR/introduction", Need::Edit),
    ("POST", "/msq/2020/MAR/submit", Need::Edit),
    ("POST", "/msq/2020/MAR/carry-over", Need::Edit),
    ("GET", "/msq/2020/MAR/queries/1", Need::Read),
    ("POST", "/msq/2020/MAR/queries/1", Need::Edit),
    ("GET", "/review/2020", Need::Staff),
    (
        "GET",
        "/review/2020?state=submitted&region=Africa",
        Need::Staff,
    ),
    ("GET", "/review/2020/MAR", Need::Staff),
    ("GET", "/review/2020/TUN", Need::Staff),
    ("GET", "/review/2020/MAR/diff?from=1&to=1", Need::Staff),
    ("GET", "/review/2020/export.csv", Need::Staff),
    ("GET", "/review/2020/dictionary.csv", Need::Staff),
    ("GET", "/review/2020/export.xlsx", Need::Staff),
    ("GET", "/review/2020/export.json", Need::Staff),
    (
        "POST",
        "/review/2020/MAR/queries",
        Need::Act { assigned: true },
    ),
    (
        "POST",
        "/review/2020/TUN/queries",
        Need::Act { assigned: false },
    ),
    (
        "POST",
        "/review/2020/MAR/queries/1",
        Need::Act { assigned: true },
    ),
    (
        "POST",
        "/review/2020/MAR/decision",
        Need::Act { assigned: true },
    ),
    (
        "POST",
        "/review/2020/TUN/decision",
        Need::Act { assigned: false },
    ),
    ("POST", "/review/2020/assignments", Need::Admin),
    ("GET", "/member-states", Need::Staff),
    ("GET", "/admin/invitations", Need::Staff),
    ("POST", "/admin/invitations/999999/resend", Need::Staff),
    ("POST", "/account/api-tokens/999999/renew", Need::Staff),
    ("POST", "/admin/users/999999/role", Need::Admin),
    ("POST", "/account/two-factor/recovery-codes", Need::Account),
];

/// Who asks: a role and whether the route's country is theirs.
#[derive(Clone, Copy, Debug)]
enum Who {
    Nobody,
    Own(Role),
    Other(Role),
    Un(Role),
    /// A UN DESA role whose second factor is not set up yet.
    UnWithoutSecondFactor(Role),
}

fn allowed(who: Who, need: Need) -> bool {
    match (who, need) {
        (Who::Nobody, _) => false,
        (Who::Own(Role::Respondent), Need::Read | Need::Edit) => true,
        (Who::Own(Role::FocalPoint), Need::Read) => true,
        (Who::Un(Role::Reviewer | Role::Admin), Need::Read | Need::Staff) => true,
        (Who::Un(Role::Admin), Need::Act { .. } | Need::Admin) => true,
        (Who::Un(Role::Reviewer), Need::Act { assigned }) => assigned,
        (Who::Own(_) | Who::Other(_) | Who::Un(_), Need::Account) => true,
        _ => false,
    }
}

#[tokio::test]
async fn every_route_checks_the_role_and_the_member_state() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    crate::support::import_fixture(&app, "MAR").await;
    assert_eq!(
        app.post_form("/msq/2020/MAR/submit", &[], &[]).await.status,
        303
    );
    // A second submitted Member State, whose reviewer is someone else.
    crate::support::import_fixture(&app, "TUN").await;
    assert_eq!(
        app.post_form("/msq/2020/TUN/submit", &[], &[]).await.status,
        303
    );
    app.assign_reviewer("MAR").await;
    // Query 1, on MAR.
    let admin = app.cookie_as(Role::Admin, None).await;
    let raised = app
        .post_form(
            "/review/2020/MAR/queries",
            &[("field", "q14"), ("version", "1"), ("message", "Why?")],
            &[("cookie", &admin)],
        )
        .await;
    assert_eq!(raised.status, 303, "{}", raised.body);

    let viewers = [
        Who::Nobody,
        Who::Own(Role::Respondent),
        Who::Other(Role::Respondent),
        Who::Own(Role::FocalPoint),
        Who::Other(Role::FocalPoint),
        Who::Un(Role::Reviewer),
        Who::Un(Role::Admin),
        Who::UnWithoutSecondFactor(Role::Reviewer),
    ];
    let mut cases = 0;
    let mut wrong = Vec::new();
    for who in viewers {
        let cookie = match who {
            Who::Nobody => None,
            Who::Own(r) => Some(app.cookie_as(r, Some("MAR")).await),
            Who::Other(r) => Some(app.cookie_as(r, Some("FRA")).await),
            Who::Un(r) => Some(app.cookie_as(r, None).await),
            Who::UnWithoutSecondFactor(r) => {
                let db = &app.state.db;
                let u = server::accounts::users::create(db, "no-2fa@un.org", "No 2FA", r, None)
                    .await
                    .unwrap();
                Some(format!(
                    "msq_session={}",
                    server::accounts::sessions::create(db, u.id).await.unwrap()
                ))
            }
        };
        for (method, path, need) in ROUTES {
            cases += 1;
            let mut headers = vec![];
            if let Some(c) = &cookie {
                headers.push(("cookie", c.as_str()));
            }
            let r = if *method == "GET" {
                crate::support::request_with("GET", &app.url(path), &headers).await
            } else {
                crate::support::post_form(&app.url(path), &[("_action", "save")], &headers).await
            };
            let to_sign_in = r.status == 303 && r.location().starts_with("/sign-in?next=");
            let to_setup = r.status == 303 && r.location() == "/account/two-factor";
            let refused = matches!(r.status, 401 | 403) || to_sign_in || to_setup;
            let expect = allowed(who, *need);
            if refused == expect || r.status >= 500 {
                wrong.push(format!(
                    "{who:?} {method} {path}: {} {}",
                    r.status,
                    r.location()
                ));
            }
            // Nobody signed in is sent to sign in (GET) or told to (401);
            // a signed-in person without access gets 403.
            if refused {
                let fits = match who {
                    Who::Nobody if *method == "GET" => to_sign_in,
                    Who::Nobody => r.status == 401,
                    Who::UnWithoutSecondFactor(_) if *method == "GET" => to_setup,
                    _ => r.status == 403,
                };
                if !fits {
                    wrong.push(format!(
                        "{who:?} {method} {path}: refused with {}",
                        r.status
                    ));
                }
            }
        }
    }
    // Pages anyone may open, and the sign-in redirect of the start page.
    for (path, status) in [
        ("/sign-in", 200),
        ("/verify", 200),
        ("/health", 200),
        ("/style/msq.css", 200),
        ("/link/0000", 404),
        ("/reset", 200),
        ("/admin/invite", 303),
        ("/admin/outbox", 303),
        ("/admin/users", 303),
        ("/admin/audit", 303),
        ("/account/api-tokens", 303),
        ("/api/openapi.json", 200),
        ("/api/v1/editions/2020/member-states", 401),
        ("/account/two-factor", 303),
        ("/", 303),
    ] {
        cases += 1;
        let r = crate::support::get(&app.url(path)).await;
        if r.status != status {
            wrong.push(format!(
                "Nobody GET {path}: {} (expected {status})",
                r.status
            ));
        }
    }
    let report = workspace_root().join("target/test-reports");
    std::fs::create_dir_all(&report).unwrap();
    std::fs::write(
        report.join("access-table.txt"),
        format!(
            "access table: {cases} cases (routes × roles × own/other Member State), {} wrong\n",
            wrong.len()
        ),
    )
    .unwrap();
    assert!(
        wrong.is_empty(),
        "{} of {cases} cases wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert_eq!(cases, 8 * ROUTES.len() + 15);
    app.stop().await;
}
