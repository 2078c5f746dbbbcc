//! Entry point of the wasm app: installs the panic hook and takes over the page.

fn main() {
    console_error_panic_hook::set_once();
    skattedeling::start();
}
