//! Every scenario of the fixture through the real backend, as the site reads the report.

use crate::support::*;
use skattedeling_core::guide::token::Environment;
use skattedeling_simulators::fixture::Fixture;

const OK: &str = "ok";
const NOT_RUN: &str = "ikke-kjort";

#[tokio::test]
async fn all_steps_ok_on_behalf_of_the_municipality() {
    let s = standard().await;
    let r = via_ks(&s, "910000004").await;
    assert_eq!(
        steps(&r),
        [
            ("hovedenhet", OK, None),
            ("maskinporten-token", OK, None),
            ("delegering", OK, None),
            ("summert-skattegrunnlag", OK, None)
        ]
    );
    assert!(r.works());
    assert!(step(&r, "delegering").forklaring.contains("tt02.altinn.no"));
    assert!(step(&r, "summert-skattegrunnlag")
        .forklaring
        .contains("inntektsåret 2023"));
    // Each test signs its own grant: the second one is not MP-012.
    assert!(via_ks(&s, "910000004").await.works());
    assert_eq!(s.sims.stats().token_requests(), 2);
    assert_eq!(
        s.sims.stats().metadata_requests(),
        1,
        "the metadata is cached"
    );
}

#[tokio::test]
async fn the_fixtures_municipalities_fail_where_their_state_says() {
    let s = standard().await;
    let cases: &[(&str, &str, Option<&str>, &str)] = &[
        (
            "910000012",
            "hovedenhet",
            None,
            "ikke en hovedenhet. I Enhetsregisteret har den 910 000 004 som hovedenhet",
        ),
        (
            "910000047",
            "hovedenhet",
            None,
            "organisasjonsledd under 910 000 004",
        ),
        (
            "910000152",
            "hovedenhet",
            None,
            "som er et organisasjonsledd under 910 000 004",
        ),
        (
            "910000128",
            "hovedenhet",
            None,
            "slettet i Enhetsregisteret (1. januar 2020)",
        ),
        (
            "910000136",
            "hovedenhet",
            None,
            "fjernet fra Enhetsregisteret",
        ),
        ("910000144", "hovedenhet", None, "fylkeskommune (FYLK)"),
        (
            "910000160",
            "hovedenhet",
            None,
            "finnes ikke i Enhetsregisteret",
        ),
        (
            "910000020",
            "maskinporten-token",
            Some("MP-250"),
            "ikke har fått tilgang til scopet",
        ),
        (
            "910000039",
            "maskinporten-token",
            Some("MP-251"),
            "ikke har delegert tilgangen",
        ),
        (
            "910000055",
            "summert-skattegrunnlag",
            Some("SSG-005"),
            "«Foreldrebetaling i barnehage og SFO»",
        ),
        (
            "910000063",
            "summert-skattegrunnlag",
            Some("SSG-002"),
            "feil i et baksystem",
        ),
    ];
    for (kommune, at, code, words) in cases {
        let r = via_ks(&s, kommune).await;
        let f = failed(&r);
        assert_eq!(
            (f.id.as_str(), f.feilkode.as_deref()),
            (*at, *code),
            "{kommune}"
        );
        assert!(f.forklaring.contains(words), "{kommune}: {}", f.forklaring);
        assert!(f.rad.as_deref().is_some_and(|a| !a.is_empty()), "{kommune}");
        let after = r.steg.iter().skip_while(|x| x.id != *at).skip(1);
        assert!(
            after
                .into_iter()
                .all(|x| x.status.class() == NOT_RUN && x.varighet_ms == 0),
            "{kommune}"
        );
        if code.is_some() {
            assert!(
                f.korrelasjonsid.is_some(),
                "{kommune}: the upstream's id for its support"
            );
        }
    }
}

#[tokio::test]
async fn a_delegation_made_in_production_only_works_in_production() {
    let s = standard().await;
    assert_eq!(
        failed(&via_ks(&s, "910000039").await).feilkode.as_deref(),
        Some("MP-251")
    );
    let prod = run(
        &s,
        &request(
            Environment::Production,
            "910000039",
            Some(KS),
            "kommuneforeldrebetaling",
        ),
    )
    .await;
    assert_eq!(
        steps(&prod),
        [
            ("hovedenhet", OK, None),
            ("maskinporten-token", OK, None),
            ("delegering", OK, None),
            ("summert-skattegrunnlag", NOT_RUN, None)
        ]
    );
    assert!(step(&prod, "summert-skattegrunnlag")
        .forklaring
        .contains("logger hvert oppslag"));
    assert!(step(&prod, "delegering")
        .forklaring
        .contains("www.altinn.no"));
}

#[tokio::test]
async fn another_package_than_the_one_granted_is_ssg_005_and_the_granted_one_works() {
    let s = standard().await;
    let granted = run(
        &s,
        &request(
            Environment::Test,
            "910000055",
            Some(KS),
            "kommuneboligsosialeformaal",
        ),
    )
    .await;
    assert!(granted.works(), "{granted:#?}");
}

