//! One connection test, start to end: the steps in the contract's order, each timed, with the test's
//! time shared between them; after a failure the rest is `ikke-kjort`. Every word is in the
//! language the request asked for; ids, statuses and codes are the same in all. The token lives
//! only here, for the steps that need it, and is never returned or logged.

use crate::config::EnvironmentConfig;
use crate::enhetsregisteret::Enhetsregisteret;
use crate::maskinporten::Maskinporten;
use crate::skattegrunnlag::SummertSkattegrunnlag;
use crate::steps::{delegering, hovedenhet, skattegrunnlag, token, Budget, Outcome};
use crate::texts::texts;
use reqwest::Client;
use skattedeling_core::connection::codes::Context;
use skattedeling_core::connection::{
    rights_package_label, StepResult, StepStatus, TestReport, TestRequest,
};
use skattedeling_core::guide::token::Expected;
use skattedeling_core::guide::Parties;
use skattedeling_core::{Lang, OrgNumber};
use std::time::{Duration, Instant};

/// How long things may take, and how much may run at once.
#[derive(Clone, Debug)]
pub struct Limits {
    pub enhetsregisteret: Duration,
    pub maskinporten: Duration,
    pub skattegrunnlag: Duration,
    /// The whole test: below the site's default of 20 s, so the site hears the answer.
    pub test: Duration,
    /// Tests running at once in this process; more get 503 with `Retry-After`.
    pub concurrent_tests: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            enhetsregisteret: Duration::from_secs(4),
            maskinporten: Duration::from_secs(6),
            skattegrunnlag: Duration::from_secs(8),
            test: Duration::from_secs(15),
            concurrent_tests: 200,
        }
    }
}

/// One environment's upstream clients.
pub struct Setup {
    pub config: EnvironmentConfig,
    pub register: Enhetsregisteret,
    pub maskinporten: Maskinporten,
    pub skattegrunnlag: SummertSkattegrunnlag,
}

impl Setup {
    pub fn new(config: EnvironmentConfig, http: Client) -> Setup {
        Setup {
            register: Enhetsregisteret::new(&config.enhetsregisteret, http.clone()),
            maskinporten: Maskinporten::new(
                &config.maskinporten,
                &config.client_id,
                &config.scope,
                config.credential.clone(),
                http.clone(),
            ),
            skattegrunnlag: SummertSkattegrunnlag::new(&config.summert_skattegrunnlag, http),
            config,
        }
    }
}

/// The report as it grows, in `lang`.
struct Recorder {
    steps: Vec<StepResult>,
    failed: bool,
    lang: Lang,
}

impl Recorder {
    fn record(&mut self, id: &str, title: &str, started: Instant, outcome: Outcome) {
        let millis = started.elapsed().as_millis() as u64;
        let base = StepResult {
            id: id.into(),
            tittel: title.into(),
            status: StepStatus::Ok,
            feilkode: None,
            forklaring: String::new(),
            rad: None,
            faq: None,
            korrelasjonsid: None,
            varighet_ms: millis,
        };
        self.steps.push(match outcome {
            Outcome::Ok {
                explanation,
                correlation,
            } => StepResult {
                forklaring: explanation,
                korrelasjonsid: correlation,
                ..base
            },
            Outcome::Failed {
                code,
                explanation,
                advice,
                faq,
                correlation,
            } => {
                self.failed = true;
                StepResult {
                    status: StepStatus::Failed,
                    feilkode: code,
                    forklaring: explanation,
                    rad: Some(advice),
                    faq: faq.map(String::from),
                    korrelasjonsid: correlation,
                    ..base
                }
            }
            Outcome::NotRun { explanation } => StepResult {
                status: StepStatus::NotRun,
                forklaring: explanation,
                ..base
            },
        });
    }

    /// A step that cannot run because of the ones before.
    fn skip(&mut self, id: &str, title: &str, budget: &Budget) {
        let t = &texts(self.lang).run;
        let outcome = if self.failed {
            Outcome::NotRun {
                explanation: t.after_failure.into(),
            }
        } else if budget.limit(Duration::from_secs(1)).is_none() {
            budget.spent(self.lang)
        } else {
            Outcome::NotRun {
                explanation: t.no_token.into(),
            }
        };
        self.record(id, title, Instant::now(), outcome);
        self.steps.last_mut().expect("just pushed").varighet_ms = 0;
    }
}

