//! Accounts: the first administrator's one-time link, signing in and out
//! (argon2id, server-side sessions, cookie flags), failed sign-ins audited
//! and rate-limited, CSRF refusal of cross-site posts, and the signed-in
//! person recorded as the author of their saves.

use crate::support::{get, msq_command, post_form, Backend, TestApp};
use server::accounts::{sessions, users, Role};

fn cookie_of(reply: &crate::support::Reply) -> String {
    reply
        .headers
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

fn session_token(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .and_then(|kv| kv.strip_prefix("msq_session="))
        .unwrap_or_default()
        .to_string()
}

async fn audit_kinds(app: &TestApp) -> Vec<(String, String)> {
    use sea_orm::{EntityTrait, QueryOrder};
    server::db::entities::audit_events::Entity::find()
        .order_by_asc(server::db::entities::audit_events::Column::Id)
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.kind, e.actor))
        .collect()
}

#[tokio::test]
async fn the_first_administrator_sets_a_password_through_a_one_time_link() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    // `msq admin create` against the same database prints the link.
    let out = msq_command()
        .env("MSQ_DATA_DIR", app.db.dir.path())
        .env("DATABASE_URL", &app.db.url)
        .env("MSQ_PUBLIC_URL", &app.base)
        .args([
            "admin",
            "create",
            "--email",
            "Admin@UN.org",
            "--name",
            "Ada Admin",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with(&format!("{}/link/", app.base)))
        .unwrap_or_else(|| panic!("no link in {text}"))
        .to_string();
    let page = get(&link).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("admin@un.org"), "{}", page.body);

    let short = post_form(&link, &[("password", "short"), ("confirm", "short")], &[]).await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("Use at least 12 characters."));
    let differ = post_form(
        &link,
        &[
            ("password", "a long pass phrase"),
            ("confirm", "another phrase!!"),
        ],
        &[],
    )
    .await;
    assert_eq!(differ.status, 422);
    assert!(differ.body.contains("The two passwords are not the same."));
    let ok = post_form(
        &link,
        &[
            ("password", "a long pass phrase"),
            ("confirm", "a long pass phrase"),
        ],
        &[],
    )
    .await;
    assert_eq!((ok.status, ok.location().as_str()), (303, "/"));
    let cookie = cookie_of(&ok);
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain http test server: {cookie}"
    );
    let user = sessions::user(&app.state.db, &session_token(&cookie))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (user.email.as_str(), user.role),
        ("admin@un.org", Role::Admin)
    );
    // The link works once.
    assert_eq!(get(&link).await.status, 404);
    let again = post_form(
        &link,
        &[
            ("password", "a long pass phrase"),
            ("confirm", "a long pass phrase"),
        ],
        &[],
    )
    .await;
    assert_eq!(again.status, 404);
    assert!(again.body.contains("This link cannot be used"));
    assert_eq!(get(&app.url("/link/not-a-token")).await.status, 404);
    app.stop().await;
}

