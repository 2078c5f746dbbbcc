//! The Maskinporten scope of Summert skattegrunnlag, and how a typed scope compares with it: exactly
//! right, right among several, or a near miss named as such so the person sees the typo.

use super::texts::core_texts;
use crate::case::lowercase;
use crate::lang::Lang;
use crate::texts::fill;

/// The one scope the API accepts.
pub const SCOPE: &str = "skatteetaten:summertskattegrunnlag";

/// How a typed scope compares with [`SCOPE`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScopeMatch {
    Exact,
    /// The right scope is one of several, space-separated, as a token's `scope` claim lists them.
    Among,
    Empty,
    /// Right but for capital letters or spaces.
    CaseOrSpaces {
        typed: String,
    },
    /// Close: a few letters wrong, missing or extra.
    NearMiss {
        typed: String,
        closest: String,
    },
    Wrong {
        typed: String,
    },
    /// The right scope, but beside something a scope list cannot hold (a number, a sentence).
    NotAScope {
        item: String,
    },
    /// Longer than any scope list a client asks for: pasted by mistake.
    TooLong {
        chars: usize,
    },
}

/// The longest scope field taken: a client asks for a handful of scopes of a few dozen characters.
pub const MAX_LEN: usize = 500;

/// The OpenID Connect scopes, the only ones without a prefix a person is likely to list beside it.
const UNPREFIXED: [&str; 6] = [
    "openid",
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
];

/// Whether `item` is a scope name as Maskinporten writes them: `prefiks:navn`, lowercase ASCII
/// letters and digits, with `.`, `_`, `-`, `/` and `:` inside the name (or an OpenID Connect scope).
pub fn is_scope_name(item: &str) -> bool {
    let Some((prefix, name)) = item.split_once(':') else {
        return UNPREFIXED.contains(&item);
    };
    // Maskinporten's own pattern allows æ, ø and å (`nav:arbeid:søknad.read`).
    let plain =
        |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, 'æ' | 'ø' | 'å');
    !prefix.is_empty()
        && prefix.chars().all(|c| plain(c) || c == '-')
        && name.chars().next().is_some_and(plain)
        && name
            .chars()
            .all(|c| plain(c) || matches!(c, '.' | '_' | '-' | '/' | ':'))
}

impl ScopeMatch {
    pub fn is_right(&self) -> bool {
        matches!(self, ScopeMatch::Exact | ScopeMatch::Among)
    }

    /// What the person reads when the scope is not right, in `lang`.
    pub fn message(&self, lang: Lang) -> Option<String> {
        let t = &core_texts(lang).scope;
        let chars = match self {
            ScopeMatch::TooLong { chars } => chars.to_string(),
            _ => String::new(),
        };
        // Each template names the one value it repeats, besides the right scope and the limit.
        let (template, name, value) = match self {
            ScopeMatch::Exact | ScopeMatch::Among => return None,
            ScopeMatch::Empty => (t.empty, "", ""),
            ScopeMatch::CaseOrSpaces { typed } => (t.case_or_spaces, "typed", typed.as_str()),
            ScopeMatch::NearMiss { closest, .. } => (t.near_miss, "closest", closest.as_str()),
            ScopeMatch::Wrong { typed } => (t.wrong, "typed", typed.as_str()),
            ScopeMatch::NotAScope { item } => (t.not_a_scope, "item", item.as_str()),
            ScopeMatch::TooLong { .. } => (t.too_long, "chars", chars.as_str()),
        };
        let max = MAX_LEN.to_string();
        Some(fill(
            template,
            &[("scope", SCOPE), (name, value), ("max", &max)],
        ))
    }
}

/// Edit distance with adjacent swaps (optimal string alignment), over characters.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// At most this many edits away counts as a near miss.
const NEAR: usize = 4;

