//! The inverted index: terms (stems and technical terms) with their postings per question and field,
//! the folded vocabulary for prefixes and typos, and the ranking of a query against them.

use super::compact::CompactIndex;
use super::text::{fold, is_stop_word, stem, tokenize, Token};
use super::Hit;
use crate::faq::Faq;
use crate::guide::{Flow, StepKind};
use crate::translation::Translation;
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
const TWO_TYPOS: f32 = 0.35;

/// Shortest folded word that compounds and typo tolerance apply to.
const MIN_FUZZY_LEN: usize = 5;
/// Shortest folded word in which two typos are forgiven.
const MIN_TWO_TYPOS_LEN: usize = 9;

/// Occurrences of a term in one question: `(question, [title, keywords, answer, section])`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting(pub u32, pub [u16; 4]);

/// A stem (or a technical term kept whole) and the questions it occurs in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub key: String,
    pub postings: Vec<Posting>,
}

/// The prebuilt search index for a [`Faq`]. It is shipped in a more compact form
/// ([`super::compact`]) and read back into this one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(into = "CompactIndex", try_from = "CompactIndex")]
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
    /// How many of the documents are FAQ questions; the rest are the guide's flows, in order.
    pub questions: u32,
}

/// A question's fields ([`Field`] order) in bokmål, then in each language it is translated into
/// (under its section's bokmål title where that is not translated).
fn versions(
    faq: &Faq,
    i: usize,
    q: &crate::faq::Question,
    translations: &[Translation],
) -> Vec<[String; 4]> {
    let section = faq.sections.iter().position(|s| s.id == q.section);
    let bokmal_section = section.map_or("", |s| faq.sections[s].title.as_str());
    let mut out = vec![[
        q.title.clone(),
        q.keywords.join(" "),
        q.answer_text.clone(),
        bokmal_section.to_string(),
    ]];
    for t in translations {
        if let Some(Some(tq)) = t.questions.get(i) {
            let title = section.and_then(|s| t.sections.get(s)?.as_deref());
            out.push([
                tq.title.clone(),
                tq.keywords.join(" "),
                tq.answer_text.clone(),
                title.unwrap_or(bokmal_section).to_string(),
            ]);
        }
    }
    out
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

/// How much a hit in each field of a guide flow counts ([`flow_fields`]): its title a little less
/// than an answer's, its description less than an answer's keywords, and what its screens ask far
/// less than an answer's text — a flow walks through what several answers explain, so it should be
/// found, but below the answer that says it in so many words. Its section is the word «Veiviser»,
/// which a person types to find the flows.
const FLOW_FIELD_WEIGHTS: [f32; 4] = [3.0, 1.0, 0.25, 3.0];

/// A guide flow as a search document, in [`Field`] order: its title; its description as keywords;
/// what its screens ask and conclude (questions, options, inputs, checks, outcome titles) as the
/// answer; and «Veiviser» as its section.
fn flow_fields(flow: &Flow) -> [String; 4] {
    let mut screens: Vec<&str> = Vec::new();
    for step in &flow.steps {
        match &step.kind {
            StepKind::Question { text, choices, .. } => {
                screens.push(text);
                screens.extend(choices.iter().map(|c| c.label.as_str()));
            }
            StepKind::Input { text, label, .. } => screens.extend([text.as_str(), label]),
            StepKind::Check { check, .. } => screens.push(&check.text),
            StepKind::Outcome { title, .. } => screens.push(title),
        }
    }
    [
        flow.title.clone(),
        flow.description.clone(),
        screens.join(" "),
        crate::ui::RESULT_KIND_FLOW.to_string(),
    ]
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

/// Optimal-string-alignment distance of at most two (two letters added, removed, changed or
/// swapped), for long words; `rows` is scratch space kept between calls.
fn within_two_edits(a: &[char], b: &[char], rows: &mut [Vec<usize>; 3]) -> bool {
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let n = b.len();
    let [before, previous, current] = rows;
    for row in [&mut *before, &mut *previous, &mut *current] {
        row.clear();
        row.resize(n + 1, 0);
    }
    previous.iter_mut().enumerate().for_each(|(j, d)| *d = j);
    for i in 1..=a.len() {
        current[0] = i;
        let mut least = i;
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            least = least.min(d);
        }
        if least > 2 {
            return false;
        }
        std::mem::swap(before, previous);
        std::mem::swap(previous, current);
    }
    previous[n] <= 2
}

/// The part of a query that is read: its first [`super::MAX_QUERY_CHARS`] characters. However long
/// the query (an address can hold megabytes), the work stays small.
fn clip(query: &str) -> &str {
    match query.char_indices().nth(super::MAX_QUERY_CHARS) {
        Some((end, _)) => &query[..end],
        None => query,
    }
}

/// How much a term's occurrences in one document count: each field by its weight, saturating as
/// BM25 does.
fn field_weight(counts: &[u16; 4], weights: [f32; 4]) -> f32 {
    counts
        .iter()
        .zip(weights)
        .map(|(&n, w)| {
            let n = f32::from(n);
            w * n * 2.2 / (n + 1.2)
        })
        .sum()
}

/// Keeps in `best` the `n` entries with the highest score, highest first, each `id` once (with its
/// best score); without sorting, whose code is large in the wasm.
fn keep_best(best: &mut Vec<(f32, usize)>, entry: (f32, usize), n: usize) {
    if let Some(i) = best.iter().position(|(_, id)| *id == entry.1) {
        if best[i].0 >= entry.0 {
            return;
        }
        best.remove(i);
    }
    let at = best
        .iter()
        .position(|(s, _)| *s < entry.0)
        .unwrap_or(best.len());
    if at < n {
        best.insert(at, entry);
        best.truncate(n);
    }
}

/// The pairs of neighbouring letters in a word, with its ends marked, for [`likeness`].
fn letter_pairs(word: &str) -> Vec<(char, char)> {
    let letters: Vec<char> = std::iter::once(' ')
        .chain(word.chars())
        .chain(std::iter::once(' '))
        .collect();
    letters.windows(2).map(|w| (w[0], w[1])).collect()
}

/// How alike two words are, from 0 to 1: the share of letter pairs they have in common (Dice), each
/// pair of `b` counted once.
fn likeness(a: &[(char, char)], b: &[(char, char)]) -> f32 {
    let mut used = [false; 64];
    let mut common = 0;
    for pair in a {
        let found = b
            .iter()
            .enumerate()
            .take(used.len())
            .position(|(j, p)| p == pair && !used[j]);
        if let Some(j) = found {
            used[j] = true;
            common += 1;
        }
    }
    2.0 * common as f32 / (a.len() + b.len()).max(1) as f32
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
        SearchIndex::build_with_flows(faq, &[])
    }

    /// Indexes `faq` as [`SearchIndex::build`] does, and after its questions the guide's `flows` (their
    /// titles, descriptions and what each screen asks), so a search finds a flow too.
    pub fn build_with_flows(faq: &Faq, flows: &[Flow]) -> SearchIndex {
        SearchIndex::build_in_all_languages(faq, flows, &[])
    }

    /// Indexes `faq` as [`SearchIndex::build_with_flows`] does, each question with its words in
    /// every language of `translations` as well, and their synonyms beside the bokmål ones: a
    /// search finds the answer whatever language it is typed in.
    pub fn build_in_all_languages(
        faq: &Faq,
        flows: &[Flow],
        translations: &[Translation],
    ) -> SearchIndex {
        // Each document in each of its languages; a term counts as often as in the version that
        // has it most, so an answer ranks in each language as it would on its own.
        let documents: Vec<Vec<[String; 4]>> = faq
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| versions(faq, i, q, translations))
            // And each flow in each language it is translated into.
            .chain(flows.iter().enumerate().map(|(i, f)| {
                std::iter::once(flow_fields(f))
                    .chain(
                        translations
                            .iter()
                            .filter_map(|t| t.flow(i))
                            .map(|t| flow_fields(&t.flow)),
                    )
                    .collect()
            }))
            .collect();
        let mut postings: BTreeMap<String, BTreeMap<u32, [u16; 4]>> = BTreeMap::new();
        let mut words: BTreeMap<String, String> = BTreeMap::new();
        for (doc, versions) in documents.iter().enumerate() {
            for fields in versions {
                let mut counted: BTreeMap<String, [u16; 4]> = BTreeMap::new();
                for (field, text) in [Field::Title, Field::Keywords, Field::Answer, Field::Section]
                    .into_iter()
                    .zip(fields)
                {
                    for token in tokenize(text) {
                        if !token.technical && is_stop_word(&token.folded) {
                            continue;
                        }
                        let key = key_of(&token);
                        let counts = counted.entry(key.clone()).or_default();
                        counts[field as usize] = counts[field as usize].saturating_add(1);
                        words.insert(token.folded, key);
                    }
                }
                for (key, counts) in counted {
                    let most = postings
                        .entry(key)
                        .or_default()
                        .entry(doc as u32)
                        .or_default();
                    for (m, c) in most.iter_mut().zip(counts) {
                        *m = (*m).max(c);
                    }
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
            .chain(translations.iter().flat_map(|t| &t.synonyms))
            .map(|group| group.iter().map(|e| synonym_key(e)).collect())
            .collect();
        let codes = faq
            .questions
            .iter()
            .map(|q| q.code().map(code_key).unwrap_or_default())
            .collect();
        SearchIndex {
            docs: documents.len() as u32,
            questions: faq.questions.len() as u32,
            terms,
            words,
            synonyms,
            codes,
        }
    }

    /// How much a term's occurrences in document `doc` count, by the weights of its kind.
    fn field_weight(&self, doc: usize, counts: &[u16; 4]) -> f32 {
        let weights = if doc >= self.questions as usize {
            FLOW_FIELD_WEIGHTS
        } else {
            FIELD_WEIGHTS
        };
        field_weight(counts, weights)
    }

    /// How rare a term is among the documents (BM25's inverse document frequency).
    fn idf(&self, term: &Term) -> f32 {
        let df = term.postings.len() as f32;
        (1.0 + (self.docs as f32 - df + 0.5) / (df + 0.5)).ln()
    }

    /// The `n` questions nearest to a query that found nothing, of those `include` lets through: the
    /// answers holding the words most like the query's (by the letter pairs they share), then the
    /// FAQ's first answers, so there are always `n` when the FAQ has them. Error-code entries and
    /// flows are left out: the page offers the guide beside these.
    pub fn closest(&self, query: &str, n: usize, include: impl Fn(usize) -> bool) -> Vec<usize> {
        let query = clip(query);
        let answer = |doc: usize| {
            doc < self.questions as usize
                && self.codes.get(doc).is_none_or(String::is_empty)
                && include(doc)
        };
        let mut score = vec![0f32; self.questions as usize];
        let typed: Vec<Vec<(char, char)>> = tokenize(query)
            .into_iter()
            .filter(|t| !t.technical && !is_stop_word(&t.folded) && t.folded.chars().count() >= 3)
            .take(8)
            .map(|t| letter_pairs(&t.folded))
            .collect();
        for pairs in &typed {
            // The three terms with the words most like this one (a word's term once).
            let mut near: Vec<(f32, usize)> = Vec::new();
            for (word, t) in &self.words {
                let like = likeness(pairs, &letter_pairs(word));
                if like >= 0.4 {
                    keep_best(&mut near, (like, *t as usize), 3);
                }
            }
            for (like, t) in near {
                let term = &self.terms[t];
                let idf = self.idf(term);
                for Posting(doc, counts) in &term.postings {
                    let doc = *doc as usize;
                    if answer(doc) {
                        score[doc] += like * idf * self.field_weight(doc, counts);
                    }
                }
            }
        }
        let mut ranked: Vec<(f32, usize)> = Vec::new();
        for (doc, &s) in score.iter().enumerate().filter(|(_, s)| **s > 0.0) {
            keep_best(&mut ranked, (s, doc), n);
        }
        let mut ranked: Vec<usize> = ranked.into_iter().map(|(_, doc)| doc).collect();
        let first = (0..self.questions as usize).filter(|&d| answer(d));
        for doc in first {
            if ranked.len() >= n {
                break;
            }
            if !ranked.contains(&doc) {
                ranked.push(doc);
            }
        }
        ranked
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
        if q.prefix && q.folded.chars().count() >= MIN_FUZZY_LEN {
            // A synonym being typed (`verksemds…`) finds what its group finds.
            let typing = |k: &String| k.starts_with(q.folded.as_str()) && !k.contains(' ');
            for group in self.synonyms.iter().filter(|g| g.iter().any(typing)) {
                for t in group.iter().filter_map(|k| self.term(k)) {
                    add(&mut found, t, PREFIX * SYNONYM);
                }
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
            if found.is_empty() && typed.len() >= MIN_TWO_TYPOS_LEN {
                self.two_typos(&typed, &mut found);
            }
        }
        found
    }

    /// Long words within two typos of `typed`, when none is within one.
    fn two_typos(&self, typed: &[char], found: &mut Vec<(usize, f32)>) {
        let mut rows: [Vec<usize>; 3] = Default::default();
        let mut candidate: Vec<char> = Vec::new();
        // Two letters more or less move the length by at most eight bytes (UTF-8).
        let bytes: usize = typed.iter().map(|c| c.len_utf8()).sum();
        for (word, t) in self
            .words
            .iter()
            .filter(|(w, _)| w.len().abs_diff(bytes) <= 8)
        {
            candidate.clear();
            candidate.extend(word.chars());
            if candidate.len() >= MIN_TWO_TYPOS_LEN - 1
                && within_two_edits(typed, &candidate, &mut rows)
                && !found.iter().any(|(f, _)| *f == *t as usize)
            {
                found.push((*t as usize, TWO_TYPOS));
            }
        }
    }

    /// The words of a query: stop words dropped, except a last word still being typed; the words of
    /// a synonym written as several (`legges ned`) count as one word, that synonym.
    fn query_terms(&self, query: &str) -> Vec<QueryTerm> {
        let typing = !query.ends_with(|c: char| c.is_whitespace());
        let tokens = tokenize(query);
        let (phrases, used) = self.phrases(&tokens);
        tokens
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !used.contains(i))
            .map(|(_, t)| t)
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
            .chain(phrases)
            .collect()
    }

    /// The synonyms of several words that `tokens` hold all the words of, wherever they stand
    /// (`når legges Infotorg ned` holds `legges ned`), each as the query word of its group's first
    /// one-word entry; and the positions of the tokens they take.
    fn phrases(&self, tokens: &[Token]) -> (Vec<QueryTerm>, Vec<usize>) {
        let mut terms = Vec::new();
        let mut used = Vec::new();
        for group in &self.synonyms {
            let Some(single) = group.iter().find(|k| !k.contains(' ')) else {
                continue;
            };
            for phrase in group.iter().filter(|k| k.contains(' ')) {
                let positions: Option<Vec<usize>> = phrase
                    .split(' ')
                    .map(|word| tokens.iter().position(|t| t.folded == word))
                    .collect();
                if let Some(positions) = positions {
                    used.extend(positions);
                    terms.push(QueryTerm {
                        folded: single.clone(),
                        key: single.clone(),
                        technical: false,
                        prefix: false,
                        prefix_only: false,
                    });
                    break;
                }
            }
        }
        (terms, used)
    }

    /// Whether `query` names the error code of the catalogue entry at `doc`, in any spelling.
    pub fn names_code(&self, doc: usize, query: &str) -> bool {
        self.codes
            .get(doc)
            .is_some_and(|code| !code.is_empty() && named_codes(clip(query)).contains(code))
    }

    /// Ranks the questions for which `include` is true against `query`, best first. A question must
    /// match at least one word; those matching more of the words rank higher.
    pub fn search(&self, query: &str, include: impl Fn(usize) -> bool) -> Vec<Hit> {
        let query = clip(query);
        let words = self.query_terms(query);
        if words.is_empty() {
            return Vec::new();
        }
        let docs = self.docs as usize;
        let mut total = vec![0f32; docs];
        let mut matched_words = vec![0u32; docs];
        let mut matched_terms: Vec<Vec<usize>> = vec![Vec::new(); docs];
        for word in &words {
            let mut best = vec![0f32; docs];
            // A synonym or a longer word counts no rarer than the word typed, when the index has it:
            // the same meaning in another language's text, whose words are rarer, must not outrank
            // the answer that says it in the words the person used.
            let own = self.term(&word.key).map(|t| self.idf(&self.terms[t]));
            for (t, quality) in self.candidates(word) {
                let term = &self.terms[t];
                let idf = own.map_or(self.idf(term), |own| self.idf(term).min(own));
                for Posting(doc, counts) in &term.postings {
                    let doc = *doc as usize;
                    if doc >= docs || !include(doc) {
                        continue;
                    }
                    let score = quality * idf * self.field_weight(doc, counts);
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
        // Unstable is as good here (no two hits share a document) and its code is in the wasm already.
        hits.sort_unstable_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
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
    fn two_edits_mean_two_letters() {
        let mut rows = Default::default();
        for (a, b) in [
            ("virksomhetssertifikat", "virksomhetsertifkat"),
            ("organisasjonsnummer", "organisajonsnumer"),
            ("segmentansvarlig", "segmentansarvlig"),
            ("delegering", "delegering"),
        ] {
            assert!(
                within_two_edits(&chars(a), &chars(b), &mut rows),
                "{a} / {b}"
            );
        }
        for (a, b) in [
            ("virksomhetssertifikat", "virksomhetsrtifkat"),
            ("organisasjonsnummer", "organisasjon"),
        ] {
            assert!(
                !within_two_edits(&chars(a), &chars(b), &mut rows),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn likeness_counts_shared_letter_pairs() {
        let pris = letter_pairs("pris");
        assert_eq!(likeness(&pris, &pris), 1.0);
        assert!(likeness(&letter_pairs("pirs"), &pris) >= 0.4);
        assert_eq!(likeness(&letter_pairs("xyz"), &pris), 0.0);
    }

    fn faq(synonyms: &[&[&str]]) -> Faq {
        let question = |id: &str, title: &str, answer: &str| crate::faq::Question {
            id: id.into(),
            section: "s".into(),
            title: title.into(),
            audiences: vec![],
            updated: crate::CalendarDate::ymd(2026, 1, 1).unwrap(),
            keywords: vec![],
            answer_html: String::new(),
            answer_text: answer.into(),
            sources: None,
        };
        Faq {
            sections: vec![],
            questions: vec![
                question(
                    "stenger",
                    "Når stenger Infotorg?",
                    "Infotorg stenger i 2026.",
                ),
                question("pris", "Hva er prisen?", "Pris per kall er lav."),
                question("altinn", "Hvordan delegerer vi?", "I Altinn."),
            ],
            timeline: vec![],
            synonyms: synonyms
                .iter()
                .map(|g| g.iter().map(|w| w.to_string()).collect())
                .collect(),
        }
    }

    #[test]
    fn a_synonym_of_several_words_matches_when_the_query_holds_them_all() {
        let index = SearchIndex::build(&faq(&[&["stenger", "legges ned"]]));
        let hits = index.search("når legges Infotorg ned", |_| true);
        assert_eq!(hits[0].doc, 0);
        // Both query words are found, so the coverage is whole.
        assert_eq!(hits[0].terms.len(), 2, "{:?}", hits[0].terms);
        assert!(index.search("legges", |_| true).is_empty());
    }

    #[test]
    fn a_synonym_being_typed_finds_its_group() {
        let index = SearchIndex::build(&faq(&[&["pris", "kostnadsnivaet"]]));
        assert_eq!(index.search("kostnads", |_| true)[0].doc, 1);
    }

    #[test]
    fn closest_offers_the_nearest_answers_and_then_the_first() {
        let index = SearchIndex::build(&faq(&[]));
        assert!(index.search("pirs", |_| true).is_empty());
        assert_eq!(index.closest("pirs", 3, |_| true), [1, 0, 2]);
        assert_eq!(index.closest("xylofon", 2, |_| true), [0, 1]);
        assert_eq!(index.closest("pirs", 3, |d| d != 1), [0, 2]);
    }

    #[test]
    fn synonym_entries_are_keyed_like_the_text() {
        assert_eq!(synonym_key("Skatteetaten"), stem("skatteetaten"));
        assert_eq!(synonym_key("org.nr"), "org.nr");
    }
}
