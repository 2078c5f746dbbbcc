//! Step `maskinporten-token`: a token from Maskinporten. Each MP code gets the site's explanation and
//! advice (`skattedeling_core::connection::codes`), sharpened by what the backend knows itself — its
//! certificate's issuer and expiry, the clock difference in Maskinporten's `Date` — and an unknown code
//! still shows Maskinporten's own words and trace id.

use super::Outcome;
use crate::credentials::{Credential, Identity};
use crate::maskinporten::{unix_now, MetadataError, TokenFailure};
use skattedeling_core::connection::codes::{Context, OPERATOR};
use skattedeling_core::guide::token::Environment;

pub const ID: &str = "maskinporten-token";
pub const TITLE: &str = "Token fra Maskinporten";

pub fn ok_text(ctx: &Context, expires_in: Option<u64>) -> String {
    let lasting = expires_in.map_or(String::new(), |s| format!(", gyldig i {s} sekunder"));
    format!(
        "Maskinporten i {} ga et token med scopet {}{lasting}.",
        ctx.environment.label(),
        ctx.scope
    )
}

/// What the backend's own certificate adds to an MP-120 or MP-124.
fn certificate_hint(credential: &Credential, environment: Environment) -> Option<String> {
    let Identity::Certificate { about, .. } = &credential.identity else {
        return None;
    };
    if about.expired(unix_now()) {
        let date =
            skattedeling_core::CalendarDate::from_unix_days(about.not_after.div_euclid(86_400));
        return Some(format!(
            "Virksomhetssertifikatet testtjenesten bruker, gikk ut {}.",
            date.to_norwegian()
        ));
    }
    let from = about.environment();
    (from != environment).then(|| {
        format!(
            "Virksomhetssertifikatet testtjenesten bruker, er utstedt for {} ({}), men testen gjelder {}.",
            from.label(),
            about.issuer,
            environment.label()
        )
    })
}

/// For a direct connection: the backend's certificate belongs to someone else than the municipality.
fn owner_hint(credential: &Credential, municipality: &str) -> Option<String> {
    let Identity::Certificate { about, .. } = &credential.identity else {
        return None;
    };
    let owner = about
        .organisation
        .as_deref()
        .filter(|o| *o != municipality)?;
    Some(format!(
        "Testtjenesten henter token med klienten til {}, ikke med kommunens egen. En direkte \
         tilkobling testes med kommunens egen klient; henter en leverandør dataene, velg det i \
         veiviseren.",
        super::grouped(owner)
    ))
}

/// «Klokka på denne serveren går 32 sekunder foran Maskinportens.»
fn clock_hint(clock_ahead: Option<i64>) -> Option<String> {
    let ahead = clock_ahead?;
    match ahead {
        a if a >= 5 => Some(format!(
            "Klokka på serveren der testtjenesten kjører, går {a} sekunder etter Maskinportens."
        )),
        a if a <= -5 => Some(format!(
            "Klokka på serveren der testtjenesten kjører, går {} sekunder foran Maskinportens.",
            -a
        )),
        _ => None,
    }
}

fn with_hint(explanation: String, hint: Option<String>) -> String {
    match hint {
        Some(h) => format!("{explanation} {h}"),
        None => explanation,
    }
}

/// Maskinporten's answers that carry no MP code, by what their description says.
fn uncoded(description: &str, ctx: &Context) -> Option<(String, String)> {
    let d = description.to_lowercase();
    Some(if d.contains("issue time is after now") {
        (
            "Maskinporten avviste forespørselen fordi den er laget «i fremtiden»: klokka på serveren \
             der testtjenesten kjører, går foran Maskinportens."
                .into(),
            format!("Be {OPERATOR} synkronisere serverens klokke (NTP), og prøv igjen."),
        )
    } else if d.contains("consumer_org") {
        (
            "Maskinporten avviste consumer_org: kommunen kan ikke hente token på vegne av seg selv \
             gjennom sin egen klient."
                .into(),
            "Er kommunen og leverandøren samme organisasjon, velg at kommunen kobler seg til direkte."
                .into(),
        )
    } else if d.contains("unknown key identifier") {
        (
            "Maskinporten kjenner ikke nøkkelen (kid) testtjenesten signerer med.".into(),
            format!(
                "Be {OPERATOR} sjekke at kid i oppsettet er den nøkkelen er registrert med på klienten \
                 i Samarbeidsportalen for {}.",
                ctx.environment.label()
            ),
        )
    } else if d.contains("pre-registered jwk") {
        (
            "Klienten i Maskinporten er satt opp med registrerte nøkler, men testtjenesten signerer \
             med et virksomhetssertifikat."
                .into(),
            format!("Be {OPERATOR} bruke key og kid i oppsettet i stedet for certificate."),
        )
    } else {
        return None;
    })
}

