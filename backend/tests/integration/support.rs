//! The backend, in-process, against the simulators: one set of key material per test process, a
//! configuration file written as an operator would, and helpers that post a test and read the report
//! the way the site does (`skattedeling_core::connection::read_report`).

use skattedeling_backend::config::{self, Config};
use skattedeling_backend::run::Limits;
use skattedeling_core::connection::{read_report, StepStatus, TestReport, TestRequest};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::OrgNumber;
use skattedeling_simulators::fixture::Fixture;
use skattedeling_simulators::keys::KeyMaterial;
use skattedeling_simulators::Simulators;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use tokio::sync::oneshot;

pub const PASSWORD_VARIABLE: &str = "SIM_P12_PASSWORD";
pub const TEST_PERSON: &str = "09819899123";
pub const KS: &str = "971032146";

/// The key material, made once for the test process and written where configurations point.
pub fn keys() -> Arc<KeyMaterial> {
    static KEYS: OnceLock<Arc<KeyMaterial>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let keys = KeyMaterial::generate(&Fixture::standard()).expect("key material");
        keys.write(&key_dir()).expect("key folder");
        Arc::new(keys)
    })
    .clone()
}

pub fn key_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("backend-simulator-keys")
}

/// An HTTP client for the tests (the backend's own: rustls with ring installed).
pub fn http() -> reqwest::Client {
    skattedeling_backend::upstream::client()
}

/// A client of the fixture and what it signs with.
#[derive(Clone, Copy, Debug)]
pub struct ClientSetup {
    pub client_id: &'static str,
    /// A p12 file in the key folder, or a PEM key with its kid.
    pub credential: Credential,
}

#[derive(Clone, Copy, Debug)]
pub enum Credential {
    Certificate(&'static str),
    Key(&'static str, &'static str),
}

pub const KS_TEST: ClientSetup = ClientSetup {
    client_id: "ks-tilkoblingstest",
    credential: Credential::Certificate("ks-test.p12"),
};
pub const KS_PRODUCTION_KEY: ClientSetup = ClientSetup {
    client_id: "ks-tilkoblingstest-nokkel",
    credential: Credential::Key("ks-nokkel.pem", "ks-produksjon-2026"),
};

/// How a stack is set up; `Options::default()` is KS' backend in both environments.
#[derive(Clone, Debug)]
pub struct Options {
    pub test: ClientSetup,
    pub produksjon: ClientSetup,
    pub limits: Limits,
    pub test_person: &'static str,
    pub income_year: u16,
    /// Another Enhetsregisteret than the simulators' (a closed port, say).
    pub enhetsregisteret: Option<String>,
    /// Another Summert skattegrunnlag for the test environment, from the simulators' addresses.
    pub summert_skattegrunnlag_test: Option<fn(&Simulators) -> String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            test: KS_TEST,
            produksjon: KS_PRODUCTION_KEY,
            limits: Limits::default(),
            test_person: TEST_PERSON,
            income_year: 2023,
            enhetsregisteret: None,
            summert_skattegrunnlag_test: None,
        }
    }
}

fn credential_lines(c: &ClientSetup) -> String {
    match c.credential {
        Credential::Certificate(file) => format!(
            "certificate = \"{file}\"\ncertificate_password_env = \"{PASSWORD_VARIABLE}\"\n"
        ),
        Credential::Key(file, kid) => format!("key = \"{file}\"\nkid = \"{kid}\"\n"),
    }
}

/// The configuration an operator would write for these simulators.
pub fn config_text(sims: &Simulators, o: &Options) -> String {
    let register = o
        .enhetsregisteret
        .clone()
        .unwrap_or_else(|| sims.enhetsregisteret());
    let mut text =
        String::from("listen = \"127.0.0.1:0\"\nallowed_origins = [\"http://127.0.0.1:8080\"]\n");
    for (env, client) in [
        (Environment::Test, &o.test),
        (Environment::Production, &o.produksjon),
    ] {
        let ssg = match env {
            Environment::Test => o
                .summert_skattegrunnlag_test
                .map_or_else(|| sims.summert_skattegrunnlag(env), |f| f(sims)),
            Environment::Production => sims.summert_skattegrunnlag(env),
        };
        text.push_str(&format!(
            "\n[environments.{}]\nmaskinporten = \"{}\"\nclient_id = \"{}\"\n{}enhetsregisteret = \"{register}\"\n\
             summert_skattegrunnlag = \"{ssg}\"\ntest_person = \"{}\"\nincome_year = {}\n",
            env.answer(),
            sims.issuer(env),
            client.client_id,
            credential_lines(client),
            o.test_person,
            o.income_year,
        ));
    }
    text
}

