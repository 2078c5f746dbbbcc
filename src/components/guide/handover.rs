//! The page a vendor sends the municipality it connects (`vis=kommunen`): what the municipality
//! must do in Altinn with both organisation numbers filled in, the service's exact name and who
//! can do it — to print or copy — and, on the outcome, the link that opens it.

use super::parts::{CopyButton, GuideHeading};
use crate::browser;
use crate::components::site::use_navigator;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::connection::codes::ALTINN_SERVICE;
use skattedeling_core::guide::engine::HANDOVER_VIEW;
use skattedeling_core::guide::handover::Handover;
use skattedeling_core::guide::texts::core_texts;
use skattedeling_core::guide::{Flow, GuideState};

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
    let words = &core_texts(lang()).handover;
    let text = handover.text(&link, lang());
    let back = nav.href(
        flow,
        &GuideState {
            view: None,
            ..state
        },
    );
    let steps = handover
        .steps(lang())
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    view! {
        <div class="handover" data-testid="handover">
            <GuideHeading>{words.title}</GuideHeading>
            <p>{t().handover_lead}</p>
            <dl class="handover__parties" data-testid="handover-parties">
                <dt>{t().test_municipality}</dt>
                <dd>{handover.municipality.grouped()}</dd>
                <dt>{t().test_vendor}</dt>
                <dd>{handover.vendor.grouped()}</dd>
                <dt>{t().handover_service}</dt>
                <dd>{ALTINN_SERVICE}</dd>
            </dl>
            <h2 class="handover__title">{t().handover_steps}</h2>
            <ol class="handover__steps" data-testid="handover-steps">{steps}</ol>
            <h2 class="handover__title">{t().who_title}</h2>
            <p data-testid="handover-who">{words.who}</p>
            <p>{words.main_entity}</p>
            <p class="guide-print-address">{t().page_address} " " {link}</p>
            <div class="guide-actions">
                <CopyButton
                    text=Signal::derive(move || text.clone())
                    label=t().handover_copy
                    copied=t().handover_copied
                    not_copied=t().summary_not_copied
                    testid="handover-copy"
                />
                <button type="button" class="button button--secondary" data-testid="handover-print" on:click=|_| browser::print()>
                    {t().print}
                </button>
            </div>
            <p class="guide__restart"><a href=back data-testid="handover-back">{t().handover_back}</a></p>
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
            <h2 class="guide-handover__title" id="til-kommunen-tittel">{t().handover_offer_title}</h2>
            <p>{t().handover_offer_text}</p>
            <p><a href=href data-testid="handover-link">{t().handover_open}</a></p>
            <div class="guide-actions">
                <CopyButton
                    text=Signal::derive(move || whole.clone())
                    label=t().handover_copy_link
                    copied=t().link_copied
                    not_copied=t().handover_link_not_copied
                    testid="handover-copy-link"
                    secondary=true
                />
            </div>
        </section>
    }
}
