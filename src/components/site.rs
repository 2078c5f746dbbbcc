//! Where the guide is: on the site, the address says (`?flyt=…`), beside the FAQ, whose app owns the
//! page and follows links between the two; in a widget, the widget does. Moving between the guide's
//! screens adds history entries without loading a page, so Back, Forward, reload and a shared link
//! all show the same place.

use super::GuideApp;
use crate::browser;
use crate::frame::Frame;
use leptos::ev;
use leptos::prelude::*;
use skattedeling_core::links::{FlowLink, Target};
use skattedeling_core::site::{FAQ_FOLLOW_EVENT, GUIDE_FOLLOW_EVENT};
use skattedeling_core::widget::guide_query_in;
use skattedeling_core::{ui, Flow, GuideState};

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
        let query = state.query(flow);
        self.frame.href(
            FlowLink::answered(&query)
                .map(Target::Flow)
                .unwrap_or(Target::Site(&query)),
        )
    }

    /// The link to a FAQ answer: on the site, or on the FAQ site from a widget.
    pub fn faq_href(&self, id: &str) -> String {
        self.frame.href(Target::Anchor(id))
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
            // The FAQ app shows the FAQ instead, if the address now names it.
            if let Ok(event) = web_sys::Event::new(FAQ_FOLLOW_EVENT) {
                let _ = browser::window().dispatch_event(&event);
            }
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

/// The guide on the site's page, in the container beside the FAQ: the flow the address names, or
/// nothing while the address shows the FAQ. It follows the address when the FAQ app has followed a
/// link (`GUIDE_FOLLOW_EVENT`), and on Back and Forward.
#[component]
pub fn SiteGuide() -> impl IntoView {
    let nav = Navigator {
        page: RwSignal::new(Page::from_query(&browser::url_query())),
        frame: Frame::Site,
    };
    provide_context(nav);
    let on_link = window_event_listener_untyped(GUIDE_FOLLOW_EVENT, move |_| nav.follow_address());
    let on_history = window_event_listener(ev::popstate, move |_| nav.follow_address());
    on_cleanup(move || {
        on_link.remove();
        on_history.remove();
    });
    view! { <GuideApp/> }
}
