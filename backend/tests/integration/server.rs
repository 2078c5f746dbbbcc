//! The HTTP side by the contract: health, CORS for the site only, a `Problem` for every error, bodies
//! refused before they are read, load shed with `Retry-After`, and nothing secret in a log line.

use crate::support::*;
use serde_json::Value;
use skattedeling_backend::run::Limits;
use skattedeling_core::guide::token::Environment;
use skattedeling_simulators::fixture::Fixture;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SITE: &str = "http://127.0.0.1:8080";

async fn send(
    stack: &Stack,
    method: reqwest::Method,
    path: &str,
    content_type: &str,
    body: String,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let res = http()
        .request(method, format!("{}{path}", stack.url))
        .header("Content-Type", content_type)
        .header("Origin", SITE)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    (status, headers, res.json().await.unwrap_or(Value::Null))
}

async fn get(stack: &Stack, path: &str) -> (u16, reqwest::header::HeaderMap, Value) {
    send(
        stack,
        reqwest::Method::GET,
        path,
        "application/json",
        String::new(),
    )
    .await
}

fn is_problem(body: &Value) -> bool {
    body["kode"].as_str().is_some_and(|k| !k.is_empty())
        && body["melding"].as_str().is_some_and(|m| !m.is_empty())
}

#[tokio::test]
async fn health_names_the_environments_set_up() {
    let s = standard().await;
    let (status, headers, body) = get(&s, "/v1/health").await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["miljoer"], serde_json::json!(["test", "produksjon"]));
    assert_eq!(headers["access-control-allow-origin"], SITE);
    assert_eq!(headers["cache-control"], "no-store");
}

#[tokio::test]
async fn cors_lets_the_site_in_and_no_one_else() {
    let s = standard().await;
    let preflight = |origin: &'static str| {
        http()
            .request(
                reqwest::Method::OPTIONS,
                format!("{}/v1/connection-tests", s.url),
            )
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .send()
    };
    let ok = preflight(SITE).await.unwrap();
    assert!(ok.status().is_success());
    assert_eq!(ok.headers()["access-control-allow-origin"], SITE);
    assert!(ok.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .contains("content-type"));
    let other = preflight("https://annen.example").await.unwrap();
    assert!(other.headers().get("access-control-allow-origin").is_none());
    let (_, headers, _) = send(
        &s,
        reqwest::Method::POST,
        "/v1/connection-tests",
        "application/json",
        "{}".into(),
    )
    .await;
    assert_eq!(headers["access-control-expose-headers"], "retry-after");
}

#[tokio::test]
async fn every_error_is_a_problem_that_says_what() {
    let s = standard().await;
    let post = |ct: &'static str, body: String| {
        send(&s, reqwest::Method::POST, "/v1/connection-tests", ct, body)
    };
    let (status, _, body) = post("text/plain", "{}".into()).await;
    assert_eq!(status, 415);
    assert!(is_problem(&body));
    let (status, _, body) = post("application/json", "x".repeat(20 * 1024)).await;
    assert_eq!((status, is_problem(&body)), (413, true));
    let (status, _, body) = post(
        "application/json",
        r#"{"miljo":"test","kommune":"910000005","rettighetspakke":"saernamsmann"}"#.into(),
    )
    .await;
    assert_eq!(status, 400);
    assert!(body["melding"]
        .as_str()
        .unwrap()
        .contains("kommune: 910000005 er ikke et gyldig organisasjonsnummer"));
    let (status, _, body) = post("application/json", r#"{"miljo":"test","kommune":"910000004","rettighetspakke":"saernamsmann","fodselsnummer":"1"}"#.into()).await;
    assert_eq!((status, is_problem(&body)), (400, true));
    let (status, _, body) = get(&s, "/v2/annet").await;
    assert_eq!(
        (status, body["kode"].as_str()),
        (404, Some("UKJENT-ADRESSE"))
    );
    let (status, headers, body) = get(&s, "/v1/connection-tests").await;
    assert_eq!((status, is_problem(&body)), (405, true));
    assert_eq!(headers["allow"], "POST");
}

#[tokio::test]
async fn a_declared_huge_body_is_refused_at_once_without_reading_it() {
    let s = standard().await;
    let mut tcp = tokio::net::TcpStream::connect(s.url.trim_start_matches("http://"))
        .await
        .unwrap();
    tcp.write_all(b"POST /v1/connection-tests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{}")
        .await
        .unwrap();
    let mut answer = vec![0u8; 2048];
    let n = tokio::time::timeout(Duration::from_secs(2), tcp.read(&mut answer))
        .await
        .expect("answered at once")
        .unwrap();
    let text = String::from_utf8_lossy(&answer[..n]);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("FOR-STOR"));
    // And the backend still serves.
    assert!(via_ks(&s, "910000004").await.works());
}

#[tokio::test]
async fn an_environment_not_set_up_is_refused_and_health_does_not_offer_it() {
    let sims = simulators(Fixture::standard()).await;
    let text = config_text(&sims, &Options::default());
    let only_test = &text[..text.find("\n[environments.produksjon]").unwrap()];
    let s = stack_with(sims, only_test, Limits::default()).await;
    let (_, _, health) = get(&s, "/v1/health").await;
    assert_eq!(health["miljoer"], serde_json::json!(["test"]));
    let (status, body) = post_raw(
        &s,
        &request(Environment::Production, "910000004", None, "saernamsmann"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body.contains("produksjon er ikke satt opp i denne testtjenesten (den kan teste test)"),
        "{body}"
    );
}

#[tokio::test]
async fn more_tests_than_the_limit_get_503_with_retry_after() {
    let mut f = Fixture::standard();
    f.miljo.test.skattegrunnlag.forsinkelse_ms = 800;
    let s = stack(
        f,
        Options {
            limits: Limits {
                concurrent_tests: 1,
                ..Limits::default()
            },
            ..Options::default()
        },
    )
    .await;
    let first = via_ks(&s, "910000004");
    let second = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let body = request(Environment::Test, "910000004", Some(KS), "saernamsmann").to_json();
        send(
            &s,
            reqwest::Method::POST,
            "/v1/connection-tests",
            "application/json",
            body,
        )
        .await
    };
    let (report, (status, headers, body)) = tokio::join!(first, second);
    assert!(report.works());
    assert_eq!(
        (status, body["kode"].as_str()),
        (503, Some("UTILGJENGELIG"))
    );
    assert_eq!(headers["retry-after"], "5");
    // Once the first is done, there is room again.
    let (status, _) = post_raw(
        &s,
        &request(Environment::Test, "910000004", Some(KS), "saernamsmann"),
    )
    .await;
    assert_eq!(status, 200);
}

/// A writer the log goes to, for reading back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn one_log_line_per_test_and_nothing_secret_in_it() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let s = standard().await;
    via_ks(&s, "910000004").await;
    via_ks(&s, "910000039").await;
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &Value| v["fields"]["message"] == "tilkoblingstest")
        .collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0]["fields"]["resultat"], "ok");
    assert!(lines[0]["fields"]["test_id"]
        .as_str()
        .is_some_and(|t| t.len() == 36));
    assert_eq!(lines[1]["fields"]["feilkode"], "MP-251");
    assert!(lines[1]["fields"]["steg"]
        .as_str()
        .unwrap()
        .contains("maskinporten-token=feil:MP-251("));
    for secret in [TEST_PERSON, "eyJ", keys().password.as_str()] {
        assert!(!text.contains(secret), "the log holds {secret}: {text}");
    }
}
