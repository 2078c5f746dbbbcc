//! Maskinporten: its metadata (`.well-known/oauth-authorization-server`, cached an hour), a fresh JWT
//! grant for every token request (RS256; `x5c` or `kid`; `aud` the issuer; `exp` 60 s after `iat`;
//! a new `jti`; `consumer_org` på vegne av a municipality; never `resource`), the token request with
//! one retry on a lost connection or a 502–504 (with a new grant: a reused `jti` is MP-012), and the
//! access token's signature checked against the issuer's JWKS.

use crate::credentials::{Credential, Identity};
use crate::upstream::{self, Answer, UpstreamError};
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Header, Validation};
use reqwest::Client;
use serde::Serialize;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::Mutex;

const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/// A grant lives this long (Maskinporten allows 120 s).
const GRANT_SECONDS: i64 = 60;
const METADATA_TTL: Duration = Duration::from_secs(3600);
const JWKS_TTL: Duration = Duration::from_secs(3600);
/// A token whose key is not in a JWKS this old makes the backend fetch the JWKS again.
const JWKS_REFRESH_AFTER: Duration = Duration::from_secs(10);

/// Where Maskinporten's token endpoint and keys are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata {
    pub issuer: String,
    pub token_endpoint: String,
    pub jwks_uri: String,
}

/// Why the metadata could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataError {
    Upstream(UpstreamError),
    Status(u16),
    Unreadable,
    /// The metadata names another issuer than the configuration.
    WrongIssuer {
        found: String,
    },
}

/// A token from Maskinporten.
#[derive(Debug)]
pub struct Issued {
    pub access_token: String,
    pub expires_in: Option<u64>,
}

/// Why Maskinporten gave no token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenFailure {
    Metadata(MetadataError),
    Upstream(UpstreamError),
    /// An OAuth error answer: the MP code from `error_uri`, the trace id from the description.
    Refused {
        status: u16,
        error: String,
        description: String,
        code: Option<String>,
        trace_id: Option<String>,
        /// Seconds Maskinporten's clock (its `Date`) is ahead of this machine's.
        clock_ahead: Option<i64>,
    },
    /// An answer that is neither a token nor an OAuth error.
    Unreadable {
        status: u16,
    },
    /// The grant could not be signed.
    Signing,
}

/// What went wrong with Maskinporten's keys (JWKS).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JwksProblem {
    Upstream(UpstreamError),
    Status(u16),
    /// An answer that is not a JWKS.
    NotAJwks,
    /// The token's key is in the JWKS but cannot be read.
    UnreadableKey,
}

/// Why an access token could not be verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyFailure {
    Metadata(MetadataError),
    /// The JWKS could not be fetched or read.
    Jwks(JwksProblem),
    /// No key in the JWKS has the token's `kid`.
    NoKey,
    BadSignature,
    Expired,
    WrongIssuer,
    Malformed,
}

#[derive(Serialize)]
struct GrantClaims<'a> {
    aud: &'a str,
    iss: &'a str,
    iat: i64,
    exp: i64,
    jti: String,
    scope: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    consumer_org: Option<&'a str>,
}

struct Cached<T> {
    value: T,
    fetched: Instant,
}

pub struct Maskinporten {
    issuer: String,
    client_id: String,
    scope: String,
    credential: Arc<Credential>,
    http: Client,
    metadata: Mutex<Option<Cached<Metadata>>>,
    jwks: Mutex<Option<Cached<JwkSet>>>,
}

pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub use skattedeling_core::connection::code_from_error_uri;

/// The description without its «(trace_id: …)» or «(correlation id: …)», and that id.
pub fn split_trace_id(description: &str) -> (String, Option<String>) {
    for marker in ["(trace_id:", "(correlation id:"] {
        if let Some(at) = description.rfind(marker) {
            let id = description[at + marker.len()..]
                .trim()
                .trim_end_matches(')')
                .trim();
            let id = (!id.is_empty() && id.len() <= 100).then(|| id.to_string());
            return (description[..at].trim().to_string(), id);
        }
    }
    (description.trim().to_string(), None)
}

/// Reads a refusal from Maskinporten's answer.
fn refusal(answer: &Answer) -> TokenFailure {
    let Some(body) = answer.json() else {
        return TokenFailure::Unreadable {
            status: answer.status,
        };
    };
    let Some(error) = body.get("error").and_then(Value::as_str) else {
        return TokenFailure::Unreadable {
            status: answer.status,
        };
    };
    let (description, trace_id) = split_trace_id(
        body.get("error_description")
            .and_then(Value::as_str)
            .unwrap_or(""),
    );
    let clock_ahead = answer
        .headers
        .get(reqwest::header::DATE)
        .and_then(|d| d.to_str().ok())
        .and_then(|d| httpdate::parse_http_date(d).ok())
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64 - unix_now());
    TokenFailure::Refused {
        status: answer.status,
        error: error.chars().take(100).collect(),
        description: description.chars().take(500).collect(),
        code: body
            .get("error_uri")
            .and_then(Value::as_str)
            .and_then(code_from_error_uri),
        trace_id,
        clock_ahead,
    }
}