/// Runs a test of `request` (already checked against the contract) in `setup`'s environment, and
/// reports it in `lang`.
pub async fn run(setup: &Setup, request: &TestRequest, limits: &Limits, lang: Lang) -> TestReport {
    let budget = Budget::new(limits.test);
    let vendor = request.leverandor.as_deref();
    let ctx = Context {
        lang,
        environment: request.miljo,
        via_vendor: vendor.is_some(),
        scope: &setup.config.scope,
        rights_package: rights_package_label(&request.rettighetspakke)
            .unwrap_or(texts(lang).run.rights_package),
    };
    let mut r = Recorder {
        steps: Vec::new(),
        failed: false,
        lang,
    };

    let started = Instant::now();
    let asked = hovedenhet::Asked {
        kommune: &request.kommune,
        vendor,
        environment: request.miljo,
        lang,
    };
    let outcome =
        hovedenhet::check(&setup.register, &asked, &budget, limits.enhetsregisteret).await;
    let title = hovedenhet::title(vendor.is_some(), lang);
    r.record(hovedenhet::ID, title, started, outcome);

    let mut access_token = None;
    if r.failed {
        r.skip(token::ID, token::title(lang), &budget);
    } else {
        let started = Instant::now();
        let (outcome, issued) = token_step(setup, request, &ctx, &budget, limits).await;
        r.record(token::ID, token::title(lang), started, outcome);
        access_token = issued.filter(|_| !r.failed);
    }

    if vendor.is_some() {
        match &access_token {
            Some(t) if !r.failed => {
                let started = Instant::now();
                let outcome = delegation_step(setup, request, t, &budget, limits, lang).await;
                r.record(delegering::ID, delegering::title(lang), started, outcome);
            }
            _ => r.skip(delegering::ID, delegering::title(lang), &budget),
        }
    }

    match &access_token {
        Some(t) if !r.failed => {
            let started = Instant::now();
            let outcome = lookup_step(setup, request, &ctx, t, &budget, limits).await;
            r.record(
                skattegrunnlag::ID,
                skattegrunnlag::title(lang),
                started,
                outcome,
            );
        }
        _ => r.skip(skattegrunnlag::ID, skattegrunnlag::title(lang), &budget),
    }

    TestReport {
        test_id: uuid::Uuid::new_v4().to_string(),
        miljo: request.miljo,
        steg: r.steps,
    }
}

/// What the token must say, for `request`; its findings are worded in `lang`.
fn expected(setup: &Setup, request: &TestRequest, lang: Lang) -> Expected {
    Expected {
        parties: Parties {
            municipality: OrgNumber::parse(&request.kommune).ok(),
            vendor: request
                .leverandor
                .as_deref()
                .and_then(|v| OrgNumber::parse(v).ok()),
            via_vendor: Some(request.leverandor.is_some()),
            environment: Some(request.miljo),
        },
        issuer: Some(setup.config.maskinporten.clone()),
        now: 0,
        lang,
    }
}

/// The call to Summert skattegrunnlag with the token, or what it means that the operator has
/// switched the lookup off.
async fn lookup_step(
    setup: &Setup,
    request: &TestRequest,
    ctx: &Context<'_>,
    access_token: &str,
    budget: &Budget,
    limits: &Limits,
) -> Outcome {
    let Some(lookup) = &setup.config.lookup else {
        return skattegrunnlag::switched_off(ctx);
    };
    let result = setup
        .skattegrunnlag
        .call(
            access_token,
            &request.kommune,
            &request.rettighetspakke,
            lookup,
            || budget.limit(limits.skattegrunnlag),
        )
        .await;
    skattegrunnlag::judge(&result, ctx, lookup.income_year)
}

/// The token, and — for a direct connection, which has no delegation step — its signature and claims.
async fn token_step(
    setup: &Setup,
    request: &TestRequest,
    ctx: &Context<'_>,
    budget: &Budget,
    limits: &Limits,
) -> (Outcome, Option<String>) {
    if budget.limit(limits.maskinporten).is_none() {
        return (budget.spent(ctx.lang), None);
    }
    let consumer_org = request
        .leverandor
        .as_ref()
        .map(|_| request.kommune.as_str());
    let mp = &setup.maskinporten;
    let issued = match mp
        .token(consumer_org, || budget.limit(limits.maskinporten))
        .await
    {
        Ok(issued) => issued,
        Err(failure) => {
            return (
                token::judge_failure(
                    &failure,
                    ctx,
                    &request.kommune,
                    mp.issuer(),
                    mp.credential(),
                ),
                None,
            )
        }
    };
    let mut text = token::ok_text(ctx, issued.expires_in);
    if request.leverandor.is_none() {
        match delegation_step(
            setup,
            request,
            &issued.access_token,
            budget,
            limits,
            ctx.lang,
        )
        .await
        {
            Outcome::Ok { explanation, .. } => text = format!("{text} {explanation}"),
            other => return (other, None),
        }
    }
    (Outcome::ok(text), Some(issued.access_token))
}

/// The token's signature against the JWKS, then its claims.
async fn delegation_step(
    setup: &Setup,
    request: &TestRequest,
    access_token: &str,
    budget: &Budget,
    limits: &Limits,
    lang: Lang,
) -> Outcome {
    let Some(limit) = budget.limit(limits.maskinporten) else {
        return budget.spent(lang);
    };
    let issuer = setup.maskinporten.issuer();
    match setup.maskinporten.verify(access_token, limit).await {
        Err(failure) => delegering::judge_verification(&failure, issuer, lang),
        Ok(_) => delegering::judge_claims(access_token, &expected(setup, request, lang), lang),
    }
}

/// The steps in one line for the log: `hovedenhet=ok(41ms) maskinporten-token=feil:MP-251(190ms)`.
pub fn log_line(report: &TestReport) -> String {
    report
        .steg
        .iter()
        .map(|s| {
            let code = s
                .feilkode
                .as_deref()
                .map_or(String::new(), |c| format!(":{c}"));
            format!("{}={}{code}({}ms)", s.id, s.status.class(), s.varighet_ms)
        })
        .collect::<Vec<_>>()
        .join(" ")
}
