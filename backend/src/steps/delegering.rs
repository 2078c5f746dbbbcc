//! Step `delegering` (på vegne av a municipality): the token's signature against Maskinporten's JWKS,
//! then its claims — `consumer` the municipality, `supplier` the vendor, `delegation_source` Altinn in
//! the right environment, the scope, the issuer — read by the same check as the site's token
//! inspector (`skattedeling_core::guide::token`), each mismatch named. A direct connection runs the
//! same checks inside the token step.

use super::Outcome;
use crate::maskinporten::{unix_now, JwksProblem, MetadataError, VerifyFailure};
use crate::texts::{fill, texts, Texts};
use skattedeling_core::guide::token::{self, Expected, Status};
use skattedeling_core::{Lang, OrgNumber};

pub const ID: &str = "delegering";

pub fn title(lang: Lang) -> &'static str {
    texts(lang).delegering.title
}

/// What went wrong with Maskinporten's keys, as a phrase after «Maskinporten».
fn jwks_detail(problem: &JwksProblem, t: &Texts) -> String {
    let td = &t.delegering;
    match problem {
        JwksProblem::Upstream(u) => u.phrase(t.lang),
        JwksProblem::Status(s) => fill(t, td.jwks_status, &[("status", &s.to_string())]),
        JwksProblem::NotAJwks => td.jwks_not_a_jwks.into(),
        JwksProblem::UnreadableKey => td.jwks_unreadable_key.into(),
    }
}

/// Why Maskinporten's metadata could not be had, in brackets.
fn metadata_detail(e: &MetadataError, t: &Texts) -> String {
    match e {
        MetadataError::Upstream(u) => u.phrase(t.lang),
        MetadataError::Status(s) => format!("HTTP {s}"),
        MetadataError::Unreadable => t.delegering.metadata_unreadable.into(),
        MetadataError::WrongIssuer { found } => {
            fill(t, t.delegering.metadata_issuer, &[("found", found)])
        }
    }
}

/// The verdict when the token could not be verified.
pub fn judge_verification(failure: &VerifyFailure, issuer: &str, lang: Lang) -> Outcome {
    let t = texts(lang);
    let td = &t.delegering;
    let at = ("issuer", issuer);
    let (explanation, advice) = match failure {
        VerifyFailure::BadSignature | VerifyFailure::NoKey => {
            (fill(t, td.bad_signature, &[at]), td.bad_signature_advice)
        }
        VerifyFailure::Expired => (td.expired.to_string(), td.expired_advice),
        VerifyFailure::WrongIssuer => (fill(t, td.wrong_issuer, &[at]), td.check_maskinporten),
        VerifyFailure::Malformed => (td.malformed.to_string(), td.check_maskinporten),
        VerifyFailure::Jwks(problem) => (
            fill(t, td.jwks, &[at, ("detail", &jwks_detail(problem, t))]),
            td.retry,
        ),
        VerifyFailure::Metadata(e) => (
            fill(t, td.metadata, &[("detail", &metadata_detail(e, t))]),
            td.retry,
        ),
    };
    Outcome::failed(explanation, fill(t, advice, &[]), None)
}

/// What to do about each claim that is wrong.
fn advice_for(code: &str, vendor: Option<&OrgNumber>, t: &Texts) -> String {
    let td = &t.delegering;
    let template = match code {
        "consumer" => td.consumer_advice,
        "supplier" => {
            let vendor = vendor.map_or(td.another_vendor.to_string(), |v| {
                fill(t, td.the_vendor, &[("number", &v.grouped())])
            });
            return fill(t, td.supplier_advice, &[("vendor", &vendor)]);
        }
        "delegering" => td.delegation_advice,
        "scope" | "miljo" => td.scope_advice,
        _ => td.retry_advice,
    };
    fill(t, template, &[])
}

