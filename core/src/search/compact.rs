//! The search index as it is shipped: every word stored as what it adds to its term's key, beside
//! that term, and each term's questions as the gap from the one before. The index the search walks
//! keeps the full words, sorted, for prefixes and typos; this form is only how it travels. On
//! `content/` the FAQ app's data goes from 14.8 to 10.5 KB gzip, and its wasm from 76.4 to 74.3 KB:
//! room for the feedback forms within the first-load budget.

use super::index::{Posting, SearchIndex, Term};
use serde::{Deserialize, Serialize};

#[derive(Clone, Serialize, Deserialize)]
pub(super) struct CompactIndex {
    docs: u32,
    questions: u32,
    terms: Vec<CompactTerm>,
    synonyms: Vec<Vec<String>>,
    codes: Vec<String>,
}

#[derive(Clone, Serialize, Deserialize)]
struct CompactTerm {
    key: String,
    /// Each word of the term: how many bytes of the key's end it drops, and what it adds after.
    words: Vec<(u32, String)>,
    /// `(gap to the previous question, counts)`, in question order.
    postings: Vec<(u32, [u16; 4])>,
}

/// Why shipped index data cannot be read back; only a corrupted or foreign file gives one.
#[derive(Debug)]
pub(super) struct Corrupt(&'static str);

impl std::fmt::Display for Corrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the search index is corrupt: {}", self.0)
    }
}

impl From<SearchIndex> for CompactIndex {
    fn from(index: SearchIndex) -> Self {
        let mut words: Vec<Vec<(u32, String)>> = vec![Vec::new(); index.terms.len()];
        for (word, term) in &index.words {
            if let Some(list) = words.get_mut(*term as usize) {
                list.push(relative(&index.terms[*term as usize].key, word));
            }
        }
        let terms = index
            .terms
            .into_iter()
            .zip(words)
            .map(|(term, words)| {
                let mut previous = 0;
                let postings = term
                    .postings
                    .iter()
                    .map(|Posting(doc, counts)| {
                        let gap = doc.wrapping_sub(previous);
                        previous = *doc;
                        (gap, *counts)
                    })
                    .collect();
                CompactTerm {
                    key: term.key,
                    words,
                    postings,
                }
            })
            .collect();
        CompactIndex {
            docs: index.docs,
            questions: index.questions,
            terms,
            synonyms: index.synonyms,
            codes: index.codes,
        }
    }
}

impl TryFrom<CompactIndex> for SearchIndex {
    type Error = Corrupt;

    fn try_from(compact: CompactIndex) -> Result<Self, Corrupt> {
        let mut words = Vec::new();
        let mut terms = Vec::with_capacity(compact.terms.len());
        for (id, term) in compact.terms.into_iter().enumerate() {
            for (drop, added) in &term.words {
                let kept = usize::try_from(*drop)
                    .ok()
                    .and_then(|drop| term.key.len().checked_sub(drop));
                let stem = kept
                    .and_then(|kept| term.key.get(..kept))
                    .ok_or(Corrupt("a word drops more of its key than there is"))?;
                words.push((format!("{stem}{added}"), id as u32));
            }
            let mut doc = 0u32;
            let mut postings = Vec::with_capacity(term.postings.len());
            for (gap, counts) in term.postings {
                doc = doc
                    .checked_add(gap)
                    .filter(|d| *d < compact.docs)
                    .ok_or(Corrupt("a posting names no question"))?;
                postings.push(Posting(doc, counts));
            }
            terms.push(Term {
                key: term.key,
                postings,
            });
        }
        words.sort_unstable();
        Ok(SearchIndex {
            docs: compact.docs,
            questions: compact.questions,
            terms,
            words,
            synonyms: compact.synonyms,
            codes: compact.codes,
        })
    }
}

