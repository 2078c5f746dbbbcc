//! The interactive guide: one question per screen, answers in the URL, Tilbake / Endre / Start på nytt,
//! and an outcome with a summary. The engine (`skattedeling_core::guide`) decides where the person is;
//! these components only show it and send answers back through the URL.

mod choice;
mod connection;
mod feedback;
mod fix;
mod handover;
mod input;
mod outcome;
mod parts;
mod setup;
mod token;

use crate::components::site::{use_navigator, Navigator};
use crate::data;
use crate::texts::{lang, t};
use choice::{ChoiceOption, ChoiceScreen};
use fix::FixScreen;
use handover::HandoverScreen;
use input::InputScreen;
use leptos::prelude::*;
use outcome::OutcomeScreen;
use parts::{AnswersSoFar, GuideHeading};
use setup::SetupScreen;
use skattedeling_core::guide::engine::{CHECK_NO, CHECK_YES, HANDOVER_VIEW};
use skattedeling_core::guide::handover::Handover;
use skattedeling_core::guide::texts::core_texts;
use skattedeling_core::guide::{
    progress, walk, Check, Choice, Flow, GuideState, InputFormat, StepKind, Walk,
};
use skattedeling_core::{links, ui};
use token::TokenScreen;

/// The page a vendor sends the municipality, when `state` asks for it (`vis=kommunen`) and the walk
/// names both parties.
fn handover_page(
    nav: Navigator,
    flow: &'static Flow,
    state: &GuideState,
    walk: &Walk,
) -> Option<AnyView> {
    if state.view.as_deref() != Some(HANDOVER_VIEW) {
        return None;
    }
    let handover = Handover::from_walk(walk)?;
    nav.frame
        .set_title(&t().page_title(&[core_texts(lang()).handover.title, &flow.title]));
    Some(
        view! {
            <div class="guide" data-testid="guide" data-step="vis-kommunen">
                <HandoverScreen flow=flow state=state.clone() handover=handover/>
            </div>
        }
        .into_any(),
    )
}

/// The screen for where `state` puts the person in `flow`: «Tilbake», the step's own screen, the
/// answers so far, and «Start på nytt».
fn screen(nav: Navigator, flow: &'static Flow, state: GuideState) -> AnyView {
    let walk = walk(flow, &state);
    if let Some(page) = handover_page(nav, flow, &state, &walk) {
        return page;
    }
    let step = walk.current;
    nav.frame
        .set_title(&t().page_title(&[step.kind.heading(), &flow.title]));
    let back = back_href(nav, flow, &state, &walk);
    let body = step_screen(flow, &state, &walk);
    // An outcome lists the answers itself, as its reasoning.
    let answers = (!walk.is_finished()).then(|| {
        view! { <AnswersSoFar flow=flow state=state.clone() walk=walk.clone() title=t().answers_title/> }
    });
    view! {
        <div class="guide" data-testid="guide" data-step=step.id.clone()>
            {back.map(|back| view! {
                <p class="guide__nav">
                    <a class="guide__back" href=back data-testid="guide-back">{t().back}</a>
                </p>
            })}
            <p class="guide__caption" data-testid="guide-caption">{flow.title.as_str()}</p>
            {progress(flow, &walk).map(|p| view! {
                <p class="guide__progress" data-testid="guide-progress">{t().progress(p.step, p.of_about)}</p>
            })}
            {body}
            {answers}
            <p class="guide__restart">
                <a href=nav.href(flow, &GuideState::new(&flow.id)) data-testid="guide-restart">
                    {t().restart}
                </a>
            </p>
        </div>
    }
    .into_any()
}

/// Where «Tilbake» goes: the previous step, being changed; on the first screen, the site's list of
/// guides (a widget has no such page, so none).
fn back_href(nav: Navigator, flow: &Flow, state: &GuideState, walk: &Walk) -> Option<String> {
    match walk.previous() {
        Some(previous) => Some(nav.href(flow, &state.editing(&previous.id))),
        None => (!nav.frame.is_widget()).then(|| nav.faq_href(ui::GUIDE_ANCHOR)),
    }
}

