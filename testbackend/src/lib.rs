//! A test double of the connection-test backend (`api/openapi.yaml`): for development, demos and the
//! site's end-to-end tests. It does not call Maskinporten or Skatteetaten; the municipality's
//! organisation number picks a scenario (see `SCENARIOS` and the README), and every answer is what a
//! real backend would say in that situation.
//!
//! `respond` is the whole behaviour, as a pure function of the request; `main.rs` only does HTTP.

use skattedeling_core::connection::{
    rights_package_label, Health, HealthStatus, Problem, StepResult, StepStatus, TestReport,
    TestRequest, HEALTH_PATH, TESTS_PATH,
};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::OrgNumber;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// What the backend does for a test, chosen by the municipality's organisation number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    AllOk,
    SubUnit,
    ScopeNotOnClient,
    DelegationMissing,
    WrongEnvironmentCertificate,
    NoAccess,
    SkatteetatenError,
    Slow,
    InvalidJson,
    Unavailable,
}

/// The organisation numbers that choose a scenario (all pass MOD11); any other number: all steps OK.
pub const SCENARIOS: &[(&str, Scenario, &str)] = &[
    ("910000004", Scenario::AllOk, "alle steg OK"),
    (
        "910000012",
        Scenario::SubUnit,
        "organisasjonsnummeret er en underenhet (av 910 000 004)",
    ),
    (
        "910000020",
        Scenario::ScopeNotOnClient,
        "MP-200: scopet er ikke lagt til klienten",
    ),
    (
        "910000039",
        Scenario::DelegationMissing,
        "MP-251: delegeringen i Altinn mangler",
    ),
    (
        "910000047",
        Scenario::WrongEnvironmentCertificate,
        "MP-120: sertifikat fra feil miljø",
    ),
    (
        "910000055",
        Scenario::NoAccess,
        "SSG-005: ingen tilgang til rettighetspakken",
    ),
    (
        "910000063",
        Scenario::SkatteetatenError,
        "SSG-002: HTTP 500 fra Skatteetaten",
    ),
    (
        "910000071",
        Scenario::Slow,
        "svarer først etter --slow-seconds (30 s)",
    ),
    (
        "910000098",
        Scenario::InvalidJson,
        "svarer med ugyldig JSON",
    ),
    ("910000101", Scenario::Unavailable, "svarer HTTP 503"),
];

/// The parent of the sub-unit scenario's number.
const SUB_UNIT_PARENT: &str = "910000004";

impl Scenario {
    pub fn for_municipality(orgnr: &str) -> Scenario {
        SCENARIOS
            .iter()
            .find(|(n, _, _)| *n == orgnr)
            .map_or(Scenario::AllOk, |(_, s, _)| *s)
    }
}

/// How the backend is set up.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The origins that get CORS headers (the site's); every other origin is refused.
    pub allowed_origins: Vec<String>,
    /// How long the slow scenario waits before it answers.
    pub slow: Duration,
}

/// An HTTP answer, and how long to wait before sending it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
    pub delay: Duration,
}

