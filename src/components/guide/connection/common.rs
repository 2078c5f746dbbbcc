//! Pieces the panel's states share: «Prøv igjen» and «Sjekk igjen», which count down while the
//! backend has asked for a wait (`Retry-After`), and the operator's detail behind «Teknisk
//! informasjon».

use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::connection::countdown_words;
use std::time::Duration;

/// A button that tries again; with `wait`, it is disabled and counts the seconds down first.
#[component]
pub(super) fn RetryButton(
    /// The button's words.
    label: &'static str,
    /// Seconds to wait before it may be pressed.
    wait: Option<u32>,
    /// For the tests.
    testid: &'static str,
    /// What pressing it does.
    on_press: Callback<()>,
    /// A secondary button.
    #[prop(optional)]
    secondary: bool,
) -> impl IntoView {
    let left = RwSignal::new(wait.unwrap_or(0));
    if left.get_untracked() > 0 {
        count_down(left);
    }
    let class = if secondary {
        "button button--secondary"
    } else {
        "button"
    };
    view! {
        <button
            type="button"
            class=class
            on:click=move |_| on_press.run(())
            disabled=move || { left.get() > 0 }
            data-wait=move || left.get()
            data-testid=testid
        >
            {label}
            {move || (left.get() > 0).then(|| skattedeling_core::texts::fill(t().retry_in, &[("wait", &countdown_words(left.get(), lang()))]))}
        </button>
    }
}

/// Takes a second off `left` every second until it is 0; stops when the button goes away.
fn count_down(left: RwSignal<u32>) {
    let handle = StoredValue::new(None::<IntervalHandle>);
    let tick = move || {
        let now = left.try_get_untracked().unwrap_or(0).saturating_sub(1);
        left.try_set(now);
        if now == 0 {
            if let Some(h) = handle.try_get_value().flatten() {
                h.clear();
            }
        }
    };
    if let Ok(h) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        handle.set_value(Some(h));
    }
    on_cleanup(move || {
        if let Some(h) = handle.try_get_value().flatten() {
            h.clear();
        }
    });
}

/// What the operator needs to know, folded away under «Teknisk informasjon».
#[component]
pub(super) fn TechnicalDetails(
    /// The detail; nothing is shown without one.
    text: Option<String>,
    /// A line before the detail, saying whom it is for.
    #[prop(optional)]
    lead: Option<&'static str>,
) -> impl IntoView {
    text.map(|text| {
        view! {
            <details class="connection-technical" data-testid="connection-technical">
                <summary>{t().technical_details}</summary>
                {lead.map(|l| view! { <p>{l}</p> })}
                <p><code class="connection-technical__text">{text}</code></p>
            </details>
        }
    })
}
