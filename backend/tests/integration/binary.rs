//! The binary as an operator runs it: the first line names the address, a bad configuration stops it
//! with exit code 2 and the reason, logs are JSON on stderr, and SIGTERM lets a running test finish.

use crate::support::*;
use skattedeling_simulators::fixture::Fixture;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const BINARY: &str = env!("CARGO_BIN_EXE_skattedeling-backend");

fn write_config(name: &str, text: &str) -> std::path::PathBuf {
    let path = key_dir().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_bad_configuration_stops_it_at_start_with_the_reason() {
    keys();
    let path = write_config(
        "ugyldig.toml",
        "listen = \"127.0.0.1:0\"\nallowed_origins = 5\n",
    );
    let out = Command::new(BINARY)
        .arg("--config")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("ugyldig.toml:2"), "{stderr}");
    assert!(out.stdout.is_empty());
    let out = Command::new(BINARY).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--config mangler"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn it_names_its_address_logs_json_and_finishes_a_running_test_on_sigterm() {
    let mut f = Fixture::standard();
    f.miljo.test.skattegrunnlag.forsinkelse_ms = 1500;
    let sims = simulators(f).await;
    let path = write_config("binar.toml", &config_text(&sims, &Options::default()));
    let mut child = Command::new(BINARY)
        .arg("--config")
        .arg(&path)
        .env(PASSWORD_VARIABLE, &keys().password)
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("the first line names the address: {first}"))
        .to_string();
    let test = tokio::spawn({
        let url = url.clone();
        async move {
            http()
                .post(format!("{url}/v1/connection-tests"))
                .header("Content-Type", "application/json")
                .body(
                    request(
                        skattedeling_core::guide::token::Environment::Test,
                        "910000004",
                        Some(KS),
                        "saernamsmann",
                    )
                    .to_json(),
                )
                .send()
                .await
                .map(|r| r.status().as_u16())
        }
    });
    // SIGTERM while the test is surely running: its call to Summert skattegrunnlag (held 1.5 s by
    // the simulator) has begun. A fixed pause lost that race on a loaded machine.
    let started = std::time::Instant::now();
    while sims.stats().most_concurrent_calls("910000004") == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the test reaches Summert skattegrunnlag"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // SAFETY: kill(2) on the child's pid, which is still ours (not yet waited for).
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
    assert_eq!(sent, 0);
    assert_eq!(
        test.await.unwrap().unwrap(),
        200,
        "the running test finishes"
    );
    let status = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let log = String::from_utf8_lossy(&status.stderr);
    let line = log
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["fields"]["message"] == "tilkoblingstest")
        .unwrap_or_else(|| panic!("a JSON line for the test: {log}"));
    assert_eq!(line["fields"]["resultat"], "ok");
    assert!(log.contains("stopper"));
    assert!(!log.contains(TEST_PERSON) && !log.contains(&keys().password));
}
