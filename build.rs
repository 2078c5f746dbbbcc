//! Compiles `content/` into the data the app embeds: the FAQ with its answers rendered and the search
//! index built. Broken content stops every build (`cargo build`, `trunk build`, tests) with file and line.

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
    let bytes = skattedeling_sitegen::data_bytes(&data);
    if let Err(e) =
        skattedeling_sitegen::write_if_changed(&out.join(skattedeling_sitegen::DATA_FILE), bytes)
    {
        eprintln!(
            "error: cannot write the site data to {}: {e}",
            out.display()
        );
        exit(1);
    }
}
