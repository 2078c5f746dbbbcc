//! Step `maskinporten-token`: a token from Maskinporten. Each MP code gets the site's explanation and
//! advice (`skattedeling_core::connection::codes`), sharpened by what the backend knows itself — its
//! certificate's issuer and expiry, the clock difference in Maskinporten's `Date` — and an unknown code
//! still shows Maskinporten's own words and trace id.

use super::Outcome;
use crate::credentials::{Credential, Identity};
use crate::maskinporten::{unix_now, MetadataError, TokenFailure};
use crate::texts::{fill, texts, Texts};
use skattedeling_core::connection::codes::Context;
use skattedeling_core::guide::token::Environment;
use skattedeling_core::Lang;

pub const ID: &str = "maskinporten-token";

pub fn title(lang: Lang) -> &'static str {
    texts(lang).token.title
}

pub fn ok_text(ctx: &Context, expires_in: Option<u64>) -> String {
    let t = texts(ctx.lang);
    let lasting = expires_in.map_or(String::new(), |s| {
        fill(t, t.token.lasting, &[("seconds", &s.to_string())])
    });
    fill(
        t,
        t.token.ok,
        &[
            ("miljo", ctx.environment.label_in(ctx.lang)),
            ("scope", ctx.scope),
            ("lasting", &lasting),
        ],
    )
}

/// What the backend's own certificate adds to an MP-120 or MP-124.
fn certificate_hint(
    credential: &Credential,
    environment: Environment,
    t: &Texts,
) -> Option<String> {
    let Identity::Certificate { about, .. } = &credential.identity else {
        return None;
    };
    if about.expired(unix_now()) {
        let date =
            skattedeling_core::CalendarDate::from_unix_days(about.not_after.div_euclid(86_400));
        return Some(fill(
            t,
            t.token.certificate_expired,
            &[("date", &date.written(t.lang))],
        ));
    }
    let from = about.environment();
    let label = |e: Environment| e.label_in(t.lang);
    (from != environment).then(|| {
        fill(
            t,
            t.token.certificate_environment,
            &[
                ("from", label(from)),
                ("issuer", &about.issuer),
                ("miljo", label(environment)),
            ],
        )
    })
}

/// For a direct connection: the backend's certificate belongs to someone else than the municipality.
fn owner_hint(credential: &Credential, municipality: &str, t: &Texts) -> Option<String> {
    let Identity::Certificate { about, .. } = &credential.identity else {
        return None;
    };
    let owner = about
        .organisation
        .as_deref()
        .filter(|o| *o != municipality)?;
    Some(fill(t, t.token.owner, &[("owner", &super::grouped(owner))]))
}

/// «Klokka på denne serveren går 32 sekunder foran Maskinportens.»
fn clock_hint(clock_ahead: Option<i64>, t: &Texts) -> Option<String> {
    let ahead = clock_ahead?;
    let (template, seconds) = match ahead {
        a if a >= 5 => (t.token.clock_behind, a),
        a if a <= -5 => (t.token.clock_ahead, -a),
        _ => return None,
    };
    Some(fill(t, template, &[("seconds", &seconds.to_string())]))
}

fn with_hint(explanation: String, hint: Option<String>) -> String {
    match hint {
        Some(h) => format!("{explanation} {h}"),
        None => explanation,
    }
}

/// Maskinporten's answers that carry no MP code, by what their description says.
fn uncoded(description: &str, ctx: &Context) -> Option<(String, String)> {
    let t = texts(ctx.lang);
    let tt = &t.token;
    let d = description.to_lowercase();
    let (explanation, advice) = if d.contains("issue time is after now") {
        (tt.future, tt.future_advice)
    } else if d.contains("consumer_org") {
        (tt.consumer_org, tt.consumer_org_advice)
    } else if d.contains("unknown key identifier") {
        (tt.unknown_kid, tt.unknown_kid_advice)
    } else if d.contains("pre-registered jwk") {
        (tt.registered_keys, tt.registered_keys_advice)
    } else {
        return None;
    };
    let miljo = ctx.environment.label_in(ctx.lang);
    Some((
        explanation.to_string(),
        fill(t, advice, &[("miljo", miljo)]),
    ))
}

