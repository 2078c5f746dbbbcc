//! A small JSON reader (and the one string writer the apps need) for what the browser apps read:
//! `config.json`, the backend's answers and a pasted token's parts. serde_json cost the guide about
//! 10 KB of gzipped wasm for these few small, fixed shapes; this strict reader into [`Value`] reads
//! them instead. It follows RFC 8259, refuses duplicate keys, nests at most [`MAX_DEPTH`] deep, and
//! never panics. miniserde saved next to nothing and nanoserde cost more (both link float parsing,
//! which this reader avoids by keeping numbers as written).

use std::fmt;

/// How deep arrays and objects may nest; the reader recurses once a level, so this bounds its stack.
pub const MAX_DEPTH: usize = 64;

/// A JSON value as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written (it follows JSON's grammar); read it with [`Value::as_u64`] or
    /// [`Value::as_i64`], which refuse what is not a whole number in range.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// The fields in the order written; no key appears twice.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The field `key` of an object; `None` for a missing field or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to `u64::MAX` written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// A whole number in `i64`'s range written without fraction or exponent.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// Any number rounded down to a whole one (`1.5` → 1, `-1.5` → −2, `1.8e9` → 1800000000), if
    /// that fits in `i64`. Read from the digits as written: parsing a float would link Rust's float
    /// parser and its tables into the apps, ≈ 19 KB gzip of wasm (measured on the widget).
    pub fn as_floor_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => floor_of(n),
            _ => None,
        }
    }
}

/// The whole part of a JSON number's text, rounded down, if it fits in `i64`.
fn floor_of(text: &str) -> Option<i64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: Vec<u8> = whole
        .bytes()
        .chain(fraction.bytes())
        .map(|b| b - b'0')
        .collect();
    // Where the decimal point falls among the digits once the exponent is applied.
    let point = whole.len() as i64 + i64::from(exponent);
    let whole_digits = point.clamp(0, digits.len() as i64) as usize;
    let mut value: i128 = 0;
    for &d in &digits[..whole_digits] {
        value = value * 10 + i128::from(d);
        if value > i128::from(i64::MAX) + 1 {
            return None;
        }
    }
    // Zeros the exponent adds past the written digits (none matter to a zero).
    for _ in digits.len() as i64..point {
        if value == 0 {
            break;
        }
        value = value.checked_mul(10)?;
        if value > i128::from(i64::MAX) + 1 {
            return None;
        }
    }
    let has_fraction = digits[whole_digits..].iter().any(|&d| d != 0);
    if negative {
        value = -value - i128::from(has_fraction);
    }
    i64::try_from(value).ok()
}

/// Why a text is not JSON this reader takes: where it stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    line: usize,
}

impl ParseError {
    /// The line (from 1) where the text stops being JSON.
    pub fn line(self) -> usize {
        self.line
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not valid JSON at line {}", self.line)
    }
}

impl std::error::Error for ParseError {}

/// Reads one JSON value, with only white space around it. Bytes that are not UTF-8 are refused.
pub fn parse(text: &[u8]) -> Result<Value, ParseError> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(MAX_DEPTH);
    reader.space();
    match value {
        Some(v) if reader.at == text.len() => Ok(v),
        _ => Err(ParseError {
            line: 1 + text.iter().take(reader.at).filter(|b| **b == b'\n').count(),
        }),
    }
}

/// Appends `s` to `out` as a JSON string, escaped as serde_json escapes it.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[c as usize >> 4] as char);
                out.push(HEX[c as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `value` as compact JSON text, for showing a value that is not a plain string.
pub fn to_text(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}

/// The reader's place in the text. Each method returns `None` where the text breaks the grammar,
/// leaving `at` at (or just after) the offending byte.
struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.at += 1;
        }
        found
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'{' if depth > 0 => {
                self.at += 1;
                let mut fields: Vec<(String, Value)> = Vec::new();
                self.space();
                if self.eat(b'}') {
                    return Some(Value::Object(fields));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    if fields.iter().any(|(k, _)| *k == key) {
                        return None;
                    }
                    self.space();
                    if !self.eat(b':') {
                        return None;
                    }
                    let value = self.value(depth - 1)?;
                    fields.push((key, value));
                    if !self.more(b'}')? {
                        return Some(Value::Object(fields));
                    }
                }
            }
            b'[' if depth > 0 => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.eat(b']') {
                    return Some(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth - 1)?);
                    if !self.more(b']')? {
                        return Some(Value::Array(items));
                    }
                }
            }
            b'"' => self.string().map(Value::String),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// After an item: `Some(true)` at a comma, `Some(false)` at `close`.
    fn more(&mut self, close: u8) -> Option<bool> {
        self.space();
        if self.eat(b',') {
            Some(true)
        } else {
            self.eat(close).then_some(false)
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Option<Value> {
        let end = self.at + word.len();
        (self.text.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    /// At least one digit.
    fn digits(&mut self) -> Option<()> {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        (self.at > start).then_some(())
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') {
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            self.digits()?;
        }
        let written = std::str::from_utf8(self.text.get(start..self.at)?).ok()?;
        Some(Value::Number(written.to_string()))
    }

    /// A string, its quotes included.
    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // Escapes are ASCII, so each run between them is whole UTF-8 or not UTF-8 at all.
            out.push_str(std::str::from_utf8(self.text.get(start..self.at)?).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => return None, // a control character
            }
        }
    }

    /// The character an escape after `\` stands for; a surrogate pair counts as one escape.
    fn escape(&mut self) -> Option<char> {
        let b = self.peek()?;
        self.at += 1;
        Some(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        if !(self.eat(b'\\') && self.eat(b'u')) {
                            return None;
                        }
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return None;
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    code => code,
                };
                // A lone trailing surrogate (DC00–DFFF) is no character: `from_u32` refuses it.
                return char::from_u32(code);
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = char::from(self.peek()?).to_digit(16)?;
            self.at += 1;
            code = code * 16 + digit;
        }
        Some(code)
    }
}
