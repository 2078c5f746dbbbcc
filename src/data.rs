//! The guide's data that `build.rs` compiled from `content/`, embedded in the app and read once:
//! the flows, and the FAQ titles its links show. (The FAQ's answers and search index are the FAQ
//! app's, `faq/`.)

use skattedeling_core::GuideData;
use std::sync::OnceLock;

/// In postcard's binary form: its deserializer is much smaller in the wasm than JSON's.
static GUIDE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.bin"));

/// The guide's flows, and the FAQ titles its links show.
pub fn guide() -> &'static GuideData {
    static DATA: OnceLock<GuideData> = OnceLock::new();
    DATA.get_or_init(|| {
        postcard::from_bytes(GUIDE).expect("build.rs writes the site data it has just checked")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_guide_has_its_flows_and_every_faq_title() {
        let guide = guide();
        assert!(guide.guide.flow("tilkobling").is_some());
        assert_eq!(guide.faq_titles.len(), 18);
        assert!(guide.faq_question("kostnad").is_some());
    }
}
