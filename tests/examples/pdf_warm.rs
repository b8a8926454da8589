//! The server's PDF path, warm: fonts and signing key loaded once (as in
//! `msq serve`), then the fully answered response rendered and signed RUNS
//! times. Prints the median and the fastest time. Used by
//! scripts/bench/pdf.sh.
//!
//!   pdf_warm RESPONSE_FILE DATA_DIR [RUNS=50]

use server::config::Config;
use server::response_file::ResponseFile;
use server::submissions::signed_pdf::PdfService;
use std::time::Instant;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (file, data) = match (args.get(1), args.get(2)) {
        (Some(f), Some(d)) => (f.clone(), d.clone()),
        _ => panic!("usage: pdf_warm RESPONSE_FILE DATA_DIR [RUNS]"),
    };
    let runs: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(50);
    let config = Config::from_lookup(|k| match k {
        "MSQ_DATA_DIR" => Some(data.clone()),
        other => std::env::var(other).ok(),
    })
    .unwrap();
    let editions = app::questionnaire::loader::load_dir(&config.editions_dir).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let response: ResponseFile = serde_json::from_str(&text).unwrap();
    let edition = editions.iter().find(|e| e.id == response.edition).unwrap();
    let service = PdfService::start(&config).unwrap();
    let mut times = Vec::with_capacity(runs);
    let mut size = 0;
    for _ in 0..runs + 1 {
        let t = Instant::now();
        let pdf = service
            .make(edition, &response, chrono::Utc::now())
            .await
            .unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        size = pdf.len();
    }
    // The first run warms caches; the figures are of the others.
    times.remove(0);
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "median_ms={:.2} min_ms={:.2} runs={} bytes={}",
        times[times.len() / 2],
        times[0],
        runs,
        size
    );
}
