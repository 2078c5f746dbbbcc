//! The live connection test: the contract with the backend (`api/openapi.yaml`) as types, the site's
//! `config.json`, and what each way of going wrong means, in bokmål, nynorsk and English (the words
//! are in [`texts`]). The browser only fetches and times; everything it gets back is read here, so
//! every answer — good, broken or missing — is tested with `cargo test`.

use crate::guide::token::Environment;
use crate::lang::Lang;
use crate::orgnr::OrgNumber;
use crate::texts::fill;
use serde::Serialize;
use texts::Texts;

pub mod codes;
mod codes_en;
mod codes_nn;
mod json;
pub mod texts;
mod texts_en;
mod texts_nn;

/// Where the site finds its configuration: beside `index.html`.
pub const CONFIG_FILE: &str = "config.json";
/// The environments offered when `config.json` does not list them.
const DEFAULT_ENVIRONMENTS: [Environment; 2] = [Environment::Test, Environment::Production];
pub const HEALTH_PATH: &str = "/v1/health";
pub const TESTS_PATH: &str = "/v1/connection-tests";
/// How long the site waits for a test when `config.json` does not say.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 20;

/// The municipal rettighetspakker of Summert skattegrunnlag: the contract's value and what people call it.
pub const RIGHTS_PACKAGES: &[(&str, &str)] = &[
    ("kommuneboligsosialeformaal", "Boligsosiale formål"),
    (
        "kommuneforeldrebetaling",
        "Foreldrebetaling i barnehage og SFO",
    ),
    (
        "kommunelangtidsoppholdinstitusjon",
        "Langtidsopphold i institusjon",
    ),
    ("kommunepersonligassistanse", "Personlig assistanse"),
    ("saernamsmann", "Særnamsmann"),
];

pub fn rights_package_label(value: &str) -> Option<&'static str> {
    RIGHTS_PACKAGES
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, label)| *label)
}

/// `POST /v1/connection-tests`: what to test. Organisation numbers are nine digits without spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestRequest {
    pub miljo: Environment,
    pub kommune: String,
    /// Left out of the JSON when `None`.
    pub leverandor: Option<String>,
    pub rettighetspakke: String,
}

impl TestRequest {
    pub fn new(
        environment: Environment,
        municipality: &OrgNumber,
        vendor: Option<&OrgNumber>,
        rights_package: &str,
    ) -> TestRequest {
        TestRequest {
            miljo: environment,
            kommune: municipality.digits(),
            leverandor: vendor.map(OrgNumber::digits),
            rettighetspakke: rights_package.to_string(),
        }
    }

    /// The request as JSON, in the contract's field order (the browser sends it, the backend's tests too).
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"miljo\":");
        crate::json::write_string(&mut out, self.miljo.answer());
        out.push_str(",\"kommune\":");
        crate::json::write_string(&mut out, &self.kommune);
        if let Some(vendor) = &self.leverandor {
            out.push_str(",\"leverandor\":");
            crate::json::write_string(&mut out, vendor);
        }
        out.push_str(",\"rettighetspakke\":");
        crate::json::write_string(&mut out, &self.rettighetspakke);
        out.push('}');
        out
    }

    /// What is wrong with a request, in the words the backend answers a 400 with; `None` if it is valid.
    pub fn problem(&self, lang: Lang) -> Option<String> {
        let t = texts::of(lang);
        let said = |template, field: &str, value: &str| {
            fill(template, &[("field", field), ("value", value)])
        };
        Some(match self.fault()? {
            RequestFault::NotAnOrgNumber { field, value } => {
                said(t.request_not_org_number, field, value)
            }
            RequestFault::SyntheticInProduction { field, value } => {
                said(t.request_synthetic, field, value)
            }
            RequestFault::UnknownPackage { value } => {
                said(t.request_not_rights_package, "rettighetspakke", value)
            }
        })
    }

    /// What is wrong with a request, if anything: the first field that is wrong, and how.
    pub fn fault(&self) -> Option<RequestFault<'_>> {
        let numbers = [
            ("kommune", Some(&self.kommune)),
            ("leverandor", self.leverandor.as_ref()),
        ];
        for (field, value) in numbers {
            let Some(value) = value else { continue };
            let nine_digits = value.len() == 9 && value.bytes().all(|b| b.is_ascii_digit());
            match OrgNumber::parse(value) {
                Ok(n) if nine_digits => {
                    if n.is_synthetic() && self.miljo == Environment::Production {
                        return Some(RequestFault::SyntheticInProduction { field, value });
                    }
                }
                _ => return Some(RequestFault::NotAnOrgNumber { field, value }),
            }
        }
        if rights_package_label(&self.rettighetspakke).is_none() {
            return Some(RequestFault::UnknownPackage {
                value: &self.rettighetspakke,
            });
        }
        None
    }
}

/// What is wrong with a connection test's request: the field (as the contract names it) and what it
/// held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestFault<'a> {
    NotAnOrgNumber {
        field: &'static str,
        value: &'a str,
    },
    /// A synthetic test organisation, asked about in production.
    SyntheticInProduction {
        field: &'static str,
        value: &'a str,
    },
    UnknownPackage {
        value: &'a str,
    },
}

/// The answer to a test: the steps in the order they ran.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TestReport {
    #[serde(rename = "testId")]
    pub test_id: String,
    pub miljo: Environment,
    pub steg: Vec<StepResult>,
}

/// One step of a test.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepResult {
    pub id: String,
    pub tittel: String,
    pub status: StepStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feilkode: Option<String>,
    pub forklaring: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rad: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub faq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub korrelasjonsid: Option<String>,
    #[serde(rename = "varighetMs")]
    pub varighet_ms: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum StepStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "feil")]
    Failed,
    #[serde(rename = "ikke-kjort")]
    NotRun,
}

impl StepStatus {
    /// The word a person reads beside the step.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = texts::of(lang);
        match self {
            StepStatus::Ok => t.status_ok,
            StepStatus::Failed => t.status_failed,
            StepStatus::NotRun => t.status_not_run,
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            StepStatus::Ok => "ok",
            StepStatus::Failed => "feil",
            StepStatus::NotRun => "ikke-kjort",
        }
    }
}

/// The MP code in Maskinporten's `error_uri` (`…/errors/MP-251`): the token inspector and the
/// connection-test backend read it the same way.
pub fn code_from_error_uri(uri: &str) -> Option<String> {
    let last = uri.trim_end_matches('/').rsplit('/').next()?;
    is_error_code(last).then(|| last.to_string())
}

impl TestReport {
    /// The first step that failed, if any.
    pub fn first_failure(&self) -> Option<&StepResult> {
        self.steg.iter().find(|s| s.status == StepStatus::Failed)
    }

    /// The verdict heading: it works, or what stops it — the failed step's finding (the first
    /// sentence of its explanation), not its title, which names only what was checked.
    pub fn verdict(&self, lang: Lang) -> String {
        let t = texts::of(lang);
        match self.first_failure() {
            Some(step) => {
                let finding = first_sentence(&step.forklaring);
                match &step.feilkode {
                    Some(code) => fill(
                        t.verdict_fails_code,
                        &[("finding", finding), ("code", code)],
                    ),
                    None => fill(t.verdict_fails, &[("finding", finding)]),
                }
            }
            None if self.works() => t.verdict_works.to_string(),
            None => t.verdict_unfinished.to_string(),
        }
    }

    pub fn works(&self) -> bool {
        self.steg.iter().all(|s| s.status == StepStatus::Ok)
    }
}

/// The first sentence of `text`, without its full stop: up to a `. ` before a capital letter, so
/// numbers (`kl. 14`) and addresses (`tt02.altinn.no`) do not end it.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let mut end = text.len();
    for (i, _) in text.match_indices(". ") {
        let next = text[i + 2..].chars().next();
        if next.is_some_and(char::is_uppercase) {
            end = i;
            break;
        }
    }
    text[..end].trim_end_matches('.')
}

/// `GET /v1/health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Health {
    pub status: HealthStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versjon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub miljoer: Option<Vec<Environment>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum HealthStatus {
    #[serde(rename = "ok")]
    Ok,
}

/// The body of an HTTP error from the backend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub kode: String,
    pub melding: String,
}