impl Reply {
    fn json(status: u16, body: String) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type", "application/json; charset=utf-8".into())],
            body,
            delay: Duration::ZERO,
        }
    }

    fn problem(status: u16, kode: &str, melding: impl Into<String>) -> Reply {
        let problem = Problem {
            kode: kode.into(),
            melding: melding.into(),
        };
        Reply::json(status, serde_json::to_string(&problem).expect("serialises"))
    }
}

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The answer to one request. `origin` is the request's `Origin` header.
pub fn respond(
    settings: &Settings,
    method: &str,
    path: &str,
    origin: Option<&str>,
    body: &str,
) -> Reply {
    let allowed = origin.filter(|o| settings.allowed_origins.iter().any(|a| a == o));
    let path = path.split('?').next().unwrap_or(path);
    let mut reply = match (method, path) {
        ("OPTIONS", _) if allowed.is_none() => Reply::problem(
            403,
            "CORS",
            "Denne opprinnelsen (Origin) har ikke lov til å bruke testtjenesten.",
        ),
        // CORS comes before routing, as in most servers: a preflight from the site passes for any
        // path, and the request itself gets the path's answer (a 404 the site can read, say).
        ("OPTIONS", _) => Reply {
            status: 204,
            headers: vec![
                ("Access-Control-Allow-Methods", "GET, POST, OPTIONS".into()),
                ("Access-Control-Allow-Headers", "Content-Type".into()),
                ("Access-Control-Max-Age", "600".into()),
            ],
            body: String::new(),
            delay: Duration::ZERO,
        },
        ("GET", HEALTH_PATH) => {
            let health = Health {
                status: HealthStatus::Ok,
                versjon: Some(VERSION.into()),
                miljoer: Some(vec![Environment::Test, Environment::Production]),
            };
            Reply::json(200, serde_json::to_string(&health).expect("serialises"))
        }
        ("POST", TESTS_PATH) => connection_test(settings, body),
        (_, HEALTH_PATH | TESTS_PATH) => {
            let mut r = Reply::problem(405, "METODE", format!("{path} støtter ikke {method}."));
            let allow = if path == HEALTH_PATH { "GET" } else { "POST" };
            r.headers.push(("Allow", allow.into()));
            r
        }
        _ => Reply::problem(404, "UKJENT-ADRESSE", format!("{path} finnes ikke.")),
    };
    if let Some(origin) = allowed {
        reply
            .headers
            .push(("Access-Control-Allow-Origin", origin.to_string()));
        // The site reads how long to wait from a 503.
        reply
            .headers
            .push(("Access-Control-Expose-Headers", "Retry-After".into()));
    }
    reply.headers.push(("Vary", "Origin".into()));
    reply.headers.push(("Cache-Control", "no-store".into()));
    reply
}

fn connection_test(settings: &Settings, body: &str) -> Reply {
    let request = match TestRequest::from_json(body) {
        Some(r) => r,
        None => return Reply::problem(
            400,
            "UGYLDIG-FORESPORSEL",
            "Forespørselen følger ikke kontrakten: den må ha miljo, kommune og rettighetspakke \
                 (og kan ha leverandor).",
        ),
    };
    if let Some(problem) = request.problem() {
        return Reply::problem(400, "UGYLDIG-FORESPORSEL", problem);
    }
    let scenario = Scenario::for_municipality(&request.kommune);
    match scenario {
        Scenario::Unavailable => {
            let mut r = Reply::problem(
                503,
                "UTILGJENGELIG",
                "Testtjenesten er midlertidig utilgjengelig på grunn av planlagt vedlikehold.",
            );
            r.headers.push(("Retry-After", "120".into()));
            r
        }
        Scenario::InvalidJson => {
            let report = report(&request, Scenario::AllOk);
            let whole = serde_json::to_string(&report).expect("serialises");
            // Cut off in the middle, as a proxy that drops the connection would.
            Reply::json(200, whole[..whole.len() / 2].to_string())
        }
        Scenario::Slow => {
            let mut r = Reply::json(
                200,
                serde_json::to_string(&report(&request, Scenario::AllOk)).expect("serialises"),
            );
            r.delay = settings.slow;
            r
        }
        other => Reply::json(
            200,
            serde_json::to_string(&report(&request, other)).expect("serialises"),
        ),
    }
}

/// A pseudo-random id in the UUID v4 format, like the correlation ids upstream services give.
fn uuid() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut bytes = [0u8; 16];
    for (i, chunk) in bytes.chunks_mut(8).enumerate() {
        let mut h = RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed) ^ (i as u64) << 32);
        chunk.copy_from_slice(&h.finish().to_le_bytes());
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn grouped(digits: &str) -> String {
    OrgNumber::parse(digits).map_or_else(|_| digits.to_string(), |n| n.grouped())
}

struct StepSpec {
    id: &'static str,
    title: &'static str,
    /// How long the step takes when it runs (simulated, but of the order the real services take).
    millis: u64,
}

const MAIN_ENTITY: StepSpec = StepSpec {
    id: "hovedenhet",
    title: "Kommunens organisasjonsnummer er en hovedenhet",
    millis: 38,
};
const TOKEN: StepSpec = StepSpec {
    id: "maskinporten-token",
    title: "Token fra Maskinporten",
    millis: 214,
};
const DELEGATION: StepSpec = StepSpec {
    id: "delegering",
    title: "Delegeringen fra kommunen står i tokenet",
    millis: 1,
};
const CALL: StepSpec = StepSpec {
    id: "summert-skattegrunnlag",
    title: "Kall til Summert skattegrunnlag",
    millis: 402,
};

