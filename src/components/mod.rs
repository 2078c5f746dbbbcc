//! The Leptos components: the guide, on the site's page (beside the FAQ, which is the FAQ app's:
//! `faq/`) and in a widget on other sites' pages.

mod guide;
pub mod site;
mod widget;

pub use guide::GuideApp;
pub use site::SiteGuide;
pub use widget::Widget;