/// Why a test (or the health check) gave no report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The request never got an answer the page may read: the backend is down, the address is
    /// wrong, or it refuses this site's origin (CORS) — the browser does not say which.
    Unreachable,
    /// No answer within the time limit.
    TimedOut { seconds: u32 },
    /// The person pressed «Avbryt».
    Cancelled,
    /// HTTP 404, 405 or 410: the backend has no such address (config.json names the wrong one).
    NotFound {
        status: u16,
        message: Option<String>,
    },
    /// HTTP 401 or 403: the backend does not let this site in.
    Refused {
        status: u16,
        message: Option<String>,
    },
    /// HTTP 429 or 503: the backend cannot test now; `Retry-After` says when to try again.
    Busy {
        status: u16,
        message: Option<String>,
        retry_after: Option<u32>,
    },
    /// Any other 4xx: the backend refused what the site sent.
    Rejected {
        status: u16,
        message: Option<String>,
    },
    /// Any other 5xx: the backend failed.
    ServerError {
        status: u16,
        message: Option<String>,
    },
    /// An answer that does not follow the contract: `detail` says how, in bokmål (one of
    /// [`texts::BadAnswers`]), and [`Failure::explain`] says it in the page's language.
    BadAnswer { detail: &'static str },
    /// An answer larger than [`MAX_ANSWER_BYTES`]: reading stopped there.
    TooLarge,
    /// The backend sent the page on to another address, which the page does not follow: the answer
    /// would not be the configured backend's.
    Redirected,
}

/// The most of an answer the page reads: a report is a few kilobytes; past this, reading stops.
pub const MAX_ANSWER_BYTES: usize = 256 * 1024;

/// A failure in words: a heading, what happened, what the person can do, and the operator's detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explained {
    pub title: String,
    pub explanation: String,
    pub advice: String,
    /// What the operator of the site or the test service needs to know, if anything.
    pub technical: Option<String>,
}

impl Failure {
    /// A short code for tests and the page (`data-failure`).
    pub fn code(&self) -> &'static str {
        match self {
            Failure::Unreachable => "ikke-tilgjengelig",
            Failure::TimedOut { .. } => "tidsavbrudd",
            Failure::Cancelled => "avbrutt",
            Failure::NotFound { .. } => "feil-adresse",
            Failure::Refused { .. } => "ingen-adgang",
            Failure::Busy { status: 429, .. } => "for-mange",
            Failure::Busy { .. } => "utilgjengelig",
            Failure::Rejected { .. } => "avvist",
            Failure::ServerError { .. } => "serverfeil",
            Failure::BadAnswer { .. } => "ugyldig-svar",
            Failure::TooLarge => "for-stort-svar",
            Failure::Redirected => "videresendt",
        }
    }

    /// What the person reads, in `lang`; `backend` is the configured address. The person's words
    /// say what the failure means for them and what to do; `technical` holds what the operator
    /// needs (`config.json`, CORS, HTTP statuses), shown behind «Teknisk informasjon». A message
    /// from the backend is shown as it came, in the backend's language.
    pub fn explain(&self, backend: &str, lang: Lang) -> Explained {
        let t = texts::of(lang);
        match self {
            Failure::Unreachable => unreachable_words(t, backend),
            Failure::TimedOut { seconds } => timed_out_words(t, backend, *seconds),
            Failure::Cancelled => Explained {
                title: t.cancelled_title.to_string(),
                explanation: t.cancelled_explanation.to_string(),
                advice: t.cancelled_advice.to_string(),
                technical: None,
            },
            Failure::NotFound { status, message } => {
                not_found_words(t, backend, *status, message.as_deref())
            }
            Failure::Refused { status, message } => Explained {
                title: t.refused_title.to_string(),
                explanation: sentences(t.refused_explanation, t.not_yours),
                advice: sentences(t.refused_advice, t.without_the_test),
                technical: Some(http_detail(
                    t,
                    backend,
                    *status,
                    message.as_deref(),
                    t.refused_otherwise,
                )),
            },
            Failure::Busy {
                status,
                message,
                retry_after,
            } => busy_words(t, backend, *status, message, *retry_after),
            Failure::Rejected { status, message } => answered_words(
                t,
                backend,
                *status,
                message,
                [t.rejected_title, t.rejected_explanation, t.rejected_advice],
            ),
            Failure::ServerError { status, message } => answered_words(
                t,
                backend,
                *status,
                message,
                [
                    t.server_error_title,
                    t.server_error_explanation,
                    t.server_error_advice,
                ],
            ),
            Failure::BadAnswer { .. } | Failure::TooLarge | Failure::Redirected => {
                broken_answer_words(self, t, backend)
            }
        }
    }

    /// What the health line says once a test has failed this way: what is now known about the
    /// backend (`None` when nothing new is known, as after «Avbryt»).
    pub fn known_now(&self, lang: Lang) -> Option<&'static str> {
        let t = texts::of(lang);
        Some(match self {
            Failure::Cancelled => return None,
            Failure::Unreachable => t.known_unreachable,
            Failure::TimedOut { .. } => t.known_timed_out,
            Failure::Busy { .. } => t.known_busy,
            Failure::ServerError { .. } => t.known_server_error,
            Failure::Rejected { .. } => t.known_rejected,
            Failure::NotFound { .. }
            | Failure::Refused { .. }
            | Failure::BadAnswer { .. }
            | Failure::TooLarge
            | Failure::Redirected => t.known_unexpected,
        })
    }

    /// How many seconds the person should wait before trying again: the backend's `Retry-After`,
    /// at most [`MAX_RETRY_WAIT`].
    pub fn wait_seconds(&self) -> Option<u32> {
        match self {
            Failure::Busy {
                retry_after: Some(s),
                ..
            } if *s > 0 => Some((*s).min(MAX_RETRY_WAIT)),
            _ => None,
        }
    }
}

/// The longest wait before «Prøv igjen» is offered again, whatever `Retry-After` says.
pub const MAX_RETRY_WAIT: u32 = 600;

/// Two sentences, one after the other.
fn sentences(first: &str, second: &str) -> String {
    format!("{first} {second}")
}

/// `template` with `{backend}` and `{config}` filled in, and `values`.
fn technical(template: &str, backend: &str, values: &[(&str, &str)]) -> String {
    let mut all = vec![("backend", backend), ("config", CONFIG_FILE)];
    all.extend_from_slice(values);
    fill(template, &all)
}

/// An answer the site cannot use: not the contract's, far too large, or a redirect.
fn broken_answer_words(failure: &Failure, t: &Texts, backend: &str) -> Explained {
    let to_operator = sentences(t.tell_operator, t.without_the_test);
    match failure {
        Failure::BadAnswer { detail } => Explained {
            title: t.bad_answer_title.to_string(),
            explanation: sentences(t.bad_answer_explanation, t.not_yours),
            advice: to_operator,
            technical: Some(technical(
                t.bad_answer_technical,
                backend,
                &[("detail", t.bad_answer(detail))],
            )),
        },
        Failure::TooLarge => Explained {
            title: t.too_large_title.to_string(),
            explanation: t.too_large_explanation.to_string(),
            advice: to_operator,
            technical: Some(technical(
                t.too_large_technical,
                backend,
                &[("kb", &(MAX_ANSWER_BYTES / 1024).to_string())],
            )),
        },
        Failure::Redirected => Explained {
            title: t.redirected_title.to_string(),
            explanation: t.redirected_explanation.to_string(),
            advice: sentences(t.tell_site_operator, t.without_the_test),
            technical: Some(technical(t.redirected_technical, backend, &[])),
        },
        // Only the three above come here; the others have their own words.
        other => other.explain(backend, t.lang),
    }
}

fn unreachable_words(t: &Texts, backend: &str) -> Explained {
    Explained {
        title: t.unreachable_title.to_string(),
        explanation: sentences(t.unreachable_explanation, t.not_yours),
        advice: sentences(t.unreachable_advice, t.without_the_test),
        technical: Some(technical(t.unreachable_technical, backend, &[])),
    }
}

fn timed_out_words(t: &Texts, backend: &str, seconds: u32) -> Explained {
    let seconds = seconds.to_string();
    let values = [("seconds", seconds.as_str())];
    Explained {
        title: fill(t.timed_out_title, &values),
        explanation: fill(t.timed_out_explanation, &values),
        advice: t.timed_out_advice.to_string(),
        technical: Some(technical(t.timed_out_technical, backend, &values)),
    }
}

fn not_found_words(t: &Texts, backend: &str, status: u16, message: Option<&str>) -> Explained {
    let detail = http_detail(t, backend, status, message, t.not_found_otherwise);
    Explained {
        title: t.not_found_title.to_string(),
        explanation: sentences(t.not_found_explanation, t.not_yours),
        advice: sentences(t.tell_site_operator, t.without_the_test),
        technical: Some(technical(
            t.not_found_technical,
            backend,
            &[("detail", &detail)],
        )),
    }
}

