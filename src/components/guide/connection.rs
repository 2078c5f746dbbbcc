//! The live connection test at the end of a connection journey: reads `config.json`, says whether the
//! backend answers, lets the person pick environment and rettighetspakke, runs the test with a time
//! limit and a cancel button, and explains each step — or why the test could not run, with «Prøv
//! igjen». What is typed is kept for the tab, and so is the last result, so a reload loses nothing.

use crate::components::site::use_navigator;
use crate::data;
use crate::frame::Frame;
use crate::http::{Call, NoAnswer, Stopper};
use leptos::prelude::*;
use leptos::task::spawn_local;
use skattedeling_core::case::capitalised;
use skattedeling_core::connection::{
    self, read_health, read_report, Config, Failure, Setup, StepStatus, TestReport, TestRequest,
    RIGHTS_PACKAGES,
};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::guide::{ConnectionTest, Flow, GuideState, Walk};
use skattedeling_core::support::mailto;
use skattedeling_core::ui;
use std::time::Duration;

/// Draft keys: not step ids (those are slugs, without dots), so they cannot clash with a step's draft.
const PACKAGE_DRAFT: &str = ".rettighetspakke";
const ENVIRONMENT_DRAFT: &str = ".testmiljo";
const RESULT_DRAFT: &str = ".tilkoblingstest";
/// The health check is quick or not at all.
const HEALTH_LIMIT: Duration = Duration::from_secs(10);

#[derive(Clone)]
enum Phase {
    Ready,
    Running(Stopper),
    Done(TestRequest, Result<TestReport, Failure>),
}

