//! The interactive guide: flows as data ([`flow`]), the engine that walks them ([`engine`]), the
//! checks it runs on what people type ([`scope`], [`token`], and [`crate::orgnr`]) and the summary a
//! person takes away ([`summary`]). The words they write themselves are in [`texts`], per language.

pub mod engine;
pub mod flow;
pub mod handover;
pub mod parties;
pub mod scope;
pub mod setup;
pub mod summary;
pub mod texts;
mod texts_en;
mod texts_nn;
pub mod token;
pub mod token_texts;
mod token_texts_en;
mod token_texts_nn;

pub use engine::{paths, progress, walk, Answered, Answers, FlowPath, GuideState, Progress, Walk};
pub use flow::{
    Check, Choice, CodeRoute, ConnectionTest, Flow, Guide, InputFormat, Next, Rule, Step, StepKind,
    Tone,
};
pub use parties::Parties;
