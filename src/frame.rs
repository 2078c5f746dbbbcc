//! Where the guide is shown: on the site's own page, or in a widget — a shadow root on another site's
//! page. The guide's components ask their frame for what differs: where an element with an id is
//! looked up (each widget is its own id space), where drafts are kept (per widget), what a link to
//! the site looks like (absolute from a widget), and whether they may set the tab's title.

use crate::browser;
use skattedeling_core::links::{self, Place, Target};
use skattedeling_core::widget::{address_value, with_parameter};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The longest draft kept for the tab, in bytes: far more than any answer (a scope list, an orgnr).
const MAX_DRAFT_LEN: usize = 2000;

thread_local! {
    /// The draft keys whose field has held what may be a fødselsnummer (see [`Frame::keep_draft`]).
    static WITHHELD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A handle, cheap to copy into closures and context; a widget's details live in [`WIDGETS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    Site,
    Widget(usize),
}

/// One widget on the host page.
pub struct Embedding {
    /// The shadow root the widget renders into.
    pub root: web_sys::ShadowRoot,
    /// The site's address, ending in `/` (where `veiviser.js` came from).
    pub base: String,
    /// The site's FAQ page in the widget's language: `base`, or its `nn/` or `en/`.
    pub page: String,
    /// Where the widget keeps its answers and drafts for the tab.
    pub key: String,
    /// The connection test's backend from `data-backend`, overriding `config.json`.
    pub backend: Option<String>,
    /// The host's query parameter for the answers, when the host opted in (`data-adresse`).
    pub address: Option<String>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Embedding>> = const { RefCell::new(Vec::new()) };
}

impl Frame {
    /// Registers a widget; its frame is valid for the life of the page.
    pub fn widget(embedding: Embedding) -> Frame {
        WIDGETS.with_borrow_mut(|w| {
            w.push(embedding);
            Frame::Widget(w.len() - 1)
        })
    }

    fn with<R>(self, f: impl FnOnce(&Embedding) -> R) -> Option<R> {
        match self {
            Frame::Site => None,
            Frame::Widget(i) => WIDGETS.with_borrow(|w| w.get(i).map(f)),
        }
    }

    pub fn is_widget(self) -> bool {
        self != Frame::Site
    }

    /// The element with `id` in this frame.
    pub fn element_by_id(self, id: &str) -> Option<web_sys::Element> {
        match self {
            Frame::Site => browser::document().get_element_by_id(id),
            Frame::Widget(_) => self.with(|e| e.root.get_element_by_id(id)).flatten(),
        }
    }

    /// Moves keyboard focus to the element with `id` once the browser has drawn the latest changes.
    pub fn focus_after_render(self, id: &'static str) {
        leptos::prelude::request_animation_frame(move || self.focus(id));
    }

    /// Moves keyboard focus to the element with `id` now.
    pub fn focus(self, id: &str) {
        if let Some(el) = self
            .element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }

    /// A link to `target`: as it is on the site, absolute to the site from a widget.
    pub fn href(self, target: Target) -> String {
        self.with(|e| {
            target.href(Place::Widget {
                base: &e.base,
                page: &e.page,
            })
        })
        .unwrap_or_else(|| match target {
            // The site's files (config.json, the statement) are beside the bokmål page; the
            // nynorsk and English pages are a folder down.
            Target::Site(file) if !file.is_empty() && !file.starts_with('?') => {
                format!("{}{file}", browser::site_root())
            }
            _ => target.href(Place::Site),
        })
    }

    /// Content HTML (written for the site's page) with its links to the site made absolute in a
    /// widget.
    pub fn html(self, html: &str) -> String {
        self.with(|e| {
            links::rewrite(
                html,
                Place::Widget {
                    base: &e.base,
                    page: &e.page,
                },
            )
        })
        .unwrap_or_else(|| html.to_string())
    }

    /// The backend the host page names, if any.
    pub fn backend(self) -> Option<String> {
        self.with(|e| e.backend.clone()).flatten()
    }

    /// The host's query parameter for the answers, if the host opted in.
    pub fn address(self) -> Option<String> {
        self.with(|e| e.address.clone()).flatten()
    }

    /// What was typed into a guide field but not yet sent on, kept for this tab and, in a widget, for
    /// this widget alone.
    pub fn draft(self, flow: &str, step: &str) -> Option<String> {
        browser::stored(&self.draft_key(flow, step))
    }

    /// Keeps what is typed for the tab, so reload loses nothing — except a text that may hold a
    /// fødselsnummer or d-nummer, which is never stored (the draft is emptied instead).
    /// Keeps what the page itself made for the tab (a connection test's result, a choice from a
    /// list), as it is: the person-number rule of [`Frame::keep_draft`] is for what a person
    /// types, and would drop a result whose ids happen to hold eleven digits in a row.
    pub fn keep_made(self, flow: &str, step: &str, text: &str) {
        browser::store(&self.draft_key(flow, step), text);
    }

    /// What a person types. Once a field has held what may be a person number, nothing more is
    /// kept from it until it is emptied or its answer is given (a backspace would otherwise keep
    /// ten of its digits).
    pub fn keep_draft(self, flow: &str, step: &str, text: &str) {
        let key = self.draft_key(flow, step);
        let withheld = WITHHELD.with(|w| {
            let mut w = w.borrow_mut();
            if text.is_empty() {
                w.retain(|k| *k != key);
            } else if skattedeling_core::person::may_hold_person_number(text) && !w.contains(&key) {
                w.push(key.clone());
            }
            w.contains(&key)
        });
        // Nor a paste far longer than any answer (the field says what is wrong with it).
        let kept = if withheld || text.len() > MAX_DRAFT_LEN {
            ""
        } else {
            text
        };
        browser::store(&key, kept);
    }

    fn draft_key(self, flow: &str, step: &str) -> String {
        let draft = format!("utkast.{flow}.{step}");
        self.with(|e| format!("{}.{draft}", e.key))
            .unwrap_or_else(|| format!("skattedeling.{draft}"))
    }

    /// The widget's answers as kept for the tab (a guide query), if any.
    pub fn kept_answers(self) -> Option<String> {
        self.with(|e| browser::stored(&e.key)).flatten()
    }

    pub fn keep_answers(self, guide_query: &str) {
        self.with(|e| browser::store(&e.key, guide_query));
    }

    /// What labels a part of a guide screen as a landmark (`aria-labelledby` of its `<section>`): its
    /// heading on the site. A widget is one landmark on the host page, named for its flow; parts
    /// inside it are not landmarks of their own, or two widgets on a page would have the same ones.
    pub fn landmark_label(self, heading_id: &'static str) -> Option<&'static str> {
        (!self.is_widget()).then_some(heading_id)
    }

    /// Puts the widget's answers (a guide query) in the host page's address, when the host opted in:
    /// as a new history entry when `push`, its other parameters and fragment kept.
    pub fn write_address(self, guide_query: &str, push: bool) {
        if let Some(name) = self.address() {
            let host = with_parameter(&browser::url_query(), &name, &address_value(guide_query));
            let hash = browser::window().location().hash().unwrap_or_default();
            browser::set_host_url(&format!("{}{host}{hash}", browser::page_path()), push);
        }
    }

    /// Sets the browser tab's title; a widget leaves the host page's title alone.
    pub fn set_title(self, title: &str) {
        if self == Frame::Site {
            browser::set_title(title);
        }
    }
}
