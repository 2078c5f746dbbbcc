//! Pieces every guide screen shares: the error summary, the answers so far with «Endre», links to the
//! FAQ, and the links that build the guide's URLs.

use crate::components::site::use_navigator;
use crate::data;
use crate::frame::Frame;
use crate::texts::{lang, t};
use leptos::prelude::*;
use skattedeling_core::guide::summary::answer_lines;
use skattedeling_core::guide::{Flow, GuideState, Walk};
use skattedeling_core::ui;
use skattedeling_core::Sources;

/// The screen's heading, where focus goes when a screen opens: the page's h1 on the site, an h2 in a
/// widget (the host page has its own h1).
#[component]
pub fn GuideHeading(children: Children) -> impl IntoView {
    let id = ui::GUIDE_HEADING_ID;
    if use_navigator().frame.is_widget() {
        view! { <h2 class="guide-heading" id=id tabindex="-1" data-testid="guide-heading">{children()}</h2> }
            .into_any()
    } else {
        view! { <h1 class="guide-heading" id=id tabindex="-1" data-testid="guide-heading">{children()}</h1> }
            .into_any()
    }
}

/// What an outcome rests on: each source a link with what it supports, then the day they were last
/// assessed. The same markup as sitegen writes on the flow's own page (`sources::html`).
#[component]
pub fn SourceList(
    /// The outcome's sources.
    sources: &'static Sources,
) -> impl IntoView {
    view! {
        <div class="sources" data-testid="sources">
            <h2 class="sources__title">{t().sources_title}</h2>
            <ul class="sources__list">
                {sources
                    .items
                    .iter()
                    .map(|s| view! {
                        <li class="sources__item" data-testid="source">
                            <a href=s.url.as_str()>{s.title.as_str()}</a>
                            " – "
                            {s.supports.as_str()}
                        </li>
                    })
                    .collect_view()}
            </ul>
            <p class="sources__assessed">
                {t().sources_assessed}
                " "
                <time datetime=sources.assessed.iso()>{sources.assessed.to_norwegian()}</time>
                "."
            </p>
        </div>
    }
}

/// A message with its `technical terms` (between backticks) set as code.
pub fn coded(message: String) -> impl IntoView {
    message
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                view! { <code>{part.to_string()}</code> }.into_any()
            } else {
                part.to_string().into_any()
            }
        })
        .collect_view()
}

/// The ids that describe a field: its help, its error (while there is one) and any others.
pub fn described_by(
    has_help: bool,
    error: RwSignal<Option<String>>,
    others: &'static [&'static str],
) -> impl Fn() -> Option<String> {
    move || {
        let mut ids = Vec::new();
        if has_help {
            ids.push("svar-hjelp");
        }
        if error.get().is_some() {
            ids.push("svar-feil");
        }
        ids.extend_from_slice(others);
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// «Fortsett», and «Hopp over» when the step may be skipped.
#[component]
pub fn FormActions(
    /// Called on «Hopp over»; `None` when the step must be answered.
    on_skip: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <div class="guide-actions">
            <button type="submit" class="button" data-testid="guide-continue">{t().continue_button}</button>
            {on_skip.map(|skip| view! {
                <button
                    type="button"
                    class="button button--secondary"
                    data-testid="guide-skip"
                    on:click=move |_| skip.run(())
                >
                    {t().skip}
                </button>
            })}
        </div>
    }
}

/// Shows `message` in the error summary and moves focus there.
pub fn show_error(frame: Frame, error: RwSignal<Option<String>>, message: String) {
    error.set(Some(message));
    frame.focus_after_render(ui::ERROR_SUMMARY_ID);
}

/// GOV.UK's error summary: what is wrong, linking to the field; it takes focus when it appears.
#[component]
pub fn ErrorSummary(
    /// The message, when there is one.
    error: RwSignal<Option<String>>,
    /// The id of the field (or first option) the message is about.
    field: String,
) -> impl IntoView {
    let title_id = format!("{}-tittel", ui::ERROR_SUMMARY_ID);
    let frame = use_navigator().frame;
    move || {
        error.get().map(|message| {
            let href = format!("#{field}");
            let field = field.clone();
            let focus_field = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                frame.focus(&field);
            };
            view! {
                <div
                    class="error-summary"
                    id=ui::ERROR_SUMMARY_ID
                    role="alert"
                    tabindex="-1"
                    aria-labelledby=title_id.clone()
                    data-testid="error-summary"
                >
                    <h2 class="error-summary__title" id=title_id.clone()>{t().error_summary_title}</h2>
                    <ul class="error-summary__list">
                        <li>
                            <a href=href on:click=focus_field>{coded(message)}</a>
                        </li>
                    </ul>
                </div>
            }
        })
    }
}

