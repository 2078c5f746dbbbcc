//! Fødselsnummer and d-nummer: eleven digits whose last two are MOD11 check digits. The site never
//! asks for one, and keeps none a person types by mistake; the connection-test backend checks the
//! synthetic test person in its configuration with this, and the simulators check the person in the
//! address they are called with.

const K1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// The MOD11 check digit of `digits` with `weights`, or `None` when there is none (the sum gives 10).
fn check_digit(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

/// Whether `text` is eleven digits with both check digits right (a fødselsnummer, d-nummer or a
/// synthetic number from Tenor; the dates are not checked, as the rules change in 2032).
pub fn is_person_number(text: &str) -> bool {
    if text.len() != 11 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let d: Vec<u32> = text.bytes().map(|b| u32::from(b - b'0')).collect();
    check_digit(&d[..9], &K1) == Some(d[9]) && check_digit(&d[..10], &K2) == Some(d[10])
}

/// Whether `text` is a synthetic test person as Tenor makes them: a valid number whose month has 80
/// added (`09819899123` is born in January).
pub fn is_synthetic(text: &str) -> bool {
    is_person_number(text)
        && text[2..4]
            .parse::<u32>()
            .is_ok_and(|m| (81..=92).contains(&m))
}

/// Whether `text` holds what may be a fødselsnummer or d-nummer: eleven digits in a row, counting
/// through the spaces, dots and hyphens people group them with. Any such run counts, check digits or
/// not (the rules for them change in 2032): a text that holds one is never stored or put in an
/// address.
pub fn may_hold_person_number(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => {
                run += 1;
                if run >= 11 {
                    return true;
                }
            }
            ' ' | '\u{a0}' | '\u{202f}' | '.' | '-' => {}
            _ => run = 0,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_digits_however_grouped_may_be_a_person_number() {
        for text in [
            "01017012345",
            "010170 12345",
            "Ola 010170-12345",
            "0101.7012.345",
            "123456789012",
        ] {
            assert!(may_hold_person_number(text), "{text}");
        }
        for text in ["974760673", "974 760 673", "1234567890", "12345/678901", ""] {
            assert!(!may_hold_person_number(text), "{text}");
        }
    }

    #[test]
    fn tenors_documented_test_people_are_valid_and_synthetic() {
        for n in ["09819899123", "16822548834", "21828296334"] {
            assert!(is_person_number(n), "{n}");
            assert!(is_synthetic(n), "{n}");
        }
    }

    #[test]
    fn a_wrong_check_digit_or_length_is_refused() {
        assert!(!is_person_number("09819899124"));
        assert!(!is_person_number("0981989912"));
        assert!(!is_person_number("0981989912x"));
        assert!(!is_person_number("098198991234"));
        assert!(!is_person_number(""));
        // Valid, but with a real month (a fødselsnummer, a d-nummer): not synthetic.
        for real in ["01017012343", "41017012337"] {
            assert!(is_person_number(real), "{real}");
            assert!(!is_synthetic(real), "{real}");
        }
    }
}