/// The verdict on the token's claims; `expected.parties.vendor` is `None` for a direct connection.
/// The findings are the token checker's words; the rest is in `lang`.
pub fn judge_claims(access_token: &str, expected: &Expected, lang: Lang) -> Outcome {
    let t = texts(lang);
    let expected = Expected {
        now: unix_now(),
        ..expected.clone()
    };
    let report = match token::check(access_token, &expected) {
        Ok(r) => r,
        Err(e) => {
            return Outcome::failed(
                fill(
                    t,
                    t.delegering.unreadable_token,
                    &[("error", &e.to_string())],
                ),
                fill(t, t.delegering.check_maskinporten, &[]),
                None,
            )
        }
    };
    let problems: Vec<_> = report.problems().collect();
    let plain = |m: &str| m.replace('`', "");
    if let Some(first) = problems.first() {
        let explanation = problems
            .iter()
            .map(|f| plain(&f.message))
            .collect::<Vec<_>>()
            .join(" ");
        let faq = if first.code == "delegering" || first.code == "consumer" {
            Some("delegering-altinn")
        } else {
            Some("maskinporten")
        };
        return Outcome::failed(
            explanation,
            advice_for(first.code, expected.parties.vendor.as_ref(), t),
            faq,
        );
    }
    let told: Vec<String> = report
        .findings
        .iter()
        .filter(|f| {
            f.status == Status::Ok && matches!(f.code, "consumer" | "supplier" | "delegering")
        })
        .map(|f| plain(&f.message))
        .collect();
    Outcome::ok(told.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use skattedeling_core::guide::token::Environment;
    use skattedeling_core::guide::Parties;
    use skattedeling_core::Lang;

    fn token(claims: serde_json::Value) -> String {
        let part = |v: &serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        format!(
            "{}.{}.sig",
            part(&serde_json::json!({"alg": "RS256", "kid": "k"})),
            part(&claims)
        )
    }

    fn claims(consumer: &str, supplier: &str, source: &str) -> serde_json::Value {
        serde_json::json!({
            "iss": "http://127.0.0.1:9/maskinporten/test/",
            "scope": "skatteetaten:summertskattegrunnlag",
            "consumer": {"authority": "iso6523-actorid-upis", "ID": format!("0192:{consumer}")},
            "supplier": {"authority": "iso6523-actorid-upis", "ID": format!("0192:{supplier}")},
            "delegation_source": source,
            "exp": unix_now() + 100,
        })
    }

    fn expected() -> Expected {
        Expected {
            parties: Parties {
                municipality: OrgNumber::parse("910000004").ok(),
                vendor: OrgNumber::parse("971032146").ok(),
                via_vendor: Some(true),
                environment: Some(Environment::Test),
            },
            issuer: Some("http://127.0.0.1:9/maskinporten/test/".into()),
            now: 0,
            lang: Lang::Nb,
        }
    }

    #[test]
    fn a_right_token_tells_who_and_from_where() {
        let t = token(claims("910000004", "971032146", "https://tt02.altinn.no/"));
        let Outcome::Ok { explanation, .. } = judge_claims(&t, &expected(), Lang::Nb) else {
            panic!()
        };
        assert!(
            explanation.contains("utstedt for kommunen (910 000 004)"),
            "{explanation}"
        );
        assert!(explanation.contains("hentet av leverandøren (971 032 146)"));
        assert!(explanation.contains("tt02.altinn.no"));
    }

    #[test]
    fn each_mismatch_is_named_with_advice() {
        let t = token(claims("910000004", "910000179", "https://www.altinn.no"));
        let Outcome::Failed {
            explanation,
            advice,
            ..
        } = judge_claims(&t, &expected(), Lang::Nb)
        else {
            panic!()
        };
        assert!(
            explanation.contains(
                "hentet av 910 000 179, men leverandøren har organisasjonsnummer 971 032 146"
            ),
            "{explanation}"
        );
        assert!(
            explanation.contains("Delegeringen kommer fra https://www.altinn.no"),
            "{explanation}"
        );
        assert!(!explanation.contains('`'));
        assert!(advice.contains("leverandøren 971 032 146"));
    }

    #[test]
    fn a_token_that_does_not_match_the_keys_is_not_trusted() {
        let o = judge_verification(
            &VerifyFailure::BadSignature,
            "https://test.maskinporten.no/",
            Lang::Nb,
        );
        let Outcome::Failed { explanation, .. } = o else {
            panic!()
        };
        assert!(explanation.contains("https://test.maskinporten.no/jwk"));
    }

    #[test]
    fn the_verdicts_are_in_the_requests_language() {
        let o = judge_verification(
            &VerifyFailure::Jwks(JwksProblem::Status(500)),
            "https://x/",
            Lang::Nn,
        );
        assert_eq!(
            o,
            Outcome::failed(
                "Nøklane til Maskinporten (https://x/jwk) kunne ikkje hentast: Maskinporten \
                 svarte med HTTP 500.",
                "Prøv igjen om litt.",
                None
            )
        );
        let o = judge_verification(&VerifyFailure::Expired, "https://x/", Lang::En);
        let Outcome::Failed { advice, .. } = o else {
            panic!()
        };
        assert_eq!(
            advice,
            "Ask whoever runs the test service to check that the server's clock is synchronised \
             (NTP)."
        );
        let t = token(claims("910000004", "910000179", "https://tt02.altinn.no/"));
        let Outcome::Failed { advice, .. } = judge_claims(&t, &expected(), Lang::En) else {
            panic!()
        };
        assert!(
            advice.starts_with(
                "The test service fetches the access token with its own client. \
                 To test the vendor 971 032 146,"
            ),
            "{advice}"
        );
        assert_eq!(title(Lang::Nn), "Delegeringa i tokenet");
    }
}
