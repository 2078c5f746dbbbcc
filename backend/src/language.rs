//! The language a connection test answers in, from the request's `Accept-Language`
//! (`api/openapi.yaml`): bokmål, nynorsk or English, by each range's primary tag (`no`, `nb-NO` and
//! `nb` are bokmål, `nn-NO` nynorsk, `en-GB` English), the highest q-value winning, and bokmål for
//! anything else or nothing. Only the words change: codes, step ids and every other machine-readable
//! field are the same in all three.

use axum::http::{header, HeaderMap, HeaderValue};
use skattedeling_core::Lang;

/// At most this many ranges are read from a request; a real browser sends a handful.
const MAX_RANGES: usize = 32;
/// A q-value in thousandths: `q=1` is 1000, `q=0.5` 500.
const FULL: u16 = 1000;

/// The language one range names, or `None` for one the backend does not speak (`*` is handled apart).
fn named(range: &str) -> Option<Lang> {
    let primary = range.split(['-', '_']).next().unwrap_or("");
    [
        ("nb", Lang::Nb),
        ("no", Lang::Nb),
        ("nn", Lang::Nn),
        ("en", Lang::En),
    ]
    .into_iter()
    .find(|(code, _)| primary.eq_ignore_ascii_case(code))
    .map(|(_, lang)| lang)
}

/// A q-value as RFC 9110 writes it (`0`, `0.7`, `1.000`), in thousandths; `None` if it is not one.
fn qvalue(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(FULL),
        _ => None,
    }
}

/// One `range;q=…` item: the range and its weight, or `None` for an item that cannot be read.
fn item(text: &str) -> Option<(&str, u16)> {
    let mut parts = text.split(';');
    let range = parts.next()?.trim();
    if range.is_empty() {
        return None;
    }
    let mut weight = FULL;
    for parameter in parts {
        let (name, value) = parameter.split_once('=')?;
        if name.trim().eq_ignore_ascii_case("q") {
            weight = qvalue(value.trim())?;
        }
    }
    Some((range, weight))
}

