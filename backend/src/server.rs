//! The HTTP side, by the contract (`api/openapi.yaml`): `GET /v1/health`, `POST /v1/connection-tests`,
//! a `Problem` body for every error, CORS for the configured origins only, bodies over 16 KB refused
//! before they are read (413), JSON only (415), and at most `Limits::concurrent_tests` tests at once
//! (503 with `Retry-After`). Every answer is in the language of the request's `Accept-Language`
//! (`crate::language`), and says so in `Content-Language`.

use crate::config::Config;
use crate::language;
use crate::run::{self, Limits, Setup};
use crate::texts::{texts, Texts};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use skattedeling_core::connection::{
    Health, HealthStatus, Problem, TestRequest, HEALTH_PATH, TESTS_PATH,
};
use skattedeling_core::texts::fill;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// A connection test's request is a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// The longest a request may take, reading included (a test itself takes at most 15 s).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// What a busy backend asks the site to wait.
const RETRY_AFTER_SECONDS: u32 = 5;

pub struct App {
    setups: Vec<Setup>,
    limits: Limits,
    tests: Arc<Semaphore>,
}

impl App {
    pub fn new(config: &Config, limits: Limits) -> App {
        let http = crate::upstream::client();
        App {
            setups: config
                .environments
                .iter()
                .map(|e| Setup::new(e.clone(), http.clone()))
                .collect(),
            tests: Arc::new(Semaphore::new(limits.concurrent_tests)),
            limits,
        }
    }

    pub fn setups(&self) -> &[Setup] {
        &self.setups
    }
}

/// An error answer with the contract's `Problem` body.
pub fn problem(status: StatusCode, kode: &str, melding: impl Into<String>) -> Response {
    let body = Problem {
        kode: kode.into(),
        melding: melding.into(),
    };
    (status, Json(body)).into_response()
}

async fn health(State(app): State<Arc<App>>) -> Response {
    Json(Health {
        status: HealthStatus::Ok,
        versjon: Some(env!("CARGO_PKG_VERSION").into()),
        miljoer: Some(app.setups.iter().map(|s| s.config.environment).collect()),
    })
    .into_response()
}

/// An error answer not yet made.
struct Refusal {
    status: StatusCode,
    kode: &'static str,
    melding: String,
}

fn refusal(status: StatusCode, kode: &'static str, melding: impl Into<String>) -> Refusal {
    Refusal {
        status,
        kode,
        melding: melding.into(),
    }
}

/// The words for what is wrong with a request.
fn too_large(t: &Texts) -> String {
    fill(
        t.server.too_large,
        &[("kb", &(MAX_BODY_BYTES / 1024).to_string())],
    )
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case("application/json")
        })
}

/// The request, or the error answer that says what is wrong with it, in `t`'s language.
fn read_request(
    app: &App,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    t: &Texts,
) -> Result<(TestRequest, usize), Refusal> {
    const BAD: (StatusCode, &str) = (StatusCode::BAD_REQUEST, "UGYLDIG-FORESPORSEL");
    if !is_json(headers) {
        return Err(refusal(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            BAD.1,
            t.server.not_json,
        ));
    }
    let body = body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            refusal(StatusCode::PAYLOAD_TOO_LARGE, "FOR-STOR", too_large(t))
        }
        _ => refusal(BAD.0, BAD.1, t.server.unreadable),
    })?;
    let request = std::str::from_utf8(&body)
        .ok()
        .and_then(TestRequest::from_json)
        .ok_or_else(|| refusal(BAD.0, BAD.1, t.server.not_the_contract))?;
    // Core words a request's fault in every language, for the site and the backend alike.
    if let Some(why) = request.problem(t.lang) {
        return Err(refusal(BAD.0, BAD.1, why));
    }
    let Some(at) = app
        .setups
        .iter()
        .position(|s| s.config.environment == request.miljo)
    else {
        let here: Vec<&str> = app
            .setups
            .iter()
            .map(|s| s.config.environment.answer())
            .collect();
        let and = format!(" {} ", t.server.and);
        let why = fill(
            t.server.not_set_up,
            &[
                ("miljo", request.miljo.answer()),
                ("here", &here.join(&and)),
            ],
        );
        return Err(refusal(BAD.0, BAD.1, why));
    };
    Ok((request, at))
}

async fn connection_test(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let lang = language::of_request(&headers);
    let t = texts(lang);
    let (request, at) = match read_request(&app, &headers, body, t) {
        Ok(r) => r,
        Err(r) => return problem(r.status, r.kode, r.melding),
    };
    let Ok(_permit) = app.tests.clone().try_acquire_owned() else {
        tracing::warn!(
            grense = app.limits.concurrent_tests,
            "for mange samtidige tester"
        );
        let mut answer = problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "UTILGJENGELIG",
            t.server.busy,
        );
        answer
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
        return answer;
    };
    let started = Instant::now();
    let report = run::run(&app.setups[at], &request, &app.limits, lang).await;
    let first = report.first_failure();
    tracing::info!(
        test_id = %report.test_id,
        miljo = request.miljo.answer(),
        kommune = %request.kommune,
        leverandor = request.leverandor.as_deref().unwrap_or(""),
        rettighetspakke = %request.rettighetspakke,
        sprak = lang.code(),
        resultat = if report.works() { "ok" } else if first.is_some() { "feil" } else { "ufullstendig" },
        feilkode = first.and_then(|s| s.feilkode.as_deref()).unwrap_or(""),
        steg = %run::log_line(&report),
        varighet_ms = started.elapsed().as_millis() as u64,
        "tilkoblingstest"
    );
    Json(report).into_response()
}

