//! The connection test's steps, each as «ask the upstream, judge the answer»: [`hovedenhet`]
//! (Enhetsregisteret), [`token`] (Maskinporten), [`delegering`] (the token's claims) and
//! [`skattegrunnlag`] (Summert skattegrunnlag). A step's judgement is a plain function of what the
//! upstream said, so each wording is tested without a network.

pub mod delegering;
pub mod hovedenhet;
pub mod skattegrunnlag;
pub mod token;

use crate::texts::texts;
use skattedeling_core::texts::fill;
use skattedeling_core::Lang;
use std::time::{Duration, Instant};

/// How a step went, in words for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok {
        explanation: String,
        correlation: Option<String>,
    },
    Failed {
        code: Option<String>,
        explanation: String,
        advice: String,
        faq: Option<&'static str>,
        correlation: Option<String>,
    },
    /// The step was not run, and why (not for a failure before it: the report says that itself).
    NotRun { explanation: String },
}

impl Outcome {
    pub fn ok(explanation: impl Into<String>) -> Outcome {
        Outcome::Ok {
            explanation: explanation.into(),
            correlation: None,
        }
    }

    pub fn failed(
        explanation: impl Into<String>,
        advice: impl Into<String>,
        faq: Option<&'static str>,
    ) -> Outcome {
        Outcome::Failed {
            code: None,
            explanation: explanation.into(),
            advice: advice.into(),
            faq,
            correlation: None,
        }
    }

    pub fn is_failure(&self) -> bool {
        matches!(self, Outcome::Failed { .. })
    }
}

/// The time a test has left: every upstream call waits at most its own limit, and never past the
/// test's end.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub deadline: Instant,
    pub total: Duration,
}

impl Budget {
    pub fn new(total: Duration) -> Budget {
        Budget {
            deadline: Instant::now() + total,
            total,
        }
    }

    /// How long the next call may take, or `None` when the test's time is up.
    pub fn limit(&self, own: Duration) -> Option<Duration> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        (left > Duration::from_millis(10)).then(|| own.min(left))
    }

    /// What a step says when the time ran out before it.
    pub fn spent(&self, lang: Lang) -> Outcome {
        let seconds = crate::upstream::seconds_words(self.total.as_millis() as u64, lang);
        Outcome::NotRun {
            explanation: fill(texts(lang).run.time_spent, &[("seconds", &seconds)]),
        }
    }
}

/// Organisation numbers as people write them: «974 760 673».
pub fn grouped(digits: &str) -> String {
    skattedeling_core::OrgNumber::parse(digits).map_or_else(|_| digits.to_string(), |n| n.grouped())
}

/// The context the steps' tests explain codes in: på vegne av, in test, for `rights_package`.
#[cfg(test)]
pub(crate) fn test_context(
    rights_package: &'static str,
) -> skattedeling_core::connection::codes::Context<'static> {
    skattedeling_core::connection::codes::Context {
        lang: Lang::Nb,
        environment: skattedeling_core::guide::token::Environment::Test,
        via_vendor: true,
        scope: "skatteetaten:summertskattegrunnlag",
        rights_package,
    }
}
