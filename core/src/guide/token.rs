//! The token check: a Maskinporten access token (a JWT) pasted by the person, decoded and read here —
//! never verified, sent or stored — and compared with what the connection needs: the scope, the
//! municipality as `consumer`, the vendor as `supplier`, the Altinn delegation, the environment and
//! the expiry. Malformed input gives a message, never a panic.

use super::scope::{self, SCOPE};
use crate::json::{self, Value};
use crate::orgnr::OrgNumber;
use std::fmt;

/// The two Maskinporten environments, named as flows and the connection-test contract name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Environment {
    #[serde(rename = "test")]
    Test,
    #[serde(rename = "produksjon")]
    Production,
}

impl Environment {
    /// The answer value flows use for it (`test`, `produksjon`).
    pub fn from_answer(value: &str) -> Option<Environment> {
        match value {
            "test" => Some(Environment::Test),
            "produksjon" => Some(Environment::Production),
            _ => None,
        }
    }

    /// The answer value and contract name: `test`, `produksjon`.
    pub fn answer(self) -> &'static str {
        match self {
            Environment::Test => "test",
            Environment::Production => "produksjon",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Environment::Test => "testmiljøet",
            Environment::Production => "produksjonsmiljøet",
        }
    }

    fn issuer(self) -> &'static str {
        match self {
            Environment::Test => "https://test.maskinporten.no/",
            Environment::Production => "https://maskinporten.no/",
        }
    }

    fn delegation_source(self) -> &'static str {
        match self {
            Environment::Test => "https://tt02.altinn.no/",
            Environment::Production => "https://www.altinn.no",
        }
    }
}

/// What the token should say, from the person's earlier answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    pub municipality: Option<OrgNumber>,
    /// The vendor, when it fetches på vegne av the municipality; `None` for a direct connection.
    pub vendor: Option<OrgNumber>,
    /// Whether the connection goes through a vendor; when unknown, the token decides.
    pub via_vendor: Option<bool>,
    pub environment: Option<Environment>,
    /// The issuer the token must come from, when not Maskinporten's own for `environment` (the
    /// connection-test backend's configured issuer, a simulator's in tests).
    pub issuer: Option<String>,
    /// Seconds since 1970, for the expiry.
    pub now: i64,
}

/// Why a pasted text could not be read as a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
    Empty,
    NotAJwt {
        parts: usize,
    },
    NotBase64 {
        part: &'static str,
    },
    NotJson {
        part: &'static str,
    },
    /// The text is a JWT grant — what the client sends to Maskinporten — not the token it gets back.
    Grant,
    /// An opaque token or something else that has no claims to check.
    NoClaims,
    /// Far longer than any access token: something else was pasted.
    TooLong {
        chars: usize,
    },
}

/// The longest text read as a token, in bytes: Maskinporten's tokens are one or two thousand.
pub const MAX_LEN: usize = 20_000;

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenError::Empty => write!(f, "Lim inn tilgangstokenet (det begynner vanligvis med «eyJ»)."),
            TokenError::NotAJwt { parts } => write!(
                f,
                "Dette ser ikke ut som et tilgangstoken: et JWT har tre deler skilt med punktum, dette har {parts}. \
                 Lim inn hele verdien av «access_token» fra svaret fra Maskinporten."
            ),
            TokenError::NotBase64 { part } => write!(
                f,
                "Tokenets {part} kan ikke leses (den er ikke base64url-kodet). Har noe falt bort eller kommet med \
                 da du kopierte? Lim inn hele verdien av «access_token»."
            ),
            TokenError::NotJson { part } => write!(
                f,
                "Tokenets {part} er ikke gyldig JSON. Lim inn hele verdien av «access_token» fra Maskinporten."
            ),
            TokenError::Grant => write!(
                f,
                "Dette er et JWT-grant – forespørselen klienten sender til Maskinporten – ikke tilgangstokenet \
                 Maskinporten svarer med. Lim inn verdien av «access_token» fra svaret i stedet."
            ),
            TokenError::NoClaims => write!(
                f,
                "Tokenet har ingen av feltene et tilgangstoken fra Maskinporten har (scope, consumer, iss)."
            ),
            TokenError::TooLong { chars } => write!(
                f,
                "Teksten er for lang til å være et tilgangstoken ({chars} tegn; et token fra Maskinporten har \
                 et par tusen). Lim inn bare verdien av «access_token»."
            ),
        }
    }
}