/// Whether the request declares a body (`Content-Length`) larger than `limit` bytes.
pub fn declared_over(headers: &HeaderMap, limit: usize) -> bool {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .is_some_and(|n| n > limit as u64)
}

/// Refuses a body declared larger than the limit before any of it is read (413).
async fn declared_size(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if declared_over(request.headers(), MAX_BODY_BYTES) {
        let t = texts(language::of_request(request.headers()));
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "FOR-STOR", too_large(t));
    }
    next.run(request).await
}

/// Says in `Content-Language` which language the answer is in (unless the answer says so itself),
/// and in `Vary` that it depends on `Accept-Language`.
async fn content_language(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let lang = language::of_request(request.headers());
    let mut answer = next.run(request).await;
    let headers = answer.headers_mut();
    if !headers.contains_key(header::CONTENT_LANGUAGE) {
        headers.insert(header::CONTENT_LANGUAGE, language::content_language(lang));
    }
    headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    answer
}

async fn not_found(headers: HeaderMap, uri: axum::http::Uri) -> Response {
    let t = texts(language::of_request(&headers));
    problem(
        StatusCode::NOT_FOUND,
        "UKJENT-ADRESSE",
        fill(t.server.no_such_path, &[("path", uri.path())]),
    )
}

async fn method_not_allowed(headers: HeaderMap, method: Method, uri: axum::http::Uri) -> Response {
    let t = texts(language::of_request(&headers));
    let allow = if uri.path() == HEALTH_PATH {
        "GET"
    } else {
        "POST"
    };
    let mut answer = problem(
        StatusCode::METHOD_NOT_ALLOWED,
        "METODE",
        fill(
            t.server.method,
            &[("path", uri.path()), ("method", method.as_str())],
        ),
    );
    answer
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    answer
}

/// The whole service for `app`, with CORS for `origins`.
pub fn router(app: Arc<App>, origins: &[String]) -> Router {
    let routes = Router::new()
        .route(HEALTH_PATH, get(health))
        .route(TESTS_PATH, post(connection_test))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app);
    with_contract_rules(routes, origins, REQUEST_TIMEOUT)
}

/// The contract's HTTP rules around `routes`: CORS for `origins` only (errors included, with
/// `Retry-After` readable), bodies over 16 KB refused before they are read, `no-store`,
/// `Content-Language`, and no request longer than `request_timeout`. The test double in front of the
/// backend uses them too.
///
/// `Accept-Language` needs nothing from CORS: with the values the site sends (`nb`, `nn`, `en`) it is
/// a CORS-safelisted request header, so it is not in a preflight's `Access-Control-Request-Headers`,
/// and `Content-Language` is a safelisted response header the page may read without
/// `Access-Control-Expose-Headers`.
pub fn with_contract_rules(
    routes: Router,
    origins: &[String],
    request_timeout: Duration,
) -> Router {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .expose_headers([header::RETRY_AFTER])
        .max_age(Duration::from_secs(600));
    routes
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(declared_size))
        .layer(axum::middleware::from_fn(content_language))
        // A client that stops sending half-way does not hold a connection for ever.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(cors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use skattedeling_core::guide::token::Environment;
    use skattedeling_core::{Lang, OrgNumber};

    fn request(miljo: Environment, kommune: &str, package: &str) -> TestRequest {
        TestRequest {
            miljo,
            kommune: kommune.into(),
            leverandor: None,
            rettighetspakke: package.into(),
        }
    }

    #[test]
    fn a_wrong_request_is_told_in_the_requests_language() {
        assert!(OrgNumber::parse("310000000").unwrap().is_synthetic());
        let wrong = [
            request(Environment::Test, "974760674", "saernamsmann"),
            request(Environment::Test, "974760673", "ukjent"),
            request(Environment::Production, "310000000", "saernamsmann"),
        ];
        for r in &wrong {
            assert!(r.fault().is_some());
            assert!(r.problem(Lang::Nb).is_some_and(|p| p.contains(" er ")));
        }
        assert_eq!(
            wrong[0].problem(Lang::Nn).unwrap(),
            "kommune: 974760674 er ikkje eit gyldig organisasjonsnummer."
        );
        assert!(wrong[1]
            .problem(Lang::En)
            .unwrap()
            .starts_with("rettighetspakke: ukjent is not one of the municipalities"));
        assert_eq!(
            too_large(texts(Lang::En)),
            "The request is larger than 16 KB."
        );
    }
}
