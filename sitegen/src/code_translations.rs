//! The error-code catalogue in nynorsk and English: `content/nn/feilkoder.toml` and
//! `content/en/feilkoder.toml` hold, per bokmål entry (the same `kode`), its words in that language:
//! what the page says of the code and, where the bokmål has `[feil.testtjenesten]`, what the
//! connection test's result says. The structure — the source, the FAQ answers, the check, whether
//! there is a sentence for the test environment — is the bokmål file's alone, so a translation that
//! names an unknown code, adds or leaves out a part, or writes a field of the structure fails the
//! build with file and line. Each entry names the bokmål words it was translated from
//! (`omsett_frå`, `translated_from`); one older than the bokmål is shown with a notice.

use crate::codes::{
    anchor, check_test_sentence, check_words, with_code_anchors, Structure, Words, Written,
    CODES_FILE,
};
use crate::error::ContentErrors;
use crate::guide::{line_at, read_toml, FileErrors, Known};
use crate::guide_translations::is_stale;
use serde::Deserialize;
use skattedeling_core::connection::codes::{placeholders_in, CodeText};
use skattedeling_core::translation::{TranslatedQuestion, Translation};
use skattedeling_core::{texts, ui, Faq, Guide, Lang};
use std::collections::HashMap;
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    #[serde(default)]
    feil: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    kode: Spanned<String>,
    #[serde(rename = "omsett_frå", alias = "translated_from")]
    from: Option<Spanned<String>>,
    tittel: String,
    betyr: String,
    arsak: String,
    gjor: String,
    hvem: String,
    testtjenesten: Option<RawTest>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTest {
    forklaring: Spanned<String>,
    rad: Spanned<String>,
    i_testmiljo: Option<Spanned<String>>,
}

/// What the bokmål catalogue gives its translations.
pub struct Bokmal<'a> {
    pub entries: &'a [Structure],
    /// What the connection test says of each code in bokmål.
    pub texts: &'a [CodeText],
    pub faq: &'a Faq,
    pub guide: &'a Guide,
    pub known: &'a Known<'a>,
}

/// Puts each translated entry into its language's [`Translation`] (and the catalogue's section
/// title, a text of the page), and returns what the connection test says of the codes in each
/// language.
pub fn translate(
    content: &Path,
    bokmal: &Bokmal,
    translations: &mut [Translation],
    errors: &mut ContentErrors,
) -> Vec<CodeText> {
    let mut texts = Vec::new();
    let section = bokmal
        .faq
        .sections
        .iter()
        .position(|s| s.id == ui::CODES_SECTION_ID);
    for translation in translations {
        if let Some(at) = section {
            translation.sections[at] =
                Some(texts::page(translation.lang).codes_section_title.into());
        }
        let path = content.join(translation.lang.code()).join(CODES_FILE);
        if path.exists() {
            texts.extend(load(&path, bokmal, translation, errors));
        }
    }
    texts
}

/// One language's file.
fn load(
    path: &Path,
    bokmal: &Bokmal,
    translation: &mut Translation,
    errors: &mut ContentErrors,
) -> Vec<CodeText> {
    let Some((raw, source)) = read_toml::<RawTranslation>(path, errors) else {
        return Vec::new();
    };
    let mut out = FileErrors {
        file: path.to_path_buf(),
        errors,
    };
    let anchors = with_code_anchors(bokmal.known, bokmal.entries.iter().map(|e| e.code.clone()));
    let known = Known {
        questions: bokmal.known.questions,
        anchors: bokmal.known.anchors.map(|_| &anchors),
        flows: bokmal.known.flows,
        codes: bokmal.known.codes,
    };
    // «Les mer» names the answers in this language where they are translated.
    let titles: HashMap<&str, String> = bokmal
        .faq
        .questions
        .iter()
        .zip(&translation.questions)
        .map(|(q, t)| {
            (
                q.id.as_str(),
                t.as_ref().map_or(&q.title, |t| &t.title).clone(),
            )
        })
        .collect();
    let written = Written {
        lang: translation.lang,
        faq_title: &|id| titles.get(id).cloned(),
        guide: bokmal.guide,
        known: &known,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut texts = Vec::new();
    for raw in raw.feil {
        let line = line_at(&source, raw.kode.span().start);
        let code = raw.kode.get_ref().as_str();
        let Some(entry) = bokmal.entries.iter().find(|e| e.code == code) else {
            out.at(line, format!("unknown code `{code}`: a translation has the code of an entry in ../{CODES_FILE}"));
            continue;
        };
        if let Some(first) = seen.insert(code.to_string(), line) {
            out.at(
                line,
                format!("code `{code}` is translated twice (first on line {first})"),
            );
            continue;
        }
        let lang = translation.lang;
        let stale = stale(&raw, entry, lang, line, &mut out);
        texts.extend(test_text(
            &raw,
            entry,
            bokmal.texts,
            lang,
            line,
            &source,
            &mut out,
        ));
        let Some(place) = bokmal
            .faq
            .questions
            .iter()
            .position(|q| q.id == anchor(code))
        else {
            continue;
        };
        translation.questions[place] = question(&raw, entry, &written, line, &mut out, stale);
    }
    texts
}

/// The entry as its language's page shows it; `None` when the translation does not say what it
/// was translated from.
fn question(
    raw: &RawEntry,
    entry: &Structure,
    written: &Written,
    line: usize,
    out: &mut FileErrors,
    stale: Option<bool>,
) -> Option<TranslatedQuestion> {
    let words = raw.words();
    check_words(&format!("code `{}`", entry.code), &words, line, out);
    let (title, rendered) = written.entry(entry, &words, line, out);
    Some(TranslatedQuestion {
        title,
        answer_html: rendered.html,
        answer_text: rendered.text,
        keywords: vec![
            entry.kilde.clone(),
            texts::page(written.lang).code_keyword.to_string(),
        ],
        sources: None,
        stale: stale?,
    })
}

impl RawEntry {
    fn words(&self) -> Words<'_> {
        Words {
            title: &self.tittel,
            means: &self.betyr,
            cause: &self.arsak,
            action: &self.gjor,
            who: &self.hvem,
        }
    }
}

