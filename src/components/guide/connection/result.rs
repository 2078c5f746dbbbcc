//! How a test ended: the steps of a report, a test that could not run (with «Prøv igjen», counting
//! down while the backend asks for a wait), or a test the person stopped — which is no error.

use super::common::{RetryButton, TechnicalDetails};
use super::{Panel, Phase};
use crate::components::site::use_navigator;
use crate::data;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::connection::{
    self, Failure, StepResult, StepStatus, TestReport, TestRequest,
};
use skattedeling_core::date::oslo_date_time;
use skattedeling_core::texts::fill;
use skattedeling_core::ui;

/// The end of the last test, if there is one.
#[component]
pub(super) fn TestResult(panel: Panel, backend: String) -> impl IntoView {
    move || match panel.phase.get() {
        Phase::Done {
            request,
            result: Ok(report),
            at,
        } => view! { <Report request=request report=report at=at/> }.into_any(),
        Phase::Done {
            result: Err(failure),
            ..
        } => {
            view! { <CouldNotRun panel=panel failure=failure backend=backend.clone()/> }.into_any()
        }
        Phase::Cancelled => view! { <Cancelled/> }.into_any(),
        Phase::Ready | Phase::Running(_) => ().into_any(),
    }
}

/// «Testet 2. desember 2026 kl. 12:47:03 i testmiljøet med rettighetspakken «…».»
fn tested_sentence(request: &TestRequest, at: Option<i64>) -> String {
    let when = at
        .and_then(|t| oslo_date_time(t, lang()))
        .map_or(String::new(), |t| format!(" {t}"));
    let package = connection::rights_package_label(&request.rettighetspakke)
        .unwrap_or(&request.rettighetspakke);
    fill(
        t().tested,
        &[
            ("when", &when),
            ("environment", request.miljo.label_in(lang())),
            ("package", package),
        ],
    )
}

/// The steps of a finished test.
#[component]
fn Report(request: TestRequest, report: TestReport, at: Option<i64>) -> impl IntoView {
    let verdict = report.verdict(lang());
    let state = if report.works() { "ok" } else { "feil" };
    let steps = report
        .steg
        .into_iter()
        .map(|step| view! { <Step step=step/> })
        .collect_view();
    view! {
        <div class=format!("connection-result connection-result--{state}") data-testid="connection-result" data-result=state>
            <h3 class="connection-result__title" id=ui::CONNECTION_RESULT_ID tabindex="-1">{verdict}</h3>
            <p data-testid="connection-tested">{tested_sentence(&request, at)}</p>
            <ol class="connection-steps">{steps}</ol>
            <p class="connection-step__id">{t().test_id} " " <code>{report.test_id}</code></p>
        </div>
    }
}

/// One step of a report.
#[component]
fn Step(step: StepResult) -> impl IntoView {
    let faq = data::guide();
    let nav = use_navigator();
    let faq_link = step
        .faq
        .as_deref()
        .and_then(|id| faq.faq_question(id))
        .map(|q| {
            view! {
                <p><a href=nav.faq_href(&q.id) data-testid="connection-faq">{t().read_more_prefix} {q.title.as_str()}</a></p>
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
                <span class="connection-step__status">{step.status.label(lang())}</span>
                " "
                <strong>{step.tittel}</strong>
                {step.feilkode.map(|c| {
                    // A code the catalogue explains links to its entry on the FAQ page.
                    let entry = faq.code_anchor(&c).map(|a| nav.faq_href(&a));
                    view! {
                        " " <span class="connection-step__code" data-testid="connection-code">
                            <span class="visually-hidden">{t().test_error_code} " "</span>
                            {match entry {
                                Some(href) => view! { <a href=href data-testid="connection-code-link">{c}</a> }.into_any(),
                                None => c.into_any(),
                            }}
                        </span>
                    }
                })}
                {ran.then(|| view! { " " <span class="connection-step__time">{format!("({} ms)", step.varighet_ms)}</span> })}
            </p>
            <p data-testid="connection-explanation">{step.forklaring}</p>
            {step.rad.map(|r| view! {
                <p data-testid="connection-advice"><strong>{t().test_advice}</strong> " " {r}</p>
            })}
            {faq_link}
            {step.korrelasjonsid.map(|id| view! {
                <p class="connection-step__id">{t().test_correlation} " " <code data-testid="correlation-id">{id}</code></p>
            })}
        </li>
    }
}

/// Why the test could not run, what to do, the operator's detail, and «Prøv igjen».
#[component]
fn CouldNotRun(panel: Panel, failure: Failure, backend: String) -> impl IntoView {
    let words = failure.explain(&backend, lang());
    view! {
        <div class="connection-failure" data-testid="connection-failure" data-failure=failure.code()>
            <h3 class="connection-result__title" id=ui::CONNECTION_RESULT_ID tabindex="-1">{words.title}</h3>
            <p data-testid="connection-explanation">{words.explanation}</p>
            <p data-testid="connection-advice"><strong>{t().failure_advice}</strong> " " {words.advice}</p>
            <TechnicalDetails text=words.technical/>
            <div class="guide-actions">
                <RetryButton
                    label=t().test_retry
                    wait=failure.wait_seconds()
                    testid="connection-retry"
                    on_press=Callback::new(move |()| panel.run())
                />
            </div>
        </div>
    }
}

/// The person stopped the test: said plainly, not as an error; «Start testen» above is the action.
#[component]
fn Cancelled() -> impl IntoView {
    view! {
        <div class="connection-cancelled" data-testid="connection-cancelled">
            <h3 class="connection-result__title" id=ui::CONNECTION_RESULT_ID tabindex="-1">{t().test_cancelled_title}</h3>
            <p>{t().test_cancelled_text}</p>
        </div>
    }
}