/// A refusal or an error with the backend's message, if it sent one: `words` are the title, the
/// explanation without a message, and the advice.
fn answered_words(
    t: &Texts,
    backend: &str,
    status: u16,
    message: &Option<String>,
    [title, explanation, advice]: [&str; 3],
) -> Explained {
    Explained {
        title: title.to_string(),
        explanation: message.clone().unwrap_or(explanation.to_string()),
        advice: advice.to_string(),
        technical: Some(http_status(t, backend, status)),
    }
}

fn busy_words(
    t: &Texts,
    backend: &str,
    status: u16,
    message: &Option<String>,
    retry_after: Option<u32>,
) -> Explained {
    let mut detail = http_status(t, backend, status);
    if let Some(s) = retry_after {
        detail.push(' ');
        detail.push_str(&fill(t.retry_after, &[("seconds", &s.to_string())]));
    }
    Explained {
        title: if status == 429 {
            t.busy_title_too_many.to_string()
        } else {
            t.busy_title.to_string()
        },
        explanation: message.clone().unwrap_or(t.busy_explanation.to_string()),
        advice: match retry_after {
            Some(s) => fill(
                t.busy_advice_in,
                &[("wait", &duration_words(s.min(MAX_RETRY_WAIT), t))],
            ),
            None => t.busy_advice.to_string(),
        },
        technical: Some(detail),
    }
}

/// «HTTP 500 fra https://….»
fn http_status(t: &Texts, backend: &str, status: u16) -> String {
    technical(t.http_status, backend, &[("status", &status.to_string())])
}

/// «HTTP 404 fra https://…: the backend's message (or `otherwise`).»
fn http_detail(
    t: &Texts,
    backend: &str,
    status: u16,
    message: Option<&str>,
    otherwise: &str,
) -> String {
    let said = message.unwrap_or(otherwise).trim_end_matches('.');
    technical(
        t.http_detail,
        backend,
        &[("status", &status.to_string()), ("said", said)],
    )
}

/// A countdown in words: «1 minutt og 5 sekunder», «45 sekunder», «1 sekund».
pub fn countdown_words(seconds: u32, lang: Lang) -> String {
    let t = texts::of(lang);
    let (minutes, rest) = (seconds / 60, seconds % 60);
    let unit = |n: u32, [one, many]: [&str; 2]| {
        fill(if n == 1 { one } else { many }, &[("n", &n.to_string())])
    };
    match (minutes, rest) {
        (0, s) => unit(s, t.second),
        (m, 0) => unit(m, t.minute),
        (m, s) => fill(
            t.minutes_and_seconds,
            &[
                ("minutes", &unit(m, t.minute)),
                ("seconds", &unit(s, t.second)),
            ],
        ),
    }
}

/// How long to wait, in words: «ett sekund», «45 sekunder», «2 minutter» (rounded up).
fn duration_words(seconds: u32, t: &Texts) -> String {
    match seconds {
        0..=1 => t.one_second.to_string(),
        2..=119 => fill(t.second[1], &[("n", &seconds.to_string())]),
        _ => fill(t.minute[1], &[("n", &seconds.div_ceil(60).to_string())]),
    }
}

/// Reads an HTTP answer that is not a success: 4xx and 5xx, with the backend's message when its body
/// follows the contract.
fn http_failure(status: u16, body: &str, retry_after: Option<&str>) -> Failure {
    let message = Problem::from_json(body)
        .map(|p| p.melding)
        .filter(|m| !m.trim().is_empty());
    match status {
        404 | 405 | 410 => Failure::NotFound { status, message },
        401 | 403 => Failure::Refused { status, message },
        429 | 503 => Failure::Busy {
            status,
            message,
            retry_after: retry_after.and_then(|r| r.trim().parse().ok()),
        },
        400..=499 => Failure::Rejected { status, message },
        500..=599 => Failure::ServerError { status, message },
        _ => Failure::BadAnswer {
            detail: texts::NB.bad_answers.unknown_status,
        },
    }
}

/// A slug as the contract's `id` and `faq` patterns want it: `a-z0-9` words joined by `-`.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// An upstream error code as the contract writes them: `MP-251`, `SSG-005`.
pub fn is_error_code(s: &str) -> bool {
    let Some((prefix, number)) = s.split_once('-') else {
        return false;
    };
    (2..=4).contains(&prefix.len())
        && prefix.bytes().all(|b| b.is_ascii_uppercase())
        && number.len() == 3
        && number.bytes().all(|b| b.is_ascii_digit())
}

impl TestReport {
    /// What in a parsed report still breaks the contract, or the request it answers (in bokmål, as
    /// [`Failure::BadAnswer`] holds it).
    fn contract_problem(&self, request: &TestRequest) -> Option<&'static str> {
        let bad = &texts::NB.bad_answers;
        if self.steg.is_empty() {
            return Some(bad.no_steps);
        }
        if self.test_id.trim().is_empty() {
            return Some(bad.no_test_id);
        }
        if self.miljo != request.miljo {
            return Some(bad.other_environment);
        }
        for step in &self.steg {
            let blank = step.tittel.trim().is_empty() || step.forklaring.trim().is_empty();
            let bad_optional = [&step.rad, &step.korrelasjonsid]
                .iter()
                .any(|o| o.as_ref().is_some_and(|t| t.trim().is_empty()));
            if blank || bad_optional {
                return Some(bad.step_without_text);
            }
            let bad_code = step.feilkode.as_deref().is_some_and(|c| !is_error_code(c));
            let bad_faq = step.faq.as_deref().is_some_and(|f| !is_slug(f));
            if !is_slug(&step.id) || bad_code || bad_faq {
                return Some(bad.step_bad_form);
            }
        }
        None
    }
}

/// Reads the answer to `POST /v1/connection-tests` for `request`.
pub fn read_report(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
    request: &TestRequest,
) -> Result<TestReport, Failure> {
    if status != 200 {
        return Err(http_failure(status, body, retry_after));
    }
    let value = crate::json::parse(body.as_bytes()).map_err(|_| Failure::BadAnswer {
        detail: texts::NB.bad_answers.not_json,
    })?;
    let report = TestReport::from_value(&value).ok_or(Failure::BadAnswer {
        detail: texts::NB.bad_answers.missing_fields,
    })?;
    match report.contract_problem(request) {
        Some(detail) => Err(Failure::BadAnswer { detail }),
        None => Ok(report),
    }
}

/// A finished test as kept for the browser tab: the request, when it ran (seconds since 1970), then
/// the backend's answer as it came.
pub fn kept(request: &TestRequest, at: i64, body: &str) -> String {
    format!("{}\n{at}\n{body}", request.to_json())
}

/// A test kept by `kept`, read (and checked) again, with when it ran; `None` if it no longer reads.
/// A test kept before the time was kept reads without it.
pub fn restore(kept: &str) -> Option<(TestRequest, TestReport, Option<i64>)> {
    let (request, rest) = kept.split_once('\n')?;
    let request = TestRequest::from_json(request)?;
    let (at, body) = match rest.split_once('\n') {
        Some((at, body)) if at.bytes().all(|b| b.is_ascii_digit()) => (at.parse().ok(), body),
        _ => (None, rest),
    };
    let report = read_report(200, body, None, &request).ok()?;
    Some((request, report, at))
}

/// Reads the answer to `GET /v1/health`.
pub fn read_health(status: u16, body: &str, retry_after: Option<&str>) -> Result<Health, Failure> {
    if status != 200 {
        return Err(http_failure(status, body, retry_after));
    }
    crate::json::parse(body.as_bytes())
        .ok()
        .as_ref()
        .and_then(Health::from_value)
        .ok_or(Failure::BadAnswer {
            detail: texts::NB.bad_answers.health,
        })
}

/// The connection test as `config.json` sets it up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The backend's base URL, without a trailing slash.
    pub backend: String,
    /// The environments the person may choose, in order.
    pub environments: Vec<Environment>,
    pub timeout_seconds: u32,
}

/// What the site learned from `config.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setup {
    /// The operator has not configured a backend (no file, or `"backend": null`).
    NotConfigured,
    /// The file is there but wrong; the text says what, for the operator.
    Invalid(String),
    Ready(Config),
}

/// The fields of `config.json`, read by hand (see `json.rs`); all absent when there is no file.
#[derive(Default)]
struct RawConfig {
    backend: Option<String>,
    miljoer: Option<Vec<Environment>>,
    tidsgrense_sekunder: Option<u32>,
}