/// Whether the translation is older than the bokmål words; `None` when it does not say.
fn stale(
    raw: &RawEntry,
    entry: &Structure,
    lang: Lang,
    line: usize,
    out: &mut FileErrors,
) -> Option<bool> {
    let from = raw.from.as_ref().map(|f| f.get_ref().as_str());
    let what = format!("code `{}`", entry.code);
    is_stale(from, &entry.revision, &what, lang, line, out)
}

/// The connection test's words in this language: the same parts as the bokmål, each a sentence
/// with the bokmål's placeholders.
fn test_text(
    raw: &RawEntry,
    entry: &Structure,
    bokmal: &[CodeText],
    lang: Lang,
    line: usize,
    source: &str,
    out: &mut FileErrors,
) -> Option<CodeText> {
    let what = format!("code `{}`", entry.code);
    let (raw_test, (in_test, faq)) = match (&raw.testtjenesten, &entry.test) {
        (None, None) => return None,
        (Some(t), Some(s)) => (t, s),
        (None, Some(_)) => {
            out.at(
                line,
                format!("{what}: the bokmål entry has `[feil.testtjenesten]`; translate it too"),
            );
            return None;
        }
        (Some(_), None) => {
            out.at(
                line,
                format!("{what}: the bokmål entry has no `[feil.testtjenesten]`; take it out"),
            );
            return None;
        }
    };
    let original = bokmal.iter().find(|t| t.code == entry.code)?;
    if raw_test.i_testmiljo.is_some() != *in_test {
        let (has, does) = if *in_test {
            ("has", "translate it too")
        } else {
            ("has no", "take it out")
        };
        out.at(
            line,
            format!("{what}: the bokmål entry {has} `testtjenesten.i_testmiljo`; {does}"),
        );
        return None;
    }
    let before = out.errors.0.len();
    let fields = [
        (
            "forklaring",
            Some(&raw_test.forklaring),
            Some(&original.explanation),
        ),
        ("rad", Some(&raw_test.rad), Some(&original.advice)),
        (
            "i_testmiljo",
            raw_test.i_testmiljo.as_ref(),
            original.in_test.as_ref(),
        ),
    ];
    for (name, text, bokmal_text) in fields {
        let (Some(text), Some(bokmal_text)) = (text, bokmal_text) else {
            continue;
        };
        check_test_sentence(&what, name, text, source, out);
        let mut ours = placeholders_in(text.get_ref()).unwrap_or_default();
        let mut theirs = placeholders_in(bokmal_text).unwrap_or_default();
        ours.sort_unstable();
        theirs.sort_unstable();
        if ours != theirs {
            let at = line_at(source, text.span().start);
            out.at(at, format!("{what}: `testtjenesten.{name}` has the placeholders {ours:?}, the bokmål has {theirs:?}: keep the same ones"));
        }
    }
    (out.errors.0.len() == before).then(|| CodeText {
        code: entry.code.clone(),
        lang,
        explanation: raw_test.forklaring.get_ref().trim().to_string(),
        advice: raw_test.rad.get_ref().trim().to_string(),
        in_test: raw_test
            .i_testmiljo
            .as_ref()
            .map(|t| t.get_ref().trim().to_string()),
        faq: faq.clone(),
    })
}
