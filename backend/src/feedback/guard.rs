//! Abuse protection for unauthenticated POSTs, in memory only: rate limits per client address (the
//! address is a key in RAM for at most a few minutes, never logged or stored), the allowed origins,
//! and identical comments within five minutes counted once (keyed by a hash, no address).

use axum::http::{header, HeaderMap};
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Requests per minute per client address; each is also the burst.
#[derive(Clone, Copy, Debug)]
pub struct RateLimits {
    pub votes_per_minute: u32,
    pub comments_per_minute: u32,
    pub searches_per_minute: u32,
}

impl Default for RateLimits {
    fn default() -> RateLimits {
        RateLimits {
            votes_per_minute: 30,
            comments_per_minute: 5,
            searches_per_minute: 30,
        }
    }
}

/// What a request is, for its rate limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Vote,
    Comment,
    Search,
}

/// How long identical comments count once.
pub const DUPLICATE_WINDOW: Duration = Duration::from_secs(5 * 60);

pub struct Guard {
    votes: DefaultKeyedRateLimiter<IpAddr>,
    comments: DefaultKeyedRateLimiter<IpAddr>,
    searches: DefaultKeyedRateLimiter<IpAddr>,
    recent_comments: Mutex<HashMap<u64, Instant>>,
    hasher: RandomState,
}

fn limiter(per_minute: u32) -> DefaultKeyedRateLimiter<IpAddr> {
    let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    RateLimiter::keyed(Quota::per_minute(n))
}

impl Guard {
    pub fn new(limits: RateLimits) -> Guard {
        Guard {
            votes: limiter(limits.votes_per_minute),
            comments: limiter(limits.comments_per_minute),
            searches: limiter(limits.searches_per_minute),
            recent_comments: Mutex::new(HashMap::new()),
            hasher: RandomState::new(),
        }
    }

    /// `Ok` if `client` may send one more of `kind` now, else how long it must wait.
    pub fn admit(&self, kind: Kind, client: IpAddr) -> Result<(), Duration> {
        let limiter = match kind {
            Kind::Vote => &self.votes,
            Kind::Comment => &self.comments,
            Kind::Search => &self.searches,
        };
        limiter
            .check_key(&client)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Whether this comment (its target and text) is new in the last five minutes; remembers it.
    pub fn first_time(&self, target: &str, text: &str) -> bool {
        let key = self.hasher.hash_one((target, text));
        let now = Instant::now();
        let Ok(mut recent) = self.recent_comments.lock() else {
            return true;
        };
        match recent.get(&key) {
            Some(at) if now.duration_since(*at) < DUPLICATE_WINDOW => false,
            _ => {
                recent.insert(key, now);
                true
            }
        }
    }

    /// Forgets addresses whose limits are full again and comments older than the window.
    pub fn forget_old(&self) {
        for limiter in [&self.votes, &self.comments, &self.searches] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        if let Ok(mut recent) = self.recent_comments.lock() {
            let now = Instant::now();
            recent.retain(|_, at| now.duration_since(*at) < DUPLICATE_WINDOW);
        }
    }
}

/// The address rate limits are kept by: the TCP peer, or behind a trusted proxy the rightmost
/// `X-Forwarded-For` entry (the one the proxy wrote; entries left of it are the client's word).
/// An IPv6 address counts by its /64, which one household or host usually holds whole.
pub fn client_address(peer: Option<SocketAddr>, headers: &HeaderMap, behind_proxy: bool) -> IpAddr {
    let forwarded = behind_proxy
        .then(|| {
            headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .next_back()
                .and_then(|last| forwarded_ip(last.trim()))
        })
        .flatten();
    let ip = forwarded
        .or(peer.map(|p| p.ip()))
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let bits = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(bits.into())
            }
        },
        v4 => v4,
    }
}

/// An `X-Forwarded-For` entry: an address, or one with a port (`1.2.3.4:5678`, `[2001:db8::1]:443`),
/// as some proxies write it.
fn forwarded_ip(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|a| a.ip()))
}

