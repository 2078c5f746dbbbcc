//! The inverted index: terms (stems and technical terms) with their postings per question and field,
//! the folded vocabulary for prefixes and typos, and the ranking of a query against them.

use super::text::{fold, is_stop_word, stem, tokenize, Token};
use super::Hit;
use crate::faq::Faq;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where in a question a term occurs; the index counts each separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Title = 0,
    Keywords = 1,
    Answer = 2,
    Section = 3,
}

/// How much a hit in each field counts, in [`Field`] order.
const FIELD_WEIGHTS: [f32; 4] = [4.0, 3.0, 1.0, 0.5];

/// How good a kind of match is, relative to the exact stem.
const EXACT: f32 = 1.0;
const TECHNICAL_EXACT: f32 = 1.5;
const SYNONYM: f32 = 0.9;
const PREFIX: f32 = 0.8;
const COMPOUND_HEAD: f32 = 0.7;
const COMPOUND_PART: f32 = 0.5;
const TYPO: f32 = 0.5;

/// Shortest folded word that compounds and typo tolerance apply to.
const MIN_FUZZY_LEN: usize = 5;

/// Occurrences of a term in one question: `(question, [title, keywords, answer, section])`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting(pub u32, pub [u16; 4]);

/// A stem (or a technical term kept whole) and the questions it occurs in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub key: String,
    pub postings: Vec<Posting>,
}

/// The prebuilt search index for a [`Faq`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Number of questions indexed.
    pub docs: u32,
    /// Sorted by key.
    pub terms: Vec<Term>,
    /// Every folded word seen, sorted, with the term it belongs to; for prefixes and typos.
    pub words: Vec<(String, u32)>,
    /// Synonym groups as index keys.
    pub synonyms: Vec<Vec<String>>,
    /// Per question, the error code it explains ([`code_key`]) when it is an entry of the error-code
    /// catalogue; empty for an answer.
    pub codes: Vec<String>,
}

/// How much an error-code entry counts against an answer when the query does not name its code: the
/// answers explain, the entries are for the person who has the code.
const CODE_ENTRY: f32 = 0.25;
/// How much more an entry counts when the query names its code, in whatever spelling: it goes first.
const CODE_NAMED: f32 = 20.0;

