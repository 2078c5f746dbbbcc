//! The page as a whole: the FAQ or a guide flow, as the address says. This app owns the address on
//! the site: it follows links between the FAQ and the guide without loading a page, Back and Forward,
//! and loads the guide (`veiviser-side.js`, the widget's Leptos app with an entry point for the site)
//! when a person is about to open a flow — a pointer resting on a flow link, focus on it, a touch —
//! or at once when the page opens on one. A plain visit to the FAQ never downloads it.

use crate::dom::{self, element, set_hidden, text_element};
use crate::faq::Faq;
use skattedeling_browser as browser;
use skattedeling_core::links::{self, Place, Target};
use skattedeling_core::site::{follows_in_page, shows_guide, GUIDE_FOLLOW_EVENT, GUIDE_LOADER};
use skattedeling_core::ui;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlAnchorElement, MouseEvent};

/// How long a pointer rests on a flow link before the guide is fetched: long enough that sweeping
/// across the list fetches nothing, short against the time before a click.
const INTENT_MS: i32 = 80;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Guide {
    NotLoaded,
    Loading,
    Ready,
    Failed,
}

/// Why the address is being shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The page was opened (or reloaded) here.
    Arrival,
    /// A link on the page was followed.
    Link,
    /// Back or Forward.
    History,
    /// The guide changed the address itself.
    FromGuide,
}

pub struct Site {
    root: Element,
    pub faq: Faq,
    container: Element,
    guide: Guide,
    showing_guide: bool,
    /// The FAQ's parts of the page, in order: everything in `#app` but the guide's container.
    faq_parts: Vec<Element>,
    intent: Option<i32>,
    /// Each flow's text page (the flow list's link without JavaScript), by flow id.
    text_pages: Vec<(String, String)>,
    /// A vote's button pressed before the guide's app, which sends votes, was there.
    pending_vote: Option<Element>,
}

impl Site {
    pub fn new(root: Element, faq: Faq, container: Element) -> Site {
        let text_pages = adopt_flow_links(&root);
        let faq_parts = dom::all(&root, ":scope > *")
            .into_iter()
            .filter(|part| *part != container)
            .collect();
        Site {
            faq_parts,
            root,
            faq,
            container,
            guide: Guide::NotLoaded,
            showing_guide: false,
            intent: None,
            text_pages,
            pending_vote: None,
        }
    }

    /// Shows the FAQ or the guide flow the address names.
    pub fn show_address(&mut self, why: Move) {
        let search = browser::url_query();
        if shows_guide(&search) {
            self.show_guide(why);
        } else {
            self.show_faq(why);
        }
    }

