//! The page a vendor sends the municipality it connects (`vis=kommunen`): what the municipality
//! must do in Altinn with both organisation numbers filled in, the service's exact name and who
//! can do it — to print or copy — and, on the outcome, the link that opens it.

use super::parts::{CopyButton, GuideHeading};
use crate::browser;
use crate::components::site::use_navigator;
use leptos::prelude::*;
use skattedeling_core::connection::codes::ALTINN_SERVICE;
use skattedeling_core::guide::engine::HANDOVER_VIEW;
use skattedeling_core::guide::handover::{
    Handover, HANDOVER_MAIN_ENTITY, HANDOVER_TITLE, HANDOVER_WHO,
};
use skattedeling_core::guide::{Flow, GuideState};
use skattedeling_core::ui;

/// `href` as a whole address, to send to someone else.
pub fn absolute(href: &str) -> String {
    web_sys::Url::new_with_base(href, &browser::current_url())
        .map(|u| u.href())
        .unwrap_or_else(|_| href.to_string())
}

/// The handover page itself.
#[component]
pub fn HandoverScreen(flow: &'static Flow, state: GuideState, handover: Handover) -> impl IntoView {
    let nav = use_navigator();
    let link = absolute(&nav.href(flow, &state));
    let text = handover.text(&link);
    let back = nav.href(
        flow,
        &GuideState {
            view: None,
            ..state
        },
    );
    let steps = handover
        .steps()
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    view! {
        <div class="handover" data-testid="handover">
            <GuideHeading>{HANDOVER_TITLE}</GuideHeading>
            <p>{ui::HANDOVER_LEAD}</p>
            <dl class="handover__parties" data-testid="handover-parties">
                <dt>{ui::TEST_MUNICIPALITY}</dt>
                <dd>{handover.municipality.grouped()}</dd>
                <dt>{ui::TEST_VENDOR}</dt>
                <dd>{handover.vendor.grouped()}</dd>
                <dt>{ui::HANDOVER_SERVICE}</dt>
                <dd>{ALTINN_SERVICE}</dd>
            </dl>
            <h2 class="handover__title">{ui::HANDOVER_STEPS}</h2>
            <ol class="handover__steps" data-testid="handover-steps">{steps}</ol>
            <h2 class="handover__title">{ui::WHO_TITLE}</h2>
            <p data-testid="handover-who">{HANDOVER_WHO}</p>
            <p>{HANDOVER_MAIN_ENTITY}</p>
            <p class="guide-print-address">{ui::PAGE_ADDRESS} " " {link}</p>
            <div class="guide-actions">
                <CopyButton
                    text=Signal::derive(move || text.clone())
                    label=ui::HANDOVER_COPY
                    copied=ui::HANDOVER_COPIED
                    not_copied=ui::SUMMARY_NOT_COPIED
                    testid="handover-copy"
                />
                <button type="button" class="button button--secondary" data-testid="handover-print" on:click=|_| browser::print()>
                    {ui::PRINT}
                </button>
            </div>
            <p class="guide__restart"><a href=back data-testid="handover-back">{ui::HANDOVER_BACK}</a></p>
        </div>
    }
}

/// On the outcome: the link to send the municipality, to open or copy.
#[component]
pub fn HandoverOffer(flow: &'static Flow, state: GuideState) -> impl IntoView {
    let nav = use_navigator();
    let href = nav.href(flow, &state.viewed_as(HANDOVER_VIEW));
    let whole = absolute(&href);
    view! {
        <section class="guide-handover" data-testid="handover-offer" aria-labelledby=nav.frame.landmark_label("til-kommunen-tittel")>
            <h2 class="guide-handover__title" id="til-kommunen-tittel">{ui::HANDOVER_OFFER_TITLE}</h2>
            <p>{ui::HANDOVER_OFFER_TEXT}</p>
            <p><a href=href data-testid="handover-link">{ui::HANDOVER_OPEN}</a></p>
            <div class="guide-actions">
                <CopyButton
                    text=Signal::derive(move || whole.clone())
                    label=ui::HANDOVER_COPY_LINK
                    copied=ui::LINK_COPIED
                    not_copied=ui::HANDOVER_LINK_NOT_COPIED
                    testid="handover-copy-link"
                    secondary=true
                />
            </div>
        </section>
    }
}