impl Maskinporten {
    pub fn new(
        issuer: &str,
        client_id: &str,
        scope: &str,
        credential: Arc<Credential>,
        http: Client,
    ) -> Maskinporten {
        Maskinporten {
            issuer: issuer.to_string(),
            client_id: client_id.to_string(),
            scope: scope.to_string(),
            credential,
            http,
            metadata: Mutex::new(None),
            jwks: Mutex::new(None),
        }
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn credential(&self) -> &Credential {
        &self.credential
    }

    /// The metadata, from the cache when it is younger than an hour.
    pub async fn metadata(&self, limit: Duration) -> Result<Metadata, MetadataError> {
        let mut cached = self.metadata.lock().await;
        if let Some(c) = cached
            .as_ref()
            .filter(|c| c.fetched.elapsed() < METADATA_TTL)
        {
            return Ok(c.value.clone());
        }
        let url = format!("{}.well-known/oauth-authorization-server", self.issuer);
        let request = self
            .http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json");
        let answer = upstream::send(request, limit)
            .await
            .map_err(MetadataError::Upstream)?;
        if answer.status != 200 {
            return Err(MetadataError::Status(answer.status));
        }
        let body = answer.json().ok_or(MetadataError::Unreadable)?;
        let field = |k: &str| body.get(k).and_then(Value::as_str).map(String::from);
        let (Some(issuer), Some(token_endpoint), Some(jwks_uri)) =
            (field("issuer"), field("token_endpoint"), field("jwks_uri"))
        else {
            return Err(MetadataError::Unreadable);
        };
        if issuer != self.issuer {
            return Err(MetadataError::WrongIssuer { found: issuer });
        }
        let metadata = Metadata {
            issuer,
            token_endpoint,
            jwks_uri,
        };
        *cached = Some(Cached {
            value: metadata.clone(),
            fetched: Instant::now(),
        });
        Ok(metadata)
    }

    /// A signed grant, new every time.
    pub fn grant(&self, consumer_org: Option<&str>) -> Result<String, TokenFailure> {
        let mut header = Header::new(Algorithm::RS256);
        match &self.credential.identity {
            Identity::Certificate { x5c, .. } => {
                header.typ = None;
                header.x5c = Some(x5c.clone());
            }
            Identity::Key { kid } => header.kid = Some(kid.clone()),
        }
        let iat = unix_now();
        let claims = GrantClaims {
            aud: &self.issuer,
            iss: &self.client_id,
            iat,
            exp: iat + GRANT_SECONDS,
            jti: uuid::Uuid::new_v4().to_string(),
            scope: &self.scope,
            consumer_org,
        };
        jsonwebtoken::encode(&header, &claims, &self.credential.key)
            .map_err(|_| TokenFailure::Signing)
    }

    /// A token, på vegne av `consumer_org` when given. `limit` gives the time each try may take.
    pub async fn token(
        &self,
        consumer_org: Option<&str>,
        limit: impl Fn() -> Option<Duration>,
    ) -> Result<Issued, TokenFailure> {
        let first = limit().ok_or(TokenFailure::Upstream(UpstreamError::TimedOut {
            millis: 0,
        }))?;
        let metadata = self.metadata(first).await.map_err(TokenFailure::Metadata)?;
        let mut tries = 0;
        loop {
            tries += 1;
            let within = limit().ok_or(TokenFailure::Upstream(UpstreamError::TimedOut {
                millis: first.as_millis() as u64,
            }))?;
            let result = self.try_token(&metadata, consumer_org, within).await;
            let transient = match &result {
                Err(TokenFailure::Upstream(UpstreamError::Unreachable | UpstreamError::Broken)) => {
                    true
                }
                Err(TokenFailure::Refused { status, .. } | TokenFailure::Unreadable { status }) => {
                    matches!(status, 502..=504)
                }
                _ => false,
            };
            if !transient || tries == 2 {
                return result;
            }
            tracing::warn!(
                forsok = tries,
                "Maskinporten svarte ikke; prøver igjen med en ny forespørsel"
            );
        }
    }

    async fn try_token(
        &self,
        metadata: &Metadata,
        consumer_org: Option<&str>,
        limit: Duration,
    ) -> Result<Issued, TokenFailure> {
        let grant = self.grant(consumer_org)?;
        let request = self
            .http
            .post(&metadata.token_endpoint)
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[("grant_type", JWT_BEARER), ("assertion", grant.as_str())]);
        let answer = upstream::send(request, limit)
            .await
            .map_err(TokenFailure::Upstream)?;
        if answer.status != 200 {
            return Err(refusal(&answer));
        }
        let body = answer.json();
        let token = body
            .as_ref()
            .and_then(|b| b.get("access_token"))
            .and_then(Value::as_str)
            .filter(|t| t.split('.').count() == 3);
        match token {
            Some(t) => Ok(Issued {
                access_token: t.to_string(),
                expires_in: body
                    .as_ref()
                    .and_then(|b| b.get("expires_in"))
                    .and_then(Value::as_u64),
            }),
            None => Err(TokenFailure::Unreadable { status: 200 }),
        }
    }