    fn show_guide(&mut self, why: Move) {
        if !self.showing_guide {
            self.set_faq_shown(false);
        }
        self.showing_guide = true;
        if why == Move::Link {
            browser::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        match self.guide {
            Guide::Ready => {
                if why == Move::Link {
                    dispatch(GUIDE_FOLLOW_EVENT);
                }
            }
            Guide::Failed => self.show_failure(),
            Guide::NotLoaded | Guide::Loading => {
                // The guide moves focus to its heading when it arrives, as after any link.
                if why == Move::Link {
                    let _ = self.container.set_attribute("data-fokus", "");
                }
                self.show_loading();
                self.load_guide();
            }
        }
    }

    fn show_faq(&mut self, why: Move) {
        let (query, audience) = browser::url_search_state();
        let was_guide = self.showing_guide;
        self.showing_guide = false;
        if was_guide {
            self.set_faq_shown(true);
            let texts = crate::data::texts();
            browser::set_title(&texts.page_title(&[texts.faq_title]));
        }
        if why != Move::Arrival && (query != self.faq.query || audience != self.faq.audience) {
            self.faq.set_choices(query, audience);
        }
        if was_guide || why == Move::Arrival {
            match browser::url_fragment() {
                Some(id) => self.faq.go_to(&id),
                None if was_guide => browser::window().scroll_to_with_x_and_y(0.0, 0.0),
                None => {}
            }
        }
    }

    /// The FAQ's parts of the page shown, and the guide's container hidden, or the other way round.
    /// While a flow is shown the FAQ is out of the page (kept here, as it was), so the page has the
    /// guide's headings and landmarks only.
    fn set_faq_shown(&self, shown: bool) {
        for part in &self.faq_parts {
            if shown {
                let _ = self.root.insert_before(part, Some(&self.container));
            } else {
                part.remove();
            }
        }
        set_hidden(&self.container, shown);
    }

    /// Starts fetching the guide, once.
    pub fn load_guide(&mut self) {
        if self.guide != Guide::NotLoaded {
            return;
        }
        self.guide = Guide::Loading;
        let Some(script) = element("script", "") else {
            return self.failed();
        };
        let _ = script.set_attribute("type", "module");
        // Beside the bokmål page, at the site's root: a folder up from /nn/ and /en/.
        let _ = script.set_attribute("src", &format!("{}{GUIDE_LOADER}", browser::site_root()));
        // The loader itself missing (a network failure, an old deployment): `error` on the element.
        dom::listen(&script, "error", false, |_| crate::with_site(Site::failed));
        if let Some(head) = browser::document().head() {
            let _ = head.append_child(&script);
        }
    }

    /// The guide is mounted: it renders what the address says, and takes a vote pressed meanwhile.
    pub fn guide_ready(&mut self) {
        self.guide = Guide::Ready;
        crate::mark_ready(&self.root);
        if let Some(button) = self.pending_vote.take() {
            if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
                button.click();
            }
        }
    }

    /// A vote's button was pressed: the guide's app sends it, once it is here.
    pub fn feedback_clicked(&mut self, button: &Element) {
        match self.guide {
            Guide::Ready => {}
            Guide::Failed => vote_failed(button),
            Guide::NotLoaded | Guide::Loading => {
                self.pending_vote = Some(button.clone());
                self.load_guide();
            }
        }
    }

    /// The guide could not be loaded: say so where it would be, with the way on.
    pub fn failed(&mut self) {
        self.guide = Guide::Failed;
        if let Some(button) = self.pending_vote.take() {
            vote_failed(&button);
        }
        if self.showing_guide {
            self.show_failure();
        }
        crate::mark_ready(&self.root);
    }

    /// A pointer came to rest on something, focus moved, or a touch began at `target`: if it is a
    /// link to a guide flow, fetch the guide now, so that opening it is instant.
    pub fn intent(&mut self, target: Option<Element>, delay: bool) {
        dom::cancel(self.intent.take());
        let wanted = target
            .as_ref()
            .is_some_and(|t| is_guide_link(t) || is_vote(t));
        if self.guide != Guide::NotLoaded || !wanted {
            return;
        }
        if delay {
            self.intent = dom::after(INTENT_MS, || crate::with_site(Site::load_guide));
        } else {
            self.load_guide();
        }
    }

    /// A pointer left what it rested on before the guide was asked for.
    pub fn no_intent(&mut self) {
        dom::cancel(self.intent.take());
    }

    fn show_loading(&self) {
        if let Some(status) = text_element(
            "p",
            "site-guide__status",
            crate::data::texts().guide_loading,
        ) {
            let _ = status.set_attribute("role", "status");
            let _ = status.set_attribute("data-testid", "guide-loading");
            self.container.replace_children_with_node_1(&status);
        }
    }

    fn show_failure(&self) {
        let Some(block) = self.failure_box() else {
            return;
        };
        self.container.replace_children_with_node_1(&block);
    }

