//! The configuration file (TOML), read and checked once at start: every fault stops the backend with
//! the file, the line, the key and what is wrong — never a panic, never at the first request. The
//! certificate or key is loaded here too, so a wrong password or a broken file is a start-up error.

use crate::credentials::{self, Credential};
use serde::Deserialize;
use skattedeling_core::guide::scope::SCOPE;
use skattedeling_core::guide::token::Environment;
use skattedeling_core::person::{is_person_number, is_synthetic};
use std::collections::BTreeMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// The whole configuration, checked.
#[derive(Clone, Debug)]
pub struct Config {
    pub listen: SocketAddr,
    /// The origins the site is served from (`https://skattedeling.example.no`), for CORS.
    pub allowed_origins: Vec<String>,
    /// In the order test, produksjon.
    pub environments: Vec<EnvironmentConfig>,
}

/// One environment's upstreams and client.
#[derive(Clone, Debug)]
pub struct EnvironmentConfig {
    pub environment: Environment,
    /// Maskinporten's issuer, with its trailing slash: the grant's `aud`, the token's `iss`.
    pub maskinporten: String,
    pub client_id: String,
    pub scope: String,
    pub credential: Arc<Credential>,
    /// Enhetsregisteret's API base, without a trailing slash.
    pub enhetsregisteret: String,
    /// Summert skattegrunnlag's base (`…/v2`), without a trailing slash.
    pub summert_skattegrunnlag: String,
    /// Whom to look up, when the call to Summert skattegrunnlag is made.
    pub lookup: Option<Lookup>,
}

/// The call to Summert skattegrunnlag: a synthetic person and an income year.
#[derive(Clone)]
pub struct Lookup {
    pub test_person: String,
    pub income_year: u16,
}

impl fmt::Debug for Lookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The person is never written anywhere, not even in a debug print.
        f.debug_struct("Lookup")
            .field("income_year", &self.income_year)
            .finish_non_exhaustive()
    }
}

/// A fault in the configuration, as the operator reads it.
#[derive(Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// The key, with its table (`environments.test.maskinporten`).
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": {key}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    listen: Spanned<String>,
    allowed_origins: Spanned<Vec<Spanned<String>>>,
    environments: Spanned<BTreeMap<String, Spanned<RawEnvironment>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnvironment {
    maskinporten: Spanned<String>,
    client_id: Spanned<String>,
    scope: Option<Spanned<String>>,
    certificate: Option<Spanned<String>>,
    certificate_password_env: Option<Spanned<String>>,
    key: Option<Spanned<String>>,
    kid: Option<Spanned<String>>,
    enhetsregisteret: Spanned<String>,
    summert_skattegrunnlag: Spanned<String>,
    test_person: Option<Spanned<String>>,
    income_year: Option<Spanned<i64>>,
    call_summert_skattegrunnlag: Option<Spanned<bool>>,
}

/// Reads a configuration file; `env` gives environment variables (the certificate's password).
pub fn load(path: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        file: path.to_path_buf(),
        line: None,
        key: None,
        message: format!("kan ikke leses: {e}"),
    })?;
    parse(&text, path, env)
}

/// Reads the text of a configuration file at `path` (relative certificate and key paths are read
/// from the file's folder).
pub fn parse(
    text: &str,
    path: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Config, ConfigError> {
    let reader = Reader { text, path };
    let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError {
        file: path.to_path_buf(),
        line: e.span().map(|s| reader.line(s.start)),
        key: None,
        message: e.message().trim().to_string(),
    })?;
    let listen = raw.listen.get_ref().parse().map_err(|_| {
        reader.fault(
            &raw.listen,
            "listen",
            "må være en adresse med port, som \"0.0.0.0:8787\" eller \"127.0.0.1:0\"",
        )
    })?;
    let mut allowed_origins = Vec::new();
    for origin in raw.allowed_origins.get_ref() {
        allowed_origins.push(reader.origin(origin)?);
    }
    if allowed_origins.is_empty() {
        return Err(reader.fault(
            &raw.allowed_origins,
            "allowed_origins",
            "må ha minst én opprinnelse: adressen nettstedet vises fra (\"https://skattedeling.example.no\")",
        ));
    }
    let mut environments = Vec::new();
    for (name, table) in raw.environments.get_ref() {
        let Some(environment) = Environment::from_answer(name) else {
            return Err(reader.fault(
                table,
                &format!("environments.{name}"),
                "ukjent miljø: bruk [environments.test] og/eller [environments.produksjon]",
            ));
        };
        environments.push(reader.environment(environment, table.get_ref(), env)?);
    }
    if environments.is_empty() {
        return Err(reader.fault(
            &raw.environments,
            "environments",
            "mangler: sett opp [environments.test] og/eller [environments.produksjon]",
        ));
    }
    environments.sort_by_key(|e| e.environment != Environment::Test);
    Ok(Config {
        listen,
        allowed_origins,
        environments,
    })
}

