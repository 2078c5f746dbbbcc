//! Norwegian organisation numbers (organisasjonsnummer): nine digits whose last is a MOD11 check digit.
//! Parsing accepts the spaces people type ("974 760 673") and explains precisely what is wrong.

use crate::guide::texts::core_texts;
use crate::lang::Lang;
use crate::texts::fill;
use std::fmt;

/// The weights of the first eight digits.
const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// A valid organisation number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgNumber([u8; 9]);

/// Why a text is not an organisation number. [`OrgNumberError::message`] is what the person reads
/// (`Display` gives it in bokmål).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrgNumberError {
    Empty,
    /// A character that is neither a digit nor a space, and where it is (1-based, among characters).
    NotADigit {
        character: char,
        position: usize,
    },
    TooShort {
        digits: usize,
    },
    TooLong {
        digits: usize,
    },
    /// Eleven digits: a fødselsnummer or d-nummer, typed in the wrong field.
    PersonNumber,
    /// Brønnøysund gives out numbers that start with 8 or 9 (and 2 or 3 for Tenor's synthetic ones).
    NotInUse {
        first: u8,
    },
    /// The MOD11 computation gives 10: no organisation number starts with these eight digits.
    NoCheckDigit,
    /// The last digit should have been `expected`.
    WrongCheckDigit {
        expected: u8,
        typed: u8,
    },
}

impl OrgNumberError {
    /// What the person reads, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &core_texts(lang).org_number;
        let number =
            |template: &str, name: &str, n: usize| fill(template, &[(name, &n.to_string())]);
        match self {
            OrgNumberError::Empty => t.empty.to_string(),
            OrgNumberError::NotADigit {
                character,
                position,
            } => fill(
                t.not_a_digit,
                &[
                    ("position", &position.to_string()),
                    ("character", &character.to_string()),
                ],
            ),
            OrgNumberError::TooShort { digits } | OrgNumberError::TooLong { digits } => {
                number(t.wrong_length, "digits", *digits)
            }
            OrgNumberError::PersonNumber => t.person_number.to_string(),
            OrgNumberError::NotInUse { first } => number(t.not_in_use, "first", (*first).into()),
            OrgNumberError::NoCheckDigit => t.no_check_digit.to_string(),
            OrgNumberError::WrongCheckDigit { expected, typed } => fill(
                t.wrong_check_digit,
                &[
                    ("typed", &typed.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
        }
    }
}

/// The message in bokmål.
impl fmt::Display for OrgNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nb))
    }
}

impl std::error::Error for OrgNumberError {}

/// The check digit for eight digits, or `None` when MOD11 gives 10.
fn check_digit(first: &[u8]) -> Option<u8> {
    let sum: u32 = first
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        d => Some(d as u8),
    }
}

impl OrgNumber {
    /// Reads an organisation number as a person types it: digits, optionally grouped with spaces
    /// (ordinary or non-breaking).
    pub fn parse(text: &str) -> Result<OrgNumber, OrgNumberError> {
        // Eleven digits, however grouped, are a fødselsnummer or d-nummer typed in the wrong field;
        // more than that is simply too many.
        let digit_count = text.chars().filter(char::is_ascii_digit).count();
        if digit_count == 11 && crate::person::may_hold_person_number(text) {
            return Err(OrgNumberError::PersonNumber);
        }
        let mut digits = Vec::with_capacity(9);
        for (i, c) in text.trim().chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c as u8 - b'0'),
                ' ' | '\u{a0}' | '\u{202f}' => {}
                _ => {
                    return Err(OrgNumberError::NotADigit {
                        character: c,
                        position: i + 1,
                    })
                }
            }
        }
        match digits.len() {
            0 => return Err(OrgNumberError::Empty),
            n if n < 9 => return Err(OrgNumberError::TooShort { digits: n }),
            n if n > 9 => return Err(OrgNumberError::TooLong { digits: n }),
            _ => {}
        }
        if !matches!(digits[0], 2 | 3 | 8 | 9) {
            return Err(OrgNumberError::NotInUse { first: digits[0] });
        }
        let expected = check_digit(&digits[..8]).ok_or(OrgNumberError::NoCheckDigit)?;
        if digits[8] != expected {
            return Err(OrgNumberError::WrongCheckDigit {
                expected,
                typed: digits[8],
            });
        }
        let mut number = [0; 9];
        number.copy_from_slice(&digits);
        Ok(OrgNumber(number))
    }

    /// Whether this is one of the synthetic organisations Tenor makes for the test environment (the
    /// numbers that start with 2 or 3), which do not exist in production.
    pub fn is_synthetic(&self) -> bool {
        matches!(self.0[0], 2 | 3)
    }

    /// The nine digits without spaces, as in tokens and URLs: `974760673`.
    pub fn digits(&self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }

    /// How the number is written for people: `974 760 673`.
    pub fn grouped(&self) -> String {
        let d = self.digits();
        format!("{} {} {}", &d[0..3], &d[3..6], &d[6..9])
    }
}