/// The language for the `Accept-Language` values `values` (each may list several ranges).
///
/// Each language gets the highest weight among the ranges that name it, or else the weight of `*`;
/// the heaviest above zero wins, a tie going to the language named first (and `*` to bokmål).
/// Nothing readable, nothing the backend speaks, or everything at `q=0`: bokmål.
pub fn negotiate<'a>(values: impl IntoIterator<Item = &'a str>) -> Lang {
    // (weight, where it was named) per language, in `Lang::ALL`'s order.
    let mut named_at: [Option<(u16, usize)>; 3] = [None; 3];
    let mut any: Option<u16> = None;
    let items = values
        .into_iter()
        .flat_map(|v| v.split(','))
        .take(MAX_RANGES);
    for (at, (range, weight)) in items.filter_map(item).enumerate() {
        if range == "*" {
            any = Some(any.map_or(weight, |w| w.max(weight)));
        } else if let Some(lang) = named(range) {
            let slot = &mut named_at[index(lang)];
            *slot = Some(match *slot {
                Some((w, first)) => (w.max(weight), first),
                None => (weight, at),
            });
        }
    }
    let mut best: Option<(u16, usize, Lang)> = None;
    for lang in Lang::ALL {
        let Some((weight, at)) = named_at[index(lang)].or(any.map(|w| (w, usize::MAX))) else {
            continue;
        };
        let better = best.is_none_or(|(w, first, _)| weight > w || (weight == w && at < first));
        if weight > 0 && better {
            best = Some((weight, at, lang));
        }
    }
    best.map_or(Lang::Nb, |(_, _, lang)| lang)
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The language a request asks for in its `Accept-Language` headers (a value that is not text is
/// passed over).
pub fn of_request(headers: &HeaderMap) -> Lang {
    negotiate(
        headers
            .get_all(header::ACCEPT_LANGUAGE)
            .iter()
            .filter_map(|v| v.to_str().ok()),
    )
}

/// `Content-Language` for an answer in `lang`.
pub fn content_language(lang: Lang) -> HeaderValue {
    HeaderValue::from_static(lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(header: &str) -> Lang {
        negotiate([header])
    }

    #[test]
    fn each_language_by_its_primary_tag() {
        for (header, expected) in [
            ("nb", Lang::Nb),
            ("no", Lang::Nb),
            ("nb-NO", Lang::Nb),
            ("no-NO", Lang::Nb),
            ("nn", Lang::Nn),
            ("nn-NO", Lang::Nn),
            ("NN-no", Lang::Nn),
            ("nn_NO", Lang::Nn),
            ("en", Lang::En),
            ("en-GB", Lang::En),
            ("en-US", Lang::En),
            (" en ", Lang::En),
        ] {
            assert_eq!(lang(header), expected, "{header}");
        }
    }

    #[test]
    fn the_highest_q_value_wins_and_a_tie_goes_to_the_first() {
        assert_eq!(lang("nb;q=0.5, nn;q=0.9, en;q=0.8"), Lang::Nn);
        assert_eq!(lang("en-GB,en;q=0.9,nb;q=0.8"), Lang::En);
        assert_eq!(
            lang("nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6"),
            Lang::Nb
        );
        assert_eq!(lang("de-DE,de;q=0.9,nn;q=0.3"), Lang::Nn);
        assert_eq!(lang("nn;q=0.5, en;q=0.5"), Lang::Nn);
        assert_eq!(lang("en;q=0.5, nn;q=0.5"), Lang::En);
        // A language's best range counts, wherever it stands.
        assert_eq!(lang("nn;q=0.2, en;q=0.5, nn-NO"), Lang::Nn);
        assert_eq!(lang("en;Q=0.9 , nn ; q=1.000"), Lang::Nn);
        // Several headers are one list.
        assert_eq!(negotiate(["de", "nn;q=0.4", "en;q=0.3"]), Lang::Nn);
    }

    #[test]
    fn a_star_is_any_language_and_q_zero_is_none() {
        assert_eq!(lang("*"), Lang::Nb);
        assert_eq!(lang("de, *;q=0.5"), Lang::Nb);
        assert_eq!(lang("nn;q=0.4, *;q=0.5"), Lang::Nb);
        assert_eq!(lang("nn;q=0.6, *;q=0.5"), Lang::Nn);
        assert_eq!(lang("nb;q=0, *"), Lang::Nn);
        assert_eq!(lang("nb;q=0, nn;q=0, *"), Lang::En);
        assert_eq!(lang("en;q=0"), Lang::Nb);
        assert_eq!(lang("nb;q=0, nn;q=0, en;q=0"), Lang::Nb);
        assert_eq!(lang("*;q=0"), Lang::Nb);
    }

    #[test]
    fn anything_else_is_bokmal() {
        for header in [
            "",
            " ",
            ",,,",
            "de",
            "sv-SE, da",
            "nob",
            "nno",
            "english",
            "n",
            "-nn",
            "nn;q=2",
            "nn;q=1.5",
            "nn;q=0.1234",
            "nn;q=-1",
            "nn;q=abc",
            "nn;q=",
            "nn;q",
            "nn;q=.5",
            "nn;q=0,5",
            ";q=1",
            "\u{0}",
            "nn\u{0}",
            "ørken;q=0.9",
        ] {
            assert_eq!(lang(header), Lang::Nb, "{header:?}");
        }
        // An unreadable range is passed over, not the rest.
        assert_eq!(lang("nn;q=abc, en;q=0.1"), Lang::En);
        assert_eq!(lang("nn;level=1;q=0.8"), Lang::Nn);
        assert_eq!(negotiate([]), Lang::Nb);
    }

    #[test]
    fn long_or_strange_input_does_not_panic() {
        let long = "x-".repeat(100_000);
        assert_eq!(lang(&long), Lang::Nb);
        let many = "de;q=0.9,".repeat(10_000) + "nn";
        assert_eq!(lang(&many), Lang::Nb, "only the first ranges are read");
        assert_eq!(lang(&"nn;q=0.1,".repeat(10_000)), Lang::Nn);
        for strange in [
            "ææ;q=0.é",
            "nn;q=0.\u{663}",
            ";;;;",
            "=;=",
            "q=1",
            "é-NO",
            "\u{feff}nn",
        ] {
            let _ = lang(strange);
        }
        let mut headers = HeaderMap::new();
        headers.append(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_bytes(b"nn\xff").unwrap(),
        );
        assert_eq!(of_request(&headers), Lang::Nb);
        headers.append(header::ACCEPT_LANGUAGE, HeaderValue::from_static("en"));
        assert_eq!(of_request(&headers), Lang::En);
        assert_eq!(of_request(&HeaderMap::new()), Lang::Nb);
    }
}