impl std::error::Error for TokenError {}

/// How one claim compares with what is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    Problem,
    /// Shown for information; neither right nor wrong.
    Info,
}

/// One line of the token check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// A short stable code, kept in the URL and the summary (`scope`, `consumer`, …).
    pub code: &'static str,
    pub status: Status,
    /// What was checked, for the person: «Scope».
    pub label: &'static str,
    pub message: String,
}

/// What the token check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenReport {
    pub findings: Vec<Finding>,
}

impl TokenReport {
    pub fn problems(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.status == Status::Problem)
    }

    /// The verdict as kept in the URL: `ok`, or `avvik.` and the codes that failed (`avvik.scope.utlopt`).
    pub fn answer_value(&self) -> String {
        let codes: Vec<&str> = self.problems().map(|f| f.code).collect();
        if codes.is_empty() {
            "ok".to_string()
        } else {
            format!("avvik.{}", codes.join("."))
        }
    }
}

/// The codes a token verdict may name, with what each means in a summary.
pub const FINDING_CODES: &[(&str, &str)] = &[
    ("scope", "scopet mangler eller er feil"),
    ("consumer", "consumer er ikke kommunen"),
    ("supplier", "supplier er ikke leverandøren"),
    (
        "delegering",
        "delegeringen fra Altinn mangler eller er fra feil miljø",
    ),
    ("miljo", "tokenet er fra feil miljø"),
    ("utlopt", "tokenet er utløpt"),
];

/// Reads a token verdict from the URL (`ok`, `avvik.scope.utlopt`); `None` if it is not one.
pub fn parse_answer_value(value: &str) -> Option<Vec<&'static str>> {
    if value == "ok" {
        return Some(Vec::new());
    }
    let codes = value.strip_prefix("avvik.")?;
    codes
        .split('.')
        .map(|c| FINDING_CODES.iter().find(|(k, _)| *k == c).map(|(k, _)| *k))
        .collect::<Option<Vec<_>>>()
        .filter(|c| !c.is_empty())
}

/// Base64url without padding (padding and standard alphabet tolerated).
fn base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    (bits < 6).then_some(out)
}

fn json_part(part: &str, name: &'static str) -> Result<Value, TokenError> {
    let bytes = base64url(part).ok_or(TokenError::NotBase64 { part: name })?;
    let value = json::parse(&bytes).map_err(|_| TokenError::NotJson { part: name })?;
    if value.as_object().is_some() {
        Ok(value)
    } else {
        Err(TokenError::NotJson { part: name })
    }
}

/// The organisation number in a `consumer`/`supplier` claim (`{"ID": "0192:974760673"}`).
fn party(claims: &Value, key: &str) -> Option<String> {
    let id = claims.get(key)?.get("ID")?.as_str()?;
    Some(id.strip_prefix("0192:").unwrap_or(id).to_string())
}

fn grouped(digits: &str) -> String {
    OrgNumber::parse(digits).map_or_else(|_| digits.to_string(), |n| n.grouped())
}

/// Whether two addresses name the same host (`https://tt02.altinn.no/` and `https://tt02.altinn.no`;
/// `www.` aside), as Maskinporten's examples write `delegation_source` with and without a slash.
fn same_host(a: &str, b: &str) -> bool {
    let host = |url: &str| {
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let host = rest
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        host.strip_prefix("www.")
            .map(str::to_string)
            .unwrap_or(host)
    };
    let (a, b) = (host(a), host(b));
    !a.is_empty() && a == b
}