#[tokio::test]
async fn signing_in_and_out_with_failures_audited_and_limited() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let db = &app.state.db;
    let u = users::create(db, "cio@gov.ma", "Amina", Role::Respondent, Some("MAR"))
        .await
        .unwrap();
    users::set_password(db, u.id, "right horse battery")
        .await
        .unwrap();

    let form = app.url("/sign-in");
    assert!(get(&form)
        .await
        .body
        .contains("autocomplete=\"current-password\""));
    let wrong = post_form(
        &form,
        &[
            ("email", "cio@gov.ma"),
            ("password", "wrong"),
            ("next", "/msq/2020/MAR"),
        ],
        &[],
    )
    .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong
        .body
        .contains("The e-mail address or the password is not right."));
    assert!(cookie_of(&wrong).is_empty());
    // An unknown address gets the very same answer.
    let unknown = post_form(
        &form,
        &[("email", "nobody@gov.ma"), ("password", "wrong")],
        &[],
    )
    .await;
    assert_eq!(unknown.status, 401);
    assert!(unknown
        .body
        .contains("The e-mail address or the password is not right."));

    let ok = post_form(
        &form,
        &[
            ("email", " CIO@gov.ma "),
            ("password", "right horse battery"),
            ("next", "/msq/2020/MAR"),
        ],
        &[],
    )
    .await;
    assert_eq!((ok.status, ok.location().as_str()), (303, "/msq/2020/MAR"));
    let token = session_token(&cookie_of(&ok));
    assert!(sessions::user(db, &token).await.unwrap().is_some());
    // Only paths of this site are followed after signing in.
    let away = post_form(
        &form,
        &[
            ("email", "cio@gov.ma"),
            ("password", "right horse battery"),
            ("next", "//evil.example/x"),
        ],
        &[],
    )
    .await;
    assert_eq!(away.location(), "/");

    // Saves made in the session are recorded under the person's e-mail.
    let cookie = format!("msq_session={token}");
    let page = crate::support::request_with(
        "GET",
        &app.url("/msq/2020/MAR/strategy-and-implementation"),
        &[("cookie", &cookie)],
    )
    .await
    .body;
    let base = crate::support::hidden_value(&page, "_base.q6");
    let saved = post_form(
        &app.url("/msq/2020/MAR/strategy-and-implementation"),
        &[
            ("q6", "Signed-in answer"),
            ("_base.q6", &base),
            ("_action", "save"),
        ],
        &[("cookie", &cookie)],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let stored = server::drafts::store::find_response(db, "2020", "MAR")
        .await
        .unwrap()
        .unwrap();
    let answers = server::drafts::store::load(db, stored.id).await.unwrap();
    assert_eq!(answers["q6"].updated_by, "cio@gov.ma");
    // Colleagues see who changed the page lately.
    let colleague = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let page = crate::support::request_with(
        "GET",
        &app.url("/msq/2020/MAR/strategy-and-implementation"),
        &[("cookie", &colleague)],
    )
    .await
    .body;
    assert!(
        page.contains("Changed on this page in the last two days by:"),
        "{page}"
    );
    // By the name on the account, not the e-mail address.
    assert!(page.contains("Amina at "), "{page}");
    assert!(!page.contains("cio@gov.ma at "), "{page}");
    // The audit trail: the change with its old and new value, the sign-ins.
    let audit = crate::support::request_with(
        "GET",
        &app.url("/msq/2020/MAR/audit"),
        &[("cookie", &colleague)],
    )
    .await;
    assert_eq!(audit.status, 200);
    assert!(
        audit.body.contains("Answer changed") && audit.body.contains("Signed-in answer"),
        "{}",
        audit.body
    );
    assert!(audit.body.contains("Signed in"), "{}", audit.body);
    let csv = crate::support::request_with(
        "GET",
        &app.url("/msq/2020/MAR/audit.csv"),
        &[("cookie", &colleague)],
    )
    .await;
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert!(
        csv.bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 byte-order mark"
    );
    // Read back with Python's csv module, an independent reader.
    let file = app.db.dir.path().join("audit.csv");
    std::fs::write(&file, &csv.bytes).unwrap();
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg("import csv,sys; rows=list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig'))); print(sum(1 for r in rows if r['what']=='answer_change' and r['question']=='q6' and r['new_value']=='Signed-in answer' and r['who']=='cio@gov.ma'), sum(1 for r in rows if r['what']=='sign_in'))")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "1 2",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Another country's people cannot read it.
    let other = app.cookie_as(Role::Respondent, Some("FRA")).await;
    let denied = crate::support::request_with(
        "GET",
        &app.url("/msq/2020/MAR/audit.csv"),
        &[("cookie", &other)],
    )
    .await;
    assert_eq!(denied.status, 403);

    let out = post_form(&app.url("/sign-out"), &[], &[("cookie", &cookie)]).await;
    assert_eq!(
        (out.status, out.location().as_str()),
        (303, "/sign-in?signed_out=1")
    );
    assert!(cookie_of(&out).contains("Max-Age=0"));
    assert!(
        sessions::user(db, &token).await.unwrap().is_none(),
        "the session ended"
    );

    // Five failures within 15 minutes lock the account's sign-in, even
    // with the right password.
    for _ in 0..4 {
        post_form(
            &form,
            &[("email", "cio@gov.ma"), ("password", "wrong")],
            &[],
        )
        .await;
    }
    let locked = post_form(
        &form,
        &[("email", "cio@gov.ma"), ("password", "right horse battery")],
        &[],
    )
    .await;
    assert_eq!(locked.status, 429);
    assert!(locked
        .body
        .contains("Too many failed sign-ins for this account."));

    let kinds = audit_kinds(&app).await;
    let count = |k: &str| kinds.iter().filter(|(kind, _)| kind == k).count();
    assert_eq!(count("sign_in"), 2);
    assert_eq!(count("sign_in_failed"), 6);
    assert_eq!(count("sign_out"), 1);
    assert!(kinds.contains(&("sign_in_failed".to_string(), "nobody@gov.ma".to_string())));
    app.stop().await;
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    // The victim is signed in: their cookie goes with every request.
    let cookie = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let url = app.url("/msq/2020/MAR/strategy-and-implementation");
    let fields = [("q6", "From elsewhere"), ("_action", "save")];
    let evil = post_form(
        &url,
        &fields,
        &[("origin", "https://evil.example"), ("cookie", &cookie)],
    )
    .await;
    assert_eq!(evil.status, 403);
    assert!(evil.body.contains("This form came from another site"));
    let cross = post_form(
        &url,
        &fields,
        &[("sec-fetch-site", "cross-site"), ("cookie", &cookie)],
    )
    .await;
    assert_eq!(cross.status, 403);
    let bare = crate::support::request_body(
        "POST",
        &url,
        b"q6=x&_action=save".to_vec(),
        &[
            ("content-type", "application/x-www-form-urlencoded"),
            ("sec-fetch-site", "none"),
            ("cookie", &cookie),
        ],
    )
    .await;
    assert_eq!(bare.status, 403);
    // Nothing was written.
    let answers =
        server::drafts::store::typed_answers(&app.state.db, &app.state.editions[0], "MAR")
            .await
            .unwrap();
    assert!(answers.is_empty(), "{answers:?}");
    let same = post_form(
        &url,
        &fields,
        &[("sec-fetch-site", "same-origin"), ("cookie", &cookie)],
    )
    .await;
    assert_eq!(same.status, 303);
    app.stop().await;
}

