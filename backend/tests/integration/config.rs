//! A bad configuration stops the backend at start with the file, the line, the key and what is wrong.

use crate::support::*;
use skattedeling_backend::config;
use skattedeling_simulators::fixture::Fixture;

/// A valid configuration for the simulators at a made-up loopback address (nothing is called).
fn valid() -> String {
    format!(
        r#"listen = "127.0.0.1:0"
allowed_origins = ["https://skattedeling.example.no"]

[environments.test]
maskinporten = "http://127.0.0.1:9/maskinporten/test/"
client_id = "ks-tilkoblingstest"
certificate = "ks-test.p12"
certificate_password_env = "{PASSWORD_VARIABLE}"
enhetsregisteret = "http://127.0.0.1:9/enhetsregisteret/api"
summert_skattegrunnlag = "http://127.0.0.1:9/summertskattegrunnlag/test/v2"
test_person = "{TEST_PERSON}"
income_year = 2023

[environments.produksjon]
maskinporten = "https://maskinporten.no/"
client_id = "ks-tilkoblingstest-nokkel"
key = "ks-nokkel.pem"
kid = "ks-produksjon-2026"
enhetsregisteret = "https://data.brreg.no/enhetsregisteret/api"
summert_skattegrunnlag = "https://summertskattegrunnlag.api.skatteetaten.no/v2"
"#
    )
}

/// The message for `valid()` with `from` replaced by `to`.
fn fault(from: &str, to: &str) -> String {
    let text = valid();
    assert!(text.contains(from), "{from}");
    parse_config(&text.replacen(from, to, 1))
        .unwrap_err()
        .to_string()
}

#[test]
fn a_valid_configuration_reads_with_defaults() {
    let c = parse_config(&valid()).unwrap();
    assert_eq!(c.allowed_origins, ["https://skattedeling.example.no"]);
    let envs: Vec<&str> = c
        .environments
        .iter()
        .map(|e| e.environment.answer())
        .collect();
    assert_eq!(envs, ["test", "produksjon"]);
    assert_eq!(
        c.environments[0].scope,
        "skatteetaten:summertskattegrunnlag"
    );
    assert!(
        c.environments[0].lookup.is_some(),
        "called in test by default"
    );
    assert!(
        c.environments[1].lookup.is_none(),
        "not in produksjon by default"
    );
    assert!(
        !format!("{c:?}").contains(TEST_PERSON),
        "the person is never printed"
    );
}

#[test]
fn each_fault_names_the_file_the_line_and_the_key() {
    let cases = [
        ("listen = \"127.0.0.1:0\"", "listen = \"hei\"", "backend.toml:1: listen: "),
        ("\"https://skattedeling.example.no\"", "\"https://skattedeling.example.no/veiviser\"", "backend.toml:2: allowed_origins: "),
        ("allowed_origins = [\"https://skattedeling.example.no\"]", "allowed_origins = []", "allowed_origins: må ha minst én"),
        ("[environments.test]", "[environments.staging]", "environments.staging: ukjent miljø"),
        ("maskinporten = \"http://127.0.0.1:9/maskinporten/test/\"", "maskinporten = \"http://test.maskinporten.no/\"", "backend.toml:5: environments.test.maskinporten: «http://test.maskinporten.no/» må være en https-adresse"),
        ("maskinporten = \"https://maskinporten.no/\"", "maskinporten = \"https://maskinporten.no\"", "environments.produksjon.maskinporten: må slutte med /"),
        ("client_id = \"ks-tilkoblingstest\"", "client_id = \"\"", "environments.test.client_id: "),
        ("certificate = \"ks-test.p12\"", "certificate = \"borte.p12\"", "backend.toml:7: environments.test.certificate: "),
        ("certificate = \"ks-test.p12\"", "certificate = \"ks-nokkel.pem\"", "environments.test.certificate: kan ikke åpnes: feil passord, eller ikke en PKCS#12-fil"),
        (&format!("certificate_password_env = \"{PASSWORD_VARIABLE}\""), "certificate_password_env = \"FINNES_IKKE\"", "miljøvariabelen FINNES_IKKE er ikke satt"),
        ("kid = \"ks-produksjon-2026\"\n", "", "environments.produksjon.kid: mangler"),
        ("key = \"ks-nokkel.pem\"", "key = \"ks-test.p12\"", "environments.produksjon.key: er ikke en RSA-nøkkel i PEM"),
        ("test_person = \"09819899123\"", "test_person = \"09819899124\"", "environments.test.test_person: er ikke et gyldig fødselsnummer"),
        ("test_person = \"09819899123\"", "test_person = \"01017012343\"", "må være en syntetisk testperson fra Tenor"),
        ("income_year = 2023", "income_year = 2016", "environments.test.income_year: må være et inntektsår fra 2017"),
        ("income_year = 2023\n", "", "environments.test.income_year: mangler"),
        ("income_year = 2023", "income_year = 2023\nunknown_key = 1", "unknown field `unknown_key`"),
        ("income_year = 2023", "income_year = \"2023\"", "backend.toml:12: "),
    ];
    for (from, to, expected) in cases {
        let message = fault(from, to);
        assert!(message.contains(expected), "{to}: {message}");
        assert!(message.contains("backend.toml"), "{message}");
    }
}

