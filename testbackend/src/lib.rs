//! The test double: what only a broken connection-test backend does, in front of the real one. For
//! three organisation numbers it breaks the real backend's answer — late, cut off, or a 503 — and
//! every other request it passes to the real backend (`skattedeling-backend`) as it is. It runs on the
//! backend's own HTTP rules (`with_contract_rules`: CORS, body limits, time limits, `Content-Language`)
//! and reads `Accept-Language` as the backend does (`skattedeling_backend::language`): its own answers
//! are in that language, and it asks the backend for the same one.

pub mod texts;
mod texts_en;
mod texts_nn;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use skattedeling_backend::language;
use skattedeling_backend::server::{problem, with_contract_rules, MAX_BODY_BYTES};
use skattedeling_core::connection::{TestRequest, TESTS_PATH};
use skattedeling_core::texts::fill;
use std::sync::Arc;
use std::time::Duration;
use texts::texts;

/// What the double does to a test, by the municipality's organisation number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The real answer, after `--slow-seconds`.
    Slow,
    /// The real answer cut off halfway, as a proxy that drops the connection.
    InvalidJson,
    /// 503 with `Retry-After: 120`, as a backend in maintenance.
    Unavailable,
}

/// The organisation numbers that break a test (all pass MOD11); every other number is passed on.
pub const FAULTS: &[(&str, Fault, &str)] = &[
    (
        "910000071",
        Fault::Slow,
        "svarer først etter --slow-seconds",
    ),
    (
        "910000098",
        Fault::InvalidJson,
        "svarer med JSON som er kuttet av",
    ),
    (
        "910000101",
        Fault::Unavailable,
        "svarer HTTP 503 med Retry-After",
    ),
];

impl Fault {
    pub fn for_municipality(orgnr: &str) -> Option<Fault> {
        FAULTS
            .iter()
            .find(|(n, _, _)| *n == orgnr)
            .map(|(_, f, _)| *f)
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// The real backend's base URL.
    pub backend: String,
    pub slow: Duration,
}

struct Shared {
    settings: Settings,
    http: reqwest::Client,
}

/// The double's service, with CORS for `origins`.
pub fn router(settings: Settings, origins: &[String]) -> Router {
    let timeout = settings.slow + Duration::from_secs(30);
    let shared = Arc::new(Shared {
        settings,
        http: skattedeling_backend::upstream::client(),
    });
    with_contract_rules(
        Router::new().fallback(handle).with_state(shared),
        origins,
        timeout,
    )
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let lang = language::of_request(&parts.headers);
    let t = texts(lang);
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "FOR-STOR", t.too_large);
    };
    let fault = (parts.uri.path() == TESTS_PATH && parts.method == "POST")
        .then(|| {
            std::str::from_utf8(&body)
                .ok()
                .and_then(TestRequest::from_json)
        })
        .flatten()
        .and_then(|r| Fault::for_municipality(&r.kommune));
    if fault == Some(Fault::Unavailable) {
        let mut r = problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "UTILGJENGELIG",
            t.maintenance,
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("120"));
        return r;
    }
    if fault == Some(Fault::Slow) {
        tokio::time::sleep(shared.settings.slow).await;
    }
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut forward = shared
        .http
        .request(
            parts.method.clone(),
            format!("{}{path}", shared.settings.backend),
        )
        .body(body)
        // The language the double read, so the backend's answer is in the double's.
        .header(header::ACCEPT_LANGUAGE, lang.code());
    if let Some(t) = parts.headers.get(header::CONTENT_TYPE) {
        forward = forward.header(header::CONTENT_TYPE, t);
    }
    let Ok(answer) = forward.send().await else {
        return problem(
            StatusCode::BAD_GATEWAY,
            "INGEN-TESTTJENESTE",
            fill(t.no_backend, &[("backend", &shared.settings.backend)]),
        );
    };
    passed_on(answer, fault == Some(Fault::InvalidJson)).await
}

