//! Skattedeling selvbetjening in the browser: a Leptos (CSR) app that takes over the static FAQ page
//! written at build time and adds search, filters, deep links, link copying and the guide. The FAQ model, the
//! search engine and the guide engine live in `skattedeling-core`; this crate only displays and dispatches.

pub mod browser;
pub mod components;
pub mod data;
pub mod frame;
pub mod http;
pub mod widget;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use components::{FaqApp, Initial, Site};

/// Takes over the site's `<div id="app" data-skattedeling="side">` (a host page of the widget may have
/// an `#app` of its own, which is left alone): reads what the person already did on the static page (answers opened,
/// text typed, audience chosen), then renders the app in its place in the same task, so the browser
/// never paints an empty page in between.
pub fn start() {
    let Some(root) = browser::document()
        .get_element_by_id("app")
        .filter(|r| r.get_attribute("data-skattedeling").as_deref() == Some("side"))
    else {
        leptos::logging::error!(
            "the page has no <div id=\"app\" data-skattedeling=\"side\">; nothing to take over"
        );
        return;
    };
    let initial = Initial::from_page(&root);
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root.clone(), move || view! { <Site initial=initial/> }).forget();
    // Tests and measurements wait for this: the app has taken over.
    let _ = root.set_attribute("data-app", "klar");
}
