//! The guide in a widget on another site's page: one flow, its own answers, links between its
//! screens followed inside the widget — or, when the host element's attributes are wrong, what is
//! wrong, in place of a blank box.

use super::guide::GuideApp;
use super::site::Navigator;
use crate::browser::plainly_clicked_link;
use leptos::ev;
use leptos::prelude::*;
use skattedeling_core::links::Target;
use skattedeling_core::GuideState;

/// A working widget: the guide for `nav`'s flow.
#[component]
pub fn Widget(
    /// Starts at the state the widget's storage or the host's address has.
    nav: Navigator,
    /// The flow the host asked for.
    flow: String,
    /// Its name as one landmark on the host page (see `Frame::landmark_label`).
    label: String,
) -> impl IntoView {
    provide_context(nav);
    let site = nav.frame.href(Target::Site(""));
    // Back and Forward on the host page, when the host keeps the answers in its address.
    if nav.frame.address().is_some() {
        let flow = flow.clone();
        let on_history =
            window_event_listener(ev::popstate, move |_| nav.follow_widget_address(&flow));
        on_cleanup(move || on_history.remove());
    }
    // A link to another screen of this flow (the answers, «Endre», «Start på nytt») stays in the
    // widget; every other link, and one opened in a new tab, goes to the site.
    let on_click = move |ev: ev::MouseEvent| {
        let Some(anchor) = plainly_clicked_link(&ev) else {
            return;
        };
        let href = anchor.href();
        let same_flow = GuideState::from_query(&anchor.search()).is_some_and(|s| s.flow == flow);
        if href.starts_with(&site) && same_flow {
            ev.prevent_default();
            nav.go(&href);
        }
    };
    view! {
        <div class="veiviser__innhold" role="region" aria-label=label on:click=on_click data-testid="widget">
            <GuideApp/>
        </div>
    }
}