/// The `<code class="secret">` of the setup page, without spaces.
fn secret_on(page: &str) -> String {
    let start = page.find("<code class=\"secret\">").unwrap() + "<code class=\"secret\">".len();
    page[start..start + page[start..].find('<').unwrap()]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn base32_decode(s: &str) -> Vec<u8> {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut out, mut buffer, mut bits) = (Vec::new(), 0u32, 0u32);
    for c in s.bytes() {
        buffer = (buffer << 5) | alphabet.iter().position(|a| *a == c).unwrap() as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

#[tokio::test]
async fn un_desa_accounts_must_set_up_and_use_a_second_factor() {
    use server::accounts::totp;
    let app = TestApp::spawn(Backend::Sqlite).await;
    let db = &app.state.db;
    let u = users::create(db, "analyst@un.org", "Ana", Role::Reviewer, None)
        .await
        .unwrap();
    users::set_password(db, u.id, "reviewer pass phrase")
        .await
        .unwrap();
    let form = app.url("/sign-in");
    let creds = [
        ("email", "analyst@un.org"),
        ("password", "reviewer pass phrase"),
    ];
    let ok = post_form(&form, &creds, &[]).await;
    let cookie = session_token(&cookie_of(&ok));
    let cookie = format!("msq_session={cookie}");
    let with = |c: &str| vec![("cookie", c.to_string())];
    let get_as = |path: &'static str, c: String| {
        let url = app.url(path);
        async move { crate::support::request_with("GET", &url, &[("cookie", &c)]).await }
    };
    // Nothing but the setup until the second factor is on.
    let r = get_as("/msq/2020/MAR", cookie.clone()).await;
    assert_eq!(
        (r.status, r.location().as_str()),
        (303, "/account/two-factor")
    );
    let r = get_as("/", cookie.clone()).await;
    assert_eq!(
        (r.status, r.location().as_str()),
        (303, "/account/two-factor")
    );
    let setup = get_as("/account/two-factor", cookie.clone()).await;
    assert_eq!(setup.status, 200);
    assert!(setup.body.contains("otpauth://totp/"), "{}", setup.body);
    let secret = base32_decode(&secret_on(&setup.body));
    assert_eq!(secret.len(), 20);
    let headers: Vec<(&str, String)> = with(&cookie);
    let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let wrong = post_form(&app.url("/account/two-factor"), &[("code", "000000")], &h).await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("The code is not right."));
    let now = chrono::Utc::now().timestamp();
    let code = totp::code_at(&secret, totp::step(now), totp::DIGITS);
    let on = post_form(&app.url("/account/two-factor"), &[("code", &code)], &h).await;
    assert_eq!(on.status, 200, "{}", on.body);
    assert!(on.body.contains("Your recovery codes"));
    let recovery: Vec<String> = on
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_string())
        .collect();
    assert_eq!(recovery.len(), 10, "{}", on.body);
    assert_eq!(get_as("/msq/2020/MAR", cookie.clone()).await.status, 200);

    // Signing in now asks for the code after the password.
    let first = post_form(
        &form,
        &[
            ("email", "analyst@un.org"),
            ("password", "reviewer pass phrase"),
            ("next", "/msq/2020/MAR"),
        ],
        &[],
    )
    .await;
    assert_eq!(first.status, 303);
    assert!(
        first.location().starts_with("/sign-in/code?next="),
        "{}",
        first.location()
    );
    let pending = cookie_of(&first);
    assert!(
        pending.starts_with("msq_pending=") && pending.contains("SameSite=Strict"),
        "{pending}"
    );
    let pending = pending.split(';').next().unwrap().to_string();
    let code_url = app.url("/sign-in/code");
    assert_eq!(
        crate::support::request_with("GET", &code_url, &[("cookie", &pending)])
            .await
            .status,
        200
    );
    let bad = post_form(
        &code_url,
        &[("code", "123456"), ("next", "/msq/2020/MAR")],
        &[("cookie", &pending)],
    )
    .await;
    assert_eq!(bad.status, 401);
    assert!(bad.body.contains("The code is not right."));
    // The code used to turn it on does not work twice.
    let replay = post_form(&code_url, &[("code", &code)], &[("cookie", &pending)]).await;
    assert_eq!(replay.status, 401);
    let next = totp::code_at(&secret, totp::step(now) + 1, totp::DIGITS);
    let signed = post_form(
        &code_url,
        &[("code", &next), ("next", "/msq/2020/MAR")],
        &[("cookie", &pending)],
    )
    .await;
    assert_eq!(
        (signed.status, signed.location().as_str()),
        (303, "/msq/2020/MAR")
    );
    let set: Vec<String> = signed
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(set.iter().any(|c| c.starts_with("msq_session=")), "{set:?}");
    assert!(
        set.iter().any(|c| c.starts_with("msq_pending=;")),
        "{set:?}"
    );

    // A recovery code works once.
    let use_recovery = |c: String| {
        let (form, code_url, code) = (form.clone(), code_url.clone(), c);
        async move {
            let first = post_form(
                &form,
                &[
                    ("email", "analyst@un.org"),
                    ("password", "reviewer pass phrase"),
                ],
                &[],
            )
            .await;
            let pending = cookie_of(&first).split(';').next().unwrap().to_string();
            post_form(&code_url, &[("code", &code)], &[("cookie", &pending)])
                .await
                .status
        }
    };
    assert_eq!(use_recovery(recovery[0].clone()).await, 303);
    assert_eq!(use_recovery(recovery[0].clone()).await, 401);
    // Without the password step there is nothing to complete.
    let none = post_form(&code_url, &[("code", &next)], &[]).await;
    assert_eq!(none.status, 401);
    app.stop().await;
}