/// A failing step's details: code, explanation, advice, FAQ, and whether upstream gave a correlation id.
struct Fault {
    step: &'static str,
    code: Option<&'static str>,
    explanation: String,
    advice: String,
    faq: Option<&'static str>,
    correlated: bool,
}

fn fault(request: &TestRequest, scenario: Scenario) -> Option<Fault> {
    let env = request.miljo;
    let altinn = match env {
        Environment::Test => "Altinns testmiljø TT02",
        Environment::Production => "Altinn",
    };
    let package = rights_package_label(&request.rettighetspakke).unwrap_or("rettighetspakken");
    Some(match scenario {
        Scenario::SubUnit => Fault {
            step: MAIN_ENTITY.id,
            code: None,
            explanation: format!(
                "{} er en underenhet i Enhetsregisteret, med {} som hovedenhet. Delegeringer og \
                 tilganger gis til hovedenheten og arves ikke mellom hovedenhet og underenheter.",
                grouped(&request.kommune),
                grouped(SUB_UNIT_PARENT)
            ),
            advice: format!(
                "Bruk kommunens hovedorganisasjonsnummer, {}: i delegeringen i Altinn, som \
                 consumer_org mot Maskinporten og her.",
                grouped(SUB_UNIT_PARENT)
            ),
            faq: Some("delegering-altinn"),
            correlated: false,
        },
        Scenario::ScopeNotOnClient => Fault {
            step: TOKEN.id,
            code: Some("MP-200"),
            explanation: "Maskinporten svarte invalid_scope: scopet \
                          skatteetaten:summertskattegrunnlag er ikke lagt til klienten."
                .into(),
            advice: format!(
                "Legg scopet til på klienten i Maskinporten i {}. Scopet må være tildelt \
                 organisasjonen fra Skatteetaten før det kan legges til.",
                env.label()
            ),
            faq: Some("maskinporten"),
            correlated: false,
        },
        Scenario::DelegationMissing => Fault {
            step: TOKEN.id,
            code: Some("MP-251"),
            explanation: "Maskinporten sier at kommunen ikke har delegert tilgangen til \
                          leverandøren."
                .into(),
            advice: format!(
                "Noen i kommunen med rollen «Programmeringsgrensesnitt (API)» eller \
                 «Tilgangsstyring» må delegere «Summert Skattegrunnlag API – På vegne av» til \
                 leverandørens hovedorganisasjonsnummer i {altinn}."
            ),
            faq: Some("delegering-altinn"),
            correlated: false,
        },
        Scenario::WrongEnvironmentCertificate => Fault {
            step: TOKEN.id,
            code: Some("MP-120"),
            explanation: format!(
                "Maskinporten avviste forespørselen: den er signert med et sertifikat som ikke \
                 gjelder i {} (for eksempel et testsertifikat mot produksjon).",
                env.label()
            ),
            advice: "Signer med virksomhetssertifikatet for riktig miljø: testsertifikat mot \
                     test.maskinporten.no, produksjonssertifikat mot maskinporten.no."
                .into(),
            faq: Some("maskinporten"),
            correlated: false,
        },
        Scenario::NoAccess => Fault {
            step: CALL.id,
            code: Some("SSG-005"),
            explanation: format!(
                "Skatteetaten svarte 403: kommunen har ikke tilgang til rettighetspakken \
                 «{package}»."
            ),
            advice: "Kontroller at kommunen har fått tilgang til denne rettighetspakken fra \
                     Skatteetaten, og at dere ber om riktig pakke. Mangler tilgangen, må kommunen \
                     søke Skatteetaten om den."
                .into(),
            faq: Some("tilgang"),
            correlated: true,
        },
        Scenario::SkatteetatenError => Fault {
            step: CALL.id,
            code: Some("SSG-002"),
            explanation: "Skatteetaten svarte 500: feil i et baksystem hos Skatteetaten.".into(),
            advice: "Feilen er hos Skatteetaten, ikke i oppsettet deres. Prøv igjen senere; \
                     vedvarer den, kontakt Skatteetaten og oppgi korrelasjons-id-en."
                .into(),
            faq: None,
            correlated: true,
        },
        _ => return None,
    })
}

