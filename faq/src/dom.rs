//! Small helpers over web-sys for working on the page sitegen wrote: finding its elements, showing
//! and hiding them, listening to events.

pub use skattedeling_browser::{element, listen, text_element};
use skattedeling_core::search::Segment;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

/// The first element under `root` that matches `selector`.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Every element under `root` that matches `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Appends each child to `parent`.
pub fn append(parent: &Element, children: &[&Element]) {
    for child in children {
        let _ = parent.append_child(child);
    }
}

pub fn set_hidden(e: &Element, hidden: bool) {
    if let Some(h) = e.dyn_ref::<HtmlElement>() {
        if h.hidden() != hidden {
            h.set_hidden(hidden);
        }
    }
}

pub fn is_hidden(e: &Element) -> bool {
    e.dyn_ref::<HtmlElement>().is_some_and(|h| h.hidden())
}

pub fn is_open(e: &Element) -> bool {
    e.dyn_ref::<web_sys::HtmlDetailsElement>()
        .is_some_and(|d| d.open())
}

pub fn set_open(e: &Element, open: bool) {
    if let Some(d) = e.dyn_ref::<web_sys::HtmlDetailsElement>() {
        if d.open() != open {
            d.set_open(open);
        }
    }
}

/// Sets an attribute only when it changes (each change is work for the browser).
pub fn set_attribute(e: &Element, name: &str, value: &str) {
    if e.get_attribute(name).as_deref() != Some(value) {
        let _ = e.set_attribute(name, value);
    }
}

/// Fills `parent` with `segments`, the matched ones in `<mark>`: one call into the browser, where
/// an element and a text node per segment took one for each.
pub fn fill_marked(parent: &Element, segments: &[Segment]) {
    parent.set_inner_html(&skattedeling_core::html::marked(segments));
}

/// The element an event happened on.
pub fn target_element(e: &Event) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

/// Calls `f` once after `ms` milliseconds; returns the timer, for [`cancel`].
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let callback = Closure::once_into_js(f);
    skattedeling_browser::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
        .ok()
}

pub fn cancel(timer: Option<i32>) {
    if let Some(t) = timer {
        skattedeling_browser::window().clear_timeout_with_handle(t);
    }
}

/// The text under `root` as a reader sees it: its blocks (paragraphs, list items, cells) with a
/// space between, which `textContent` loses on the minified page (`</p><p>` with nothing between).
/// An error-code entry's buttons are not text to quote.
pub fn block_text(root: &Element) -> String {
    const BLOCKS: &str = "p:not(.code-actions), li, dt, dd, th, td, pre, h3, h4";
    let leaves: Vec<String> = all(root, BLOCKS)
        .iter()
        .filter(|block| find(block, BLOCKS).is_none())
        .filter_map(|block| block.text_content())
        .collect();
    if leaves.is_empty() {
        root.text_content().unwrap_or_default()
    } else {
        leaves.join(" ")
    }
}

/// A flow's title and description as the guide's list on the page shows them.
pub fn flow_title(id: &str) -> (String, String) {
    let document = skattedeling_browser::document();
    let link = document
        .query_selector(&format!("[data-flyt=\"{id}\"].guide-list__link"))
        .ok()
        .flatten();
    let text = |e: Option<Element>| e.and_then(|e| e.text_content()).unwrap_or_default();
    let description = link.as_ref().and_then(|l| l.next_element_sibling());
    (text(link), text(description))
}
