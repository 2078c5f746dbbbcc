//! The FAQ page as a whole: the guide's flows, search state in the URL, which answers are open, deep
//! links, printing.

use super::{Contact, GuideList, NoResults, QuestionCard, Results, SearchForm, Timeline};
use crate::{browser, data};
use leptos::ev;
use leptos::prelude::*;
use skattedeling_core::{ui, Audience, Faq};
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// What the app starts from: the URL, plus whatever the person did on the static page before the app
/// arrived.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Initial {
    pub query: String,
    pub audience: Option<Audience>,
    /// Ids of the answers that are open.
    pub open: BTreeSet<String>,
}

impl Initial {
    /// Reads the address bar and what this tab remembers (when the FAQ is shown again after the guide).
    pub fn from_url() -> Initial {
        let (query, audience) = browser::url_search_state();
        Initial {
            query,
            audience,
            open: browser::remembered_open_answers().into_iter().collect(),
        }
    }

    /// Reads the static page under `root`, the address bar and what this tab remembers. Text typed
    /// into the static search box wins over `?q=`, an audience picked there over `?for=`; answers
    /// opened on the static page or before a reload are open.
    pub fn from_page(root: &web_sys::Element) -> Initial {
        let Initial {
            query: url_query,
            audience: url_audience,
            mut open,
        } = Initial::from_url();
        let typed = root
            .query_selector("input[name=q]")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .filter(|v| !v.trim().is_empty());
        let picked = root
            .query_selector("input[name=for]:checked")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| Audience::from_tag(&i.value()));
        if let Ok(list) = root.query_selector_all("details[open]") {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    open.insert(el.id());
                }
            }
        }
        Initial {
            query: typed.unwrap_or(url_query),
            audience: picked.or(url_audience),
            open,
        }
    }
}

/// Whether question `id` is on screen with this search and audience.
fn is_shown(
    faq: &Faq,
    hits: &Option<Vec<skattedeling_core::Hit>>,
    audience: Option<Audience>,
    id: &str,
) -> bool {
    let Some(q) = faq.question(id) else {
        return false;
    };
    match hits {
        Some(hits) => hits.iter().any(|h| faq.questions[h.doc].id == id),
        None => q.is_for(audience),
    }
}

