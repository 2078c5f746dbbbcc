//! Calls to the upstream services: one HTTP client (rustls, no redirects), every call with a time
//! limit that covers the body too, and a cap on how much of an answer is read. Errors never carry the
//! address called (Summert skattegrunnlag's holds the test person).

use crate::texts::texts;
use reqwest::header::HeaderMap;
use reqwest::{Client, RequestBuilder};
use skattedeling_core::texts::fill;
use skattedeling_core::Lang;
use std::sync::Once;
use std::time::Duration;

/// Nothing the backend needs from an upstream is near this size.
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// Why an upstream gave no answer to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpstreamError {
    /// No answer within the limit.
    TimedOut { millis: u64 },
    /// No connection: the service is down, the address is wrong, or a firewall stops it.
    Unreachable,
    /// The answer was larger than [`MAX_ANSWER_BYTES`].
    TooLarge,
    /// The connection broke while the answer was being read.
    Broken,
}

impl UpstreamError {
    /// What happened, as a phrase after the service's name: «svarte ikke innen 5 sekunder».
    pub fn phrase(&self, lang: Lang) -> String {
        let t = &texts(lang).upstream;
        match self {
            UpstreamError::TimedOut { millis } => {
                fill(t.timed_out, &[("seconds", &seconds_words(*millis, lang))])
            }
            UpstreamError::Unreachable => t.unreachable.into(),
            UpstreamError::TooLarge => t.too_large.into(),
            UpstreamError::Broken => t.broken.into(),
        }
    }
}

/// Seconds as `lang` writes them: «5», «0,5» in Norwegian, "0.5" in English.
pub fn seconds_words(millis: u64, lang: Lang) -> String {
    let point = if lang == Lang::En { '.' } else { ',' };
    match (millis / 1000, millis % 1000 / 100) {
        (s, 0) => s.to_string(),
        (s, tenths) => format!("{s}{point}{tenths}"),
    }
}

/// An answer as read.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// The HTTP client every upstream call goes through.
pub fn client() -> Client {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        // Another part of the process may have installed it already; either way one is there.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    Client::builder()
        .user_agent(concat!("skattedeling-backend/", env!("CARGO_PKG_VERSION")))
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(Duration::from_secs(5))
        .build()
        .expect("the HTTP client builds with rustls and ring")
}

/// Sends `request` and reads its answer, all within `limit`.
pub async fn send(request: RequestBuilder, limit: Duration) -> Result<Answer, UpstreamError> {
    let call = async {
        let mut response = request.send().await.map_err(|e| {
            if e.is_timeout() {
                UpstreamError::TimedOut {
                    millis: limit.as_millis() as u64,
                }
            } else {
                UpstreamError::Unreachable
            }
        })?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|_| UpstreamError::Broken)? {
            if body.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(UpstreamError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            status,
            headers,
            body,
        })
    };
    tokio::time::timeout(limit, call)
        .await
        .unwrap_or(Err(UpstreamError::TimedOut {
            millis: limit.as_millis() as u64,
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phrases_read_as_norwegian() {
        assert_eq!(
            UpstreamError::TimedOut { millis: 5000 }.phrase(Lang::Nb),
            "svarte ikke innen 5 sekunder"
        );
        assert_eq!(
            UpstreamError::TimedOut { millis: 500 }.phrase(Lang::Nb),
            "svarte ikke innen 0,5 sekunder"
        );
    }

    #[test]
    fn the_phrases_read_in_the_requests_language() {
        assert_eq!(
            UpstreamError::TimedOut { millis: 1500 }.phrase(Lang::Nn),
            "svarte ikkje innan 1,5 sekund"
        );
        assert_eq!(
            UpstreamError::TimedOut { millis: 1500 }.phrase(Lang::En),
            "did not answer within 1.5 seconds"
        );
        assert_eq!(
            UpstreamError::Unreachable.phrase(Lang::En),
            "could not be reached (no connection)"
        );
    }
}
