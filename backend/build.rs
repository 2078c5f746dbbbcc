//! Compiles what the connection test says of each Maskinporten and Summert skattegrunnlag code from
//! the error-code catalogue (`content/feilkoder.toml`, each code's `[feil.testtjenesten]`), so the
//! test's results and the site's page explain the codes from one file. The content is checked as the
//! site's build checks it: a mistake stops this build too, with file and line. It also writes the list
//! of what a feedback vote may name (every FAQ answer and guide outcome, `core::feedback::targets`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::exit;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    println!("cargo:rerun-if-changed={}", content.display());
    let data = match skattedeling_sitegen::compile(&content) {
        Ok(data) => data,
        Err(errors) => {
            eprintln!("error: the content has problems:\n{errors}");
            exit(1);
        }
    };
    let mut table = String::from(
        "/// What the connection test says of each code, from `content/feilkoder.toml`.\n\
         pub static CODE_TEXTS: &[skattedeling_core::connection::codes::CodeText<&str>] = &[\n",
    );
    for t in &data.code_texts {
        // `{:?}` writes a string as a Rust literal, escapes and all.
        let _ = writeln!(
            table,
            "    skattedeling_core::connection::codes::CodeText {{ code: {:?}, \
             lang: skattedeling_core::Lang::{:?}, explanation: {:?}, advice: {:?}, in_test: {:?}, \
             faq: {:?} }},",
            t.code, t.lang, t.explanation, t.advice, t.in_test, t.faq
        );
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = skattedeling_sitegen::write_if_changed(&out.join("code_texts.rs"), table) {
        eprintln!("error: cannot write the code texts: {e}");
        exit(1);
    }
    let mut targets = String::from(
        "/// What a feedback vote may name, as (id, title): `core::feedback::targets` of the content.\n\
         pub static TARGETS: &[(&str, &str)] = &[\n",
    );
    for t in skattedeling_core::feedback::targets(&data.faq, &data.guide) {
        let _ = writeln!(targets, "    ({:?}, {:?}),", t.id, t.title);
    }
    targets.push_str("];\n");
    if let Err(e) =
        skattedeling_sitegen::write_if_changed(&out.join("feedback_targets.rs"), targets)
    {
        eprintln!("error: cannot write the feedback targets: {e}");
        exit(1);
    }
}
