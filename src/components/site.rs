//! The whole page: the FAQ, or a guide flow when the URL names one (`?flyt=…`). Moving between them,
//! and between the guide's screens, adds history entries without loading a page, so Back, Forward,
//! reload and a shared link all show the same place.

use super::{FaqApp, GuideApp, Initial};
use crate::browser;
use crate::frame::Frame;
use leptos::ev;
use leptos::prelude::*;
use skattedeling_core::widget::guide_query_in;
use skattedeling_core::{ui, Flow, GuideState};
use wasm_bindgen::JsCast;

/// What the address shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Faq,
    Guide(GuideState),
}

impl Page {
    pub fn from_query(query: &str) -> Page {
        GuideState::from_query(query).map_or(Page::Faq, Page::Guide)
    }
}

/// Moves between pages; shared through context. On the site the address bar says where the person
/// is; in a widget the widget does, and the host page's address is left alone unless the host opted in.
#[derive(Clone, Copy)]
pub struct Navigator {
    page: RwSignal<Page>,
    pub frame: Frame,
}

/// The query of a link (`?flyt=…` of `…/?flyt=…#veiviser-…`), `""` when it has none.
fn query_of(url: &str) -> &str {
    let url = url.split('#').next().unwrap_or_default();
    url.find('?').map_or("", |at| &url[at..])
}

impl Navigator {
    /// A widget's navigator, starting at `state`.
    pub fn widget(frame: Frame, state: GuideState) -> Navigator {
        Navigator {
            page: RwSignal::new(Page::Guide(state)),
            frame,
        }
    }

    /// The link to a guide state: a path-relative link on the site, an absolute one to the site from
    /// a widget (so opening it in a new tab shows the same place on the site).
    pub fn href(&self, flow: &Flow, state: &GuideState) -> String {
        self.frame.link(&format!(
            "{}#{}{}",
            state.query(flow),
            ui::GUIDE_ANCHOR_PREFIX,
            flow.id
        ))
    }

    /// The link to a FAQ answer: on the site, or on the FAQ site from a widget.
    pub fn faq_href(&self, id: &str) -> String {
        self.frame.link(&format!("./#{id}"))
    }

    /// Shows `state`; keyboard focus moves to the new screen's heading.
    pub fn show(&self, flow: &Flow, state: &GuideState) {
        self.go(&self.href(flow, state));
    }

    /// Goes to `url` (`?flyt=…#…`, `./#id`) as a new history entry; on a guide screen, keyboard focus
    /// moves to its heading. A widget shows the guide state the link names, and keeps it for the tab.
    pub fn go(&self, url: &str) {
        if !self.frame.is_widget() {
            browser::push_url(url);
            self.follow_address();
            return;
        }
        let query = query_of(url);
        let Some(state) = GuideState::from_query(query) else {
            return;
        };
        self.frame.keep_answers(query);
        self.frame.write_address(query, true);
        self.page.set(Page::Guide(state));
        self.frame.focus_after_render(ui::GUIDE_HEADING_ID);
    }

    /// Shows what the host page's address holds for a widget of `flow` after it changed (Back,
    /// Forward), and keeps it for the tab; no answers there is the flow's start. Only for a widget
    /// whose host opted in.
    pub fn follow_widget_address(&self, flow: &str) {
        let Some(name) = self.frame.address() else {
            return;
        };
        let query = guide_query_in(&browser::url_query(), &name);
        let state = query
            .as_deref()
            .and_then(GuideState::from_query)
            .filter(|s| s.flow == flow)
            .unwrap_or_else(|| GuideState::new(flow));
        self.frame
            .keep_answers(query.as_deref().unwrap_or_default());
        if self.page.get_untracked() != Page::Guide(state.clone()) {
            self.page.set(Page::Guide(state));
        }
    }

    /// Shows what the address bar says (after `go`, Back or Forward).
    fn follow_address(&self) {
        let page = Page::from_query(&browser::url_query());
        let to_guide = matches!(page, Page::Guide(_));
        if self.page.get_untracked() != page {
            self.page.set(page);
        }
        if to_guide {
            browser::window().scroll_to_with_x_and_y(0.0, 0.0);
            self.frame.focus_after_render(ui::GUIDE_HEADING_ID);
        }
    }

    /// The guide state shown, if the page is a guide flow (tracked).
    pub fn guide_state(&self) -> Option<GuideState> {
        match self.page.get() {
            Page::Guide(state) => Some(state),
            Page::Faq => None,
        }
    }
}

/// The navigator of the page this component is in.
pub fn use_navigator() -> Navigator {
    expect_context::<Navigator>()
}

/// The link a plain click (no modifier keys, main button) follows in this tab, if any.
pub fn plainly_clicked_link(ev: &ev::MouseEvent) -> Option<web_sys::HtmlAnchorElement> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let anchor = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if anchor.has_attribute("target") || anchor.has_attribute("download") {
        return None;
    }
    anchor.dyn_into().ok()
}

/// A link inside this page that should be followed without loading: between the FAQ and the guide, or
/// between guide screens. Links within the FAQ (`#id`) and everything else behave as links do.
fn in_page_target(ev: &ev::MouseEvent, here: &Page) -> Option<String> {
    let anchor = plainly_clicked_link(ev)?;
    let location = browser::window().location();
    if anchor.origin() != location.origin().ok()?
        || anchor.pathname() != location.pathname().ok()?
    {
        return None;
    }
    // Only the fragment changes (the skip link, `#id`): the browser does that itself.
    if anchor.search() == location.search().ok()? {
        return None;
    }
    let target = Page::from_query(&anchor.search());
    if *here == Page::Faq && target == Page::Faq {
        return None;
    }
    Some(format!(
        "{}{}{}",
        anchor.pathname(),
        anchor.search(),
        anchor.hash()
    ))
}

/// The site: the FAQ (taking over the static page the first time) or a guide flow.
#[component]
pub fn Site(
    /// What the static page showed when the app arrived.
    initial: Initial,
) -> impl IntoView {
    let page = RwSignal::new(Page::from_query(&browser::url_query()));
    let nav = Navigator {
        page,
        frame: Frame::Site,
    };
    provide_context(nav);

    let on_click = window_event_listener(ev::click, move |e| {
        if let Some(url) = in_page_target(&e, &page.get_untracked()) {
            e.prevent_default();
            nav.go(&url);
        }
    });
    let on_history = window_event_listener(ev::popstate, move |_| nav.follow_address());
    on_cleanup(move || {
        on_click.remove();
        on_history.remove();
    });

    // The first FAQ takes over the static page; later ones start from the address.
    let first = StoredValue::new(Some(initial));
    let in_guide = Memo::new(move |_| matches!(page.get(), Page::Guide(_)));
    move || {
        if in_guide.get() {
            first.set_value(None);
            view! { <GuideApp/> }.into_any()
        } else {
            let initial = first
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(Initial::from_url);
            view! { <FaqApp initial=initial/> }.into_any()
        }
    }
}