/// Compares what a person typed (or a token's `scope` claim) with [`SCOPE`].
pub fn compare(typed: &str) -> ScopeMatch {
    let typed = typed.trim();
    if typed.is_empty() {
        return ScopeMatch::Empty;
    }
    let chars = typed.chars().count();
    if chars > MAX_LEN {
        return ScopeMatch::TooLong { chars };
    }
    if typed == SCOPE {
        return ScopeMatch::Exact;
    }
    let scopes: Vec<&str> = typed.split_whitespace().collect();
    if scopes.contains(&SCOPE) {
        // Nothing that may be a fødselsnummer is kept, even where a scope's name could hold it.
        let kept = |s: &&&str| is_scope_name(s) && !crate::person::may_hold_person_number(s);
        return match scopes.iter().find(|s| !kept(s)) {
            Some(item) => ScopeMatch::NotAScope {
                item: item.to_string(),
            },
            None => ScopeMatch::Among,
        };
    }
    let squeezed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if lowercase(&squeezed) == SCOPE {
        return ScopeMatch::CaseOrSpaces {
            typed: typed.to_string(),
        };
    }
    // A word whose length is further from the scope's than a near miss can be is not compared,
    // which keeps the work per keystroke small whatever is pasted.
    let closest = scopes
        .iter()
        .filter(|s| s.chars().count().abs_diff(SCOPE.len()) <= NEAR)
        .map(|s| (distance(&lowercase(s), SCOPE), *s))
        .min_by_key(|(d, _)| *d);
    let bare = &SCOPE["skatteetaten:".len()..];
    match closest {
        Some((d, s)) if d <= NEAR => ScopeMatch::NearMiss {
            typed: typed.to_string(),
            closest: s.to_string(),
        },
        _ => match scopes.iter().find(|s| lowercase(s) == bare) {
            // Only the part after the colon: the prefix is missing.
            Some(s) => ScopeMatch::NearMiss {
                typed: typed.to_string(),
                closest: s.to_string(),
            },
            None => ScopeMatch::Wrong {
                typed: typed.to_string(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_scope_alone_or_among_others() {
        assert_eq!(
            compare(" skatteetaten:summertskattegrunnlag "),
            ScopeMatch::Exact
        );
        assert_eq!(
            compare("openid skatteetaten:summertskattegrunnlag"),
            ScopeMatch::Among
        );
    }

    #[test]
    fn names_near_misses() {
        let m = compare("skatteetaten:summertskattegrunlag");
        assert!(matches!(m, ScopeMatch::NearMiss { .. }), "{m:?}");
        assert_eq!(
            m.message(Lang::Nb).unwrap(),
            "Nesten riktig, men ikke helt: `skatteetaten:summertskattegrunnlag` – du skrev `skatteetaten:summertskattegrunlag`."
        );
        assert!(matches!(
            compare("skatteetaten:sumemrtskattegrunnlag"),
            ScopeMatch::NearMiss { .. }
        ));
        assert!(matches!(
            compare("summertskattegrunnlag"),
            ScopeMatch::NearMiss { .. }
        ));
        assert!(matches!(
            compare("skatteetaten: summertskattegrunnlag"),
            ScopeMatch::CaseOrSpaces { .. }
        ));
        assert!(matches!(
            compare("Skatteetaten:SummertSkattegrunnlag"),
            ScopeMatch::CaseOrSpaces { .. }
        ));
    }

    #[test]
    fn other_scopes_are_simply_wrong() {
        assert!(matches!(
            compare("skatteetaten:inntekt"),
            ScopeMatch::Wrong { .. }
        ));
        assert!(compare("altinn:serviceowner")
            .message(Lang::Nb)
            .unwrap()
            .contains(SCOPE));
        assert_eq!(compare("  "), ScopeMatch::Empty);
    }

    #[test]
    fn a_scope_list_holds_only_scopes() {
        assert_eq!(
            compare("skatteetaten:summertskattegrunnlag 01017012345"),
            ScopeMatch::NotAScope {
                item: "01017012345".into()
            }
        );
        assert!(!compare("skatteetaten:summertskattegrunnlag ring meg på 99999999").is_right());
        assert!(!compare("skatteetaten:summertskattegrunnlag <script>").is_right());
        assert_eq!(
            compare("altinn:serviceowner/rolesandrights   skatteetaten:summertskattegrunnlag"),
            ScopeMatch::Among
        );
        assert!(!compare("skatteetaten:summertskattegrunnlag ks:01017012345").is_right());
        assert_eq!(
            compare("skatteetaten:summertskattegrunnlag nav:arbeid:søknad.read"),
            ScopeMatch::Among
        );
        assert!(is_scope_name("difitest:test1"));
        assert!(!is_scope_name("skatteetaten:"));
        assert!(!is_scope_name(":summertskattegrunnlag"));
        assert!(!is_scope_name("Skatteetaten:x"));
    }

    #[test]
    fn a_long_paste_is_refused_by_its_length_without_comparing_it() {
        let pasted = "skatteetaten:summertskattegrunnlag ".repeat(100_000);
        assert_eq!(
            compare(&pasted),
            ScopeMatch::TooLong {
                chars: pasted.trim().chars().count()
            }
        );
        // Many words just under the limit: each is skipped by its length, not compared.
        let words = "x".repeat(60) + " ";
        assert!(matches!(
            compare(&words.repeat(8)),
            ScopeMatch::Wrong { .. }
        ));
    }

    #[test]
    fn distance_counts_swaps_as_one() {
        assert_eq!(distance("abcd", "acbd"), 1);
        assert_eq!(distance("abc", "ab"), 1);
        assert_eq!(distance("", "abc"), 3);
    }

    #[test]
    fn a_mismatch_is_named_in_nynorsk_and_english() {
        let m = compare("skatteetaten:summertskattegrunlag");
        assert_eq!(
            m.message(Lang::Nn).unwrap(),
            "Nesten rett, men ikkje heilt: `skatteetaten:summertskattegrunnlag` – du skreiv \
             `skatteetaten:summertskattegrunlag`."
        );
        assert_eq!(
            compare("skatteetaten:inntekt").message(Lang::En).unwrap(),
            "`skatteetaten:inntekt` is not the scope for Summert skattegrunnlag. The correct scope \
             is `skatteetaten:summertskattegrunnlag`."
        );
        let long = compare(&"x".repeat(MAX_LEN + 1)).message(Lang::En).unwrap();
        assert!(long.contains("(501 characters; at most 500)"), "{long}");
        assert_eq!(compare(SCOPE).message(Lang::Nn), None);
    }
}
