//! The guide's data that `build.rs` compiled from `content/`, embedded in the app and read once:
//! the flows, and the FAQ titles its links show, in the guide's language ([`crate::texts::lang`]).
//! (The FAQ's answers and search index are the FAQ app's, `faq/`.)
//!
//! Every language is embedded: the guide is loaded when a person opens it, never on a first visit,
//! and embedding keeps it working offline in a widget on another site's page. `make bench` prints
//! what it costs.

use skattedeling_core::{GuideData, Lang};
use std::sync::OnceLock;

/// In postcard's binary form: its deserializer is much smaller in the wasm than JSON's.
static NB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.bin"));
static NN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide-nn.bin"));
static EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide-en.bin"));

/// The guide's flows, and the FAQ titles its links show, in the guide's language.
pub fn guide() -> &'static GuideData {
    guide_in(crate::texts::lang())
}

/// The guide's data in `lang`.
pub fn guide_in(lang: Lang) -> &'static GuideData {
    static DATA: [OnceLock<GuideData>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (cell, bytes) = match lang {
        Lang::Nb => (&DATA[0], NB),
        Lang::Nn => (&DATA[1], NN),
        Lang::En => (&DATA[2], EN),
    };
    cell.get_or_init(|| {
        postcard::from_bytes(bytes).expect("build.rs writes the site data it has just checked")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_guide_has_its_flows_and_every_faq_title() {
        let guide = guide_in(Lang::Nb);
        assert!(guide.guide.flow("tilkobling").is_some());
        assert_eq!(guide.faq_titles.len(), 18);
        assert!(guide.faq_question("kostnad").is_some());
    }

    #[test]
    fn each_language_has_the_same_flows_in_its_own_words() {
        let nb = guide_in(Lang::Nb);
        for lang in Lang::TRANSLATIONS {
            let other = guide_in(lang);
            let ids = |g: &GuideData| {
                g.guide
                    .flows
                    .iter()
                    .map(|f| f.id.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(ids(nb), ids(other));
            for (a, b) in nb.guide.flows.iter().zip(&other.guide.flows) {
                assert_eq!(a.steps.len(), b.steps.len(), "{}", a.id);
                assert_ne!(a.title, b.title, "{} in {}", a.id, lang.code());
            }
            let kostnad = other
                .faq_question("kostnad")
                .expect("titles in every language");
            assert_ne!(kostnad.title, nb.faq_question("kostnad").unwrap().title);
        }
    }
}