/// The FAQ page: search, audience filter, open/close all, the sections or the results, and contact.
#[component]
pub fn FaqApp(
    /// Where to start (see [`Initial::from_page`]).
    initial: Initial,
) -> impl IntoView {
    let site = data::site();
    let faq = &site.faq;
    let query = RwSignal::new(initial.query);
    let audience = RwSignal::new(initial.audience);
    let open = RwSignal::new(initial.open);
    let today = browser::today();

    let hits = Memo::new(move |_| {
        let q = query.get();
        let a = audience.get();
        (!q.trim().is_empty()).then(|| site.index.search(&q, |d| faq.questions[d].is_for(a)))
    });
    let shown_ids = Memo::new(move |_| match hits.get() {
        Some(hits) => hits
            .iter()
            .map(|h| faq.questions[h.doc].id.clone())
            .collect::<Vec<_>>(),
        None => {
            let a = audience.get();
            faq.questions
                .iter()
                .filter(|q| q.is_for(a))
                .map(|q| q.id.clone())
                .collect()
        }
    });

    Effect::new(move |_| browser::replace_search_state(&query.get(), audience.get()));
    Effect::new(move |_| open.with(|o| browser::remember_open_answers(o.iter())));

    // Shows whatever `#id` points at: opens a question, and clears a search or filter that hides it.
    let go_to = move |id: String| {
        let is_question = faq.question(&id).is_some();
        // Sections and the timeline give way to the results of a search; the page's own landmarks
        // (the skip link's `#innhold`, the guide, the contact block) are always there.
        let in_sections = faq.section(&id).is_some() || id == ui::TIMELINE_ANCHOR;
        let hidden = if is_question {
            !is_shown(faq, &hits.get_untracked(), audience.get_untracked(), &id)
        } else {
            in_sections
                && (!query.get_untracked().trim().is_empty() || audience.get_untracked().is_some())
        };
        if hidden {
            query.set(String::new());
            audience.set(None);
            // Now, not in the effect: following a `#link` fires `popstate`, which reads the URL.
            browser::replace_search_state("", None);
        }
        if is_question {
            open.update(|o| {
                o.insert(id.clone());
            });
        }
        browser::reveal(&id);
    };
    if let Some(id) = browser::url_fragment() {
        go_to(id);
    }

    let on_hash = window_event_listener(ev::hashchange, move |_| {
        if let Some(id) = browser::url_fragment() {
            go_to(id);
        }
    });
    let on_history = window_event_listener(ev::popstate, move |_| {
        let (q, a) = browser::url_search_state();
        query.set(q);
        audience.set(a);
    });
    // Printing shows every answer; afterwards the page is as it was.
    let before_print = StoredValue::new(None::<BTreeSet<String>>);
    let on_before_print = window_event_listener(ev::beforeprint, move |_| {
        before_print.set_value(Some(open.get_untracked()));
        open.set(faq.questions.iter().map(|q| q.id.clone()).collect());
    });
    let on_after_print = window_event_listener(ev::afterprint, move |_| {
        if let Some(previous) = before_print.try_update_value(Option::take).flatten() {
            open.set(previous);
        }
    });
    on_cleanup(move || {
        on_hash.remove();
        on_history.remove();
        on_before_print.remove();
        on_after_print.remove();
    });

    let sections = move || {
        let a = audience.get();
        faq.sections
            .iter()
            .filter(move |s| faq.questions_in(&s.id).any(|q| q.is_for(a)))
            .map(|s| {
                let title_id = format!("{}-tittel", s.id);
                let labelled_by = title_id.clone();
                view! {
                    <section class="faq-section" id=s.id.as_str() aria-labelledby=labelled_by>
                        <h2 class="faq-section__title" id=title_id>{s.title.as_str()}</h2>
                        {s.shows_timeline.then(|| view! { <Timeline events=&faq.timeline today=today/> })}
                        {faq.questions_in(&s.id)
                            .filter(|q| q.is_for(a))
                            .map(|q| view! { <QuestionCard question=q open=open/> })
                            .collect_view()}
                    </section>
                }
            })
            .collect_view()
    };

    browser::set_title(&ui::page_title(&[ui::FAQ_TITLE]));

    view! {
        <h1 class="page-title">{ui::FAQ_TITLE}</h1>
        <p class="lead">{ui::FAQ_LEAD}</p>
        <GuideList/>
        <SearchForm query=query audience=audience/>
        <div class="toolbar js-only">
            <p class="toolbar__status" id="sok-status" role="status" data-testid="search-status">
                {move || ui::status_line(shown_ids.with(Vec::len), &query.get(), audience.get())}
            </p>
            <div class="toolbar__actions">
                <button
                    type="button"
                    class="toolbar__button"
                    data-testid="open-all"
                    on:click=move |_| open.set(shown_ids.get().into_iter().collect())
                >
                    {ui::OPEN_ALL}
                </button>
                <button
                    type="button"
                    class="toolbar__button"
                    data-testid="close-all"
                    on:click=move |_| open.set(BTreeSet::new())
                >
                    {ui::CLOSE_ALL}
                </button>
            </div>
        </div>
        <p class="notice no-js-only">{ui::NO_SCRIPT_NOTICE}</p>
        <div class="questions" id=ui::QUESTIONS_ID data-testid="questions">
            {move || match hits.get() {
                None => sections().into_any(),
                Some(found) if found.is_empty() => {
                    view! { <NoResults query=query.get() audience=audience.get()/> }.into_any()
                }
                Some(found) => view! { <Results hits=found open=open/> }.into_any(),
            }}
        </div>
        <Contact query=query audience=audience/>
    }
}
