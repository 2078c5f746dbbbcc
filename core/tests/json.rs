//! `json.rs` on strange input: fixed cases for each corner of the grammar, and property tests that hold
//! it against serde_json (which the backend uses) on generated values, mangled values and random bytes.
//! Native only: proptest cannot run on wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use skattedeling_core::guide::token::{self, Expected, TokenError};
use skattedeling_core::json::{self, Value, MAX_DEPTH};
use skattedeling_core::Lang;
use std::collections::HashSet;
use std::fmt;

fn parse(text: &str) -> Option<Value> {
    json::parse(text.as_bytes()).ok()
}

fn number(text: &str) -> Value {
    parse(text).unwrap_or_else(|| panic!("{text} should read"))
}

#[test]
fn plain_values_read() {
    assert_eq!(parse(" null "), Some(Value::Null));
    assert_eq!(parse("true"), Some(Value::Bool(true)));
    assert_eq!(parse("\t\r\nfalse\n"), Some(Value::Bool(false)));
    assert_eq!(parse(r#""""#), Some(Value::String(String::new())));
    assert_eq!(parse("[ ]"), Some(Value::Array(vec![])));
    assert_eq!(parse("{ }"), Some(Value::Object(vec![])));
    let v = parse(r#"{"b": [1, "x", null], "a": {"c": true}}"#).unwrap();
    assert_eq!(
        v.get("a").and_then(|a| a.get("c")),
        Some(&Value::Bool(true))
    );
    assert_eq!(
        v.get("b").and_then(Value::as_array).map(<[_]>::len),
        Some(3)
    );
    let keys: Vec<&str> = v
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(keys, ["b", "a"], "fields keep their written order");
    assert_eq!(v.get("zz"), None);
    assert_eq!(Value::Null.get("a"), None);
}

#[test]
fn what_is_not_json_is_refused() {
    for broken in [
        "",
        " ",
        "nul",
        "nulll",
        "True",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a:1}",
        "{'a':1}",
        "[1 2]",
        "[",
        "]",
        "{",
        "\"abc",
        "1 2",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "1e+",
        "+1",
        "0x10",
        "NaN",
        "Infinity",
        "-Infinity",
        "[1]x",
        "\u{feff}{}",
        "// comment\n{}",
        "{\"a\":1}}",
        "\"\t\"",
        "\"a\nb\"",
        "\"\\x41\"",
        "\"\\u12\"",
        "\"\\u12G4\"",
        "\"\\",
        "\"\\u",
    ] {
        assert_eq!(parse(broken), None, "{broken:?}");
    }
}

#[test]
fn escapes_read_as_the_characters_they_stand_for() {
    let s = |text: &str| parse(text).and_then(|v| v.as_str().map(String::from));
    assert_eq!(
        s(r#""\"\\\/\b\f\n\r\t""#).as_deref(),
        Some("\"\\/\u{8}\u{c}\n\r\t")
    );
    assert_eq!(s(r#""\u00e6\u00F8\u00e5""#).as_deref(), Some("æøå"));
    assert_eq!(s(r#""\ud83d\ude00 ok""#).as_deref(), Some("😀 ok"));
    assert_eq!(s(r#""\u0000""#).as_deref(), Some("\0"));
    assert_eq!(s("\"ÆØÅ 😀\"").as_deref(), Some("ÆØÅ 😀"));
    // Half a surrogate pair is no character.
    for lone in [
        r#""\ud83d""#,
        r#""\ud83d x""#,
        r#""\ude00""#,
        r#""\ud83d\u0041""#,
        r#""\ud83d\ud83d""#,
    ] {
        assert_eq!(s(lone), None, "{lone}");
    }
}

#[test]
fn numbers_are_whole_numbers_only_when_they_fit() {
    assert_eq!(number("0").as_u64(), Some(0));
    assert_eq!(number("18446744073709551615").as_u64(), Some(u64::MAX));
    assert_eq!(number("18446744073709551616").as_u64(), None);
    assert_eq!(number("-9223372036854775808").as_i64(), Some(i64::MIN));
    assert_eq!(number("-9223372036854775809").as_i64(), None);
    assert_eq!(number("-1").as_u64(), None);
    assert_eq!(number("-1").as_i64(), Some(-1));
    for not_whole in ["1.0", "1e3", "1E+3", "2.5e-3", "-0.0"] {
        assert_eq!(number(not_whole).as_u64(), None, "{not_whole}");
        assert_eq!(number(not_whole).as_i64(), None, "{not_whole}");
    }
    // Huge numbers are numbers still; they are just not whole numbers in range.
    let huge = format!("1{}", "0".repeat(5000));
    assert_eq!(number(&huge).as_u64(), None);
    assert_eq!(number("1e99999").as_i64(), None);
    assert_eq!(Value::String("5".into()).as_u64(), None);
}

#[test]
fn any_number_rounds_down_to_a_whole_one_when_it_fits() {
    for (text, floor) in [
        ("1800000000.5", Some(1_800_000_000)),
        ("1.8e9", Some(1_800_000_000)),
        ("18E+8", Some(1_800_000_000)),
        ("-1.5", Some(-2)),
        ("-2.0", Some(-2)),
        ("2.5e-3", Some(0)),
        ("-2.5e-3", Some(-1)),
        ("-0.0", Some(0)),
        ("0e999999999", Some(0)),
        ("9223372036854775807", Some(i64::MAX)),
        ("-9223372036854775808", Some(i64::MIN)),
        ("9223372036854775808", None),
        ("-9223372036854775808.5", None),
        ("1e99999", None),
        ("1e-99999", Some(0)),
    ] {
        assert_eq!(number(text).as_floor_i64(), floor, "{text}");
    }
    let huge = format!("1{}", "0".repeat(5000));
    assert_eq!(number(&huge).as_floor_i64(), None);
}

#[test]
fn a_key_written_twice_is_refused() {
    assert_eq!(parse(r#"{"a":1,"a":1}"#), None);
    assert_eq!(parse(r#"{"x":{"a":1,"b":2,"a":3}}"#), None);
    // The same key in two objects is fine, and so is a key that only looks alike once unescaped…
    assert!(parse(r#"[{"a":1},{"a":2}]"#).is_some());
    // …but not one that is the same once unescaped.
    assert_eq!(parse(r#"{"a":1,"\u0061":2}"#), None);
}

#[test]
fn nesting_is_limited_without_running_out_of_stack() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&nested(MAX_DEPTH)).is_some());
    assert_eq!(parse(&nested(MAX_DEPTH + 1)), None);
    assert_eq!(parse(&"[".repeat(1_000_000)), None);
    let objects = format!(
        "{}1{}",
        r#"{"a":"#.repeat(MAX_DEPTH + 1),
        "}".repeat(MAX_DEPTH + 1)
    );
    assert_eq!(parse(&objects), None);
    assert_eq!(parse(&r#"{"a":[{"b":"#.repeat(200_000)), None);
}

#[test]
fn bytes_that_are_not_utf8_are_refused() {
    for bytes in [
        &b"\"\xff\""[..],
        b"\"\xc3\"",
        b"\"a\xc3\\n\"",
        b"\"\xed\xa0\x80\"", // a surrogate written as UTF-8
        b"\xff",
        b"[1,\xc3\xa6]",
    ] {
        assert!(json::parse(bytes).is_err(), "{bytes:?}");
    }
    assert_eq!(
        json::parse(b"\"\xc3\xa6\"")
            .ok()
            .as_ref()
            .and_then(Value::as_str),
        Some("æ")
    );
}

#[test]
fn an_error_names_its_line() {
    let line = |text: &str| json::parse(text.as_bytes()).unwrap_err().line();
    assert_eq!(line(""), 1);
    assert_eq!(line("{\n\"backend\": \"http://x\",,\n}"), 2);
    assert_eq!(line("{\n\n\n  \"a\": tru\n}"), 4);
    assert_eq!(line("[1,\n2,\n3\n"), 4);
}

#[test]
fn strings_are_written_as_serde_json_writes_them() {
    let written = |s: &str| {
        let mut out = String::new();
        json::write_string(&mut out, s);
        out
    };
    assert_eq!(
        written("a\"b\\c\n\u{1}\u{7f}æ"),
        "\"a\\\"b\\\\c\\n\\u0001\u{7f}æ\""
    );
}

/// A JWT whose header is `{"alg":"none"}` and whose claims part is `claims`, as given.
fn token_with_claims(claims: &[u8]) -> String {
    fn b64(bytes: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n =
                chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }
    format!("{}.{}.c2ln", b64(br#"{"alg":"none"}"#), b64(claims))
}

/// No parties, no issuer, no time: a check of the token's form alone.
fn nothing_expected() -> Expected {
    Expected {
        parties: skattedeling_core::guide::Parties::default(),
        issuer: None,
        now: 0,
        lang: Lang::Nb,
    }
}

#[test]
fn a_token_with_strange_claims_gives_a_message_not_a_panic() {
    let claims = "midtre del (innholdet)";
    let deep = format!("{{\"scope\":{}{}}}", "[".repeat(100), "]".repeat(100));
    for strange in [
        &b"{\"scope\":\"\xff\"}"[..],
        b"{\"scope\":\"a\",\"scope\":\"b\"}",
        b"{\"scope\":\"\\ud800\"}",
        deep.as_bytes(),
        b"",
        b"\"scope\"",
    ] {
        assert_eq!(
            token::check(&token_with_claims(strange), &nothing_expected()),
            Err(TokenError::NotJson { part: claims }),
            "{strange:?}"
        );
    }
    // A huge expiry is no expiry, not a crash.
    let report = token::check(
        &token_with_claims(br#"{"scope":"x","exp":1e999999,"iss":"y"}"#),
        &nothing_expected(),
    );
    assert!(report.is_ok());
}

// --- Against serde_json --------------------------------------------------------------------------

/// Whether `ours` holds what serde_json read as `theirs`.
fn same(ours: &Value, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (ours, theirs) {
        (Value::Null, J::Null) => true,
        (Value::Bool(a), J::Bool(b)) => a == b,
        (Value::String(a), J::String(b)) => a == b,
        (Value::Number(text), J::Number(n)) => {
            if let Some(u) = n.as_u64() {
                ours.as_u64() == Some(u)
            } else if let Some(i) = n.as_i64() {
                ours.as_i64() == Some(i)
            } else {
                // serde_json reads floats with its default, best-effort precision, which is
                // coarser still for subnormal numbers (below f64::MIN_POSITIVE).
                let (a, b) = (text.parse::<f64>().unwrap(), n.as_f64().unwrap());
                let close = a == b
                    || (a - b).abs() <= 1e-15 * a.abs().max(b.abs())
                    || (a - b).abs() <= f64::MIN_POSITIVE;
                // `-0` is the one whole number serde_json reads as a float.
                let whole = ours.as_u64().is_some() || ours.as_i64().is_some();
                close && (!whole || a == 0.0)
            }
        }
        (Value::Array(a), J::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(a), J::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

/// Whether some object in `text` has a key twice (serde_json keeps the last; `json.rs` refuses).
fn has_duplicate_key(text: &[u8]) -> bool {
    struct Check(bool);
    struct CheckVisitor;
    impl<'de> Deserialize<'de> for Check {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Check, D::Error> {
            d.deserialize_any(CheckVisitor)
        }
    }
    impl<'de> Visitor<'de> for CheckVisitor {
        type Value = Check;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<Check, E> {
            Ok(Check(false))
        }
        fn visit_i64<E>(self, _: i64) -> Result<Check, E> {
            Ok(Check(false))
        }
        fn visit_u64<E>(self, _: u64) -> Result<Check, E> {
            Ok(Check(false))
        }
        fn visit_f64<E>(self, _: f64) -> Result<Check, E> {
            Ok(Check(false))
        }
        fn visit_str<E>(self, _: &str) -> Result<Check, E> {
            Ok(Check(false))
        }
        fn visit_unit<E>(self) -> Result<Check, E> {
            Ok(Check(false))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Check, A::Error> {
            let mut twice = false;
            while let Some(Check(t)) = seq.next_element()? {
                twice |= t;
            }
            Ok(Check(twice))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Check, A::Error> {
            let (mut keys, mut twice) = (HashSet::new(), false);
            while let Some(key) = map.next_key::<String>()? {
                twice |= !keys.insert(key);
                twice |= map.next_value::<Check>()?.0;
            }
            Ok(Check(twice))
        }
    }
    serde_json::from_slice::<Check>(text).is_ok_and(|c| c.0)
}

fn nests_deeper_than_the_limit(v: &serde_json::Value) -> bool {
    fn depth(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
            serde_json::Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }
    depth(v) > MAX_DEPTH
}

fn has_infinite_number(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.parse::<f64>().map_or(true, |f| f.is_infinite()),
        Value::Array(a) => a.iter().any(has_infinite_number),
        Value::Object(o) => o.iter().any(|(_, v)| has_infinite_number(v)),
        _ => false,
    }
}

/// Both readers on the same bytes agree on whether it is JSON and on what it says, but for the
/// documented differences: duplicate keys and nesting past the limit (refused here), numbers past
/// `f64` (refused by serde_json).
fn agrees_with_serde_json(text: &[u8]) -> Result<(), TestCaseError> {
    let theirs = serde_json::from_slice::<serde_json::Value>(text);
    match (json::parse(text), theirs) {
        (Ok(a), Ok(b)) => prop_assert!(same(&a, &b), "{a:?} vs {b:?}"),
        (Ok(a), Err(_)) => prop_assert!(has_infinite_number(&a), "only we read {a:?}"),
        (Err(_), Ok(b)) => prop_assert!(
            has_duplicate_key(text) || nests_deeper_than_the_limit(&b),
            "only serde_json reads {b:?}"
        ),
        (Err(_), Err(_)) => {}
    }
    Ok(())
}

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<u64>().prop_map(J::from),
        any::<i64>().prop_map(J::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(J::from),
        any::<String>().prop_map(J::String),
        "[a-c]{0,2}".prop_map(J::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            prop::collection::vec(("[a-c]{0,2}|\\PC{0,4}", inner), 0..6)
                .prop_map(|fields| J::Object(fields.into_iter().collect())),
        ]
    })
}

/// JSON text with every character outside ASCII written as a `\u` escape (surrogate pairs above
/// U+FFFF), which serde_json never writes.
fn ascii_only(v: &serde_json::Value) -> String {
    let text = v.to_string();
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        }
    }
    out
}

/// A byte inserted, replaced or removed somewhere in `text`.
fn mangled(text: &str, at: usize, byte: u8, how: u8) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    let at = at % (bytes.len() + 1);
    match how % 3 {
        0 => bytes.insert(at, byte),
        1 if at < bytes.len() => bytes[at] = byte,
        _ if at < bytes.len() => {
            bytes.remove(at);
        }
        _ => bytes.push(byte),
    }
    bytes
}

const JSONISH: &[u8] = b"{}[]\",:\\ \n01-.eE+tfnulrsaxu\xc3\xa6\xff";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn what_serde_json_writes_reads_back_the_same(v in any_json()) {
        for text in [v.to_string(), serde_json::to_string_pretty(&v).unwrap(), ascii_only(&v)] {
            let ours = json::parse(text.as_bytes());
            prop_assert!(ours.as_ref().is_ok_and(|o| same(o, &v)), "{text} read as {ours:?}");
        }
    }

    #[test]
    fn mangled_json_is_judged_as_serde_json_judges_it(
        v in any_json(), at in any::<usize>(), byte in prop::sample::select(JSONISH), how in any::<u8>()
    ) {
        agrees_with_serde_json(&mangled(&v.to_string(), at, byte, how))?;
    }

    #[test]
    fn random_jsonish_bytes_are_judged_as_serde_json_judges_them(
        text in prop::collection::vec(prop::sample::select(JSONISH), 0..40)
    ) {
        agrees_with_serde_json(&text)?;
    }

    #[test]
    fn any_bytes_give_an_answer_not_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = json::parse(&bytes);
    }

    #[test]
    fn strings_are_written_exactly_as_serde_json_writes_them(s in any::<String>()) {
        let mut out = String::new();
        json::write_string(&mut out, &s);
        prop_assert_eq!(&out, &serde_json::to_string(&s).unwrap());
        prop_assert_eq!(json::parse(out.as_bytes()).ok(), Some(Value::String(s)));
    }
}