/// The request's `Origin`, if it is one of `allowed`, or the backend's own (its pages post to it).
pub fn allowed_origin<'a>(
    headers: &'a HeaderMap,
    allowed: &[String],
    behind_proxy: bool,
) -> Option<&'a str> {
    let origin = headers.get(header::ORIGIN)?.to_str().ok()?;
    if allowed.iter().any(|a| a == origin) || is_own(origin, headers, behind_proxy) {
        Some(origin)
    } else {
        None
    }
}

/// Whether `origin` is this service itself (the thank-you page's own form posts from here): its
/// `Host`, or behind a trusted proxy the `X-Forwarded-Host` the proxy wrote.
fn is_own(origin: &str, headers: &HeaderMap, behind_proxy: bool) -> bool {
    let forwarded = behind_proxy
        .then(|| headers.get("x-forwarded-host"))
        .flatten();
    let host = forwarded
        .or(headers.get(header::HOST))
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.split(',').next_back())
        .map(str::trim);
    let authority = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    matches!((host, authority), (Some(h), Some(a)) if h.eq_ignore_ascii_case(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn behind_a_proxy_the_rightmost_forwarded_entry_counts() {
        let peer: SocketAddr = "10.0.0.1:4000".parse().unwrap();
        let mut h = HeaderMap::new();
        h.append(
            "x-forwarded-for",
            HeaderValue::from_static("1.1.1.1, 2.2.2.2"),
        );
        h.append("x-forwarded-for", HeaderValue::from_static("3.3.3.3"));
        assert_eq!(client_address(Some(peer), &h, true).to_string(), "3.3.3.3");
        assert_eq!(
            client_address(Some(peer), &h, false).to_string(),
            "10.0.0.1"
        );
        let v6: SocketAddr = "[2001:db8:1:2:3:4:5:6]:1".parse().unwrap();
        assert_eq!(
            client_address(Some(v6), &HeaderMap::new(), false).to_string(),
            "2001:db8:1:2::"
        );
    }

    #[test]
    fn the_service_s_own_pages_may_post_to_it() {
        let allowed = ["https://skattedeling.ks.no".to_string()];
        let mut h = HeaderMap::new();
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://tilbakemelding.ks.no"),
        );
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8787"));
        assert_eq!(allowed_origin(&h, &allowed, true), None);
        h.insert(
            "x-forwarded-host",
            HeaderValue::from_static("tilbakemelding.ks.no"),
        );
        assert!(allowed_origin(&h, &allowed, true).is_some());
        assert_eq!(
            allowed_origin(&h, &allowed, false),
            None,
            "only a trusted proxy's word counts"
        );
        h.insert(
            header::HOST,
            HeaderValue::from_static("tilbakemelding.ks.no"),
        );
        assert!(allowed_origin(&h, &allowed, false).is_some());
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert_eq!(allowed_origin(&h, &allowed, true), None);
    }

    #[test]
    fn identical_comments_count_once() {
        let g = Guard::new(RateLimits::default());
        assert!(g.first_time("kostnad", "Mangler pris"));
        assert!(!g.first_time("kostnad", "Mangler pris"));
        assert!(g.first_time("delegering-altinn", "Mangler pris"));
        g.forget_old();
        assert!(!g.first_time("kostnad", "Mangler pris"));
    }

    #[test]
    fn limits_hold_per_address() {
        let g = Guard::new(RateLimits {
            comments_per_minute: 2,
            ..RateLimits::default()
        });
        let a: IpAddr = "1.2.3.4".parse().unwrap();
        let b: IpAddr = "1.2.3.5".parse().unwrap();
        assert!(g.admit(Kind::Comment, a).is_ok());
        assert!(g.admit(Kind::Comment, a).is_ok());
        let wait = g.admit(Kind::Comment, a).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert!(g.admit(Kind::Comment, b).is_ok());
        assert!(g.admit(Kind::Vote, a).is_ok());
    }
}
