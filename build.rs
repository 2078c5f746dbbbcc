//! Compiles `content/` into the data the guide's app embeds: the flows and the FAQ titles they link
//! to (the FAQ's answers and search index are the FAQ app's: faq/build.rs). Broken content stops
//! every build (`cargo build`, `trunk build`, tests) with file and line.

use std::path::{Path, PathBuf};
use std::process::exit;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let data = match skattedeling_sitegen::compile(Path::new("content")) {
        Ok(data) => data,
        Err(errors) => {
            eprintln!("error: the content has problems:\n{errors}");
            exit(1);
        }
    };
    for (name, bytes) in skattedeling_sitegen::data_files(&data)
        .into_iter()
        .filter(|(name, _)| *name == skattedeling_sitegen::GUIDE_DATA_FILE)
    {
        if let Err(e) = skattedeling_sitegen::write_if_changed(&out.join(name), bytes) {
            eprintln!(
                "error: cannot write the site data to {}: {e}",
                out.join(name).display()
            );
            exit(1);
        }
    }
}
