//! UN DESA's day (issue 18) over HTTP: staff find their way (a navigation
//! per role, `/` leads to the dashboard, a reviewer's own invitations),
//! Member States by their UN names, account care (QR code, new recovery
//! codes, a new device, an administrator's reset and role change, API
//! tokens that expire and are renewed), the dashboard's order and filters,
//! and the review page's summary, confirmation and refusals that keep what
//! was typed.

use crate::support::{
    account, backends, delivered_mail, enrol_two_factor, import_fixture, mailed_link, next_code,
    Backend, TestApp,
};
use server::accounts::Role;

/// The links of the staff navigation on a page (its hrefs, in order).
fn staff_links(page: &str) -> Vec<String> {
    let Some(start) = page.find("class=\"staff-nav\"") else {
        return vec![];
    };
    let nav = &page[start
        ..page[start..]
            .find("</nav>")
            .map_or(page.len(), |e| start + e)];
    nav.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn staff_get_a_navigation_of_what_their_role_may_open() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let admin = app.cookie_as(Role::Admin, None).await;
    let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;

    // After sign-in (`/`), staff land on the dashboard, countries at home.
    let r = app.request_with("GET", "/", &[("cookie", &reviewer)]).await;
    assert_eq!((r.status, r.location().as_str()), (303, "/review/2020"));
    let r = app
        .request_with("GET", "/", &[("cookie", &respondent)])
        .await;
    assert_eq!((r.status, r.location().as_str()), (303, "/msq/2020/MAR"));

    // A reviewer is offered only what answers them, on every staff page.
    for path in [
        "/review/2020",
        "/member-states",
        "/admin/invite",
        "/account/api-tokens",
        "/account/two-factor",
    ] {
        let page = app
            .request_with("GET", path, &[("cookie", &reviewer)])
            .await;
        assert_eq!(page.status, 200, "{path}");
        let links = staff_links(&page.body);
        assert!(
            links.contains(&"/review/2020".to_string()),
            "{path}: {links:?}"
        );
        assert!(
            links.contains(&"/admin/invitations".to_string()),
            "{path}: {links:?}"
        );
        for admin_only in ["/admin/users", "/admin/outbox", "/admin/editions"] {
            assert!(
                !links.iter().any(|l| l == admin_only),
                "{path} offers {admin_only}"
            );
        }
        // Every link offered opens.
        for link in &links {
            let r = app
                .request_with("GET", link, &[("cookie", &reviewer)])
                .await;
            assert_eq!(r.status, 200, "{path} offers {link}: {}", r.status);
        }
        // The page shown is marked.
        assert!(
            page.body
                .contains(&format!("href=\"{path}\" aria-current=\"page\"")),
            "{path}"
        );
    }
    // An administrator gets the administration pages too, and each opens.
    let page = app
        .request_with("GET", "/review/2020", &[("cookie", &admin)])
        .await;
    let links = staff_links(&page.body);
    for wanted in [
        "/admin/users",
        "/admin/outbox",
        "/admin/editions",
        "/admin/audit",
    ] {
        assert!(links.iter().any(|l| l == wanted), "{links:?}");
    }
    for link in &links {
        let r = app.request_with("GET", link, &[("cookie", &admin)]).await;
        assert_eq!(r.status, 200, "{link}");
    }
    // A country's pages have none.
    let home = app
        .request_with("GET", "/msq/2020/MAR", &[("cookie", &respondent)])
        .await;
    assert!(staff_links(&home.body).is_empty());
    let section = app
        .request_with(
            "GET",
            "/msq/2020/MAR/institutional-framework",
            &[("cookie", &respondent)],
        )
        .await;
    assert_eq!(section.status, 200);
    assert!(staff_links(&section.body).is_empty());
    app.stop().await;
}