pub fn password(name: &str) -> Option<String> {
    (name == PASSWORD_VARIABLE).then(|| keys().password.clone())
}

/// Parses a configuration text as if it were `backend.toml` in the key folder.
pub fn parse_config(text: &str) -> Result<Config, config::ConfigError> {
    keys();
    config::parse(text, &key_dir().join("backend.toml"), &password)
}

/// Simulators and a backend; dropping it stops both.
pub struct Stack {
    pub sims: Simulators,
    pub url: String,
    stop: Option<oneshot::Sender<()>>,
}

impl Drop for Stack {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

pub async fn simulators(fixture: Fixture) -> Simulators {
    skattedeling_simulators::start(fixture, keys(), "127.0.0.1:0".parse().unwrap())
        .await
        .expect("simulators start")
}

pub async fn stack(fixture: Fixture, options: Options) -> Stack {
    let sims = simulators(fixture).await;
    let text = config_text(&sims, &options);
    stack_with(sims, &text, options.limits).await
}

/// A backend serving the configuration `text`, for `sims`.
pub async fn stack_with(sims: Simulators, text: &str, limits: Limits) -> Stack {
    let config = parse_config(text).expect("the configuration is valid");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = skattedeling_backend::serve(&config, limits, listener, async {
            let _ = stopped.await;
        })
        .await;
    });
    Stack {
        sims,
        url,
        stop: Some(stop),
    }
}

pub async fn standard() -> Stack {
    stack(Fixture::standard(), Options::default()).await
}

pub fn request(
    miljo: Environment,
    kommune: &str,
    vendor: Option<&str>,
    package: &str,
) -> TestRequest {
    let org = |n: &str| OrgNumber::parse(n).expect("a valid number");
    TestRequest::new(miljo, &org(kommune), vendor.map(org).as_ref(), package)
}

/// Posts a test; the HTTP status and the raw body.
pub async fn post_raw(stack: &Stack, request: &TestRequest) -> (u16, String) {
    let res = http()
        .post(format!("{}/v1/connection-tests", stack.url))
        .header("Content-Type", "application/json")
        .body(request.to_json())
        .send()
        .await
        .expect("the backend answers");
    (res.status().as_u16(), res.text().await.unwrap())
}

/// Posts a test and reads the report as the site does; the body must follow the contract.
pub async fn run(stack: &Stack, request: &TestRequest) -> TestReport {
    let (status, body) = post_raw(stack, request).await;
    assert!(
        !body.contains(TEST_PERSON),
        "the test person never leaves the backend: {body}"
    );
    assert!(!body.contains("eyJ"), "no token leaves the backend: {body}");
    read_report(status, &body, None, request).unwrap_or_else(|e| panic!("{e:?}: {body}"))
}

/// The on-behalf-of test in the test environment for `kommune`, with KS as the vendor.
pub async fn via_ks(stack: &Stack, kommune: &str) -> TestReport {
    run(
        stack,
        &request(
            Environment::Test,
            kommune,
            Some(KS),
            "kommuneforeldrebetaling",
        ),
    )
    .await
}

/// Each step as (id, status, code).
pub fn steps(report: &TestReport) -> Vec<(&str, &str, Option<&str>)> {
    report
        .steg
        .iter()
        .map(|s| (s.id.as_str(), s.status.class(), s.feilkode.as_deref()))
        .collect()
}

/// The failing step, which must be there.
pub fn failed(report: &TestReport) -> &skattedeling_core::connection::StepResult {
    report
        .steg
        .iter()
        .find(|s| s.status == StepStatus::Failed)
        .unwrap_or_else(|| panic!("a step fails: {report:#?}"))
}

pub fn step<'a>(report: &'a TestReport, id: &str) -> &'a skattedeling_core::connection::StepResult {
    report
        .steg
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("step {id}: {report:#?}"))
}
