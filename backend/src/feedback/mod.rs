//! «Fant du det du lette etter?»: the anonymous feedback service, switched on by `[feedback]` in the
//! configuration. Votes, comments after «Nei» and searches that found nothing come in as JSON from
//! the site's script or as a plain form without it; what is kept is counts per ISO week (see
//! `store.rs`), every text through `core::feedback::redact`. KS reads it in a report (`report.rs`).

mod guard;
mod handlers;
mod page;
pub mod postgres;
pub mod report;
pub mod sqlite;
pub mod store;
pub mod week;

pub use guard::RateLimits;

use crate::config::FeedbackConfig;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Method};
use axum::routing::{get, post};
use axum::Router;
use skattedeling_core::feedback::{COMMENT_PATH, REPORT_PATH, SEARCH_PATH, VOTE_PATH};
use std::sync::{Arc, Weak};
use std::time::Duration;
use store::{Store, StoreError};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use week::{Clock, IsoWeek};

include!(concat!(env!("OUT_DIR"), "/feedback_targets.rs"));

/// The title of the answer or outcome `id`, if the site was built with it.
pub fn target_title(id: &str) -> Option<&'static str> {
    TARGETS
        .iter()
        .find(|(t, _)| *t == id)
        .map(|(_, title)| *title)
}

/// The languages votes are counted in.
pub const LANGUAGES: [&str; 3] = ["nb", "nn", "en"];

/// The largest feedback body: a comment of 300 characters and its fields fit with room to spare.
pub const MAX_BODY_BYTES: usize = 2048;

/// An error answer not yet made: a `Problem`, or for the plain form a page saying the same; with
/// `Retry-After` when there is a wait.
pub(crate) struct Refused {
    status: axum::http::StatusCode,
    kode: &'static str,
    melding: String,
    retry_after: Option<u64>,
    as_page: bool,
}

impl Refused {
    fn new(
        status: axum::http::StatusCode,
        kode: &'static str,
        melding: impl Into<String>,
    ) -> Refused {
        Refused {
            status,
            kode,
            melding: melding.into(),
            retry_after: None,
            as_page: false,
        }
    }

    /// The same refusal as a page when `page` (the request came from the plain form).
    fn page_if(self, page: bool) -> Refused {
        Refused {
            as_page: page,
            ..self
        }
    }
}

impl axum::response::IntoResponse for Refused {
    fn into_response(self) -> axum::response::Response {
        let mut answer = if self.as_page {
            page::refused(self.status, &self.melding)
        } else {
            crate::server::problem(self.status, self.kode, self.melding)
        };
        if let Some(seconds) = self.retry_after {
            answer
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        answer
    }
}

/// How the service runs: its limits and its clock (tests set both).
#[derive(Clone)]
pub struct Options {
    pub rate_limits: RateLimits,
    pub clock: Clock,
    /// How often retention runs after the run at start.
    pub retention_every: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            rate_limits: RateLimits::default(),
            clock: week::system_clock(),
            retention_every: Duration::from_secs(24 * 60 * 60),
        }
    }
}

pub struct Service {
    store: Arc<dyn Store>,
    guard: guard::Guard,
    clock: Clock,
    origins: Vec<String>,
    behind_proxy: bool,
    report_token: Option<String>,
}

impl Service {
    /// Opens the store (running its migrations), applies retention once, and starts the timers that
    /// apply it daily and forget old rate-limit entries; they stop when the service is dropped.
    pub async fn start(
        config: &FeedbackConfig,
        options: Options,
    ) -> Result<Arc<Service>, StoreError> {
        let database = config.database.clone();
        let store: Arc<dyn Store> =
            tokio::task::spawn_blocking(move || store::open(&database).map(Arc::from))
                .await
                .map_err(|e| StoreError(format!("kunne ikke åpne databasen: {e}")))??;
        let service = Arc::new(Service {
            store,
            guard: guard::Guard::new(options.rate_limits),
            clock: options.clock,
            origins: config.origins.clone(),
            behind_proxy: config.behind_proxy,
            report_token: config.report_token.clone(),
        });
        service.retain().await?;
        spawn_timers(Arc::downgrade(&service), options.retention_every);
        Ok(service)
    }

    /// This week, by the service's clock.
    pub fn week(&self) -> IsoWeek {
        IsoWeek::of((self.clock)())
    }

    /// Runs `f` on the store off the async runtime.
    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&dyn Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || f(store.as_ref()))
            .await
            .map_err(|e| StoreError(format!("databasekallet stoppet: {e}")))?
    }

    /// Deletes what is older than it may be kept.
    pub async fn retain(&self) -> Result<u64, StoreError> {
        let now = self.week();
        let deleted = self.blocking(move |s| store::retain(s, now)).await?;
        tracing::info!(
            slettet = deleted,
            "tilbakemeldinger: sletting etter lagringstid"
        );
        Ok(deleted)
    }
}

fn spawn_timers(service: Weak<Service>, retention_every: Duration) {
    let forget = service.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            let Some(service) = forget.upgrade() else {
                break;
            };
            service.guard.forget_old();
        }
    });
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(retention_every).await;
            let Some(service) = service.upgrade() else {
                break;
            };
            if let Err(e) = service.retain().await {
                tracing::warn!("tilbakemeldinger: sletting feilet: {e}");
            }
        }
    });
}

/// The feedback routes: CORS for the feedback origins, bodies over 2 KB refused, `no-store`, and
/// no request longer than 30 s (a client that stops sending half-way).
pub fn router(service: Arc<Service>) -> Router {
    let origins: Vec<HeaderValue> = service
        .origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .expose_headers([header::RETRY_AFTER])
        .max_age(Duration::from_secs(600));
    // Each part gets its 405 before its layers, so CORS also answers a preflight (OPTIONS).
    let posts = Router::new()
        .route(VOTE_PATH, post(handlers::vote))
        .route(COMMENT_PATH, post(handlers::comment))
        .route(SEARCH_PATH, post(handlers::search))
        .method_not_allowed_fallback(handlers::method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(handlers::declared_size))
        .layer(cors);
    let report_csv = format!("{REPORT_PATH}.csv");
    let report = Router::new()
        .route(REPORT_PATH, get(report::html_route))
        .route(&report_csv, get(report::csv_route))
        .method_not_allowed_fallback(handlers::method_not_allowed);
    posts
        .merge(report)
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .with_state(service)
}
