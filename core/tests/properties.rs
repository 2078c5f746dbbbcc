//! What must hold for any input a person can type or a server can send, on generated input: no
//! panic anywhere, every answer a message or a value, and a valid value read back as itself. The
//! strategies lean on what broke before: every Unicode space, multi-byte letters, digits in runs,
//! numbers at the edges of their types. Native only: proptest cannot run on wasm32-unknown-unknown.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use skattedeling_core::connection::{
    self, check_backend, read_health, read_report, Setup, TestRequest,
};
use skattedeling_core::guide::token::{self, Environment, Expected};
use skattedeling_core::guide::{engine, scope};
use skattedeling_core::search::text::{fold, stem, tokenize};
use skattedeling_core::search::{highlight, snippet};
use skattedeling_core::{person, url, Lang, OrgNumber};

/// Every character Unicode calls a space, and the invisible ones pasted text brings.
const SPACES: &[char] = &[
    ' ', '\t', '\n', '\r', '\u{0b}', '\u{0c}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
    '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}',
    '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{200b}',
    '\u{ad}', '\u{feff}',
];

/// Text as it arrives from people: Norwegian words, codes, digits, odd spaces and any character.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "kommune", "Kommunene", "skatteetaten:summertskattegrunnlag", "MP-251", "Ærlig",
            "øl", "på", "SSG-005", "974 760 673", "01017012345", "ﬁ", "İ", "ß", "🙂", "e\u{301}",
        ]).prop_map(str::to_string),
        3 => prop::sample::select(SPACES.to_vec()).prop_map(String::from),
        2 => "[a-zæøå0-9:.\\-]{1,12}",
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

fn keys_for(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .map(|t| {
            if t.technical {
                t.folded
            } else {
                stem(&t.folded)
            }
        })
        .collect()
}

fn unsigned_jwt(header: &str, claims: &str) -> String {
    format!("{}.{}.c2ln", base64_url(header), base64_url(claims))
}

fn base64_url(text: &str) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = text.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// A claim value a token might carry, edges included.
fn claim_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("JSON has no NaN", |f| f.is_finite())
            .prop_map(|f| format!("{f:e}")),
        messy_text().prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("null".to_string()),
        Just("[\"https://test.maskinporten.no/\", 3]".to_string()),
        Just("{\"authority\":\"iso6523-actorid-upis\",\"ID\":\"0192:974760673\"}".to_string()),
    ]
}

fn expected() -> Expected {
    Expected {
        parties: skattedeling_core::guide::Parties {
            municipality: OrgNumber::parse("974760673").ok(),
            vendor: OrgNumber::parse("971032146").ok(),
            via_vendor: None,
            environment: Some(Environment::Test),
        },
        issuer: None,
        now: 1_800_000_000,
        lang: Lang::Nb,
    }
}

