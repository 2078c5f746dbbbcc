//! Search-as-you-type over the FAQ, tuned for Norwegian as people type it: folded case and letters,
//! stemmed inflections, prefixes of the word being typed, compounds, one-letter typos, technical terms
//! kept whole and an editor-maintained synonym list. The index is built at compile time and shipped
//! as data; a query walks only the terms it touches.

mod compact;
mod highlight;
mod index;
pub mod text;

pub use highlight::{highlight, snippet, KeyedText, Segment};
pub use index::{code_key, Posting, SearchIndex, Term};

/// The longest search read, in characters; the search box takes no more (`maxlength`), and a
/// longer query from the address is cut here.
pub const MAX_QUERY_CHARS: usize = 200;

/// One question that matched, with what made it match.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Position of the question in [`crate::Faq::questions`].
    pub doc: usize,
    pub score: f32,
    /// Index keys that matched in this question, for marking the words.
    pub terms: Vec<String>,
}