impl RawConfig {
    /// The fields, or what is wrong with them (for the operator).
    fn from_value(v: &crate::json::Value, t: &Texts) -> Result<RawConfig, String> {
        const FIELDS: [&str; 5] = [
            "backend",
            "miljoer",
            "tidsgrenseSekunder",
            "tilbakemelding",
            "_kommentar",
        ];
        let map = v.as_object().ok_or(t.config_not_object.to_string())?;
        if let Some((unknown, _)) = map.iter().find(|(k, _)| !FIELDS.contains(&k.as_str())) {
            return Err(fill(t.config_unknown_field, &[("field", unknown)]));
        }
        let backend = match v.get("backend") {
            None | Some(crate::json::Value::Null) => None,
            Some(b) => Some(b.as_str().ok_or(t.config_backend_type)?.to_string()),
        };
        let miljoer = match v.get("miljoer") {
            None => None,
            Some(list) => Some(json::environments(list).ok_or(t.config_environments_type)?),
        };
        let tidsgrense_sekunder = match v.get("tidsgrenseSekunder") {
            None => None,
            Some(n) => Some(
                n.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or(t.config_timeout_type)?,
            ),
        };
        Ok(RawConfig {
            backend,
            miljoer,
            tidsgrense_sekunder,
        })
    }
}

impl Setup {
    /// Reads `config.json` as fetched: its HTTP status and body (`None`: it could not be fetched).
    /// What is wrong with it is said in `lang`.
    pub fn read(answer: Option<(u16, &str)>, lang: Lang) -> Setup {
        Setup::read_with_backend(answer, None, lang)
    }

    /// Like [`Setup::read`], with the backend a widget's host page names (checked by
    /// [`check_backend`]) in place of `config.json`'s: the file's environments and time limit still
    /// apply when it has them. A `config.json` that cannot be fetched (the host's origin may not be
    /// let in) or is missing does not matter then; a broken one is still reported.
    pub fn read_with_backend(
        answer: Option<(u16, &str)>,
        backend: Option<&str>,
        lang: Lang,
    ) -> Setup {
        let t = texts::of(lang);
        let config = |template: &str, values: &[(&str, &str)]| {
            let mut all = vec![("config", CONFIG_FILE)];
            all.extend_from_slice(values);
            Setup::Invalid(fill(template, &all))
        };
        let raw = match answer {
            None if backend.is_some() => RawConfig::default(),
            None => return config(t.config_unreachable, &[]),
            // A server that answers every unknown path with the page itself (a single-page-app
            // fallback) has no config.json either.
            Some((200, body)) if body.trim_start().starts_with('<') => RawConfig::default(),
            Some((404, _)) => RawConfig::default(),
            Some((200, body)) => {
                let parsed = crate::json::parse(body.as_bytes())
                    .map_err(|e| fill(t.config_line, &[("line", &e.line().to_string())]))
                    .and_then(|v| RawConfig::from_value(&v, t));
                match parsed {
                    Ok(raw) => raw,
                    Err(why) => return config(t.config_invalid, &[("why", &why)]),
                }
            }
            Some((other, _)) => return config(t.config_http, &[("status", &other.to_string())]),
        };
        let written = backend
            .map(str::to_string)
            .or(raw.backend)
            .filter(|b| !b.trim().is_empty());
        let Some(written) = written else {
            return Setup::NotConfigured;
        };
        let backend = match check_backend(&written) {
            Ok(backend) => backend,
            Err(why) => return config(t.config_backend, &[("why", &why.words(lang))]),
        };
        let mut environments = Vec::new();
        for e in raw.miljoer.unwrap_or_else(|| DEFAULT_ENVIRONMENTS.to_vec()) {
            if !environments.contains(&e) {
                environments.push(e);
            }
        }
        if environments.is_empty() {
            return config(t.config_no_environments, &[]);
        }
        let timeout_seconds = raw.tidsgrense_sekunder.unwrap_or(DEFAULT_TIMEOUT_SECONDS);
        if !(1..=300).contains(&timeout_seconds) {
            return config(t.config_timeout_range, &[]);
        }
        Setup::Ready(Config {
            backend,
            environments,
            timeout_seconds,
        })
    }
}

/// Why an address cannot be the backend's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendError {
    /// Not an http or https address without a query or fragment; `shown` is the address as written.
    NotHttp { shown: String },
    /// A user name and password before the host, which `fetch` refuses (and a public file must not
    /// hold); `shown` is the address with them left out.
    Credentials { shown: String },
    /// Longer than any address to a service.
    TooLong,
}

/// The longest backend address taken.
pub const MAX_BACKEND_LEN: usize = 2048;

impl BackendError {
    /// Why, in `lang`, for the operator.
    pub fn words(&self, lang: Lang) -> String {
        let t = texts::of(lang);
        match self {
            BackendError::NotHttp { shown } => fill(t.backend_not_http, &[("shown", shown)]),
            BackendError::Credentials { shown } => fill(t.backend_credentials, &[("shown", shown)]),
            BackendError::TooLong => {
                fill(t.backend_too_long, &[("max", &MAX_BACKEND_LEN.to_string())])
            }
        }
    }
}

/// In bokmål ([`BackendError::words`] in the others).
impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::Nb))
    }
}

/// The backend's base URL as written in `config.json` or a widget's `data-backend`, without a trailing
/// slash, if it is an http or https address without a query, fragment or credentials.
pub fn check_backend(written: &str) -> Result<String, BackendError> {
    let backend = written.trim().trim_end_matches('/');
    if backend.len() > MAX_BACKEND_LEN {
        return Err(BackendError::TooLong);
    }
    // Credentials first, whatever else is wrong, so no message ever shows them.
    let (scheme, rest) = backend.split_once("://").unwrap_or(("", backend));
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if let Some((_, host)) = rest[..authority_end].rsplit_once('@') {
        let scheme = if scheme.is_empty() {
            String::new()
        } else {
            format!("{scheme}://")
        };
        return Err(BackendError::Credentials {
            shown: format!("{scheme}{host}{}", &rest[authority_end..]),
        });
    }
    let http = matches!(scheme, "http" | "https") && !rest.is_empty();
    if !http || backend.contains(['?', '#', ' ']) {
        return Err(BackendError::NotHttp {
            shown: backend.to_string(),
        });
    }
    Ok(backend.to_string())
}

impl Config {
    pub fn tests_url(&self) -> String {
        format!("{}{TESTS_PATH}", self.backend)
    }

    pub fn health_url(&self) -> String {
        format!("{}{HEALTH_PATH}", self.backend)
    }
}

/// What was tested, and when, in `lang`: «Tilkoblingstest i testmiljøet (Særnamsmann), 2. desember
/// 2026 kl. 12:47:03».
pub fn tested_line(request: &TestRequest, at: Option<i64>, lang: Lang) -> String {
    let t = texts::of(lang);
    let package =
        rights_package_label(&request.rettighetspakke).unwrap_or(&request.rettighetspakke);
    let when = at
        .and_then(|at| crate::date::oslo_date_time(at, lang))
        .map_or(String::new(), |time| format!(", {time}"));
    fill(
        t.tested_line,
        &[
            ("environment", request.miljo.label_in(t.lang)),
            ("package", package),
            ("when", &when),
        ],
    )
}

/// The connection test's part of the guide's summary: how it ended in one line, the failing code,
/// and every step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestSummary {
    /// The verdict («Tilkoblingen feiler: … (MP-251)»), or why the test could not run.
    pub verdict: String,
    /// How it ended in two or three words, for an e-mail's subject.
    pub short: &'static str,
    /// The failed step's upstream code (`MP-251`), if it has one.
    pub code: Option<String>,
    /// What was tested, when, and each step ([`summary_text`]).
    pub text: String,
}

/// A finished test (or one that could not run) for the guide's summary, in `lang`.
pub fn test_summary(
    request: &TestRequest,
    result: &Result<TestReport, Failure>,
    backend: &str,
    at: Option<i64>,
    lang: Lang,
) -> TestSummary {
    let t = texts::of(lang);
    let (verdict, short, code) = match result {
        Ok(report) => (
            report.verdict(lang),
            if report.works() {
                t.short_works
            } else if report.first_failure().is_some() {
                t.short_fails
            } else {
                t.short_unfinished
            },
            report.first_failure().and_then(|s| s.feilkode.clone()),
        ),
        Err(failure) => (
            fill(
                t.summary_not_run,
                &[("title", &failure.explain(backend, lang).title)],
            ),
            t.short_not_run,
            None,
        ),
    };
    TestSummary {
        verdict,
        short,
        code,
        text: summary_text(request, result, backend, at, lang),
    }
}

