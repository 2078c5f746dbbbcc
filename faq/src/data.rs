//! The FAQ and its search index in bokmål, as `build.rs` compiled them from `content/`, read once;
//! the index in every language, loaded when a person is about to search (it is twice the size,
//! and a first visit does not wait for it); and the page's language with its texts.

use skattedeling_core::texts::{self, App};
use skattedeling_core::{FaqData, Lang, SearchIndex};
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// In postcard's binary form, as the guide's app embeds its own data.
static FAQ: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));
/// Where the index in every language is published, beside `index.html` (`sok-<revision>.bin`).
static SEARCH_FILE: &str = include_str!(concat!(env!("OUT_DIR"), "/sok.name"));

static BOKMAL: OnceLock<FaqData> = OnceLock::new();
/// The FAQ with the index in every language, once it is loaded.
static ALL: OnceLock<FaqData> = OnceLock::new();
static LOADING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The FAQ and its search index: in every language once [`load_every_language`] is done.
pub fn faq() -> &'static FaqData {
    ALL.get().unwrap_or_else(|| {
        BOKMAL.get_or_init(|| {
            postcard::from_bytes(FAQ).expect("build.rs writes the data it has just checked")
        })
    })
}

/// The page's language, from `<html lang>`.
pub fn lang() -> Lang {
    static LANG: OnceLock<Lang> = OnceLock::new();
    *LANG.get_or_init(skattedeling_browser::page_lang)
}

/// What the app says, in the page's language.
pub fn texts() -> &'static App {
    texts::app(lang())
}

/// Loads the index in every language (once), then runs `done`: from then on a search finds answers
/// typed in nynorsk or English on every page. A failure leaves the search in bokmål, as it was.
pub fn load_every_language(done: impl FnOnce() + 'static) {
    if ALL.get().is_some() || LOADING.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match fetch(&format!("/{}", SEARCH_FILE.trim())).await {
            Some(bytes) => {
                let Ok(index) = postcard::from_bytes::<SearchIndex>(&bytes) else {
                    return;
                };
                // Read again rather than cloned: a derived `Clone` of the data costs wasm.
                let Ok(mut all) = postcard::from_bytes::<FaqData>(FAQ) else {
                    return;
                };
                // An index of other documents (an old file, another build's) is not used: its
                // numbers would name questions and flows this page does not have.
                let questions = all.faq.questions.len();
                if index.questions as usize != questions
                    || index.docs as usize != questions + all.flows.len()
                    || index.codes.len() != questions
                {
                    return;
                }
                all.index = index;
                let _ = ALL.set(all);
                done();
            }
            // Tried again when the person next shows they are about to search.
            None => LOADING.store(false, std::sync::atomic::Ordering::Relaxed),
        }
    });
}

async fn fetch(url: &str) -> Option<Vec<u8>> {
    let response = JsFuture::from(skattedeling_browser::window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
