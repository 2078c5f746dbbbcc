//! Compiles `content/` into what a widget's first screen knows of the flows (their ids, titles and
//! descriptions, in each language), as a Rust array: no data format to decode in the wasm. Broken content stops the
//! build with file and line.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::exit;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let data = skattedeling_sitegen::compile_for_build_script(&content);
    // One array per language, in `Lang::ALL`'s order.
    let mut source = String::from("[\n");
    for lang in skattedeling_core::Lang::ALL {
        source.push_str("&[\n");
        for flow in &data.guide_data_in(lang).guide.flows {
            // `{:?}` of a string is a Rust string literal with every character that needs it escaped.
            let _ = writeln!(
                source,
                "    FlowIntro {{ id: {:?}, title: {:?}, description: {:?} }},",
                flow.id, flow.title, flow.description
            );
        }
        source.push_str("],\n");
    }
    source.push(']');
    let path = out.join("flows.rs");
    if let Err(e) = skattedeling_sitegen::write_if_changed(&path, source.as_bytes()) {
        eprintln!("error: cannot write {}: {e}", path.display());
        exit(1);
    }
}
