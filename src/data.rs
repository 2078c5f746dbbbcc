//! The data that `build.rs` compiled from `content/`, embedded in the app and read once: the FAQ
//! page's and the guide's apart, so that the widget's app (src/bin/veiviser.rs), which never reads
//! the FAQ's, is built without it.

use serde::de::DeserializeOwned;
use skattedeling_core::{FaqData, GuideData};
use std::sync::OnceLock;

/// In postcard's binary form: its deserializer is much smaller in the wasm than JSON's.
static FAQ: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));
static GUIDE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.bin"));

/// The FAQ and its search index.
pub fn site() -> &'static FaqData {
    static DATA: OnceLock<FaqData> = OnceLock::new();
    DATA.get_or_init(|| decode(FAQ))
}

/// The guide's flows, and the FAQ titles its links show.
pub fn guide() -> &'static GuideData {
    static DATA: OnceLock<GuideData> = OnceLock::new();
    DATA.get_or_init(|| decode(GUIDE))
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> T {
    postcard::from_bytes(bytes).expect("build.rs writes the site data it has just checked")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_data_is_the_whole_faq_with_its_index_and_the_guide_with_every_title() {
        let site = site();
        assert_eq!(site.faq.questions.len(), 17);
        assert_eq!(site.index.docs, 17);
        assert!(!site.index.terms.is_empty());
        let guide = guide();
        assert!(guide.guide.flow("tilkobling").is_some());
        for q in &site.faq.questions {
            assert_eq!(
                guide.faq_question(&q.id).map(|t| t.title.as_str()),
                Some(q.title.as_str())
            );
        }
    }
}
