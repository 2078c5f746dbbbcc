//! The live connection test at the end of a connection journey: reads `config.json`, says whether the
//! backend answers, lets the person pick environment and rettighetspakke, runs the test with a time
//! limit and a cancel button, and explains each step — or why the test could not run. Each state of
//! the panel has its component: [`health`] (does the backend answer, and what the last test showed),
//! [`form`] (what to test, and the one action the state allows), [`result`] (a report, a test that
//! could not run, a cancelled test) and [`unavailable`] (no backend set up). What is typed is kept for
//! the tab, and so is the last result, so a reload loses nothing.

mod common;
mod form;
mod health;
mod result;
mod unavailable;

use crate::browser;
use crate::components::site::use_navigator;
use crate::frame::Frame;
use crate::http::{Call, NoAnswer, Stopper};
use crate::texts::{lang, t};
use form::{TestForm, TestedParties};
use health::{check_health, HealthLine};
use leptos::prelude::*;
use leptos::task::spawn_local;
use result::TestResult;
use skattedeling_core::connection::{
    self, read_report, Config, Failure, Setup, TestReport, TestRequest, TestSummary,
};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::guide::{ConnectionTest, Flow, GuideState, Parties, Walk};
use skattedeling_core::links::Target;
use skattedeling_core::ui;
use std::time::Duration;
use unavailable::Unavailable;

/// Draft keys: not step ids (those are slugs, without dots), so they cannot clash with a step's draft.
const PACKAGE_DRAFT: &str = ".rettighetspakke";
const ENVIRONMENT_DRAFT: &str = ".testmiljo";
const RESULT_DRAFT: &str = ".tilkoblingstest";
/// The health check is quick or not at all.
const HEALTH_LIMIT: Duration = Duration::from_secs(10);

/// A call to the backend, whose words (step titles, explanations, advice, refusals) are to be in the
/// guide's language: the browser's own Accept-Language would give an English answer inside a
/// bokmål page.
fn backend_call() -> Call {
    Call::new().answered_in(lang())
}

/// Where the test is.
#[derive(Clone)]
enum Phase {
    Ready,
    Running(Stopper),
    /// The person stopped the test: nothing is wrong, and nothing new is known.
    Cancelled,
    /// A test that ran, or could not run (never [`Failure::Cancelled`]); `at` is when, in seconds
    /// since 1970 (`None` for a test kept before the time was).
    Done {
        request: TestRequest,
        result: Result<TestReport, Failure>,
        at: Option<i64>,
    },
}

/// The panel's state, shared by its parts.
#[derive(Clone, Copy)]
struct Panel {
    flow: &'static Flow,
    frame: Frame,
    parties: Parties,
    setup: RwSignal<Option<Setup>>,
    /// The health check's answer, `None` while it runs.
    health: RwSignal<Option<Result<(), Failure>>>,
    /// What the last test that could not run showed about the backend; it stands in the health
    /// line until a test gets a report.
    known: RwSignal<Option<Failure>>,
    package: RwSignal<String>,
    package_error: RwSignal<bool>,
    environment: RwSignal<Environment>,
    /// Local: it holds the browser's AbortController while a test runs.
    phase: RwSignal<Phase, LocalStorage>,
    /// The result in words for the outcome's summary.
    summary: RwSignal<Option<TestSummary>>,
}

/// The environment draft: the guide's answer when the person chose, and the choice — so a choice
/// made against one answer does not outlive a changed answer.
fn environment_draft(answered: Option<Environment>, chosen: Environment) -> String {
    format!(
        "{}:{}",
        answered.map_or("", Environment::answer),
        chosen.answer()
    )
}

fn environment_from_draft(draft: &str, answered: Option<Environment>) -> Option<Environment> {
    let (when, chosen) = draft.split_once(':')?;
    (when == answered.map_or("", Environment::answer))
        .then(|| Environment::from_answer(chosen))
        .flatten()
}

impl Panel {
    fn new(
        flow: &'static Flow,
        frame: Frame,
        parties: Parties,
        summary: RwSignal<Option<TestSummary>>,
    ) -> Panel {
        let environment = frame
            .draft(&flow.id, ENVIRONMENT_DRAFT)
            .and_then(|d| environment_from_draft(&d, parties.environment))
            .or(parties.environment)
            .unwrap_or(Environment::Test);
        Panel {
            flow,
            frame,
            parties,
            setup: RwSignal::new(None),
            health: RwSignal::new(None),
            known: RwSignal::new(None),
            package: RwSignal::new(frame.draft(&flow.id, PACKAGE_DRAFT).unwrap_or_default()),
            package_error: RwSignal::new(false),
            environment: RwSignal::new(environment),
            phase: RwSignal::new_local(Phase::Ready),
            summary,
        }
    }

