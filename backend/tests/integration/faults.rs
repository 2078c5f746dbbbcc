//! Upstreams that are slow, down, off by the clock or answer with the wrong keys: each gets an
//! explanation and a way forward, within the time limits, and the rest of the test goes on where it
//! can.

use crate::support::*;
use skattedeling_backend::run::Limits;
use skattedeling_core::guide::token::Environment;
use skattedeling_simulators::fixture::Fixture;
use std::time::{Duration, Instant};

fn fixture(change: impl FnOnce(&mut Fixture)) -> Fixture {
    let mut f = Fixture::standard();
    change(&mut f);
    f
}

fn short_limits() -> Limits {
    Limits {
        enhetsregisteret: Duration::from_millis(500),
        maskinporten: Duration::from_millis(500),
        skattegrunnlag: Duration::from_millis(500),
        test: Duration::from_secs(3),
        ..Limits::default()
    }
}

#[tokio::test]
async fn a_slow_maskinporten_times_out_within_the_limit() {
    let f = fixture(|f| f.miljo.test.maskinporten.forsinkelse_ms = 3000);
    let s = stack(
        f,
        Options {
            limits: short_limits(),
            ..Options::default()
        },
    )
    .await;
    let started = Instant::now();
    let r = via_ks(&s, "910000004").await;
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let f = failed(&r);
    assert_eq!(f.id, "maskinporten-token");
    assert!(
        f.forklaring
            .contains("Maskinporten svarte ikke innen 0,5 sekunder"),
        "{}",
        f.forklaring
    );
    assert!(f.rad.as_deref().unwrap().contains("Prøv igjen"));
}

#[tokio::test]
async fn maskinporten_down_is_retried_once_with_a_new_grant_then_explained() {
    let f = fixture(|f| f.miljo.test.maskinporten.nede = true);
    let s = stack(f, Options::default()).await;
    let r = via_ks(&s, "910000004").await;
    assert!(failed(&r)
        .forklaring
        .contains("midlertidig utilgjengelig (HTTP 503)"));
    assert_eq!(s.sims.stats().token_requests(), 2);
}

#[tokio::test]
async fn enhetsregisteret_down_or_unreachable_skips_only_its_step() {
    let down = stack(
        fixture(|f| f.enhetsregisteret.nede = true),
        Options::default(),
    )
    .await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!(
        "http://{}/enhetsregisteret/api",
        closed.local_addr().unwrap()
    );
    drop(closed);
    let unreachable = stack(
        Fixture::standard(),
        Options {
            enhetsregisteret: Some(address),
            ..Options::default()
        },
    )
    .await;
    for (s, words) in [
        (&down, "svarte med HTTP 503"),
        (&unreachable, "kunne ikke nås"),
    ] {
        let r = via_ks(s, "910000004").await;
        let register = step(&r, "hovedenhet");
        assert_eq!(register.status.class(), "ikke-kjort");
        assert!(
            register.forklaring.contains(words),
            "{}",
            register.forklaring
        );
        assert!(register
            .forklaring
            .contains("De andre stegene ble kjørt likevel"));
        assert!(
            r.steg[1..].iter().all(|s| s.status.class() == "ok"),
            "{r:#?}"
        );
    }
}

#[tokio::test]
async fn a_jwks_that_does_not_match_the_token_is_not_trusted() {
    let s = stack(
        fixture(|f| f.miljo.test.maskinporten.feil_jwks = true),
        Options::default(),
    )
    .await;
    let r = via_ks(&s, "910000004").await;
    let f = failed(&r);
    assert_eq!(f.id, "delegering");
    assert!(
        f.forklaring.contains("signatur stemmer ikke"),
        "{}",
        f.forklaring
    );
    assert_eq!(
        step(&r, "summert-skattegrunnlag").status.class(),
        "ikke-kjort"
    );
    // Keys fetched just now are not fetched again at once (only a cache older than 10 s is, in
    // case Maskinporten has rotated its keys since).
    assert_eq!(s.sims.stats().jwks_requests(), 1);
}