fn metadata_failure(e: &MetadataError, issuer: &str, t: &Texts) -> Outcome {
    let tt = &t.token;
    let address = format!("{issuer}.well-known/oauth-authorization-server");
    let at = ("address", address.as_str());
    let explanation = match e {
        MetadataError::Upstream(u) => fill(
            t,
            tt.metadata_upstream,
            &[("phrase", &u.phrase(t.lang)), at],
        ),
        MetadataError::Status(s) => fill(t, tt.metadata_status, &[("status", &s.to_string()), at]),
        MetadataError::Unreadable => fill(t, tt.metadata_unreadable, &[at]),
        MetadataError::WrongIssuer { found } => fill(
            t,
            tt.metadata_wrong_issuer,
            &[at, ("found", found), ("issuer", issuer)],
        ),
    };
    let advice = match e {
        MetadataError::Upstream(_) | MetadataError::Status(500..=599) => {
            fill(t, tt.metadata_retry, &[])
        }
        MetadataError::WrongIssuer { found } => {
            fill(t, tt.metadata_set_issuer, &[("found", found)])
        }
        _ => fill(t, tt.check_address, &[]),
    };
    Outcome::failed(explanation, advice, None)
}

/// The verdict on a failed token request for `municipality`.
pub fn judge_failure(
    failure: &TokenFailure,
    ctx: &Context,
    municipality: &str,
    issuer: &str,
    credential: &Credential,
) -> Outcome {
    let t = texts(ctx.lang);
    let tt = &t.token;
    match failure {
        TokenFailure::Metadata(e) => metadata_failure(e, issuer, t),
        TokenFailure::Upstream(e) => Outcome::failed(
            fill(t, tt.upstream, &[("phrase", &e.phrase(t.lang))]),
            fill(t, tt.upstream_advice, &[]),
            None,
        ),
        TokenFailure::Unreadable { status: 503 } => {
            Outcome::failed(tt.unavailable, tt.retry_in_minutes, None)
        }
        TokenFailure::Unreadable { status } => Outcome::failed(
            fill(t, tt.unreadable, &[("status", &status.to_string())]),
            fill(t, tt.check_address, &[]),
            None,
        ),
        TokenFailure::Signing => Outcome::failed(tt.signing, fill(t, tt.signing_advice, &[]), None),
        TokenFailure::Refused {
            status,
            error,
            description,
            code,
            trace_id,
            clock_ahead,
        } => {
            let refusal = Refusal {
                status: *status,
                error,
                description,
                code: code.as_deref(),
                clock_ahead: *clock_ahead,
            };
            let (explanation, advice, faq) = refused(&refusal, ctx, municipality, credential);
            Outcome::Failed {
                code: code.clone(),
                explanation,
                advice,
                faq,
                correlation: trace_id.clone(),
            }
        }
    }
}

/// What Maskinporten said when it refused.
struct Refusal<'a> {
    status: u16,
    error: &'a str,
    description: &'a str,
    code: Option<&'a str>,
    clock_ahead: Option<i64>,
}

