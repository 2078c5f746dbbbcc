//! Entry point of the site's FAQ app (see lib.rs).

fn main() {
    skattedeling_faq::start();
}
