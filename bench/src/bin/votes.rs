//! Votes per second through the feedback service on this machine, against SQLite in a temporary
//! folder: first the store alone (one UPSERT per vote, as the service makes), then the whole HTTP
//! route on loopback (origin check, rate limiter, JSON, `spawn_blocking`, the UPSERT) with C clients
//! at once. The rate limit is lifted for the run (every client is 127.0.0.1). A figure, not a
//! verdict.
//!
//! `cargo run --release -p skattedeling-bench --bin votes [votes] [concurrent]`

use skattedeling_backend::config::{Database, FeedbackConfig};
use skattedeling_backend::feedback::store::{self, Subject};
use skattedeling_backend::feedback::{self, Options, RateLimits, Service, TARGETS};
use skattedeling_backend::listen;
use skattedeling_core::feedback::VOTE_PATH;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

const ORIGIN: &str = "http://127.0.0.1:8080";

fn arg(n: usize, default: usize) -> usize {
    std::env::args()
        .nth(n)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

/// The store alone: `votes` UPSERTs over a spread of targets.
fn store_alone(database: &Database, votes: usize) -> Result<f64, String> {
    let s = store::open(database).map_err(|e| e.to_string())?;
    let week = feedback::week::IsoWeek::of(time::OffsetDateTime::now_utc().date());
    let started = Instant::now();
    for i in 0..votes {
        let subject = Subject {
            target: TARGETS[i % TARGETS.len()].0.to_string(),
            revision: "1a2b3c4d".into(),
            lang: "nb".into(),
        };
        s.vote(week, &subject, !i.is_multiple_of(3))
            .map_err(|e| e.to_string())?;
    }
    Ok(votes as f64 / started.elapsed().as_secs_f64())
}

/// The HTTP route: `votes` POSTs, `concurrent` at a time; votes per second and the failures.
async fn over_http(
    database: Database,
    votes: usize,
    concurrent: usize,
) -> Result<(f64, usize), String> {
    let config = FeedbackConfig {
        database,
        report_token: None,
        behind_proxy: false,
        origins: vec![ORIGIN.into()],
    };
    let lifted = RateLimits {
        votes_per_minute: u32::MAX,
        ..RateLimits::default()
    };
    let options = Options {
        rate_limits: lifted,
        ..Options::default()
    };
    let service = Service::start(&config, options)
        .await
        .map_err(|e| e.to_string())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let url = format!(
        "http://{}{VOTE_PATH}",
        listener.local_addr().map_err(|e| e.to_string())?
    );
    tokio::spawn(listen::serve(
        listener,
        feedback::router(service),
        listen::Connections::default(),
        std::future::pending(),
    ));
    let http = skattedeling_backend::upstream::client();
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrent)
        .map(|_| tokio::spawn(client(http.clone(), url.clone(), next.clone(), votes)))
        .collect();
    let mut failed = 0;
    for w in workers {
        failed += w.await.map_err(|e| e.to_string())?;
    }
    Ok((votes as f64 / started.elapsed().as_secs_f64(), failed))
}

/// One client: takes the next vote until `votes` are sent; how many did not get 204.
async fn client(http: reqwest::Client, url: String, next: Arc<AtomicUsize>, votes: usize) -> usize {
    let mut failed = 0;
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= votes {
            return failed;
        }
        let body = format!(
            r#"{{"mal":"{}","revisjon":"1a2b3c4d","sprak":"nb","svar":"{}","nettside":""}}"#,
            TARGETS[i % TARGETS.len()].0,
            if i.is_multiple_of(3) { "nei" } else { "ja" }
        );
        let sent = http
            .post(&url)
            .header("Content-Type", "application/json")
            .header("Origin", ORIGIN)
            .body(body)
            .send()
            .await;
        if !matches!(sent, Ok(r) if r.status().as_u16() == 204) {
            failed += 1;
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let (votes, concurrent) = (arg(1, 20_000), arg(2, 32));
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("votes: no temporary folder");
        return ExitCode::FAILURE;
    };
    let alone = Database::Sqlite(dir.path().join("alone.sqlite"));
    let http = Database::Sqlite(dir.path().join("http.sqlite"));
    let store_rate = tokio::task::spawn_blocking(move || store_alone(&alone, votes)).await;
    let result = match store_rate {
        Ok(Ok(rate)) => over_http(http, votes, concurrent).await.map(|h| (rate, h)),
        Ok(Err(e)) => Err(e),
        Err(e) => Err(e.to_string()),
    };
    match result {
        Ok((rate, (http_rate, failed))) => {
            println!("feedback votes against SQLite (WAL), {votes} votes:");
            println!("  store alone:          {rate:>8.0} votes/s");
            println!(
                "  HTTP, {concurrent:>2} at once:     {http_rate:>8.0} votes/s ({failed} not 204)"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("votes: {e}");
            ExitCode::FAILURE
        }
    }
}
