//! Marking the words a search matched, in a title or in a short snippet of an answer.

use super::text::{stem, tokenize, Token};
use serde::{Deserialize, Serialize};

/// A piece of text, marked when it matched the search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// A text with its words, split once. A result's title and answer are marked again at every
/// keystroke; tokenizing and stemming the whole answer each time was the largest part of a
/// keystroke's script in the browser (issue 15).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyedText {
    text: String,
    words: Vec<Token>,
}

impl KeyedText {
    pub fn new(text: &str) -> KeyedText {
        KeyedText {
            text: text.to_string(),
            words: tokenize(text),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte ranges of the words that have one of the index `keys`, merged where they overlap. A
    /// word's key (its stem, or the word itself) is the start of the word, so only a word that
    /// starts with a key is stemmed.
    fn marked_ranges(&self, keys: &[String]) -> Vec<(usize, usize)> {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let marked = self.words.iter().filter(|t| {
            keys.iter().any(|k| t.folded.starts_with(k.as_str()))
                && if t.technical {
                    keys.contains(&t.folded)
                } else {
                    keys.contains(&stem(&t.folded))
                }
        });
        for t in marked {
            // The words come in text order, but a compound (`MP-251`) after the words in it: kept
            // in order as they come, not sorted after, which would add a sort's code to the FAQ app
            // (2.3 KB of its wasm).
            let range = (t.start, t.end);
            let at = ranges
                .iter()
                .rposition(|r| *r <= range)
                .map_or(0, |i| i + 1);
            ranges.insert(at, range);
        }
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match merged.last_mut() {
                Some((_, last_end)) if s <= *last_end => *last_end = (*last_end).max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }

    /// The text split into segments, the words with one of the index `keys` marked.
    pub fn highlight(&self, keys: &[String]) -> Vec<Segment> {
        segments(&self.text, &self.marked_ranges(keys))
    }

    /// About `max_chars` of the text around its first marked word, cut at word boundaries and with
    /// "…" where text was left out; the start of the text when nothing matched.
    pub fn snippet(&self, keys: &[String], max_chars: usize) -> Vec<Segment> {
        let text = &self.text;
        let ranges = self.marked_ranges(keys);
        let first = ranges.first().map_or(0, |r| r.0);
        // Start a little before the first match, at a word boundary.
        let lead = max_chars / 4;
        let mut start = first;
        for (taken, (i, _)) in text[..first].char_indices().rev().enumerate() {
            if taken >= lead {
                break;
            }
            start = i;
        }
        if start > 0 {
            // Just past the first space, however many bytes that space is.
            start = text[start..]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
                .map_or(start, |(ws, c)| (start + ws + c.len_utf8()).min(first));
        }
        let mut end = text[start..]
            .char_indices()
            .nth(max_chars)
            .map_or(text.len(), |(i, _)| start + i);
        if end < text.len() {
            end = text[..end]
                .rfind(char::is_whitespace)
                .filter(|&ws| ws > start)
                .unwrap_or(end);
        }
        let window: Vec<(usize, usize)> = ranges
            .iter()
            .filter(|(s, e)| *s >= start && *e <= end)
            .map(|(s, e)| (s - start, e - start))
            .collect();
        let mut out = segments(text[start..end].trim_end(), &window);
        if start > 0 {
            out.insert(
                0,
                Segment {
                    text: "… ".into(),
                    marked: false,
                },
            );
        }
        if end < text.len() {
            out.push(Segment {
                text: " …".into(),
                marked: false,
            });
        }
        out
    }
}

fn segments(text: &str, ranges: &[(usize, usize)]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in ranges {
        if s > at {
            out.push(Segment {
                text: text[at..s].to_string(),
                marked: false,
            });
        }
        out.push(Segment {
            text: text[s..e].to_string(),
            marked: true,
        });
        at = e;
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment {
            text: text[at..].to_string(),
            marked: false,
        });
    }
    out
}

/// `text` split into segments, the words with one of the index `keys` marked.
pub fn highlight(text: &str, keys: &[String]) -> Vec<Segment> {
    KeyedText::new(text).highlight(keys)
}

/// About `max_chars` of `text` around its first marked word (see [`KeyedText::snippet`]).
pub fn snippet(text: &str, keys: &[String], max_chars: usize) -> Vec<Segment> {
    KeyedText::new(text).snippet(keys, max_chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.marked {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    fn keys(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn marks_every_inflection_of_a_matched_stem() {
        let text = "Har kommunen delegert? Kommunene delegerer.";
        assert_eq!(
            show(&highlight(text, &keys(&["kommun", "deleg"]))),
            "Har [kommunen] [delegert]? [Kommunene] [delegerer]."
        );
    }

    #[test]
    fn one_text_is_marked_for_each_search_in_turn() {
        let text = KeyedText::new("Kommunen delegerer i Altinn.");
        assert_eq!(
            show(&text.highlight(&keys(&["deleg"]))),
            "Kommunen [delegerer] i Altinn."
        );
        assert_eq!(
            show(&text.highlight(&keys(&["kommun", "altinn"]))),
            "[Kommunen] delegerer i [Altinn]."
        );
        assert_eq!(show(&text.highlight(&[])), "Kommunen delegerer i Altinn.");
    }

    #[test]
    fn marks_a_technical_term_whole() {
        let text = "Navn: skatteetaten:summertskattegrunnlag.";
        assert_eq!(
            show(&highlight(
                text,
                &keys(&["skatteetaten:summertskattegrunnlag"])
            )),
            "Navn: [skatteetaten:summertskattegrunnlag]."
        );
    }

    #[test]
    fn unmatched_text_is_one_plain_segment() {
        assert_eq!(
            highlight("Hei", &[]),
            vec![Segment {
                text: "Hei".into(),
                marked: false
            }]
        );
    }

    #[test]
    fn snippet_centres_on_the_first_match() {
        let text = "Ett to tre fire fem seks sju åtte ni ti elleve tolv Altinn tretten fjorten femten seksten sytten atten nitten tjue";
        let s = show(&snippet(text, &keys(&["altinn"]), 40));
        assert!(s.starts_with("… "), "{s}");
        assert!(s.contains("[Altinn]"), "{s}");
        assert!(s.ends_with(" …"), "{s}");
        assert!(s.chars().count() <= 40 + 6, "{s}");
    }

    #[test]
    fn snippet_cuts_at_a_wide_space_without_slicing_into_it() {
        // A non-breaking space (text pasted from Word) is two bytes; an ideographic space three.
        for space in ['\u{a0}', '\u{3000}', '\u{2003}'] {
            let text = format!("ord{space}").repeat(30) + "Altinn";
            let s = show(&snippet(&text, &keys(&["altinn"]), 40));
            assert!(s.contains("[Altinn]"), "{s}");
        }
    }

    #[test]
    fn snippet_without_match_is_the_start() {
        let s = show(&snippet("Kort tekst.", &[], 40));
        assert_eq!(s, "Kort tekst.");
    }
}
