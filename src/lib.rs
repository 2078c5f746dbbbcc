//! The guide of Skattedeling selvbetjening in the browser: a Leptos (CSR) app, on the site's page
//! (loaded by the FAQ app, `faq/`, when a person opens a flow) and as a widget on other sites. The
//! guide engine lives in `skattedeling-core`; this crate only displays and dispatches.

pub mod components;
pub mod data;
pub mod feedback;
pub mod frame;
pub mod http;
pub mod texts;
pub mod widget;

pub use skattedeling_browser as browser;

use leptos::prelude::*;
use skattedeling_core::site::{GUIDE_CONTAINER_ID, GUIDE_READY_EVENT};
use wasm_bindgen::JsCast;

pub use components::SiteGuide;

/// Mounts the guide in the site's container beside the FAQ (`#veiviser-side`), replacing the
/// FAQ app's "loading" notice, and tells the FAQ app it is there. When the person opened a flow
/// before the guide had arrived (`data-fokus` on the container), keyboard focus moves to the
/// screen's heading, as after any link. Returns whether it was mounted.
pub fn mount_site_guide() -> bool {
    let Some(container) = browser::document().get_element_by_id(GUIDE_CONTAINER_ID) else {
        leptos::logging::error!("the page has no #{GUIDE_CONTAINER_ID} for the guide");
        return false;
    };
    let focus = container.has_attribute("data-fokus");
    let _ = container.remove_attribute("data-fokus");
    container.set_inner_html("");
    let container: web_sys::HtmlElement = container.unchecked_into();
    // The guide speaks the page's language: /nn/ nynorsk, /en/ English.
    texts::set_lang(texts::page_lang());
    leptos::mount::mount_to(container, || view! { <SiteGuide/> }).forget();
    // The votes under the FAQ's answers and the guide's outcomes.
    feedback::listen(&browser::document().into());
    if focus {
        frame::Frame::Site.focus_after_render(skattedeling_core::ui::GUIDE_HEADING_ID);
    }
    if let Ok(event) = web_sys::Event::new(GUIDE_READY_EVENT) {
        let _ = browser::window().dispatch_event(&event);
    }
    true
}
