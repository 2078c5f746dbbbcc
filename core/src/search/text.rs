//! Norwegian text as the search engine sees it: folding (case, æ/ø/å, accents), word and technical-term
//! tokens, a light suffix stemmer for bokmål and nynorsk inflections, and the stop words that carry no
//! meaning.

use crate::case::{is_letter, is_letter_or_digit};

/// A token found in a text: its byte range in the original and its folded form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower-cased, with æ→ae, ø→o, å→a and accents removed.
    pub folded: String,
    /// A technical term kept whole, such as `skatteetaten:summertskattegrunnlag` or `infotorg.no`.
    pub technical: bool,
}

/// Folds one character: lower case, æ→ae, ø→o, å→a, common accents dropped.
fn fold_char(c: char, out: &mut String) {
    match crate::case::lower(c) {
        'æ' | 'ä' => out.push_str("ae"),
        'ø' | 'ö' | 'ó' | 'ò' | 'ô' => out.push('o'),
        'å' | 'à' | 'á' | 'â' => out.push('a'),
        'é' | 'è' | 'ê' | 'ë' => out.push('e'),
        'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
        'í' | 'ì' | 'î' | 'ï' => out.push('i'),
        'ç' => out.push('c'),
        'ñ' => out.push('n'),
        other => out.push(other),
    }
}

/// Folds a whole string (see [`Token::folded`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Characters that may join the parts of a technical term.
fn is_joiner(c: char) -> bool {
    matches!(c, ':' | '.' | '_' | '-' | '/' | '@')
}

/// Splits text into word tokens (runs of letters and digits) and, for runs such as
/// `skatteetaten:summertskattegrunnlag`, one extra technical token for the whole run. Hyphenated
/// words (`fagsystem-leverandør`) also give their joined form as a word.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    // Start and end of the current run of non-space characters, trimmed of outer punctuation.
    let mut run: Option<(usize, usize)> = None;
    let mut word_start: Option<usize> = None;
    let mut words_in_run = 0;

    let finish_run =
        |run: &mut Option<(usize, usize)>, words: &mut usize, tokens: &mut Vec<Token>| {
            if let Some((s, e)) = run.take() {
                if *words > 1 {
                    let raw = &text[s..e];
                    let folded = fold(raw);
                    if raw.contains('-') && raw.chars().all(|c| is_letter_or_digit(c) || c == '-') {
                        tokens.push(Token {
                            start: s,
                            end: e,
                            folded: folded.replace('-', ""),
                            technical: false,
                        });
                    } else {
                        tokens.push(Token {
                            start: s,
                            end: e,
                            folded,
                            technical: true,
                        });
                    }
                }
            }
            *words = 0;
        };

    while let Some((i, c)) = chars.next() {
        if is_letter_or_digit(c) {
            if word_start.is_none() {
                word_start = Some(i);
            }
            let end = i + c.len_utf8();
            run = Some(run.map_or((i, end), |(s, _)| (s, end)));
        } else {
            if let Some(ws) = word_start.take() {
                tokens.push(Token {
                    start: ws,
                    end: i,
                    folded: fold(&text[ws..i]),
                    technical: false,
                });
                words_in_run += 1;
            }
            let next_is_word = chars.peek().is_some_and(|(_, n)| is_letter_or_digit(*n));
            if !(is_joiner(c) && run.is_some() && next_is_word) {
                finish_run(&mut run, &mut words_in_run, &mut tokens);
            }
        }
    }
    if let Some(ws) = word_start {
        tokens.push(Token {
            start: ws,
            end: text.len(),
            folded: fold(&text[ws..]),
            technical: false,
        });
        words_in_run += 1;
    }
    finish_run(&mut run, &mut words_in_run, &mut tokens);
    tokens
}

