//! A screen with one question and radio options: a flow's question, or a check (ja / nei).

use super::parts::{
    described_by, show_error, ErrorSummary, FieldError, FormActions, GuideHeading, Radio,
};
use crate::components::site::use_navigator;
use crate::texts::t;
use leptos::prelude::*;
use skattedeling_core::guide::{Flow, GuideState};

/// One option as shown.
#[derive(Clone, Debug)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// One question per screen: the question is the page's heading (inside the legend), the options are
/// radios, and «Fortsett» without a choice shows the error summary.
#[component]
pub fn ChoiceScreen(
    flow: &'static Flow,
    state: GuideState,
    /// The step answered here.
    step: &'static str,
    /// The question.
    text: &'static str,
    help_html: Option<&'static str>,
    options: Vec<ChoiceOption>,
    /// The answer it already has (when it is being changed).
    pending: Option<String>,
) -> impl IntoView {
    let nav = use_navigator();
    let selected = RwSignal::new(pending);
    let error = RwSignal::new(None::<String>);
    let first_id = options
        .first()
        .map(|o| format!("svar-{}", o.value))
        .unwrap_or_default();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match selected.get_untracked() {
            Some(value) => nav.show(flow, &state.answered(step, &value)),
            None => show_error(nav.frame, error, t().choose_an_answer.to_string()),
        }
    };
    let described_by = described_by(help_html.is_some(), error, &[]);
    let radios = options
        .into_iter()
        .map(|o| {
            let value = o.value.clone();
            let chosen = value.clone();
            view! {
                <Radio
                    name="svar"
                    id=format!("svar-{}", o.value)
                    value=o.value.clone()
                    label=o.label
                    hint=o.hint
                    testid=format!("option-{}", o.value)
                    checked=Signal::derive(move || selected.get().as_deref() == Some(value.as_str()))
                    on_choose=Callback::new(move |()| selected.set(Some(chosen.clone())))
                />
            }
        })
        .collect_view();
    view! {
        <form class="guide-form" novalidate on:submit=on_submit data-testid="guide-form">
            <ErrorSummary error=error field=first_id/>
            <fieldset
                class="guide-fieldset"
                class:guide-fieldset--error=move || error.get().is_some()
                aria-describedby=described_by
            >
                <legend class="guide-fieldset__legend">
                    <GuideHeading>
                        {text}
                    </GuideHeading>
                </legend>
                {help_html.map(|h| view! { <div class="guide-help" id="svar-hjelp" inner_html=nav.frame.html(h)></div> })}
                <FieldError error=error/>
                <div class="guide-options">{radios}</div>
            </fieldset>
            <FormActions on_skip=None/>
        </form>
    }
}
