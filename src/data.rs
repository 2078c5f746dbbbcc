//! The FAQ data that `build.rs` compiled from `content/`, embedded in the app and read once.

use skattedeling_core::SiteData;
use std::sync::OnceLock;

/// In postcard's binary form: its deserializer is much smaller in the wasm than JSON's.
static DATA: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));

/// The FAQ and its search index.
pub fn site() -> &'static SiteData {
    static SITE: OnceLock<SiteData> = OnceLock::new();
    SITE.get_or_init(|| {
        postcard::from_bytes(DATA).expect("build.rs writes the site data it has just checked")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_data_is_the_whole_faq_with_its_index() {
        let site = site();
        assert_eq!(site.faq.questions.len(), 17);
        assert_eq!(site.index.docs, 17);
        assert!(!site.index.terms.is_empty());
    }
}
