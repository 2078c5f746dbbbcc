//! The token check: a Maskinporten access token (a JWT) pasted by the person, decoded and read here —
//! never verified, sent or stored — and compared with what the connection needs: the scope, the
//! municipality as `consumer`, the vendor as `supplier`, the Altinn delegation, the environment and
//! the expiry. Malformed input gives a message, never a panic.

use super::parties::Parties;
use super::scope::{self, SCOPE};
use super::token_texts::{texts, TimeTexts, TokenTexts, NB};
use crate::json::{self, Value};
use crate::lang::Lang;
use crate::orgnr::OrgNumber;
use crate::texts::fill;
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

    /// The environment as it stands in a sentence, in `lang`: «testmiljøet», "the test environment".
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = texts(lang);
        match self {
            Environment::Test => t.test_environment,
            Environment::Production => t.production_environment,
        }
    }

    /// [`Environment::label_in`] bokmål, for the texts that are still bokmål only.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Nb)
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

/// What the token should say, from the person's earlier answers, and the language to say it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// The municipality, the vendor and the environment the person gave.
    pub parties: Parties,
    /// The issuer the token must come from, when not Maskinporten's own for the environment (the
    /// connection-test backend's configured issuer, a simulator's in tests).
    pub issuer: Option<String>,
    /// Seconds since 1970, for the expiry.
    pub now: i64,
    /// The language of the findings, the rows' words and the errors' messages.
    pub lang: Lang,
}

/// Why a pasted text could not be read as a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
    Empty,
    NotAJwt {
        parts: usize,
    },
    /// `part` is the part's bokmål name ([`TokenTexts::header_part`] or
    /// [`TokenTexts::claims_part`] of bokmål), which [`TokenError::message`] names in its language.
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
    /// Text that starts as JSON (Maskinporten's answer) but is not valid JSON.
    BrokenAnswer,
    /// A JSON answer without `access_token`.
    NoAccessToken,
    /// Maskinporten's error answer (`{"error": …, "error_description": …}`) instead of a token.
    MaskinportenError {
        error: String,
        description: Option<String>,
        /// The MP code of its `error_uri` (`MP-121`), which the error-code catalogue explains.
        code: Option<String>,
    },
}

impl TokenError {
    /// The error code the pasted text holds, for a link to its entry in the catalogue.
    pub fn code(&self) -> Option<&str> {
        match self {
            TokenError::MaskinportenError { code, .. } => code.as_deref(),
            _ => None,
        }
    }
}

/// The longest access token read, in bytes: Maskinporten's tokens are one or two thousand.
pub const MAX_LEN: usize = 20_000;
/// The longest text pasted: a token, or Maskinporten's whole JSON answer around one (which adds
/// `token_type`, `expires_in` and `scope`: a few hundred bytes).
pub const MAX_PASTE_LEN: usize = MAX_LEN + 2_000;

impl TokenError {
    /// What went wrong and what to do, for the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let e = &t.errors;
        match self {
            TokenError::Empty => e.empty.to_string(),
            TokenError::NotAJwt { parts } => fill(e.not_a_jwt, &[("parts", &parts.to_string())]),
            TokenError::NotBase64 { part } => fill(e.not_base64, &[("part", part_in(part, t))]),
            TokenError::NotJson { part } => fill(e.not_json, &[("part", part_in(part, t))]),
            TokenError::Grant => e.grant.to_string(),
            TokenError::NoClaims => e.no_claims.to_string(),
            TokenError::TooLong { chars } => fill(e.too_long, &[("chars", &chars.to_string())]),
            TokenError::BrokenAnswer => e.broken_answer.to_string(),
            TokenError::NoAccessToken => e.no_access_token.to_string(),
            TokenError::MaskinportenError {
                error,
                description,
                code,
            } => {
                let mut text = fill(e.maskinporten_error, &[("error", error)]);
                if let Some(d) = description {
                    text.push_str(&format!(" ({d})"));
                }
                match code {
                    Some(code) => text.push_str(&fill(e.maskinporten_code, &[("code", code)])),
                    None => text.push_str(e.maskinporten_no_code),
                }
                text
            }
        }
    }
}

/// A part of the token, named by its bokmål name, as `t` names it.
fn part_in(part: &'static str, t: &'static TokenTexts) -> &'static str {
    if part == NB.header_part {
        t.header_part
    } else if part == NB.claims_part {
        t.claims_part
    } else {
        part
    }
}

