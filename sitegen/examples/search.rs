//! What the site's search returns for a query, as the page lists it: the kind, the title, and which
//! result is the best-answer card. For content authors checking a change, and for the figures in a
//! closing note.
//!
//!   cargo run -p skattedeling-sitegen --example search -- MP-251 ssg005 tt02

use skattedeling_core::{Listing, ResultKind};
use std::path::Path;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let data = match skattedeling_sitegen::compile(&content) {
        Ok(data) => data.faq_data(),
        Err(errors) => {
            eprintln!("error: the content has problems:\n{errors}");
            std::process::exit(1);
        }
    };
    for query in std::env::args().skip(1) {
        println!("«{query}»");
        let Listing::Results(hits) = data.listing(&query, None) else {
            continue;
        };
        let best = data.best(&query, &hits);
        for hit in hits.iter().take(5) {
            let kind = data.kind(hit.doc);
            let title = match kind {
                ResultKind::Flow(n) => data.flows[n].title.as_str(),
                _ => data.faq.questions[hit.doc].title.as_str(),
            };
            let card = if best == Some(hit.doc) {
                "  (best answer, open)"
            } else {
                ""
            };
            println!("  {:<9} {title}{card}", kind.label());
        }
        if hits.len() > 5 {
            println!("  … {} in all", hits.len());
        }
        if hits.is_empty() {
            println!("  no hit; the closest:");
            for doc in data.closest(&query, None) {
                println!("  {:<9} {}", "", data.faq.questions[doc].title);
            }
        }
    }
}
