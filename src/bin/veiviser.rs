//! The guide's app: as a widget on other sites (the widget's first app, `widget/`, fetches it and calls `mount_widget`),
//! and on the site itself (`veiviser-side.js`, which the FAQ app adds when a person is about to open
//! a flow, calls `mount_site_guide`). It holds the guide, not the FAQ page, its answers or its search
//! index, which are the FAQ app's (`faq/`). `scripts/widget-files.sh` builds it after Trunk has built
//! the site.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    console_error_panic_hook::set_once();
}

/// Puts the guide in the widget `host`, whose shell the widget's first app (`widget/`) made; `base` is
/// the site's address (ending in `/`). With `focus`, keyboard focus moves to the guide's heading.
#[wasm_bindgen]
pub fn mount_widget(
    host: web_sys::Element,
    base: String,
    focus: bool,
) -> Result<(), wasm_bindgen::JsValue> {
    skattedeling::widget::mount(&host, &base, focus)
}

/// Mounts the guide beside the FAQ on the site's own page. Returns whether it was mounted.
#[wasm_bindgen]
pub fn mount_site_guide() -> bool {
    skattedeling::mount_site_guide()
}