    fn failure_box(&self) -> Option<Element> {
        let flow = skattedeling_core::guide::engine::flow_of_query(&browser::url_query())?;
        let block = element("div", "notice")?;
        let _ = block.set_attribute("role", "alert");
        let _ = block.set_attribute("data-testid", "guide-not-loaded");
        let texts = crate::data::texts();
        let title = text_element("h1", "page-title", texts.guide_not_loaded_title)?;
        let text = text_element("p", "", texts.guide_not_loaded_text)?;
        let links = element("ul", "")?;
        let text_page = self
            .text_pages
            .iter()
            .find(|(id, _)| *id == flow)
            .map(|(_, href)| href.clone());
        let reload = browser::current_url();
        for (href, label) in [
            Some((reload, texts.guide_reload)),
            text_page.map(|href| (href, texts.guide_as_text)),
            Some((
                Target::Anchor(ui::GUIDE_ANCHOR).href(Place::Site),
                texts.to_faq,
            )),
        ]
        .into_iter()
        .flatten()
        {
            let link = text_element("a", "", label)?;
            let _ = link.set_attribute("href", &href);
            let item = element("li", "")?;
            let _ = item.append_child(&link);
            let _ = links.append_child(&item);
        }
        dom::append(&block, &[&title, &text, &links]);
        Some(block)
    }
}

/// The flow list's links go to each flow's text page without JavaScript; with it they open the
/// interactive guide here, at the start or at the answers `data-svar` gives (an error-code entry's
/// buttons). Returns the text pages, for when the guide cannot be loaded.
fn adopt_flow_links(root: &Element) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    for link in dom::all(root, "a[data-flyt]") {
        let (Some(flow), Some(href)) =
            (link.get_attribute("data-flyt"), link.get_attribute("href"))
        else {
            continue;
        };
        let target = link
            .get_attribute("data-svar")
            .unwrap_or_else(|| links::flow_start_href(&flow));
        let _ = link.set_attribute("href", &target);
        pages.push((flow, href));
    }
    pages
}

/// Whether `e` is in a «Fant du det du lette etter?» form, whose votes the guide's app sends.
fn is_vote(e: &Element) -> bool {
    e.closest("form.feedback").ok().flatten().is_some()
}

/// Says, in a vote's form, that the vote could not be sent.
fn vote_failed(button: &Element) {
    let status = button
        .closest("form.feedback")
        .ok()
        .flatten()
        .and_then(|form| dom::find(&form, ".feedback__status"));
    if let Some(status) = status {
        status.set_text_content(Some(crate::data::texts().feedback_failed));
    }
}

/// Whether `e` is (inside) a link to a guide flow on this page.
fn is_guide_link(e: &Element) -> bool {
    e.closest("a[href]")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        .is_some_and(|a| same_page(&a) && shows_guide(&a.search()))
}

fn same_page(a: &HtmlAnchorElement) -> bool {
    let location = browser::window().location();
    location.origin().ok().is_some_and(|o| o == a.origin())
        && location.pathname().ok().is_some_and(|p| p == a.pathname())
}

/// The anchor of a plain click on a link to the very place the address shows (`#kostnad` while the
/// address ends in `#kostnad`): the browser fires no `hashchange` for it, so the page shows it.
pub fn same_anchor(e: &MouseEvent) -> Option<String> {
    let anchor = browser::plainly_clicked_link(e)?;
    let location = browser::window().location();
    let here = location.hash().ok()?;
    let same = same_page(&anchor)
        && location.search().ok()? == anchor.search()
        && here.len() > 1
        && anchor.hash() == here;
    same.then(|| here[1..].to_string())
}

/// The address a plain click on a link follows here without loading a page, if it does.
pub fn in_page_target(e: &MouseEvent) -> Option<String> {
    let anchor = browser::plainly_clicked_link(e)?;
    if !same_page(&anchor) {
        return None;
    }
    follows_in_page(&browser::url_query(), &anchor.search())
        .then(|| format!("{}{}{}", anchor.pathname(), anchor.search(), anchor.hash()))
}

/// Tells the guide that the address changed.
fn dispatch(name: &str) {
    if let Ok(event) = Event::new(name) {
        let _ = browser::window().dispatch_event(&event);
    }
}