/// `word` as the bytes it drops from the end of `key` (at a character boundary) and what it adds
/// after: a word is its stem and an ending, so this is mostly `(0, ending)`.
fn relative(key: &str, word: &str) -> (u32, String) {
    let common = key
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take_while(|&end| word.get(..end) == key.get(..end))
        .last()
        .unwrap_or(0);
    // Keys are words, far shorter than 4 GB; a longer one would only keep its whole word.
    match u32::try_from(key.len() - common) {
        Ok(drop) => (drop, word[common..].to_string()),
        Err(_) => (0, word.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::faq::Faq;

    fn round_trip(index: &SearchIndex) -> SearchIndex {
        let bytes = postcard::to_allocvec(index).expect("serialises");
        postcard::from_bytes(&bytes).expect("reads back")
    }

    #[test]
    fn a_word_is_its_key_and_what_it_adds() {
        assert_eq!(relative("skatt", "skattene"), (0, "ene".into()));
        assert_eq!(relative("skatt", "skatt"), (0, String::new()));
        assert_eq!(relative("kommun", "kommunar"), (0, "ar".into()));
        assert_eq!(relative("tilgang", "tilgjengelig"), (3, "jengelig".into()));
        assert_eq!(relative("blå", "blått"), (0, "tt".into()));
        assert_eq!(relative("blå", "blu"), (2, "u".into()));
        assert_eq!(relative("x", "ø"), (1, "ø".into()));
    }

    #[test]
    fn the_shipped_form_reads_back_as_the_same_index() {
        let question = |id: &str, title: &str, answer: &str| crate::faq::Question {
            id: id.into(),
            section: "s".into(),
            title: title.into(),
            audiences: vec![],
            updated: crate::CalendarDate::ymd(2026, 1, 1).unwrap(),
            keywords: vec!["MP-251".into()],
            answer_html: String::new(),
            answer_text: answer.into(),
            sources: None,
        };
        let faq = Faq {
            sections: vec![],
            questions: vec![
                question("a", "Når stenger Infotorg?", "Infotorg stenger i 2026."),
                question("b", "Kva kostar det?", "Prisane på oppslaga er låge."),
                question("c", "Delegering", "Kommunen delegerer tilgangen i Altinn."),
            ],
            timeline: vec![],
            synonyms: vec![vec!["pris".into(), "kostnad".into()]],
        };
        let index = SearchIndex::build(&faq);
        assert!(!index.words.is_empty());
        assert_eq!(round_trip(&index), index);
    }

    #[test]
    fn a_long_key_and_an_unrelated_word_survive() {
        let key = "a".repeat(300);
        let index = SearchIndex {
            docs: 3,
            questions: 3,
            terms: vec![Term {
                key: key.clone(),
                postings: vec![Posting(0, [1, 0, 0, 0]), Posting(2, [0, 0, 7, 0])],
            }],
            words: vec![(key, 0), ("b".into(), 0)],
            synonyms: vec![],
            codes: vec![],
        };
        assert_eq!(round_trip(&index), index);
    }

    #[test]
    fn corrupt_data_is_an_error_not_a_panic() {
        let compact = |words: Vec<(u32, String)>, postings: Vec<(u32, [u16; 4])>| CompactIndex {
            docs: 2,
            questions: 2,
            terms: vec![CompactTerm {
                key: "ab".into(),
                words,
                postings,
            }],
            synonyms: vec![],
            codes: vec![],
        };
        assert!(SearchIndex::try_from(compact(vec![(3, "x".into())], vec![])).is_err());
        assert!(SearchIndex::try_from(compact(vec![], vec![(2, [1; 4])])).is_err());
        assert!(
            SearchIndex::try_from(compact(vec![], vec![(1, [1; 4]), (u32::MAX, [1; 4])])).is_err()
        );
        assert!(SearchIndex::try_from(compact(vec![(0, "c".into())], vec![(1, [1; 4])])).is_ok());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_word_is_rebuilt_from_any_key(key in "\\PC{0,12}", word in "\\PC{0,12}") {
            let (drop, added) = relative(&key, &word);
            let stem = &key[..key.len() - drop as usize];
            prop_assert_eq!(format!("{stem}{added}"), word);
        }
    }
}