/// The report for a scenario that answers with one.
pub fn report(request: &TestRequest, scenario: Scenario) -> TestReport {
    let mut specs = vec![MAIN_ENTITY, TOKEN];
    if request.leverandor.is_some() {
        specs.push(DELEGATION);
    }
    specs.push(CALL);
    let fault = fault(request, scenario);
    let mut failed = false;
    let steg = specs
        .iter()
        .map(|spec| {
            let base = StepResult {
                id: spec.id.into(),
                tittel: spec.title.into(),
                status: StepStatus::Ok,
                feilkode: None,
                forklaring: String::new(),
                rad: None,
                faq: None,
                korrelasjonsid: None,
                varighet_ms: spec.millis,
            };
            if failed {
                return StepResult {
                    status: StepStatus::NotRun,
                    forklaring: "Ikke kjørt fordi et tidligere steg feilet.".into(),
                    varighet_ms: 0,
                    ..base
                };
            }
            match &fault {
                Some(f) if f.step == spec.id => {
                    failed = true;
                    StepResult {
                        status: StepStatus::Failed,
                        feilkode: f.code.map(String::from),
                        forklaring: f.explanation.clone(),
                        rad: Some(f.advice.clone()),
                        faq: f.faq.map(String::from),
                        korrelasjonsid: f.correlated.then(uuid),
                        ..base
                    }
                }
                _ => StepResult {
                    forklaring: ok_text(request, spec.id),
                    korrelasjonsid: (spec.id == CALL.id).then(uuid),
                    ..base
                },
            }
        })
        .collect();
    TestReport {
        test_id: uuid(),
        miljo: request.miljo,
        steg,
    }
}

