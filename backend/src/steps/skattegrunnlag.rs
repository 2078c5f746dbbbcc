//! Step `summert-skattegrunnlag`: the call itself. A skattegrunnlag, or SSG-007/008/011 (no such
//! person or year), means access works; every other code is explained with Skatteetaten's
//! `korrelasjonsid`; an answer without Skatteetaten's error body is told apart (a wrong address, a
//! gateway). In produksjon the call is made only when the operator has switched it on.

use super::Outcome;
use crate::skattegrunnlag::CallError;
use crate::texts::{fill, texts, Texts};
use crate::upstream::Answer;
use serde_json::Value;
use skattedeling_core::connection::codes::{self, Context};
use skattedeling_core::connection::is_error_code;
use skattedeling_core::Lang;

pub const ID: &str = "summert-skattegrunnlag";

pub fn title(lang: Lang) -> &'static str {
    texts(lang).skattegrunnlag.title
}

/// What the step says when the operator has not switched the call on.
pub fn switched_off(ctx: &Context) -> Outcome {
    let t = texts(ctx.lang);
    Outcome::NotRun {
        explanation: fill(
            t,
            t.skattegrunnlag.switched_off,
            &[("miljo", ctx.environment.label_in(ctx.lang))],
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
    let t = texts(ctx.lang);
    let ts = &t.skattegrunnlag;
    let answer = match result {
        Ok(a) => a,
        Err(CallError::NoSlot) => {
            let calls = crate::skattegrunnlag::CALLS_PER_MUNICIPALITY.to_string();
            return Outcome::NotRun {
                explanation: fill(t, ts.no_slot, &[("calls", &calls)]),
            };
        }
        Err(CallError::Upstream(e)) => {
            return Outcome::failed(
                fill(t, ts.upstream, &[("phrase", &e.phrase(t.lang))]),
                ts.upstream_advice,
                None,
            )
        }
    };
    if answer.status == 200 {
        return match answer.json() {
            Some(Value::Object(_)) => Outcome::ok(fill(
                t,
                ts.data,
                &[
                    ("year", &income_year.to_string()),
                    ("pakke", ctx.rights_package),
                ],
            )),
            _ => Outcome::failed(ts.not_data, fill(t, ts.check_address, &[]), None),
        };
    }
    match ske_error(answer) {
        Some(e) => judge_error(answer.status, e, ctx),
        None => without_body(answer.status, t),
    }
}

fn judge_error(status: u16, e: SkeError, ctx: &Context) -> Outcome {
    let t = texts(ctx.lang);
    let ts = &t.skattegrunnlag;
    let known = e
        .code
        .as_deref()
        .and_then(|c| crate::code_texts::skatteetaten(c, ctx).map(|a| (c, a)));
    match known {
        Some((code, advice)) if codes::skatteetaten_access_works(code) => Outcome::Ok {
            explanation: fill(
                t,
                ts.access_works,
                &[
                    ("pakke", ctx.rights_package),
                    ("code", code),
                    ("explanation", &advice.explanation),
                ],
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
        None => {
            let code = e.code.as_deref().map_or(String::new(), |c| {
                fill(t, ts.unknown_code_code, &[("code", c)])
            });
            Outcome::Failed {
                explanation: fill(
                    t,
                    ts.unknown_code,
                    &[
                        ("status", &status.to_string()),
                        ("code", &code),
                        ("message", &e.message),
                    ],
                ),
                code: e.code,
                advice: ts.unknown_code_advice.into(),
                faq: None,
                correlation: e.correlation,
            }
        }
    }
}

/// An answer that never reached the service (a gateway, a wrong host or path).
fn without_body(status: u16, t: &Texts) -> Outcome {
    let ts = &t.skattegrunnlag;
    let (explanation, advice) = match status {
        404 => (ts.not_found, ts.not_found_advice),
        401 | 403 => (ts.refused, ts.refused_advice),
        500..=599 => (ts.unavailable, ts.retry_in_minutes),
        _ => (ts.unrecognised, ts.check_address),
    };
    let status = status.to_string();
    Outcome::failed(
        fill(t, explanation, &[("status", &status)]),
        fill(t, advice, &[]),
        None,
    )
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

    #[test]
    fn the_verdicts_are_in_the_requests_language_with_the_codes_as_they_are() {
        let en = Context {
            lang: Lang::En,
            ..ctx()
        };
        let o = judge(
            &answer(
                404,
                r#"{"kode":"SSG-007","melding":"Fant ikke","korrelasjonsid":"k-1"}"#,
            ),
            &en,
            2023,
        );
        let Outcome::Ok {
            explanation,
            correlation,
        } = o
        else {
            panic!("{o:?}")
        };
        assert!(
            explanation.starts_with(
                "Skatteetaten accepted the access token and the municipality's access to \
                 «Foreldrebetaling i barnehage og SFO» (SSG-007). Skatteetaten accepted"
            ),
            "{explanation}"
        );
        assert_eq!(correlation.as_deref(), Some("k-1"));
        let nn = Context {
            lang: Lang::Nn,
            ..ctx()
        };
        let o = judge(&answer(403, "<html>"), &nn, 2023);
        let Outcome::Failed {
            explanation,
            advice,
            ..
        } = o
        else {
            panic!()
        };
        assert_eq!(
            explanation,
            "Skatteetaten slapp ikkje kallet inn (HTTP 403, utan feilmeldinga til Skatteetaten)."
        );
        assert!(advice.starts_with("Be den som driftar testtenesta sjekke"));
        let Outcome::NotRun { explanation } = switched_off(&nn) else {
            panic!()
        };
        assert!(explanation.starts_with("Ikkje køyrt: i testmiljøet slår ikkje testtenesta opp"));
    }
}
