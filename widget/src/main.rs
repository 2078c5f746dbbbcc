//! The widget's first app: `veiviser.js` loads it and calls `mount_widgets` (see lib.rs).

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Mounts every `data-skattedeling-veiviser` element of the page that is not mounted yet: `base` is
/// the site's address (ending in `/`), `stylesheet` the widget's stylesheet, and `load` a function
/// that returns a promise of the guide's app, loaded and started, whose `mount_widget(host, base,
/// focus)` puts the guide in a widget. Returns how many widgets were mounted.
#[wasm_bindgen]
pub fn mount_widgets(base: String, stylesheet: String, load: js_sys::Function) -> u32 {
    skattedeling_widget::mount_all(&base, &stylesheet, load)
}
