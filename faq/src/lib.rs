//! The site's first app (`src/main.rs` starts it): the FAQ page's search, audience filter, open and close all, deep links,
//! copying links, printing and the address, on the page sitegen already wrote, and the guide loaded
//! when it is wanted (see `site.rs`). It has no Leptos in it, so that a first visit downloads little
//! (the budget is in `make bench`); the guide, which is a Leptos app, comes only when it is wanted.

mod data;
mod dom;
mod faq;
mod feedback;
mod no_results;
mod results;
mod site;

use faq::Faq;
use site::{in_page_target, Move, Site};
use skattedeling_browser as browser;
use skattedeling_core::site::{
    FAQ_FOLLOW_EVENT, GUIDE_CONTAINER_ID, GUIDE_FAILED_EVENT, GUIDE_READY_EVENT,
};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, HtmlInputElement, MouseEvent};

thread_local! {
    static SITE: RefCell<Option<Site>> = const { RefCell::new(None) };
    static LISTENING_TO_WINDOW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many times the app has taken over a page (the component tests start it again and again),
    /// so that work left from an earlier takeover stops.
    static TAKEOVERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Which takeover of the page this is (see `TAKEOVERS`).
pub(crate) fn takeover() -> u32 {
    TAKEOVERS.with(std::cell::Cell::get)
}

/// Runs `f` on the page's state. An event that arrives while the state is in use (focus moved by
/// the app itself fires `focusin` at once) is let go rather than allowed to panic.
pub(crate) fn with_site(f: impl FnOnce(&mut Site)) {
    SITE.with(|s| {
        if let Ok(mut site) = s.try_borrow_mut() {
            if let Some(site) = site.as_mut() {
                f(site);
            }
        }
    });
}

/// Tests and measurements wait for this: the page works as its address says.
pub(crate) fn mark_ready(root: &Element) {
    let _ = root.set_attribute("data-app", "klar");
}

/// Takes over the page: `#app` (marked `data-skattedeling="side"`) as sitegen wrote it, with the
/// guide's container in it. Starting again (the component tests do) takes over the page's new `#app`.
pub fn start() {
    let Some(root) = browser::document()
        .get_element_by_id("app")
        .filter(|r| r.get_attribute("data-skattedeling").as_deref() == Some("side"))
    else {
        web_sys::console::error_1(
            &"Skattedeling: siden har ingen <div id=\"app\" data-skattedeling=\"side\">".into(),
        );
        return;
    };
    let (Some(faq), Some(container)) = (
        Faq::adopt(&root),
        browser::document().get_element_by_id(GUIDE_CONTAINER_ID),
    ) else {
        web_sys::console::error_1(&"Skattedeling: siden er ikke den sitegen skrev".into());
        return;
    };
    SITE.with(|s| *s.borrow_mut() = Some(Site::new(root.clone(), faq, container)));
    TAKEOVERS.with(|t| t.set(t.get().wrapping_add(1)));
    with_site(|site| {
        site.faq.render();
        site.faq.write_address();
    });
    listen_to_the_faq(&root);
    listen_to_links(&root);
    listen_to_the_languages();
    // A search in the address is run at once; the index in every language follows.
    if !browser::url_search_state().0.trim().is_empty() {
        load_every_language();
    }
    if !LISTENING_TO_WINDOW.replace(true) {
        listen_to_the_window();
    }
    with_site(|site| {
        site.show_address(Move::Arrival);
        if !skattedeling_core::site::shows_guide(&browser::url_query()) {
            let texts = data::texts();
            browser::set_title(&texts.page_title(&[texts.faq_title]));
            mark_ready(&root);
        }
    });
    let this = takeover();
    dom::after(0, move || Faq::prepare_results(this, 0));
}

/// Typing, the audience radios, the answers opening and closing, and the buttons.
fn listen_to_the_faq(root: &Element) {
    // About to search: the index in every language is loaded, so a query in any language finds.
    for event in ["focusin", "pointerover"] {
        dom::listen(root, event, false, |e| {
            if dom::target_element(&e)
                .is_some_and(|t| t.closest("form[role=search]").ok().flatten().is_some())
            {
                load_every_language();
            }
        });
    }
    dom::listen(root, "input", false, |e| {
        if let Some(input) = input_named(&e, "q") {
            with_site(|s| {
                s.faq.query = input.value();
                s.faq.render();
                s.faq.write_address_soon();
            });
        }
    });
    // The search goes into the address once typing pauses, or at whatever the person does next:
    // leaving the box, opening an answer, a click, a link, leaving the page.
    for event in ["focusout", "click", "toggle"] {
        dom::listen(root, event, true, |_| {
            with_site(|s| s.faq.write_pending_address())
        });
    }
    dom::listen(root, "change", false, |e| {
        if input_named(&e, "q").is_some() {
            with_site(|s| s.faq.write_pending_address());
        }
        if let Some(radio) = input_named(&e, "for") {
            with_site(|s| {
                s.faq.audience = skattedeling_core::Audience::from_tag(&radio.value());
                s.faq.render();
                s.faq.write_address();
            });
        }
    });
    // Results follow the typing; Enter sends nothing anywhere.
    dom::listen(root, "submit", false, |e| e.prevent_default());
    // `toggle` does not bubble: caught on its way down.
    dom::listen(root, "toggle", true, |e| {
        if let Some(details) = dom::target_element(&e).filter(|d| d.tag_name() == "DETAILS") {
            with_site(|s| s.faq.toggled(&details));
        }
    });
    dom::listen(root, "click", false, |e| {
        let Some(target) = dom::target_element(&e) else {
            return;
        };
        with_site(|s| s.faq.touched(&target));
        let Some(button) = target.closest("button").ok().flatten() else {
            return;
        };
        match button.get_attribute("data-testid").as_deref() {
            Some("open-all") => with_site(|s| s.faq.open_all(true)),
            Some("close-all") => with_site(|s| s.faq.open_all(false)),
            Some("copy-link") => Faq::copy_link(&button),
            Some("results-more") => with_site(|s| s.faq.show_all_results()),
            Some("feedback-yes" | "feedback-no" | "feedback-send") => {
                with_site(|s| s.feedback_clicked(&button))
            }
            _ => {}
        }
    });
}

/// The index in every language, for a search in any language, once a person is about to search.
fn load_every_language() {
    data::load_every_language(|| {
        with_site(|s| {
            if !s.faq.query.trim().is_empty() {
                s.faq.render();
            }
            // Tests and measurements wait for this: the search knows every language.
            let _ = s.faq.root.set_attribute("data-sok", "alle");
        })
    });
}

/// The language switcher's links take the page's state along: the search, the guide's answers and
/// the anchor are the same in every language. Set as a person is about to follow one.
fn listen_to_the_languages() {
    let Some(nav) = browser::document()
        .query_selector("[data-testid=languages]")
        .ok()
        .flatten()
    else {
        return;
    };
    let update = |e: Event| {
        let Some(nav) = e
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
        else {
            return;
        };
        let location = browser::window().location();
        let state = format!(
            "{}{}",
            location.search().unwrap_or_default(),
            location.hash().unwrap_or_default()
        );
        for link in dom::all(&nav, "a[data-sprak-sti]") {
            let path = link.get_attribute("data-sprak-sti").unwrap_or_default();
            dom::set_attribute(&link, "href", &format!("{path}{state}"));
        }
    };
    for event in ["pointerover", "focusin", "click"] {
        dom::listen(&nav, event, true, update);
    }
}

/// Links between the FAQ and the guide, and the signs that a person is about to open a flow.
fn listen_to_links(root: &Element) {
    dom::listen(root, "click", false, |e| {
        if let Some(id) = e.dyn_ref::<MouseEvent>().and_then(site::same_anchor) {
            e.prevent_default();
            with_site(|s| s.faq.go_to(&id));
            return;
        }
        let Some(url) = e.dyn_ref::<MouseEvent>().and_then(in_page_target) else {
            return;
        };
        e.prevent_default();
        browser::push_url(&url);
        with_site(|s| s.show_address(Move::Link));
    });
    dom::listen(root, "pointerover", false, |e| {
        with_site(|s| s.intent(dom::target_element(&e), true))
    });
    dom::listen(root, "pointerout", false, |_| with_site(Site::no_intent));
    dom::listen(root, "focusin", false, |e| {
        with_site(|s| s.intent(dom::target_element(&e), false))
    });
    dom::listen(root, "touchstart", false, |e| {
        with_site(|s| s.intent(dom::target_element(&e), false))
    });
}

/// Back and Forward, `#links`, printing, and the guide's own messages.
fn listen_to_the_window() {
    let window: EventTarget = browser::window().into();
    dom::listen(&window, "pagehide", false, |_| {
        with_site(|s| s.faq.write_pending_address())
    });
    dom::listen(&window, "popstate", false, |_| {
        with_site(|s| s.show_address(Move::History))
    });
    dom::listen(&window, "hashchange", false, |_| {
        if let Some(id) = browser::url_fragment() {
            with_site(|s| s.faq.go_to(&id));
        }
    });
    dom::listen(&window, "beforeprint", false, |_| {
        with_site(|s| s.faq.before_print())
    });
    dom::listen(&window, "afterprint", false, |_| {
        with_site(|s| s.faq.after_print())
    });
    dom::listen(&window, FAQ_FOLLOW_EVENT, false, |_| {
        with_site(|s| s.show_address(Move::FromGuide))
    });
    dom::listen(&window, GUIDE_READY_EVENT, false, |_| {
        with_site(Site::guide_ready)
    });
    dom::listen(&window, GUIDE_FAILED_EVENT, false, |_| {
        with_site(Site::failed)
    });
}

fn input_named(e: &Event, name: &str) -> Option<HtmlInputElement> {
    dom::target_element(e)?
        .dyn_into::<HtmlInputElement>()
        .ok()
        .filter(|i| i.name() == name)
}
