//! The health line: whether the backend answers, checked when the panel opens and on «Sjekk
//! igjen». After a test that could not run, it says what that test showed instead, so it never
//! says «klar» above an error — and does not repeat the error, which is shown once, under the form.

use super::common::{RetryButton, TechnicalDetails};
use super::{backend_call, Panel, HEALTH_LIMIT};
use crate::http::NoAnswer;
use crate::texts::{lang, t};
use leptos::prelude::*;
use leptos::task::spawn_local;
use skattedeling_core::connection::{read_health, Config, Failure};
use skattedeling_core::ui;
use std::time::Duration;

/// Asks the backend whether it is up; `refocus` moves focus back to the answer (after «Sjekk igjen»,
/// whose button goes away while the check runs).
pub(super) fn check_health(panel: Panel, config: Config, refocus: bool) {
    panel.health.set(None);
    spawn_local(async move {
        let limit = HEALTH_LIMIT.min(Duration::from_secs(config.timeout_seconds.into()));
        let result = match backend_call()
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
        if panel.health.try_set(Some(result)).is_none() && refocus {
            panel.frame.focus_after_render(ui::CONNECTION_HEALTH_ID);
        }
    });
}

/// What is known about the backend now.
#[component]
pub(super) fn HealthLine(panel: Panel, backend: String) -> impl IntoView {
    view! {
        <div
            class="connection-health"
            id=ui::CONNECTION_HEALTH_ID
            tabindex="-1"
            role="status"
            data-testid="connection-health"
        >
            {move || match (panel.known.get(), panel.health.get()) {
                (Some(failure), _) => view! { <KnownAfterTest failure=failure/> }.into_any(),
                (None, None) => view! { <p>{t().health_checking}</p> }.into_any(),
                (None, Some(Ok(()))) => view! {
                    <p class="connection-health__ok" data-health="ok">{t().health_ok}</p>
                }.into_any(),
                (None, Some(Err(failure))) => view! {
                    <HealthFailure panel=panel failure=failure backend=backend.clone()/>
                }.into_any(),
            }}
        </div>
    }
}

/// After a test that could not run: what it showed, pointing at the explanation under the form.
#[component]
fn KnownAfterTest(failure: Failure) -> impl IntoView {
    view! {
        <p class="connection-health__known" data-health=failure.code() data-known="test">
            {failure.known_now(lang())} " " {t().health_see_below}
        </p>
    }
}

/// The health check failed: what it means for the person, what to do, the operator's detail, and
/// «Sjekk igjen» — the one action until the backend answers.
#[component]
fn HealthFailure(panel: Panel, failure: Failure, backend: String) -> impl IntoView {
    let words = failure.explain(&backend, lang());
    let again = Callback::new(move |()| {
        if let Some(config) = panel.config() {
            check_health(panel, config, true);
        }
    });
    view! {
        <div class="connection-health__failed" data-health=failure.code()>
            <p><strong>{t().health_failed} ": "</strong> {words.title}</p>
            <p data-testid="health-explanation">{words.explanation}</p>
            <p data-testid="health-advice"><strong>{t().failure_advice}</strong> " " {words.advice}</p>
            <TechnicalDetails text=words.technical/>
            <RetryButton
                label=t().health_again
                wait=failure.wait_seconds()
                testid="health-again"
                on_press=again
                secondary=true
            />
        </div>
    }
}