fn metadata_failure(e: &MetadataError, issuer: &str) -> Outcome {
    let address = format!("{issuer}.well-known/oauth-authorization-server");
    let explanation = match e {
        MetadataError::Upstream(u) => format!("Maskinporten {} ({address}).", u.phrase()),
        MetadataError::Status(s) => format!("Maskinporten svarte HTTP {s} på {address}."),
        MetadataError::Unreadable => {
            format!("Svaret fra {address} er ikke Maskinportens oppsett (metadata).")
        }
        MetadataError::WrongIssuer { found } => format!(
            "Maskinporten på {address} oppgir en annen utsteder ({found}) enn oppsettet ({issuer})."
        ),
    };
    let advice = match e {
        MetadataError::Upstream(_) | MetadataError::Status(500..=599) => format!(
            "Prøv igjen om litt. Skjer det igjen, be {OPERATOR} sjekke at serveren når Maskinporten \
             (brannmur og proxy)."
        ),
        MetadataError::WrongIssuer { found } => {
            format!("Be {OPERATOR} sette maskinporten i oppsettet til «{found}».")
        }
        _ => format!("Be {OPERATOR} sjekke adressen maskinporten i oppsettet."),
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
    match failure {
        TokenFailure::Metadata(e) => metadata_failure(e, issuer),
        TokenFailure::Upstream(e) => Outcome::failed(
            format!("Maskinporten {}.", e.phrase()),
            format!(
                "Prøv igjen om litt. Skjer det igjen, be {OPERATOR} sjekke at serveren når Maskinporten, \
                 og se Digdirs driftsmeldinger."
            ),
            None,
        ),
        TokenFailure::Unreadable { status: 503 } => Outcome::failed(
            "Maskinporten er midlertidig utilgjengelig (HTTP 503).",
            "Prøv igjen om noen minutter.",
            None,
        ),
        TokenFailure::Unreadable { status } => Outcome::failed(
            format!("Maskinporten svarte HTTP {status} uten en feilmelding testtjenesten kjenner igjen."),
            format!("Be {OPERATOR} sjekke adressen maskinporten i oppsettet."),
            None,
        ),
        TokenFailure::Signing => Outcome::failed(
            "Testtjenesten klarte ikke å signere forespørselen til Maskinporten.",
            format!("Be {OPERATOR} sjekke nøkkelen eller sertifikatet i oppsettet."),
            None,
        ),
        TokenFailure::Refused {
            status,
            error,
            description,
            code,
            trace_id,
            clock_ahead,
        } => {
            let known = code.as_deref().and_then(|c| crate::code_texts::maskinporten(c, ctx));
            let (explanation, advice, faq) = match (known, uncoded(description, ctx)) {
                (Some(a), _) => (a.explanation, a.advice, a.faq),
                (None, Some((e, a))) => (e, a, None),
                (None, None) => (
                    format!("Maskinporten svarte {error} (HTTP {status}): «{description}»."),
                    format!(
                        "Send sammendraget til KS med feilkoden og korrelasjons-id-en, eller be {OPERATOR} \
                         slå opp feilen i Maskinportens dokumentasjon."
                    ),
                    Some("maskinporten"),
                ),
            };
            let hint = match code.as_deref() {
                Some("MP-120" | "MP-124") => certificate_hint(credential, ctx.environment),
                Some("MP-130") | None => clock_hint(*clock_ahead),
                Some("MP-250") if !ctx.via_vendor => owner_hint(credential, municipality),
                _ => None,
            };
            Outcome::Failed {
                code: code.clone(),
                explanation: with_hint(explanation, hint),
                advice,
                faq,
                correlation: trace_id.clone(),
            }
        }
    }
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
}
