//! How the site's two apps share its page. The FAQ app takes over the page sitegen wrote and owns the
//! address; the guide (the widget's Leptos app, with an entry point for the site) is loaded when a
//! person is about to open a flow, and renders in its own container. They tell each other about
//! changes to the address with these events on `window`.

use crate::guide::engine::flow_of_query;

/// The element the guide renders into on the site (in `#app`, beside the FAQ).
pub const GUIDE_CONTAINER_ID: &str = "veiviser-side";
/// The script that loads the guide on the site (written by `scripts/widget-files.sh`).
pub const GUIDE_LOADER: &str = "veiviser-side.js";
/// FAQ app → guide: the address changed (a link was followed); show what it says.
pub const GUIDE_FOLLOW_EVENT: &str = "skattedeling:veiviser";
/// Guide → FAQ app: the guide changed the address (an answer, a link to the FAQ).
pub const FAQ_FOLLOW_EVENT: &str = "skattedeling:faq";
/// Guide → FAQ app: the guide is mounted, or could not be loaded.
pub const GUIDE_READY_EVENT: &str = "skattedeling:veiviser-klar";
/// (static/veiviser-side.js sends it by this name.)
pub const GUIDE_FAILED_EVENT: &str = "skattedeling:veiviser-feil";

/// Whether a plain click on a link to `target` (its query string) on this page, with the address's
/// query at `here`, is followed without loading a page: between the FAQ and a guide flow, or between
/// a flow's screens. A link that changes only the `#fragment`, or goes from the FAQ to the FAQ (a
/// search link), is left to the browser.
pub fn follows_in_page(here: &str, target: &str) -> bool {
    here != target && (flow_of_query(here).is_some() || flow_of_query(target).is_some())
}

/// Whether the address's query `search` shows a guide flow rather than the FAQ.
pub fn shows_guide(search: &str) -> bool {
    flow_of_query(search).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_between_the_faq_and_the_guide_and_within_the_guide_stay_on_the_page() {
        assert!(follows_in_page("", "?flyt=tilkobling"));
        assert!(follows_in_page("?q=pris", "?flyt=tilkobling&rolle=kommune"));
        assert!(follows_in_page(
            "?flyt=tilkobling",
            "?flyt=tilkobling&rolle=kommune"
        ));
        assert!(follows_in_page("?flyt=tilkobling", ""));
        assert!(follows_in_page("?flyt=bytte", "?flyt=tilkobling"));
    }

    #[test]
    fn fragments_and_search_links_are_left_to_the_browser() {
        assert!(!follows_in_page("", ""));
        assert!(!follows_in_page("?flyt=tilkobling", "?flyt=tilkobling"));
        assert!(!follows_in_page("", "?q=pris"));
        assert!(!follows_in_page("?q=pris", "?for=kommune"));
        assert!(shows_guide("?flyt=andre-kommuner"));
        assert!(!shows_guide("?q=flyt"));
    }
}
