//! Maskinporten: the issuer's metadata, `/jwk`, and `/token`, which checks a JWT grant as
//! Maskinporten does — the client (`iss`), its certificate (authority, expiry, organisation) or its
//! registered key (`kid`, expiry), the signature, `aud`, the times against its own clock, `jti`
//! reuse, the scopes on the client, Skatteetaten's grant of the scope and the Altinn delegation — and
//! answers with an access token or an error whose MP code is in `error_uri`.

use crate::fixture::{Client, EnvironmentFixture};
use crate::{delay, environment_named, now, trace_id, Shared};
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use base64::Engine;
use jsonwebtoken::{Algorithm, DecodingKey, Header, Validation};
use serde::Deserialize;
use serde_json::{json, Value};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::orgnr::from_certificate_subject;
use std::sync::Arc;
use x509_parser::prelude::{FromDer, X509Certificate};

const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/// How long access tokens last here.
const TOKEN_SECONDS: i64 = 120;
/// How far `iat` may be from Maskinporten's clock.
const CLOCK_LEEWAY: i64 = 10;
/// The longest a grant may live.
const GRANT_LIFETIME: i64 = 120;

/// An OAuth error answer.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    error: &'static str,
    description: String,
    code: Option<&'static str>,
}

fn refuse(
    error: &'static str,
    code: Option<&'static str>,
    description: impl Into<String>,
) -> Refusal {
    let status = if error == "forbidden" {
        StatusCode::FORBIDDEN
    } else {
        StatusCode::BAD_REQUEST
    };
    Refusal {
        status,
        error,
        description: description.into(),
        code,
    }
}

fn invalid_grant(code: Option<&'static str>, description: impl Into<String>) -> Refusal {
    refuse("invalid_grant", code, description)
}

impl Refusal {
    fn into_response(self, issuer: &str) -> Response {
        let mut body = json!({
            "error": self.error,
            "error_description": format!("{} (trace_id: {})", self.description, trace_id()),
        });
        if let Some(code) = self.code {
            body["error_uri"] = format!("{issuer}errors/{code}").into();
        }
        (self.status, Json(body)).into_response()
    }
}

fn unknown_environment() -> Response {
    (StatusCode::NOT_FOUND, "Not Found").into_response()
}

pub async fn metadata(State(shared): State<Arc<Shared>>, Path(env): Path<String>) -> Response {
    shared
        .stats
        .metadata_requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let Some(environment) = environment_named(&env) else {
        return unknown_environment();
    };
    let issuer = shared.issuer(environment);
    Json(json!({
        "issuer": issuer,
        "token_endpoint": format!("{issuer}token"),
        "jwks_uri": format!("{issuer}jwk"),
        "grant_types_supported": [JWT_BEARER],
        "token_endpoint_auth_methods_supported": ["private_key_jwt"],
        "token_endpoint_auth_signing_alg_values_supported": ["RS256", "RS384", "RS512"],
    }))
    .into_response()
}

pub async fn jwks(State(shared): State<Arc<Shared>>, Path(env): Path<String>) -> Response {
    shared
        .stats
        .jwks_requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let Some(environment) = environment_named(&env) else {
        return unknown_environment();
    };
    let keys = shared.keys.environment(environment);
    let published = if shared.fixture.miljo.get(environment).maskinporten.feil_jwks {
        &shared.keys.stranger
    } else {
        &keys.maskinporten
    };
    Json(json!({ "keys": [published.jwk(&keys.maskinporten_kid)] })).into_response()
}

#[derive(Deserialize)]
pub struct TokenForm {
    grant_type: Option<String>,
    assertion: Option<String>,
}

