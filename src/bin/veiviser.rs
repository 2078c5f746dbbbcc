//! The guide's app: as a widget on other sites (`veiviser.js` loads it and calls `mount_widgets`),
//! and on the site itself (`veiviser-side.js`, which the FAQ app adds when a person is about to open
//! a flow, calls `mount_site_guide`). It holds the guide, not the FAQ page, its answers or its search
//! index, which are the FAQ app's (`faq/`). `scripts/widget-files.sh` builds it after Trunk has built
//! the site.

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

/// Mounts the guide beside the FAQ on the site's own page. Returns whether it was mounted.
#[wasm_bindgen]
pub fn mount_site_guide() -> bool {
    skattedeling::mount_site_guide()
}
