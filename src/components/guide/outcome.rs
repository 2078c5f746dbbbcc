//! Where a flow ends: the answer, what was not in order, the reasoning (the answers given), the FAQ,
//! and a summary to copy, print or send to KS.

use super::connection::ConnectionTestPanel;
use super::feedback::OutcomeFeedback;
use super::handover::HandoverOffer;
use super::parts::{AnswersSoFar, CopyButton, FaqLinks, GuideHeading, SourceList};
use crate::browser;
use crate::components::site::{use_navigator, Navigator};
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::connection::TestSummary;
use skattedeling_core::guide::handover::Handover;
use skattedeling_core::guide::summary::{
    failures, summary_mailto, summary_subject, summary_text, Failure,
};
use skattedeling_core::guide::{ConnectionTest, Flow, GuideState, Tone, Walk};
use skattedeling_core::Sources;

/// An outcome with its summary.
#[component]
pub fn OutcomeScreen(
    flow: &'static Flow,
    step: &'static str,
    state: GuideState,
    walk: Walk<'static>,
    title: &'static str,
    tone: Tone,
    body_html: &'static str,
    faq: Vec<String>,
    connection_test: Option<&'static ConnectionTest>,
    sources: Option<&'static Sources>,
) -> impl IntoView {
    let nav = use_navigator();
    let link = summary_link(nav, flow, &state);
    // The connection test's result joins the summary when a test has run.
    let tested = RwSignal::new(None::<TestSummary>);
    let handover = Handover::from_walk(&walk)
        .map(|_| view! { <HandoverOffer flow=flow state=state.clone()/> });
    let panel = connection_test.map(|spec| {
        view! {
            <ConnectionTestPanel flow=flow state=state.clone() walk=walk.clone() spec=spec summary=tested/>
        }
    });
    let answers_title = if flow.note_html.is_some() {
        t().reasoning_title
    } else {
        t().answers_title
    };
    view! {
        <div class=format!("guide-outcome guide-outcome--{}", tone.class()) data-testid="outcome">
            <GuideHeading>
                {title}
            </GuideHeading>
            <div class="guide-outcome__body" inner_html=nav.frame.html(body_html)></div>
            {sources.map(|s| view! { <SourceList sources=s/> })}
            <OutcomeFeedback flow=&flow.id step=step title=title body_html=body_html/>
        </div>
        <Failures flow=flow state=state.clone() walk=walk.clone()/>
        {handover}
        {panel}
        {flow.note_html.as_deref().map(|n| view! { <div class="guide-note" data-testid="guide-note" inner_html=nav.frame.html(n)></div> })}
        <AnswersSoFar flow=flow state=state walk=walk.clone() title=answers_title/>
        <FaqLinks ids=faq/>
        <OutcomeSummary flow=flow walk=walk link=link.clone() tested=tested/>
        <p class="guide-print-address" data-testid="print-address">{t().page_address} " " {link}</p>
    }
}

/// The link a reader of the summary opens: this place in the guide, on the site.
fn summary_link(nav: Navigator, flow: &Flow, state: &GuideState) -> String {
    if nav.frame.is_widget() {
        nav.href(flow, state)
    } else {
        browser::current_url()
    }
}

/// The checks that were not in order, then those put right on the way.
#[component]
fn Failures(flow: &'static Flow, state: GuideState, walk: Walk<'static>) -> impl IntoView {
    let (fixed, unfixed): (Vec<_>, Vec<_>) =
        failures(&walk.answered).into_iter().partition(|f| f.fixed);
    view! {
        <FailureList flow=flow state=state.clone() items=unfixed title=t().failures_title testid="failures" lead=t().failures_lead/>
        <FailureList flow=flow state=state items=fixed title=t().fixed_on_the_way testid="fixed"/>
    }
}

/// The outcome in words to copy, print or send to KS, with the connection test's result once a
/// test has run (`tested`).
#[component]
fn OutcomeSummary(
    flow: &'static Flow,
    walk: Walk<'static>,
    /// This place in the guide (see [`summary_link`]).
    link: String,
    tested: RwSignal<Option<TestSummary>>,
) -> impl IntoView {
    let nav = use_navigator();
    let text = {
        let walk = walk.clone();
        Memo::new(move |_| summary_text(flow, &walk, &link, tested.get().as_ref(), lang()))
    };
    let subject = Memo::new(move |_| summary_subject(flow, &walk, tested.get().as_ref(), lang()));
    let mail = Memo::new(move |_| summary_mailto(&subject.get(), &text.get(), lang()));
    view! {
        <section
            class="guide-summary"
            aria-labelledby=nav.frame.landmark_label("sammendrag-tittel")
            data-testid="summary"
        >
            <h2 class="guide-summary__title" id="sammendrag-tittel">{t().summary_title}</h2>
            <pre class="guide-summary__text" data-testid="summary-text">{move || text.get()}</pre>
            <div class="guide-actions">
                <CopyButton
                    text=text
                    label=t().copy_summary
                    copied=t().summary_copied
                    not_copied=t().summary_not_copied
                    testid="summary-copy"
                />
                <button
                    type="button"
                    class="button button--secondary"
                    data-testid="summary-print"
                    on:click=|_| browser::print()
                >
                    {t().print}
                </button>
                <a class="button button--secondary" href=move || mail.get() data-testid="summary-mail">{t().send_summary}</a>
            </div>
        </section>
    }
}

/// Checks that were not in order (or were put right on the way), each with «Endre».
#[component]
fn FailureList(
    flow: &'static Flow,
    state: GuideState,
    items: Vec<Failure>,
    title: &'static str,
    /// For the tests.
    testid: &'static str,
    /// A line under the heading.
    #[prop(optional)]
    lead: Option<&'static str>,
) -> impl IntoView {
    let nav = use_navigator();
    (!items.is_empty()).then(|| {
        let rows = items
            .into_iter()
            .map(|f| {
                let href = nav.href(flow, &state.editing(&f.step));
                view! {
                    <li data-testid="failure">
                        {f.text}
                        " "
                        <a class="guide-failures__change" href=href>
                            {t().change}
                            <span class="visually-hidden">{t().change_outcome_answer}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="guide-failures" data-testid=testid>
                <h2 class="guide-failures__title">{title}</h2>
                {lead.map(|l| view! { <p>{l}</p> })}
                <ul class="guide-failures__list">{rows}</ul>
            </div>
        }
    })
}
