//! The plain-Rust heart of Skattedeling selvbetjening: the FAQ model, the Norwegian search engine, the
//! guide engine and the small pieces of logic the site shows (timeline, support e-mail, organisation
//! numbers). Nothing here knows about files or the browser, so everything is tested with `cargo test`.

pub mod case;
pub mod connection;
pub mod date;
pub mod faq;
pub mod feedback;
pub mod guide;
pub mod guide_ui;
mod guide_ui_en;
mod guide_ui_nn;
pub mod html;
pub mod json;
pub mod lang;
pub mod links;
pub mod orgnr;
pub mod person;
pub mod search;
pub mod site;
pub mod sources;
pub mod support;
pub mod texts;
mod texts_en;
mod texts_nn;
pub mod timeline;
pub mod translation;
pub mod ui;
pub mod url;
pub mod widget;

pub use date::{CalendarDate, DateError};
pub use faq::{
    Audience, Faq, FaqData, FaqTitle, FlowEntry, GuideData, Listing, Question, ResultKind, Section,
    SiteData,
};
pub use guide::{Flow, Guide, GuideState};
pub use lang::Lang;
pub use orgnr::{OrgNumber, OrgNumberError};
pub use search::{Hit, SearchIndex, Segment};
pub use sources::{Source, Sources};
pub use timeline::{TimelineEvent, When};
