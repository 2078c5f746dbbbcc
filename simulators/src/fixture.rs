//! The fixture: the organisations in Enhetsregisteret, and per environment the Maskinporten clients,
//! Skatteetaten's grants of the scope, the Altinn delegations, the rettighetspakker each municipality
//! has and the people with a skattegrunnlag — the state every scenario arises from. Read from TOML
//! (`fixture.toml` is the standard one) and checked before anything listens.

use serde::Deserialize;
use skattedeling_core::guide::token::Environment;
use skattedeling_core::person::is_person_number;
use skattedeling_core::OrgNumber;
use std::collections::HashSet;

/// The standard fixture, as committed beside this crate.
pub const STANDARD: &str = include_str!("../fixture.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// Main entities (enheter), municipalities and organisasjonsledd among them.
    #[serde(default)]
    pub enhet: Vec<Entity>,
    #[serde(default)]
    pub underenhet: Vec<SubUnit>,
    /// Virksomhetssertifikater to issue, each written to the key folder as a PKCS#12 file.
    #[serde(default)]
    pub sertifikat: Vec<CertificateSpec>,
    /// Keys registered on clients (the `kid` way), each written to the key folder as a PEM file.
    #[serde(default)]
    pub nokkel: Vec<KeySpec>,
    #[serde(default)]
    pub person: Vec<Person>,
    pub miljo: Environments,
    /// Enhetsregisteret's behaviour beyond its data.
    #[serde(default)]
    pub enhetsregisteret: Behaviour,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Environments {
    pub test: EnvironmentFixture,
    pub produksjon: EnvironmentFixture,
}

impl Environments {
    pub fn get(&self, environment: Environment) -> &EnvironmentFixture {
        match environment {
            Environment::Test => &self.test,
            Environment::Production => &self.produksjon,
        }
    }

    pub fn get_mut(&mut self, environment: Environment) -> &mut EnvironmentFixture {
        match environment {
            Environment::Test => &mut self.test,
            Environment::Production => &mut self.produksjon,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub organisasjonsnummer: String,
    pub navn: String,
    /// `KOMM`, `ORGL`, `FYLK`, `AS`, …
    pub organisasjonsform: String,
    /// The entity above an organisasjonsledd.
    pub overordnet_enhet: Option<String>,
    /// A deleted unit that Enhetsregisteret still answers with 200.
    pub slettedato: Option<String>,
    /// A removed unit: Enhetsregisteret answers 410.
    #[serde(default)]
    pub fjernet: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubUnit {
    pub organisasjonsnummer: String,
    pub navn: String,
    pub overordnet_enhet: String,
    #[serde(default = "sub_unit_form")]
    pub organisasjonsform: String,
}

fn sub_unit_form() -> String {
    "AAFY".into()
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateSpec {
    /// The file name in the key folder (`ks-test.p12`).
    pub fil: String,
    pub organisasjonsnummer: String,
    pub navn: String,
    /// The environment whose certificate authority issues it.
    pub miljo: String,
    /// Issued long ago and expired.
    #[serde(default)]
    pub utlopt: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySpec {
    /// The file name in the key folder (`ks-nokkel.pem`).
    pub fil: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub personidentifikator: String,
    /// The income years Skatteetaten has a skattegrunnlag for.
    pub inntektsaar: Vec<u16>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvironmentFixture {
    /// What Maskinporten puts in `delegation_source` (`https://tt02.altinn.no/`).
    pub delegation_source: String,
    #[serde(default)]
    pub klient: Vec<Client>,
    /// Skatteetaten's grants of a scope to consumers (missing: MP-250).
    #[serde(default)]
    pub tildeling: Vec<Grant>,
    /// Altinn delegations from a consumer to a supplier (missing: MP-251).
    #[serde(default)]
    pub delegering: Vec<Delegation>,
    /// The rettighetspakker each consumer may call (missing: SSG-005).
    #[serde(default)]
    pub rettighetspakker: Vec<PackageAccess>,
    /// Consumers for which Skatteetaten's backend system fails (SSG-002).
    #[serde(default)]
    pub baksystemfeil: Vec<String>,
    #[serde(default)]
    pub maskinporten: MaskinportenBehaviour,
    #[serde(default)]
    pub skattegrunnlag: Behaviour,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    pub client_id: String,
    pub organisasjonsnummer: String,
    /// The scopes registered on the client (missing: MP-200).
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Keys registered on the client: a client with none authenticates with a virksomhetssertifikat.
    #[serde(default)]
    pub nokler: Vec<RegisteredKey>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisteredKey {
    pub kid: String,
    /// The `nokkel` file whose public key is registered.
    pub fil: String,
    /// Registered more than a year ago (MP-121).
    #[serde(default)]
    pub utlopt: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    pub scope: String,
    pub organisasjonsnummer: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// The consumer (the municipality).
    pub fra: String,
    /// The supplier (the vendor).
    pub til: String,
    pub scope: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageAccess {
    pub organisasjonsnummer: Vec<String>,
    pub pakker: Vec<String>,
}

/// How a service answers beyond its data: slowly, or not at all.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Behaviour {
    /// Milliseconds to wait before each answer.
    #[serde(default)]
    pub forsinkelse_ms: u64,
    /// Answer every request with 503.
    #[serde(default)]
    pub nede: bool,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaskinportenBehaviour {
    #[serde(default)]
    pub forsinkelse_ms: u64,
    #[serde(default)]
    pub nede: bool,
    /// Seconds Maskinporten's clock is ahead of the machine's (negative: behind).
    #[serde(default)]
    pub klokke_forskyvning_s: i64,
    /// Publish another key at `/jwk` than the one tokens are signed with.
    #[serde(default)]
    pub feil_jwks: bool,
}

/// What is wrong with a fixture, for the person who edited it.
#[derive(Debug, PartialEq, Eq)]
pub struct FixtureError(pub String);

impl std::fmt::Display for FixtureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FixtureError {}

impl Fixture {
    /// The standard fixture (`fixture.toml`).
    pub fn standard() -> Fixture {
        Fixture::parse(STANDARD, "fixture.toml").expect("the standard fixture is valid")
    }

    /// Reads and checks a fixture; `name` is the file's name for the messages.
    pub fn parse(text: &str, name: &str) -> Result<Fixture, FixtureError> {
        let fixture: Fixture = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| text[..s.start].matches('\n').count() + 1);
            FixtureError(format!("{name}:{line}: {}", e.message()))
        })?;
        fixture
            .check()
            .map_err(|e| FixtureError(format!("{name}: {e}")))?;
        Ok(fixture)
    }

    fn check(&self) -> Result<(), String> {
        let org = |n: &str, what: &str| {
            OrgNumber::parse(n)
                .map(|_| ())
                .map_err(|e| format!("{what} {n}: {e}"))
        };
        for e in &self.enhet {
            org(&e.organisasjonsnummer, "enhet")?;
        }
        for u in &self.underenhet {
            org(&u.organisasjonsnummer, "underenhet")?;
            org(&u.overordnet_enhet, "overordnet enhet")?;
        }
        for c in &self.sertifikat {
            org(&c.organisasjonsnummer, "sertifikat")?;
            if Environment::from_answer(&c.miljo).is_none() {
                return Err(format!(
                    "sertifikat {}: miljo må være test eller produksjon",
                    c.fil
                ));
            }
        }
        for p in &self.person {
            if !is_person_number(&p.personidentifikator) {
                return Err(format!(
                    "person {}: ikke et gyldig fødselsnummer",
                    p.personidentifikator
                ));
            }
        }
        let keys: HashSet<&str> = self.nokkel.iter().map(|k| k.fil.as_str()).collect();
        for env in [&self.miljo.test, &self.miljo.produksjon] {
            for client in &env.klient {
                org(&client.organisasjonsnummer, "klient")?;
                if let Some(k) = client
                    .nokler
                    .iter()
                    .find(|k| !keys.contains(k.fil.as_str()))
                {
                    return Err(format!(
                        "klient {}: nøkkelfilen {} er ikke en [[nokkel]]",
                        client.client_id, k.fil
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn entity(&self, orgnr: &str) -> Option<&Entity> {
        self.enhet.iter().find(|e| e.organisasjonsnummer == orgnr)
    }

    pub fn sub_unit(&self, orgnr: &str) -> Option<&SubUnit> {
        self.underenhet
            .iter()
            .find(|e| e.organisasjonsnummer == orgnr)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person.iter().find(|p| p.personidentifikator == id)
    }
}

impl EnvironmentFixture {
    pub fn client(&self, client_id: &str) -> Option<&Client> {
        self.klient.iter().find(|c| c.client_id == client_id)
    }

    pub fn client_mut(&mut self, client_id: &str) -> Option<&mut Client> {
        self.klient.iter_mut().find(|c| c.client_id == client_id)
    }

    pub fn granted(&self, consumer: &str, scope: &str) -> bool {
        self.tildeling
            .iter()
            .any(|g| g.scope == scope && g.organisasjonsnummer.iter().any(|o| o == consumer))
    }

    pub fn delegated(&self, consumer: &str, supplier: &str, scope: &str) -> bool {
        self.delegering
            .iter()
            .any(|d| d.fra == consumer && d.til == supplier && d.scope == scope)
    }

    pub fn has_package(&self, consumer: &str, package: &str) -> bool {
        self.rettighetspakker.iter().any(|a| {
            a.organisasjonsnummer.iter().any(|o| o == consumer)
                && a.pakker.iter().any(|p| p == package)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_fixture_reads_and_holds_the_scenarios() {
        let f = Fixture::standard();
        assert_eq!(f.entity("910000004").unwrap().organisasjonsform, "KOMM");
        assert_eq!(
            f.sub_unit("910000012").unwrap().overordnet_enhet,
            "910000004"
        );
        let test = &f.miljo.test;
        let scope = "skatteetaten:summertskattegrunnlag";
        assert!(!test.granted("910000020", scope), "MP-250");
        assert!(
            !test.delegated("910000039", "971032146", scope),
            "MP-251 in TT02"
        );
        assert!(f
            .miljo
            .produksjon
            .delegated("910000039", "971032146", scope));
        assert!(
            !test.has_package("910000055", "kommuneforeldrebetaling"),
            "SSG-005"
        );
        assert!(
            test.baksystemfeil.iter().any(|o| o == "910000063"),
            "SSG-002"
        );
    }

    #[test]
    fn a_broken_fixture_names_the_file_the_line_and_the_fault() {
        let e = Fixture::parse("[miljo.test]\ndelegation_source = 1\n", "f.toml").unwrap_err();
        assert!(e.0.starts_with("f.toml:2: "), "{e}");
        let mut text = STANDARD.replace("\"910000004\"", "\"910000005\"");
        let e = Fixture::parse(&text, "f.toml").unwrap_err();
        assert!(e.0.contains("910000005"), "{e}");
        text = STANDARD.replacen("fil = \"ks-nokkel.pem\"", "fil = \"borte.pem\"", 1);
        assert!(Fixture::parse(&text, "f.toml").is_err());
    }
}
