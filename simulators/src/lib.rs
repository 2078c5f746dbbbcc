//! Maskinporten, Enhetsregisteret and Summert skattegrunnlag v2 on loopback, played from a fixture
//! (`fixture.toml`) with the checks the real services make, so the connection-test backend can run
//! every scenario for real in tests and under `make serve`. One server, one path prefix a service:
//!
//! - `/maskinporten/{test|produksjon}/` — the issuer: `.well-known/oauth-authorization-server`,
//!   `token`, `jwk`
//! - `/enhetsregisteret/api/{enheter|underenheter}/{orgnr}`
//! - `/summertskattegrunnlag/{test|produksjon}/v2/{stadie}/{rettighetspakke}/{år}/{person}`

pub mod enhetsregisteret;
pub mod fixture;
pub mod keys;
pub mod maskinporten;
pub mod skattegrunnlag;

use axum::routing::{get, post};
use axum::Router;
use fixture::Fixture;
use keys::KeyMaterial;
use skattedeling_core::guide::token::Environment;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// What the simulators have seen, for tests that check what the backend sent.
#[derive(Default)]
pub struct Stats {
    token_requests: AtomicU64,
    metadata_requests: AtomicU64,
    jwks_requests: AtomicU64,
    /// Per consumer: calls to Summert skattegrunnlag in flight now, and the most at once.
    calls: Mutex<HashMap<String, (u32, u32)>>,
}

impl Stats {
    pub fn token_requests(&self) -> u64 {
        self.token_requests.load(Ordering::Relaxed)
    }

    pub fn metadata_requests(&self) -> u64 {
        self.metadata_requests.load(Ordering::Relaxed)
    }

    pub fn jwks_requests(&self) -> u64 {
        self.jwks_requests.load(Ordering::Relaxed)
    }

    /// The most calls to Summert skattegrunnlag that were in flight at once for `consumer`.
    pub fn most_concurrent_calls(&self, consumer: &str) -> u32 {
        let calls = self.calls.lock().unwrap_or_else(|e| e.into_inner());
        calls.get(consumer).map_or(0, |(_, most)| *most)
    }

    fn call_started(&self, consumer: &str) {
        let mut calls = self.calls.lock().unwrap_or_else(|e| e.into_inner());
        let (now, most) = calls.entry(consumer.to_string()).or_default();
        *now += 1;
        *most = (*most).max(*now);
    }

    fn call_ended(&self, consumer: &str) {
        let mut calls = self.calls.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((now, _)) = calls.get_mut(consumer) {
            *now = now.saturating_sub(1);
        }
    }
}

/// The state every handler reads.
pub struct Shared {
    pub fixture: Fixture,
    pub keys: Arc<KeyMaterial>,
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    pub stats: Stats,
    /// Grant ids seen, with when they expire (Maskinporten refuses a grant used before).
    used_grants: Mutex<HashMap<String, i64>>,
}

impl Shared {
    pub fn issuer(&self, environment: Environment) -> String {
        issuer(&self.base, environment)
    }
}

fn issuer(base: &str, environment: Environment) -> String {
    format!("{base}/maskinporten/{}/", environment.answer())
}

/// The path segment that names an environment, as in the issuer.
pub(crate) fn environment_named(segment: &str) -> Option<Environment> {
    Environment::from_answer(segment)
}

/// Running simulators; dropping this stops them.
pub struct Simulators {
    pub url: String,
    pub shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
}

impl Simulators {
    /// Maskinporten's issuer in `environment` (what goes in the backend's `maskinporten`).
    pub fn issuer(&self, environment: Environment) -> String {
        issuer(&self.url, environment)
    }

    pub fn enhetsregisteret(&self) -> String {
        format!("{}/enhetsregisteret/api", self.url)
    }

    pub fn summert_skattegrunnlag(&self, environment: Environment) -> String {
        format!(
            "{}/summertskattegrunnlag/{}/v2",
            self.url,
            environment.answer()
        )
    }

    pub fn stats(&self) -> &Stats {
        &self.shared.stats
    }

    /// Stops the server.
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for Simulators {
    fn drop(&mut self) {
        self.stop();
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(
            "/maskinporten/{env}/.well-known/oauth-authorization-server",
            get(maskinporten::metadata),
        )
        .route("/maskinporten/{env}/token", post(maskinporten::token))
        .route("/maskinporten/{env}/jwk", get(maskinporten::jwks))
        .route(
            "/enhetsregisteret/api/enheter/{orgnr}",
            get(enhetsregisteret::entity),
        )
        .route(
            "/enhetsregisteret/api/underenheter/{orgnr}",
            get(enhetsregisteret::sub_unit),
        )
        .route(
            "/summertskattegrunnlag/{env}/v2/{stadie}/{pakke}/{aar}/{person}",
            get(skattegrunnlag::call),
        )
        .with_state(shared)
}

/// Starts the simulators on `listen` (port 0: a free one) and returns once they accept connections.
pub async fn start(
    fixture: Fixture,
    keys: Arc<KeyMaterial>,
    listen: SocketAddr,
) -> std::io::Result<Simulators> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let url = format!("http://{}", listener.local_addr()?);
    let shared = Arc::new(Shared {
        fixture,
        keys,
        base: url.clone(),
        stats: Stats::default(),
        used_grants: Mutex::new(HashMap::new()),
    });
    let (stop, stopped) = oneshot::channel::<()>();
    let app = router(shared.clone());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    Ok(Simulators {
        url,
        shared,
        stop: Some(stop),
    })
}

/// Seconds since 1970 by `environment`'s Maskinporten clock, which the fixture may set off.
pub(crate) fn now(shared: &Shared, environment: Environment) -> i64 {
    let real = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    real + shared
        .fixture
        .miljo
        .get(environment)
        .maskinporten
        .klokke_forskyvning_s
}

/// Waits as the fixture's `forsinkelse_ms` says.
pub(crate) async fn delay(millis: u64) {
    if millis > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(millis)).await;
    }
}

/// A correlation or trace id: 32 hex digits.
pub(crate) fn trace_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}