/// The bokmål message, as [`TokenError::message`] writes it.
impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nb))
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

/// What the token check found, and the token's header and claims as the person reads them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenReport {
    pub findings: Vec<Finding>,
    pub header: Vec<ClaimRow>,
    pub claims: Vec<ClaimRow>,
}

/// One field of the decoded token, for the table beside the findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    /// The field's name in the token (`consumer`).
    pub name: String,
    /// What the field is, in words («Hvem tokenet er utstedt for»), for the fields Maskinporten sets.
    pub meaning: Option<&'static str>,
    /// The value as people read it: an organisation number grouped, a time in Norwegian time.
    pub value: String,
    /// What the value is to the person: «kommunen du oppga», «om 57 sekunder».
    pub note: Option<String>,
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

/// The codes a token verdict may name, in the order of the checks.
pub const FINDING_CODES: &[&str] = &[
    "scope",
    "consumer",
    "supplier",
    "delegering",
    "miljo",
    "utlopt",
];

/// What the verdict's code `code` means in a summary, in `lang`: «scopet mangler eller er feil».
pub fn finding_summary(code: &str, lang: Lang) -> Option<&'static str> {
    texts(lang).summaries.of(code)
}

/// Reads a token verdict from the URL (`ok`, `avvik.scope.utlopt`); `None` if it is not one.
pub fn parse_answer_value(value: &str) -> Option<Vec<&'static str>> {
    if value == "ok" {
        return Some(Vec::new());
    }
    let codes = value.strip_prefix("avvik.")?;
    codes
        .split('.')
        .map(|c| FINDING_CODES.iter().find(|k| **k == c).copied())
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
    claims.get(key).and_then(party_digits)
}

fn party_digits(claim: &Value) -> Option<String> {
    let id = claim.get("ID")?.as_str()?;
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

/// `text` without `prefix` at its start, compared without regard to ASCII case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The access token in what was pasted: Maskinporten's whole JSON answer
/// (`{"access_token": "eyJ…", …}`), an `Authorization: Bearer …` line, `Bearer …`, or the token.
pub fn extract(text: &str) -> Result<String, TokenError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(TokenError::Empty);
    }
    if text.len() > MAX_PASTE_LEN {
        return Err(TokenError::TooLong {
            chars: text.chars().count(),
        });
    }
    let token = if text.starts_with('{') {
        token_in_answer(text)?
    } else {
        let line = strip_prefix_ignoring_case(text, "authorization:").unwrap_or(text);
        let line = line.trim_start();
        let token = match strip_prefix_ignoring_case(line, "bearer") {
            Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => rest,
            _ => line,
        };
        token.trim().trim_matches('"').trim().to_string()
    };
    if token.is_empty() {
        return Err(TokenError::Empty);
    }
    if token.len() > MAX_LEN {
        return Err(TokenError::TooLong {
            chars: token.chars().count(),
        });
    }
    Ok(token)
}

/// The `access_token` of Maskinporten's JSON answer, or why there is none.
fn token_in_answer(text: &str) -> Result<String, TokenError> {
    let answer = json::parse(text.as_bytes()).map_err(|_| TokenError::BrokenAnswer)?;
    if let Some(token) = answer.get("access_token").and_then(Value::as_str) {
        return Ok(token.trim().to_string());
    }
    match answer.get("error").and_then(Value::as_str) {
        Some(error) => Err(TokenError::MaskinportenError {
            error: error.to_string(),
            description: answer
                .get("error_description")
                .and_then(Value::as_str)
                .map(str::to_string),
            code: answer
                .get("error_uri")
                .and_then(Value::as_str)
                .and_then(crate::connection::code_from_error_uri),
        }),
        None => Err(TokenError::NoAccessToken),
    }
}

/// The header and claims of a JWT that is an access token (not a grant).
fn decode(token: &str) -> Result<(Value, Value), TokenError> {
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(TokenError::NotAJwt { parts: parts.len() });
    }
    let header = json_part(parts[0], NB.header_part)?;
    let claims = json_part(parts[1], NB.claims_part)?;
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
    Ok((header, claims))
}

