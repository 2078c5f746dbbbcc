//! `skattedeling-backend --config FILE`
//! `skattedeling-backend report --config FILE --since 2026-W40 [--out DIR] [--with-suspected]`
//!
//! Reads and checks the configuration (any fault stops it here, with the file, line and key), then
//! serves the connection-test contract. The first line on stdout names the address it listens on;
//! logs are JSON lines on stderr, filtered by `RUST_LOG` (default `info`). SIGTERM or Ctrl-C stops it
//! after the tests in flight. `report` writes the feedback report as HTML and CSV and names the files.

use skattedeling_backend::config::{self, Config};
use skattedeling_backend::credentials::Identity;
use skattedeling_backend::feedback::report::{self, Report};
use skattedeling_backend::feedback::store;
use skattedeling_backend::feedback::week::IsoWeek;
use skattedeling_backend::feedback::{self, Service};
use skattedeling_backend::maskinporten::unix_now;
use skattedeling_backend::run::Limits;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

const USAGE: &str = "bruk: skattedeling-backend --config FIL\n\
                     \x20     skattedeling-backend report --config FIL --since 2026-W40 [--out MAPPE] [--with-suspected]\n\
                     Se backend/README.md og backend/backend.example.toml.";

/// What the command line asks for.
enum Command {
    Serve(PathBuf),
    Report {
        config: PathBuf,
        since: IsoWeek,
        out: PathBuf,
        with_suspected: bool,
    },
}

fn command() -> Result<Command, String> {
    let mut args = std::env::args().skip(1).peekable();
    let report = args.peek().is_some_and(|a| a == "report");
    if report {
        args.next();
    }
    let mut path = None;
    let (mut since, mut out, mut with_suspected) = (None, PathBuf::from("."), false);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or(format!("{name} mangler en verdi\n{USAGE}"))
        };
        match arg.as_str() {
            "--config" => path = Some(PathBuf::from(value("--config")?)),
            "--since" if report => {
                let w = value("--since")?;
                since = Some(
                    IsoWeek::parse(&w)
                        .ok_or(format!("--since {w}: skriv en ISO-uke som 2026-W40"))?,
                )
            }
            "--out" if report => out = PathBuf::from(value("--out")?),
            "--with-suspected" if report => with_suspected = true,
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
    let config = path.ok_or(format!("--config mangler\n{USAGE}"))?;
    if !report {
        return Ok(Command::Serve(config));
    }
    Ok(Command::Report {
        config,
        since: since.ok_or(format!("--since mangler\n{USAGE}"))?,
        out,
        with_suspected,
    })
}

/// `report`: reads the store `[feedback]` names and writes the two files.
fn report(config: &Path, since: IsoWeek, out: &Path, with_suspected: bool) -> ExitCode {
    let feedback = match config::load_feedback(config) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("skattedeling-backend report: {e}");
            return ExitCode::from(2);
        }
    };
    let until = IsoWeek::of(time::OffsetDateTime::now_utc().date());
    let written = store::open(&feedback.database)
        .and_then(|s| Report::read(s.as_ref(), since, until, with_suspected))
        .map_err(|e| e.to_string())
        .and_then(|r| report::write_files(&r, out).map_err(|e| format!("{}: {e}", out.display())));
    match written {
        Ok((html, csv)) => {
            println!("{}\n{}", html.display(), csv.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("skattedeling-backend report: {e}");
            ExitCode::FAILURE
        }
    }
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

/// The feedback service, when the configuration has `[feedback]`; a fault there stops the start.
async fn start_feedback(config: &Config) -> Result<Option<Arc<Service>>, ExitCode> {
    let Some(f) = &config.feedback else {
        return Ok(None);
    };
    match Service::start(f, feedback::Options::default()).await {
        Ok(service) => {
            println!(
                "skattedeling-backend tar imot tilbakemeldinger ({})",
                f.database.kind()
            );
            Ok(Some(service))
        }
        Err(e) => {
            eprintln!("skattedeling-backend starter ikke: tilbakemeldinger: {e}");
            Err(ExitCode::from(2))
        }
    }
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
    let path = match command() {
        Ok(Command::Serve(p)) => p,
        Ok(Command::Report {
            config,
            since,
            out,
            with_suspected,
        }) => return report(&config, since, &out, with_suspected),
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
    let feedback = match start_feedback(&config).await {
        Ok(f) => f,
        Err(code) => return code,
    };
    let serving =
        skattedeling_backend::serve_with(&config, Limits::default(), feedback, listener, stopped());
    match serving.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("skattedeling-backend stoppet: {e}");
            ExitCode::FAILURE
        }
    }
}