/// The message beside the field itself.
#[component]
pub fn FieldError(
    /// The message, when there is one.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="field-error" id="svar-feil" data-testid="field-error">
                    <span class="visually-hidden">{t().error_prefix}</span>
                    {coded(message)}
                </p>
            }
        })
    }
}

/// The answers so far, each with a link to change it.
#[component]
pub fn AnswersSoFar(
    flow: &'static Flow,
    state: GuideState,
    walk: Walk<'static>,
    /// The heading («Svarene dine», or «Begrunnelse» on an outcome that explains itself).
    title: &'static str,
) -> impl IntoView {
    let lines = answer_lines(&walk.answered, lang());
    let nav = use_navigator();
    (!lines.is_empty()).then(|| {
        view! {
            <section
                class="guide-answers"
                aria-labelledby=nav.frame.landmark_label("svarene-tittel")
                data-testid="answers"
            >
                <h2 class="guide-answers__title" id="svarene-tittel">{title}</h2>
                <dl class="guide-answers__list">
                    {lines
                        .into_iter()
                        .map(|line| {
                            let href = nav.href(flow, &state.editing(&line.step));
                            view! {
                                <div class="guide-answers__row" data-testid="answer-row">
                                    <dt class="guide-answers__question">{line.question.clone()}</dt>
                                    <dd class="guide-answers__answer" data-testid="answer-value">{line.answer}</dd>
                                    <dd class="guide-answers__change">
                                        <a href=href data-testid=format!("change-{}", line.step)>
                                            {t().change}
                                            <span class="visually-hidden">
                                                {skattedeling_core::texts::fill(t().change_answer, &[("question", &line.question)])}
                                            </span>
                                        </a>
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        }
    })
}

/// Links to the FAQ answers a step or outcome cites.
#[component]
pub fn FaqLinks(ids: Vec<String>) -> impl IntoView {
    let faq = data::guide();
    let nav = use_navigator();
    let links: Vec<_> = ids
        .iter()
        .filter_map(|id| faq.faq_question(id))
        .map(|q| {
            view! {
                <li>
                    <a href=nav.faq_href(&q.id) data-testid="faq-link">{q.title.as_str()}</a>
                </li>
            }
        })
        .collect();
    (!links.is_empty()).then(|| {
        view! {
            <div class="guide-faq">
                <h2 class="guide-faq__title">{t().read_more}</h2>
                <ul class="guide-faq__list">{links}</ul>
            </div>
        }
    })
}

/// One radio option: the input, its label and, if given, a hint under it. The guide's questions and
/// the connection test's environments are both made of these.
#[component]
pub fn Radio(
    /// The group's `name`.
    name: &'static str,
    /// The input's id (the label points at it).
    id: String,
    /// The value the input carries.
    value: String,
    /// What the person reads and picks.
    label: String,
    /// A line under the label, if any.
    #[prop(optional_no_strip)]
    hint: Option<String>,
    /// For the tests.
    testid: String,
    /// Whether this option is the chosen one.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when the person chooses this option.
    on_choose: Callback<()>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="guide-option">
            <input
                class="guide-option__input"
                type="radio"
                name=name
                id=id.clone()
                value=value
                aria-describedby=hint.as_ref().map(|_| hint_id.clone())
                data-testid=testid
                prop:checked=move || checked.get()
                on:change=move |_| on_choose.run(())
            />
            <label class="guide-option__label" for=id>{label}</label>
            {hint.map(|h| view! { <p class="guide-option__hint" id=hint_id>{h}</p> })}
        </div>
    }
}

/// A button that copies `text`, with a status line that says whether it worked (and what to do
/// when the browser does not let us).
#[component]
pub fn CopyButton(
    /// What is copied, read when the button is pressed.
    #[prop(into)]
    text: Signal<String>,
    /// The button's words.
    label: &'static str,
    /// Said when the text is copied.
    copied: &'static str,
    /// Said when the browser did not let us copy.
    not_copied: &'static str,
    /// For the tests: the button's `data-testid`; its status line gets `-status` added.
    testid: &'static str,
    /// A secondary button.
    #[prop(optional)]
    secondary: bool,
) -> impl IntoView {
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            outcome.try_set(Some(crate::browser::copy_to_clipboard(&text).await));
        });
    };
    let class = if secondary {
        "button button--secondary"
    } else {
        "button"
    };
    view! {
        <div class="copy">
            <button type="button" class=class data-testid=testid on:click=copy>{label}</button>
            <p class="copy__status" role="status" data-testid=format!("{testid}-status")>
                {move || match outcome.get() {
                    Some(true) => copied,
                    Some(false) => not_copied,
                    None => "",
                }}
            </p>
        </div>
    }
}
