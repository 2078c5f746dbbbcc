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
    /// The anonymous feedback service, when the file has a `[feedback]` table.
    pub feedback: Option<FeedbackConfig>,
}

/// The `[feedback]` table: where the counts are kept and who may send them.
#[derive(Clone)]
pub struct FeedbackConfig {
    pub database: Database,
    /// The report's bearer token (from the environment variable `report_token_env` names); without
    /// one the report is only in the CLI.
    pub report_token: Option<String>,
    /// Whether a trusted reverse proxy stands in front: then the client address (for rate limits
    /// only) is the rightmost `X-Forwarded-For` entry, the one the proxy wrote.
    pub behind_proxy: bool,
    /// The origins feedback is taken from: `allowed_origins` and the widget's host pages in `origins`.
    pub origins: Vec<String>,
}

impl fmt::Debug for FeedbackConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Neither the token nor a database password is ever written, not even in a debug print.
        f.debug_struct("FeedbackConfig")
            .field("database", &self.database.kind())
            .field("report_token", &self.report_token.as_ref().map(|_| "…"))
            .field("behind_proxy", &self.behind_proxy)
            .field("origins", &self.origins)
            .finish()
    }
}

/// Where the feedback counts are kept, by the URL's scheme.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A file, relative paths read from the configuration file's folder.
    Sqlite(PathBuf),
    /// A `postgres://` (or `postgresql://`) URL.
    Postgres(String),
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Database::Sqlite(path) => f.debug_tuple("Sqlite").field(path).finish(),
            // A password in the URL is never printed.
            Database::Postgres(url) => {
                let shown = url::Url::parse(url).map_or("postgres://…".to_string(), |mut u| {
                    if u.password().is_some() {
                        let _ = u.set_password(Some("…"));
                    }
                    u.to_string()
                });
                f.debug_tuple("Postgres").field(&shown).finish()
            }
        }
    }
}

impl Database {
    /// `sqlite` or `postgres`, for logs.
    pub fn kind(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }
}

/// Where environment variables are read from (the process's, or a test's).
type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The shortest report token accepted: 32 characters (`openssl rand -hex 32` gives 64).
pub const MIN_REPORT_TOKEN_CHARS: usize = 32;

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
    feedback: Option<Spanned<RawFeedback>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeedback {
    database: Spanned<String>,
    report_token_env: Option<Spanned<String>>,
    behind_proxy: Option<bool>,
    origins: Option<Vec<Spanned<String>>>,
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
    parse(&read(path)?, path, env)
}

fn read(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path).map_err(|e| ConfigError {
        file: path.to_path_buf(),
        line: None,
        key: None,
        message: format!("kan ikke leses: {e}"),
    })
}

/// Reads only what the feedback report needs (`skattedeling-backend report`): the file must still be
/// a valid configuration in its form, but no certificate is read and no report token is needed.
pub fn load_feedback(path: &Path) -> Result<FeedbackConfig, ConfigError> {
    let text = read(path)?;
    let reader = Reader { text: &text, path };
    let raw = reader.raw()?;
    let origins = reader.origins(&raw)?;
    match &raw.feedback {
        Some(table) => reader.feedback(table, origins, None),
        None => Err(ConfigError {
            file: path.to_path_buf(),
            line: None,
            key: Some("feedback".into()),
            message: "mangler: rapporten leser databasen [feedback] peker på".into(),
        }),
    }
}

/// Reads the text of a configuration file at `path` (relative certificate and key paths are read
/// from the file's folder).
pub fn parse(
    text: &str,
    path: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Config, ConfigError> {
    let reader = Reader { text, path };
    let raw = reader.raw()?;
    let listen = raw.listen.get_ref().parse().map_err(|_| {
        reader.fault(
            &raw.listen,
            "listen",
            "må være en adresse med port, som \"0.0.0.0:8787\" eller \"127.0.0.1:0\"",
        )
    })?;
    let allowed_origins = reader.origins(&raw)?;
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
    let feedback = match &raw.feedback {
        Some(table) => Some(reader.feedback(table, allowed_origins.clone(), Some(env))?),
        None => None,
    };
    Ok(Config {
        listen,
        allowed_origins,
        environments,
        feedback,
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

    fn raw(&self) -> Result<RawConfig, ConfigError> {
        toml::from_str(self.text).map_err(|e| ConfigError {
            file: self.path.to_path_buf(),
            line: e.span().map(|s| self.line(s.start)),
            key: None,
            message: e.message().trim().to_string(),
        })
    }

    fn origins(&self, raw: &RawConfig) -> Result<Vec<String>, ConfigError> {
        let mut allowed_origins = Vec::new();
        for origin in raw.allowed_origins.get_ref() {
            allowed_origins.push(self.origin(origin, "allowed_origins")?);
        }
        if allowed_origins.is_empty() {
            return Err(self.fault(
                &raw.allowed_origins,
                "allowed_origins",
                "må ha minst én opprinnelse: adressen nettstedet vises fra (\"https://skattedeling.example.no\")",
            ));
        }
        Ok(allowed_origins)
    }

    /// The `[feedback]` table; `env` is `None` when the report token is not needed (the CLI).
    fn feedback(
        &self,
        table: &Spanned<RawFeedback>,
        mut origins: Vec<String>,
        env: Option<Env<'_>>,
    ) -> Result<FeedbackConfig, ConfigError> {
        let raw = table.get_ref();
        let written = raw.database.get_ref().trim();
        let database = if written.starts_with("postgres://") || written.starts_with("postgresql://")
        {
            Database::Postgres(written.to_string())
        } else if written.is_empty() || written.contains("://") {
            return Err(self.fault(
                &raw.database,
                "feedback.database",
                "må være en filsti for SQLite (\"/var/lib/skattedeling/tilbakemeldinger.sqlite\") eller en postgres://-adresse",
            ));
        } else {
            Database::Sqlite(match self.path.parent() {
                Some(dir) if Path::new(written).is_relative() => dir.join(written),
                _ => PathBuf::from(written),
            })
        };
        let report_token = match (&raw.report_token_env, env) {
            (Some(variable), Some(env)) => Some(self.report_token(variable, env)?),
            _ => None,
        };
        for origin in raw.origins.iter().flatten() {
            let origin = self.origin(origin, "feedback.origins")?;
            if !origins.contains(&origin) {
                origins.push(origin);
            }
        }
        Ok(FeedbackConfig {
            database,
            report_token,
            behind_proxy: raw.behind_proxy.unwrap_or(false),
            origins,
        })
    }

    fn report_token(
        &self,
        variable: &Spanned<String>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<String, ConfigError> {
        let key = "feedback.report_token_env";
        let token = env(variable.get_ref()).ok_or_else(|| {
            self.fault(
                variable,
                key,
                format!("miljøvariabelen {} er ikke satt", variable.get_ref()),
            )
        })?;
        let token = token.trim();
        if token.chars().count() < MIN_REPORT_TOKEN_CHARS || token.contains(char::is_whitespace) {
            return Err(self.fault(
                variable,
                key,
                format!(
                    "tokenet i {} må ha minst {MIN_REPORT_TOKEN_CHARS} tegn uten mellomrom (lag et med «openssl rand -hex 32»)",
                    variable.get_ref()
                ),
            ));
        }
        Ok(token.to_string())
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
    fn origin(&self, written: &Spanned<String>, key: &str) -> Result<String, ConfigError> {
        let fault = |why: &str| self.fault(written, key, format!("«{}» {why}", written.get_ref()));
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
