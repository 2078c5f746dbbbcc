//! `skattedeling-testbackend [--host H] [--port P] [--allow-origin ORIGIN]… [--slow-seconds N]`
//!
//! Serves the connection-test contract on http://H:P (default 127.0.0.1:8787), with CORS headers for
//! the given origins only (default: the site under `make serve`). Prints the address it listens on,
//! so a caller that asked for port 0 learns the port.

use skattedeling_testbackend::{respond, Settings};
use std::io::Read;
use std::process::ExitCode;
use std::time::Duration;
use tiny_http::{Header, Request, Response, Server};

const USAGE: &str = "bruk: skattedeling-testbackend [--host 127.0.0.1] [--port 8787] \
                     [--allow-origin http://127.0.0.1:8080]… [--slow-seconds 30]";
/// A request body larger than this is not a connection test.
const MAX_BODY: u64 = 16 * 1024;

struct Args {
    host: String,
    port: u16,
    settings: Settings,
}

fn parse_args() -> Result<Args, String> {
    let mut host = "127.0.0.1".to_string();
    let mut port = 8787;
    let mut origins = Vec::new();
    let mut slow = 30;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} mangler en verdi"));
        match flag.as_str() {
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
            "http://127.0.0.1:8080".to_string(),
            "http://localhost:8080".to_string(),
        ];
    }
    Ok(Args {
        host,
        port,
        settings: Settings {
            allowed_origins: origins,
            slow: Duration::from_secs(slow),
        },
    })
}

fn handle(settings: &Settings, mut request: Request) {
    let origin = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Origin"))
        .map(|h| h.value.as_str().to_string());
    let mut body = String::new();
    let read = request.as_reader().take(MAX_BODY).read_to_string(&mut body);
    let method = request.method().as_str().to_string();
    let reply = if read.is_err() {
        respond(settings, &method, request.url(), origin.as_deref(), "\u{0}")
    } else {
        respond(settings, &method, request.url(), origin.as_deref(), &body)
    };
    if !reply.delay.is_zero() {
        std::thread::sleep(reply.delay);
    }
    let mut response = Response::from_string(reply.body).with_status_code(reply.status);
    for (name, value) in &reply.headers {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    eprintln!("{method} {} → {}", request.url(), reply.status);
    let _ = request.respond(response);
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let server = match Server::http((args.host.as_str(), args.port)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "Testtjenesten fikk ikke lytte på {}:{}: {e}",
                args.host, args.port
            );
            return ExitCode::FAILURE;
        }
    };
    let address = server
        .server_addr()
        .to_ip()
        .expect("listens on an IP address");
    println!(
        "Testtjenesten lytter på http://{address} (CORS for {})",
        args.settings.allowed_origins.join(", ")
    );
    let settings = std::sync::Arc::new(args.settings);
    for request in server.incoming_requests() {
        let settings = settings.clone();
        std::thread::spawn(move || handle(&settings, request));
    }
    ExitCode::SUCCESS
}
