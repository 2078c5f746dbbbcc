//! The guide as a widget on other sites: the app `veiviser.js` loads. It holds the guide and the
//! widget's frame but not the FAQ page, its answers and search index (src/data.rs) or the site's
//! takeover, so a host page downloads less than the site's own app. `scripts/widget-files.sh`
//! builds it after Trunk has built the site.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the guide in every `data-skattedeling-veiviser` element of the page; `base` is the site's
/// address (ending in `/`), `stylesheet` the widget's stylesheet. Returns how many were mounted.
#[wasm_bindgen]
pub fn mount_widgets(base: String, stylesheet: String) -> u32 {
    skattedeling::widget::mount_all(&base, &stylesheet)
}
