//! The Leptos components of the FAQ page. Each mirrors the markup `sitegen/src/page.rs` writes for the
//! static page, element for element, so the app takes over without anything moving.

mod app;
mod contact;
mod question;
mod results;
mod search_form;
mod timeline;

pub use app::{FaqApp, Initial};
pub use contact::Contact;
pub use question::QuestionCard;
pub use results::{NoResults, Results};
pub use search_form::SearchForm;
pub use timeline::Timeline;