/// The current step's own screen, by its kind.
fn step_screen(flow: &'static Flow, state: &GuideState, walk: &Walk<'static>) -> AnyView {
    let step = walk.current;
    let pending = walk.pending.clone();
    match &step.kind {
        StepKind::Question {
            text,
            help_html,
            choices,
        } => question_screen(
            flow,
            state,
            &step.id,
            text,
            help_html.as_deref(),
            choices,
            pending,
        ),
        StepKind::Check { check, .. } => check_screen(flow, state, &step.id, check, pending),
        StepKind::Input {
            text,
            help_html,
            format: InputFormat::Token { .. },
            optional,
            ..
        } => view! {
            <TokenScreen
                flow=flow
                state=state.clone()
                walk=walk.clone()
                step=&step.id
                text=text
                help_html=help_html.as_deref()
                optional=*optional
            />
        }
        .into_any(),
        StepKind::Input {
            text,
            help_html,
            format: InputFormat::TestSetup,
            ..
        } => view! {
            <SetupScreen
                flow=flow
                state=state.clone()
                step=&step.id
                text=text
                help_html=help_html.as_deref()
                pending=pending
            />
        }
        .into_any(),
        StepKind::Input {
            text,
            help_html,
            format,
            optional,
            ..
        } => view! {
            <InputScreen
                flow=flow
                state=state.clone()
                step=&step.id
                text=text
                help_html=help_html.as_deref()
                format=format
                optional=*optional
                pending=pending
            />
        }
        .into_any(),
        StepKind::Outcome {
            title,
            tone,
            body_html,
            faq,
            connection_test,
            sources,
        } => view! {
            <OutcomeScreen
                flow=flow
                step=&step.id
                state=state.clone()
                walk=walk.clone()
                title=title
                tone=*tone
                body_html=body_html
                faq=faq.clone()
                connection_test=connection_test.as_ref()
                sources=sources.as_ref()
            />
        }
        .into_any(),
    }
}

/// A question: its options to choose from.
fn question_screen(
    flow: &'static Flow,
    state: &GuideState,
    step: &'static str,
    text: &'static str,
    help_html: Option<&'static str>,
    choices: &'static [Choice],
    pending: Option<String>,
) -> AnyView {
    let options = choices
        .iter()
        .map(|c| ChoiceOption {
            value: c.value.clone(),
            label: c.label.clone(),
            hint: c.hint.clone(),
        })
        .collect();
    view! {
        <ChoiceScreen
            flow=flow
            state=state.clone()
            step=step
            text=text
            help_html=help_html
            options=options
            pending=pending
        />
    }
    .into_any()
}

/// A check: asked as a yes/no question, or, answered «nei», what to fix.
fn check_screen(
    flow: &'static Flow,
    state: &GuideState,
    step: &'static str,
    check: &'static Check,
    pending: Option<String>,
) -> AnyView {
    if pending.as_deref() == Some(CHECK_NO) {
        return view! { <FixScreen flow=flow state=state.clone() step=step check=check/> }
            .into_any();
    }
    view! {
        <ChoiceScreen
            flow=flow
            state=state.clone()
            step=step
            text=&check.text
            help_html=check.help_html.as_deref()
            options=vec![
                ChoiceOption { value: CHECK_YES.into(), label: t().check_yes.into(), hint: None },
                ChoiceOption { value: CHECK_NO.into(), label: t().check_no.into(), hint: None },
            ]
            pending=pending.filter(|p| p == CHECK_YES || p == CHECK_NO)
        />
    }
    .into_any()
}

/// The guide page: the current screen of the flow the URL names.
#[component]
pub fn GuideApp() -> impl IntoView {
    let nav = use_navigator();
    let guide = &data::guide().guide;
    move || {
        let state = nav.guide_state()?;
        Some(match guide.flow(&state.flow) {
            Some(flow) => screen(nav, flow, state),
            None => {
                let title = t().unknown_flow(&state.flow);
                nav.frame.set_title(&t().page_title(&[&title]));
                view! {
                    <div class="guide" data-testid="guide">
                        <GuideHeading>
                            {title}
                        </GuideHeading>
                        <p>{t().unknown_flow_text}</p>
                        <ul class="guide-list__items">
                            {guide
                                .flows
                                .iter()
                                .map(|f| view! {
                                    <li class="guide-list__item">
                                        <a class="guide-list__link" href=links::flow_start_href(&f.id)>{f.title.as_str()}</a>
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                        <p><a href=nav.faq_href(ui::GUIDE_ANCHOR)>{t().to_faq}</a></p>
                    </div>
                }
                .into_any()
            }
        })
    }
}
