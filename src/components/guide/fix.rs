//! A check answered «nei»: what to do, who can do it, the FAQ answer, and the way on.

use super::parts::{FaqLinks, GuideHeading};
use crate::components::site::use_navigator;
use crate::texts::t;
use leptos::prelude::*;
use skattedeling_core::guide::engine::{CHECK_FIXED, CHECK_LEFT};
use skattedeling_core::guide::{Check, Flow, GuideState};

/// The fix for a failed check; the person continues once it is put right (or notes that it is not).
#[component]
pub fn FixScreen(
    flow: &'static Flow,
    state: GuideState,
    step: &'static str,
    check: &'static Check,
) -> impl IntoView {
    let nav = use_navigator();
    let fixed = nav.href(flow, &state.answered(step, CHECK_FIXED));
    let left = nav.href(flow, &state.answered(step, CHECK_LEFT));
    view! {
        <GuideHeading>
            {check.text.as_str()}
        </GuideHeading>
        <div class="guide-fix" data-testid="check-fix">
            <p class="guide-fix__lead">{t().check_failed}</p>
            <h2 class="guide-fix__title">{t().fix_title}</h2>
            <div class="guide-fix__text" inner_html=nav.frame.html(&check.fix_html)></div>
            <h2 class="guide-fix__title">{t().who_title}</h2>
            <div class="guide-fix__text" inner_html=nav.frame.html(&check.who_html)></div>
        </div>
        <FaqLinks ids=check.faq.clone()/>
        <div class="guide-actions">
            <button type="button" class="button" data-testid="check-fixed" on:click=move |_| nav.go(&fixed)>
                {t().fixed_button}
            </button>
            <button
                type="button"
                class="button button--secondary"
                data-testid="check-left"
                on:click=move |_| nav.go(&left)
            >
                {t().leave_button}
            </button>
        </div>
    }
}