/// Decodes what was pasted (see [`extract`]) and checks the token against `expected`, one check
/// per claim: scope, consumer, supplier and delegation (på vegne av), environment, expiry. The
/// findings, the rows' words and the error say it in `expected.lang`.
pub fn check(text: &str, expected: &Expected) -> Result<TokenReport, TokenError> {
    let token = extract(text)?;
    let (header, claims) = decode(&token)?;
    let t = texts(expected.lang);
    let mut findings = vec![
        check_scope(&claims, t),
        check_consumer(&claims, &expected.parties, t),
    ];
    findings.extend(check_vendor(&claims, &expected.parties, t));
    findings.push(check_environment(&claims, expected, t));
    findings.push(check_expiry(claims.get("exp"), expected.now, t));
    Ok(TokenReport {
        findings,
        header: rows(&header, expected, t),
        claims: rows(&claims, expected, t),
    })
}

fn finding(code: &'static str, status: Status, label: &'static str, message: String) -> Finding {
    Finding {
        code,
        status,
        label,
        message,
    }
}

fn check_scope(claims: &Value, t: &'static TokenTexts) -> Finding {
    let (texts, label) = (&t.findings, t.labels.scope);
    let problem = |message| finding("scope", Status::Problem, label, message);
    let Some(s) = claims.get("scope").and_then(Value::as_str) else {
        return problem(fill(texts.scope_missing, &[("scope", SCOPE)]));
    };
    // A claim is a list as Maskinporten wrote it, of any length: the scope in it is enough. The
    // limits on what a person types do not apply.
    let m = if s.split_whitespace().any(|item| item == SCOPE) {
        scope::ScopeMatch::Among
    } else {
        scope::compare(s)
    };
    match m {
        m if m.is_right() => finding(
            "scope",
            Status::Ok,
            label,
            fill(texts.scope_ok, &[("scope", SCOPE)]),
        ),
        scope::ScopeMatch::NearMiss { closest, .. } => problem(fill(
            texts.scope_near_miss,
            &[("closest", &closest), ("scope", SCOPE)],
        )),
        _ => problem(fill(texts.scope_wrong, &[("scope", SCOPE), ("found", s)])),
    }
}

/// Consumer: the municipality.
fn check_consumer(claims: &Value, parties: &Parties, t: &'static TokenTexts) -> Finding {
    let texts = &t.findings;
    let f = |status, message| finding("consumer", status, t.labels.consumer, message);
    match (party(claims, "consumer"), parties.municipality) {
        (None, _) => f(Status::Problem, texts.consumer_missing.into()),
        (Some(c), Some(m)) if c == m.digits() => f(
            Status::Ok,
            fill(texts.consumer_ok, &[("municipality", &m.grouped())]),
        ),
        (Some(c), Some(m)) => f(
            Status::Problem,
            fill(
                texts.consumer_wrong,
                &[("consumer", &grouped(&c)), ("municipality", &m.grouped())],
            ),
        ),
        (Some(c), None) => f(
            Status::Info,
            fill(texts.consumer_other, &[("consumer", &grouped(&c))]),
        ),
    }
}

/// Supplier and delegation: present exactly when a vendor fetches på vegne av the municipality.
fn check_vendor(claims: &Value, parties: &Parties, t: &'static TokenTexts) -> Vec<Finding> {
    let supplier = party(claims, "supplier");
    let via_vendor = parties
        .via_vendor
        .unwrap_or(parties.vendor.is_some() || supplier.is_some());
    match (via_vendor, supplier) {
        (true, supplier) => vec![
            check_supplier(supplier, parties.vendor, t),
            check_delegation(claims, parties.environment, t),
        ],
        (false, Some(s)) => vec![finding(
            "supplier",
            Status::Info,
            t.labels.supplier,
            fill(t.findings.supplier_not_asked, &[("supplier", &grouped(&s))]),
        )],
        (false, None) => Vec::new(),
    }
}

fn check_supplier(
    supplier: Option<String>,
    vendor: Option<OrgNumber>,
    t: &'static TokenTexts,
) -> Finding {
    let texts = &t.findings;
    let f = |status, message| finding("supplier", status, t.labels.supplier, message);
    match (supplier, vendor) {
        (None, _) => f(Status::Problem, texts.supplier_missing.into()),
        (Some(s), Some(v)) if s == v.digits() => f(
            Status::Ok,
            fill(texts.supplier_ok, &[("vendor", &v.grouped())]),
        ),
        (Some(s), Some(v)) => f(
            Status::Problem,
            fill(
                texts.supplier_wrong,
                &[("supplier", &grouped(&s)), ("vendor", &v.grouped())],
            ),
        ),
        (Some(s), None) => f(
            Status::Info,
            fill(texts.supplier_other, &[("supplier", &grouped(&s))]),
        ),
    }
}

