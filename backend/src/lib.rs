//! The connection-test backend: the contract in `api/openapi.yaml`, run for real. Each test looks the
//! municipality up in Enhetsregisteret, gets a token from Maskinporten with a fresh JWT grant, checks
//! the delegation in the token against Maskinporten's keys, and calls Summert skattegrunnlag — and
//! explains every step in the language the request asks for (`language`): bokmål, nynorsk or
//! English (`texts`). With `[feedback]` it also takes the site's anonymous feedback
//! (`feedback`). `main.rs` only sets up logging, reads the configuration and
//! serves; everything here is tested in-process against the simulators.

pub mod code_texts;
pub mod config;
pub mod credentials;
pub mod enhetsregisteret;
pub mod feedback;
pub mod language;
pub mod listen;
pub mod maskinporten;
pub mod run;
pub mod server;
pub mod skattegrunnlag;
pub mod steps;
pub mod texts;
mod texts_en;
mod texts_nn;
pub mod upstream;

use std::future::Future;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Serves `config` on `listener` until `shutdown` resolves, then lets the tests in flight finish.
/// With `[feedback]`, opens its store first (a fault there is an error before anything is served).
pub async fn serve(
    config: &config::Config,
    limits: run::Limits,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let feedback = match &config.feedback {
        Some(f) => Some(
            feedback::Service::start(f, feedback::Options::default())
                .await
                .map_err(std::io::Error::other)?,
        ),
        None => None,
    };
    serve_with(config, limits, feedback, listener, shutdown).await
}

/// As [`serve`], with the feedback service already started (or none).
pub async fn serve_with(
    config: &config::Config,
    limits: run::Limits,
    feedback: Option<Arc<feedback::Service>>,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = Arc::new(server::App::new(config, limits));
    let mut router = server::router(app, &config.allowed_origins);
    if let Some(service) = feedback {
        router = router.merge(feedback::router(service));
    }
    listen::serve(listener, router, listen::Connections::default(), shutdown).await
}
