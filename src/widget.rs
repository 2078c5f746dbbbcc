//! The guide in a widget on another site's page. The widget's first app (`widget/`) has made the
//! widget's shell — a shadow root with the widget's stylesheet and its root element `.veiviser`, light
//! or dark as the host is — and shown the flow's first screen; when the person starts (or at once, for
//! a widget with answers to show) it calls [`mount`], which puts the guide in the first screen's
//! place.

use crate::components::site::Navigator;
use crate::components::Widget;
use crate::frame::{Embedding, Frame};
use crate::{browser, data};
use leptos::prelude::*;
use skattedeling_core::widget::{guide_query_in, widget_lang, Admitted, Seen, READY, STATE};
use skattedeling_core::{ui, GuideState};
use wasm_bindgen::{JsCast, JsValue};

/// Puts the guide in `host`'s widget; `base` is the site's address (ending in `/`). With `focus`,
/// keyboard focus moves to the guide's heading (the person pressed «Start veiviseren»).
pub fn mount(host: &web_sys::Element, base: &str, focus: bool) -> Result<(), JsValue> {
    let root = host
        .shadow_root()
        .ok_or("the widget has no shell: veiviser.js makes it")?;
    let shell: web_sys::HtmlElement = root
        .query_selector(".veiviser")?
        .ok_or("the widget's shell has no .veiviser")?
        .dyn_into()?;
    // The first app showed the problems of a widget with wrong attributes itself.
    let (place, admitted) = read_up_to(host);
    let admitted = admitted.map_err(|problems| JsValue::from_str(&problems.join(" ")))?;
    shell.set_text_content(None);
    crate::feedback::listen(&root);
    let key = browser::widget_key(host, place);
    let frame = mount_guide(admitted, root, &shell, key, base.to_string());
    if focus {
        frame.focus_after_render(ui::GUIDE_HEADING_ID);
    }
    // Tests and host pages may wait for this.
    host.set_attribute(STATE, READY)
}

/// `host`'s place among the page's widget elements (which names its kept answers when it has no
/// `id`), and its attributes read after every widget before it that the first app gave a shell (see
/// [`Seen`]), as the first app read them.
fn read_up_to(host: &web_sys::Element) -> (usize, Result<Admitted, Vec<String>>) {
    let read = |seen: &mut Seen, widget: &web_sys::Element| {
        let attributes = browser::widget_attributes(widget);
        let flows = data::guide_in(widget_lang(&attributes)).guide.intros();
        seen.read(&attributes, &flows)
    };
    let mut seen = Seen::default();
    let widgets = browser::widgets();
    for (place, widget) in widgets.iter().enumerate() {
        if !widget.has_attribute(STATE) {
            continue;
        }
        let admitted = read(&mut seen, widget);
        if widget == host {
            return (place, admitted);
        }
    }
    // A host no longer on the page: on its own.
    (widgets.len(), read(&mut Seen::default(), host))
}

/// The guide of a widget whose attributes were read, started where this tab or the host's
/// address left it. Returns the widget's frame.
fn mount_guide(
    admitted: Admitted,
    root: web_sys::ShadowRoot,
    shell: &web_sys::HtmlElement,
    key: String,
    site: String,
) -> Frame {
    let Admitted { setup, label } = admitted;
    // The guide on a page speaks one language (the widgets' first app refuses others).
    crate::texts::set_lang(setup.lang);
    let frame = Frame::widget(Embedding {
        root,
        page: format!("{site}{}", setup.lang.folder()),
        base: site,
        key,
        backend: setup.backend,
        address: setup.address.clone(),
    });
    let flow = setup.flow;
    // The host's address (when it opted in) wins over what this tab kept; answers kept but
    // not yet in the address are put there, so Back and a shared address have them.
    let in_address = setup
        .address
        .as_deref()
        .and_then(|name| guide_query_in(&browser::url_query(), name));
    let kept = in_address.clone().or_else(|| frame.kept_answers());
    let start = kept
        .as_deref()
        .and_then(GuideState::from_query)
        .filter(|s| s.flow == flow);
    if let (None, Some(_), Some(query)) = (&in_address, &start, &kept) {
        frame.write_address(query, false);
    }
    let start = start.unwrap_or_else(|| {
        // Started afresh: kept at once, so a reload comes back to the guide, not its first screen.
        let state = GuideState::new(&flow);
        if let Some(f) = data::guide().guide.flow(&flow) {
            frame.keep_answers(&state.query(f));
        }
        state
    });
    let nav = Navigator::widget(frame, start);
    leptos::mount::mount_to(shell.clone(), move || {
        view! { <Widget nav=nav flow=flow label=label/> }
    })
    .forget();
    frame
}