fn check_delegation(
    claims: &Value,
    environment: Option<Environment>,
    t: &'static TokenTexts,
) -> Finding {
    let texts = &t.findings;
    let f = |status, message| finding("delegering", status, t.labels.delegation, message);
    match (
        claims.get("delegation_source").and_then(Value::as_str),
        environment,
    ) {
        (None, _) => f(Status::Problem, texts.delegation_missing.into()),
        (Some(s), Some(env)) if !same_host(s, env.delegation_source()) => f(
            Status::Problem,
            fill(
                texts.delegation_wrong_environment,
                &[("source", s), ("environment", env.label_in(t.lang))],
            ),
        ),
        (Some(s), _) => f(Status::Ok, fill(texts.delegation_ok, &[("source", s)])),
    }
}

fn check_environment(claims: &Value, expected: &Expected, t: &'static TokenTexts) -> Finding {
    let texts = &t.findings;
    let f = |status, message| finding("miljo", status, t.labels.environment, message);
    let issuer = claims.get("iss").and_then(Value::as_str).unwrap_or("");
    let wanted = expected.parties.environment;
    let same = |a: &str, b: &str| a.trim_end_matches('/') == b.trim_end_matches('/');
    let found = match &expected.issuer {
        Some(own) => same(issuer, own).then_some(wanted).flatten(),
        None => [Environment::Test, Environment::Production]
            .into_iter()
            .find(|e| same(issuer, e.issuer())),
    };
    match (found, wanted, &expected.issuer) {
        (None, _, Some(own)) => f(
            Status::Problem,
            fill(
                texts.issuer_not_configured,
                &[("issuer", issuer), ("own", own)],
            ),
        ),
        (None, _, None) => f(
            Status::Problem,
            fill(texts.issuer_not_maskinporten, &[("issuer", issuer)]),
        ),
        (Some(found), Some(e), _) if found != e => f(
            Status::Problem,
            fill(
                texts.environment_wrong,
                &[
                    ("found", found.label_in(t.lang)),
                    ("wanted", e.label_in(t.lang)),
                ],
            ),
        ),
        (Some(found), _, _) => f(
            Status::Ok,
            fill(texts.environment_ok, &[("found", found.label_in(t.lang))]),
        ),
    }
}

/// The latest `exp` read as a time: the end of year 9999, as JWT libraries bound it.
const LATEST_EXP: i64 = crate::date::LATEST_UNIX;

/// A claim's time (seconds since 1970, a fraction allowed: rounded down from its digits), if it is
/// one.
fn time_of(value: &Value) -> Option<i64> {
    value
        .as_floor_i64()
        .filter(|s| (0..=LATEST_EXP).contains(s))
}

/// How the token's `exp` claim compares with `now`.
fn check_expiry(exp: Option<&Value>, now: i64, t: &'static TokenTexts) -> Finding {
    let texts = &t.findings;
    let f = |status, message| finding("utlopt", status, t.labels.expiry, message);
    let Some(exp) = exp else {
        return f(Status::Problem, texts.expiry_missing.into());
    };
    let Some(seconds) = time_of(exp) else {
        return f(Status::Problem, texts.expiry_not_a_time.into());
    };
    // Both are within ±2⁵⁸, so the difference cannot overflow.
    let now = now.clamp(0, LATEST_EXP);
    if seconds <= now {
        f(
            Status::Problem,
            fill(
                texts.expired,
                &[("ago", &relative_in(seconds - now, &t.time))],
            ),
        )
    } else {
        f(
            Status::Ok,
            fill(
                texts.valid_for,
                &[("duration", &duration(seconds.abs_diff(now), &t.time))],
            ),
        )
    }
}

