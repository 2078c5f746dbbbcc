//! The test in the request's language (`Accept-Language`): the same steps, statuses, codes and FAQ
//! answers as in bokmål, the words in nynorsk or English, and `Content-Language` saying which.
//! The delegation step's findings are the token checker's words, in the request's language too.

use crate::support::*;
use reqwest::header::HeaderMap;
use skattedeling_core::connection::{read_report, StepResult, TestReport, TestRequest};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::Lang;

/// Posts a test with `accept_language` (none for `None`): status, headers and body.
async fn post_in(
    stack: &Stack,
    request: &str,
    accept_language: Option<&str>,
) -> (u16, HeaderMap, String) {
    let mut call = http()
        .post(format!("{}/v1/connection-tests", stack.url))
        .header("Content-Type", "application/json")
        .body(request.to_string());
    if let Some(lang) = accept_language {
        call = call.header("Accept-Language", lang);
    }
    let res = call.send().await.expect("the backend answers");
    let headers = res.headers().clone();
    (res.status().as_u16(), headers, res.text().await.unwrap())
}

/// A test in `accept_language`, read as the site reads it; the answer says it is in `code`.
async fn run_in(
    stack: &Stack,
    request: &TestRequest,
    accept_language: &str,
    code: &str,
) -> TestReport {
    let (status, headers, body) = post_in(stack, &request.to_json(), Some(accept_language)).await;
    assert_eq!(headers["content-language"], code, "{accept_language}");
    assert!(
        headers
            .get_all("vary")
            .iter()
            .any(|v| v.to_str().unwrap().contains("accept-language")),
        "{headers:?}"
    );
    assert!(
        !body.contains(TEST_PERSON) && !body.contains("eyJ"),
        "{body}"
    );
    read_report(status, &body, None, request).unwrap_or_else(|e| panic!("{e:?}: {body}"))
}

/// What is the same in every language: each step's id, status, code and FAQ answer.
fn neutral(report: &TestReport) -> Vec<(String, &'static str, Option<String>, Option<String>)> {
    report
        .steg
        .iter()
        .map(|s: &StepResult| {
            (
                s.id.clone(),
                s.status.class(),
                s.feilkode.clone(),
                s.faq.clone(),
            )
        })
        .collect()
}

fn titles(report: &TestReport) -> Vec<&str> {
    report.steg.iter().map(|s| s.tittel.as_str()).collect()
}

fn ks(kommune: &str) -> TestRequest {
    request(
        Environment::Test,
        kommune,
        Some(KS),
        "kommuneforeldrebetaling",
    )
}

#[tokio::test]
async fn a_test_that_passes_in_nynorsk_and_english() {
    let s = standard().await;
    let nb = run_in(&s, &ks("910000004"), "nb", "nb").await;
    let nn = run_in(&s, &ks("910000004"), "nn-NO,nn;q=0.9,nb;q=0.8", "nn").await;
    let en = run_in(&s, &ks("910000004"), "en-GB,en;q=0.9", "en").await;
    assert!(nb.works() && nn.works() && en.works(), "{nn:#?}\n{en:#?}");
    assert_eq!(neutral(&nn), neutral(&nb));
    assert_eq!(neutral(&en), neutral(&nb));
    assert_eq!(
        titles(&nn),
        [
            "Kommunen og leverandøren i Einingsregisteret",
            "Token frå Maskinporten",
            "Delegeringa i tokenet",
            "Kall til Summert skattegrunnlag"
        ]
    );
    assert_eq!(
        titles(&en),
        [
            "The municipality and the vendor in Enhetsregisteret",
            "Access token from Maskinporten",
            "The delegation in the access token",
            "Call to Summert skattegrunnlag"
        ]
    );
    let said = |r: &TestReport, id: &str| step(r, id).forklaring.clone();
    assert!(said(&nn, "hovedenhet").ends_with("er ei hovudeining i Einingsregisteret."));
    assert!(said(&nn, "maskinporten-token").starts_with("Maskinporten i testmiljøet gav eit token"));
    assert!(said(&nn, "summert-skattegrunnlag").contains(
        "for inntektsåret 2023: kommunen har tilgang til «Foreldrebetaling i barnehage og SFO»"
    ));
    assert!(said(&en, "hovedenhet").ends_with("is a main entity in Enhetsregisteret."));
    assert!(said(&en, "maskinporten-token")
        .starts_with("Maskinporten in the test environment issued an access token"));
    assert!(
        said(&en, "summert-skattegrunnlag").starts_with("Skatteetaten answered with the tax base")
    );
    // The token checker's findings, in the delegation step.
    for other in [&nn, &en] {
        assert_ne!(said(other, "delegering"), said(&nb, "delegering"));
    }
    assert!(
        !said(&nn, "delegering").contains("ikke"),
        "{}",
        said(&nn, "delegering")
    );
    // The verdict is the site's words, in the site's language.
    assert_eq!(en.verdict(Lang::Nb), nb.verdict(Lang::Nb));
    assert_eq!(en.verdict(Lang::En), "The connection works");
}

