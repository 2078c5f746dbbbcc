//! `skattedeling-sitegen CONTENT_DIR OUT_DIR`: checks the content and writes the static FAQ page and the
//! app's data. Trunk runs it before every build; a content error stops the build with file and line.
//! `skattedeling-sitegen pages STAGING_DIR SITE_DIR` writes the nynorsk and English pages from the
//! built `index.html` (a post-build hook). `skattedeling-sitegen stale CONTENT_DIR` lists the
//! translations older than their bokmål text (`make test` prints it).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [pages, staging, site] if pages == "pages" => {
            match skattedeling_sitegen::languages::write_pages(
                &PathBuf::from(staging),
                &PathBuf::from(site),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: the nynorsk and English pages cannot be written: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        [stale, content] if stale == "stale" => {
            match skattedeling_sitegen::compile(&PathBuf::from(content)) {
                Ok(site) => {
                    let lines = skattedeling_sitegen::translate::stale_report(
                        &PathBuf::from(content),
                        &site.faq,
                        &site.translations,
                    );
                    if lines.is_empty() {
                        println!("every translation is of the bokmål text as it is now");
                    }
                    for line in lines {
                        println!("stale: {line}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: the content in {content} has problems:\n{e}");
                    ExitCode::FAILURE
                }
            }
        }
        [content, out] => {
            match skattedeling_sitegen::write_site(&PathBuf::from(content), &PathBuf::from(out)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: the content in {content} has problems:\n{e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("usage: skattedeling-sitegen CONTENT_DIR OUT_DIR\n       skattedeling-sitegen pages STAGING_DIR SITE_DIR\n       skattedeling-sitegen stale CONTENT_DIR");
            ExitCode::from(2)
        }
    }
}