/// Maskinporten's refusal in words — explanation, advice and FAQ answer: the site's words for its
/// code, or for what its description says, or its own words; sharpened by what the backend knows
/// of its certificate and clock.
fn refused(
    r: &Refusal,
    ctx: &Context,
    municipality: &str,
    credential: &Credential,
) -> (String, String, Option<&'static str>) {
    let t = texts(ctx.lang);
    let known = r.code.and_then(|c| crate::code_texts::maskinporten(c, ctx));
    let (explanation, advice, faq) = match (known, uncoded(r.description, ctx)) {
        (Some(a), _) => (a.explanation, a.advice, a.faq),
        (None, Some((e, a))) => (e, a, None),
        (None, None) => (
            fill(
                t,
                t.token.unknown_code,
                &[
                    ("error", r.error),
                    ("status", &r.status.to_string()),
                    ("description", r.description),
                ],
            ),
            fill(t, t.token.unknown_code_advice, &[]),
            Some("maskinporten"),
        ),
    };
    let hint = match r.code {
        Some("MP-120" | "MP-124") => certificate_hint(credential, ctx.environment, t),
        Some("MP-130") | None => clock_hint(r.clock_ahead, t),
        Some("MP-250") if !ctx.via_vendor => owner_hint(credential, municipality, t),
        _ => None,
    };
    (with_hint(explanation, hint), advice, faq)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::CertificateFacts;
    use crate::upstream::UpstreamError;

    fn ctx() -> Context<'static> {
        super::super::test_context("Særnamsmann")
    }

    fn credential(issuer: &str, not_after: i64) -> Credential {
        Credential {
            key: jsonwebtoken::EncodingKey::from_secret(b"unused").unwrap(),
            identity: Identity::Certificate {
                x5c: vec![],
                about: CertificateFacts {
                    organisation: Some("971032146".into()),
                    issuer: issuer.into(),
                    not_after,
                    not_before: 0,
                },
            },
        }
    }

    fn refused(code: Option<&str>, description: &str, clock_ahead: Option<i64>) -> TokenFailure {
        TokenFailure::Refused {
            status: 400,
            error: "invalid_grant".into(),
            description: description.into(),
            code: code.map(String::from),
            trace_id: Some("t-9".into()),
            clock_ahead,
        }
    }

    fn texts(o: &Outcome) -> (Option<&str>, &str, &str, Option<&str>) {
        let Outcome::Failed {
            code,
            explanation,
            advice,
            correlation,
            ..
        } = o
        else {
            panic!("{o:?}")
        };
        (code.as_deref(), explanation, advice, correlation.as_deref())
    }

    #[test]
    fn a_known_code_gets_the_sites_words_and_the_trace_id() {
        let c = credential("CN=Buypass Class 3 Test4 CA 3", i64::MAX);
        let o = judge_failure(
            &refused(Some("MP-251"), "Consumer …", None),
            &ctx(),
            "910000004",
            "https://x/",
            &c,
        );
        let (code, explanation, advice, correlation) = texts(&o);
        assert_eq!((code, correlation), (Some("MP-251"), Some("t-9")));
        assert!(explanation.contains("ikke har delegert"));
        assert!(advice.contains("TT02"));
    }

    #[test]
    fn the_backends_own_certificate_and_clock_sharpen_the_explanation() {
        let prod = credential("CN=Buypass Class 3 CA 3", i64::MAX);
        let o = judge_failure(
            &refused(Some("MP-120"), "x", None),
            &ctx(),
            "910000004",
            "https://x/",
            &prod,
        );
        assert!(texts(&o)
            .1
            .contains("er utstedt for produksjonsmiljøet (CN=Buypass Class 3 CA 3)"));
        let old = credential("CN=Buypass Class 3 Test4 CA 3", 86_400 * 365);
        let o = judge_failure(
            &refused(Some("MP-124"), "x", None),
            &ctx(),
            "910000004",
            "https://x/",
            &old,
        );
        assert!(texts(&o).1.contains("gikk ut 1. januar 1971"), "{o:?}");
        let c = credential("CN=Test", i64::MAX);
        let o = judge_failure(
            &refused(
                None,
                "Invalid assertion. Issue time is after now",
                Some(-30),
            ),
            &ctx(),
            "910000004",
            "https://x/",
            &c,
        );
        let (code, explanation, ..) = texts(&o);
        assert_eq!(code, None);
        assert!(
            explanation.contains("«i fremtiden»") && explanation.contains("går 30 sekunder foran")
        );
        let o = judge_failure(
            &refused(Some("MP-130"), "JWT is expired", Some(45)),
            &ctx(),
            "910000004",
            "https://x/",
            &c,
        );
        assert!(texts(&o).1.contains("går 45 sekunder etter Maskinportens"));
    }

    #[test]
    fn a_direct_test_through_someone_elses_client_says_whose_it_is() {
        let c = credential("CN=Test", i64::MAX);
        let direct = Context {
            via_vendor: false,
            ..ctx()
        };
        let o = judge_failure(
            &refused(Some("MP-250"), "x", None),
            &direct,
            "910000004",
            "https://x/",
            &c,
        );
        assert!(texts(&o)
            .1
            .contains("med klienten til 971 032 146, ikke med kommunens egen"));
        let o = judge_failure(
            &refused(Some("MP-250"), "x", None),
            &direct,
            "971032146",
            "https://x/",
            &c,
        );
        assert!(!texts(&o).1.contains("ikke med kommunens egen"));
    }

    #[test]
    fn an_unknown_code_keeps_maskinportens_own_words() {
        let c = credential("CN=Test", i64::MAX);
        let o = judge_failure(
            &refused(Some("MP-999"), "Something new", None),
            &ctx(),
            "910000004",
            "https://x/",
            &c,
        );
        let (code, explanation, ..) = texts(&o);
        assert_eq!(code, Some("MP-999"));
        assert!(explanation.contains("«Something new»"));
    }

    #[test]
    fn no_answer_or_no_metadata_is_explained_with_a_way_forward() {
        let c = credential("CN=Test", i64::MAX);
        let slow = TokenFailure::Upstream(UpstreamError::TimedOut { millis: 6000 });
        let o = judge_failure(&slow, &ctx(), "910000004", "https://x/", &c);
        assert!(texts(&o)
            .1
            .contains("Maskinporten svarte ikke innen 6 sekunder"));
        let wrong = TokenFailure::Metadata(MetadataError::WrongIssuer {
            found: "https://y/".into(),
        });
        let o = judge_failure(&wrong, &ctx(), "910000004", "https://x/", &c);
        assert!(texts(&o).2.contains("«https://y/»"));
    }

    #[test]
    fn the_words_are_in_the_contexts_language_and_the_codes_are_not() {
        let c = credential("CN=Test", i64::MAX);
        let nn = Context {
            lang: Lang::Nn,
            ..ctx()
        };
        let future = refused(
            None,
            "Invalid assertion. Issue time is after now",
            Some(-30),
        );
        let o = judge_failure(&future, &nn, "910000004", "https://x/", &c);
        let (code, explanation, advice, correlation) = texts(&o);
        assert_eq!((code, correlation), (None, Some("t-9")));
        assert!(
            explanation.contains("«i framtida»")
                && explanation.ends_with("går 30 sekund føre klokka til Maskinporten."),
            "{explanation}"
        );
        assert_eq!(
            advice,
            "Be den som driftar testtenesta synkronisere klokka på tenaren (NTP), og prøv igjen."
        );
        let en = Context {
            lang: Lang::En,
            ..ctx()
        };
        let slow = TokenFailure::Upstream(UpstreamError::TimedOut { millis: 6000 });
        let o = judge_failure(&slow, &en, "910000004", "https://x/", &c);
        assert_eq!(texts(&o).1, "Maskinporten did not answer within 6 seconds.");
        let o = judge_failure(
            &refused(Some("MP-251"), "x", None),
            &en,
            "910000004",
            "https://x/",
            &c,
        );
        let (code, explanation, advice, correlation) = texts(&o);
        assert_eq!((code, correlation), (Some("MP-251"), Some("t-9")));
        assert!(
            explanation.starts_with("Maskinporten says"),
            "{explanation}"
        );
        assert!(advice.contains("TT02"), "{advice}");
        assert_eq!(
            ok_text(&en, Some(120)),
            "Maskinporten in the test environment issued an access token with the scope \
             skatteetaten:summertskattegrunnlag, valid for 120 seconds."
        );
        let prod = credential("CN=Buypass Class 3 CA 3", i64::MAX);
        let o = judge_failure(
            &refused(Some("MP-120"), "x", None),
            &nn,
            "910000004",
            "https://x/",
            &prod,
        );
        assert!(texts(&o)
            .1
            .ends_with("er utferda for produksjonsmiljøet (CN=Buypass Class 3 CA 3), men testen gjeld testmiljøet."));
        assert_eq!(title(Lang::En), "Access token from Maskinporten");
    }
}