#[tokio::test]
async fn a_test_that_fails_in_nynorsk_and_english_keeps_its_code() {
    let s = standard().await;
    let nb = run_in(&s, &ks("910000039"), "nb", "nb").await;
    let nn = run_in(&s, &ks("910000039"), "nn", "nn").await;
    let en = run_in(&s, &ks("910000039"), "en;q=0.8, de;q=0.9", "en").await;
    assert_eq!(neutral(&nn), neutral(&nb));
    assert_eq!(neutral(&en), neutral(&nb));
    let (f_nb, f_nn, f_en) = (failed(&nb), failed(&nn), failed(&en));
    assert_eq!(f_nn.feilkode.as_deref(), Some("MP-251"));
    for f in [f_nb, f_nn, f_en] {
        assert!(
            f.korrelasjonsid.is_some(),
            "Maskinporten's trace id in every language"
        );
    }
    assert_eq!(
        f_nn.forklaring,
        "Maskinporten seier at kommunen ikkje har delegert tilgangen til leverandøren."
    );
    assert!(f_nn
        .rad
        .as_deref()
        .unwrap()
        .contains("i testmiljøet TT02 i Altinn (tt02.altinn.no)"));
    assert_eq!(
        f_en.forklaring,
        "Maskinporten says that the municipality has not delegated the access to the vendor."
    );
    assert!(f_en
        .rad
        .as_deref()
        .unwrap()
        .contains("in Altinn's test environment TT02"));
    assert_eq!(
        step(&nn, "summert-skattegrunnlag").forklaring,
        "Ikkje køyrt fordi eit tidlegare steg feila."
    );
    assert_eq!(
        step(&en, "delegering").forklaring,
        "Not run because an earlier step failed."
    );
    // The verdict reads the first sentence and the code, whatever the language.
    assert_eq!(
        en.verdict(Lang::Nb),
        "Tilkoblingen feiler: Maskinporten says that the municipality has not delegated the access \
         to the vendor (MP-251)"
    );
}

#[tokio::test]
async fn a_register_failure_in_nynorsk_names_the_main_entity() {
    let s = standard().await;
    let nn = run_in(&s, &ks("910000012"), "nn", "nn").await;
    let f = failed(&nn);
    assert_eq!(f.id, "hovedenhet");
    assert!(
        f.forklaring.starts_with(
            "Nummeret til kommunen, 910 000 012, er ei undereining, ikkje ei hovudeining. I \
             Einingsregisteret har ho 910 000 004 som hovudeining."
        ),
        "{}",
        f.forklaring
    );
    assert_eq!(f.faq.as_deref(), Some("delegering-altinn"));
}

#[tokio::test]
async fn the_refusals_are_in_the_requests_language_and_bokmal_is_the_default() {
    let s = standard().await;
    let bad = r#"{"miljo":"test","kommune":"910000013","rettighetspakke":"saernamsmann"}"#;
    let (status, headers, body) = post_in(&s, bad, Some("en")).await;
    assert_eq!(
        (status, &headers["content-language"]),
        (400, &"en".parse().unwrap())
    );
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["kode"], "UGYLDIG-FORESPORSEL");
    assert_eq!(
        problem["melding"],
        "kommune: 910000013 is not a valid organisation number."
    );
    for none in [None, Some(""), Some("de-DE"), Some("*"), Some("nn;q=0")] {
        let (status, headers, body) = post_in(&s, bad, none).await;
        assert_eq!(status, 400);
        assert_eq!(headers["content-language"], "nb", "{none:?}");
        assert!(
            body.contains("910000013 er ikke et gyldig organisasjonsnummer"),
            "{body}"
        );
    }
    let unknown = http()
        .get(format!("{}/v1/ukjent", s.url))
        .header("Accept-Language", "sv, nn;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.headers()["content-language"], "nn");
    let problem: serde_json::Value = unknown.json().await.unwrap();
    assert_eq!(problem["melding"], "/v1/ukjent finst ikkje.");
    let health = http()
        .get(format!("{}/v1/health", s.url))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(health.headers()["content-language"], "en");
}