#[tokio::test]
async fn a_reviewer_sees_and_resends_the_invitations_they_sent() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let reviewer = app.cookie_as(Role::Reviewer, None).await;
        let as_reviewer = [("cookie", reviewer.as_str())];
        app.assign_reviewer("MAR").await;
        let invite = |email: &'static str| {
            [
                ("email", email),
                ("name", "Amina El Idrissi"),
                ("role", "respondent"),
                ("country", "MAR"),
            ]
        };
        let r = app
            .post_form("/admin/invite", &invite("amina@gov.example"), &as_reviewer)
            .await;
        assert_eq!(r.status, 200, "{backend:?}: {}", r.body);
        let first_link = mailed_link(&app, "amina@gov.example").await;

        // Listed, waiting.
        let page = app
            .request_with("GET", "/admin/invitations", &as_reviewer)
            .await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("amina@gov.example"), "{}", page.body);
        assert!(
            page.body.contains("Waiting (the link works until"),
            "{}",
            page.body
        );
        let id = account(
            &app.state.db,
            "amina@gov.example",
            Role::Respondent,
            Some("MAR"),
        )
        .await
        .id;

        // Sent again: a new link, the first one no longer works; audited.
        let resend = format!("/admin/invitations/{id}/resend");
        let r = app.post_form(&resend, &[], &as_reviewer).await;
        assert_eq!(r.status, 303, "{}", r.body);
        let page = app.request_with("GET", &r.location(), &as_reviewer).await;
        assert!(
            page.body
                .contains("The invitation was sent again to amina@gov.example"),
            "{}",
            page.body
        );
        let second_link = mailed_link(&app, "amina@gov.example").await;
        assert_ne!(first_link, second_link);
        let path = |l: &str| l[l.find("/link/").unwrap()..].to_string();
        let old = app
            .request_with("GET", &path(&first_link), &[("cookie", "")])
            .await;
        assert_ne!(old.status, 200, "the first link stopped working");
        let new = app
            .request_with("GET", &path(&second_link), &[("cookie", "")])
            .await;
        assert_eq!(new.status, 200);
        // In Morocco's trail (the invitation is for one of its people).
        let trail = app
            .request_with("GET", "/msq/2020/MAR/audit.csv", &as_reviewer)
            .await
            .body;
        assert!(trail.contains("invitation_resent"), "{trail}");

        // Another reviewer neither sees it nor can send it again.
        let other = account(&app.state.db, "other-un@test.example", Role::Reviewer, None).await;
        enrol_two_factor(&app.state.db, other.id).await;
        let other_cookie = format!(
            "{}={}",
            server::accounts::sessions::COOKIE,
            server::accounts::sessions::create(&app.state.db, other.id)
                .await
                .unwrap()
        );
        let as_other = [("cookie", other_cookie.as_str())];
        let page = app
            .request_with("GET", "/admin/invitations", &as_other)
            .await;
        assert!(!page.body.contains("amina@gov.example"));
        let r = app.post_form(&resend, &[], &as_other).await;
        assert_eq!(r.status, 403);
        assert!(
            r.body.contains("Only the person who sent this invitation"),
            "{}",
            r.body
        );

        // Once accepted, there is nothing to send.
        let r = app
            .post_form(
                &path(&second_link),
                &[
                    ("password", "a long enough password"),
                    ("confirm", "a long enough password"),
                ],
                &[("cookie", "")],
            )
            .await;
        assert!(
            r.status == 303 || r.status == 200,
            "{}: {}",
            r.status,
            r.body
        );
        let page = app
            .request_with("GET", "/admin/invitations", &as_reviewer)
            .await;
        assert!(page.body.contains("Accepted"), "{}", page.body);
        let r = app.post_form(&resend, &[], &as_reviewer).await;
        assert_eq!(r.status, 409, "{}", r.body);
        assert!(
            r.body.contains("has already accepted the invitation"),
            "{}",
            r.body
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_refused_invitation_keeps_what_was_typed() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    // Not assigned to Peru: refused, with the form as typed.
    let r = app
        .post_form(
            "/admin/invite",
            &[
                ("email", "luis@gob.example"),
                ("name", "Luis Pérez <b>"),
                ("role", "focal_point"),
                ("country", "PER"),
            ],
            &[("cookie", &reviewer)],
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("value=\"luis@gob.example\""), "{}", r.body);
    assert!(
        r.body.contains("value=\"Luis Pérez &lt;b&gt;\""),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("<option value=\"focal_point\" selected"),
        "{}",
        r.body
    );
    app.stop().await;
}