#[tokio::test]
async fn a_vendor_that_is_a_sub_unit_or_not_the_backends_client_is_named() {
    let s = standard().await;
    let sub = run(
        &s,
        &request(
            Environment::Test,
            "910000004",
            Some("910000012"),
            "saernamsmann",
        ),
    )
    .await;
    assert!(failed(&sub)
        .forklaring
        .starts_with("Leverandørens nummer 910 000 012 er en underenhet"));
    // 910 000 004 has delegated to Fagsystem AS too, but this backend's client is KS'.
    let other = run(
        &s,
        &request(
            Environment::Test,
            "910000004",
            Some("910000179"),
            "saernamsmann",
        ),
    )
    .await;
    let f = failed(&other);
    assert_eq!(f.id, "delegering");
    assert!(
        f.forklaring.contains(
            "hentet av 971 032 146, men leverandøren har organisasjonsnummer 910 000 179"
        ),
        "{}",
        f.forklaring
    );
}

#[tokio::test]
async fn no_such_person_or_year_means_access_works() {
    for (person, year, code) in [
        ("16822548834", 2023, "SSG-007"),
        (TEST_PERSON, 2021, "SSG-008"),
    ] {
        let s = stack(
            Fixture::standard(),
            Options {
                test_person: person,
                income_year: year,
                ..Options::default()
            },
        )
        .await;
        let r = via_ks(&s, "910000004").await;
        assert!(r.works(), "{r:#?}");
        let call = step(&r, "summert-skattegrunnlag");
        assert!(call.forklaring.contains(code), "{}", call.forklaring);
        assert!(call.korrelasjonsid.is_some());
    }
}

#[tokio::test]
async fn a_direct_connection_with_the_municipalitys_own_key_client() {
    let own = ClientSetup {
        client_id: "eksempelvik-egen",
        credential: Credential::Key("kommune-nokkel.pem", "eksempelvik-test-2026"),
    };
    let s = stack(
        Fixture::standard(),
        Options {
            test: own,
            ..Options::default()
        },
    )
    .await;
    let r = run(
        &s,
        &request(Environment::Test, "910000004", None, "saernamsmann"),
    )
    .await;
    assert_eq!(
        steps(&r),
        [
            ("hovedenhet", OK, None),
            ("maskinporten-token", OK, None),
            ("summert-skattegrunnlag", OK, None)
        ]
    );
    assert!(step(&r, "maskinporten-token")
        .forklaring
        .contains("utstedt for kommunen (910 000 004)"));
    // Another municipality through the same client: the token is not theirs.
    let other = run(
        &s,
        &request(Environment::Test, "910000071", None, "saernamsmann"),
    )
    .await;
    let f = failed(&other);
    assert_eq!(f.id, "maskinporten-token");
    assert!(
        f.forklaring
            .contains("utstedt for 910 000 004, men kommunen har organisasjonsnummer 910 000 071"),
        "{}",
        f.forklaring
    );
}

#[tokio::test]
async fn a_direct_test_through_ks_client_says_the_client_is_not_the_municipalitys() {
    let s = standard().await;
    let r = run(
        &s,
        &request(Environment::Test, "910000004", None, "saernamsmann"),
    )
    .await;
    let f = failed(&r);
    assert_eq!(f.feilkode.as_deref(), Some("MP-250"));
    assert!(
        f.forklaring
            .contains("med klienten til 971 032 146, ikke med kommunens egen"),
        "{}",
        f.forklaring
    );
}

/// The backend's own client and certificate, each wrong in one way.
#[tokio::test]
async fn what_is_wrong_with_the_backends_own_client_gets_its_mp_code() {
    let cases: &[(&str, Credential, Option<&str>, &str)] = &[
        (
            "ks-uten-scope",
            Credential::Certificate("ks-test.p12"),
            Some("MP-200"),
            "er ikke lagt til klienten",
        ),
        (
            "ks-tilkoblingstest",
            Credential::Certificate("ks-produksjon.p12"),
            Some("MP-120"),
            "er utstedt for produksjonsmiljøet",
        ),
        (
            "ks-tilkoblingstest",
            Credential::Certificate("ks-test-utlopt.p12"),
            Some("MP-124"),
            "gikk ut",
        ),
        (
            "ks-tilkoblingstest",
            Credential::Certificate("annen-test.p12"),
            Some("MP-122"),
            "en annen organisasjon enn klienten",
        ),
        (
            "ks-utlopt-nokkel",
            Credential::Key("ks-nokkel.pem", "ks-test-2025"),
            Some("MP-121"),
            "er utløpt",
        ),
        (
            "finnes-ikke",
            Credential::Certificate("ks-test.p12"),
            Some("MP-100"),
            "kjenner ikke klienten",
        ),
        (
            "ks-tilkoblingstest-nokkel",
            Credential::Key("ks-nokkel.pem", "feil-kid"),
            None,
            "kjenner ikke nøkkelen (kid)",
        ),
        (
            "ks-tilkoblingstest-nokkel",
            Credential::Certificate("ks-test.p12"),
            None,
            "registrerte nøkler",
        ),
    ];
    for (client_id, credential, code, words) in cases {
        let client = ClientSetup {
            client_id,
            credential: *credential,
        };
        let s = stack(
            Fixture::standard(),
            Options {
                test: client,
                ..Options::default()
            },
        )
        .await;
        let r = via_ks(&s, "910000004").await;
        let f = failed(&r);
        assert_eq!(
            (f.id.as_str(), f.feilkode.as_deref()),
            ("maskinporten-token", *code),
            "{client_id} {credential:?}"
        );
        assert!(
            f.forklaring.contains(words),
            "{client_id}: {}",
            f.forklaring
        );
        assert!(
            f.korrelasjonsid.is_some(),
            "Maskinporten's trace id: {client_id}"
        );
    }
}