/// Decodes `text` and checks it against `expected`.
pub fn check(text: &str, expected: &Expected) -> Result<TokenReport, TokenError> {
    let text = text.trim().trim_start_matches("Bearer ").trim();
    if text.is_empty() {
        return Err(TokenError::Empty);
    }
    if text.len() > MAX_LEN {
        return Err(TokenError::TooLong {
            chars: text.chars().count(),
        });
    }
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() != 3 {
        return Err(TokenError::NotAJwt { parts: parts.len() });
    }
    let header = json_part(parts[0], "første del (header)")?;
    let claims = json_part(parts[1], "midtre del (innholdet)")?;
    // `aud` is one string or, as RFC 7519 allows, a list of them.
    let audiences: Vec<&str> = match claims.get("aud") {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        Some(aud) => aud.as_str().into_iter().collect(),
        None => Vec::new(),
    };
    if header.get("x5c").is_some() || audiences.iter().any(|a| a.contains("maskinporten.no")) {
        return Err(TokenError::Grant);
    }
    if ["scope", "consumer", "iss"]
        .iter()
        .all(|k| claims.get(k).is_none())
    {
        return Err(TokenError::NoClaims);
    }

    let mut findings = Vec::new();
    let mut push = |code, status, label, message: String| {
        findings.push(Finding {
            code,
            status,
            label,
            message,
        })
    };

    // Scope.
    match claims.get("scope").and_then(Value::as_str) {
        Some(s) => {
            // A claim is a list as Maskinporten wrote it, of any length: the scope in it is enough.
            // The limits on what a person types do not apply.
            let m = if s.split_whitespace().any(|item| item == SCOPE) {
                scope::ScopeMatch::Among
            } else {
                scope::compare(s)
            };
            if m.is_right() {
                push(
                    "scope",
                    Status::Ok,
                    "Scope",
                    format!("Tokenet gir tilgang til `{SCOPE}`."),
                );
            } else {
                let message = match m {
                    scope::ScopeMatch::NearMiss { closest, .. } => format!(
                        "Tokenet har scopet `{closest}`, men det skal være `{SCOPE}`. Rett scopet i klientens forespørsel."
                    ),
                    _ => format!(
                        "Tokenet har ikke scopet `{SCOPE}` (det har `{s}`). Klienten må be om `{SCOPE}`, og scopet må være lagt til klienten i Maskinporten."
                    ),
                };
                push("scope", Status::Problem, "Scope", message);
            }
        }
        None => push(
            "scope",
            Status::Problem,
            "Scope",
            format!("Tokenet har ikke noe scope. Klienten må be om `{SCOPE}`."),
        ),
    }

    // Consumer: the municipality.
    let consumer = party(&claims, "consumer");
    match (&consumer, expected.municipality) {
        (None, _) => push(
            "consumer",
            Status::Problem,
            "Consumer (kommunen)",
            "Tokenet sier ikke hvem det er utstedt for (feltet «consumer» mangler).".into(),
        ),
        (Some(c), Some(m)) if *c == m.digits() => push(
            "consumer",
            Status::Ok,
            "Consumer (kommunen)",
            format!("Tokenet er utstedt for kommunen ({}).", m.grouped()),
        ),
        (Some(c), Some(m)) => push(
            "consumer",
            Status::Problem,
            "Consumer (kommunen)",
            format!(
                "Tokenet er utstedt for {}, men kommunen har organisasjonsnummer {}. Klienten må sende kommunens \
                 hovedorganisasjonsnummer som «consumer_org».",
                grouped(c),
                m.grouped()
            ),
        ),
        (Some(c), None) => push(
            "consumer",
            Status::Info,
            "Consumer (kommunen)",
            format!("Tokenet er utstedt for {}.", grouped(c)),
        ),
    }

    // Supplier and delegation: present exactly when a vendor fetches på vegne av the municipality.
    let supplier = party(&claims, "supplier");
    let via_vendor = expected
        .via_vendor
        .unwrap_or(expected.vendor.is_some() || supplier.is_some());
    let source = claims
        .get("delegation_source")
        .and_then(Value::as_str)
        .map(str::to_string);
    if via_vendor {
        match (&supplier, expected.vendor) {
            (None, _) => push(
                "supplier",
                Status::Problem,
                "Supplier (leverandøren)",
                "Tokenet er ikke hentet på vegne av kommunen (feltet «supplier» mangler). Leverandøren må sende \
                 kommunens organisasjonsnummer som «consumer_org» i forespørselen."
                    .into(),
            ),
            (Some(s), Some(v)) if *s == v.digits() => push(
                "supplier",
                Status::Ok,
                "Supplier (leverandøren)",
                format!("Tokenet er hentet av leverandøren ({}).", v.grouped()),
            ),
            (Some(s), Some(v)) => push(
                "supplier",
                Status::Problem,
                "Supplier (leverandøren)",
                format!(
                    "Tokenet er hentet av {}, men leverandøren har organisasjonsnummer {}. Klienten må bruke \
                     leverandørens eget virksomhetssertifikat, og kommunen må ha delegert til leverandørens \
                     hovedorganisasjonsnummer.",
                    grouped(s),
                    v.grouped()
                ),
            ),
            (Some(s), None) => push(
                "supplier",
                Status::Info,
                "Supplier (leverandøren)",
                format!("Tokenet er hentet av {} på vegne av kommunen.", grouped(s)),
            ),
        }
        match (&source, expected.environment) {
            (None, _) => push(
                "delegering",
                Status::Problem,
                "Delegering i Altinn",
                "Tokenet viser ingen delegering fra Altinn (feltet «delegation_source» mangler).".into(),
            ),
            (Some(s), Some(env)) if !same_host(s, env.delegation_source()) => {
                push(
                    "delegering",
                    Status::Problem,
                    "Delegering i Altinn",
                    format!(
                        "Delegeringen kommer fra {s}, ikke fra Altinn i {}. Delegeringer i produksjon finnes ikke \
                         i testmiljøet TT02, og omvendt: deleger i riktig miljø.",
                        env.label()
                    ),
                )
            }
            (Some(s), _) => push(
                "delegering",
                Status::Ok,
                "Delegering i Altinn",
                format!("Tokenet bygger på en delegering i Altinn ({s})."),
            ),
        }
    } else if let Some(s) = &supplier {
        push(
            "supplier",
            Status::Info,
            "Supplier (leverandøren)",
            format!(
                "Tokenet er hentet av {} på vegne av kommunen, men du svarte at kommunen kobler seg til direkte.",
                grouped(s)
            ),
        );
    }

    // Environment.
    let issuer = claims.get("iss").and_then(Value::as_str).unwrap_or("");
    let same = |a: &str, b: &str| a.trim_end_matches('/') == b.trim_end_matches('/');
    let found = match &expected.issuer {
        Some(own) => same(issuer, own).then_some(expected.environment).flatten(),
        None => [Environment::Test, Environment::Production]
            .into_iter()
            .find(|e| same(issuer, e.issuer())),
    };
    match (found, expected.environment) {
        (None, _) if expected.issuer.is_some() => push(
            "miljo",
            Status::Problem,
            "Miljø",
            format!(
                "Tokenet er utstedt av «{issuer}», ikke av Maskinporten slik oppsettet sier («{}»).",
                expected.issuer.as_deref().unwrap_or_default()
            ),
        ),
        (None, _) => push(
            "miljo",
            Status::Problem,
            "Miljø",
            format!("Tokenet er ikke utstedt av Maskinporten (utsteder: «{issuer}»)."),
        ),
        (Some(f), Some(e)) if f != e => push(
            "miljo",
            Status::Problem,
            "Miljø",
            format!(
                "Tokenet er fra {}, men du skal koble til {}. Bruk klienten og sertifikatet for {}.",
                f.label(),
                e.label(),
                e.label()
            ),
        ),
        (Some(f), _) => push(
            "miljo",
            Status::Ok,
            "Miljø",
            format!("Tokenet er fra Maskinporten i {}.", f.label()),
        ),
    }

    let (status, message) = expiry(claims.get("exp"), expected.now);
    push("utlopt", status, "Utløpstid", message);
    Ok(TokenReport { findings })
}

