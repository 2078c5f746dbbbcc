//! The FAQ and its search index, as `build.rs` compiled them from `content/`, read once.

use skattedeling_core::FaqData;
use std::sync::OnceLock;

/// In postcard's binary form, as the guide's app embeds its own data.
static FAQ: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));

/// The FAQ and its search index.
pub fn faq() -> &'static FaqData {
    static DATA: OnceLock<FaqData> = OnceLock::new();
    DATA.get_or_init(|| {
        postcard::from_bytes(FAQ).expect("build.rs writes the data it has just checked")
    })
}
