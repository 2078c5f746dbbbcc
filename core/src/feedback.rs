//! «Fant du det du lette etter?»: what the site and the feedback service agree on. The targets a vote
//! may name (every FAQ answer and guide outcome, with a revision of its text), the reasons for a «Nei»,
//! the routes, and the one reading of personal data in free text: the browser refuses a comment that
//! holds a fødselsnummer, an e-mail address or a phone number ([`personal_data`]); the service replaces
//! what could still identify a person with placeholders ([`redact`]) before anything is stored.
//!
//! No regular expressions and no Unicode tables: the FAQ app links [`personal_data`] into its wasm.

use crate::faq::Faq;
use crate::guide::flow::StepKind;
use crate::guide::Guide;

/// A vote: `{"mal", "revisjon", "sprak", "svar": "ja" | "nei", "nettside"}`.
pub const VOTE_PATH: &str = "/v1/feedback/vote";
/// A comment after «Nei»: `{"mal", "revisjon", "sprak", "grunn", "tekst", "nettside"}`.
pub const COMMENT_PATH: &str = "/v1/feedback/comment";
/// A search that found nothing: `{"sok", "sprak"}`.
pub const SEARCH_PATH: &str = "/v1/feedback/search";
/// KS' report (HTML; `.csv` beside it), behind a bearer token.
pub const REPORT_PATH: &str = "/v1/feedback/report";
/// The hidden field a person never fills in, and a bot often does.
pub const HONEYPOT: &str = "nettside";
/// The longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 300;
/// The longest search text kept, in characters.
pub const MAX_QUERY_CHARS: usize = 100;
/// The shortest search worth recording, in characters.
pub const MIN_QUERY_CHARS: usize = 3;

/// The feedback service's base URL from `config.json`'s `tilbakemelding` (absent or `null`: none),
/// or what is wrong with it, for the operator.
pub fn service(config_json: &str) -> Result<Option<String>, String> {
    let value = crate::json::parse(config_json.as_bytes())
        .map_err(|e| format!("linje {}: ikke gyldig JSON", e.line()))?;
    match value.get("tilbakemelding") {
        None | Some(crate::json::Value::Null) => Ok(None),
        Some(url) => {
            let url = url
                .as_str()
                .ok_or("tilbakemelding må være en adresse i anførselstegn, eller null")?;
            crate::connection::check_backend(url)
                .map(Some)
                .map_err(|e| format!("tilbakemelding: {e}"))
        }
    }
}

/// Something a vote can be about: an FAQ answer (its id, `kostnad`) or a guide outcome
/// (`flow/step`, `andre-kommuner/hjemmel-ja`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub id: String,
    pub title: String,
    /// [`revision`] of the text it shows, so a rewrite is counted apart from the text before it.
    pub revision: String,
}

/// Every answer and every outcome, answers first, each in reading order.
pub fn targets(faq: &Faq, guide: &Guide) -> Vec<Target> {
    let answers = faq.questions.iter().map(|q| Target {
        id: q.id.clone(),
        title: q.title.clone(),
        revision: revision(&q.answer_html),
    });
    let outcomes = guide.flows.iter().flat_map(|flow| {
        flow.steps.iter().filter_map(move |step| match &step.kind {
            StepKind::Outcome {
                title, body_html, ..
            } => Some(Target {
                id: outcome_id(&flow.id, &step.id),
                title: title.clone(),
                revision: revision(body_html),
            }),
            _ => None,
        })
    });
    answers.chain(outcomes).collect()
}

/// The target id of a guide outcome.
pub fn outcome_id(flow: &str, step: &str) -> String {
    let mut id = String::with_capacity(flow.len() + step.len() + 1);
    id.push_str(flow);
    id.push('/');
    id.push_str(step);
    id
}

/// A short, stable fingerprint of a text (FNV-1a, 32 bits, as 8 lower-case hex digits).
pub fn revision(text: &str) -> String {
    revision_of(text.as_bytes())
}

/// [`revision`] of any bytes (a data file's, say).
pub fn revision_of(bytes: &[u8]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    (0..8)
        .map(|i| {
            let nibble = (hash >> (28 - 4 * i)) & 0xf;
            char::from_digit(nibble, 16).unwrap_or('0')
        })
        .collect()
}

/// Whether `s` has the shape [`revision`] writes.
pub fn is_revision(s: &str) -> bool {
    s.len() == 8 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Why a person answered «Nei».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Missing,
    Wrong,
    Hard,
    NotMine,
}