struct Reader<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    fn fault<T>(&self, at: &Spanned<T>, key: &str, message: impl Into<String>) -> ConfigError {
        ConfigError {
            file: self.path.to_path_buf(),
            line: Some(self.line(at.span().start)),
            key: Some(key.to_string()),
            message: message.into(),
        }
    }

    /// An origin as browsers send it: scheme, host and port, no path.
    fn origin(&self, written: &Spanned<String>) -> Result<String, ConfigError> {
        let fault = |why: &str| {
            self.fault(
                written,
                "allowed_origins",
                format!("«{}» {why}", written.get_ref()),
            )
        };
        let url = reqwest::Url::parse(written.get_ref())
            .map_err(|_| fault("er ikke en adresse som \"https://skattedeling.example.no\""))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(fault("må være en http- eller https-adresse"));
        }
        let origin = url.origin().ascii_serialization();
        if written.get_ref().trim_end_matches('/') != origin {
            return Err(fault(&format!(
                "er ikke bare en opprinnelse (protokoll, vertsnavn og port): skriv «{origin}»"
            )));
        }
        Ok(origin)
    }

    /// An upstream's address: https, or http to a loopback address (the simulators).
    fn upstream(&self, written: &Spanned<String>, key: &str) -> Result<String, ConfigError> {
        let value = written.get_ref().trim();
        let url = reqwest::Url::parse(value)
            .map_err(|_| self.fault(written, key, format!("«{value}» er ikke en adresse")))?;
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
            Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
            Some(url::Host::Domain(d)) => d == "localhost",
            None => false,
        };
        match url.scheme() {
            "https" => {}
            "http" if loopback => {}
            "http" => {
                return Err(self.fault(
                    written,
                    key,
                    format!("«{value}» må være en https-adresse (http er bare lov mot 127.0.0.1, ::1 og localhost)"),
                ))
            }
            _ => return Err(self.fault(written, key, format!("«{value}» må være en https-adresse"))),
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(self.fault(written, key, format!("«{value}» kan ikke ha ? eller #")));
        }
        Ok(value.to_string())
    }

    fn environment(
        &self,
        environment: Environment,
        raw: &RawEnvironment,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<EnvironmentConfig, ConfigError> {
        let at = |key: &str| format!("environments.{}.{key}", environment.answer());
        let maskinporten = self.upstream(&raw.maskinporten, &at("maskinporten"))?;
        if !maskinporten.ends_with('/') {
            return Err(self.fault(
                &raw.maskinporten,
                &at("maskinporten"),
                format!(
                    "må slutte med / slik Maskinportens issuer gjør (\"{maskinporten}/\"): den er også aud i forespørselen"
                ),
            ));
        }
        let client_id = raw.client_id.get_ref().trim();
        if client_id.is_empty() || client_id.contains(char::is_whitespace) {
            return Err(self.fault(
                &raw.client_id,
                &at("client_id"),
                "må være klient-id-en fra Samarbeidsportalen",
            ));
        }
        let scope = match &raw.scope {
            None => SCOPE.to_string(),
            Some(s) if s.get_ref().trim().is_empty() => {
                return Err(self.fault(s, &at("scope"), format!("er tomt: bruk \"{SCOPE}\"")))
            }
            Some(s) => s.get_ref().trim().to_string(),
        };
        Ok(EnvironmentConfig {
            environment,
            maskinporten,
            client_id: client_id.to_string(),
            scope,
            credential: Arc::new(self.credential(environment, raw, env)?),
            enhetsregisteret: self
                .upstream(&raw.enhetsregisteret, &at("enhetsregisteret"))?
                .trim_end_matches('/')
                .to_string(),
            summert_skattegrunnlag: self
                .upstream(&raw.summert_skattegrunnlag, &at("summert_skattegrunnlag"))?
                .trim_end_matches('/')
                .to_string(),
            lookup: self.lookup(environment, raw)?,
        })
    }

    /// The certificate (with its password from the environment) or the registered key: exactly one.
    fn credential(
        &self,
        environment: Environment,
        raw: &RawEnvironment,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Credential, ConfigError> {
        let section = format!("environments.{}", environment.answer());
        let at = |key: &str| format!("{section}.{key}");
        let relative = |p: &str| match self.path.parent() {
            Some(dir) if Path::new(p).is_relative() => dir.join(p),
            _ => PathBuf::from(p),
        };
        let read = |written: &Spanned<String>, key: &str| {
            let path = relative(written.get_ref());
            std::fs::read(&path).map_err(|e| {
                self.fault(
                    written,
                    &at(key),
                    format!("{} kan ikke leses: {e}", path.display()),
                )
            })
        };
        match (&raw.certificate, &raw.key) {
            (Some(certificate), None) => {
                if let Some(kid) = &raw.kid {
                    return Err(self.fault(kid, &at("kid"), "hører til key, ikke til certificate: bruk én av måtene"));
                }
                let Some(variable) = &raw.certificate_password_env else {
                    return Err(self.fault(
                        certificate,
                        &at("certificate_password_env"),
                        "mangler: navnet på miljøvariabelen som holder sertifikatets passord",
                    ));
                };
                let password = env(variable.get_ref()).ok_or_else(|| {
                    self.fault(
                        variable,
                        &at("certificate_password_env"),
                        format!("miljøvariabelen {} er ikke satt", variable.get_ref()),
                    )
                })?;
                let bytes = read(certificate, "certificate")?;
                credentials::from_pkcs12(&bytes, &password)
                    .map_err(|why| self.fault(certificate, &at("certificate"), why))
            }
            (None, Some(key)) => {
                let Some(kid) = raw.kid.as_ref().filter(|k| !k.get_ref().trim().is_empty()) else {
                    return Err(self.fault(key, &at("kid"), "mangler: kid-en nøkkelen er registrert med på klienten"));
                };
                let bytes = read(key, "key")?;
                credentials::from_pem(&bytes, kid.get_ref().trim())
                    .map_err(|why| self.fault(key, &at("key"), why))
            }
            (Some(_), Some(key)) => Err(self.fault(
                key,
                &section,
                "har både certificate og key: bruk én av måtene (virksomhetssertifikat eller registrert nøkkel)",
            )),
            (None, None) => Err(self.fault(
                &raw.client_id,
                &section,
                "mangler certificate (virksomhetssertifikat) eller key og kid (registrert nøkkel)",
            )),
        }
    }

    /// Whether and how to call Summert skattegrunnlag: by default in test, not in produksjon.
    fn lookup(
        &self,
        environment: Environment,
        raw: &RawEnvironment,
    ) -> Result<Option<Lookup>, ConfigError> {
        let at = |key: &str| format!("environments.{}.{key}", environment.answer());
        let call = raw
            .call_summert_skattegrunnlag
            .as_ref()
            .map_or(environment == Environment::Test, |c| *c.get_ref());
        if !call {
            return Ok(None);
        }
        let anchor = raw
            .call_summert_skattegrunnlag
            .as_ref()
            .map(|c| c.span())
            .unwrap_or(raw.summert_skattegrunnlag.span());
        let missing = |key: &str| {
            ConfigError {
            file: self.path.to_path_buf(),
            line: Some(self.line(anchor.start)),
            key: Some(at(key)),
            message: "mangler: testen kaller Summert skattegrunnlag i dette miljøet (slå det av med call_summert_skattegrunnlag = false)".into(),
        }
        };
        let person = raw
            .test_person
            .as_ref()
            .ok_or_else(|| missing("test_person"))?;
        let year = raw
            .income_year
            .as_ref()
            .ok_or_else(|| missing("income_year"))?;
        let digits = person.get_ref().trim();
        if !is_person_number(digits) {
            return Err(self.fault(person, &at("test_person"), "er ikke et gyldig fødselsnummer eller d-nummer (11 siffer med riktige kontrollsifre)"));
        }
        if environment == Environment::Test && !is_synthetic(digits) {
            return Err(self.fault(
                person,
                &at("test_person"),
                "må være en syntetisk testperson fra Tenor (måneden har 80 lagt til)",
            ));
        }
        let this_year = 1970
            + (std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
                / 31_556_952) as i64;
        let income_year = *year.get_ref();
        if !(2017..=this_year).contains(&income_year) {
            return Err(self.fault(
                year,
                &at("income_year"),
                format!("må være et inntektsår fra 2017 til {this_year}"),
            ));
        }
        Ok(Some(Lookup {
            test_person: digits.to_string(),
            income_year: income_year as u16,
        }))
    }
}
