//! Reading a content file as text an editor meant: UTF-8 with the place named when it is not, a
//! byte-order mark dropped, the odd spaces a word processor leaves turned into plain ones, and the
//! invisible characters that would break the search refused with their line and column.

use crate::error::ContentError;
use std::fs;
use std::path::Path;

/// The file at `path` as text, or the one reason it cannot be used.
pub fn read(path: &Path) -> Result<String, ContentError> {
    let bytes =
        fs::read(path).map_err(|e| ContentError::new(path, 0, format!("cannot be read: {e}")))?;
    decode(&bytes).map_err(|(line, message)| ContentError::new(path, line, message))
}

/// `bytes` as content text (see the module), or the line and what is wrong.
pub fn decode(bytes: &[u8]) -> Result<String, (usize, String)> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e.valid_up_to()))?;
    let mut out = String::with_capacity(text.len());
    for (line_no, line) in text.split_inclusive('\n').enumerate() {
        for (column, c) in line.chars().enumerate() {
            if let Some(name) = refused(c) {
                return Err((
                    line_no + 1,
                    format!(
                        "column {}: invisible character U+{:04X} ({name}); delete it (it often comes with text pasted from a word processor)",
                        column + 1,
                        c as u32
                    ),
                ));
            }
            out.push(if is_odd_space(c) { ' ' } else { c });
        }
    }
    Ok(out)
}

fn not_utf8(bytes: &[u8], valid_up_to: usize) -> (usize, String) {
    let before = &bytes[..valid_up_to];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (
        line,
        format!(
            "byte {} of the line (0x{:02X}) is not UTF-8; save the file as UTF-8",
            valid_up_to - line_start + 1,
            bytes[valid_up_to]
        ),
    )
}

/// A space other than the plain one and the tab, which the text means as a plain space.
fn is_odd_space(c: char) -> bool {
    c != ' ' && c != '\t' && c != '\n' && c != '\r' && c.is_whitespace() && !breaks_line(c)
}

fn breaks_line(c: char) -> bool {
    matches!(c, '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The name of a character the content may not hold, because it is invisible and splits or hides
/// words (or lines) from the search and from the editor.
fn refused(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{ad}' => "soft hyphen",
        '\u{200b}' => "zero-width space",
        '\u{200c}' => "zero-width non-joiner",
        '\u{200d}' => "zero-width joiner",
        '\u{2060}' => "word joiner",
        '\u{feff}' => "byte-order mark inside the text",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{85}' => "next line",
        '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            "text-direction mark"
        }
        c if c.is_control() && !matches!(c, '\n' | '\r' | '\t') => "control character",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_spaces_become_plain_spaces() {
        assert_eq!(
            decode("kr\u{a0}500 per\u{202f}år\u{3000}og\u{2003}mer".as_bytes()),
            Ok("kr 500 per år og mer".to_string())
        );
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_dropped() {
        assert_eq!(
            decode("\u{feff}id: kostnad\n".as_bytes()),
            Ok("id: kostnad\n".to_string())
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_named_by_line_and_byte() {
        assert_eq!(
            decode(b"id: kostnad\ntittel: P\xe5 vent\n"),
            Err((
                2,
                "byte 10 of the line (0xE5) is not UTF-8; save the file as UTF-8".to_string()
            ))
        );
    }

    #[test]
    fn an_invisible_character_is_refused_where_it_stands() {
        assert_eq!(
            decode("id: kostnad\n\nKom\u{ad}munen\n".as_bytes()),
            Err((
                3,
                "column 4: invisible character U+00AD (soft hyphen); delete it (it often comes with text pasted from a word processor)".to_string()
            ))
        );
        assert!(decode("a\u{2028}b".as_bytes()).is_err());
        assert!(decode("a\u{7}b".as_bytes()).is_err());
    }

    #[test]
    fn tabs_and_windows_line_ends_stay() {
        assert_eq!(decode(b"a\tb\r\nc"), Ok("a\tb\r\nc".to_string()));
    }
}