use crate::support::mailed_link;

#[tokio::test]
async fn un_desa_invites_people_and_anyone_can_reset_a_password() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let admin = app.cookie_as(Role::Admin, None).await;
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let respondent = app.cookie_as(Role::Respondent, Some("MAR")).await;
    let invite = app.url("/admin/invite");
    let as_ = |c: &str| [("cookie", c.to_string())];

    let page = crate::support::request_with("GET", &invite, &[("cookie", &admin)]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("value=\"admin\""));
    let reviewer_page =
        crate::support::request_with("GET", &invite, &[("cookie", &reviewer)]).await;
    assert!(
        !reviewer_page.body.contains("value=\"admin\""),
        "reviewers invite country roles only"
    );
    assert_eq!(
        crate::support::request_with("GET", &invite, &[("cookie", &respondent)])
            .await
            .status,
        403
    );
    let anonymous = crate::support::get(&invite).await;
    assert_eq!(anonymous.status, 303);
    assert!(anonymous.location().starts_with("/sign-in?next="));

    // Reviewers invite for the Member States assigned to them.
    app.assign_reviewer("MAR").await;
    let h = as_(&reviewer);
    let h: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = post_form(
        &invite,
        &[
            ("email", "New.CIO@gov.ma"),
            ("name", "Nadia"),
            ("role", "respondent"),
            ("country", "MAR"),
        ],
        &h,
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("new.cio@gov.ma was invited."));
    let refused = post_form(&invite, &[("email", "boss@un.org"), ("role", "admin")], &h).await;
    assert_eq!(refused.status, 422);
    let bad = post_form(
        &invite,
        &[
            ("email", "not an address"),
            ("role", "respondent"),
            ("country", "MAR"),
        ],
        &h,
    )
    .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("is not an e-mail address"),
        "{}",
        bad.body
    );
    let twice = post_form(
        &invite,
        &[
            ("email", "new.cio@gov.ma"),
            ("role", "respondent"),
            ("country", "MAR"),
        ],
        &h,
    )
    .await;
    assert_eq!(twice.status, 422);
    assert!(twice.body.contains("there is already an account"));
    let no_country = post_form(
        &invite,
        &[("email", "x@gov.ma"), ("role", "focal_point")],
        &h,
    )
    .await;
    assert_eq!(no_country.status, 422);

    // The invitation waits in the outbox; administrators read it.
    let outbox =
        crate::support::request_with("GET", &app.url("/admin/outbox"), &[("cookie", &admin)]).await;
    assert_eq!(outbox.status, 200);
    assert!(outbox
        .body
        .contains("You are invited to the Member States Questionnaire"));
    assert_eq!(
        crate::support::request_with("GET", &app.url("/admin/outbox"), &[("cookie", &reviewer)])
            .await
            .status,
        403
    );
    let link = mailed_link(&app, "new.cio@gov.ma").await;
    assert!(link.starts_with(&app.base), "{link}");
    let set = post_form(
        &link,
        &[
            ("password", "nadia's long phrase"),
            ("confirm", "nadia's long phrase"),
        ],
        &[],
    )
    .await;
    assert_eq!(set.status, 303);
    let cookie = cookie_of(&set).split(';').next().unwrap().to_string();
    assert_eq!(
        crate::support::request_with("GET", &app.url("/msq/2020/MAR"), &[("cookie", &cookie)])
            .await
            .status,
        200
    );
    assert_eq!(
        crate::support::request_with("GET", &app.url("/msq/2020/FRA"), &[("cookie", &cookie)])
            .await
            .status,
        403
    );

    // Forgot the password: the same answer for a known and an unknown
    // address; only the known one gets a link.
    let known = post_form(&app.url("/reset"), &[("email", "new.cio@gov.ma")], &[]).await;
    let unknown = post_form(&app.url("/reset"), &[("email", "nobody@gov.ma")], &[]).await;
    assert_eq!((known.status, unknown.status), (200, 200));
    assert!(known
        .body
        .contains("If there is an account for this address"));
    assert!(unknown
        .body
        .contains("If there is an account for this address"));
    // The reset mail is sent after the answer (same timing for both).
    let mut reset = link.clone();
    for _ in 0..100 {
        reset = mailed_link(&app, "new.cio@gov.ma").await;
        if reset != link {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_ne!(reset, link);
    let mails = server::mail::latest(&app.state.db, 50).await.unwrap();
    assert!(!mails.iter().any(|m| m.recipient == "nobody@gov.ma"));
    let renewed = post_form(
        &reset,
        &[
            ("password", "a brand new phrase"),
            ("confirm", "a brand new phrase"),
        ],
        &[],
    )
    .await;
    assert_eq!(renewed.status, 303);
    // The new password ended the old session.
    assert_eq!(
        crate::support::request_with("GET", &app.url("/msq/2020/MAR"), &[("cookie", &cookie)])
            .await
            .status,
        303
    );
    let signed = post_form(
        &app.url("/sign-in"),
        &[
            ("email", "new.cio@gov.ma"),
            ("password", "a brand new phrase"),
        ],
        &[],
    )
    .await;
    assert_eq!(signed.status, 303);
    app.stop().await;
}

/// With an SMTP server configured, the invitation goes out through it (a
/// real one: aiosmtpd, writing what it receives to a Maildir) and is still
/// kept in the outbox, marked sent.
#[tokio::test]
async fn with_an_smtp_server_invitations_are_sent() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let maildir = dir.path().join("Maildir");
    let python = crate::support::workspace_root().join("target/tools/venv/bin/python");
    let mut smtp = std::process::Command::new(python)
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(&maildir)
        .spawn()
        .expect("aiosmtpd (scripts/setup.sh --test installs it)");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let app = TestApp::spawn_with(Backend::Sqlite, |c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    })
    .await;
    let admin = app.cookie_as(Role::Admin, None).await;
    let r = post_form(
        &app.url("/admin/invite"),
        &[
            ("email", "focal@gov.ma"),
            ("name", "Fatima"),
            ("role", "focal_point"),
            ("country", "MAR"),
        ],
        &[("cookie", &admin)],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let mails = server::mail::latest(&app.state.db, 10).await.unwrap();
    let kept = mails
        .iter()
        .find(|m| m.recipient == "focal@gov.ma")
        .unwrap();
    assert!(kept.sent_at.is_some(), "not sent: {:?}", kept.error);
    // What the SMTP server received: the message with the link.
    let received: Vec<String> = std::fs::read_dir(maildir.join("new"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(received.len(), 1);
    let mail = &received[0];
    assert!(mail.contains("To: focal@gov.ma"), "{mail}");
    assert!(
        mail.contains("Subject: You are invited to the Member States Questionnaire"),
        "{mail}"
    );
    assert!(mail.contains(&format!("{}/link/", app.base)), "{mail}");
    smtp.kill().ok();
    smtp.wait().ok();
    app.stop().await;
}

#[tokio::test]
async fn administrators_disable_accounts_and_read_un_desa_s_own_trail() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let db = &app.state.db;
    let admin = app.cookie_as(Role::Admin, None).await;
    let reviewer = app.cookie_as(Role::Reviewer, None).await;
    let u = users::create(db, "cio@gov.pe", "Pedro", Role::Respondent, Some("PER"))
        .await
        .unwrap();
    users::set_password(db, u.id, "peru pass phrase")
        .await
        .unwrap();
    let signed = post_form(
        &app.url("/sign-in"),
        &[("email", "cio@gov.pe"), ("password", "peru pass phrase")],
        &[],
    )
    .await;
    let pedro = cookie_of(&signed).split(';').next().unwrap().to_string();
    let get_with = |path: &str, c: &str| {
        let (url, c) = (app.url(path), c.to_string());
        async move { crate::support::request_with("GET", &url, &[("cookie", &c)]).await }
    };
    assert_eq!(get_with("/msq/2020/PER", &pedro).await.status, 200);

    let list = get_with("/admin/users", &admin).await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("cio@gov.pe"), "{}", list.body);
    assert_eq!(get_with("/admin/users", &reviewer).await.status, 403);
    // Disabling ends the sessions at once and stops sign-in.
    let off = post_form(
        &app.url(&format!("/admin/users/{}/disable", u.id)),
        &[],
        &[("cookie", &admin)],
    )
    .await;
    assert_eq!((off.status, off.location().as_str()), (303, "/admin/users"));
    assert_eq!(get_with("/msq/2020/PER", &pedro).await.status, 303);
    let refused = post_form(
        &app.url("/sign-in"),
        &[("email", "cio@gov.pe"), ("password", "peru pass phrase")],
        &[],
    )
    .await;
    assert_eq!(refused.status, 401);
    let on = post_form(
        &app.url(&format!("/admin/users/{}/enable", u.id)),
        &[],
        &[("cookie", &admin)],
    )
    .await;
    assert_eq!(on.status, 303);
    let again = post_form(
        &app.url("/sign-in"),
        &[("email", "cio@gov.pe"), ("password", "peru pass phrase")],
        &[],
    )
    .await;
    assert_eq!(again.status, 303);
    // Not one's own account; unknown ids and actions are 404.
    let me = users::find_by_email(db, "admin-un@test.example")
        .await
        .unwrap()
        .unwrap();
    let self_off = post_form(
        &app.url(&format!("/admin/users/{}/disable", me.id)),
        &[],
        &[("cookie", &admin)],
    )
    .await;
    assert_eq!(self_off.status, 422);
    assert!(self_off
        .body
        .contains("You cannot disable your own account."));
    assert_eq!(
        post_form(
            &app.url("/admin/users/999999/disable"),
            &[],
            &[("cookie", &admin)]
        )
        .await
        .status,
        404
    );
    assert_eq!(
        post_form(
            &app.url(&format!("/admin/users/{}/delete", u.id)),
            &[],
            &[("cookie", &admin)]
        )
        .await
        .status,
        404
    );
    assert_eq!(
        post_form(
            &app.url("/admin/users/x/disable"),
            &[],
            &[("cookie", &admin)]
        )
        .await
        .status,
        404
    );

    // UN DESA's own trail: a failed sign-in on an address without a
    // Member State is there, for reviewers too; the disabling is in Peru's.
    post_form(
        &app.url("/sign-in"),
        &[("email", "someone@un.org"), ("password", "wrong")],
        &[],
    )
    .await;
    let staff = get_with("/admin/audit", &reviewer).await;
    assert_eq!(staff.status, 200);
    assert!(
        staff.body.contains("someone@un.org") && staff.body.contains("Sign-in failed"),
        "{}",
        staff.body
    );
    let csv = get_with("/admin/audit.csv", &reviewer).await;
    assert!(csv.bytes.starts_with(b"\xEF\xBB\xBF"));
    assert!(csv.body.contains("sign_in_failed"));
    let peru = get_with("/msq/2020/PER/audit", &admin).await;
    assert!(
        peru.body.contains("Account disabled") && peru.body.contains("Account enabled"),
        "{}",
        peru.body
    );
    let pedro_again = cookie_of(&again).split(';').next().unwrap().to_string();
    assert_eq!(get_with("/admin/audit", &pedro_again).await.status, 403);
    app.stop().await;
}
