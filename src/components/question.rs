//! One question: a `<details>` that opens to the answer, with its date, audiences and link.

use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use skattedeling_core::search::{highlight, Segment};
use skattedeling_core::{ui, Question};
use std::collections::BTreeSet;
use std::time::Duration;

/// How long "Lenken er kopiert" stays.
const COPIED_NOTICE: Duration = Duration::from_secs(5);

/// Text with the words a search matched in `<mark>`.
pub fn marked_text(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.marked {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}

/// A question that expands to its answer. Its open state lives in `open`, shared with "Vis alle svar".
#[component]
pub fn QuestionCard(
    /// The question shown.
    question: &'static Question,
    /// Ids of the open answers.
    open: RwSignal<BTreeSet<String>>,
    /// Index keys to mark in the title (from a search); none outside a search.
    #[prop(optional)]
    marked: Vec<String>,
) -> impl IntoView {
    let id = question.id.as_str();
    let is_open = move || open.with(|o| o.contains(id));
    let on_toggle = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if now != open.with_untracked(|o| o.contains(id)) {
            open.update(|o| {
                if now {
                    o.insert(id.to_string());
                } else {
                    o.remove(id);
                }
            });
        }
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let link = browser::permalink(id);
        spawn_local(async move {
            let ok = browser::copy_to_clipboard(&link).await;
            copied.set(Some(ok));
            set_timeout(move || copied.set(None), COPIED_NOTICE);
        });
    };
    let title = marked_text(highlight(&question.title, &marked));
    view! {
        <details
            class="question"
            id=id
            data-testid="question"
            prop:open=is_open
            on:toggle=on_toggle
        >
            <summary class="question__summary">
                <h3 class="question__title" data-testid="question-title">{title}</h3>
            </summary>
            <div class="answer">
                <div class="answer__body" inner_html=question.answer_html.as_str()></div>
                <div class="answer__meta">
                    <p class="answer__facts">
                        {ui::UPDATED}
                        " "
                        <time datetime=question.updated.iso()>{question.updated.to_norwegian()}</time>
                        " · "
                        {ui::audience_line(&question.audiences)}
                    </p>
                    <p class="answer__actions">
                        <a class="answer__permalink" href=format!("#{id}")>{ui::PERMALINK}</a>
                        <button
                            type="button"
                            class="answer__copy js-only"
                            data-testid="copy-link"
                            on:click=copy
                        >
                            {ui::COPY_LINK}
                        </button>
                        <span class="answer__copied" role="status" data-testid="copy-status">
                            {move || match copied.get() {
                                Some(true) => ui::LINK_COPIED,
                                Some(false) => ui::LINK_NOT_COPIED,
                                None => "",
                            }}
                        </span>
                    </p>
                </div>
            </div>
        </details>
    }
}
