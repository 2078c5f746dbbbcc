//! Search results, best first, with the matching words marked; and what to do when there are none.

use super::question::marked_text;
use super::QuestionCard;
use crate::data;
use leptos::prelude::*;
use skattedeling_core::search::snippet;
use skattedeling_core::support::{support_mailto, SUPPORT_EMAIL};
use skattedeling_core::{ui, Audience, Hit};
use std::collections::BTreeSet;

/// Results beyond this many are not shown; the status line still counts them.
const MAX_SHOWN: usize = 50;
/// Length of the answer excerpt under a closed result.
const SNIPPET_CHARS: usize = 160;

/// The ranked questions that match, each with a marked title and, while closed, a marked excerpt.
#[component]
pub fn Results(
    /// Ranked hits from the search index.
    hits: Vec<Hit>,
    /// Ids of the open answers.
    open: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    let faq = &data::site().faq;
    let items = hits
        .into_iter()
        .take(MAX_SHOWN)
        .map(|hit| {
            let question = &faq.questions[hit.doc];
            let id = question.id.as_str();
            let excerpt = marked_text(snippet(&question.answer_text, &hit.terms, SNIPPET_CHARS));
            view! {
                <li class="result">
                    <QuestionCard question=question open=open marked=hit.terms/>
                    <p
                        class="result__snippet"
                        data-testid="snippet"
                        hidden=move || open.with(|o| o.contains(id))
                    >
                        {excerpt}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="visually-hidden">{ui::RESULTS_TITLE}</h2>
        <ol class="results" data-testid="results">{items}</ol>
    }
}

/// An empty search: say so, and offer the way forward (the guide) and the support e-mail.
#[component]
pub fn NoResults(
    /// What was searched for.
    query: String,
    /// The audience filter in force.
    audience: Option<Audience>,
) -> impl IntoView {
    let mail = support_mailto(&query, audience);
    view! {
        <div class="no-results" data-testid="no-results">
            <h2 class="no-results__title">{ui::no_results_title(&query)}</h2>
            <p>{ui::NO_RESULTS_TEXT}</p>
            <ul class="no-results__options">
                <li>
                    <a href=ui::guide_href(ui::MAIN_FLOW) data-testid="no-results-guide">
                        {ui::GUIDE_LINK}
                    </a>
                </li>
                <li>
                    <a href=mail data-testid="no-results-mail">
                        {format!("Send spørsmålet ditt til {SUPPORT_EMAIL}")}
                    </a>
                </li>
            </ul>
        </div>
    }
}