fn ok_text(request: &TestRequest, step: &str) -> String {
    match step {
        "hovedenhet" => format!(
            "{} er registrert som kommune (hovedenhet) i Enhetsregisteret.",
            grouped(&request.kommune)
        ),
        "maskinporten-token" => format!(
            "Maskinporten i {} ga et token med scopet skatteetaten:summertskattegrunnlag.",
            request.miljo.label()
        ),
        "delegering" => format!(
            "Tokenet er utstedt på vegne av kommunen ({}) til leverandøren ({}).",
            grouped(&request.kommune),
            request
                .leverandor
                .as_deref()
                .map(grouped)
                .unwrap_or_default()
        ),
        _ => "Skatteetaten svarte med skattegrunnlaget for en syntetisk testperson.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skattedeling_core::connection::read_report;

    fn settings() -> Settings {
        Settings {
            allowed_origins: vec!["http://127.0.0.1:8080".into()],
            slow: Duration::from_secs(30),
        }
    }

    /// The backend's reply to a test for `kommune`, and what the site makes of it.
    fn post(kommune: &str, leverandor: Option<&str>) -> Reply {
        sent(kommune, leverandor).0
    }

    fn sent(kommune: &str, leverandor: Option<&str>) -> (Reply, TestRequest) {
        let body = match leverandor {
            Some(l) => format!(
                r#"{{"miljo":"test","kommune":"{kommune}","leverandor":"{l}","rettighetspakke":"kommuneforeldrebetaling"}}"#
            ),
            None => format!(
                r#"{{"miljo":"produksjon","kommune":"{kommune}","rettighetspakke":"saernamsmann"}}"#
            ),
        };
        let reply = respond(
            &settings(),
            "POST",
            TESTS_PATH,
            Some("http://127.0.0.1:8080"),
            &body,
        );
        (reply, TestRequest::from_json(&body).unwrap())
    }

    #[test]
    fn every_scenario_number_is_a_valid_organisation_number() {
        for (n, _, _) in SCENARIOS {
            assert!(OrgNumber::parse(n).is_ok(), "{n}");
        }
    }

    #[test]
    fn each_scenario_fails_where_it_should_and_the_site_reads_it() {
        let expect = [
            ("974760673", None),
            ("910000012", Some(("hovedenhet", None))),
            ("910000020", Some(("maskinporten-token", Some("MP-200")))),
            ("910000039", Some(("maskinporten-token", Some("MP-251")))),
            ("910000047", Some(("maskinporten-token", Some("MP-120")))),
            (
                "910000055",
                Some(("summert-skattegrunnlag", Some("SSG-005"))),
            ),
            (
                "910000063",
                Some(("summert-skattegrunnlag", Some("SSG-002"))),
            ),
        ];
        for (kommune, failing) in expect {
            let (reply, request) = sent(kommune, Some("971032146"));
            assert_eq!(reply.status, 200);
            let report = read_report(200, &reply.body, None, &request).unwrap();
            assert_eq!(report.steg.len(), 4);
            let failed = report
                .first_failure()
                .map(|s| (s.id.as_str(), s.feilkode.as_deref()));
            assert_eq!(failed, failing, "{kommune}");
            // Everything after a failure is not run.
            if let Some(i) = report
                .steg
                .iter()
                .position(|s| s.status == StepStatus::Failed)
            {
                assert!(report.steg[i].rad.is_some());
                assert!(report.steg[i + 1..]
                    .iter()
                    .all(|s| s.status == StepStatus::NotRun));
            } else {
                assert!(report.works());
                assert!(report.steg[3].korrelasjonsid.is_some());
            }
        }
    }

    #[test]
    fn skatteetatens_errors_carry_a_correlation_id() {
        let (reply, request) = sent("910000055", None);
        let report = read_report(200, &reply.body, None, &request).unwrap();
        assert_eq!(report.steg.len(), 3, "no delegation step without a vendor");
        let failed = report.first_failure().unwrap();
        assert_eq!(failed.korrelasjonsid.as_ref().map(String::len), Some(36));
        assert!(failed.forklaring.contains("«Særnamsmann»"));
    }

    #[test]
    fn the_broken_scenarios_break_the_way_they_say() {
        let slow = post("910000071", None);
        assert_eq!((slow.status, slow.delay), (200, Duration::from_secs(30)));
        let invalid = post("910000098", None);
        assert_eq!(invalid.status, 200);
        assert!(serde_json::from_str::<serde_json::Value>(&invalid.body).is_err());
        let down = post("910000101", None);
        assert_eq!(down.status, 503);
        assert!(down.headers.contains(&("Retry-After", "120".into())));
    }

    #[test]
    fn bad_requests_get_a_400_that_says_what() {
        let s = settings();
        let bad = |body: &str| respond(&s, "POST", TESTS_PATH, None, body);
        assert_eq!(bad("nei").status, 400);
        let r = bad(r#"{"miljo":"test","kommune":"910000013","rettighetspakke":"saernamsmann"}"#);
        assert_eq!(r.status, 400);
        assert!(r
            .body
            .contains("910000013 er ikke et gyldig organisasjonsnummer"));
        assert_eq!(respond(&s, "GET", TESTS_PATH, None, "").status, 405);
        assert_eq!(respond(&s, "GET", "/v2/annet", None, "").status, 404);
    }

    #[test]
    fn cors_headers_go_to_the_sites_origin_only() {
        let s = settings();
        let acao = |r: &Reply| {
            r.headers
                .iter()
                .find(|(k, _)| *k == "Access-Control-Allow-Origin")
                .map(|(_, v)| v.clone())
        };
        let ok = respond(&s, "GET", HEALTH_PATH, Some("http://127.0.0.1:8080"), "");
        assert_eq!(acao(&ok).as_deref(), Some("http://127.0.0.1:8080"));
        let other = respond(&s, "GET", HEALTH_PATH, Some("https://evil.example"), "");
        assert_eq!(acao(&other), None);
        let preflight = respond(&s, "OPTIONS", TESTS_PATH, Some("http://127.0.0.1:8080"), "");
        assert_eq!(preflight.status, 204);
        assert!(preflight
            .headers
            .contains(&("Access-Control-Allow-Headers", "Content-Type".into())));
        let refused = respond(&s, "OPTIONS", TESTS_PATH, Some("https://evil.example"), "");
        assert_eq!((refused.status, acao(&refused)), (403, None));
    }
}