    /// The JWKS, fetched again when it is older than `refresh_after`.
    async fn jwks(
        &self,
        jwks_uri: &str,
        refresh_after: Duration,
        limit: Duration,
    ) -> Result<JwkSet, VerifyFailure> {
        let mut cached = self.jwks.lock().await;
        if let Some(c) = cached
            .as_ref()
            .filter(|c| c.fetched.elapsed() < refresh_after)
        {
            return Ok(c.value.clone());
        }
        let request = self
            .http
            .get(jwks_uri)
            .header(reqwest::header::ACCEPT, "application/json");
        let answer = upstream::send(request, limit)
            .await
            .map_err(|e| VerifyFailure::Jwks(JwksProblem::Upstream(e)))?;
        if answer.status != 200 {
            return Err(VerifyFailure::Jwks(JwksProblem::Status(answer.status)));
        }
        let set: JwkSet = serde_json::from_slice(&answer.body)
            .map_err(|_| VerifyFailure::Jwks(JwksProblem::NotAJwks))?;
        *cached = Some(Cached {
            value: set.clone(),
            fetched: Instant::now(),
        });
        Ok(set)
    }

    /// Checks the token's signature against the issuer's keys, and its issuer and expiry; its claims.
    pub async fn verify(&self, token: &str, limit: Duration) -> Result<Value, VerifyFailure> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| VerifyFailure::Malformed)?;
        if !matches!(
            header.alg,
            Algorithm::RS256 | Algorithm::RS384 | Algorithm::RS512
        ) {
            return Err(VerifyFailure::Malformed);
        }
        let metadata = self
            .metadata(limit)
            .await
            .map_err(VerifyFailure::Metadata)?;
        let mut validation = Validation::new(header.alg);
        validation.validate_aud = false;
        validation.set_issuer(&[&self.issuer]);
        validation.set_required_spec_claims(&["exp", "iss"]);
        let mut result = Err(VerifyFailure::NoKey);
        // With the cached keys first; if they do not fit, once more with keys fetched now.
        for refresh_after in [JWKS_TTL, JWKS_REFRESH_AFTER] {
            let set = self.jwks(&metadata.jwks_uri, refresh_after, limit).await?;
            let key = match header.kid.as_deref() {
                Some(kid) => set.find(kid),
                None => set.keys.first(),
            };
            result = match key.map(DecodingKey::from_jwk) {
                None => Err(VerifyFailure::NoKey),
                Some(Err(_)) => Err(VerifyFailure::Jwks(JwksProblem::UnreadableKey)),
                Some(Ok(key)) => jsonwebtoken::decode::<Value>(token, &key, &validation)
                    .map(|t| t.claims)
                    .map_err(|e| match e.kind() {
                        jsonwebtoken::errors::ErrorKind::ExpiredSignature => VerifyFailure::Expired,
                        jsonwebtoken::errors::ErrorKind::InvalidIssuer => {
                            VerifyFailure::WrongIssuer
                        }
                        jsonwebtoken::errors::ErrorKind::InvalidSignature => {
                            VerifyFailure::BadSignature
                        }
                        _ => VerifyFailure::Malformed,
                    }),
            };
            if !matches!(
                result,
                Err(VerifyFailure::NoKey | VerifyFailure::BadSignature)
            ) {
                break;
            }
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trace_id_comes_from_the_description() {
        assert_eq!(
            split_trace_id("Invalid assertion. Expired key. (trace_id: 7f3a9c)"),
            (
                "Invalid assertion. Expired key.".into(),
                Some("7f3a9c".into())
            )
        );
        assert_eq!(
            split_trace_id("Client not found (correlation id: 0b6f1c2e-7d4a)"),
            ("Client not found".into(), Some("0b6f1c2e-7d4a".into()))
        );
        assert_eq!(split_trace_id("Plain"), ("Plain".into(), None));
    }

    #[test]
    fn a_refusal_is_read_from_maskinportens_error_shape_and_garbage_is_not() {
        let answer = |status, body: &str| Answer {
            status,
            headers: Default::default(),
            body: body.as_bytes().to_vec(),
        };
        let r = refusal(&answer(
            403,
            r#"{"error":"forbidden","error_description":"Consumer 1 has not delegated (trace_id: abc)","error_uri":"https://test.maskinporten.no/errors/MP-251"}"#,
        ));
        let TokenFailure::Refused {
            code,
            trace_id,
            description,
            ..
        } = r
        else {
            panic!("{r:?}")
        };
        assert_eq!(
            (code.as_deref(), trace_id.as_deref()),
            (Some("MP-251"), Some("abc"))
        );
        assert_eq!(description, "Consumer 1 has not delegated");
        assert_eq!(
            refusal(&answer(502, "<html>Bad gateway</html>")),
            TokenFailure::Unreadable { status: 502 }
        );
        assert_eq!(
            refusal(&answer(400, r#"{"message":"x"}"#)),
            TokenFailure::Unreadable { status: 400 }
        );
    }
}
