//! `skattedeling-backend --config FILE`
//!
//! Reads and checks the configuration (any fault stops it here, with the file, line and key), then
//! serves the connection-test contract. The first line on stdout names the address it listens on;
//! logs are JSON lines on stderr, filtered by `RUST_LOG` (default `info`). SIGTERM or Ctrl-C stops it
//! after the tests in flight.

use skattedeling_backend::config::{self, Config};
use skattedeling_backend::credentials::Identity;
use skattedeling_backend::maskinporten::unix_now;
use skattedeling_backend::run::Limits;
use std::path::PathBuf;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

const USAGE: &str = "bruk: skattedeling-backend --config FIL\n\
                     Se backend/README.md og backend/backend.example.toml.";

fn config_path() -> Result<PathBuf, String> {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--config" => {
                path = Some(
                    args.next()
                        .ok_or(format!("--config mangler en fil\n{USAGE}"))?,
                )
            }
            "-V" | "--version" => {
                return Err(format!(
                    "skattedeling-backend {}",
                    env!("CARGO_PKG_VERSION")
                ))
            }
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("ukjent valg {other}\n{USAGE}")),
        }
    }
    path.map(PathBuf::from)
        .ok_or(format!("--config mangler\n{USAGE}"))
}

/// What an operator should hear about before the first test: a certificate that has expired, is
/// about to, or belongs to the other environment.
fn warn_about_certificates(config: &Config) {
    let now = unix_now();
    for env in &config.environments {
        let Identity::Certificate { about, .. } = &env.credential.identity else {
            continue;
        };
        let days_left = (about.not_after - now) / 86_400;
        if about.expired(now) {
            tracing::warn!(
                miljo = env.environment.answer(),
                "virksomhetssertifikatet er utløpt"
            );
        } else if days_left < 30 {
            tracing::warn!(
                miljo = env.environment.answer(),
                dager_igjen = days_left,
                "virksomhetssertifikatet går snart ut"
            );
        }
        if about.environment() != env.environment {
            tracing::warn!(
                miljo = env.environment.answer(),
                utsteder = %about.issuer,
                "virksomhetssertifikatet ser ut til å høre til det andre miljøet"
            );
        }
    }
}

async fn stopped() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
    tracing::info!("stopper: lar testene som kjører, bli ferdige");
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let path = match config_path() {
        Ok(p) => p,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let config = match config::load(&path, &|name| std::env::var(name).ok()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("skattedeling-backend starter ikke: {e}");
            return ExitCode::from(2);
        }
    };
    warn_about_certificates(&config);
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "skattedeling-backend starter ikke: kan ikke lytte på {}: {e}",
                config.listen
            );
            return ExitCode::FAILURE;
        }
    };
    let address = listener
        .local_addr()
        .map_or(config.listen.to_string(), |a| a.to_string());
    let environments: Vec<&str> = config
        .environments
        .iter()
        .map(|e| e.environment.answer())
        .collect();
    println!(
        "skattedeling-backend lytter på http://{address} (miljøer: {}; CORS for {})",
        environments.join(", "),
        config.allowed_origins.join(", ")
    );
    tracing::info!(adresse = %address, miljoer = %environments.join(","), "startet");
    match skattedeling_backend::serve(&config, Limits::default(), listener, stopped()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("skattedeling-backend stoppet: {e}");
            ExitCode::FAILURE
        }
    }
}