impl Reason {
    pub const ALL: [Reason; 4] = [
        Reason::Missing,
        Reason::Wrong,
        Reason::Hard,
        Reason::NotMine,
    ];

    /// The value sent and stored.
    pub fn key(self) -> &'static str {
        match self {
            Reason::Missing => "mangler",
            Reason::Wrong => "feil",
            Reason::Hard => "vanskelig",
            Reason::NotMine => "gjelder-ikke",
        }
    }

    /// As the person reads it in bokmål (and KS' report shows it).
    pub fn label(self) -> &'static str {
        self.label_in(&crate::texts::NB_FEEDBACK)
    }

    /// As the person reads it in `texts`' language.
    pub fn label_in(self, texts: &crate::texts::Feedback) -> &'static str {
        texts.reason_labels[self as usize]
    }

    pub fn from_key(key: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// What a comment must not hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonalData {
    /// Eleven digits in a row: a fødselsnummer or d-nummer (no checksum test: from 2032 the
    /// control digits change), or a bank account number.
    PersonNumber,
    Email,
    Phone,
}

impl PersonalData {
    /// Why the comment cannot be sent, as the person reads it.
    pub fn refusal(self) -> &'static str {
        self.refusal_in(&crate::texts::NB_FEEDBACK)
    }

    /// [`PersonalData::refusal`] in `texts`' language.
    pub fn refusal_in(self, texts: &crate::texts::Feedback) -> &'static str {
        texts.refusals[self as usize]
    }
}

/// The first kind of personal data in `text` the browser must refuse to send, if any.
pub fn personal_data(text: &str) -> Option<PersonalData> {
    if emails(text).next().is_some() {
        return Some(PersonalData::Email);
    }
    numbers(text).find_map(|n| match n.kind() {
        NumberKind::PersonNumber | NumberKind::Account => Some(PersonalData::PersonNumber),
        NumberKind::Phone => Some(PersonalData::Phone),
        NumberKind::Organisation | NumberKind::Other => None,
    })
}

/// A text as the service stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redacted {
    pub text: String,
    /// Whether anything was replaced, or an `@` is left: the report hides such a comment by default.
    pub suspected: bool,
}

/// `text` with spaces collapsed, cut at `max_chars`, and every e-mail address, 11-digit number,
/// account number, phone number and organisation number (a sole proprietorship's names a person)
/// replaced by `[e-post]`, `[fnr]`, `[kontonr]`, `[tlf]`, `[orgnr]`. Codes such as `MP-251` stay.
pub fn redact(text: &str, max_chars: usize) -> Redacted {
    let text = collapse(text, max_chars);
    let mut spans: Vec<(usize, usize, &'static str)> = emails(&text)
        .map(|(start, end)| (start, end, "[e-post]"))
        .collect();
    for n in numbers(&text) {
        let inside_email = spans.iter().any(|&(s, e, _)| n.start < e && s < n.end);
        if inside_email {
            continue;
        }
        let placeholder = match n.kind() {
            NumberKind::PersonNumber => "[fnr]",
            NumberKind::Account => "[kontonr]",
            NumberKind::Phone => "[tlf]",
            NumberKind::Organisation => "[orgnr]",
            NumberKind::Other => continue,
        };
        spans.push((n.start, n.end, placeholder));
    }
    spans.sort_unstable_by_key(|s| s.0);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, placeholder) in &spans {
        out.push_str(&text[at..*start]);
        out.push_str(placeholder);
        at = *end;
    }
    out.push_str(&text[at..]);
    let suspected = !spans.is_empty() || out.contains('@');
    Redacted {
        text: out,
        suspected,
    }
}

/// Trimmed, every run of white space one space, at most `max_chars` characters.
fn collapse(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut chars = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if is_space(c) || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        let needed = if pending_space { 2 } else { 1 };
        if chars + needed > max_chars {
            break;
        }
        if pending_space {
            out.push(' ');
            chars += 1;
            pending_space = false;
        }
        out.push(c);
        chars += 1;
    }
    out
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}'
    )
}

/// Where e-mail addresses are: a word with an `@` that has something on both sides.
fn emails(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    words(text).filter(|&(start, end)| {
        let word = &text[start..end];
        word.find('@')
            .is_some_and(|at| at > 0 && at + 1 < word.len())
    })
}

