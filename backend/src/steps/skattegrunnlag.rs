//! Step `summert-skattegrunnlag`: the call itself. A skattegrunnlag, or SSG-007/008/011 (no such
//! person or year), means access works; every other code is explained with Skatteetaten's
//! `korrelasjonsid`; an answer without Skatteetaten's error body is told apart (a wrong address, a
//! gateway). In produksjon the call is made only when the operator has switched it on.

use super::Outcome;
use crate::skattegrunnlag::CallError;
use crate::upstream::Answer;
use serde_json::Value;
use skattedeling_core::connection::codes::{self, Context, OPERATOR};
use skattedeling_core::connection::is_error_code;

pub const ID: &str = "summert-skattegrunnlag";
pub const TITLE: &str = "Kall til Summert skattegrunnlag";

/// What the step says when the operator has not switched the call on.
pub fn switched_off(ctx: &Context) -> Outcome {
    Outcome::NotRun {
        explanation: format!(
            "Ikke kjørt: i {} slår testtjenesten ikke opp personer i Summert skattegrunnlag, fordi \
             Skatteetaten logger hvert oppslag mot kommunens hjemmel. Token og delegering er sjekket; \
             kallet gjør fagsystemet selv.",
            ctx.environment.label()
        ),
    }
}

/// Skatteetaten's error body: `kode`, `melding`, `korrelasjonsid`.
struct SkeError {
    code: Option<String>,
    message: String,
    correlation: Option<String>,
}

fn ske_error(answer: &Answer) -> Option<SkeError> {
    let body = answer.json()?;
    let text = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .map(|s| s.chars().take(300).collect::<String>())
    };
    let code = text("kode")?;
    Some(SkeError {
        code: is_error_code(&code).then_some(code),
        message: text("melding").unwrap_or_default(),
        correlation: text("korrelasjonsid").filter(|c| !c.trim().is_empty()),
    })
}

/// The verdict on the call.
pub fn judge(result: &Result<Answer, CallError>, ctx: &Context, income_year: u16) -> Outcome {
    let answer = match result {
        Ok(a) => a,
        Err(CallError::NoSlot) => {
            return Outcome::NotRun {
                explanation: format!(
                    "Ikke kjørt: kommunen hadde allerede {} kall i gang mot Summert skattegrunnlag \
                     gjennom testtjenesten (Skatteetatens grense), og det ble ikke ledig plass i tide. \
                     Prøv igjen om litt.",
                    crate::skattegrunnlag::CALLS_PER_MUNICIPALITY
                ),
            }
        }
        Err(CallError::Upstream(e)) => {
            return Outcome::failed(
                format!("Summert skattegrunnlag {}.", e.phrase()),
                "Prøv igjen om litt. Vedvarer det, kan Skatteetaten ha driftsproblemer.",
                None,
            )
        }
    };
    let package = ctx.rights_package;
    if answer.status == 200 {
        return match answer.json() {
            Some(Value::Object(_)) => Outcome::ok(format!(
                "Skatteetaten svarte med skattegrunnlaget for en syntetisk testperson for inntektsåret \
                 {income_year}: kommunen har tilgang til «{package}»."
            )),
            _ => Outcome::failed(
                "Adressen svarte 200, men ikke med et skattegrunnlag fra Summert skattegrunnlag.",
                format!("Be {OPERATOR} sjekke summert_skattegrunnlag i oppsettet."),
                None,
            ),
        };
    }
    match ske_error(answer) {
        Some(e) => judge_error(answer.status, e, ctx),
        None => without_body(answer.status),
    }
}

fn judge_error(status: u16, e: SkeError, ctx: &Context) -> Outcome {
    let known = e
        .code
        .as_deref()
        .and_then(|c| crate::code_texts::skatteetaten(c, ctx).map(|a| (c, a)));
    match known {
        Some((code, advice)) if codes::skatteetaten_access_works(code) => Outcome::Ok {
            explanation: format!(
                "Skatteetaten godtok tokenet og kommunens tilgang til «{}» ({code}). {}",
                ctx.rights_package, advice.explanation
            ),
            correlation: e.correlation,
        },
        Some((code, advice)) => Outcome::Failed {
            code: Some(code.to_string()),
            explanation: advice.explanation,
            advice: advice.advice,
            faq: advice.faq,
            correlation: e.correlation,
        },
        None => Outcome::Failed {
            explanation: format!(
                "Skatteetaten svarte HTTP {status}{}: «{}».",
                e.code
                    .as_deref()
                    .map_or(String::new(), |c| format!(" ({c})")),
                e.message
            ),
            code: e.code,
            advice: "Send sammendraget til KS med feilkoden og korrelasjons-id-en.".into(),
            faq: None,
            correlation: e.correlation,
        },
    }
}

