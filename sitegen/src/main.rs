//! `skattedeling-sitegen CONTENT_DIR OUT_DIR`: checks the content and writes the static FAQ page and the
//! app's data. Trunk runs it before every build; a content error stops the build with file and line.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [content, out] = args.as_slice() else {
        eprintln!("usage: skattedeling-sitegen CONTENT_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match skattedeling_sitegen::write_site(&PathBuf::from(content), &PathBuf::from(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the content in {content} has problems:\n{e}");
            ExitCode::FAILURE
        }
    }
}