/// The latest `exp` read as a time: the end of year 9999, as JWT libraries bound it.
const LATEST_EXP: i64 = 253_402_300_799;

/// How the token's `exp` claim (seconds since 1970, a fraction allowed) compares with `now`.
fn expiry(exp: Option<&Value>, now: i64) -> (Status, String) {
    let Some(exp) = exp else {
        return (
            Status::Problem,
            "Tokenet har ingen utløpstid («exp»).".into(),
        );
    };
    let seconds = match exp.as_floor_i64() {
        Some(s) if (0..=LATEST_EXP).contains(&s) => s,
        _ => {
            return (
                Status::Problem,
                "Tokenets utløpstid («exp») er ikke et tidspunkt: den skal være et antall sekunder siden 1970."
                    .into(),
            )
        }
    };
    // Both are within ±2⁵⁸, so the difference cannot overflow.
    let now = now.clamp(0, LATEST_EXP);
    if seconds <= now {
        (
            Status::Problem,
            format!(
                "Tokenet er utløpt ({} siden). Hent et nytt token – de varer vanligvis i noen minutter.",
                duration(now.abs_diff(seconds))
            ),
        )
    } else {
        (
            Status::Ok,
            format!(
                "Tokenet er gyldig i {} til.",
                duration(seconds.abs_diff(now))
            ),
        )
    }
}