#[test]
fn one_way_to_sign_and_no_person_when_nothing_is_called() {
    let both = fault(
        "key = \"ks-nokkel.pem\"",
        "key = \"ks-nokkel.pem\"\ncertificate = \"ks-test.p12\"",
    );
    assert!(both.contains("har både certificate og key"), "{both}");
    let none = fault("certificate = \"ks-test.p12\"\n", "");
    assert!(none.contains("mangler certificate"), "{none}");
    let off = valid().replace(
        "test_person = \"09819899123\"\nincome_year = 2023\n",
        "call_summert_skattegrunnlag = false\n",
    );
    assert!(parse_config(&off).unwrap().environments[0].lookup.is_none());
}

#[test]
fn a_wrong_password_and_a_missing_file_are_named() {
    keys();
    let wrong = config::parse(&valid(), &key_dir().join("backend.toml"), &|_| {
        Some("feil".into())
    })
    .unwrap_err();
    assert!(wrong.to_string().contains("feil passord"), "{wrong}");
    let missing = config::load(&key_dir().join("finnes-ikke.toml"), &password).unwrap_err();
    assert!(
        missing
            .to_string()
            .contains("finnes-ikke.toml: kan ikke leses"),
        "{missing}"
    );
}

#[tokio::test]
async fn the_standard_stack_configuration_is_valid() {
    let sims = simulators(Fixture::standard()).await;
    assert!(parse_config(&config_text(&sims, &Options::default())).is_ok());
}

#[test]
fn the_example_in_the_readme_holds_every_key_and_reads() {
    // With the simulators' files where the example names an operator's.
    let example = include_str!("../../backend.example.toml")
        .replace(
            "/etc/skattedeling/virksomhetssertifikat-test.p12",
            "ks-test.p12",
        )
        .replace(
            "/etc/skattedeling/maskinporten-produksjon.pem",
            "ks-nokkel.pem",
        )
        .replace(
            "\"SKATTEDELING_P12_PASSWORD\"",
            &format!("\"{PASSWORD_VARIABLE}\""),
        );
    let c = parse_config(&example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.listen.port(), 8787);
    assert_eq!(c.environments.len(), 2);
    for key in [
        "listen",
        "allowed_origins",
        "maskinporten",
        "client_id",
        "scope",
        "certificate",
        "certificate_password_env",
        "# key",
        "# kid",
        "enhetsregisteret",
        "summert_skattegrunnlag",
        "test_person",
        "income_year",
        "call_summert_skattegrunnlag",
        "# database",
        "# report_token_env",
        "# behind_proxy",
        "# origins",
    ] {
        assert!(
            example.contains(&format!("\n{key} = ")),
            "the example shows {key}"
        );
    }
    // The feedback table, switched on as the comments say, reads too.
    let on = example
        .replace("# [feedback]", "[feedback]")
        .replace("# database = \"/var", "database = \"/var")
        .replace("# origins = ", "origins = ");
    let f = parse_config(&on).unwrap_or_else(|e| panic!("{e}")).feedback;
    assert_eq!(f.map(|f| f.origins.len()), Some(2));
}

