//! Compiles `content/` into the FAQ data the app embeds (the questions and the search index), and for
//! the component tests the page fragment sitegen writes, so they take over the very markup the site
//! serves. Broken content stops the build with file and line.

use std::path::{Path, PathBuf};
use std::process::exit;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let data = skattedeling_sitegen::compile_for_build_script(&content);
    let files = skattedeling_sitegen::data_files(&data);
    let file = |wanted: &str| {
        files
            .iter()
            .find(|(name, _)| *name == wanted)
            .map(|(_, bytes)| bytes.as_slice())
            .unwrap_or_default()
    };
    let faq = file(skattedeling_sitegen::FAQ_DATA_FILE);
    // The name the translations' words are published under, which the app loads.
    let search =
        skattedeling_sitegen::search_file_name(file(skattedeling_sitegen::SEARCH_DATA_FILE));
    // With the feedback forms, as a site with a feedback service has them: the app must take over
    // that page as well as the one without.
    let page = skattedeling_sitegen::page::render(
        &data,
        skattedeling_sitegen::today(),
        Some("https://tilbakemelding.test"),
    );
    for (name, bytes) in [
        (skattedeling_sitegen::FAQ_DATA_FILE, faq),
        (skattedeling_sitegen::PAGE_FILE, page.as_bytes()),
        ("sok.name", search.as_bytes()),
    ] {
        if let Err(e) = skattedeling_sitegen::write_if_changed(&out.join(name), bytes) {
            eprintln!("error: cannot write {}: {e}", out.join(name).display());
            exit(1);
        }
    }
}