    /// The last result, when it is for the same numbers (the environment and package are in it).
    fn restore_last(self) {
        let Some((request, report, at)) = self
            .frame
            .draft(&self.flow.id, RESULT_DRAFT)
            .and_then(|k| connection::restore(&k))
        else {
            return;
        };
        let same_parties = Some(&request.kommune)
            == self.parties.municipality.map(|m| m.digits()).as_ref()
            && request.leverandor == self.parties.vendor.map(|v| v.digits());
        if same_parties {
            self.phase.set(Phase::Done {
                request,
                result: Ok(report),
                at,
            });
        }
    }

    /// Reads `config.json`, then asks the backend whether it is up.
    fn load_config(self) {
        spawn_local(async move {
            let answer = Call::new()
                .send(
                    "GET",
                    &self.frame.href(Target::Site(connection::CONFIG_FILE)),
                    None,
                    HEALTH_LIMIT,
                )
                .await
                .ok();
            let read = Setup::read_with_backend(
                answer.as_ref().map(|a| (a.status, a.body.as_str())),
                self.frame.backend().as_deref(),
                lang(),
            );
            if let Setup::Ready(config) = &read {
                // An environment the backend does not offer is not chosen.
                if self
                    .environment
                    .try_get_untracked()
                    .is_some_and(|e| !config.environments.contains(&e))
                {
                    self.environment.try_set(config.environments[0]);
                }
                check_health(self, config.clone(), false);
                self.summarise(&config.backend);
            }
            // The panel may be gone by the time the answer comes.
            self.setup.try_set(Some(read));
        });
    }

    fn config(self) -> Option<Config> {
        match self.setup.get_untracked() {
            Some(Setup::Ready(config)) => Some(config),
            _ => None,
        }
    }

    /// Whether a test may be started: not while the health check says the backend is not there
    /// (its «Sjekk igjen» is the one action then).
    fn can_start(self) -> bool {
        self.known.get().is_some() || !matches!(self.health.get(), Some(Err(_)))
    }

    /// The finished test in words for the outcome's summary.
    fn summarise(self, backend: &str) {
        if let Some(Phase::Done {
            request,
            result,
            at,
        }) = self.phase.try_get_untracked()
        {
            self.summary.try_set(Some(connection::test_summary(
                &request,
                &result,
                backend,
                at,
                lang(),
            )));
        }
    }

    fn choose_environment(self, chosen: Environment) {
        self.environment.set(chosen);
        self.frame.keep_made(
            &self.flow.id,
            ENVIRONMENT_DRAFT,
            &environment_draft(self.parties.environment, chosen),
        );
    }

    fn choose_package(self, value: String) {
        self.package_error.set(false);
        self.frame.keep_made(&self.flow.id, PACKAGE_DRAFT, &value);
        self.package.set(value);
    }

    /// Starts a test with what is chosen, or says what is missing.
    fn run(self) {
        let (Some(config), Some(municipality)) = (self.config(), self.parties.municipality) else {
            return;
        };
        let chosen = self.package.get_untracked();
        if chosen.is_empty() {
            self.package_error.set(true);
            self.frame.focus_after_render(ui::CONNECTION_PACKAGE_ID);
            return;
        }
        let request = TestRequest::new(
            self.environment.get_untracked(),
            &municipality,
            self.parties.vendor.as_ref(),
            &chosen,
        );
        let call = backend_call();
        // Until this test ends, the summary holds no test result rather than an old one.
        self.summary.set(None);
        self.phase.set(Phase::Running(call.stopper.clone()));
        self.frame.focus_after_render(ui::CONNECTION_CANCEL_ID);
        spawn_local(async move {
            let result = self.send(call, &config, &request).await;
            self.finish(request, result, &config.backend);
        });
    }