#[tokio::test]
async fn a_clock_off_from_maskinportens_is_named_with_how_far() {
    let ahead = stack(
        fixture(|f| f.miljo.test.maskinporten.klokke_forskyvning_s = 40),
        Options::default(),
    )
    .await;
    let f = failed(&via_ks(&ahead, "910000004").await).clone();
    assert_eq!(f.feilkode.as_deref(), Some("MP-130"));
    assert!(
        f.forklaring.contains("går 40 sekunder etter Maskinportens"),
        "{}",
        f.forklaring
    );
    let behind = stack(
        fixture(|f| f.miljo.test.maskinporten.klokke_forskyvning_s = -30),
        Options::default(),
    )
    .await;
    let f = failed(&via_ks(&behind, "910000004").await).clone();
    assert_eq!(f.feilkode, None);
    assert!(
        f.forklaring.contains("«i fremtiden»") && f.forklaring.contains("går 30 sekunder foran"),
        "{}",
        f.forklaring
    );
}

#[tokio::test]
async fn a_token_from_the_other_environment_is_ssg_004() {
    let options = Options {
        summert_skattegrunnlag_test: Some(|sims| {
            sims.summert_skattegrunnlag(Environment::Production)
        }),
        ..Options::default()
    };
    let s = stack(Fixture::standard(), options).await;
    let f = failed(&via_ks(&s, "910000004").await).clone();
    assert_eq!(
        (f.id.as_str(), f.feilkode.as_deref()),
        ("summert-skattegrunnlag", Some("SSG-004"))
    );
    assert!(
        f.forklaring.contains("godtok ikke tokenet"),
        "{}",
        f.forklaring
    );
    assert!(f.korrelasjonsid.is_some());
}

#[tokio::test]
async fn at_most_five_calls_per_municipality_reach_skatteetaten_at_once() {
    let f = fixture(|f| f.miljo.test.skattegrunnlag.forsinkelse_ms = 300);
    let s = stack(f, Options::default()).await;
    let tests = (0..12).map(|_| via_ks(&s, "910000004"));
    let reports = futures::future::join_all(tests).await;
    assert!(
        reports.iter().all(|r| r.works()),
        "every test gets through, waiting its turn"
    );
    assert_eq!(s.sims.stats().most_concurrent_calls("910000004"), 5);
}

#[tokio::test]
async fn a_test_that_runs_out_of_time_says_which_steps_it_did_not_reach() {
    let f = fixture(|f| f.enhetsregisteret.forsinkelse_ms = 700);
    let limits = Limits {
        enhetsregisteret: Duration::from_secs(2),
        test: Duration::from_millis(1200),
        ..Limits::default()
    };
    let s = stack(
        f,
        Options {
            limits,
            ..Options::default()
        },
    )
    .await;
    let r = via_ks(&s, "910000004").await;
    // Two lookups of 0.7 s: the second runs into the test's limit.
    assert_eq!(step(&r, "hovedenhet").status.class(), "ikke-kjort");
    let last = r.steg.last().unwrap();
    assert!(
        last.forklaring.contains("brukte opp tiden sin") || last.status.class() == "ok",
        "{r:#?}"
    );
}

#[tokio::test]
async fn a_walk_up_the_register_keeps_to_the_tests_time() {
    // A sub-unit of an organisasjonsledd: four lookups of 0.4 s, in a test of 1 s.
    let f = fixture(|f| f.enhetsregisteret.forsinkelse_ms = 400);
    let limits = Limits {
        enhetsregisteret: Duration::from_secs(2),
        test: Duration::from_secs(1),
        ..Limits::default()
    };
    let s = stack(
        f,
        Options {
            limits,
            ..Options::default()
        },
    )
    .await;
    let started = Instant::now();
    let r = run(
        &s,
        &request(Environment::Test, "910000152", None, "saernamsmann"),
    )
    .await;
    assert!(
        started.elapsed() < Duration::from_millis(1400),
        "{:?}",
        started.elapsed()
    );
    let register = step(&r, "hovedenhet");
    assert_eq!(register.status.class(), "ikke-kjort", "{r:#?}");
    assert!(register.varighet_ms < 1100, "{}", register.varighet_ms);
}
