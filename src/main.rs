//! Entry point of the wasm app: installs the panic hook and takes over the site's page, if this is it.
//! On another site's page, `veiviser.js` calls [`mount_widgets`] instead.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    console_error_panic_hook::set_once();
    skattedeling::start();
}

/// Mounts the guide in every `data-skattedeling-veiviser` element of the page; `base` is the site's
/// address (ending in `/`), `stylesheet` the widget's stylesheet. Returns how many were mounted.
#[wasm_bindgen]
pub fn mount_widgets(base: String, stylesheet: String) -> u32 {
    skattedeling::widget::mount_all(&base, &stylesheet)
}
