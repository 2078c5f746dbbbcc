//! The test double: what only a broken connection-test backend does, in front of the real one. For
//! three organisation numbers it breaks the real backend's answer — late, cut off, or a 503 — and
//! every other request it passes to the real backend (`skattedeling-backend`) as it is. It runs on the
//! backend's own HTTP rules (`with_contract_rules`: CORS, body limits, time limits).

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use skattedeling_backend::server::{problem, with_contract_rules, MAX_BODY_BYTES};
use skattedeling_core::connection::{TestRequest, TESTS_PATH};
use std::sync::Arc;
use std::time::Duration;

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
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            "FOR-STOR",
            "Forespørselen er for stor.",
        );
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
            "Testtjenesten er midlertidig utilgjengelig på grunn av planlagt vedlikehold.",
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
        .body(body);
    if let Some(t) = parts.headers.get(header::CONTENT_TYPE) {
        forward = forward.header(header::CONTENT_TYPE, t);
    }
    let Ok(answer) = forward.send().await else {
        return problem(
            StatusCode::BAD_GATEWAY,
            "INGEN-TESTTJENESTE",
            format!(
                "Den ekte testtjenesten svarer ikke på {}.",
                shared.settings.backend
            ),
        );
    };
    let status = answer.status();
    let mut headers = answer.headers().clone();
    let mut bytes = answer.bytes().await.unwrap_or_default();
    if fault == Some(Fault::InvalidJson) {
        bytes = Bytes::copy_from_slice(&bytes[..bytes.len() / 2]);
    }
    // Length and CORS are this server's own (CORS for its own origins).
    let own: Vec<_> = headers
        .keys()
        .filter(|n| {
            n.as_str().starts_with("access-control-")
                || *n == header::CONTENT_LENGTH
                || *n == header::TRANSFER_ENCODING
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

    #[test]
    fn every_fault_number_is_a_valid_organisation_number() {
        for (n, _, _) in FAULTS {
            assert!(OrgNumber::parse(n).is_ok(), "{n}");
        }
        assert_eq!(Fault::for_municipality("910000004"), None);
    }
}