/// "3 minutter", "2 timer", "45 sekunder".
fn duration(seconds: u64) -> String {
    let (n, one, many) = match seconds {
        s if s < 60 => (s, "sekund", "sekunder"),
        s if s < 3600 => (s / 60, "minutt", "minutter"),
        s if s < 2 * 86_400 => (s / 3600, "time", "timer"),
        s => (s / 86_400, "døgn", "døgn"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const NOW: i64 = 1_800_000_000;

    fn b64(bytes: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n =
                chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }

    fn jwt(claims: Value) -> String {
        format!(
            "{}.{}.c2lnbmF0dXJl",
            b64(br#"{"alg":"RS256","kid":"k1"}"#),
            b64(claims.to_string().as_bytes())
        )
    }

    fn vendor_token() -> Value {
        serde_json::json!({
            "scope": "skatteetaten:summertskattegrunnlag",
            "consumer": {"authority": "iso6523-actorid-upis", "ID": "0192:974760673"},
            "supplier": {"authority": "iso6523-actorid-upis", "ID": "0192:971032146"},
            "delegation_source": "https://www.altinn.no",
            "iss": "https://maskinporten.no/",
            "client_amr": "virksomhetssertifikat",
            "exp": NOW + 120,
            "iat": NOW,
        })
    }

    fn expected() -> Expected {
        Expected {
            municipality: OrgNumber::parse("974760673").ok(),
            vendor: OrgNumber::parse("971032146").ok(),
            via_vendor: Some(true),
            environment: Some(Environment::Production),
            issuer: None,
            now: NOW,
        }
    }

    fn statuses(report: &TokenReport) -> Vec<(&'static str, Status)> {
        report.findings.iter().map(|f| (f.code, f.status)).collect()
    }

    #[test]
    fn a_good_token_passes_every_check() {
        let report = check(&jwt(vendor_token()), &expected()).unwrap();
        assert_eq!(report.problems().count(), 0, "{report:?}");
        assert_eq!(report.answer_value(), "ok");
        assert_eq!(report.findings.len(), 6);
        assert!(report.findings[5].message.contains("2 minutter"));
    }

    #[test]
    fn names_every_claim_that_is_wrong() {
        let mut claims = vendor_token();
        claims["scope"] = "skatteetaten:summertskattegrunlag".into();
        claims["consumer"]["ID"] = "0192:971032146".into();
        claims.as_object_mut().unwrap().remove("delegation_source");
        claims["iss"] = "https://test.maskinporten.no/".into();
        claims["exp"] = (NOW - 3600).into();
        let report = check(&format!("Bearer {}", jwt(claims)), &expected()).unwrap();
        assert_eq!(
            report.answer_value(),
            "avvik.scope.consumer.delegering.miljo.utlopt"
        );
        let messages: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
        assert!(
            messages[0].contains("`skatteetaten:summertskattegrunlag`"),
            "{messages:?}"
        );
        assert!(
            messages[1].contains("971 032 146, men kommunen har organisasjonsnummer 974 760 673")
        );
        assert!(messages[4].contains("fra testmiljøet, men du skal koble til produksjonsmiljøet"));
        assert!(messages[5].contains("1 time siden"));
        assert_eq!(
            parse_answer_value(&report.answer_value()),
            Some(vec!["scope", "consumer", "delegering", "miljo", "utlopt"])
        );
    }

    #[test]
    fn a_configured_issuer_replaces_maskinporten_and_the_delegation_is_compared_by_host() {
        let mut claims = vendor_token();
        claims["iss"] = "http://127.0.0.1:9/maskinporten/produksjon/".into();
        claims["delegation_source"] = "https://altinn.no/".into();
        let own = Expected {
            issuer: Some("http://127.0.0.1:9/maskinporten/produksjon/".into()),
            ..expected()
        };
        let report = check(&jwt(claims.clone()), &own).unwrap();
        assert_eq!(report.answer_value(), "ok", "{report:?}");
        // Maskinporten's real issuer is not the configured one.
        claims["iss"] = "https://maskinporten.no/".into();
        let report = check(&jwt(claims.clone()), &own).unwrap();
        assert_eq!(report.answer_value(), "avvik.miljo");
        assert!(report.findings.iter().any(|f| f
            .message
            .contains("slik oppsettet sier («http://127.0.0.1:9/maskinporten/produksjon/»)")));
        // Another host is another delegation source.
        claims["iss"] = "https://maskinporten.no/".into();
        claims["delegation_source"] = "https://tt02.altinn.no/".into();
        let report = check(&jwt(claims), &expected()).unwrap();
        assert_eq!(report.answer_value(), "avvik.delegering");
        assert!(same_host("https://www.altinn.no", "https://altinn.no/"));
        assert!(!same_host(
            "https://altinn.no.evil.example",
            "https://altinn.no"
        ));
        assert!(!same_host("", ""));
    }

    #[test]
    fn a_direct_connection_needs_no_supplier() {
        let mut claims = vendor_token();
        let map = claims.as_object_mut().unwrap();
        map.remove("supplier");
        map.remove("delegation_source");
        let direct = Expected {
            vendor: None,
            via_vendor: Some(false),
            ..expected()
        };
        let report = check(&jwt(claims.clone()), &direct).unwrap();
        assert_eq!(statuses(&report).len(), 4);
        assert_eq!(report.answer_value(), "ok");
        // Through a vendor, the same token lacks the delegation.
        let report = check(&jwt(claims), &expected()).unwrap();
        assert_eq!(report.answer_value(), "avvik.supplier.delegering");
    }

    #[test]
    fn malformed_input_gets_a_message_not_a_panic() {
        let cases = [
            ("", TokenError::Empty),
            ("abc", TokenError::NotAJwt { parts: 1 }),
            ("a.b.c.d.e", TokenError::NotAJwt { parts: 5 }),
            (
                "@@.e30.x",
                TokenError::NotBase64 {
                    part: "første del (header)",
                },
            ),
            (
                "e30.bm90IGpzb24.x",
                TokenError::NotJson {
                    part: "midtre del (innholdet)",
                },
            ),
            (
                "e30.WzFd.x",
                TokenError::NotJson {
                    part: "midtre del (innholdet)",
                },
            ),
            ("e30.e30.x", TokenError::NoClaims),
        ];
        for (text, error) in cases {
            assert_eq!(check(text, &expected()), Err(error), "{text}");
        }
        let grant = jwt(
            serde_json::json!({"aud": "https://maskinporten.no/", "iss": "klient", "scope": SCOPE}),
        );
        assert_eq!(check(&grant, &expected()), Err(TokenError::Grant));
        for e in [
            TokenError::Empty,
            TokenError::Grant,
            TokenError::NotAJwt { parts: 2 },
        ] {
            assert!(e.to_string().ends_with('.'));
        }
        // Arbitrary bytes never panic.
        for text in ["...", "é.é.é", "eyJ.eyJ.", "e30.e30", "=.=.="] {
            let _ = check(text, &expected());
        }
    }

    fn expiry_message(exp: Value) -> (Status, String) {
        let mut claims = vendor_token();
        claims["exp"] = exp;
        let report = check(&jwt(claims), &expected()).unwrap();
        let f = report.findings.iter().find(|f| f.code == "utlopt").unwrap();
        (f.status, f.message.clone())
    }

    #[test]
    fn any_expiry_reads_as_a_time_or_says_it_is_none() {
        for exp in [
            serde_json::json!(i64::MIN),
            serde_json::json!(i64::MAX),
            serde_json::json!(u64::MAX),
            serde_json::json!(-1),
            serde_json::json!(1e300),
            serde_json::json!("i morgen"),
        ] {
            let (status, message) = expiry_message(exp.clone());
            assert_eq!(status, Status::Problem, "{exp}");
            assert!(message.contains("ikke et tidspunkt"), "{exp}: {message}");
        }
        // A fraction is a time like any other.
        assert_eq!(
            expiry_message(serde_json::json!(NOW as f64 + 120.5)),
            (Status::Ok, "Tokenet er gyldig i 2 minutter til.".into())
        );
        assert_eq!(
            expiry_message(serde_json::json!(NOW - 3 * 3600)),
            (
                Status::Problem,
                "Tokenet er utløpt (3 timer siden). Hent et nytt token – de varer vanligvis i noen minutter.".into()
            )
        );
    }

    #[test]
    fn a_long_scope_claim_with_the_scope_in_it_is_right() {
        let mut claims = vendor_token();
        let others: Vec<String> = (0..40)
            .map(|i| format!("nav:arbeid:søknad{i}.read"))
            .collect();
        claims["scope"] = format!("{} {SCOPE}", others.join(" ")).into();
        let report = check(&jwt(claims), &expected()).unwrap();
        let scope = report.findings.iter().find(|f| f.code == "scope").unwrap();
        assert_eq!(scope.status, Status::Ok, "{}", scope.message);
    }

    #[test]
    fn a_grant_is_known_by_its_audience_in_a_list_too() {
        let grant = jwt(serde_json::json!({
            "aud": ["https://test.maskinporten.no/"], "iss": "klient", "scope": SCOPE
        }));
        assert_eq!(check(&grant, &expected()), Err(TokenError::Grant));
    }

    #[test]
    fn a_paste_far_longer_than_a_token_is_refused_by_its_length() {
        let long = "eyJ".repeat(10_000);
        assert_eq!(
            check(&long, &expected()),
            Err(TokenError::TooLong { chars: 30_000 })
        );
    }

    #[test]
    fn verdicts_round_trip_and_reject_unknown_codes() {
        assert_eq!(parse_answer_value("ok"), Some(vec![]));
        assert_eq!(parse_answer_value("avvik.scope"), Some(vec!["scope"]));
        assert_eq!(parse_answer_value("avvik."), None);
        assert_eq!(parse_answer_value("avvik.hemmelig"), None);
        assert_eq!(parse_answer_value("eyJhbGciOi"), None);
    }

    #[test]
    fn decodes_base64url_with_and_without_padding() {
        assert_eq!(base64url("aGVp").unwrap(), b"hei");
        assert_eq!(base64url("aGVpaA").unwrap(), b"heih");
        assert_eq!(base64url("aGVpaA==").unwrap(), b"heih");
        assert_eq!(base64url("a"), None);
        assert_eq!(b64(b"heih"), "aGVpaA");
    }
}