pub async fn token(
    State(shared): State<Arc<Shared>>,
    Path(env): Path<String>,
    form: Result<Form<TokenForm>, FormRejection>,
) -> Response {
    shared
        .stats
        .token_requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let Some(environment) = environment_named(&env) else {
        return unknown_environment();
    };
    let behaviour = &shared.fixture.miljo.get(environment).maskinporten;
    delay(behaviour.forsinkelse_ms).await;
    if behaviour.nede {
        return (StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable").into_response();
    }
    let issuer = shared.issuer(environment);
    let answer = match form {
        Ok(Form(form)) => issue(&shared, environment, form),
        Err(_) => Err(refuse(
            "invalid_request",
            Some("MP-011"),
            "Invalid request body",
        )),
    };
    let mut response = match answer {
        Ok(body) => Json(body).into_response(),
        Err(refusal) => refusal.into_response(&issuer),
    };
    // Maskinporten's own clock, as a client may read it.
    let clock = std::time::UNIX_EPOCH
        + std::time::Duration::from_secs(now(&shared, environment).max(0) as u64);
    if let Ok(date) = httpdate::fmt_http_date(clock).parse() {
        response
            .headers_mut()
            .insert(axum::http::header::DATE, date);
    }
    response
}

/// The claims of a grant, as read before its signature is checked.
#[derive(Deserialize)]
struct Grant {
    iss: Option<String>,
    aud: Option<Value>,
    iat: Option<i64>,
    exp: Option<i64>,
    jti: Option<String>,
    scope: Option<String>,
    consumer_org: Option<String>,
}

/// Checks a token request and makes the access token's answer.
fn issue(shared: &Shared, environment: Environment, form: TokenForm) -> Result<Value, Refusal> {
    if form.grant_type.as_deref() != Some(JWT_BEARER) {
        return Err(refuse(
            "unsupported_grant_type",
            None,
            "Unsupported grant type",
        ));
    }
    let assertion = form
        .assertion
        .ok_or_else(|| refuse("invalid_request", Some("MP-011"), "Missing assertion"))?;
    let fixture = shared.fixture.miljo.get(environment);
    let header = read_header(&assertion)?;
    let grant: Grant = jsonwebtoken::dangerous::insecure_decode(&assertion)
        .map(|t| t.claims)
        .map_err(|_| invalid_grant(Some("MP-011"), "Invalid assertion. Invalid parameter value"))?;
    let client = grant
        .iss
        .as_deref()
        .and_then(|iss| fixture.client(iss))
        .ok_or_else(|| {
            invalid_grant(
                Some("MP-100"),
                "Invalid assertion. Client authentication failed. Client not found",
            )
        })?;
    let key = client_key(shared, environment, client, &header)?;
    let mut validation = Validation::new(header.alg);
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    jsonwebtoken::decode::<Value>(&assertion, &key, &validation)
        .map_err(|_| invalid_grant(Some("MP-124"), "Invalid JWT signature"))?;
    let issuer = shared.issuer(environment);
    let now = now(shared, environment);
    check_times(&grant, &issuer, now)?;
    check_reuse(shared, &grant, now)?;
    let scopes = check_scopes(client, grant.scope.as_deref())?;
    let consumer = check_access(fixture, client, grant.consumer_org.as_deref(), &scopes)?;
    let amr = if client.nokler.is_empty() {
        "virksomhetssertifikat"
    } else {
        "private_key_jwt"
    };
    let mut claims = json!({
        "iss": issuer,
        "client_id": client.client_id,
        "client_amr": amr,
        "token_type": "Bearer",
        "aud": "unspecified",
        "consumer": party(&consumer),
        "scope": scopes.join(" "),
        "iat": now,
        "exp": now + TOKEN_SECONDS,
        "jti": uuid::Uuid::new_v4().to_string(),
    });
    if consumer != client.organisasjonsnummer {
        claims["supplier"] = party(&client.organisasjonsnummer);
        claims["delegation_source"] = fixture.delegation_source.clone().into();
    }
    let keys = shared.keys.environment(environment);
    let mut token_header = Header::new(Algorithm::RS256);
    token_header.kid = Some(keys.maskinporten_kid.clone());
    let access_token =
        jsonwebtoken::encode(&token_header, &claims, &keys.maskinporten.encoding_key())
            .map_err(|_| refuse("server_error", None, "Could not sign the token"))?;
    Ok(json!({
        "access_token": access_token,
        "token_type": "Bearer",
        "expires_in": TOKEN_SECONDS,
        "scope": scopes.join(" "),
    }))
}

fn party(orgnr: &str) -> Value {
    json!({ "authority": "iso6523-actorid-upis", "ID": format!("0192:{orgnr}") })
}

/// The grant's header; `x5c` must be an array (MP-123) and the algorithm RSA.
fn read_header(assertion: &str) -> Result<Header, Refusal> {
    let raw = assertion
        .split('.')
        .next()
        .and_then(|h| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(h)
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok());
    if raw
        .as_ref()
        .and_then(|h| h.get("x5c"))
        .is_some_and(|x5c| !x5c.is_array())
    {
        return Err(invalid_grant(Some("MP-123"), "Invalid JWT header x5c"));
    }
    let header = jsonwebtoken::decode_header(assertion)
        .map_err(|_| invalid_grant(Some("MP-011"), "Invalid assertion. Invalid parameter value"))?;
    if !matches!(
        header.alg,
        Algorithm::RS256 | Algorithm::RS384 | Algorithm::RS512
    ) {
        return Err(invalid_grant(
            Some("MP-011"),
            "Invalid assertion. Unsupported signing algorithm",
        ));
    }
    Ok(header)
}

/// The key the grant must be signed with: a key registered on the client, or the certificate in
/// `x5c` — which must come from this environment's authority, be valid now and name the client's
/// organisation.
fn client_key(
    shared: &Shared,
    environment: Environment,
    client: &Client,
    header: &Header,
) -> Result<DecodingKey, Refusal> {
    if !client.nokler.is_empty() {
        let kid = header.kid.as_deref().ok_or_else(|| {
            invalid_grant(
                None,
                "Invalid JWT. The client requires pre-registered jwk and no key identifier (kid) provided",
            )
        })?;
        let registered = client.nokler.iter().find(|k| k.kid == kid).ok_or_else(|| {
            invalid_grant(
                None,
                "Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client.",
            )
        })?;
        if registered.utlopt {
            return Err(invalid_grant(
                Some("MP-121"),
                "Invalid assertion. Client authentication failed. Expired key.",
            ));
        }
        return Ok(shared.keys.registered_keys[&registered.fil].decoding_key());
    }
    let der = header
        .x5c
        .as_ref()
        .and_then(|chain| chain.first())
        .and_then(|leaf| base64::engine::general_purpose::STANDARD.decode(leaf).ok())
        .ok_or_else(|| invalid_grant(Some("MP-123"), "Invalid JWT header x5c"))?;
    let (_, certificate) = X509Certificate::from_der(&der)
        .map_err(|_| invalid_grant(Some("MP-123"), "Invalid JWT header x5c"))?;
    let (_, authority) = X509Certificate::from_der(&shared.keys.environment(environment).ca_der)
        .map_err(|_| refuse("server_error", None, "Broken authority"))?;
    if certificate
        .verify_signature(Some(authority.public_key()))
        .is_err()
    {
        return Err(invalid_grant(
            Some("MP-120"),
            "Invalid assertion. Client authentication failed. The JWT is signed with an invalid certificate.",
        ));
    }
    if !certificate.validity().is_valid() {
        return Err(invalid_grant(
            Some("MP-124"),
            "Invalid JWT signature. The certificate has expired",
        ));
    }
    if certificate_orgnr(&certificate).as_deref() != Some(client.organisasjonsnummer.as_str()) {
        return Err(invalid_grant(
            Some("MP-122"),
            "Invalid JWT. Invalid organization number for client. Does not match certificate orgno",
        ));
    }
    Ok(DecodingKey::from_rsa_der(
        &certificate.public_key().subject_public_key.data,
    ))
}

/// The organisation number in a virksomhetssertifikat's subject, as Digdir reads it.
pub fn certificate_orgnr(certificate: &X509Certificate) -> Option<String> {
    let attributes: Vec<(String, &str)> = certificate
        .subject()
        .iter_attributes()
        .filter_map(|a| Some((a.attr_type().to_id_string(), a.as_str().ok()?)))
        .collect();
    from_certificate_subject(attributes.iter().map(|(oid, v)| (oid.as_str(), *v)))
}

/// `aud`, `iat` and `exp` by this Maskinporten's clock.
fn check_times(grant: &Grant, issuer: &str, now: i64) -> Result<(), Refusal> {
    if grant.aud.as_ref().and_then(Value::as_str) != Some(issuer) {
        return Err(invalid_grant(
            Some("MP-110"),
            "Invalid assertion. Client authentication failed. Invalid JWT claim aud",
        ));
    }
    let (Some(iat), Some(exp)) = (grant.iat, grant.exp) else {
        return Err(invalid_grant(
            Some("MP-011"),
            "Invalid assertion. Invalid parameter value (iat, exp)",
        ));
    };
    if exp - iat > GRANT_LIFETIME {
        return Err(invalid_grant(
            Some("MP-011"),
            "Invalid assertion. Invalid parameter value (exp)",
        ));
    }
    if iat > now + CLOCK_LEEWAY {
        return Err(invalid_grant(
            None,
            "Invalid assertion. Issue time is after now",
        ));
    }
    if exp < now || iat < now - CLOCK_LEEWAY {
        return Err(invalid_grant(Some("MP-130"), "Invalid JWT. JWT is expired"));
    }
    Ok(())
}

fn check_reuse(shared: &Shared, grant: &Grant, now: i64) -> Result<(), Refusal> {
    let Some(jti) = &grant.jti else { return Ok(()) };
    let mut used = shared.used_grants.lock().unwrap_or_else(|e| e.into_inner());
    used.retain(|_, expires| *expires + CLOCK_LEEWAY >= now);
    if used.insert(jti.clone(), grant.exp.unwrap_or(now)).is_some() {
        return Err(invalid_grant(
            Some("MP-012"),
            "Invalid grant. Grant is used before",
        ));
    }
    Ok(())
}

/// The scopes asked for, each registered on the client and meant for Maskinporten.
fn check_scopes(client: &Client, scope: Option<&str>) -> Result<Vec<String>, Refusal> {
    let scopes: Vec<String> = scope
        .unwrap_or("")
        .split_whitespace()
        .map(String::from)
        .collect();
    if scopes.is_empty() {
        return Err(refuse("invalid_scope", Some("MP-200"), "Missing scope"));
    }
    if let Some(s) = scopes.iter().find(|s| !s.contains(':')) {
        return Err(refuse(
            "invalid_scope",
            Some("MP-201"),
            format!("Token request contains scopes not allowed for maskinporten, {s}"),
        ));
    }
    if let Some(s) = scopes.iter().find(|s| !client.scopes.contains(s)) {
        return Err(refuse(
            "invalid_scope",
            Some("MP-200"),
            format!("Token request contains invalid scopes for client, {s}"),
        ));
    }
    Ok(scopes)
}

/// The consumer the token is for: the client's own organisation, or `consumer_org` when the
/// municipality has been granted the scope and has delegated it to the client's organisation.
fn check_access(
    fixture: &EnvironmentFixture,
    client: &Client,
    consumer_org: Option<&str>,
    scopes: &[String],
) -> Result<String, Refusal> {
    let supplier = &client.organisasjonsnummer;
    let consumer = consumer_org.unwrap_or(supplier);
    if consumer_org == Some(supplier.as_str()) {
        return Err(refuse(
            "invalid_request",
            None,
            "Validation of JWT claim failed: The combination consumer_org in claim and delegation \
             scope on client is invalid",
        ));
    }
    for scope in scopes {
        if !fixture.granted(consumer, scope) {
            return Err(refuse(
                "forbidden",
                Some("MP-250"),
                format!("Consumer has not been granted access to the scope {scope}"),
            ));
        }
        if consumer_org.is_some() && !fixture.delegated(consumer, supplier, scope) {
            return Err(refuse(
                "forbidden",
                Some("MP-251"),
                format!(
                    "Consumer {consumer} has not delegated access to the scope {scope} to supplier {supplier}"
                ),
            ));
        }
    }
    Ok(consumer.to_string())
}

/// Verifies an access token this environment issued; its claims, or `None`.
pub fn verify_access_token(
    shared: &Shared,
    environment: Environment,
    token: &str,
) -> Option<Value> {
    let keys = shared.keys.environment(environment);
    let mut validation = Validation::new(Algorithm::RS256);
    validation.validate_aud = false;
    validation.leeway = 0;
    validation.set_issuer(&[shared.issuer(environment)]);
    let key: DecodingKey = keys.maskinporten.decoding_key();
    jsonwebtoken::decode::<Value>(token, &key, &validation)
        .ok()
        .map(|t| t.claims)
}
