//! `skattedeling-testbackend --backend URL [--host H] [--port P] [--allow-origin ORIGIN]… [--slow-seconds N]`
//!
//! Serves the connection-test contract on http://H:P (default 127.0.0.1:8787) in front of the real
//! backend at URL: three organisation numbers get what only a broken backend does, everything else
//! is passed on. Prints the address it listens on first, so a caller that asked for port 0 learns it.

use skattedeling_testbackend::{router, Settings};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str =
    "bruk: skattedeling-testbackend --backend http://127.0.0.1:8788 [--host 127.0.0.1] \
                     [--port 8787] [--allow-origin http://127.0.0.1:8080]… [--slow-seconds 30]";

struct Args {
    host: String,
    port: u16,
    origins: Vec<String>,
    settings: Settings,
}

fn parse_args() -> Result<Args, String> {
    let (mut host, mut port, mut slow) = ("127.0.0.1".to_string(), 8787, 30);
    let (mut origins, mut backend) = (Vec::new(), None);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || {
            args.next()
                .ok_or(format!("{flag} mangler en verdi\n{USAGE}"))
        };
        match flag.as_str() {
            "--backend" => backend = Some(value()?.trim_end_matches('/').to_string()),
            "--host" => host = value()?,
            "--port" => port = value()?.parse().map_err(|_| "--port må være et tall")?,
            "--allow-origin" => origins.push(value()?.trim_end_matches('/').to_string()),
            "--slow-seconds" => {
                slow = value()?
                    .parse()
                    .map_err(|_| "--slow-seconds må være et tall")?
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("ukjent valg {other}\n{USAGE}")),
        }
    }
    if origins.is_empty() {
        origins = vec![
            "http://127.0.0.1:8080".into(),
            "http://localhost:8080".into(),
        ];
    }
    Ok(Args {
        host,
        port,
        origins,
        settings: Settings {
            backend: backend.ok_or(format!("--backend mangler\n{USAGE}"))?,
            slow: Duration::from_secs(slow),
        },
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
    let listener = match tokio::net::TcpListener::bind((args.host.as_str(), args.port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "Testdobbelen fikk ikke lytte på {}:{}: {e}",
                args.host, args.port
            );
            return ExitCode::FAILURE;
        }
    };
    let address = listener
        .local_addr()
        .map_or(String::new(), |a| a.to_string());
    println!(
        "Testdobbelen lytter på http://{address} foran {} (CORS for {})",
        args.settings.backend,
        args.origins.join(", ")
    );
    let app = router(args.settings, &args.origins);
    let stopped = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let bounds = skattedeling_backend::listen::Connections::default();
    match skattedeling_backend::listen::serve(listener, app, bounds, stopped).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Testdobbelen stoppet: {e}");
            ExitCode::FAILURE
        }
    }
}
