//! The Leptos components: the site (FAQ or guide), the FAQ page — each part mirroring the markup
//! `sitegen/src/page.rs` writes for the static page, element for element, so the app takes over
//! without anything moving — and the guide.

mod app;
mod contact;
mod guide;
mod question;
mod results;
mod search_form;
pub mod site;
mod timeline;
mod widget;

pub use app::{FaqApp, Initial};
pub use contact::Contact;
pub use guide::{GuideApp, GuideList};
pub use question::QuestionCard;
pub use results::{NoResults, Results};
pub use search_form::SearchForm;
pub use site::Site;
pub use timeline::Timeline;
pub use widget::{Widget, WidgetProblem};
