//! Lower and upper case for the Latin letters Norwegian text is written in (ASCII, Latin-1 and Latin
//! Extended-A: æ, ø, å, the Sámi letters, the accents of loanwords and names), by arithmetic instead
//! of the standard library's Unicode tables. `char::to_lowercase` and `to_uppercase` bring about
//! 7–10 KB gzip of tables into each browser app (../shared/research/wasm-size.md, E4), all spent on
//! scripts the site never shows. Letters outside these blocks are left as they are. The same goes
//! for telling letters from other characters ([`is_letter`]): `char::is_alphabetic` and
//! `is_alphanumeric` cost the FAQ app 1.9 KB gzip of tables.
//!
//! The search index is built by sitegen and read by the apps with the same fold, so what is indexed
//! and what is typed always agree.

/// Whether `c` is a letter of the Latin blocks the site's text is written in: ASCII, Latin-1 and
/// Latin Extended-A and -B (U+0000–U+024F, Norwegian, the Sámi languages, loanwords and names). The
/// search splits words with it, in sitegen and in the apps alike; `char::is_alphabetic` would bring
/// the tables for every script into the FAQ app.
pub fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='\u{24f}')
}

/// Whether `c` is a letter (see [`is_letter`]) or an ASCII digit: a character of a word.
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// Whether `c` is an upper-case letter of Latin Extended-A (U+0100–U+017F) whose lower case is `c + 1`.
fn extended_a_upper(c: u32) -> bool {
    match c {
        // Ā ā … Ķ ķ, and Ŋ ŋ … Ŷ ŷ: pairs starting on an even code point.
        0x100..=0x137 | 0x14a..=0x177 => c.is_multiple_of(2),
        // Ĺ ĺ … Ň ň, and Ź ź … Ž ž: pairs starting on an odd one.
        0x139..=0x148 | 0x179..=0x17e => !c.is_multiple_of(2),
        _ => false,
    }
}

/// The lower case of `c`, for ASCII, Latin-1 and Latin Extended-A; any other character unchanged.
/// `İ` (U+0130) becomes a plain `i`, where Unicode adds a combining dot.
pub fn lower(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => code + 0x20,
        0x130 => 'i' as u32,
        0x178 => 0xff,
        _ if extended_a_upper(code) => code + 1,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// The upper case of `c`, for the same letters as [`lower`]; any other character unchanged. Letters
/// whose upper case is more than one character (`ß`, `ŉ`) and the dotless `ı` are left as they are.
pub fn upper(c: char) -> char {
    let code = c as u32;
    let raised = match code {
        0x61..=0x7a | 0xe0..=0xf6 | 0xf8..=0xfe => code - 0x20,
        0xb5 => 0x39c,
        0xff => 0x178,
        0x17f => 'S' as u32,
        0x131 => code,
        _ if code > 0x100 && extended_a_upper(code - 1) => code - 1,
        _ => code,
    };
    char::from_u32(raised).unwrap_or(c)
}

/// `s` in lower case (see [`lower`]).
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// `s` with its first letter in upper case (see [`upper`]).
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper(first)).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_the_standard_librarys_in_the_latin_blocks_and_nothing_beyond() {
        for code in 0..=0x24f_u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            // Digits are ASCII only: superscripts and fractions (², ½) do not make words.
            let numeric_beyond_ascii = c.is_numeric() && !c.is_ascii_digit();
            assert_eq!(
                is_letter_or_digit(c),
                c.is_alphanumeric() && !numeric_beyond_ascii,
                "{c:?}"
            );
        }
        for c in ['Ω', 'ж', 'ا', '中', '٣', '\u{300}'] {
            assert!(!is_letter_or_digit(c), "{c:?}");
        }
    }

    /// Every character of ASCII, Latin-1 and Latin Extended-A whose Unicode case is one character.
    fn covered() -> impl Iterator<Item = char> {
        (0..=0x17f_u32).filter_map(char::from_u32)
    }

    fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
        let first = chars.next()?;
        chars.next().is_none().then_some(first)
    }

    #[test]
    fn lower_case_is_unicodes_for_every_latin_letter_up_to_extended_a() {
        for c in covered() {
            let expected = single(c.to_lowercase()).unwrap_or('i');
            assert_eq!(lower(c), expected, "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn upper_case_is_unicodes_where_that_is_one_letter_in_the_same_blocks() {
        for c in covered() {
            let Some(expected) = single(c.to_uppercase()) else {
                assert_eq!(
                    upper(c),
                    c,
                    "{c:?} has no one-letter upper case: left as it is"
                );
                continue;
            };
            if c == 'ı' {
                assert_eq!(upper(c), c);
                continue;
            }
            assert_eq!(upper(c), expected, "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn other_scripts_are_left_as_they_are() {
        for c in ['Ω', 'Ж', 'Ǆ', 'ẞ', '中', '🙂', '\u{10ffff}'] {
            assert_eq!(lower(c), c);
            assert_eq!(upper(c), c);
        }
    }

    #[test]
    fn norwegian_and_sami_words() {
        assert_eq!(lowercase("ÆRLIG ØRRET ÅS"), "ærlig ørret ås");
        assert_eq!(
            lowercase("ČÁHCI ŊUOVVA ŠIELLA ŽÁRJA ĐUOLLI"),
            "čáhci ŋuovva šiella žárja đuolli"
        );
        assert_eq!(capitalised("ørret"), "Ørret");
        assert_eq!(capitalised("žárja"), "Žárja");
        assert_eq!(capitalised(""), "");
    }
}