/// How a test ended, for the summary a person sends to KS, in `lang`. The steps' titles and
/// explanations are the backend's, as it sent them.
pub fn summary_text(
    request: &TestRequest,
    result: &Result<TestReport, Failure>,
    backend: &str,
    at: Option<i64>,
    lang: Lang,
) -> String {
    let t = texts::of(lang);
    let line = |template: &str, name: &str, value: &str| {
        let mut line = fill(template, &[(name, value)]);
        line.push('\n');
        line
    };
    let mut text = format!("{}:\n", tested_line(request, at, lang));
    match result {
        Ok(report) => {
            text.push_str(&line(t.summary_result, "verdict", &report.verdict(lang)));
            for step in &report.steg {
                text.push_str(&format!("- {}: {}", step.tittel, step.status.label(lang)));
                if let Some(code) = &step.feilkode {
                    text.push_str(&format!(" ({code})"));
                }
                if step.status != StepStatus::NotRun {
                    text.push_str(&format!(", {} ms", step.varighet_ms));
                }
                text.push('\n');
                if step.status == StepStatus::Failed {
                    text.push_str(&format!("  {}\n", step.forklaring));
                }
                if let Some(id) = &step.korrelasjonsid {
                    text.push_str("  ");
                    text.push_str(&line(t.summary_correlation, "id", id));
                }
            }
            text.push_str(&line(t.summary_test_id, "id", &report.test_id));
        }
        Err(failure) => {
            let e = failure.explain(backend, lang);
            text.push_str(&line(t.summary_failed, "title", &e.title));
            text.push_str(&e.explanation);
            text.push('\n');
            if let Some(technical) = e.technical {
                text.push_str(&line(t.summary_technical, "technical", &technical));
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(s: &str) -> OrgNumber {
        OrgNumber::parse(s).unwrap()
    }

    /// The request the test reports answer.
    fn req() -> TestRequest {
        TestRequest::new(Environment::Test, &org("974760673"), None, "saernamsmann")
    }

    const REPORT: &str = r#"{"testId":"t-1","miljo":"test","steg":[
        {"id":"hovedenhet","tittel":"Hovedenhet","status":"ok","forklaring":"Ja.","varighetMs":4},
        {"id":"maskinporten-token","tittel":"Token fra Maskinporten","status":"feil","feilkode":"MP-251",
         "forklaring":"Ikke delegert.","rad":"Deleger i Altinn.","faq":"delegering-altinn","varighetMs":120},
        {"id":"summert-skattegrunnlag","tittel":"Kall til Summert skattegrunnlag","status":"ikke-kjort",
         "forklaring":"Ikke kjørt.","varighetMs":0}]}"#;

    #[test]
    fn the_mp_code_comes_from_error_uri() {
        assert_eq!(
            code_from_error_uri("https://test.maskinporten.no/errors/MP-251").as_deref(),
            Some("MP-251")
        );
        assert_eq!(code_from_error_uri("https://maskinporten.no/errors/"), None);
        assert_eq!(
            code_from_error_uri("https://maskinporten.no/errors/mp-251"),
            None
        );
    }

    #[test]
    fn a_request_carries_digits_and_leaves_out_a_missing_vendor() {
        let r = TestRequest::new(
            Environment::Production,
            &org("974 760 673"),
            None,
            "saernamsmann",
        );
        assert_eq!(
            r.to_json(),
            r#"{"miljo":"produksjon","kommune":"974760673","rettighetspakke":"saernamsmann"}"#
        );
        assert_eq!(r.problem(Lang::Nb), None);
        let with_vendor = TestRequest::new(
            Environment::Test,
            &org("974760673"),
            Some(&org("971032146")),
            "x",
        );
        assert!(with_vendor
            .to_json()
            .contains(r#""leverandor":"971032146""#));
        assert_eq!(
            with_vendor.problem(Lang::Nb).as_deref(),
            Some("rettighetspakke: x er ikke en av kommunenes rettighetspakker.")
        );
    }

    #[test]
    fn a_backend_address_with_credentials_is_refused_without_showing_them() {
        assert_eq!(
            check_backend(" https://test.example.no/ "),
            Ok("https://test.example.no".to_string())
        );
        let refused = check_backend("https://ks:hemmelig@test.example.no/api").unwrap_err();
        assert_eq!(
            refused,
            BackendError::Credentials {
                shown: "https://test.example.no/api".into()
            }
        );
        assert!(!refused.to_string().contains("hemmelig"), "{refused}");
        let setup = Setup::read(
            Some((200, r#"{"backend": "https://ks:hemmelig@t.example"}"#)),
            Lang::Nb,
        );
        let Setup::Invalid(message) = setup else {
            panic!("{setup:?}")
        };
        assert!(message.contains("brukernavn og passord") && !message.contains("hemmelig"));
        for leaky in [
            "https://ks:hemmelig@t.example/?x=1",
            "https://ks:hemmelig@t.example#a",
            "htps://ks:hemmelig@t.example",
        ] {
            let why = check_backend(leaky).unwrap_err();
            assert!(matches!(why, BackendError::Credentials { .. }), "{leaky}");
            assert!(!why.to_string().contains("hemmelig"), "{why}");
        }
        // An @ in the path is no credential.
        assert!(check_backend("https://t.example/@ks").is_ok());
        assert!(matches!(
            check_backend("ftp://t.example"),
            Err(BackendError::NotHttp { .. })
        ));
        assert_eq!(
            check_backend(&format!("https://{}", "a".repeat(5000))),
            Err(BackendError::TooLong)
        );
    }

    #[test]
    fn a_request_with_a_bad_number_is_named_by_its_field() {
        let mut r = TestRequest::new(Environment::Test, &org("974760673"), None, "saernamsmann");
        r.leverandor = Some("974760674".into());
        assert_eq!(
            r.problem(Lang::Nb).as_deref(),
            Some("leverandor: 974760674 er ikke et gyldig organisasjonsnummer.")
        );
        r.leverandor = None;
        r.kommune = "974 760 673".into();
        assert!(r.problem(Lang::Nb).unwrap().starts_with("kommune:"));
        r.kommune = "000000000".into();
        assert!(r.problem(Lang::Nb).unwrap().starts_with("kommune:"));
    }

    #[test]
    fn a_synthetic_organisation_is_tested_only_in_the_test_environment() {
        let synthetic = org("310000000");
        let mut r = TestRequest::new(Environment::Test, &synthetic, None, "saernamsmann");
        assert_eq!(r.problem(Lang::Nb), None);
        r.miljo = Environment::Production;
        assert_eq!(
            r.problem(Lang::Nb).as_deref(),
            Some(
                "kommune: 310000000 er en syntetisk testvirksomhet, som bare finnes i testmiljøet."
            )
        );
    }

    #[test]
    fn a_report_names_the_first_failing_step() {
        let report = read_report(200, REPORT, None, &req()).unwrap();
        assert_eq!(report.steg.len(), 3);
        assert_eq!(
            report.verdict(Lang::Nb),
            "Tilkoblingen feiler: Ikke delegert (MP-251)"
        );
        assert!(!report.works());
        assert_eq!(
            report.first_failure().unwrap().faq.as_deref(),
            Some("delegering-altinn")
        );
    }

    #[test]
    fn answers_outside_the_contract_are_bad_answers() {
        let bad = |status, body: &str| read_report(status, body, None, &req()).unwrap_err();
        assert_eq!(
            bad(200, "{\"testId\":"),
            Failure::BadAnswer {
                detail: "svaret er ikke gyldig JSON"
            }
        );
        assert_eq!(bad(200, "<html>").code(), "ugyldig-svar");
        // A missing field, an unknown status, an unknown field, no steps.
        assert_eq!(
            bad(200, r#"{"testId":"t","miljo":"test"}"#).code(),
            "ugyldig-svar"
        );
        assert_eq!(
            bad(200, &REPORT.replace("\"ikke-kjort\"", "\"kanskje\"")).code(),
            "ugyldig-svar"
        );
        assert_eq!(
            bad(
                200,
                &REPORT.replace("\"testId\"", "\"ekstra\":1,\"testId\"")
            )
            .code(),
            "ugyldig-svar"
        );
        assert_eq!(
            bad(200, r#"{"testId":"t","miljo":"test","steg":[]}"#),
            Failure::BadAnswer {
                detail: "svaret har ingen steg"
            }
        );
        // What serde lets through but the contract does not.
        let detail = |body: String| match bad(200, &body) {
            Failure::BadAnswer { detail } => detail,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            detail(REPORT.replace(r#""miljo":"test""#, r#""miljo":"produksjon""#)),
            "svaret gjelder et annet miljø enn det som ble testet"
        );
        assert_eq!(
            detail(REPORT.replace(r#""forklaring":"Ja.""#, r#""forklaring":" ""#)),
            "et steg i svaret mangler tekst"
        );
        assert_eq!(
            detail(REPORT.replace("MP-251", "mp251")),
            "et steg i svaret har en id eller feilkode på feil form"
        );
        assert_eq!(
            detail(REPORT.replace(r#""faq":"delegering-altinn""#, r#""faq":"Delegering""#)),
            "et steg i svaret har en id eller feilkode på feil form"
        );
        assert_eq!(
            detail(REPORT.replace(r#""testId":"t-1""#, r#""testId":"""#)),
            "svaret mangler test-id"
        );
        assert_eq!(bad(204, "").code(), "ugyldig-svar");
    }

    #[test]
    fn http_errors_keep_the_backends_message_when_it_follows_the_contract() {
        let problem = r#"{"kode":"UTILGJENGELIG","melding":"Vedlikehold til kl. 14."}"#;
        let e = read_report(503, problem, Some("120"), &req()).unwrap_err();
        assert_eq!(e.code(), "utilgjengelig");
        let words = e.explain("http://x", Lang::Nb);
        assert_eq!(words.explanation, "Vedlikehold til kl. 14.");
        assert_eq!(words.advice, "Prøv igjen om 2 minutter.");
        let e = read_report(500, "Internal Server Error", None, &req()).unwrap_err();
        assert_eq!(e.code(), "serverfeil");
        assert_eq!(
            e.explain("x", Lang::Nb).title,
            "Det oppstod en feil i testtjenesten"
        );
        assert_eq!(
            e.explain("x", Lang::Nb).technical.as_deref(),
            Some("HTTP 500 fra x.")
        );
        assert_eq!(
            e.explain("x", Lang::Nb).explanation,
            "Testtjenesten klarte ikke å kjøre testen."
        );
        let e = read_report(
            400,
            r#"{"kode":"UGYLDIG","melding":"kommune: feil."}"#,
            None,
            &req(),
        )
        .unwrap_err();
        assert_eq!(
            e,
            Failure::Rejected {
                status: 400,
                message: Some("kommune: feil.".into())
            }
        );
        let e = read_report(404, "", None, &req()).unwrap_err();
        assert_eq!(e.code(), "feil-adresse");
        assert!(e
            .explain("https://t.example", Lang::Nb)
            .technical
            .unwrap()
            .contains("HTTP 404 fra https://t.example"));
    }

    #[test]
    fn every_failure_has_norwegian_words_and_a_way_forward() {
        let all = every_failure();
        let mut codes = std::collections::HashSet::new();
        for f in all {
            let e = f.explain("https://test.example", Lang::Nb);
            assert!(!e.title.is_empty() && !e.explanation.is_empty() && !e.advice.is_empty());
            // The operator's words stay behind «Teknisk informasjon».
            for words in [&e.title, &e.explanation, &e.advice] {
                for operator in ["config.json", "CORS", "HTTP", "https://test.example"] {
                    assert!(!words.contains(operator), "{}: {words}", f.code());
                }
            }
            assert_eq!(
                e.technical.is_none(),
                f == Failure::Cancelled,
                "{}",
                f.code()
            );
            assert_eq!(f.known_now(Lang::Nb).is_none(), f == Failure::Cancelled);
            assert!(
                e.title.chars().next().unwrap().is_uppercase(),
                "{}",
                e.title
            );
            assert!(
                codes.insert(f.code()),
                "each failure has its own code: {}",
                f.code()
            );
        }
        // Each HTTP status lands where its advice fits.
        let code = |status| read_report(status, "", None, &req()).unwrap_err().code();
        assert_eq!(
            [401, 403, 404, 405, 410, 429, 503, 400, 422, 500, 502].map(code),
            [
                "ingen-adgang",
                "ingen-adgang",
                "feil-adresse",
                "feil-adresse",
                "feil-adresse",
                "for-mange",
                "utilgjengelig",
                "avvist",
                "avvist",
                "serverfeil",
                "serverfeil"
            ]
        );
        let unreachable = Failure::Unreachable.explain("https://t.example", Lang::Nb);
        assert_eq!(unreachable.title, "Testtjenesten svarer ikke");
        let technical = unreachable.technical.unwrap();
        assert!(technical.contains("https://t.example") && technical.contains("CORS"));
        assert_eq!(
            Failure::TimedOut { seconds: 3 }
                .explain("x", Lang::Nb)
                .title,
            "Testtjenesten svarte ikke innen 3 sekunder"
        );
    }

    #[test]
    fn health_is_ok_only_when_it_says_so() {
        assert_eq!(
            read_health(200, r#"{"status":"ok","miljoer":["test"]}"#, None)
                .unwrap()
                .miljoer,
            Some(vec![Environment::Test])
        );
        assert_eq!(
            read_health(200, r#"{"status":"nede"}"#, None)
                .unwrap_err()
                .code(),
            "ugyldig-svar"
        );
        assert_eq!(
            read_health(503, "", None).unwrap_err().code(),
            "utilgjengelig"
        );
    }

    #[test]
    fn config_json_is_read_with_defaults_and_clear_errors() {
        let ready = Setup::read(
            Some((200, r#"{"backend":"http://127.0.0.1:8787/"}"#)),
            Lang::Nb,
        );
        let Setup::Ready(config) = ready else {
            panic!("{ready:?}")
        };
        assert_eq!(config.backend, "http://127.0.0.1:8787");
        assert_eq!(
            config.tests_url(),
            "http://127.0.0.1:8787/v1/connection-tests"
        );
        assert_eq!(
            config.environments,
            vec![Environment::Test, Environment::Production]
        );
        assert_eq!(config.timeout_seconds, DEFAULT_TIMEOUT_SECONDS);

        let Setup::Ready(c) = Setup::read(
            Some((
                200,
                r#"{"backend":"https://api.example/skattedeling","miljoer":["test","test"],"tidsgrenseSekunder":5}"#,
            )),
            Lang::Nb,
        ) else {
            panic!()
        };
        assert_eq!(c.health_url(), "https://api.example/skattedeling/v1/health");
        assert_eq!(
            (c.environments, c.timeout_seconds),
            (vec![Environment::Test], 5)
        );

        assert_eq!(Setup::read(Some((404, "")), Lang::Nb), Setup::NotConfigured);
        assert_eq!(
            Setup::read(Some((200, "<!DOCTYPE html><html lang=\"nb\">")), Lang::Nb),
            Setup::NotConfigured
        );
        assert_eq!(
            Setup::read(Some((200, r#"{"backend":null}"#)), Lang::Nb),
            Setup::NotConfigured
        );
        assert_eq!(
            Setup::read(Some((200, r#"{"backend":" "}"#)), Lang::Nb),
            Setup::NotConfigured
        );
        let invalid = |body: &str| match Setup::read(Some((200, body)), Lang::Nb) {
            Setup::Invalid(why) => why,
            other => panic!("{body}: {other:?}"),
        };
        assert!(invalid("{\n\"backend\": \"http://x\",,\n}").contains("linje 2"));
        assert!(invalid(r#"{"backend":"ftp://x"}"#).contains("ikke en http"));
        assert!(invalid(r#"{"backend":"http://x","miljoer":[]}"#).contains("miljoer"));
        assert!(invalid(r#"{"backend":"http://x","miljoer":["staging"]}"#).contains("ikke gyldig"));
        assert!(
            invalid(r#"{"backend":"http://x","tidsgrenseSekunder":0}"#).contains("mellom 1 og 300")
        );
        assert!(invalid(r#"{"bakend":"http://x"}"#).contains("ikke gyldig"));
        assert!(matches!(Setup::read(None, Lang::Nb), Setup::Invalid(_)));
        assert!(matches!(
            Setup::read(Some((500, "")), Lang::Nb),
            Setup::Invalid(_)
        ));
    }

    #[test]
    fn a_widgets_backend_overrides_config_json_but_not_a_broken_file() {
        let widget = Some("https://test.example.no");
        let ready = |answer| match Setup::read_with_backend(answer, widget, Lang::Nb) {
            Setup::Ready(c) => c,
            other => panic!("{other:?}"),
        };
        // Unreachable (CORS), missing or without a backend: the defaults, with the widget's backend.
        for answer in [
            None,
            Some((404, "")),
            Some((200, "<!DOCTYPE html>")),
            Some((200, r#"{"backend":null}"#)),
        ] {
            let config = ready(answer);
            assert_eq!(config.backend, "https://test.example.no");
            assert_eq!(config.environments, DEFAULT_ENVIRONMENTS);
            assert_eq!(config.timeout_seconds, DEFAULT_TIMEOUT_SECONDS);
        }
        // The file's other fields still apply.
        let config = ready(Some((
            200,
            r#"{"backend":"http://127.0.0.1:8787","miljoer":["test"],"tidsgrenseSekunder":5}"#,
        )));
        assert_eq!(config.backend, "https://test.example.no");
        assert_eq!(config.environments, [Environment::Test]);
        assert_eq!(config.timeout_seconds, 5);
        // Also when the file names no backend of its own.
        let config = ready(Some((200, r#"{"backend":null,"miljoer":["test"]}"#)));
        assert_eq!(config.environments, [Environment::Test]);
        assert!(matches!(
            Setup::read_with_backend(Some((200, "{")), widget, Lang::Nb),
            Setup::Invalid(_)
        ));
        // Without one, nothing changes.
        assert_eq!(
            Setup::read_with_backend(None, None, Lang::Nb),
            Setup::read(None, Lang::Nb)
        );
    }

    #[test]
    fn a_kept_test_reads_back_and_a_damaged_one_does_not() {
        let request = req();
        let (back, report, at) = restore(&kept(&request, 1_796_212_023, REPORT)).unwrap();
        assert_eq!(
            (back, report.steg.len(), at),
            (request.clone(), 3, Some(1_796_212_023))
        );
        // As kept before the time was.
        let old = format!("{}\n{REPORT}", request.to_json());
        assert_eq!(restore(&old).map(|(_, _, at)| at), Some(None));
        assert_eq!(restore("nonsense"), None);
        assert_eq!(restore(&kept(&request, 1, "{")), None);
        let other = TestRequest::new(
            Environment::Production,
            &org("974760673"),
            None,
            "saernamsmann",
        );
        assert_eq!(
            restore(&kept(&other, 1, REPORT)),
            None,
            "a report for another environment"
        );
    }

    #[test]
    fn the_summary_lists_every_step_with_codes_and_correlation_ids() {
        let request = TestRequest::new(Environment::Test, &org("974760673"), None, "saernamsmann");
        let mut report = read_report(200, REPORT, None, &req()).unwrap();
        report.steg[1].korrelasjonsid = Some("abc-123".into());
        let text = summary_text(&request, &Ok(report), "x", Some(1_796_212_023), Lang::Nb);
        assert!(
            text.starts_with(
                "Tilkoblingstest i testmiljøet (Særnamsmann), 2. desember 2026 kl. 12:47:03:\n"
            ),
            "{text}"
        );
        assert!(text.contains("- Token fra Maskinporten: Feil (MP-251), 120 ms\n  Ikke delegert.\n  Korrelasjons-id: abc-123\n"), "{text}");
        assert!(
            text.contains("- Kall til Summert skattegrunnlag: Ikke kjørt\n"),
            "{text}"
        );
        assert!(text.contains("Test-id: t-1"));
        let failed = summary_text(
            &request,
            &Err(Failure::TimedOut { seconds: 9 }),
            "x",
            None,
            Lang::Nb,
        );
        assert!(failed.starts_with("Tilkoblingstest i testmiljøet (Særnamsmann):\n"));
        assert!(
            failed.contains("Testen kunne ikke kjøres: Testtjenesten svarte ikke innen 9 sekunder")
        );
    }

    #[test]
    fn a_failed_step_is_named_by_its_finding_not_its_title() {
        let sub_unit = REPORT.replace(
            r#""tittel":"Hovedenhet","status":"ok","forklaring":"Ja.""#,
            r#""tittel":"Kommunen i Enhetsregisteret","status":"feil","forklaring":"Kommunens nummer 910 000 012 er en underenhet, ikke en hovedenhet. Hovedenheten er 910 000 004.","rad":"Bruk 910 000 004.""#,
        );
        let report = read_report(200, &sub_unit, None, &req()).unwrap();
        assert_eq!(
            report.verdict(Lang::Nb),
            "Tilkoblingen feiler: Kommunens nummer 910 000 012 er en underenhet, ikke en hovedenhet"
        );
        assert!(!report
            .verdict(Lang::Nb)
            .contains("Kommunen i Enhetsregisteret"));
    }

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_before_a_capital() {
        assert_eq!(first_sentence("Ikke delegert."), "Ikke delegert");
        assert_eq!(
            first_sentence("Vedlikehold til kl. 14. Prøv igjen."),
            "Vedlikehold til kl. 14"
        );
        assert_eq!(
            first_sentence("Delegert i tt02.altinn.no. Alt i orden."),
            "Delegert i tt02.altinn.no"
        );
        assert_eq!(first_sentence("  Uten punktum  "), "Uten punktum");
        assert_eq!(first_sentence(""), "");
    }

    #[test]
    fn only_a_busy_backend_asks_for_a_wait_and_never_for_ever() {
        let busy = |retry_after| Failure::Busy {
            status: 503,
            message: None,
            retry_after,
        };
        assert_eq!(busy(Some(120)).wait_seconds(), Some(120));
        assert_eq!(busy(Some(86_400)).wait_seconds(), Some(MAX_RETRY_WAIT));
        assert_eq!(busy(Some(0)).wait_seconds(), None);
        assert_eq!(busy(None).wait_seconds(), None);
        assert_eq!(Failure::Unreachable.wait_seconds(), None);
        assert_eq!(
            busy(Some(86_400)).explain("x", Lang::Nb).advice,
            "Prøv igjen om 10 minutter."
        );
        assert_eq!(
            busy(Some(120)).explain("x", Lang::Nb).technical.as_deref(),
            Some("HTTP 503 fra x. Retry-After: 120 sekunder.")
        );
    }

    #[test]
    fn a_countdown_reads_in_minutes_and_seconds() {
        assert_eq!(countdown_words(1, Lang::Nb), "1 sekund");
        assert_eq!(countdown_words(45, Lang::Nb), "45 sekunder");
        assert_eq!(countdown_words(60, Lang::Nb), "1 minutt");
        assert_eq!(countdown_words(65, Lang::Nb), "1 minutt og 5 sekunder");
        assert_eq!(countdown_words(121, Lang::Nb), "2 minutter og 1 sekund");
    }

    #[test]
    fn after_a_failed_test_the_health_line_says_what_is_known() {
        assert_eq!(
            Failure::Unreachable.known_now(Lang::Nb),
            Some("Testtjenesten svarer ikke lenger.")
        );
        assert_eq!(Failure::Cancelled.known_now(Lang::Nb), None);
    }

    #[test]
    fn a_test_that_could_not_run_gives_ks_the_technical_detail() {
        let text = summary_text(
            &req(),
            &Err(Failure::Unreachable),
            "https://t.example",
            None,
            Lang::Nb,
        );
        assert!(
            text.contains("Teknisk informasjon: Nettleseren fikk ikke svar fra https://t.example."),
            "{text}"
        );
    }

    #[test]
    fn a_test_summary_has_the_verdict_the_short_word_and_the_code() {
        let report = read_report(200, REPORT, None, &req()).unwrap();
        let summary = test_summary(&req(), &Ok(report), "x", None, Lang::Nb);
        assert_eq!(
            summary.verdict,
            "Tilkoblingen feiler: Ikke delegert (MP-251)"
        );
        assert_eq!(
            (summary.short, summary.code.as_deref()),
            ("tilkoblingen feiler", Some("MP-251"))
        );
        let failed = test_summary(&req(), &Err(Failure::Unreachable), "x", None, Lang::Nb);
        assert_eq!(
            failed.verdict,
            "Tilkoblingstesten kunne ikke kjøres: Testtjenesten svarer ikke"
        );
        assert_eq!(failed.code, None);
    }

    /// One failure of each kind, with no message from the backend.
    fn every_failure() -> Vec<Failure> {
        vec![
            Failure::Unreachable,
            Failure::TimedOut { seconds: 20 },
            Failure::Cancelled,
            Failure::NotFound {
                status: 404,
                message: None,
            },
            Failure::Refused {
                status: 403,
                message: None,
            },
            Failure::Busy {
                status: 503,
                message: None,
                retry_after: None,
            },
            Failure::Busy {
                status: 429,
                message: None,
                retry_after: Some(30),
            },
            Failure::Rejected {
                status: 422,
                message: None,
            },
            Failure::ServerError {
                status: 502,
                message: None,
            },
            Failure::BadAnswer {
                detail: texts::NB.bad_answers.not_json,
            },
            Failure::TooLarge,
            Failure::Redirected,
        ]
    }

    #[test]
    fn every_failure_is_explained_in_every_language_with_the_operator_kept_apart() {
        for lang in Lang::ALL {
            for f in every_failure() {
                let e = f.explain("https://test.example", lang);
                for words in [&e.title, &e.explanation, &e.advice] {
                    assert!(!words.is_empty() && !words.contains(['{', '}']), "{words}");
                    for operator in ["config.json", "CORS", "HTTP", "https://test.example"] {
                        assert!(!words.contains(operator), "{lang:?} {}: {words}", f.code());
                    }
                }
                if let Some(technical) = &e.technical {
                    assert!(technical.contains("https://test.example"), "{technical}");
                    assert!(!technical.contains(['{', '}']), "{technical}");
                }
                assert_eq!(f.known_now(lang).is_none(), f == Failure::Cancelled);
                if lang != Lang::Nb {
                    let nb = f.explain("https://test.example", Lang::Nb);
                    // Not the bokmål (a sentence may be the same in nynorsk, not all of them).
                    assert_ne!(e.title, nb.title, "{lang:?} {}", f.code());
                    assert_ne!(e.explanation, nb.explanation, "{lang:?} {}", f.code());
                }
            }
        }
    }

    #[test]
    fn failures_read_in_nynorsk_and_english() {
        let unreachable = Failure::Unreachable.explain("https://t.example", Lang::Nn);
        assert_eq!(unreachable.title, "Testtenesta svarar ikkje");
        assert_eq!(
            unreachable.explanation,
            "Vi fekk ikkje kontakt med testtenesta, så de kan ikkje teste tilkoplinga herfrå \
             akkurat no. Det seier ingenting om oppsettet hos dykk."
        );
        assert!(unreachable.advice.ends_with(
            "Du kan også gå gjennom sjekklista i vegvisaren, eller sende samandraget nedanfor til KS."
        ));
        assert!(unreachable
            .technical
            .unwrap()
            .starts_with("Nettlesaren fekk ikkje svar frå https://t.example."));
        let timed_out = Failure::TimedOut { seconds: 3 };
        assert_eq!(
            timed_out.explain("x", Lang::En).title,
            "The test service did not answer within 3 seconds"
        );
        assert_eq!(
            timed_out.explain("x", Lang::En).technical.as_deref(),
            Some("No answer from x within 3 seconds (tidsgrenseSekunder in config.json).")
        );
        let busy = |retry_after| Failure::Busy {
            status: 503,
            message: None,
            retry_after,
        };
        assert_eq!(
            busy(Some(120)).explain("x", Lang::Nn).advice,
            "Prøv igjen om 2 minutt."
        );
        assert_eq!(
            busy(Some(1)).explain("x", Lang::Nn).advice,
            "Prøv igjen om eitt sekund."
        );
        assert_eq!(
            busy(Some(45)).explain("x", Lang::En).technical.as_deref(),
            Some("HTTP 503 from x. Retry-After: 45 seconds.")
        );
        assert_eq!(
            busy(None).explain("x", Lang::En).advice,
            "Try again in a few minutes."
        );
        // The backend's own message is shown as it came.
        let said = Failure::ServerError {
            status: 500,
            message: Some("Vedlikehold.".into()),
        };
        assert_eq!(said.explain("x", Lang::En).explanation, "Vedlikehold.");
        // How an answer broke the contract is said in the page's language too.
        let bad = read_report(200, "{", None, &req()).unwrap_err();
        assert_eq!(
            bad.explain("x", Lang::En).technical.as_deref(),
            Some(
                "The answer from x: the answer is not valid JSON. The test service may have a \
                 different version from the website."
            )
        );
        let health = read_health(200, r#"{"status":"nede"}"#, None).unwrap_err();
        assert!(health
            .explain("x", Lang::Nn)
            .technical
            .unwrap()
            .contains("helsesjekken svarte ikkje slik avtalen seier"));
        assert_eq!(
            Failure::Unreachable.known_now(Lang::En),
            Some("The test service no longer answers.")
        );
    }

    #[test]
    fn the_verdict_and_the_steps_read_in_nynorsk_and_english() {
        let report = read_report(200, REPORT, None, &req()).unwrap();
        // The finding is the backend's, as it sent it.
        assert_eq!(
            report.verdict(Lang::Nn),
            "Tilkoplinga feilar: Ikke delegert (MP-251)"
        );
        assert_eq!(
            report.verdict(Lang::En),
            "The connection fails: Ikke delegert (MP-251)"
        );
        let works = REPORT
            .replace("\"feil\"", "\"ok\"")
            .replace("\"ikke-kjort\"", "\"ok\"");
        let works = read_report(200, &works, None, &req()).unwrap();
        assert_eq!(works.verdict(Lang::Nn), "Tilkoplinga verkar");
        assert_eq!(works.verdict(Lang::En), "The connection works");
        let unfinished = REPORT.replace("\"feil\"", "\"ok\"");
        let unfinished = read_report(200, &unfinished, None, &req()).unwrap();
        assert_eq!(
            unfinished.verdict(Lang::En),
            "The test did not run to the end"
        );
        assert_eq!(StepStatus::NotRun.label(Lang::Nn), "Ikkje køyrt");
        assert_eq!(StepStatus::Failed.label(Lang::En), "Failed");
    }

    #[test]
    fn the_summary_reads_in_english() {
        let mut report = read_report(200, REPORT, None, &req()).unwrap();
        report.steg[1].korrelasjonsid = Some("abc-123".into());
        let summary = test_summary(&req(), &Ok(report), "x", Some(1_796_212_023), Lang::En);
        assert_eq!(summary.short, "the connection fails");
        assert!(
            summary.text.starts_with(
                "Connection test in the test environment (Særnamsmann), 2 December 2026 at \
                 12:47:03:\nResult: The connection fails: Ikke delegert (MP-251)\n"
            ),
            "{}",
            summary.text
        );
        assert!(summary
            .text
            .contains("- Token fra Maskinporten: Failed (MP-251), 120 ms\n  Ikke delegert.\n  Correlation ID: abc-123\n"));
        assert!(summary.text.ends_with("Test ID: t-1\n"), "{}", summary.text);
        let failed = test_summary(&req(), &Err(Failure::Unreachable), "x", None, Lang::Nn);
        assert_eq!(
            failed.verdict,
            "Tilkoplingstesten kunne ikkje køyrast: Testtenesta svarar ikkje"
        );
        assert!(failed.text.starts_with(
            "Tilkoplingstest i testmiljøet (Særnamsmann):\nTesten kunne ikkje køyrast: "
        ));
        assert!(failed
            .text
            .contains("\nTeknisk informasjon: Nettlesaren fekk ikkje svar frå x."));
    }

    #[test]
    fn a_countdown_reads_in_nynorsk_and_english() {
        assert_eq!(countdown_words(45, Lang::Nn), "45 sekund");
        assert_eq!(countdown_words(121, Lang::Nn), "2 minutt og 1 sekund");
        assert_eq!(countdown_words(1, Lang::En), "1 second");
        assert_eq!(countdown_words(65, Lang::En), "1 minute and 5 seconds");
        assert_eq!(countdown_words(120, Lang::En), "2 minutes");
    }

    #[test]
    fn a_bad_request_and_a_broken_config_read_in_nynorsk_and_english() {
        let mut r = req();
        r.leverandor = Some("974760674".into());
        assert_eq!(
            r.problem(Lang::Nn).as_deref(),
            Some("leverandor: 974760674 er ikkje eit gyldig organisasjonsnummer.")
        );
        r.leverandor = None;
        r.rettighetspakke = "x".into();
        assert_eq!(
            r.problem(Lang::En).as_deref(),
            Some("rettighetspakke: x is not one of the municipalities' access packages.")
        );
        let invalid = |body: &str, lang| match Setup::read(Some((200, body)), lang) {
            Setup::Invalid(why) => why,
            other => panic!("{body}: {other:?}"),
        };
        assert_eq!(
            invalid(r#"{"bakend":"http://x"}"#, Lang::En),
            "config.json is not valid (unknown field “bakend”): see the README for the fields \
             backend, miljoer and tidsgrenseSekunder."
        );
        assert!(invalid("{\n,", Lang::Nn).contains("(linje 2)"));
        assert_eq!(
            invalid(r#"{"backend":"http://x","tidsgrenseSekunder":0}"#, Lang::Nn),
            "config.json: tidsgrenseSekunder må vere mellom 1 og 300."
        );
        let leaky = invalid(r#"{"backend":"https://ks:hemmelig@t.example"}"#, Lang::En);
        assert!(
            leaky.contains("user name and password") && !leaky.contains("hemmelig"),
            "{leaky}"
        );
        assert_eq!(
            Setup::read(None, Lang::En),
            Setup::Invalid("config.json could not be fetched.".into())
        );
        assert_eq!(
            BackendError::TooLong.words(Lang::Nn),
            format!("«…» er over {MAX_BACKEND_LEN} teikn, for langt til å vere ei adresse")
        );
        // Display stays bokmål, for the callers that have no language.
        assert_eq!(
            BackendError::TooLong.to_string(),
            BackendError::TooLong.words(Lang::Nb)
        );
    }
}