/// `valid()` with a `[feedback]` table, read with `REPORT_TOKEN` set to `token`.
fn with_feedback(table: &str, token: &str) -> Result<config::Config, String> {
    keys();
    let text = format!("{}\n[feedback]\n{table}", valid());
    let token = token.to_string();
    let env = move |name: &str| match name {
        "REPORT_TOKEN" => Some(token.clone()),
        other => password(other),
    };
    config::parse(&text, &key_dir().join("backend.toml"), &env).map_err(|e| e.to_string())
}

#[test]
fn the_feedback_table_reads_with_its_defaults() {
    let long = "a".repeat(40);
    let c = with_feedback("database = \"data/tilbakemeldinger.sqlite\"\n", &long).unwrap();
    let f = c.feedback.unwrap();
    assert_eq!(
        f.database,
        config::Database::Sqlite(key_dir().join("data/tilbakemeldinger.sqlite"))
    );
    assert_eq!(f.report_token, None);
    assert!(!f.behind_proxy);
    assert_eq!(f.origins, ["https://skattedeling.example.no"]);
    let c = with_feedback(
        "database = \"postgres://ks@db/tilbakemelding\"\nreport_token_env = \"REPORT_TOKEN\"\n\
         behind_proxy = true\norigins = [\"https://intranett.kommune.no\"]\n",
        &long,
    )
    .unwrap();
    let f = c.feedback.unwrap();
    assert_eq!(f.database.kind(), "postgres");
    assert_eq!(f.report_token.as_deref(), Some(long.as_str()));
    assert!(f.behind_proxy);
    assert_eq!(
        f.origins,
        [
            "https://skattedeling.example.no",
            "https://intranett.kommune.no"
        ]
    );
    assert!(
        !format!("{f:?}").contains(&long),
        "the token is never printed"
    );
    assert!(parse_config(&valid()).unwrap().feedback.is_none());
}

#[test]
fn a_bad_feedback_table_names_its_line_and_key() {
    let line = valid().lines().count() + 4;
    let short = with_feedback(
        "database = \"t.sqlite\"\nreport_token_env = \"REPORT_TOKEN\"\n",
        "kort",
    )
    .unwrap_err();
    assert!(
        short.contains(&format!("backend.toml:{line}: feedback.report_token_env: tokenet i REPORT_TOKEN må ha minst 32 tegn")),
        "{short}"
    );
    let unset = with_feedback(
        "database = \"t.sqlite\"\nreport_token_env = \"UNSET\"\n",
        "",
    )
    .unwrap_err();
    assert!(
        unset.contains("miljøvariabelen UNSET er ikke satt"),
        "{unset}"
    );
    let url = with_feedback("database = \"mysql://db\"\n", "").unwrap_err();
    assert!(
        url.contains(&format!(":{}: feedback.database:", line - 1)),
        "{url}"
    );
    let origin = with_feedback(
        "database = \"t.sqlite\"\norigins = [\"https://x.no/side\"]\n",
        "",
    )
    .unwrap_err();
    assert!(
        origin.contains("feedback.origins: «https://x.no/side» er ikke bare en opprinnelse"),
        "{origin}"
    );
    let unknown = with_feedback("database = \"t.sqlite\"\nrate = 5\n", "").unwrap_err();
    assert!(unknown.contains("unknown field `rate`"), "{unknown}");
    assert!(with_feedback("", "")
        .unwrap_err()
        .contains("missing field `database`"));
}