/// "3 minutter", "2 timer", "45 sekunder".
fn duration(seconds: u64, t: &TimeTexts) -> String {
    let (n, [one, many]) = match seconds {
        s if s < 60 => (s, t.seconds),
        s if s < 3600 => (s / 60, t.minutes),
        s if s < 2 * 86_400 => (s / 3600, t.hours),
        s => (s / 86_400, t.days),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A time relative to now, `seconds` ahead (negative: past), in `lang`: «om 57 sekunder», «for 3
/// timer siden», "3 hours ago".
pub fn relative(seconds: i64, lang: Lang) -> String {
    relative_in(seconds, &texts(lang).time)
}

fn relative_in(seconds: i64, t: &TimeTexts) -> String {
    match seconds {
        0 => t.now.to_string(),
        s if s > 0 => fill(t.ahead, &[("duration", &duration(s.unsigned_abs(), t))]),
        s => fill(t.ago, &[("duration", &duration(s.unsigned_abs(), t))]),
    }
}

/// Each field of a decoded part, in the order written, as the person reads it.
fn rows(part: &Value, expected: &Expected, t: &'static TokenTexts) -> Vec<ClaimRow> {
    let fields = part.as_object().unwrap_or_default();
    fields
        .iter()
        .map(|(name, value)| {
            let (value, note) = shown(name, value, expected, t);
            ClaimRow {
                name: name.clone(),
                meaning: t.rows.meanings.of(name),
                value,
                note,
            }
        })
        .collect()
}

/// A field's value as people read it, and what it is to them.
fn shown(
    name: &str,
    value: &Value,
    expected: &Expected,
    t: &'static TokenTexts,
) -> (String, Option<String>) {
    let parties = &expected.parties;
    match name {
        "consumer" | "supplier" if party_digits(value).is_some() => {
            let digits = party_digits(value).unwrap_or_default();
            let is = |n: Option<OrgNumber>| n.is_some_and(|n| n.digits() == digits);
            let note = if is(parties.municipality) {
                t.rows.municipality_given
            } else if is(parties.vendor) {
                t.rows.vendor_given
            } else {
                t.rows.not_given
            };
            (grouped(&digits), Some(note.to_string()))
        }
        "exp" | "iat" | "nbf" | "auth_time" => {
            match time_of(value).and_then(|s| crate::date::oslo_date_time(s, t.lang)) {
                Some(time) => {
                    let seconds = time_of(value).unwrap_or_default();
                    (time, Some(relative_in(seconds - expected.now, &t.time)))
                }
                None => (json::to_text(value), Some(t.rows.not_a_time.to_string())),
            }
        }
        _ => (
            value
                .as_str()
                .map_or_else(|| json::to_text(value), str::to_string),
            None,
        ),
    }
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
            parties: Parties {
                municipality: OrgNumber::parse("974760673").ok(),
                vendor: OrgNumber::parse("971032146").ok(),
                via_vendor: Some(true),
                environment: Some(Environment::Production),
            },
            issuer: None,
            now: NOW,
            lang: Lang::Nb,
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
            parties: Parties {
                vendor: None,
                via_vendor: Some(false),
                ..expected().parties
            },
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
                "Tokenet er utløpt for 3 timer siden. Hent et nytt token – de varer vanligvis i noen minutter.".into()
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

    #[test]
    fn takes_the_token_out_of_the_json_answer_a_header_line_or_bearer() {
        let token = jwt(vendor_token());
        let answer = format!(
            "{{\n  \"access_token\" : \"{token}\",\n  \"token_type\" : \"Bearer\",\n  \"expires_in\" : 119,\n  \"scope\" : \"{SCOPE}\"\n}}"
        );
        for pasted in [
            answer.clone(),
            format!("Authorization: Bearer {token}"),
            format!("authorization:bearer {token}"),
            format!("Bearer {token}"),
            format!("  \"{token}\"\n"),
            token.clone(),
        ] {
            assert_eq!(extract(&pasted).as_deref(), Ok(token.as_str()), "{pasted}");
            assert_eq!(check(&pasted, &expected()).unwrap().answer_value(), "ok");
        }
        assert_eq!(
            extract("{\"access_token\": "),
            Err(TokenError::BrokenAnswer)
        );
        assert_eq!(
            extract("{\"token_type\": \"Bearer\"}"),
            Err(TokenError::NoAccessToken)
        );
        let refused = extract(
            r#"{"error":"invalid_grant","error_description":"Invalid assertion (trace_id: abc)","error_uri":"https://test.maskinporten.no/errors/MP-121"}"#,
        )
        .unwrap_err();
        assert_eq!(
            refused.to_string(),
            "Dette er en feilmelding fra Maskinporten, ikke et token: «invalid_grant» (Invalid assertion \
             (trace_id: abc)). Feilkoden er MP-121."
        );
        assert_eq!(refused.code(), Some("MP-121"));
        let without = extract(r#"{"error":"invalid_scope"}"#).unwrap_err();
        assert_eq!(without.code(), None);
        assert!(without
            .to_string()
            .ends_with("forklarer de vanlige feilkodene."));
        assert_eq!(extract("Bearer "), Err(TokenError::Empty));
    }

    #[test]
    fn the_json_answer_may_be_longer_than_a_token_but_not_the_token_itself() {
        // A token just under the limit, in an answer that is over it.
        let token = format!("{}.{}.c2ln", "e".repeat(MAX_LEN - 100), "e");
        let answer = format!(
            "{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":119,\"scope\":\"{SCOPE}\"}}"
        );
        assert!(answer.len() > MAX_LEN && answer.len() <= MAX_PASTE_LEN);
        assert_eq!(extract(&answer), Ok(token));
        let too_long = format!("{{\"access_token\":\"{}\"}}", "e".repeat(MAX_LEN + 1));
        assert_eq!(
            extract(&too_long),
            Err(TokenError::TooLong { chars: MAX_LEN + 1 })
        );
        let pasted = "e".repeat(MAX_PASTE_LEN + 1);
        assert_eq!(
            extract(&pasted),
            Err(TokenError::TooLong {
                chars: MAX_PASTE_LEN + 1
            })
        );
    }

    #[test]
    fn header_and_claims_read_as_a_table_with_parties_and_norwegian_times() {
        let mut claims = vendor_token();
        claims["exp"] = (NOW + 57).into();
        claims["iat"] = (NOW - 3 * 3600).into();
        claims["consumer"]["ID"] = "0192:910000004".into();
        let report = check(&jwt(claims), &expected()).unwrap();
        let row = |rows: &[ClaimRow], name: &str| {
            let r = rows.iter().find(|r| r.name == name).unwrap().clone();
            (r.value, r.note)
        };
        assert_eq!(
            report
                .header
                .iter()
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>(),
            ["alg", "kid"]
        );
        assert_eq!(row(&report.header, "alg").0, "RS256");
        assert_eq!(
            row(&report.claims, "supplier"),
            ("971 032 146".into(), Some("Leverandøren du oppga".into()))
        );
        assert_eq!(
            row(&report.claims, "consumer"),
            (
                "910 000 004".into(),
                Some("Ikke et av organisasjonsnumrene du oppga".into())
            )
        );
        // NOW is 2027-01-15T08:00:00Z: 09:00 in Oslo in winter.
        assert_eq!(
            row(&report.claims, "exp"),
            (
                "15. januar 2027 kl. 09:00:57".into(),
                Some("om 57 sekunder".into())
            )
        );
        assert_eq!(
            row(&report.claims, "iat"),
            (
                "15. januar 2027 kl. 06:00:00".into(),
                Some("for 3 timer siden".into())
            )
        );
        assert_eq!(
            row(&report.claims, "scope").0,
            "skatteetaten:summertskattegrunnlag"
        );
        assert_eq!(
            report
                .claims
                .iter()
                .find(|r| r.name == "consumer")
                .unwrap()
                .meaning,
            Some("Hvem tokenet er utstedt for")
        );
    }

    #[test]
    fn a_field_that_is_not_text_is_shown_as_json_and_a_bad_time_says_so() {
        let mut claims = vendor_token();
        claims["exp"] = "i morgen".into();
        claims["ekstra"] = serde_json::json!({"a": [1, true, null]});
        let report = check(&jwt(claims), &expected()).unwrap();
        let find = |name: &str| report.claims.iter().find(|r| r.name == name).unwrap();
        assert_eq!(find("ekstra").value, r#"{"a":[1,true,null]}"#);
        assert_eq!(find("ekstra").meaning, None);
        assert_eq!(find("exp").value, r#""i morgen""#);
        assert_eq!(find("exp").note.as_deref(), Some("Ikke et tidspunkt"));
    }

    #[test]
    fn relative_times_read_both_ways() {
        assert_eq!(relative(57, Lang::Nb), "om 57 sekunder");
        assert_eq!(relative(-3 * 3600, Lang::Nb), "for 3 timer siden");
        assert_eq!(relative(-1, Lang::Nb), "for 1 sekund siden");
        assert_eq!(relative(0, Lang::Nb), "nå");
        assert_eq!(relative(57, Lang::Nn), "om 57 sekund");
        assert_eq!(relative(-3 * 3600, Lang::Nn), "for 3 timar sidan");
        assert_eq!(relative(0, Lang::Nn), "no");
        assert_eq!(relative(57, Lang::En), "in 57 seconds");
        assert_eq!(relative(-1, Lang::En), "1 second ago");
        assert_eq!(relative(-3 * 86_400, Lang::En), "3 days ago");
    }

    fn in_lang(lang: Lang) -> Expected {
        Expected { lang, ..expected() }
    }

    /// The message of the finding `code` when `claims` are checked in `lang`.
    fn message_in(lang: Lang, claims: Value, code: &str) -> (Status, String) {
        let report = check(&jwt(claims), &in_lang(lang)).unwrap();
        let f = report.findings.iter().find(|f| f.code == code).unwrap();
        (f.status, f.message.clone())
    }

    #[test]
    fn a_wrong_scope_is_named_in_nynorsk_and_english() {
        let mut claims = vendor_token();
        claims["scope"] = "skatteetaten:summertskattegrunlag".into();
        assert_eq!(
            message_in(Lang::Nn, claims.clone(), "scope"),
            (
                Status::Problem,
                "Tokenet har scopet `skatteetaten:summertskattegrunlag`, men det skal vere \
                 `skatteetaten:summertskattegrunnlag`. Rett scopet i førespurnaden frå klienten."
                    .into()
            )
        );
        assert_eq!(
            message_in(Lang::En, claims, "scope"),
            (
                Status::Problem,
                "The token has the scope `skatteetaten:summertskattegrunlag`, but it should be \
                 `skatteetaten:summertskattegrunnlag`. Correct the scope in the client's request."
                    .into()
            )
        );
    }

    #[test]
    fn a_wrong_consumer_is_named_in_nynorsk_and_english() {
        let mut claims = vendor_token();
        claims["consumer"]["ID"] = "0192:971032146".into();
        let (status, nn) = message_in(Lang::Nn, claims.clone(), "consumer");
        assert_eq!(status, Status::Problem);
        assert_eq!(
            nn,
            "Tokenet er utferda for 971 032 146, men kommunen har organisasjonsnummer 974 760 673. \
             Klienten må sende hovudorganisasjonsnummeret til kommunen som «consumer_org»."
        );
        let (_, en) = message_in(Lang::En, claims.clone(), "consumer");
        assert_eq!(
            en,
            "The token was issued to 971 032 146, but the municipality's organisation number is \
             974 760 673. The client must send the municipality's main organisation number as \
             «consumer_org»."
        );
        // The table says it too: the consumer is the vendor the person gave.
        let report = check(&jwt(claims), &in_lang(Lang::En)).unwrap();
        let row = report.claims.iter().find(|r| r.name == "consumer").unwrap();
        assert_eq!(row.meaning, Some("Who the token was issued to"));
        assert_eq!(row.note.as_deref(), Some("The vendor you gave"));
        assert_eq!(report.findings[0].label, "Scope");
        assert_eq!(report.findings[1].label, "Consumer (the municipality)");
    }

    #[test]
    fn an_expired_token_is_named_in_nynorsk_and_english() {
        let mut claims = vendor_token();
        claims["exp"] = (NOW - 3600).into();
        assert_eq!(
            message_in(Lang::Nn, claims.clone(), "utlopt").1,
            "Tokenet gjekk ut for 1 time sidan. Hent eit nytt token – dei varer vanlegvis i nokre minutt."
        );
        assert_eq!(
            message_in(Lang::En, claims.clone(), "utlopt").1,
            "The token expired 1 hour ago. Fetch a new token – they usually last a few minutes."
        );
        assert_eq!(
            message_in(Lang::Nn, vendor_token(), "utlopt").1,
            "Tokenet gjeld i 2 minutt til."
        );
        assert_eq!(
            message_in(Lang::En, vendor_token(), "utlopt").1,
            "The token is still valid for 2 minutes."
        );
        // The times in the table: the date as each language writes it.
        let report = check(&jwt(claims), &in_lang(Lang::En)).unwrap();
        let exp = report.claims.iter().find(|r| r.name == "exp").unwrap();
        assert_eq!(exp.value, "15 January 2027 at 08:00:00");
        assert_eq!(exp.note.as_deref(), Some("1 hour ago"));
        assert_eq!(exp.meaning, Some("Expires"));
        let report = check(&jwt(vendor_token()), &in_lang(Lang::Nn)).unwrap();
        let exp = report.claims.iter().find(|r| r.name == "exp").unwrap();
        assert_eq!(exp.value, "15. januar 2027 kl. 09:02:00");
        assert_eq!(exp.note.as_deref(), Some("om 2 minutt"));
    }

    #[test]
    fn a_maskinporten_error_answer_is_told_in_nynorsk_and_english() {
        let refused = extract(
            r#"{"error":"invalid_grant","error_description":"Invalid assertion","error_uri":"https://test.maskinporten.no/errors/MP-121"}"#,
        )
        .unwrap_err();
        assert_eq!(
            refused.message(Lang::Nn),
            "Dette er ei feilmelding frå Maskinporten, ikkje eit token: «invalid_grant» (Invalid \
             assertion). Feilkoden er MP-121."
        );
        assert_eq!(
            refused.message(Lang::En),
            "This is an error message from Maskinporten, not a token: «invalid_grant» (Invalid \
             assertion). The error code is MP-121."
        );
        assert_eq!(refused.to_string(), refused.message(Lang::Nb));
        let without = extract(r#"{"error":"invalid_scope"}"#).unwrap_err();
        assert!(without
            .message(Lang::Nn)
            .ends_with("forklarer dei vanlege feilkodane."));
        assert!(without
            .message(Lang::En)
            .ends_with("explain the common error codes."));
        // The error is the same in every language; only its message is not.
        assert_eq!(
            check("@@.e30.x", &in_lang(Lang::En)),
            check("@@.e30.x", &expected())
        );
        let header = TokenError::NotBase64 {
            part: "første del (header)",
        };
        assert!(header
            .message(Lang::Nn)
            .starts_with("Vi kan ikkje lese den første delen (header) av tokenet"));
        assert!(header
            .message(Lang::En)
            .starts_with("The first part (the header) of the token cannot be read"));
        let claims = TokenError::NotJson {
            part: "midtre del (innholdet)",
        };
        assert!(claims
            .message(Lang::En)
            .starts_with("The middle part (the contents)"));
    }

    #[test]
    fn every_finding_and_row_is_in_the_language_asked_for_and_the_verdict_is_not() {
        let mut claims = vendor_token();
        claims["iss"] = "https://test.maskinporten.no/".into();
        claims.as_object_mut().unwrap().remove("delegation_source");
        for (lang, bokmal_words) in [
            (
                Lang::Nn,
                &["ikke", "fra", "hvem", "hva", "hentet", "utstedt"][..],
            ),
            (Lang::En, &["Tokenet", "ikke", "kommunen", "miljø"][..]),
        ] {
            let report = check(&jwt(claims.clone()), &in_lang(lang)).unwrap();
            assert_eq!(report.answer_value(), "avvik.delegering.miljo");
            let mut said: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
            said.extend(report.claims.iter().filter_map(|r| r.meaning));
            said.extend(report.claims.iter().filter_map(|r| r.note.as_deref()));
            for text in said {
                let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).collect();
                for w in bokmal_words {
                    assert!(!words.contains(w), "«{w}» in {lang:?}: {text}");
                }
            }
        }
        assert_eq!(Environment::Test.label_in(Lang::En), "the test environment");
        assert_eq!(Environment::Production.label(), "produksjonsmiljøet");
        assert_eq!(
            finding_summary("utlopt", Lang::Nb),
            Some("tokenet er utløpt")
        );
        assert_eq!(
            finding_summary("utlopt", Lang::Nn),
            Some("tokenet har gått ut")
        );
        assert_eq!(
            finding_summary("utlopt", Lang::En),
            Some("the token has expired")
        );
        assert_eq!(finding_summary("hemmelig", Lang::En), None);
    }
}
