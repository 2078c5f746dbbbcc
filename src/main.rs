//! Entry point of the site's wasm app: installs the panic hook and takes over the page. (The widget
//! for other sites is its own, smaller app: `src/bin/veiviser.rs`.)

fn main() {
    console_error_panic_hook::set_once();
    skattedeling::start();
}
