//! The Maskinporten scope of Summert skattegrunnlag, and how a typed scope compares with it: exactly
//! right, right among several, or a near miss named as such so the person sees the typo.

use crate::case::lowercase;

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
}

impl ScopeMatch {
    pub fn is_right(&self) -> bool {
        matches!(self, ScopeMatch::Exact | ScopeMatch::Among)
    }

    /// What the person reads when the scope is not right.
    pub fn message(&self) -> Option<String> {
        Some(match self {
            ScopeMatch::Exact | ScopeMatch::Among => return None,
            ScopeMatch::Empty => format!("Skriv inn scopet klienten ber om, for eksempel `{SCOPE}`."),
            ScopeMatch::CaseOrSpaces { typed } => format!(
                "Nesten riktig, men scopet skrives med små bokstaver og uten mellomrom: `{SCOPE}` – du skrev `{typed}`."
            ),
            ScopeMatch::NearMiss { closest, .. } => format!(
                "Nesten riktig, men ikke helt: `{SCOPE}` – du skrev `{closest}`."
            ),
            ScopeMatch::Wrong { typed } => format!(
                "`{typed}` er ikke scopet for Summert skattegrunnlag. Det riktige scopet er `{SCOPE}`."
            ),
        })
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
    if typed == SCOPE {
        return ScopeMatch::Exact;
    }
    let scopes: Vec<&str> = typed.split_whitespace().collect();
    if scopes.contains(&SCOPE) {
        return ScopeMatch::Among;
    }
    let squeezed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if lowercase(&squeezed) == SCOPE {
        return ScopeMatch::CaseOrSpaces {
            typed: typed.to_string(),
        };
    }
    let closest = scopes
        .iter()
        .map(|s| (distance(&lowercase(s), SCOPE), *s))
        .min_by_key(|(d, _)| *d);
    match closest {
        Some((d, s)) if d <= NEAR => ScopeMatch::NearMiss {
            typed: typed.to_string(),
            closest: s.to_string(),
        },
        // Only the part after the colon, or the prefix missing.
        Some((_, s)) if lowercase(s) == SCOPE["skatteetaten:".len()..] => ScopeMatch::NearMiss {
            typed: typed.to_string(),
            closest: s.to_string(),
        },
        _ => ScopeMatch::Wrong {
            typed: typed.to_string(),
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
            m.message().unwrap(),
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
            .message()
            .unwrap()
            .contains(SCOPE));
        assert_eq!(compare("  "), ScopeMatch::Empty);
    }

    #[test]
    fn distance_counts_swaps_as_one() {
        assert_eq!(distance("abcd", "acbd"), 1);
        assert_eq!(distance("abc", "ab"), 1);
        assert_eq!(distance("", "abc"), 3);
    }
}