/// The spans between spaces, with punctuation at the ends left out.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let start = at + rest.find(|c: char| !is_space(c))?;
        let len = text[start..].find(is_space).unwrap_or(text.len() - start);
        at = start + len;
        let word = &text[start..start + len];
        let trimmed_start = word.len() - word.trim_start_matches(is_edge).len();
        let trimmed = word.trim_matches(is_edge);
        Some((start + trimmed_start, start + trimmed_start + trimmed.len()))
    })
    .filter(|(s, e)| s < e)
}

fn is_edge(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '<'
            | '>'
            | '«'
            | '»'
            | '"'
            | '\''
            | ','
            | ';'
            | ':'
            | '.'
            | '!'
            | '?'
    )
}

/// A run of digits, with single spaces, dots or hyphens between its groups.
#[derive(Clone, Debug, PartialEq, Eq)]
struct NumberRun {
    start: usize,
    end: usize,
    digits: usize,
    /// The digit count of each group, in order.
    groups: Vec<usize>,
    /// Written with a country prefix (`+47`).
    plus: bool,
    /// Whether a dot joins groups (`1234.56.78903`, but also a date, `01.12.2026`).
    dotted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumberKind {
    PersonNumber,
    Account,
    Phone,
    Organisation,
    Other,
}

impl NumberRun {
    fn kind(&self) -> NumberKind {
        if self.dotted {
            // Dates and versions are dotted; of numbers, only an account is written so.
            return if self.groups == [4, 2, 5] {
                NumberKind::Account
            } else {
                NumberKind::Other
            };
        }
        if self.plus && (8..=15).contains(&self.digits) {
            return NumberKind::Phone;
        }
        match self.digits {
            11 if self.groups == [4, 2, 5] => NumberKind::Account,
            11.. => NumberKind::PersonNumber,
            10 if self.groups.first() == Some(&2) && self.groups.len() > 1 => NumberKind::Phone,
            9 => NumberKind::Organisation,
            8 => NumberKind::Phone,
            _ => NumberKind::Other,
        }
    }
}

/// Every run of digits in `text` that is not part of a word (`MP-251`, `v2` and `SSG-005` are codes,
/// not numbers).
fn numbers(text: &str) -> impl Iterator<Item = NumberRun> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let start = at + bytes[at..].iter().position(u8::is_ascii_digit)?;
        let run = read_run(bytes, start);
        at = run.end;
        let glued = start > 0 && is_word_byte(bytes[start - 1]);
        let glued_after = bytes.get(run.end).is_some_and(|&b| is_word_byte(b));
        if !glued && !glued_after {
            return Some(run);
        }
    })
}

/// A letter, or a hyphen after a letter (`MP-251`): what makes digits part of a code.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'-' || b == b'_' || b == b'/'
}

