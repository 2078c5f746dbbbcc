//! Step `delegering` (på vegne av a municipality): the token's signature against Maskinporten's JWKS,
//! then its claims — `consumer` the municipality, `supplier` the vendor, `delegation_source` Altinn in
//! the right environment, the scope, the issuer — read by the same check as the site's token
//! inspector (`skattedeling_core::guide::token`), each mismatch named. A direct connection runs the
//! same checks inside the token step.

use super::Outcome;
use crate::maskinporten::{unix_now, MetadataError, VerifyFailure};
use skattedeling_core::connection::codes::OPERATOR;
use skattedeling_core::guide::token::{self, Expected, Status};
use skattedeling_core::OrgNumber;

pub const ID: &str = "delegering";
pub const TITLE: &str = "Delegeringen i tokenet";

/// The verdict when the token could not be verified.
pub fn judge_verification(failure: &VerifyFailure, issuer: &str) -> Outcome {
    let (explanation, advice) = match failure {
        VerifyFailure::BadSignature | VerifyFailure::NoKey => (
            format!(
                "Tokenets signatur stemmer ikke med nøklene Maskinporten publiserer ({issuer}jwk). Tokenet \
                 kan ikke stoles på."
            ),
            format!(
                "Be {OPERATOR} sjekke at maskinporten i oppsettet er Maskinporten i riktig miljø, og at \
                 ingen proxy endrer svarene. Vedvarer det, kontakt Digdir med tidspunktet."
            ),
        ),
        VerifyFailure::Expired => (
            "Tokenet fra Maskinporten var allerede utløpt da testtjenesten fikk det.".to_string(),
            format!("Be {OPERATOR} sjekke at serverens klokke er synkronisert (NTP)."),
        ),
        VerifyFailure::WrongIssuer => (
            format!("Tokenet er ikke utstedt av Maskinporten slik oppsettet sier ({issuer})."),
            format!("Be {OPERATOR} sjekke maskinporten i oppsettet."),
        ),
        VerifyFailure::Malformed => (
            "Maskinporten svarte med et token testtjenesten ikke kan lese.".to_string(),
            format!("Be {OPERATOR} sjekke maskinporten i oppsettet."),
        ),
        VerifyFailure::Jwks { detail } => (
            format!("Maskinportens nøkler ({issuer}jwk) kunne ikke hentes: Maskinporten {detail}."),
            "Prøv igjen om litt.".to_string(),
        ),
        VerifyFailure::Metadata(e) => (
            format!(
                "Maskinportens oppsett kunne ikke hentes for å sjekke tokenet ({}).",
                match e {
                    MetadataError::Upstream(u) => u.phrase(),
                    MetadataError::Status(s) => format!("HTTP {s}"),
                    MetadataError::Unreadable => "uleselig svar".into(),
                    MetadataError::WrongIssuer { found } => format!("utsteder {found}"),
                }
            ),
            "Prøv igjen om litt.".to_string(),
        ),
    };
    Outcome::failed(explanation, advice, None)
}

/// What to do about each claim that is wrong.
fn advice_for(code: &str, vendor: Option<&OrgNumber>) -> String {
    match code {
        "consumer" => {
            "Kommunens hovedorganisasjonsnummer må sendes som consumer_org, og kommunen må \
                       ha delegert i Altinn."
                .into()
        }
        "supplier" => {
            format!(
            "Testtjenesten henter token med sin egen klient. Skal {} testes, må testen kjøres fra \
             en testtjeneste med den leverandørens klient.",
            vendor.map_or("en annen leverandør".into(), |v| format!("leverandøren {}", v.grouped()))
        )
        }
        "delegering" => "Kommunen må delegere i Altinn i samme miljø som testen: TT02 for test, \
                         altinn.no for produksjon."
            .into(),
        "scope" | "miljo" => format!("Be {OPERATOR} sjekke scope og maskinporten i oppsettet."),
        _ => "Prøv igjen: hver test henter et nytt token.".into(),
    }
}

/// The verdict on the token's claims; `expected.parties.vendor` is `None` for a direct connection.
pub fn judge_claims(access_token: &str, expected: &Expected) -> Outcome {
    let expected = Expected {
        now: unix_now(),
        ..expected.clone()
    };
    let report = match token::check(access_token, &expected) {
        Ok(r) => r,
        Err(e) => {
            return Outcome::failed(
                format!("Tokenet fra Maskinporten kan ikke leses: {e}"),
                format!("Be {OPERATOR} sjekke maskinporten i oppsettet."),
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
            advice_for(first.code, expected.parties.vendor.as_ref()),
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
        let Outcome::Ok { explanation, .. } = judge_claims(&t, &expected()) else {
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
        } = judge_claims(&t, &expected())
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
        );
        let Outcome::Failed { explanation, .. } = o else {
            panic!()
        };
        assert!(explanation.contains("https://test.maskinporten.no/jwk"));
    }
}