impl fmt::Display for OrgNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.grouped())
    }
}

/// What to tell a person while they are still typing: nothing alarming until the number could be
/// complete, but a wrong character or a tenth digit at once.
pub fn typing_feedback(text: &str) -> Option<Result<OrgNumber, OrgNumberError>> {
    match OrgNumber::parse(text) {
        Err(OrgNumberError::Empty | OrgNumberError::TooShort { .. }) => None,
        other => Some(other),
    }
}

/// The organisation number in a virksomhetssertifikat's subject, read as Digdir reads it: a
/// `serialNumber` (2.5.4.5) of nine digits (SEID 1); else an `O` (2.5.4.10) ending «- 123456789»; else
/// an `organizationIdentifier` (2.5.4.97) `NTRNO-123456789` or nine digits (SEID 2). `attributes` are
/// the subject's (OID, value) pairs.
pub fn from_certificate_subject<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Option<String> {
    let nine = |s: &str| {
        let s = s.trim();
        (s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.to_string())
    };
    let (mut from_name, mut from_identifier) = (None, None);
    for (oid, value) in attributes {
        match oid {
            "2.5.4.5" if nine(value).is_some() => return nine(value),
            "2.5.4.10" => {
                from_name = from_name.or_else(|| value.rsplit_once("- ").and_then(|(_, n)| nine(n)))
            }
            "2.5.4.97" => {
                from_identifier =
                    from_identifier.or_else(|| nine(value.strip_prefix("NTRNO-").unwrap_or(value)))
            }
            _ => {}
        }
    }
    from_name.or(from_identifier)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificates_organisation_is_read_as_digdir_reads_it() {
        let read = |pairs: &[(&'static str, &'static str)]| {
            from_certificate_subject(pairs.iter().copied())
        };
        assert_eq!(
            read(&[("2.5.4.5", "971032146")]).as_deref(),
            Some("971032146")
        );
        assert_eq!(
            read(&[("2.5.4.97", "NTRNO-971032146"), ("2.5.4.5", "12345")]).as_deref(),
            Some("971032146")
        );
        assert_eq!(
            read(&[
                ("2.5.4.10", "KS - 971032146"),
                ("2.5.4.97", "NTRNO-974760673")
            ])
            .as_deref(),
            Some("971032146")
        );
        assert_eq!(read(&[("2.5.4.97", "PSDNO-FSA-123")]), None);
        assert_eq!(read(&[("2.5.4.3", "971032146")]), None);
    }

    #[test]
    fn accepts_valid_numbers_with_or_without_spaces() {
        // Brønnøysundregistrene and KS.
        for text in [
            "974760673",
            "974 760 673",
            " 974\u{a0}760\u{a0}673 ",
            "971032146",
        ] {
            let n = OrgNumber::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(n.digits().len(), 9);
        }
        assert_eq!(
            OrgNumber::parse("974760673").unwrap().grouped(),
            "974 760 673"
        );
    }

    #[test]
    fn numbers_brreg_never_gives_out_are_refused() {
        // Both have a right check digit.
        assert_eq!(
            OrgNumber::parse("000000000"),
            Err(OrgNumberError::NotInUse { first: 0 })
        );
        assert_eq!(
            OrgNumber::parse("123456785"),
            Err(OrgNumberError::NotInUse { first: 1 })
        );
        // Tenor's synthetic organisations, for the test environment.
        let synthetic = OrgNumber::parse("310000000").unwrap();
        assert!(synthetic.is_synthetic());
        assert!(!OrgNumber::parse("974760673").unwrap().is_synthetic());
    }

    #[test]
    fn a_person_number_in_the_field_is_named_as_such() {
        for text in ["01017012345", "010170 12345", "010170-12345"] {
            assert_eq!(
                OrgNumber::parse(text),
                Err(OrgNumberError::PersonNumber),
                "{text}"
            );
        }
        assert!(OrgNumberError::PersonNumber
            .to_string()
            .contains("ikke lagret"));
        // Two numbers, or a twelfth digit, are too many digits, not a person number.
        assert_eq!(
            OrgNumber::parse("974760673 974760673"),
            Err(OrgNumberError::TooLong { digits: 18 })
        );
    }

    #[test]
    fn says_exactly_what_is_wrong() {
        assert_eq!(OrgNumber::parse(""), Err(OrgNumberError::Empty));
        assert_eq!(
            OrgNumber::parse("97476067"),
            Err(OrgNumberError::TooShort { digits: 8 })
        );
        assert_eq!(
            OrgNumber::parse("9747606730"),
            Err(OrgNumberError::TooLong { digits: 10 })
        );
        assert_eq!(
            OrgNumber::parse("974-760-673"),
            Err(OrgNumberError::NotADigit {
                character: '-',
                position: 4
            })
        );
        assert_eq!(
            OrgNumber::parse("974760674"),
            Err(OrgNumberError::WrongCheckDigit {
                expected: 3,
                typed: 4
            })
        );
        // Two digits swapped: the check digit catches it.
        assert!(matches!(
            OrgNumber::parse("947760673"),
            Err(OrgNumberError::WrongCheckDigit { .. } | OrgNumberError::NoCheckDigit)
        ));
        let message = OrgNumber::parse("974760674").unwrap_err().to_string();
        assert!(message.contains("er 4, men skulle vært 3"), "{message}");
    }

    #[test]
    fn a_remainder_of_one_means_no_number_can_start_so() {
        // 3·1 + 2·0 + … : find eight digits whose MOD11 gives 10, and check the message.
        let first = (90_000_000..100_000_000u32)
            .map(|n| format!("{n:08}"))
            .find(|s| {
                let d: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
                check_digit(&d).is_none()
            })
            .unwrap();
        assert_eq!(
            OrgNumber::parse(&format!("{first}0")),
            Err(OrgNumberError::NoCheckDigit)
        );
    }

    #[test]
    fn stays_quiet_while_the_number_is_being_typed() {
        assert_eq!(typing_feedback("974 76"), None);
        assert!(matches!(typing_feedback("974 76x"), Some(Err(_))));
        assert!(matches!(typing_feedback("974 760 673"), Some(Ok(_))));
        assert!(matches!(typing_feedback("974 760 6731"), Some(Err(_))));
    }

    #[test]
    fn says_what_is_wrong_in_nynorsk_and_english() {
        let wrong = OrgNumber::parse("974760674").unwrap_err();
        assert_eq!(wrong.to_string(), wrong.message(Lang::Nb));
        assert_eq!(
            wrong.message(Lang::Nn),
            "Dette er ikkje eit gyldig organisasjonsnummer: kontrollsifferet (det siste sifferet) \
             er 4, men skulle ha vore 3 med dei åtte første sifra du har skrive. Sjekk at du ikkje \
             har skrive feil eller bytt om to siffer."
        );
        assert_eq!(
            OrgNumber::parse("974-760-673")
                .unwrap_err()
                .message(Lang::En),
            "An organisation number can only contain digits and spaces – character number 4 is \
             “-”."
        );
        assert_eq!(
            OrgNumber::parse("97476067").unwrap_err().message(Lang::Nn),
            "Organisasjonsnummeret har 9 siffer – du har skrive 8."
        );
        assert!(OrgNumberError::PersonNumber
            .message(Lang::En)
            .contains("has not been stored"));
    }
}
