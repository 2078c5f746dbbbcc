//! A screen where the person types a value: an organisation number (checked digit by digit as it is
//! typed), a Maskinporten scope (compared with the right one, near misses named) or an error code
//! (typed or picked, in any spelling; one that leads to no check says how to go on).

use super::parts::{
    coded, described_by, show_error, ErrorSummary, FieldError, FormActions, GuideHeading,
};
use crate::components::site::use_navigator;
use crate::data;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::guide::engine::{input_value, read_error_code, CodeProblem, SKIPPED};
use skattedeling_core::guide::{scope, Flow, GuideState, InputFormat};
use skattedeling_core::links::Target;
use skattedeling_core::{orgnr, ui, OrgNumber};

/// The feedback under the field while typing: `(is_ok, message)`, or nothing yet.
fn typing_feedback(format: &InputFormat, text: &str) -> Option<(bool, String)> {
    match format {
        InputFormat::OrgNumber => match orgnr::typing_feedback(text)? {
            Ok(n) => Some((
                true,
                skattedeling_core::texts::fill(t().valid_org_number, &[("number", &n.grouped())]),
            )),
            Err(e) => Some((false, e.message(lang()))),
        },
        InputFormat::Scope => {
            let m = scope::compare(text);
            if m.is_right() {
                Some((true, t().scope_right.to_string()))
            } else if text.trim().len() >= 10 {
                m.message(lang()).map(|message| (false, message))
            } else {
                None
            }
        }
        InputFormat::ErrorCode { routes } => read_error_code(routes, &data::guide().codes, text)
            .ok()
            .map(|code| (true, format!("{} {code}", t().code_known))),
        InputFormat::Token { .. } | InputFormat::TestSetup => None,
    }
}

/// What was typed as the answer to keep, or the message; for an error code also why it leads nowhere.
fn answer(format: &InputFormat, typed: &str) -> Result<String, (String, Option<CodeProblem>)> {
    match format {
        InputFormat::ErrorCode { routes } => read_error_code(routes, &data::guide().codes, typed)
            .map_err(|p| (p.message(lang()), Some(p))),
        _ => input_value(format, typed, lang()).map_err(|m| (m, None)),
    }
}

/// Under an error code that leads to no check: its entry in the catalogue (or the catalogue), and
/// the checks from the start.
#[component]
fn CodeWayOn(flow: &'static Flow, state: GuideState, problem: CodeProblem) -> impl IntoView {
    let nav = use_navigator();
    let catalogue = match &problem {
        CodeProblem::NoCheck(code) => view! {
            <a href=nav.frame.href(Target::Code(code)) data-testid="code-entry">
                {t().code_see_entry} " " {code.clone()}
            </a>
        }
        .into_any(),
        _ => view! {
            <a href=nav.faq_href(ui::CODES_SECTION_ID) data-testid="code-catalogue">{t().code_see_catalogue}</a>
        }
        .into_any(),
    };
    view! {
        <div class="guide-help" data-testid="code-way-on">
            <p><strong>{t().code_way_on_title}</strong></p>
            <ul>
                <li>{catalogue}</li>
                <li>
                    <a href=nav.href(flow, &state.editing(&flow.start)) data-testid="code-walk-checks">
                        {t().code_walk_checks}
                    </a>
                </li>
            </ul>
        </div>
    }
}

/// How a kept answer is shown back in the field.
fn shown_value(format: &InputFormat, value: &str) -> String {
    match format {
        InputFormat::OrgNumber => {
            OrgNumber::parse(value).map_or_else(|_| value.to_string(), |n| n.grouped())
        }
        _ => value.to_string(),
    }
}

/// What is typed, judged as it is typed (`feedback`: whether it is fine, and what to say), unless
/// the error of the last «Fortsett» stands.
#[component]
fn TypingFeedback(
    feedback: Memo<Option<(bool, String)>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="guide-feedback" id="svar-tilbakemelding" aria-live="polite" data-testid="input-feedback">
            {move || {
                feedback
                    .get()
                    .filter(|_| error.get().is_none())
                    .map(|(ok, message)| {
                        view! {
                            <span class=if ok { "guide-feedback__ok" } else { "guide-feedback__problem" }>
                                {coded(message)}
                            </span>
                        }
                    })
            }}
        </p>
    }
}

