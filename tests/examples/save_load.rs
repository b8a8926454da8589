//! Save load generator: N concurrent writers, each a different Member State,
//! autosave the same page over and over for D seconds, each save building on
//! the revision marker the previous one returned (as the browser does).
//! Prints saves/s and latency percentiles. Used by scripts/bench/save.sh.
//!
//!   save_load BASE_URL [WRITERS=64] [SECONDS=10]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = args
        .get(1)
        .expect("usage: save_load BASE_URL [WRITERS] [SECONDS]")
        .clone();
    let writers: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(64);
    let secs: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let countries: Vec<String> = app::member_states::all()
        .iter()
        .take(writers)
        .map(|m| m.iso3.clone())
        .collect();
    // Each writer is a signed-in respondent of its Member State: accounts
    // and sessions are made directly in the server's database (the
    // configuration comes from the same environment as the server's).
    let config = server::config::Config::from_env().expect("MSQ_DATA_DIR / DATABASE_URL");
    let db = server::db::connect(&config.database_url)
        .await
        .expect("database");
    let mut cookies = std::collections::HashMap::new();
    for iso3 in &countries {
        let email = format!("load-{}@test.example", iso3.to_lowercase());
        let user = match server::accounts::users::find_by_email(&db, &email)
            .await
            .unwrap()
        {
            Some(u) => u,
            None => server::accounts::users::create(
                &db,
                &email,
                "Load",
                server::accounts::Role::Respondent,
                Some(iso3),
            )
            .await
            .unwrap(),
        };
        let token = server::accounts::sessions::create(&db, user.id)
            .await
            .unwrap();
        cookies.insert(
            iso3.clone(),
            format!("{}={token}", server::accounts::sessions::COOKIE),
        );
    }
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(writers)
        .build_http::<Full<Bytes>>();
    let deadline = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for iso3 in countries {
        let client = client.clone();
        let url = format!("{base}/msq/2020/{iso3}/social-media");
        let cookie = cookies[&iso3].clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0u64;
            // No answer yet: revision 0 and the fingerprint of "no value".
            let mut marker = format!(
                "0:{}",
                app::questionnaire::answer::fingerprint(&serde_json::Value::Null)
            );
            let mut n = 0u64;
            while Instant::now() < deadline {
                n += 1;
                let text = format!("Answer typed by {iso3}, keystroke {n}");
                let body = form_urlencoded::Serializer::new(String::new())
                    .append_pair("_base.q14", &marker)
                    .append_pair("q14", &text)
                    .append_pair("_action", "autosave")
                    .finish();
                let req = hyper::Request::post(&url)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("accept", "application/json")
                    // As the browser's autosave does (CSRF check).
                    .header("sec-fetch-site", "same-origin")
                    .header("cookie", &cookie)
                    .body(Full::new(Bytes::from(body)))
                    .unwrap();
                let t = Instant::now();
                let res = client.request(req).await;
                let ok = match res {
                    Ok(r) if r.status() == 200 => {
                        let bytes = r.into_body().collect().await.unwrap().to_bytes();
                        let reply: serde_json::Value =
                            serde_json::from_slice(&bytes).unwrap_or_default();
                        match reply["saved"]["q14"].as_str() {
                            Some(m) => {
                                marker = m.to_string();
                                true
                            }
                            None => false,
                        }
                    }
                    Ok(r) => {
                        let status = r.status();
                        let bytes = r.into_body().collect().await.unwrap().to_bytes();
                        if std::env::var_os("SAVE_LOAD_VERBOSE").is_some() {
                            eprintln!("{iso3}: {status} {}", String::from_utf8_lossy(&bytes));
                        }
                        false
                    }
                    Err(e) => {
                        if std::env::var_os("SAVE_LOAD_VERBOSE").is_some() {
                            eprintln!("{iso3}: {e}");
                        }
                        false
                    }
                };
                if ok {
                    latencies.push(t.elapsed());
                } else {
                    errors += 1;
                }
            }
            (latencies, errors)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await.unwrap();
        all.extend(l);
        errors += e;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| {
        all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)))
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    };
    println!(
        "writers={writers} seconds={elapsed:.1} saves={} saves_per_s={:.0} p50_ms={:.1} p99_ms={:.1} max_ms={:.1} errors={errors}",
        all.len(),
        all.len() as f64 / elapsed,
        pct(0.50),
        pct(0.99),
        all.last().map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0),
    );
}