/// Inflection endings of bokmål and nynorsk, longest first, stripped by [`stem`]. Nynorsk adds the
/// -ar/-ane plurals of -ing, -ering and -asjon (opplysningar, delegeringane, organisasjonar), the
/// definite -a of feminines (opplysninga), -heit and -leik with their inflections (moglegheita,
/// tryggleiken) as bokmål has -het, and the -ar agent nouns (brukaren, innbyggjarar).
const SUFFIXES: &[&str] = &[
    "asjonene", "asjonane", "eringene", "eringane", "asjonen", "asjoner", "asjonar", "eringen",
    "eringer", "eringar", "hetenes", "heitene", "leikane", "hetene", "hetens", "ingene", "ingane",
    "eringa", "leiken", "leikar", "heiter", "asjon", "ering", "heten", "heter", "heita", "ingen",
    "inger", "ingar", "arane", "endes", "ernes", "edes", "ende", "ande", "erte", "erer", "eres",
    "enes", "erne", "inga", "heit", "leik", "arar", "aren", "ing", "het", "ede", "ert", "ere",
    "ene", "ens", "ane", "ers", "ets", "ast", "en", "er", "et", "es", "ar", "as", "te", "e", "a",
    "s",
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Whether an -ar ending of a word that is `rest` without it belongs to the word: in svar, ansvar,
/// samsvar, klar, avklar and forklar it does; in nøklar and artiklar (a vowel before the kl) it is a
/// plural.
fn ar_is_part_of_the_word(rest: &str) -> bool {
    rest.ends_with("sv")
        || rest
            .strip_suffix("kl")
            .is_some_and(|before| !before.ends_with(is_vowel))
}

/// Whether `word` may lose `suffix`, leaving `rest`: at least three letters with a vowel must remain,
/// and a few endings need more.
fn may_strip(rest: &str, suffix: &str) -> bool {
    let long_enough = rest.chars().count() >= 3 && rest.chars().any(is_vowel);
    long_enough
        && match suffix {
            // A plain -s is an ending only after a consonant other than s (so "gratis", "pris" stay).
            "s" => rest.ends_with(|c: char| !is_vowel(c) && c != 's'),
            // A past-tense -te, but not after s: tjeneste, teneste, liste, neste keep their t.
            "te" => !rest.ends_with('s'),
            _ if suffix.starts_with("ar") => !ar_is_part_of_the_word(rest),
            _ => true,
        }
}

/// Nynorsk writes a j after g and k where bokmål does not (leggje, innbyggjar, søkje, stengjer,
/// følgje, merkje); a stem ending so loses it, to meet the bokmål stem (legg, innbygg, søk). Only
/// after a consonant cluster (ggj, ngj, lgj, kkj, nkj, skj, rkj …) or a vowel and k: in regjering
/// (egj) and oppgjer (pgj) the j is the word's own.
fn without_nynorsk_j(base: &str) -> &str {
    let mut back = base.chars().rev();
    let (Some('j'), Some(g_or_k), Some(before)) = (back.next(), back.next(), back.next()) else {
        return base;
    };
    let after_cluster =
        matches!(g_or_k, 'g' | 'k') && matches!(before, 'g' | 'k' | 'n' | 's' | 'l' | 'r');
    let after_vowel = g_or_k == 'k' && is_vowel(before);
    if (after_cluster || after_vowel) && back.next().is_some() {
        &base[..base.len() - 1]
    } else {
        base
    }
}

/// Reduces a folded word to a stem shared by its inflections, in bokmål and nynorsk alike:
/// `delegere`, `delegering`, `delegert`, `delegeringa` → `deleg`; `kommune`, `kommunen`, `kommunar`,
/// `kommunane` → `kommun`. A light, predictable stemmer: it strips the longest known ending while at
/// least three letters with a vowel remain. The stem is always the start of the word.
pub fn stem(word: &str) -> String {
    if word.chars().count() <= 3 || !word.chars().all(is_letter) {
        return word.to_string();
    }
    let base = SUFFIXES
        .iter()
        .find_map(|suffix| {
            let rest = word.strip_suffix(suffix)?;
            may_strip(rest, suffix).then_some(rest)
        })
        .unwrap_or(word);
    let base = without_nynorsk_j(base);
    // As in the Snowball stemmer: a final "dt" or "vt" loses its "t".
    match base.strip_suffix("dt").or_else(|| base.strip_suffix("vt")) {
        Some(rest) => format!("{rest}{}", &base[rest.len()..rest.len() + 1]),
        None => base.to_string(),
    }
}

/// Bokmål (and a few nynorsk) function words, folded, that a search ignores unless they are all there is.
const STOP_WORDS: &[&str] = &[
    "alle",
    "at",
    "av",
    "bare",
    "begge",
    "ble",
    "blei",
    "bli",
    "blir",
    "blitt",
    "bade",
    "da",
    "de",
    "deg",
    "dei",
    "deim",
    "deira",
    "deires",
    "dem",
    "den",
    "denne",
    "der",
    "dere",
    "deres",
    "det",
    "dette",
    "di",
    "din",
    "disse",
    "ditt",
    "du",
    "eg",
    "ein",
    "eit",
    "eitt",
    "eller",
    "elles",
    "en",
    "enn",
    "er",
    "et",
    "ett",
    "etter",
    "for",
    "fordi",
    "fra",
    "ha",
    "hadde",
    "han",
    "hans",
    "har",
    "hennar",
    "henne",
    "hennes",
    "her",
    "hjaa",
    "ho",
    "hoe",
    "honom",
    "hoss",
    "hossen",
    "hun",
    "hva",
    "hvem",
    "hver",
    "hvilke",
    "hvilken",
    "hvis",
    "hvor",
    "hvordan",
    "hvorfor",
    "i",
    "ikke",
    "ikkje",
    "ingen",
    "ingi",
    "inkje",
    "inn",
    "inni",
    "ja",
    "jeg",
    "kan",
    "kom",
    "korleis",
    "korso",
    "kun",
    "kunne",
    "kva",
    "kvar",
    "kvarhelst",
    "kven",
    "kvi",
    "kvifor",
    "man",
    "mange",
    "me",
    "med",
    "medan",
    "meg",
    "meget",
    "mellom",
    "men",
    "mi",
    "min",
    "mine",
    "mitt",
    "mot",
    "mykje",
    "ned",
    "no",
    "noe",
    "noen",
    "noka",
    "noko",
    "nokon",
    "nokor",
    "nokre",
    "na",
    "nar",
    "og",
    "ogsa",
    "om",
    "opp",
    "oss",
    "over",
    "pa",
    "samme",
    "seg",
    "selv",
    "si",
    "sia",
    "sidan",
    "siden",
    "sin",
    "sine",
    "sitt",
    "sjol",
    "skal",
    "skulle",
    "slik",
    "so",
    "som",
    "somme",
    "somt",
    "sa",
    "sann",
    "til",
    "um",
    "upp",
    "ut",
    "uten",
    "var",
    "vart",
    "varte",
    "ved",
    "vere",
    "verte",
    "vi",
    "vil",
    "ville",
    "vore",
    "vors",
    "vort",
    "vaere",
    "vaert",
    "a",
    // English, for the English page's words and queries.
    "an",
    "and",
    "are",
    "as",
    "be",
    "can",
    "could",
    "did",
    "do",
    "does",
    "for",
    "from",
    "has",
    "have",
    "how",
    "i",
    "if",
    "in",
    "is",
    "it",
    "its",
    "my",
    "of",
    "on",
    "or",
    "our",
    "should",
    "that",
    "the",
    "their",
    "them",
    "there",
    "they",
    "this",
    "to",
    "us",
    "was",
    "we",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

/// Whether a folded word is a stop word.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.folded).collect()
    }

    #[test]
    fn folds_case_and_norwegian_letters() {
        assert_eq!(
            fold("Næringsinntekt PÅ Sørlandet"),
            "naeringsinntekt pa sorlandet"
        );
        assert_eq!(fold("Tietoévry"), "tietoevry");
    }

    #[test]
    fn splits_words_and_keeps_technical_terms_whole() {
        assert_eq!(
            folded("Scope: skatteetaten:summertskattegrunnlag."),
            [
                "scope",
                "skatteetaten",
                "summertskattegrunnlag",
                "skatteetaten:summertskattegrunnlag"
            ]
        );
        assert_eq!(
            folded("på infotorg.no?"),
            ["pa", "infotorg", "no", "infotorg.no"]
        );
        assert_eq!(folded("skatte- og inntekts"), ["skatte", "og", "inntekts"]);
        assert_eq!(
            folded("fagsystem-leverandør"),
            ["fagsystem", "leverandor", "fagsystemleverandor"]
        );
        assert_eq!(
            folded("«Summert Skattegrunnlag API – På vegne av»"),
            ["summert", "skattegrunnlag", "api", "pa", "vegne", "av"]
        );
    }

    #[test]
    fn token_offsets_point_into_the_original_text() {
        let text = "Hvem får tilgang?";
        let t = &tokenize(text)[1];
        assert_eq!(&text[t.start..t.end], "får");
        assert_eq!(t.folded, "far");
    }

    #[test]
    fn inflections_share_a_stem() {
        assert_groups_share_a_stem(&[
            &[
                "delegere",
                "delegering",
                "delegert",
                "delegerte",
                "delegeringen",
                "delegerer",
            ],
            &["kommune", "kommunen", "kommunens", "kommuner", "kommunene"],
            &[
                "leverandor",
                "leverandoren",
                "leverandorer",
                "leverandorene",
                "leverandorens",
            ],
            &["avtale", "avtalen", "avtaler", "avtalene"],
            &["prioritere", "prioriterer", "prioritering", "prioritert"],
            &["innbygger", "innbyggere", "innbyggerne"],
            &["sertifikat", "sertifikatet", "sertifikater"],
            &["naeringsinntekt", "naeringsinntekter", "naeringsinntektene"],
        ]);
    }

    /// Whether every word of each group has the same stem.
    fn assert_groups_share_a_stem(groups: &[&[&str]]) {
        for group in groups {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| s == &stems[0]),
                "{group:?} gave {stems:?}"
            );
        }
    }

    #[test]
    fn nynorsk_inflections_share_a_stem() {
        assert_groups_share_a_stem(&[
            &[
                "leverandor",
                "leverandoren",
                "leverandorar",
                "leverandorane",
            ],
            &["verksemd", "verksemda", "verksemder", "verksemdene"],
            &["opplysning", "opplysninga", "opplysningar", "opplysningane"],
            &["moglegheit", "moglegheita", "moglegheiter", "moglegheitene"],
            &["tryggleik", "tryggleiken", "tryggleikar", "tryggleikane"],
            &["kommune", "kommunen", "kommunar", "kommunane"],
            &["hentast", "henta", "hentar"],
            &["teneste", "tenesta", "tenester", "tenestene"],
            &[
                "rettigheitspakke",
                "rettigheitspakkar",
                "rettigheitspakkane",
            ],
            &["delegering", "delegeringa", "delegeringar", "delegeringane"],
            &[
                "organisasjon",
                "organisasjonen",
                "organisasjonar",
                "organisasjonane",
            ],
            &["brukar", "brukaren", "brukarar", "brukarane"],
            &["sokje", "sokjer", "sokjaren", "sokjarar"],
        ]);
    }

    #[test]
    fn nynorsk_and_bokmal_forms_of_a_word_share_a_stem() {
        assert_groups_share_a_stem(&[
            &["leverandorane", "leverandorene"],
            &[
                "opplysningar",
                "opplysningane",
                "opplysninger",
                "opplysningene",
            ],
            &["kommunar", "kommunane", "kommuner", "kommunene"],
            &[
                "delegeringa",
                "delegeringar",
                "delegeringen",
                "delegeringer",
            ],
            &["organisasjonar", "organisasjoner"],
            &["moglegheit", "mogleg"],
            &["tryggleik", "tryggleiken", "trygghet", "trygg"],
            &["rettigheiter", "rettigheter"],
            &["tjeneste", "tjenesten", "tjenester", "tjenestene"],
            &["innbyggjarar", "innbyggjarane", "innbyggere", "innbyggerne"],
            &["brukarar", "brukere"],
            &["leggjast", "legge", "legges"],
            &["stengjer", "stenger"],
            &["sokje", "soke", "soker"],
        ]);
    }

    #[test]
    fn stems_and_short_words_are_not_over_stemmed() {
        for word in [
            "heit", "leik", "svar", "klar", "ar", "ara", "aret", "arar", "bar",
        ] {
            assert_eq!(stem(word), word);
        }
        // An -ar that belongs to the word stays on it, in every form.
        assert_groups_share_a_stem(&[
            &["ansvar", "ansvaret"],
            &["svar", "svare", "svarar", "svarer", "svaret"],
            &["avklar", "avklare", "avklarar", "avklaring"],
            &[
                "forklar",
                "forklare",
                "forklarar",
                "forklarer",
                "forklaring",
            ],
        ]);
        assert_eq!(stem("ansvar"), "ansvar");
        assert_eq!(stem("forklarar"), "forklar");
        // But a plural -ar after a vowel and kl goes (nøklar, artiklar).
        assert_eq!(stem("noklar"), stem("nokler"));
        assert_eq!(stem("artiklar"), stem("artikler"));
        // The j of regjering and oppgjer is the word's own.
        assert_eq!(stem("regjeringen"), "regj");
        assert_eq!(stem("skatteoppgjeret"), "skatteoppgjer");
        // -heiter, the verb «is called», is too short to be an ending.
        assert_eq!(stem("heita"), "heit");
        assert_eq!(stem("heiter"), "heit");
    }

    #[test]
    fn short_words_and_words_ending_in_a_vowel_s_are_left_alone() {
        assert_eq!(stem("api"), "api");
        assert_eq!(stem("gratis"), "gratis");
        assert_eq!(stem("pris"), "pris");
        assert_eq!(stem("2023"), "2023");
    }

    #[test]
    fn knows_stop_words() {
        assert!(is_stop_word("hvordan"));
        assert!(is_stop_word("pa"));
        assert!(!is_stop_word("altinn"));
    }
}
