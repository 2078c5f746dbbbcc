//! Compiles `content/` into the data the guide's app embeds: the flows and the FAQ titles they link
//! to, once per language (the FAQ's answers and search index are the FAQ app's: faq/build.rs). Broken content stops
//! every build (`cargo build`, `trunk build`, tests) with file and line.

use std::path::{Path, PathBuf};
use std::process::exit;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let data = skattedeling_sitegen::compile_for_build_script(Path::new("content"));
    for (name, bytes) in skattedeling_sitegen::data_files(&data)
        .into_iter()
        .filter(|(name, _)| {
            [
                skattedeling_sitegen::GUIDE_DATA_FILE,
                skattedeling_sitegen::GUIDE_DATA_FILE_NN,
                skattedeling_sitegen::GUIDE_DATA_FILE_EN,
            ]
            .contains(name)
        })
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