fn request() -> TestRequest {
    TestRequest::new(
        Environment::Test,
        &OrgNumber::parse("974760673").unwrap(),
        None,
        "kommuneforeldrebetaling",
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn tokens_lie_on_character_boundaries_of_their_text(text in messy_text()) {
        for t in tokenize(&text) {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            let _ = stem(&t.folded);
        }
        let _ = fold(&text);
    }

    #[test]
    fn marking_keeps_every_character_of_the_text(text in messy_text(), extra in messy_text()) {
        let mut keys = keys_for(&text);
        keys.extend(keys_for(&extra));
        let joined: String = highlight(&text, &keys).into_iter().map(|s| s.text).collect();
        prop_assert_eq!(joined, text);
    }

    /// Marking stems only the words that start with a key (search/highlight.rs), which holds
    /// because a word's stem is the start of the word.
    #[test]
    fn a_stem_is_the_start_of_its_word(text in messy_text()) {
        for token in tokenize(&text) {
            let stemmed = stem(&token.folded);
            prop_assert!(token.folded.starts_with(&stemmed), "{:?} → {stemmed:?}", token.folded);
        }
    }

    #[test]
    fn a_snippet_is_pieces_of_the_text_and_never_panics(
        text in messy_text(),
        query in messy_text(),
        max in 0usize..80,
    ) {
        let keys = keys_for(&query);
        for segment in snippet(&text, &keys, max) {
            let piece = segment.text.trim_matches('…').trim();
            prop_assert!(text.contains(piece), "{:?} not in {:?}", piece, text);
        }
    }

    #[test]
    fn any_scope_text_gets_a_verdict_and_only_scopes_are_kept(typed in messy_text()) {
        let m = scope::compare(&typed);
        for lang in Lang::ALL {
            prop_assert_eq!(m.is_right(), m.message(lang).is_none());
        }
        if let Ok(kept) = engine::input_value(&skattedeling_core::guide::InputFormat::Scope, &typed, Lang::Nb) {
            prop_assert!(kept.split(' ').all(scope::is_scope_name), "{}", kept);
            prop_assert!(!person::may_hold_person_number(&kept));
        }
    }

    #[test]
    fn an_organisation_number_reads_back_as_itself(digits in "[2389][0-9]{7}") {
        // Complete the eight digits with their check digit, when they have one.
        let weights = [3u32, 2, 7, 6, 5, 4, 3, 2];
        let sum: u32 = digits.bytes().zip(weights).map(|(d, w)| u32::from(d - b'0') * w).sum();
        let check = match 11 - sum % 11 { 11 => 0, 10 => return Ok(()), d => d };
        let number = format!("{digits}{check}");
        let parsed = OrgNumber::parse(&number).unwrap();
        prop_assert_eq!(parsed.digits(), number.clone());
        prop_assert_eq!(OrgNumber::parse(&parsed.grouped()), Ok(parsed));
    }

    #[test]
    fn any_text_in_an_orgnr_field_gets_a_number_or_a_message(typed in messy_text()) {
        match OrgNumber::parse(&typed) {
            Ok(n) => prop_assert!(matches!(n.digits().as_bytes()[0], b'2' | b'3' | b'8' | b'9')),
            Err(e) => {
                prop_assert!(e.to_string().ends_with('.'));
                for lang in Lang::ALL {
                    prop_assert!(e.message(lang).ends_with('.'), "{}", e.message(lang));
                }
            }
        }
    }

    #[test]
    fn eleven_digits_anywhere_are_never_taken_for_an_orgnr(
        before in messy_text(), digits in "[0-9]{11}", after in messy_text()
    ) {
        let text = format!("{before} {digits} {after}");
        prop_assert!(person::may_hold_person_number(&text));
        prop_assert!(OrgNumber::parse(&text).is_err());
    }

    #[test]
    fn any_paste_in_the_token_field_gets_a_report_or_a_message(typed in messy_text()) {
        match token::check(&typed, &expected()) {
            Ok(report) => { let _ = report.answer_value(); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn any_claims_give_a_report_or_a_message(
        keys in prop::collection::vec(
            prop::sample::select(vec!["exp", "iat", "aud", "iss", "scope", "consumer", "supplier", "delegation_source", "x"]),
            0..8,
        ),
        values in prop::collection::vec(claim_value(), 8),
    ) {
        let claims: Vec<String> = keys
            .iter()
            .zip(&values)
            .enumerate()
            // A key written twice is refused by the reader; keep the first.
            .filter(|(i, (k, _))| !keys[..*i].contains(k))
            .map(|(_, (k, v))| format!("\"{k}\":{v}"))
            .collect();
        let jwt = unsigned_jwt("{\"alg\":\"RS256\"}", &format!("{{{}}}", claims.join(",")));
        let _ = token::check(&jwt, &expected());
    }

    #[test]
    fn any_answer_from_a_backend_is_read_or_explained(
        status in prop::sample::select(vec![0u16, 200, 204, 301, 400, 401, 404, 413, 429, 500, 503, 999]),
        body in prop_oneof![messy_text(), any::<String>()],
        retry_after in proptest::option::of(prop_oneof![messy_text(), any::<u64>().prop_map(|n| n.to_string())]),
    ) {
        let _ = read_report(status, &body, retry_after.as_deref(), &request());
        let _ = read_health(status, &body, retry_after.as_deref());
        let _ = connection::restore(&connection::kept(&request(), 0, &body));
        if let Err(f) = read_report(status, &body, retry_after.as_deref(), &request()) {
            let e = f.explain("https://t.example", Lang::Nb);
            prop_assert!(!e.title.is_empty() && !e.advice.is_empty());
        }
    }

    #[test]
    fn any_config_json_is_read_or_refused_in_words(
        body in prop_oneof![messy_text(), any::<String>()],
        backend in messy_text(),
        timeout in any::<i64>(),
    ) {
        for text in [
            body.clone(),
            format!("{{\"backend\":{},\"tidsgrenseSekunder\":{timeout}}}", serde_json::to_string(&backend).unwrap()),
        ] {
            match Setup::read(Some((200, &text)), Lang::Nb) {
                Setup::Ready(c) => prop_assert!(check_backend(&c.backend).as_ref() == Ok(&c.backend)),
                Setup::Invalid(why) => prop_assert!(!why.is_empty()),
                _ => {}
            }
        }
    }

    #[test]
    fn a_number_rounds_down_as_its_float_does(
        whole in -10_000_000_000i64..10_000_000_000,
        fraction in proptest::option::of("[0-9]{1,6}"),
        exponent in proptest::option::of(-12i32..12),
    ) {
        let mut text = whole.to_string();
        if let Some(f) = &fraction { text = format!("{text}.{f}"); }
        if let Some(e) = exponent { text = format!("{text}e{e}"); }
        let value = skattedeling_core::json::parse(text.as_bytes()).unwrap();
        let float: f64 = text.parse().unwrap();
        // Away from the float's rounding at the edges of a whole number.
        let near_whole = (float - float.round()).abs() < 1e-6 * float.abs().max(1.0);
        if !near_whole {
            prop_assert_eq!(value.as_floor_i64(), Some(float.floor() as i64), "{}", text);
        }
        for edge in ["0e999999999", "1e999999999", "-1e-999999999", "9223372036854775808", "-9223372036854775808"] {
            let _ = skattedeling_core::json::parse(edge.as_bytes()).unwrap().as_floor_i64();
        }
    }

    #[test]
    fn a_query_value_reads_back_as_itself(value in any::<String>(), junk in messy_text()) {
        let query = format!("?a={}&b=1", url::encode_component(&value));
        prop_assert_eq!(url::query_param(&query, "a"), Some(value));
        let _ = url::decode_query_value(&junk);
        let _ = url::query_param(&junk, "flyt");
        let _ = engine::GuideState::from_query(&junk);
    }
}