fn read_run(bytes: &[u8], start: usize) -> NumberRun {
    let plus = start > 0 && bytes[start - 1] == b'+';
    let mut groups = Vec::new();
    let mut dotted = false;
    let mut i = start;
    let mut group = 0;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            group += 1;
            i += 1;
        }
        groups.push(group);
        group = 0;
        let joins = i + 1 < bytes.len()
            && matches!(bytes[i], b' ' | b'.' | b'-')
            && bytes[i + 1].is_ascii_digit();
        if !joins {
            break;
        }
        dotted |= bytes[i] == b'.';
        i += 1;
    }
    NumberRun {
        start: if plus { start - 1 } else { start },
        end: i,
        digits: groups.iter().sum(),
        groups,
        plus,
        dotted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_are_short_stable_and_differ() {
        assert_eq!(revision(""), "811c9dc5");
        assert_eq!(revision("a"), "e40c292c");
        assert!(is_revision(&revision("Svaret")));
        assert_ne!(revision("Svaret."), revision("Svaret"));
        assert!(!is_revision("811C9DC5"));
        assert!(!is_revision("811c9dc"));
    }

    #[test]
    fn every_shape_of_a_person_number_is_refused() {
        for text in [
            "fnr 01019012345 her",
            "010190 12345",
            "010190-12345",
            "41019012345",
            "(01019012345)",
            "«01019012345».",
            "nr:01019012345",
        ] {
            assert_eq!(
                personal_data(text),
                Some(PersonalData::PersonNumber),
                "{text}"
            );
        }
    }

    #[test]
    fn e_mail_and_phone_are_refused() {
        assert_eq!(
            personal_data("skriv til ola.nordmann@kommune.no takk"),
            Some(PersonalData::Email)
        );
        for text in [
            "ring 12345678",
            "ring 12 34 56 78",
            "+47 12345678",
            "+4712345678",
            "123 45 678",
        ] {
            assert_eq!(personal_data(text), Some(PersonalData::Phone), "{text}");
        }
    }

    #[test]
    fn codes_years_dates_and_org_numbers_are_not_refused() {
        for text in [
            "Jeg fikk MP-251 og SSG-005",
            "inntektsåret 2025",
            "fra 01.12.2026",
            "versjon v2 av API-et",
            "orgnr 974760673",
            "scope skatteetaten:summertskattegrunnlag",
            "@ alene",
        ] {
            assert_eq!(personal_data(text), None, "{text}");
        }
    }

    #[test]
    fn redaction_replaces_with_placeholders_and_keeps_codes() {
        let r = redact(
            "MP-251 for 01019012345, konto 1234.56.78903, tlf +47 12 34 56 78, \
             orgnr 974 760 673, e-post ola@kommune.no",
            500,
        );
        assert_eq!(
            r.text,
            "MP-251 for [fnr], konto [kontonr], tlf [tlf], orgnr [orgnr], e-post [e-post]"
        );
        assert!(r.suspected);
        let clean = redact("  Fikk   MP-251\n i 2025 ", 500);
        assert_eq!(clean.text, "Fikk MP-251 i 2025");
        assert!(!clean.suspected);
    }

    #[test]
    fn redaction_cuts_at_the_limit_in_characters() {
        assert_eq!(redact("æøå æøå", 5).text, "æøå æ");
        assert_eq!(redact(&"ø".repeat(400), 300).text.chars().count(), 300);
    }

    #[test]
    fn the_service_is_read_from_the_config() {
        assert_eq!(service(r#"{"backend": null}"#), Ok(None));
        assert_eq!(service(r#"{"tilbakemelding": null}"#), Ok(None));
        assert_eq!(
            service(r#"{"tilbakemelding": "https://tilbakemelding.ks.no/"}"#),
            Ok(Some("https://tilbakemelding.ks.no".into()))
        );
        assert!(service(r#"{"tilbakemelding": "ftp://x"}"#).is_err());
        assert!(service(r#"{"tilbakemelding": 3}"#).is_err());
        assert!(service("{").unwrap_err().starts_with("linje 1"));
    }

    #[test]
    fn reasons_round_trip() {
        for r in Reason::ALL {
            assert_eq!(Reason::from_key(r.key()), Some(r));
        }
        assert_eq!(Reason::from_key("annet"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn separator() -> impl Strategy<Value = &'static str> {
        prop_oneof![Just(""), Just(" "), Just("-")]
    }

    proptest! {
        /// Whatever surrounds it, eleven digits (as 6 + 5 with any separator) never survive.
        #[test]
        fn no_person_number_survives(
            before in "[a-zæøå ,.:()]{0,20}",
            after in "[a-zæøå ,.:()]{0,20}",
            first in "[0-9]{6}",
            second in "[0-9]{5}",
            sep in separator(),
        ) {
            let text = format!("{before} {first}{sep}{second} {after}");
            let r = redact(&text, 500);
            prop_assert!(!r.text.contains(&first), "{}", r.text);
            prop_assert!(r.suspected);
            prop_assert_eq!(personal_data(&text), Some(PersonalData::PersonNumber));
        }

        #[test]
        fn no_email_survives(user in "[a-z0-9][a-z0-9._]{0,11}", host in "[a-z0-9-]{1,12}\\.(no|com)") {
            let text = format!("kontakt {user}@{host} nå");
            let r = redact(&text, 500);
            prop_assert!(!r.text.contains('@'), "{}", r.text);
            prop_assert_eq!(personal_data(&text), Some(PersonalData::Email));
        }

        #[test]
        fn codes_are_kept(prefix in "(MP|SSG|ER|API)", n in 0u32..1000) {
            let text = format!("Feilkode {prefix}-{n:03} i test");
            prop_assert_eq!(redact(&text, 500).text, text.clone());
            prop_assert_eq!(personal_data(&text), None);
        }

        /// No input panics either function, and the result is never longer than the limit.
        #[test]
        fn any_text_is_handled(text in "\\PC{0,400}", max in 0usize..400) {
            let r = redact(&text, max);
            prop_assert!(r.text.chars().count() <= max + 10 * 8);
            let _ = personal_data(&text);
        }
    }
}
