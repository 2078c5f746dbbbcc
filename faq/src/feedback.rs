//! Searches that find nothing, counted for KS by the feedback service (when the site has one): each
//! once per page view, when it has stood for a while. The votes under the answers are the guide
//! app's (`src/feedback.rs`): this app only loads it when a person is about to vote.

use crate::dom::{self, find};
use skattedeling_browser as browser;
use skattedeling_core::feedback::{MIN_QUERY_CHARS, SEARCH_PATH};
use skattedeling_core::json::write_string;
use web_sys::Element;

/// How long a search that finds nothing must stand before it is counted.
const SETTLED_MS: i32 = 2000;

/// Searches that found nothing, each counted once per page view when it has stood for a while.
#[derive(Default)]
pub struct ZeroSearches {
    /// The service's base address, from the search form (none: nothing is counted).
    service: Option<String>,
    counted: Vec<String>,
    timer: Option<i32>,
}

impl ZeroSearches {
    pub fn new(root: &Element) -> ZeroSearches {
        ZeroSearches {
            service: find(root, "form[data-tilbakemelding]")
                .and_then(|f| f.get_attribute("data-tilbakemelding")),
            ..ZeroSearches::default()
        }
    }

    /// The search `query` shows nothing now, or (`None`) something again.
    pub fn shown(&mut self, query: Option<&str>) {
        dom::cancel(self.timer.take());
        let Some(query) = query.map(str::trim) else {
            return;
        };
        if self.service.is_none() || query.chars().count() < MIN_QUERY_CHARS {
            return;
        }
        let query = query.to_string();
        self.timer = dom::after(SETTLED_MS, move || {
            crate::with_site(|site| site.faq.zero_searches.settled(query))
        });
    }

    fn settled(&mut self, query: String) {
        self.timer = None;
        let Some(service) = &self.service else {
            return;
        };
        if self.counted.contains(&query) {
            return;
        }
        let url = format!("{service}{SEARCH_PATH}");
        // Counted per language: the page's.
        let mut body = format!("{{\"sprak\":\"{}\",\"sok\":", crate::data::lang().code());
        write_string(&mut body, &query);
        body.push('}');
        self.counted.push(query);
        // A beacon: one small call, and sent even if the page is left at once. Its body goes as
        // text/plain (the service reads it as JSON), with the page's origin, as `fetch` would.
        let _ = browser::window()
            .navigator()
            .send_beacon_with_opt_str(&url, Some(&body));
    }
}
