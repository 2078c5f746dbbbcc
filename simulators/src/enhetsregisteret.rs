//! Enhetsregisteret's open API: `enheter/{orgnr}` and `underenheter/{orgnr}` as HAL JSON, 404 for an
//! unknown number, 410 for a removed unit, and a deleted unit as 200 with `slettedato` — the answers
//! data.brreg.no gives.

use crate::fixture::{Entity, SubUnit};
use crate::{delay, Shared};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use std::sync::Arc;

/// What Enhetsregisteret calls each organisasjonsform.
fn form_description(code: &str) -> &'static str {
    match code {
        "KOMM" => "Kommune",
        "FYLK" => "Fylkeskommune",
        "ORGL" => "Organisasjonsledd",
        "KF" => "Kommunalt foretak",
        "IKS" => "Interkommunalt selskap",
        "AS" => "Aksjeselskap",
        "FLI" => "Forening/lag/innretning",
        "AAFY" => "Underenhet til ikke-næringsdrivende",
        "BEDR" => "Underenhet til næringsdrivende og offentlig forvaltning",
        _ => "Annen organisasjonsform",
    }
}

fn form(code: &str) -> Value {
    json!({ "kode": code, "beskrivelse": form_description(code) })
}

fn problem(status: StatusCode, message: &str) -> Response {
    (
        status,
        Json(json!({ "timestamp": "", "status": status.as_u16(), "error": message, "message": message })),
    )
        .into_response()
}

/// The answer before the data, when the fixture makes the register slow or down, or the number is
/// not nine digits.
async fn before(shared: &Shared, orgnr: &str) -> Option<Response> {
    let behaviour = &shared.fixture.enhetsregisteret;
    delay(behaviour.forsinkelse_ms).await;
    if behaviour.nede {
        return Some(problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "Service Unavailable",
        ));
    }
    if orgnr.len() != 9 || !orgnr.bytes().all(|b| b.is_ascii_digit()) {
        return Some(problem(
            StatusCode::BAD_REQUEST,
            "Ugyldig organisasjonsnummer",
        ));
    }
    None
}

fn entity_body(base: &str, e: &Entity) -> Value {
    let mut body = json!({
        "organisasjonsnummer": e.organisasjonsnummer,
        "navn": e.navn,
        "organisasjonsform": form(&e.organisasjonsform),
        "registreringsdatoEnhetsregisteret": "1995-02-20",
        "konkurs": false,
        "underAvvikling": false,
        "underTvangsavviklingEllerTvangsopplosning": false,
        "_links": { "self": { "href": format!("{base}/enhetsregisteret/api/enheter/{}", e.organisasjonsnummer) } },
    });
    if let Some(parent) = &e.overordnet_enhet {
        body["overordnetEnhet"] = parent.clone().into();
    }
    if let Some(date) = &e.slettedato {
        body["slettedato"] = date.clone().into();
    }
    body
}

fn sub_unit_body(base: &str, u: &SubUnit) -> Value {
    json!({
        "organisasjonsnummer": u.organisasjonsnummer,
        "navn": u.navn,
        "organisasjonsform": form(&u.organisasjonsform),
        "overordnetEnhet": u.overordnet_enhet,
        "_links": {
            "self": { "href": format!("{base}/enhetsregisteret/api/underenheter/{}", u.organisasjonsnummer) },
            "overordnetEnhet": { "href": format!("{base}/enhetsregisteret/api/enheter/{}", u.overordnet_enhet) },
        },
    })
}

pub async fn entity(State(shared): State<Arc<Shared>>, Path(orgnr): Path<String>) -> Response {
    if let Some(early) = before(&shared, &orgnr).await {
        return early;
    }
    match shared.fixture.entity(&orgnr) {
        Some(e) if e.fjernet => problem(StatusCode::GONE, "Enheten er fjernet"),
        Some(e) => Json(entity_body(&shared.base, e)).into_response(),
        None => problem(StatusCode::NOT_FOUND, "Enheten finnes ikke"),
    }
}

pub async fn sub_unit(State(shared): State<Arc<Shared>>, Path(orgnr): Path<String>) -> Response {
    if let Some(early) = before(&shared, &orgnr).await {
        return early;
    }
    match shared.fixture.sub_unit(&orgnr) {
        Some(u) => Json(sub_unit_body(&shared.base, u)).into_response(),
        None => problem(StatusCode::NOT_FOUND, "Underenhet finnes ikke"),
    }
}
