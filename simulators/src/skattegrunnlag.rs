//! Summert skattegrunnlag v2: `GET {stadie}/{rettighetspakke}/{år}/{person}` with a Maskinporten token
//! from the same environment. It checks what Skatteetaten checks — the token (SSG-004), the format
//! asked for (SSG-009), the path (SSG-003, SSG-006), the consumer's rettighetspakker (SSG-005) — and
//! answers with a skattegrunnlag, SSG-007 or SSG-008, or SSG-002 where the fixture makes the backend
//! system fail. It counts the calls in flight per consumer (Skatteetaten allows five at once).

use crate::maskinporten::verify_access_token;
use crate::{delay, environment_named, Shared};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::person::is_person_number;
use std::sync::Arc;

/// The rettighetspakker this API has (Skatteetaten's table holds more than the municipalities' own).
const PACKAGES: &[&str] = &[
    "kommuneboligsosialeformaal",
    "kommuneforeldrebetaling",
    "kommunelangtidsoppholdinstitusjon",
    "kommunepersonligassistanse",
    "saernamsmann",
];
const SCOPES: &[&str] = &[
    "skatteetaten:summertskattegrunnlag",
    "skatteetaten:spesifisertsummertskattegrunnlag",
];

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        // Skatteetaten documents a UUID (a 32-hex value has been seen too; the backend takes either).
        Json(json!({ "kode": code, "melding": message, "korrelasjonsid": uuid::Uuid::new_v4().to_string() })),
    )
        .into_response()
}

/// The consumer's organisation number from a token this environment issued, if the token is valid
/// and carries the scope.
fn consumer(shared: &Shared, environment: Environment, headers: &HeaderMap) -> Option<String> {
    let token = headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")?;
    let claims = verify_access_token(shared, environment, token)?;
    let scopes = claims.get("scope")?.as_str()?;
    if !scopes.split(' ').any(|s| SCOPES.contains(&s)) {
        return None;
    }
    let id = claims.get("consumer")?.get("ID")?.as_str()?;
    Some(id.rsplit(':').next()?.to_string())
}

fn accepts_json_or_xml(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|a| a.to_str().ok())
        .is_none_or(|a| {
            a.split(',').any(|t| {
                let t = t.split(';').next().unwrap_or("").trim();
                [
                    "application/json",
                    "application/xml",
                    "*/*",
                    "application/*",
                ]
                .contains(&t)
            })
        })
}

pub async fn call(
    State(shared): State<Arc<Shared>>,
    Path((env, stadie, pakke, aar, person)): Path<(String, String, String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(environment) = environment_named(&env) else {
        return error(StatusCode::NOT_FOUND, "SSG-003", "Ukjent URL.");
    };
    let Some(consumer) = consumer(&shared, environment, &headers) else {
        return error(StatusCode::UNAUTHORIZED, "SSG-004", "Autentiseringsfeil.");
    };
    shared.stats.call_started(&consumer);
    let fixture = shared.fixture.miljo.get(environment);
    delay(fixture.skattegrunnlag.forsinkelse_ms).await;
    let answer = answer(
        &shared,
        environment,
        &consumer,
        &headers,
        [&stadie, &pakke, &aar, &person],
    );
    shared.stats.call_ended(&consumer);
    answer
}

fn answer(
    shared: &Shared,
    environment: Environment,
    consumer: &str,
    headers: &HeaderMap,
    [stadie, pakke, aar, person]: [&str; 4],
) -> Response {
    let fixture = shared.fixture.miljo.get(environment);
    if fixture.skattegrunnlag.nede {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "DAS-003",
            "Tjenesten er midlertidig utilgjengelig.",
        );
    }
    if !accepts_json_or_xml(headers) {
        return error(
            StatusCode::NOT_ACCEPTABLE,
            "SSG-009",
            "Tjenesten svarer bare med JSON eller XML.",
        );
    }
    if !PACKAGES.contains(&pakke) {
        return error(StatusCode::NOT_FOUND, "SSG-003", "Ukjent URL.");
    }
    let year = aar
        .parse::<u16>()
        .ok()
        .filter(|y| (2017..=2100).contains(y));
    let stadie_ok =
        stadie == "oppgjoer" || (stadie == "utkast" && pakke == "kommuneforeldrebetaling");
    let (Some(year), true, true) = (year, stadie_ok, is_person_number(person)) else {
        return error(StatusCode::BAD_REQUEST, "SSG-006", "Feil i inndata.");
    };
    if !fixture.has_package(consumer, pakke) {
        return error(
            StatusCode::FORBIDDEN,
            "SSG-005",
            "Ingen tilgang til ressursen.",
        );
    }
    if fixture.baksystemfeil.iter().any(|c| c == consumer) {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "SSG-002",
            "Feil i baksystem.",
        );
    }
    let Some(found) = shared.fixture.person(person) else {
        return error(
            StatusCode::NOT_FOUND,
            "SSG-007",
            "Fant ikke noen person for gitt personidentifikator.",
        );
    };
    if !found.inntektsaar.contains(&year) {
        return error(
            StatusCode::NOT_FOUND,
            "SSG-008",
            "Fant ikke summert skattegrunnlag for gitt inntektsår.",
        );
    }
    Json(skattegrunnlag(person, year, stadie)).into_response()
}

/// A small skattegrunnlag in v2's shape.
fn skattegrunnlag(person: &str, year: u16, stadie: &str) -> Value {
    let post = |navn: &str, beloep: u64, kategori: &str| json!({ "tekniskNavn": navn, "beloep": beloep, "kategori": kategori });
    json!({
        "personidentifikator": person,
        "inntektsaar": year.to_string(),
        "stadie": stadie,
        "skjermet": false,
        "skatteoppgjoersdato": format!("{}-06-20", year + 1),
        "ajourholdstidspunkt": format!("{}-06-20T08:00:00Z", year + 1),
        "grunnlag": [
            post("alminneligInntektFoerSaerfradrag", 512_400, "inntekt"),
            post("personinntektLoenn", 540_000, "inntekt"),
            post("bruttoformue", 180_000, "formue"),
            post("samledePaaloepteRenterPaaGjeld", 27_600, "inntektsfradrag"),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_json_or_xml_is_accepted() {
        let with = |accept: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT, accept.parse().unwrap());
            accepts_json_or_xml(&h)
        };
        assert!(accepts_json_or_xml(&HeaderMap::new()));
        assert!(with("application/json"));
        assert!(with("text/html, application/xml;q=0.9"));
        assert!(!with("text/html"));
    }
}