/// The text field, and for an error code the codes the guide knows, to pick one as well as type it.
#[component]
fn AnswerField(
    format: &'static InputFormat,
    /// Whether the screen has a help text the field is described by.
    has_help: bool,
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
    on_input: Callback<String>,
) -> impl IntoView {
    let codes = match format {
        InputFormat::ErrorCode { routes } => Some(routes),
        _ => None,
    };
    let described_by = described_by(has_help, error, &["svar-tilbakemelding"]);
    let is_number = matches!(format, InputFormat::OrgNumber);
    view! {
        <input
            class="guide-input"
            class:guide-input--number=is_number
            id=ui::GUIDE_FIELD_ID
            name="svar"
            type="text"
            inputmode=is_number.then_some("numeric")
            autocomplete="off"
            spellcheck="false"
            aria-describedby=described_by
            aria-invalid=move || error.get().is_some().then_some("true")
            data-testid="guide-input"
            list=codes.map(|_| ui::CODE_LIST_ID)
            prop:value=move || value.get()
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
        {codes.map(|routes| view! {
            <datalist id=ui::CODE_LIST_ID>
                {routes.iter().map(|r| view! { <option value=r.code.as_str()></option> }).collect_view()}
            </datalist>
        })}
    }
}

/// One text field whose label is the page's heading.
#[component]
pub fn InputScreen(
    flow: &'static Flow,
    state: GuideState,
    step: &'static str,
    /// The question.
    text: &'static str,
    help_html: Option<&'static str>,
    format: &'static InputFormat,
    optional: bool,
    /// The answer it already has (when it is being changed).
    pending: Option<String>,
) -> impl IntoView {
    let nav = use_navigator();
    let start = pending
        .filter(|p| p != SKIPPED)
        .map(|p| shown_value(format, &p))
        .or_else(|| nav.frame.draft(&flow.id, step))
        .unwrap_or_default();
    let value = RwSignal::new(start);
    let error = RwSignal::new(None::<String>);
    let code_problem = RwSignal::new(None::<CodeProblem>);
    let feedback = Memo::new(move |_| typing_feedback(format, &value.get()));
    let on_input = Callback::new(move |text: String| {
        nav.frame.keep_draft(&flow.id, step, &text);
        value.set(text);
        // Typing again: the live feedback takes over from the error of the last «Fortsett».
        error.set(None);
        code_problem.set(None);
    });
    let on_submit = {
        let state = state.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match answer(format, &value.get_untracked()) {
                Ok(answer) => {
                    nav.frame.keep_draft(&flow.id, step, "");
                    nav.show(flow, &state.answered(step, &answer));
                }
                Err((message, problem)) => {
                    code_problem.set(problem);
                    show_error(nav.frame, error, message);
                }
            }
        }
    };
    let way_on = {
        let state = state.clone();
        move || {
            code_problem
                .get()
                .filter(|p| *p != CodeProblem::Empty)
                .map(|problem| view! { <CodeWayOn flow=flow state=state.clone() problem=problem/> })
        }
    };
    let on_skip = optional.then(|| {
        Callback::new(move |()| {
            nav.frame.keep_draft(&flow.id, step, "");
            nav.show(flow, &state.answered(step, SKIPPED));
        })
    });
    view! {
        <form class="guide-form" novalidate on:submit=on_submit data-testid="guide-form">
            <ErrorSummary error=error field=ui::GUIDE_FIELD_ID.to_string()/>
            <div class="guide-field" class:guide-field--error=move || error.get().is_some()>
                <GuideHeading>
                    <label for=ui::GUIDE_FIELD_ID>{text}</label>
                </GuideHeading>
                {help_html.map(|h| view! { <div class="guide-help" id="svar-hjelp" inner_html=nav.frame.html(h)></div> })}
                <FieldError error=error/>
                <AnswerField format=format has_help=help_html.is_some() value=value error=error on_input=on_input/>
                <TypingFeedback feedback=feedback error=error/>
            </div>
            {way_on}
            <FormActions on_skip=on_skip/>
        </form>
    }
}