#[tokio::test]
async fn account_care_qr_code_new_codes_new_device_reset_and_role() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let db = &app.state.db;
        // A reviewer signs in for the first time: a QR code beside the key.
        let person = account(db, "new-reviewer@un.example", Role::Reviewer, None).await;
        let cookie = format!(
            "{}={}",
            server::accounts::sessions::COOKIE,
            server::accounts::sessions::create(db, person.id)
                .await
                .unwrap()
        );
        let me = [("cookie", cookie.as_str())];
        let setup = app.request_with("GET", "/account/two-factor", &me).await;
        assert_eq!(setup.status, 200);
        assert!(
            setup.body.contains("<div role=\"img\" aria-label=\"QR code of your key, for the authenticator app\" class=\"qr\"><svg"),
            "{}",
            setup.body
        );
        assert!(setup.body.contains("<svg"), "an SVG drawn on the server");
        assert!(!setup.body.contains("<?xml"));
        server::accounts::two_factor::reset(db, person.id)
            .await
            .unwrap();
        let secret = enrol_two_factor(db, person.id).await;

        // New recovery codes, after a current code; a wrong code is refused.
        let r = app
            .post_form(
                "/account/two-factor/recovery-codes",
                &[("code", "000000")],
                &me,
            )
            .await;
        assert_eq!(r.status, 422, "{}", r.body);
        assert!(r.body.contains("The code is not right"));
        let r = app
            .post_form(
                "/account/two-factor/recovery-codes",
                &[("code", &next_code(&secret))],
                &me,
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let codes: Vec<String> = r
            .body
            .split("<li><code>")
            .skip(1)
            .filter_map(|s| s.split("</code>").next())
            .map(str::to_string)
            .collect();
        assert_eq!(codes.len(), 10, "{}", r.body);
        // A new device: with a recovery code (the phone is gone).
        let r = app
            .post_form("/account/two-factor/renew", &[("code", &codes[0])], &me)
            .await;
        assert_eq!(
            (r.status, r.location().as_str()),
            (303, "/account/two-factor")
        );
        let again = app.request_with("GET", "/account/two-factor", &me).await;
        assert!(again.body.contains("<svg"), "a new key to scan at once");
        assert!(!server::accounts::two_factor::is_enabled(db, person.id)
            .await
            .unwrap());
        // Until it is set up, staff pages ask for it.
        let r = app.request_with("GET", "/review/2020", &me).await;
        assert_eq!(
            (r.status, r.location().as_str()),
            (303, "/account/two-factor")
        );
        enrol_two_factor(db, person.id).await;

        // An administrator resets it (audited; their sessions end) and
        // makes them an administrator.
        let admin = app.cookie_as(Role::Admin, None).await;
        let as_admin = [("cookie", admin.as_str())];
        let r = app
            .post_form(
                &format!("/admin/users/{}/reset-two-factor", person.id),
                &[],
                &as_admin,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let page = app.request_with("GET", &r.location(), &as_admin).await;
        assert!(
            page.body
                .contains("The second factor of new-reviewer@un.example is reset"),
            "{}",
            page.body
        );
        assert!(!server::accounts::two_factor::is_enabled(db, person.id)
            .await
            .unwrap());
        let r = app.request_with("GET", "/review/2020", &me).await;
        assert_eq!(r.status, 303, "signed out: to the sign-in page");
        let r = app
            .post_form(
                &format!("/admin/users/{}/role", person.id),
                &[("role", "admin")],
                &as_admin,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let model = account(db, "new-reviewer@un.example", Role::Reviewer, None).await;
        assert_eq!(model.role, "admin");
        // A UN DESA account does not become a country's.
        let r = app
            .post_form(
                &format!("/admin/users/{}/role", person.id),
                &[("role", "respondent")],
                &as_admin,
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(
            r.body.contains("cannot become a UN DESA account"),
            "{}",
            r.body
        );
        let trail = app
            .request_with("GET", "/admin/audit.csv", &as_admin)
            .await
            .body;
        for kind in [
            "recovery_codes_renewed",
            "two_factor_reenrolled",
            "two_factor_reset",
            "role_changed",
        ] {
            assert!(trail.contains(kind), "{kind} missing: {trail}");
        }
        app.stop().await;
    }
}

#[tokio::test]
async fn api_tokens_expire_and_are_renewed() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    let app = TestApp::spawn(Backend::Sqlite).await;
    let token = crate::api::create_token(&app, "R analysis").await;
    let page = app.get("/account/api-tokens").await.body;
    let in_90 = (chrono::Utc::now() + chrono::Duration::days(90))
        .format("%Y-%m-%d")
        .to_string();
    assert!(page.contains(&in_90), "the default expiry is shown: {page}");
    let call = || async {
        crate::support::request_with(
            "GET",
            &app.url("/api/v1/editions/2020/member-states"),
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await
    };
    assert_eq!(call().await.status, 200);
    // Past its day: refused, saying so; renewed, it works again.
    let row = server::db::entities::api_tokens::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let id = row.id;
    let mut expired: server::db::entities::api_tokens::ActiveModel = row.into();
    expired.expires_at = Set(Some(chrono::Utc::now() - chrono::Duration::minutes(1)));
    expired.update(&app.state.db).await.unwrap();
    let r = call().await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains("expired"), "{}", r.body);
    assert!(app
        .get("/account/api-tokens")
        .await
        .body
        .contains("Expired"));
    let r = app
        .post_form(&format!("/account/api-tokens/{id}/renew"), &[], &[])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(call().await.status, 200);
    // A lifetime that is not offered is refused with a message.
    let r = app
        .post_form(
            "/account/api-tokens",
            &[("name", "x"), ("days", "10000")],
            &[],
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("Choose how long the token works"),
        "{}",
        r.body
    );
    app.stop().await;
}

/// Morocco submitted, two queries raised, returned for revision, the
/// first query answered by the country: what a reviewer meets most.
async fn returned_morocco(app: &TestApp) -> (String, String) {
    import_fixture(app, "MAR").await;
    let cio = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    app.assign_reviewer("MAR").await;
    let me = [("cookie", cio.as_str())];
    let un = [("cookie", reviewer.as_str())];
    let r = app
        .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &me)
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    for (field, text) in [("q14", "Which charter?"), ("q11", "Which statistics?")] {
        let r = app
            .post_form(
                "/review/2020/MAR/queries",
                &[("field", field), ("version", "1"), ("message", text)],
                &un,
            )
            .await;
        assert_eq!(r.status, 303);
    }
    let r = app
        .post_form(
            "/review/2020/MAR/decision",
            &[
                ("decision", "returned"),
                ("version", "1"),
                ("message", "Please answer the queries."),
            ],
            &un,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // The country answers the first query and resolves nothing.
    let r = app
        .post_form(
            "/msq/2020/MAR/queries/1",
            &[("message", "The 2019 charter."), ("_action", "reply")],
            &me,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    (cio, reviewer)
}

#[tokio::test]
async fn the_dashboard_puts_what_needs_action_first_and_filters_several_states() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let (_, reviewer) = returned_morocco(&app).await;
    let un = [("cookie", reviewer.as_str())];
    import_fixture(&app, "PER").await;
    let peru = app.cookie_as(Role::Respondent, Some("PER")).await;
    let r = app
        .post_form(
            "/msq/2020/PER/submit",
            &[("_action", "submit")],
            &[("cookie", &peru)],
        )
        .await;
    assert_eq!(r.status, 303);
    let rows = |body: &str| -> Vec<String> {
        body.split("data-country=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .map(str::to_string)
            .collect()
    };
    // By default: Peru (submitted) first, then Morocco (a query answered).
    let dash = app.request_with("GET", "/review/2020", &un).await.body;
    assert_eq!(&rows(&dash)[..2], ["PER", "MAR"], "{:?}", &rows(&dash)[..5]);
    assert!(dash.contains("(1 answered)"), "{dash}");
    // By name on request.
    let by_name = app
        .request_with("GET", "/review/2020?sort=name", &un)
        .await
        .body;
    assert_eq!(rows(&by_name)[0], "AFG");
    // Accents aside: Côte d'Ivoire between Costa Rica and Croatia.
    let at = |iso3: &str| rows(&by_name).iter().position(|r| r == iso3).unwrap();
    assert!(at("CRI") < at("CIV") && at("CIV") < at("HRV"));
    // Several states at once.
    let two = app
        .request_with("GET", "/review/2020?state=submitted&state=returned", &un)
        .await
        .body;
    assert_eq!(rows(&two), ["PER", "MAR"]);
    assert!(
        two.contains("value=\"submitted\" checked"),
        "the boxes stay ticked"
    );
    // The export link keeps both, and its file name says so.
    assert!(
        two.contains("export.csv?state=submitted&amp;state=returned"),
        "{two}"
    );
    // Search by UN name, common name or code, in any language.
    for (q, iso3) in [
        ("ivory coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Россия", "RUS"),
        ("tza", "TZA"),
        ("Viet Nam", "VNM"),
    ] {
        let url = format!(
            "/review/2020?q={}",
            form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        );
        let found = rows(&app.request_with("GET", &url, &un).await.body);
        assert_eq!(found, [iso3], "{q}");
    }
    // The UN's names are shown.
    assert!(dash.contains(">Russian Federation</a>"));
    assert!(dash.contains(">Bolivia (Plurinational State of)</a>"));
    app.stop().await;
}

#[tokio::test]
async fn the_review_page_sums_up_and_asks_before_accepting() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (cio, reviewer) = returned_morocco(&app).await;
        let me = [("cookie", cio.as_str())];
        let un = [("cookie", reviewer.as_str())];
        // The second query is resolved; one answer changes; resubmitted.
        let r = app
            .post_form(
                "/review/2020/MAR/queries/2",
                &[("message", "Fine."), ("_action", "resolve")],
                &un,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let page = app
            .request_with("GET", "/msq/2020/MAR/social-media", &me)
            .await
            .body;
        let base = crate::support::hidden_value(&page, "_base.q14");
        let r = app
            .post_form(
                "/msq/2020/MAR/social-media",
                &[
                    ("_base.q14", &base),
                    ("q14", "The charter is at https://www.maroc.ma/charte."),
                    ("_action", "save"),
                ],
                &me,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let r = app
            .post_form("/msq/2020/MAR/submit", &[("_action", "submit")], &me)
            .await;
        assert_eq!(r.status, 303, "{}", r.body);

        let page = app.request_with("GET", "/review/2020/MAR", &un).await.body;
        let summary = &page[page.find("class=\"review-summary\"").expect("a summary")..];
        let summary = &summary[..summary.find("</section>").unwrap()];
        assert!(summary.contains("Open queries (1)"), "{summary}");
        assert!(
            summary.contains("href=\"#query-1\""),
            "a jump link to the open query"
        );
        assert!(
            !summary.contains("href=\"#query-2\""),
            "the resolved one is not listed"
        );
        assert!(summary.contains("Changed since version 1"), "{summary}");
        assert!(
            summary.contains("/review/2020/MAR/diff?from=1&amp;to=2"),
            "{summary}"
        );
        assert!(
            summary.contains("Returned for revision"),
            "the decisions: {summary}"
        );
        assert!(page.contains("id=\"query-1\""));
        // The resolved thread is folded.
        assert!(
            page.contains("<details id=\"query-2\" class=\"thread thread--resolved\">"),
            "{}",
            &page[page.find("id=\"query-2\"").unwrap_or(0).saturating_sub(200)..][..400]
        );

        // Returning without a message: refused, the page again, nothing lost.
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &[
                    ("decision", "returned"),
                    ("version", "2"),
                    ("message", "   "),
                ],
                &un,
            )
            .await;
        assert_eq!(r.status, 400);
        assert!(r.body.contains("error-summary"), "{}", r.body);
        assert!(r.body.contains("href=\"#returned-message\""), "{}", r.body);

        // A query or a reply too long: refused, the text kept in its box.
        let long = "Please give the source. ".repeat(220);
        let r = app
            .post_form(
                "/review/2020/MAR/queries",
                &[("field", "q11"), ("version", "2"), ("message", &long)],
                &un,
            )
            .await;
        assert_eq!(r.status, 400);
        assert!(
            r.body.contains(&format!(">{}</textarea>", long.trim_end())) || r.body.contains(&long),
            "the query as typed"
        );
        assert!(
            r.body.contains("href=\"#raise-q11\""),
            "the error links to its box"
        );
        assert!(
            r.body.contains("<details open class=\"raise\">")
                || r.body.contains("<details class=\"raise\" open"),
            "its form is open"
        );
        let r = app
            .post_form(
                "/review/2020/MAR/queries/1",
                &[("message", &long), ("_action", "reply")],
                &un,
            )
            .await;
        assert_eq!(r.status, 400);
        assert!(r.body.contains(&long), "the reply as typed");
        assert!(r.body.contains("href=\"#reply-1\""));
        let r = app
            .post_form(
                "/msq/2020/MAR/queries/1",
                &[("message", &long), ("_action", "reply")],
                &me,
            )
            .await;
        assert_eq!(r.status, 400);
        assert!(r.body.contains(&long), "the country's reply as typed");
        assert!(r.body.contains("characters or fewer"), "says why");

        // Accepting asks first (saying the open query is resolved with it),
        // keeping the message.
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &[
                    ("decision", "accepted"),
                    ("version", "2"),
                    ("message", "Thank you, Morocco."),
                ],
                &un,
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("Accept version 2?"), "{}", r.body);
        assert!(r.body.contains("1 query is still open"), "{}", r.body);
        assert!(r.body.contains("Thank you, Morocco."));
        assert!(r.body.contains("name=\"confirm\" value=\"yes\""));
        let home = app.request_with("GET", "/msq/2020/MAR", &me).await.body;
        assert!(
            !home.contains("It can no longer be changed"),
            "not accepted yet"
        );
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &[
                    ("decision", "accepted"),
                    ("version", "2"),
                    ("message", "Thank you, Morocco."),
                    ("confirm", "yes"),
                    ("resolve_open", "yes"),
                ],
                &un,
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        // A refused action on the accepted response says what happened and
        // keeps the message.
        let r = app
            .post_form(
                "/review/2020/MAR/decision",
                &[
                    ("decision", "returned"),
                    ("version", "2"),
                    ("message", "One more thing about Q3."),
                ],
                &un,
            )
            .await;
        assert_eq!(r.status, 409, "{}", r.body);
        assert!(r.body.contains("the response is accepted"), "{}", r.body);
        assert!(r.body.contains("One more thing about Q3."), "{}", r.body);
        assert!(!r.body.contains("quicker"));
        let mail = delivered_mail(&app, "respondent-mar@test.example").await;
        assert!(mail.contains("Thank you, Morocco."), "{mail}");
        app.stop().await;
    }
}

