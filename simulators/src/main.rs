//! `skattedeling-simulators --keys DIR [--fixture FILE] [--listen 127.0.0.1:8790]`
//!
//! Makes fresh test key material in DIR, then plays Maskinporten, Enhetsregisteret and Summert
//! skattegrunnlag on loopback from the fixture (the standard one when none is given). The first line
//! on stdout names the address; Ctrl-C or SIGTERM stops it.

use skattedeling_simulators::fixture::Fixture;
use skattedeling_simulators::keys::KeyMaterial;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

const USAGE: &str =
    "bruk: skattedeling-simulators --keys MAPPE [--fixture FIL] [--listen 127.0.0.1:8790]";

struct Args {
    keys: PathBuf,
    fixture: Fixture,
    listen: SocketAddr,
}

fn parse_args() -> Result<Args, String> {
    let mut keys = None;
    let mut fixture = None;
    let mut listen: SocketAddr = "127.0.0.1:8790".parse().expect("a valid address");
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || {
            args.next()
                .ok_or(format!("{flag} mangler en verdi\n{USAGE}"))
        };
        match flag.as_str() {
            "--keys" => keys = Some(PathBuf::from(value()?)),
            "--fixture" => {
                let path = value()?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("kunne ikke lese {path}: {e}"))?;
                fixture = Some(Fixture::parse(&text, &path).map_err(|e| e.to_string())?);
            }
            "--listen" => {
                listen = value()?
                    .parse()
                    .map_err(|_| "--listen må være en adresse som 127.0.0.1:8790")?
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("ukjent valg {other}\n{USAGE}")),
        }
    }
    if !listen.ip().is_loopback() {
        return Err("simulatorene lytter bare på loopback (127.0.0.1 eller ::1)".into());
    }
    Ok(Args {
        keys: keys.ok_or(format!("--keys mangler\n{USAGE}"))?,
        fixture: fixture.unwrap_or_else(Fixture::standard),
        listen,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let made = KeyMaterial::generate(&args.fixture).and_then(|k| {
        k.write(&args.keys)?;
        Ok(k)
    });
    let keys = match made {
        Ok(k) => Arc::new(k),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let simulators = match skattedeling_simulators::start(args.fixture, keys, args.listen).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("Simulatorene fikk ikke lytte på {}: {e}", args.listen);
            return ExitCode::FAILURE;
        }
    };
    println!(
        "Simulatorene lytter på {} (nøkler i {})",
        simulators.url,
        args.keys.display()
    );
    wait_for_stop().await;
    ExitCode::SUCCESS
}

async fn wait_for_stop() {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
            return;
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
