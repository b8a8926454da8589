//! Seeds the review benchmark: 193 complete responses (the fixture's
//! answers, under every Member State's code), submitted or (with `draft`)
//! left as drafts, in the database of the environment's configuration
//! (MSQ_DATA_DIR / DATABASE_URL), and a signed-in UN DESA reviewer. Prints
//! the reviewer's session cookie. Used by scripts/bench/review.sh.
//!
//!   review_seed FIXTURE.json [submitted|draft]

#[tokio::main]
async fn main() {
    let fixture = std::env::args()
        .nth(1)
        .expect("usage: review_seed FIXTURE.json");
    let text = std::fs::read_to_string(&fixture).expect("the fixture");
    let submit = std::env::args().nth(2).as_deref() != Some("draft");
    let config = server::config::Config::from_env().expect("MSQ_DATA_DIR / DATABASE_URL");
    let db = server::db::connect(&config.database_url)
        .await
        .expect("database");
    let editions = app::questionnaire::loader::load_dir(&config.editions_dir).expect("editions");
    let saver = server::drafts::Saver::start(db.clone());
    let original: serde_json::Value = serde_json::from_str(&text).unwrap();
    let iso3 = original["member_state"].as_str().unwrap().to_string();
    for state in app::member_states::all() {
        let file = text.replace(&format!("\"{iso3}\""), &format!("\"{}\"", state.iso3));
        server::response_file::import(&saver, &editions, &file, "bench")
            .await
            .expect("import");
        if !submit {
            continue;
        }
        let edition = editions.iter().find(|e| e.id == "2020").unwrap();
        let response = server::drafts::store::response_for(&db, "2020", &state.iso3)
            .await
            .unwrap();
        match server::submissions::submit(&db, &editions, edition, &response, "bench").await {
            Ok(_) => {}
            Err(e) => panic!("{}: {e}", state.iso3),
        }
    }
    let email = "bench-reviewer@test.example";
    let user = match server::accounts::users::find_by_email(&db, email)
        .await
        .unwrap()
    {
        Some(u) => u,
        None => server::accounts::users::create(
            &db,
            email,
            "Bench Reviewer",
            server::accounts::Role::Reviewer,
            None,
        )
        .await
        .unwrap(),
    };
    use server::accounts::{totp, two_factor};
    if let Some(secret) = two_factor::start_enrolment(&db, user.id).await.unwrap() {
        let now = chrono::Utc::now().timestamp();
        let code = totp::code_at(&secret, totp::step(now), totp::DIGITS);
        two_factor::confirm(&db, user.id, &code, now)
            .await
            .unwrap()
            .expect("the current code confirms");
    }
    let token = server::accounts::sessions::create(&db, user.id)
        .await
        .unwrap();
    println!("{}={token}", server::accounts::sessions::COOKIE);
}