/// Asks the backend whether it is up; `refocus` moves focus back to the answer (after «Sjekk igjen»,
/// whose button goes away while the check runs).
fn check_health(
    frame: Frame,
    config: Config,
    health: RwSignal<Option<Result<(), Failure>>>,
    refocus: bool,
) {
    health.set(None);
    spawn_local(async move {
        let limit = HEALTH_LIMIT.min(Duration::from_secs(config.timeout_seconds.into()));
        let result = match Call::new()
            .send("GET", &config.health_url(), None, limit)
            .await
        {
            Ok(a) => read_health(a.status, &a.body, a.retry_after.as_deref()).map(drop),
            Err(NoAnswer::TimedOut) => Err(Failure::TimedOut {
                seconds: limit.as_secs() as u32,
            }),
            Err(NoAnswer::TooLarge) => Err(Failure::TooLarge),
            Err(NoAnswer::Redirected) => Err(Failure::Redirected),
            Err(_) => Err(Failure::Unreachable),
        };
        // The panel may be gone by the time the answer comes.
        if health.try_set(Some(result)).is_none() && refocus {
            frame.focus_after_render(ui::CONNECTION_HEALTH_ID);
        }
    });
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

/// The connection test panel.
#[component]
pub fn ConnectionTestPanel(
    flow: &'static Flow,
    state: GuideState,
    walk: Walk<'static>,
    spec: &'static ConnectionTest,
    /// The result in words for the outcome's summary; written here.
    summary: RwSignal<Option<String>>,
) -> impl IntoView {
    let municipality = walk.org_number(&spec.municipality);
    let vendor = spec.vendor.as_deref().and_then(|s| walk.org_number(s));
    let answered_environment = walk.environment(&spec.environment);

    let nav = use_navigator();
    let frame = nav.frame;
    let setup = RwSignal::new(None::<Setup>);
    let health = RwSignal::new(None::<Result<(), Failure>>);
    let package = RwSignal::new(frame.draft(&flow.id, PACKAGE_DRAFT).unwrap_or_default());
    let package_error = RwSignal::new(false);
    let environment = RwSignal::new(
        frame
            .draft(&flow.id, ENVIRONMENT_DRAFT)
            .and_then(|d| environment_from_draft(&d, answered_environment))
            .or(answered_environment)
            .unwrap_or(Environment::Test),
    );
    // Local: it holds the browser's AbortController while a test runs.
    let phase = RwSignal::new_local(Phase::Ready);

    // The last result, when it is for the same numbers (the environment and package are in it).
    if let Some((request, report)) = frame
        .draft(&flow.id, RESULT_DRAFT)
        .and_then(|k| connection::restore(&k))
    {
        let same_parties = Some(&request.kommune) == municipality.map(|m| m.digits()).as_ref()
            && request.leverandor == vendor.map(|v| v.digits());
        if same_parties {
            phase.set(Phase::Done(request, Ok(report)));
        }
    }

    spawn_local(async move {
        let answer = Call::new()
            .send(
                "GET",
                &frame.link(connection::CONFIG_FILE),
                None,
                HEALTH_LIMIT,
            )
            .await
            .ok();
        let read = Setup::read_with_backend(
            answer.as_ref().map(|a| (a.status, a.body.as_str())),
            frame.backend().as_deref(),
        );
        if let Setup::Ready(config) = &read {
            // An environment the backend does not offer is not chosen.
            if environment
                .try_get_untracked()
                .is_some_and(|e| !config.environments.contains(&e))
            {
                environment.try_set(config.environments[0]);
            }
            check_health(frame, config.clone(), health, false);
            if let Some(Phase::Done(request, result)) = phase.try_get_untracked() {
                summary.try_set(Some(connection::summary_text(
                    &request,
                    &result,
                    &config.backend,
                )));
            }
        }
        // The panel may be gone by the time the answer comes.
        setup.try_set(Some(read));
    });
    // Leaving the step stops a test under way.
    on_cleanup(move || {
        if let Some(Phase::Running(stopper)) = phase.try_get_untracked() {
            stopper.stop();
        }
    });

    let run = move || {
        let Some(Setup::Ready(config)) = setup.get_untracked() else {
            return;
        };
        let Some(municipality) = municipality else {
            return;
        };
        let chosen = package.get_untracked();
        if chosen.is_empty() {
            package_error.set(true);
            frame.focus_after_render(ui::CONNECTION_PACKAGE_ID);
            return;
        }
        let request = TestRequest::new(
            environment.get_untracked(),
            &municipality,
            vendor.as_ref(),
            &chosen,
        );
        let call = Call::new();
        // Until this test ends, the summary holds no test result rather than an old one.
        summary.set(None);
        phase.set(Phase::Running(call.stopper.clone()));
        frame.focus_after_render(ui::CONNECTION_CANCEL_ID);
        spawn_local(async move {
            let seconds = config.timeout_seconds;
            let result = match call
                .send(
                    "POST",
                    &config.tests_url(),
                    Some(&request.to_json()),
                    Duration::from_secs(seconds.into()),
                )
                .await
            {
                Ok(a) => {
                    let read = read_report(a.status, &a.body, a.retry_after.as_deref(), &request);
                    // Only a test that ran is kept: a cancelled or failed attempt leaves the last.
                    if read.is_ok() {
                        frame.keep_draft(
                            &flow.id,
                            RESULT_DRAFT,
                            &connection::kept(&request, &a.body),
                        );
                    }
                    read
                }
                Err(NoAnswer::Network) => Err(Failure::Unreachable),
                Err(NoAnswer::TimedOut) => Err(Failure::TimedOut { seconds }),
                Err(NoAnswer::Stopped) => Err(Failure::Cancelled),
                Err(NoAnswer::TooLarge) => Err(Failure::TooLarge),
                Err(NoAnswer::Redirected) => Err(Failure::Redirected),
            };
            if result != Err(Failure::Cancelled) {
                summary.try_set(Some(connection::summary_text(
                    &request,
                    &result,
                    &config.backend,
                )));
            }
            if phase.try_set(Phase::Done(request, result)).is_none() {
                frame.focus_after_render(ui::CONNECTION_RESULT_ID);
            }
        });
    };

    let restart = nav.href(flow, &GuideState::new(&flow.id));
    let fallback = move |title: &'static str, text: &'static str, detail: Option<String>| {
        let mail = mailto(
            "Tilkoblingstest",
            "Hei!\n\nJeg vil teste tilkoblingen til Summert skattegrunnlag, men det er ingen \
             testtjeneste å teste mot.\n\n",
        );
        view! {
            <div class="connection-notice" data-testid="connection-unavailable">
                <h3>{title}</h3>
                <p>{text}</p>
                {detail.map(|d| view! { <p>{ui::CONFIG_INVALID_OPERATOR} " " {d}</p> })}
                <ul>
                    <li><a href=restart.clone()>{ui::CHECKLIST_AGAIN}</a></li>
                    <li><a href=mail>{ui::MAIL_KS}</a></li>
                </ul>
            </div>
        }
        .into_any()
    };

    let edit_link = move |step: &str| nav.href(flow, &state.editing(step));
    let municipality_link = edit_link(&spec.municipality);
    let vendor_link = spec.vendor.as_deref().map(edit_link);
    let parties = move || {
        let (municipality_link, vendor_link) = (municipality_link.clone(), vendor_link.clone());
        view! {
            <dl class="connection-parties" data-testid="connection-parties">
                <dt>{ui::TEST_MUNICIPALITY}</dt>
                <dd>
                    {match municipality {
                        Some(n) => n.grouped(),
                        None => ui::TEST_MISSING_NUMBER.to_string(),
                    }}
                    " "
                    <a href=municipality_link>{ui::CHANGE}<span class="visually-hidden">" kommunens organisasjonsnummer"</span></a>
                </dd>
                {vendor.zip(vendor_link).map(|(v, link)| view! {
                    <dt>{ui::TEST_VENDOR}</dt>
                    <dd>
                        {v.grouped()}
                        " "
                        <a href=link>{ui::CHANGE}<span class="visually-hidden">" leverandørens organisasjonsnummer"</span></a>
                    </dd>
                })}
            </dl>
        }
    };

    let form = move |config: Config| {
        let environments = config.environments.clone();
        let single = (environments.len() == 1).then(|| environments[0]);
        view! {
            <form
                class="connection-form"
                novalidate
                data-testid="connection-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    run();
                }
            >
                {match single {
                    Some(only) => view! {
                        <p>{ui::TEST_ENVIRONMENT} ": " {only.label()}</p>
                    }.into_any(),
                    None => view! {
                        <fieldset class="guide-fieldset">
                            <legend class="connection-form__legend">{ui::TEST_ENVIRONMENT}</legend>
                            {environments.iter().map(|&e| {
                                let id = format!("testmiljo-{}", e.answer());
                                view! {
                                    <div class="guide-option">
                                        <input
                                            class="guide-option__input"
                                            type="radio"
                                            name="testmiljo"
                                            id=id.clone()
                                            value=e.answer()
                                            data-testid=format!("test-environment-{}", e.answer())
                                            prop:checked=move || environment.get() == e
                                            on:change=move |_| {
                                                environment.set(e);
                                                frame.keep_draft(
                                                    &flow.id,
                                                    ENVIRONMENT_DRAFT,
                                                    &environment_draft(answered_environment, e),
                                                );
                                            }
                                        />
                                        <label class="guide-option__label" for=id>{capitalised(e.label())}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                    }.into_any(),
                }}
                <div class="guide-field" class:guide-field--error=move || package_error.get()>
                    <label class="connection-form__label" for=ui::CONNECTION_PACKAGE_ID>{ui::TEST_PACKAGE}</label>
                    <p class="guide-help" id=ui::CONNECTION_PACKAGE_HINT_ID>{ui::TEST_PACKAGE_HINT}</p>
                    {move || package_error.get().then(|| view! {
                        <p class="field-error" id=ui::CONNECTION_PACKAGE_ERROR_ID data-testid="package-error">
                            <span class="visually-hidden">"Feil: "</span>
                            {ui::TEST_PACKAGE_MISSING}
                        </p>
                    })}
                    <select
                        class="guide-input connection-form__select"
                        id=ui::CONNECTION_PACKAGE_ID
                        data-testid="test-package"
                        aria-describedby=move || if package_error.get() {
                            format!("{} {}", ui::CONNECTION_PACKAGE_HINT_ID, ui::CONNECTION_PACKAGE_ERROR_ID)
                        } else {
                            ui::CONNECTION_PACKAGE_HINT_ID.to_string()
                        }
                        aria-invalid=move || package_error.get().then_some("true")
                        prop:value=move || package.get()
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            package_error.set(false);
                            frame.keep_draft(&flow.id, PACKAGE_DRAFT, &value);
                            package.set(value);
                        }
                    >
                        <option value="">{ui::TEST_PACKAGE_CHOOSE}</option>
                        {RIGHTS_PACKAGES.iter().map(|(value, label)| view! {
                            <option value=*value selected=move || package.get() == *value>{*label}</option>
                        }).collect_view()}
                    </select>
                </div>
                {move || match phase.get() {
                    Phase::Running(stopper) => view! {
                        <div class="connection-running" data-testid="connection-running">
                            <p><strong>{ui::TEST_RUNNING}</strong> " " {ui::test_waiting(config.timeout_seconds)}</p>
                            <button
                                type="button"
                                class="button button--secondary"
                                id=ui::CONNECTION_CANCEL_ID
                                data-testid="connection-cancel"
                                on:click=move |_| stopper.stop()
                            >
                                {ui::TEST_CANCEL}
                            </button>
                        </div>
                    }.into_any(),
                    Phase::Done(..) => view! {
                        <button type="submit" class="button" data-testid="connection-start" disabled=municipality.is_none()>
                            {ui::TEST_AGAIN}
                        </button>
                    }.into_any(),
                    Phase::Ready => view! {
                        <button type="submit" class="button" data-testid="connection-start" disabled=municipality.is_none()>
                            {ui::TEST_START}
                        </button>
                    }.into_any(),
                }}
            </form>
        }
    };

    let result = move |backend: String| {
        move || match phase.get() {
            Phase::Done(request, Ok(report)) => report_view(&request, report).into_any(),
            Phase::Done(_, Err(failure)) => failure_view(failure, &backend, run).into_any(),
            _ => ().into_any(),
        }
    };

    view! {
        <section
            class="connection-test"
            aria-labelledby=frame.landmark_label(ui::CONNECTION_TEST_HEADING_ID)
            data-testid="connection-test"
        >
            <h2 class="connection-test__title" id=ui::CONNECTION_TEST_HEADING_ID>{ui::CONNECTION_TEST_TITLE}</h2>
            // Always in the page, so screen readers announce the change when a test starts.
            <p class="visually-hidden" role="status" data-testid="connection-announcement">
                {move || matches!(phase.get(), Phase::Running(_)).then_some(ui::TEST_RUNNING)}
            </p>
            {move || match setup.get() {
                None => view! { <p role="status">{ui::CONFIG_LOADING}</p> }.into_any(),
                Some(Setup::NotConfigured) => {
                    fallback(ui::NOT_CONFIGURED_TITLE, ui::NOT_CONFIGURED_TEXT, None)
                }
                Some(Setup::Invalid(why)) => {
                    fallback(ui::CONFIG_INVALID_TITLE, ui::CONFIG_INVALID_TEXT, Some(why))
                }
                Some(Setup::Ready(config)) => {
                    let health_config = config.clone();
                    let backend = config.backend.clone();
                    view! {
                        <div
                            class="connection-health"
                            id=ui::CONNECTION_HEALTH_ID
                            tabindex="-1"
                            role="status"
                            data-testid="connection-health"
                        >
                            {move || match health.get() {
                                None => view! { <p>{ui::HEALTH_CHECKING}</p> }.into_any(),
                                Some(Ok(())) => view! {
                                    <p class="connection-health__ok" data-health="ok">{ui::HEALTH_OK}</p>
                                }.into_any(),
                                Some(Err(failure)) => {
                                    let words = failure.explain(&backend);
                                    let again = health_config.clone();
                                    view! {
                                        <div class="connection-health__failed" data-health=failure.code()>
                                            <p><strong>{ui::HEALTH_FAILED} ": "</strong> {words.title}</p>
                                            <p>{words.explanation}</p>
                                            <button
                                                type="button"
                                                class="button button--secondary"
                                                data-testid="health-again"
                                                on:click=move |_| check_health(frame, again.clone(), health, true)
                                            >
                                                {ui::HEALTH_AGAIN}
                                            </button>
                                        </div>
                                    }.into_any()
                                }
                            }}
                        </div>
                        {parties()}
                        {form(config.clone())}
                        <div class="connection-outcome" data-testid="connection-outcome">{result(config.backend.clone())}</div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// The steps of a finished test.
fn report_view(request: &TestRequest, report: TestReport) -> impl IntoView {
    let faq = data::guide();
    let nav = use_navigator();
    let verdict = report.verdict();
    let state = if report.works() { "ok" } else { "feil" };
    let tested = format!(
        "Testet i {} med rettighetspakken «{}».",
        request.miljo.label(),
        connection::rights_package_label(&request.rettighetspakke)
            .unwrap_or(&request.rettighetspakke)
    );
    let steps = report
        .steg
        .into_iter()
        .map(|step| {
            let faq_link = step
                .faq
                .as_deref()
                .and_then(|id| faq.faq_question(id))
                .map(|q| {
                    view! {
                        <p><a href=nav.faq_href(&q.id) data-testid="connection-faq">"Les mer: " {q.title.as_str()}</a></p>
                    }
                });
            let ran = step.status != StepStatus::NotRun;
            view! {
                <li
                    class=format!("connection-step connection-step--{}", step.status.class())
                    data-testid="connection-step"
                    data-step=step.id.clone()
                    data-status=step.status.class()
                >
                    <p class="connection-step__head">
                        <span class="connection-step__status">{step.status.label()}</span>
                        " "
                        <strong>{step.tittel}</strong>
                        {step.feilkode.map(|c| view! {
                            " " <span class="connection-step__code" data-testid="connection-code">
                                <span class="visually-hidden">{ui::TEST_ERROR_CODE} " "</span>{c}
                            </span>
                        })}
                        {ran.then(|| view! { " " <span class="connection-step__time">{format!("({} ms)", step.varighet_ms)}</span> })}
                    </p>
                    <p data-testid="connection-explanation">{step.forklaring}</p>
                    {step.rad.map(|r| view! {
                        <p data-testid="connection-advice"><strong>{ui::TEST_ADVICE}</strong> " " {r}</p>
                    })}
                    {faq_link}
                    {step.korrelasjonsid.map(|id| view! {
                        <p class="connection-step__id">{ui::TEST_CORRELATION} " " <code data-testid="correlation-id">{id}</code></p>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class=format!("connection-result connection-result--{state}") data-testid="connection-result" data-result=state>
            <h3 class="connection-result__title" id=ui::CONNECTION_RESULT_ID tabindex="-1">{verdict}</h3>
            <p>{tested}</p>
            <ol class="connection-steps">{steps}</ol>
            <p class="connection-step__id">{ui::TEST_ID} " " <code>{report.test_id}</code></p>
        </div>
    }
}

/// Why the test could not run, and «Prøv igjen».
fn failure_view(failure: Failure, backend: &str, run: impl Fn() + Copy + 'static) -> impl IntoView {
    let words = failure.explain(backend);
    let retry = if failure == Failure::Cancelled {
        ui::TEST_START
    } else {
        ui::TEST_RETRY
    };
    view! {
        <div class="connection-failure" data-testid="connection-failure" data-failure=failure.code()>
            <h3 class="connection-result__title" id=ui::CONNECTION_RESULT_ID tabindex="-1">{words.title}</h3>
            <p data-testid="connection-explanation">{words.explanation}</p>
            <p data-testid="connection-advice"><strong>{ui::FAILURE_ADVICE}</strong> " " {words.advice}</p>
            <div class="guide-actions">
                <button type="button" class="button" data-testid="connection-retry" on:click=move |_| run()>
                    {retry}
                </button>
            </div>
        </div>
    }
}