/// The real backend's answer as the double gives it: cut off halfway when `cut`, with the backend's
/// headers but this server's own length, CORS and `Vary` (CORS for its own origins). The backend's
/// `Content-Language` is passed on.
async fn passed_on(answer: reqwest::Response, cut: bool) -> Response {
    let status = answer.status();
    let mut headers = answer.headers().clone();
    let mut bytes = answer.bytes().await.unwrap_or_default();
    if cut {
        bytes = Bytes::copy_from_slice(&bytes[..bytes.len() / 2]);
    }
    let own: Vec<_> = headers
        .keys()
        .filter(|n| {
            n.as_str().starts_with("access-control-")
                || *n == header::CONTENT_LENGTH
                || *n == header::TRANSFER_ENCODING
                || *n == header::VARY
        })
        .cloned()
        .collect();
    for name in own {
        headers.remove(name);
    }
    let mut response = (status, Body::from(bytes)).into_response();
    response.headers_mut().extend(headers);
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use skattedeling_core::OrgNumber;

    /// Serves `router` on a free port of this machine; its address.
    async fn serve(router: Router) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        url
    }

    /// A double in front of `backend`, for the site's origin.
    async fn double(backend: &str) -> String {
        let settings = Settings {
            backend: backend.into(),
            slow: Duration::from_millis(1),
        };
        serve(router(settings, &["http://127.0.0.1:8080".into()])).await
    }

    /// Posts a test for `kommune` with `accept_language`: status, `Content-Language` and body.
    async fn post(
        url: &str,
        kommune: &str,
        accept_language: Option<&str>,
    ) -> (u16, String, String) {
        let body =
            format!(r#"{{"miljo":"test","kommune":"{kommune}","rettighetspakke":"saernamsmann"}}"#);
        let mut call = skattedeling_backend::upstream::client()
            .post(format!("{url}{TESTS_PATH}"))
            .header("Content-Type", "application/json")
            .body(body);
        if let Some(lang) = accept_language {
            call = call.header("Accept-Language", lang);
        }
        let res = call.send().await.unwrap();
        let lang = res.headers()[header::CONTENT_LANGUAGE]
            .to_str()
            .unwrap()
            .to_string();
        (res.status().as_u16(), lang, res.text().await.unwrap())
    }

    #[tokio::test]
    async fn the_doubles_own_answers_are_in_the_requests_language() {
        // Nothing listens on port 1: the real backend is not there.
        let url = double("http://127.0.0.1:1").await;
        let (status, lang, body) = post(&url, "910000101", Some("nn-NO")).await;
        assert_eq!((status, lang.as_str()), (503, "nn"));
        assert!(
            body.contains("Testtenesta er mellombels utilgjengeleg"),
            "{body}"
        );
        assert!(body.contains(r#""kode":"UTILGJENGELIG""#), "{body}");
        let (status, lang, body) = post(&url, "910000101", Some("en-GB,en;q=0.9")).await;
        assert_eq!((status, lang.as_str()), (503, "en"));
        assert!(body.contains("planned maintenance"), "{body}");
        let (status, lang, body) = post(&url, "910000004", Some("en")).await;
        assert_eq!((status, lang.as_str()), (502, "en"));
        assert!(
            body.contains("The real test service does not answer at http://127.0.0.1:1."),
            "{body}"
        );
        let (status, lang, body) = post(&url, "910000101", None).await;
        assert_eq!((status, lang.as_str()), (503, "nb"));
        assert!(body.contains(texts::NB.maintenance), "{body}");
    }

    #[tokio::test]
    async fn the_real_backend_is_asked_in_the_language_the_double_read() {
        use axum::http::HeaderMap;
        // A backend that answers with the language it was asked in.
        let echo = Router::new().fallback(|headers: HeaderMap| async move {
            let heard = headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let lang = skattedeling_backend::language::of_request(&headers);
            (
                [
                    (header::CONTENT_LANGUAGE, lang.code()),
                    (header::VARY, "accept-language"),
                ],
                heard,
            )
        });
        let backend = serve(echo).await;
        let url = double(&backend).await;
        for (asked, heard) in [
            (Some("de, en;q=0.5"), "en"),
            (Some("nn;q=0.9, nb;q=0.8"), "nn"),
            (Some("sv"), "nb"),
            (None, "nb"),
        ] {
            let (status, lang, body) = post(&url, "910000004", asked).await;
            assert_eq!(
                (status, body.as_str(), lang.as_str()),
                (200, heard, heard),
                "{asked:?}"
            );
        }
        // Slow is late, not in another language.
        let (_, lang, body) = post(&url, "910000071", Some("nn")).await;
        assert_eq!((lang.as_str(), body.as_str()), ("nn", "nn"));
    }

    #[test]
    fn every_fault_number_is_a_valid_organisation_number() {
        for (n, _, _) in FAULTS {
            assert!(OrgNumber::parse(n).is_ok(), "{n}");
        }
        assert_eq!(Fault::for_municipality("910000004"), None);
    }
}