/// An answer that never reached the service (a gateway, a wrong host or path).
fn without_body(status: u16) -> Outcome {
    let (explanation, advice) = match status {
        404 => (
            "Adressen til Summert skattegrunnlag finnes ikke (HTTP 404, uten Skatteetatens feilmelding).".to_string(),
            format!("Be {OPERATOR} sjekke summert_skattegrunnlag i oppsettet: API-ets adresse med /v2 til slutt."),
        ),
        401 | 403 => (
            format!("Skatteetaten slapp ikke kallet inn (HTTP {status}, uten Skatteetatens feilmelding)."),
            format!("Be {OPERATOR} sjekke at serveren når *.api.skatteetaten-test.no eller *.api.skatteetaten.no (brannmur og proxy)."),
        ),
        500..=599 => (
            format!("Summert skattegrunnlag er utilgjengelig (HTTP {status})."),
            "Prøv igjen om noen minutter.".to_string(),
        ),
        _ => (
            format!("Summert skattegrunnlag svarte HTTP {status} uten en feilmelding testtjenesten kjenner igjen."),
            format!("Be {OPERATOR} sjekke summert_skattegrunnlag i oppsettet."),
        ),
    };
    Outcome::failed(explanation, advice, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upstream::UpstreamError;

    fn ctx() -> Context<'static> {
        super::super::test_context("Foreldrebetaling i barnehage og SFO")
    }

    fn answer(status: u16, body: &str) -> Result<Answer, CallError> {
        Ok(Answer {
            status,
            headers: Default::default(),
            body: body.as_bytes().to_vec(),
        })
    }

    #[test]
    fn data_or_a_missing_person_means_access_works() {
        assert!(matches!(
            judge(&answer(200, r#"{"grunnlag":[]}"#), &ctx(), 2023),
            Outcome::Ok { .. }
        ));
        let o = judge(
            &answer(
                404,
                r#"{"kode":"SSG-007","melding":"Fant ikke","korrelasjonsid":"k-1"}"#,
            ),
            &ctx(),
            2023,
        );
        let Outcome::Ok {
            explanation,
            correlation,
        } = o
        else {
            panic!("{o:?}")
        };
        assert!(explanation.contains("(SSG-007)"));
        assert_eq!(correlation.as_deref(), Some("k-1"));
    }

    #[test]
    fn every_other_code_is_explained_with_the_correlation_id() {
        let o = judge(
            &answer(
                403,
                r#"{"kode":"SSG-005","melding":"x","korrelasjonsid":"3f2b"}"#,
            ),
            &ctx(),
            2023,
        );
        let Outcome::Failed {
            code,
            explanation,
            correlation,
            faq,
            ..
        } = o
        else {
            panic!()
        };
        assert_eq!(
            (code.as_deref(), correlation.as_deref(), faq),
            (Some("SSG-005"), Some("3f2b"), Some("pakoblingsforesporsel"))
        );
        assert!(explanation.contains("«Foreldrebetaling i barnehage og SFO»"));
        let o = judge(
            &answer(418, r#"{"kode":"SSG-099","melding":"Ny feil"}"#),
            &ctx(),
            2023,
        );
        let Outcome::Failed {
            code, explanation, ..
        } = o
        else {
            panic!()
        };
        assert_eq!(code.as_deref(), Some("SSG-099"));
        assert!(explanation.contains("«Ny feil»"));
        // A code that is not one keeps the words but not the field.
        let o = judge(
            &answer(500, r#"{"kode":"feil!","melding":"m"}"#),
            &ctx(),
            2023,
        );
        assert!(matches!(o, Outcome::Failed { code: None, .. }));
    }

    #[test]
    fn an_answer_from_something_else_is_told_apart() {
        let o = judge(&answer(404, "<html>Not found</html>"), &ctx(), 2023);
        let Outcome::Failed { advice, .. } = o else {
            panic!()
        };
        assert!(advice.contains("summert_skattegrunnlag"));
        let o = judge(&answer(200, "<html>"), &ctx(), 2023);
        assert!(o.is_failure());
        let o = judge(
            &Err(CallError::Upstream(UpstreamError::TimedOut {
                millis: 8000,
            })),
            &ctx(),
            2023,
        );
        assert!(o.is_failure());
        assert!(matches!(
            judge(&Err(CallError::NoSlot), &ctx(), 2023),
            Outcome::NotRun { .. }
        ));
    }
}