/// A reviewer's day in Chromium, with and without JavaScript: sign in and
/// land on the dashboard with the staff navigation; the dashboard uses a
/// wide screen (no hidden column, the chart's key in view); two states at
/// once; a search by a common name; the review summary's jump link; accept
/// after the confirmation; an API token with its copy button (JavaScript
/// only).
#[tokio::test]
async fn a_reviewers_day_in_chromium_with_and_without_javascript() {
    use crate::browser::{eventually, Browser};
    use fantoccini::Locator;
    for javascript in [true, false] {
        let app = TestApp::spawn(Backend::Sqlite).await;
        returned_morocco(&app).await;
        import_fixture(&app, "PER").await;
        let peru = app.cookie_as(Role::Respondent, Some("PER")).await;
        let r = app
            .post_form(
                "/msq/2020/PER/submit",
                &[("_action", "submit")],
                &[("cookie", &peru)],
            )
            .await;
        assert_eq!(r.status, 303);
        let db = &app.state.db;
        let me = account(db, "browser-reviewer-un@test.example", Role::Reviewer, None).await;
        server::review::assignments::assign(
            db,
            "2020",
            &["MAR".into(), "PER".into()],
            me.id,
            "test",
        )
        .await
        .unwrap();
        let b = Browser::start(javascript).await;
        b.client.set_window_size(1440, 900).await.unwrap();
        b.sign_in(&app, Role::Reviewer, None).await;
        eventually(10, "the dashboard after sign-in", || async {
            b.url_contains("/review/2020").await
        })
        .await;
        let nav = b.text(".staff-nav").await;
        assert!(
            nav.contains("Dashboard") && nav.contains("Invitations sent"),
            "{nav}"
        );
        assert!(
            !nav.contains("Accounts") && !nav.contains("Outbox"),
            "{nav}"
        );

        // Wide: the region table shows all its columns, the key is in view.
        let fits = b
            .client
            .execute(
                "const w = document.querySelector('.region-progress .table-wrap');
                 const key = document.querySelector('.legend li:last-child').getBoundingClientRect();
                 const main = document.querySelector('main').getBoundingClientRect();
                 return [w.scrollWidth <= w.clientWidth, key.right <= main.right, main.width > 1000];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            fits,
            serde_json::json!([true, true, true]),
            "javascript: {javascript}"
        );

        // Two states at once, then a search by a common name.
        b.click("label[for=f-state-submitted]").await;
        b.click("label[for=f-state-returned]").await;
        b.click("form.filters button[type=submit]").await;
        eventually(10, "the filtered dashboard", || async {
            b.url_contains("state=returned").await
        })
        .await;
        let rows = b
            .client
            .find_all(Locator::Css("tr[data-country]"))
            .await
            .unwrap();
        let mut shown = Vec::new();
        for r in rows {
            shown.push(r.attr("data-country").await.unwrap().unwrap_or_default());
        }
        assert_eq!(shown, ["PER", "MAR"], "javascript: {javascript}");
        b.client
            .goto(&app.url("/review/2020?q=ivory+coast"))
            .await
            .unwrap();
        assert!(b
            .text("tr[data-country=CIV]")
            .await
            .contains("Côte d'Ivoire"));

        // The summary's jump link leads to the open query.
        b.client.goto(&app.url("/review/2020/MAR")).await.unwrap();
        b.click(".review-summary a[href='#query-1']").await;
        eventually(10, "the jump to the query", || async {
            b.url_contains("#query-1").await
        })
        .await;

        // Accepting Peru asks first.
        b.client.goto(&app.url("/review/2020/PER")).await.unwrap();
        b.click("button[value=accepted]").await;
        eventually(10, "the confirmation", || async {
            b.url_contains("/decision").await
        })
        .await;
        assert!(b.text("h1").await.contains("Accept version 1?"));
        b.click("#confirm-accept").await;
        eventually(10, "accepted", || async {
            b.url_contains("done=accepted").await
        })
        .await;
        assert!(b.text(".notice").await.contains("has been accepted"));

        // A new API token: wrapped whole, with a copy button where
        // JavaScript runs.
        b.client
            .goto(&app.url("/account/api-tokens"))
            .await
            .unwrap();
        b.type_into("#token-name", "R analysis").await;
        b.click("form[action='/account/api-tokens'] button[type=submit]")
            .await;
        eventually(10, "the new token", || async {
            b.client.find(Locator::Css("#new-token")).await.is_ok()
        })
        .await;
        let button = b
            .client
            .find(Locator::Css("button[data-copy]"))
            .await
            .unwrap();
        assert_eq!(button.is_displayed().await.unwrap(), javascript);
        if javascript {
            button.click().await.unwrap();
            eventually(10, "the copy's answer", || async {
                let said = b.text("#new-token-copied").await;
                said.contains("Copied") || said.contains("selected")
            })
            .await;
        }
        b.stop().await;
        app.stop().await;
    }
}