    /// Sends the test and reads the answer; a test that ran is kept for the tab.
    async fn send(
        self,
        call: Call,
        config: &Config,
        request: &TestRequest,
    ) -> Result<TestReport, Failure> {
        let seconds = config.timeout_seconds;
        let limit = Duration::from_secs(seconds.into());
        match call
            .send("POST", &config.tests_url(), Some(&request.to_json()), limit)
            .await
        {
            Ok(a) => {
                let read = read_report(a.status, &a.body, a.retry_after.as_deref(), request);
                // Only a test that ran is kept: a cancelled or failed attempt leaves the last.
                if read.is_ok() {
                    let kept = connection::kept(request, browser::now_seconds(), &a.body);
                    self.frame.keep_made(&self.flow.id, RESULT_DRAFT, &kept);
                }
                read
            }
            Err(NoAnswer::Network) => Err(Failure::Unreachable),
            Err(NoAnswer::TimedOut) => Err(Failure::TimedOut { seconds }),
            Err(NoAnswer::Stopped) => Err(Failure::Cancelled),
            Err(NoAnswer::TooLarge) => Err(Failure::TooLarge),
            Err(NoAnswer::Redirected) => Err(Failure::Redirected),
        }
    }

    /// Shows how a test ended, says what it showed about the backend, and moves focus there.
    fn finish(self, request: TestRequest, result: Result<TestReport, Failure>, backend: &str) {
        let phase = match result {
            Err(Failure::Cancelled) => Phase::Cancelled,
            result => {
                match &result {
                    Ok(_) => {
                        self.known.try_set(None);
                        self.health.try_set(Some(Ok(())));
                    }
                    Err(failure) => {
                        self.known.try_set(Some(failure.clone()));
                    }
                }
                Phase::Done {
                    request,
                    result,
                    at: Some(browser::now_seconds()),
                }
            }
        };
        // The panel may be gone by the time the answer comes.
        if self.phase.try_set(phase).is_none() {
            self.summarise(backend);
            self.frame.focus_after_render(ui::CONNECTION_RESULT_ID);
        }
    }
}

/// The connection test panel.
#[component]
pub fn ConnectionTestPanel(
    flow: &'static Flow,
    state: GuideState,
    walk: Walk<'static>,
    spec: &'static ConnectionTest,
    /// The result in words for the outcome's summary; written here.
    summary: RwSignal<Option<TestSummary>>,
) -> impl IntoView {
    let parties = Parties::from_walk(
        &walk,
        Some(&spec.municipality),
        spec.vendor.as_deref(),
        Some(&spec.environment),
    );
    let frame = use_navigator().frame;
    let panel = Panel::new(flow, frame, parties, summary);
    // A rettighetspakke given on the test-setup screen is the one to test.
    if let Some(package) = walk.test_setup(&spec.municipality).and_then(|s| s.package) {
        panel.package.set(package);
    }
    panel.restore_last();
    panel.load_config();
    // Leaving the step stops a test under way.
    on_cleanup(move || {
        if let Some(Phase::Running(stopper)) = panel.phase.try_get_untracked() {
            stopper.stop();
        }
    });
    view! {
        <section
            class="connection-test"
            aria-labelledby=frame.landmark_label(ui::CONNECTION_TEST_HEADING_ID)
            data-testid="connection-test"
        >
            <h2 class="connection-test__title" id=ui::CONNECTION_TEST_HEADING_ID>{t().connection_test_title}</h2>
            // Always in the page, so screen readers announce the change when a test starts.
            <p class="visually-hidden connection-announcement" role="status" data-testid="connection-announcement">
                {move || matches!(panel.phase.get(), Phase::Running(_)).then_some(t().test_running)}
            </p>
            {move || match panel.setup.get() {
                None => view! { <p role="status">{t().config_loading}</p> }.into_any(),
                Some(Setup::NotConfigured) => view! {
                    <Unavailable flow=flow title=t().not_configured_title text=t().not_configured_text detail=None/>
                }.into_any(),
                Some(Setup::Invalid(why)) => view! {
                    <Unavailable flow=flow title=t().config_invalid_title text=t().config_invalid_text detail=Some(why)/>
                }.into_any(),
                Some(Setup::Ready(config)) => view! {
                    <HealthLine panel=panel backend=config.backend.clone()/>
                    <TestedParties panel=panel state=state.clone() spec=spec/>
                    <TestForm panel=panel config=config.clone()/>
                    <div class="connection-outcome" data-testid="connection-outcome">
                        <TestResult panel=panel backend=config.backend.clone()/>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
