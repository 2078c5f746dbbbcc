//! Percent-encoding for the few URLs the site builds itself (mailto links, `?q=` query strings), so that
//! Norwegian letters, spaces and line breaks survive every mail client and browser.

/// Encodes like JavaScript's `encodeURIComponent`: everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes a query-string value (`+` is a space); invalid escapes are kept as written.
pub fn decode_query_value(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of `key` in a query string such as `?q=kostnad&for=kommune`.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| decode_query_value(k) == key)
        .map(|(_, v)| decode_query_value(v))
}

/// Builds `?k=v&…` from the pairs whose value is not empty; `""` when none is.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_norwegian_letters_and_line_breaks() {
        assert_eq!(encode_component("på vegne av"), "p%C3%A5%20vegne%20av");
        assert_eq!(encode_component("a\nb&c=d"), "a%0Ab%26c%3Dd");
    }

    #[test]
    fn reads_query_parameters() {
        let q = "?q=delegere+i%20Altinn&for=leverand%C3%B8r&tom";
        assert_eq!(query_param(q, "q").as_deref(), Some("delegere i Altinn"));
        assert_eq!(query_param(q, "for").as_deref(), Some("leverandør"));
        assert_eq!(query_param(q, "tom").as_deref(), Some(""));
        assert_eq!(query_param(q, "x"), None);
        assert_eq!(decode_query_value("100%"), "100%");
        assert_eq!(decode_query_value("%zz"), "%zz");
    }

    #[test]
    fn builds_query_strings_round_trip() {
        let s = query_string(&[("q", "æøå & co"), ("for", "")]);
        assert_eq!(s, "?q=%C3%A6%C3%B8%C3%A5%20%26%20co");
        assert_eq!(query_param(&s, "q").as_deref(), Some("æøå & co"));
        assert_eq!(query_string(&[("q", "")]), "");
    }
}