/// An error code as a person may type it, reduced to letters and digits: `MP-251`, `mp 251`, `mp251`
/// → `mp251`; `invalid_grant` → `invalidgrant`. Codes are ASCII (sitegen refuses others), so only
/// ASCII letters and digits count: the guide, which reads codes too, then carries no Unicode tables.
pub fn code_key(code: &str) -> String {
    fold(code)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Every code `query` may name: each word reduced as [`code_key`] does, and each word joined to the
/// next (`MP 251`, `HTTP 401`).
fn named_codes(query: &str) -> Vec<String> {
    let words: Vec<String> = query
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(code_key)
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = words.clone();
    out.extend(
        words
            .windows(2)
            .map(|pair| format!("{}{}", pair[0], pair[1])),
    );
    out
}

/// The index key of a token: the stem of a word, or a technical term as written (folded).
fn key_of(token: &Token) -> String {
    if token.technical {
        token.folded.clone()
    } else {
        stem(&token.folded)
    }
}

/// The key of one synonym-list entry.
pub(crate) fn synonym_key(entry: &str) -> String {
    let folded = fold(entry.trim());
    match tokenize(entry.trim()).as_slice() {
        [single] if !single.technical => stem(&single.folded),
        _ => folded,
    }
}

/// Damerau–Levenshtein distance of at most one (one letter added, removed, changed or two swapped).
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    if la == lb {
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if la > lb {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

/// One word of a query and how it may match.
struct QueryTerm {
    folded: String,
    key: String,
    technical: bool,
    /// The word being typed: its prefixes count.
    prefix: bool,
    /// A stop word kept only because it is being typed: only prefixes count.
    prefix_only: bool,
}

impl SearchIndex {
    /// Indexes every question of `faq` (titles, editor keywords, answers, section titles) and its
    /// synonym list.
    pub fn build(faq: &Faq) -> SearchIndex {
        let mut postings: BTreeMap<String, BTreeMap<u32, [u16; 4]>> = BTreeMap::new();
        let mut words: BTreeMap<String, String> = BTreeMap::new();
        for (doc, q) in faq.questions.iter().enumerate() {
            let section = faq.section(&q.section).map_or("", |s| s.title.as_str());
            let keywords = q.keywords.join(" ");
            for (field, text) in [
                (Field::Title, q.title.as_str()),
                (Field::Keywords, keywords.as_str()),
                (Field::Answer, q.answer_text.as_str()),
                (Field::Section, section),
            ] {
                for token in tokenize(text) {
                    if !token.technical && is_stop_word(&token.folded) {
                        continue;
                    }
                    let key = key_of(&token);
                    let counts = postings
                        .entry(key.clone())
                        .or_default()
                        .entry(doc as u32)
                        .or_default();
                    counts[field as usize] = counts[field as usize].saturating_add(1);
                    words.insert(token.folded, key);
                }
            }
        }
        let term_ids: BTreeMap<&str, u32> = postings
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i as u32))
            .collect();
        let words = words
            .iter()
            .map(|(w, k)| (w.clone(), term_ids[k.as_str()]))
            .collect();
        let terms = postings
            .iter()
            .map(|(key, docs)| Term {
                key: key.clone(),
                postings: docs.iter().map(|(d, c)| Posting(*d, *c)).collect(),
            })
            .collect();
        let synonyms = faq
            .synonyms
            .iter()
            .map(|group| group.iter().map(|e| synonym_key(e)).collect())
            .collect();
        let codes = faq
            .questions
            .iter()
            .map(|q| match q.id.strip_prefix(crate::ui::CODE_ANCHOR_PREFIX) {
                Some(code) if q.section == crate::ui::CODES_SECTION_ID => code_key(code),
                _ => String::new(),
            })
            .collect();
        SearchIndex {
            docs: faq.questions.len() as u32,
            terms,
            words,
            synonyms,
            codes,
        }
    }

    fn term(&self, key: &str) -> Option<usize> {
        self.terms
            .binary_search_by(|t| t.key.as_str().cmp(key))
            .ok()
    }

    /// Terms whose words start with `prefix`.
    fn prefixed<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = usize> + 'a {
        let start = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        self.words[start..]
            .iter()
            .take_while(move |(w, _)| w.starts_with(prefix))
            .map(|(_, t)| *t as usize)
    }

    /// Every term a query word may match, with how good the match is.
    fn candidates(&self, q: &QueryTerm) -> Vec<(usize, f32)> {
        let mut found: Vec<(usize, f32)> = Vec::new();
        fn add(found: &mut Vec<(usize, f32)>, term: usize, quality: f32) {
            match found.iter_mut().find(|(t, _)| *t == term) {
                Some((_, best)) => *best = best.max(quality),
                None => found.push((term, quality)),
            }
        }
        if !q.prefix_only {
            if let Some(t) = self.term(&q.key) {
                add(
                    &mut found,
                    t,
                    if q.technical { TECHNICAL_EXACT } else { EXACT },
                );
            }
            for group in self.synonyms.iter().filter(|g| g.contains(&q.key)) {
                for other in group.iter().filter(|k| **k != q.key) {
                    if let Some(t) = self.term(other) {
                        add(&mut found, t, SYNONYM);
                    }
                }
            }
        }
        if q.prefix && q.folded.chars().count() >= 2 {
            for t in self.prefixed(&q.folded) {
                add(&mut found, t, PREFIX);
            }
        }
        if q.prefix_only || q.technical {
            return found;
        }
        let len = q.key.chars().count();
        if len >= MIN_FUZZY_LEN {
            for (t, term) in self.terms.iter().enumerate() {
                if term.key != q.key && term.key.contains(q.key.as_str()) {
                    let quality = if term.key.ends_with(q.key.as_str()) {
                        COMPOUND_HEAD
                    } else {
                        COMPOUND_PART
                    };
                    add(&mut found, t, quality);
                }
            }
        }
        let direct = found.iter().any(|(_, quality)| *quality >= PREFIX);
        if !direct && q.folded.chars().count() >= MIN_FUZZY_LEN {
            let typed: Vec<char> = q.folded.chars().collect();
            // One letter more, less or changed moves the length by at most four bytes (UTF-8).
            let candidates = self
                .words
                .iter()
                .filter(|(w, _)| w.len().abs_diff(q.folded.len()) <= 4);
            for (word, t) in candidates {
                let candidate: Vec<char> = word.chars().collect();
                if within_one_edit(&typed, &candidate) {
                    add(&mut found, *t as usize, TYPO);
                }
            }
        }
        found
    }

    /// The words of a query: stop words dropped, except a last word still being typed.
    fn query_terms(query: &str) -> Vec<QueryTerm> {
        let typing = !query.ends_with(|c: char| c.is_whitespace());
        tokenize(query)
            .into_iter()
            .filter_map(|t| {
                let prefix = typing && t.end == query.len();
                let stop = !t.technical && is_stop_word(&t.folded);
                if stop && !prefix {
                    return None;
                }
                Some(QueryTerm {
                    key: key_of(&t),
                    prefix,
                    prefix_only: stop,
                    technical: t.technical,
                    folded: t.folded,
                })
            })
            .collect()
    }

    /// Ranks the questions for which `include` is true against `query`, best first. A question must
    /// match at least one word; those matching more of the words rank higher.
    pub fn search(&self, query: &str, include: impl Fn(usize) -> bool) -> Vec<Hit> {
        // However long the query (an address can hold megabytes), the work stays small.
        let query = match query.char_indices().nth(super::MAX_QUERY_CHARS) {
            Some((end, _)) => &query[..end],
            None => query,
        };
        let words = Self::query_terms(query);
        if words.is_empty() {
            return Vec::new();
        }
        let docs = self.docs as usize;
        let mut total = vec![0f32; docs];
        let mut matched_words = vec![0u32; docs];
        let mut matched_terms: Vec<Vec<usize>> = vec![Vec::new(); docs];
        for word in &words {
            let mut best = vec![0f32; docs];
            for (t, quality) in self.candidates(word) {
                let term = &self.terms[t];
                let df = term.postings.len() as f32;
                let idf = (1.0 + (docs as f32 - df + 0.5) / (df + 0.5)).ln();
                for Posting(doc, counts) in &term.postings {
                    let doc = *doc as usize;
                    if doc >= docs || !include(doc) {
                        continue;
                    }
                    let weight: f32 = counts
                        .iter()
                        .zip(FIELD_WEIGHTS)
                        .map(|(&n, w)| {
                            let n = f32::from(n);
                            w * n * 2.2 / (n + 1.2)
                        })
                        .sum();
                    let score = quality * idf * weight;
                    best[doc] = best[doc].max(score);
                    if !matched_terms[doc].contains(&t) {
                        matched_terms[doc].push(t);
                    }
                }
            }
            for doc in 0..docs {
                if best[doc] > 0.0 {
                    total[doc] += best[doc];
                    matched_words[doc] += 1;
                }
            }
        }
        let n = words.len() as f32;
        let named = named_codes(query);
        let weight = |doc: usize| match self.codes.get(doc).map(String::as_str) {
            None | Some("") => 1.0,
            Some(code) if named.iter().any(|c| c == code) => CODE_NAMED,
            Some(_) => CODE_ENTRY,
        };
        let mut hits: Vec<Hit> = (0..docs)
            .filter(|&d| matched_words[d] > 0)
            .map(|doc| {
                let coverage = matched_words[doc] as f32 / n;
                Hit {
                    doc,
                    score: total[doc] * coverage * coverage * weight(doc),
                    terms: matched_terms[doc]
                        .iter()
                        .map(|&t| self.terms[t].key.clone())
                        .collect(),
                }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_edit_means_one_letter() {
        for (a, b) in [
            ("delegering", "delegerring"),
            ("delegering", "delegring"),
            ("delegering", "delegerinf"),
            ("delegering", "delegreing"),
            ("kommune", "kommune"),
        ] {
            assert!(within_one_edit(&chars(a), &chars(b)), "{a} / {b}");
        }
        for (a, b) in [
            ("delegering", "delegasjon"),
            ("kommune", "komune!!"),
            ("abcd", "badc"),
        ] {
            assert!(!within_one_edit(&chars(a), &chars(b)), "{a} / {b}");
        }
    }

    #[test]
    fn synonym_entries_are_keyed_like_the_text() {
        assert_eq!(synonym_key("Skatteetaten"), stem("skatteetaten"));
        assert_eq!(synonym_key("org.nr"), "org.nr");
    }
}
