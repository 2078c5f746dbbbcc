//! The connection-test backend: the contract in `api/openapi.yaml`, run for real. Each test looks the
//! municipality up in Enhetsregisteret, gets a token from Maskinporten with a fresh JWT grant, checks
//! the delegation in the token against Maskinporten's keys, and calls Summert skattegrunnlag — and
//! explains every step in Norwegian. `main.rs` only sets up logging, reads the configuration and
//! serves; everything here is tested in-process against the simulators.

pub mod code_texts;
pub mod config;
pub mod credentials;
pub mod enhetsregisteret;
pub mod listen;
pub mod maskinporten;
pub mod run;
pub mod server;
pub mod skattegrunnlag;
pub mod steps;
pub mod upstream;

use std::future::Future;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Serves `config` on `listener` until `shutdown` resolves, then lets the tests in flight finish.
pub async fn serve(
    config: &config::Config,
    limits: run::Limits,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = Arc::new(server::App::new(config, limits));
    let router = server::router(app, &config.allowed_origins);
    listen::serve(listener, router, listen::Connections::default(), shutdown).await
}
