//! The simulators check what the real services check: hand-made grants that break one rule each get
//! Maskinporten's code for it, and Summert skattegrunnlag refuses a token from the other environment.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use skattedeling_core::guide::token::Environment;
use skattedeling_simulators::fixture::Fixture;
use skattedeling_simulators::keys::KeyMaterial;
use skattedeling_simulators::Simulators;
use std::sync::{Arc, OnceLock};

fn keys() -> Arc<KeyMaterial> {
    static KEYS: OnceLock<Arc<KeyMaterial>> = OnceLock::new();
    KEYS.get_or_init(|| Arc::new(KeyMaterial::generate(&Fixture::standard()).unwrap()))
        .clone()
}

async fn simulators() -> Simulators {
    skattedeling_simulators::start(Fixture::standard(), keys(), "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

/// An HTTP client; with the workspace's features reqwest has rustls and needs its provider.
fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// The business key behind every test certificate, from a p12 the simulators wrote.
fn business_key() -> EncodingKey {
    let k = keys();
    let store = p12_keystore::KeyStore::from_pkcs12(
        &k.certificates["ks-test.p12"].p12,
        &k.password,
        p12_keystore::Pkcs12ImportPolicy::Strict,
    )
    .unwrap();
    let (_, chain) = store.private_key_chain().unwrap();
    let pem = pem::encode(&pem::Pem::new("PRIVATE KEY", chain.key().as_der().to_vec()));
    EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap()
}

fn x5c(file: &str) -> Vec<String> {
    use base64::Engine;
    vec![base64::engine::general_purpose::STANDARD.encode(&keys().certificates[file].leaf_der)]
}

fn claims(sims: &Simulators) -> Value {
    let t = now();
    json!({
        "aud": sims.issuer(Environment::Test),
        "iss": "ks-tilkoblingstest",
        "iat": t,
        "exp": t + 60,
        "jti": uuid::Uuid::new_v4().to_string(),
        "scope": "skatteetaten:summertskattegrunnlag",
        "consumer_org": "910000004",
    })
}

fn grant(claims: &Value, header: &Header) -> String {
    jsonwebtoken::encode(header, claims, &business_key()).unwrap()
}

fn certificate_header(file: &str) -> Header {
    let mut h = Header::new(Algorithm::RS256);
    h.x5c = Some(x5c(file));
    h
}

/// Posts `assertion`; the status and the answer.
async fn token(sims: &Simulators, assertion: &str) -> (u16, Value) {
    let res = http()
        .post(format!("{}token", sims.issuer(Environment::Test)))
        .form(&[
            ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
            ("assertion", assertion),
        ])
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.json().await.unwrap())
}

fn code(answer: &Value) -> Option<&str> {
    answer["error_uri"].as_str()?.rsplit('/').next()
}

#[tokio::test]
async fn a_right_grant_gets_a_token_on_behalf_of_the_municipality() {
    let sims = simulators().await;
    let (status, answer) = token(
        &sims,
        &grant(&claims(&sims), &certificate_header("ks-test.p12")),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let access: Value =
        jsonwebtoken::dangerous::insecure_decode(answer["access_token"].as_str().unwrap())
            .unwrap()
            .claims;
    assert_eq!(access["consumer"]["ID"], "0192:910000004");
    assert_eq!(access["supplier"]["ID"], "0192:971032146");
    assert_eq!(access["delegation_source"], "https://tt02.altinn.no/");
    assert_eq!(access["iss"], sims.issuer(Environment::Test));
}

#[tokio::test]
async fn each_broken_rule_gets_maskinportens_code() {
    let sims = simulators().await;
    let header = certificate_header("ks-test.p12");
    let with = |f: &dyn Fn(&mut Value)| {
        let mut c = claims(&sims);
        f(&mut c);
        c
    };
    let cases: Vec<(&str, Value, Header, Option<&str>, u16)> = vec![
        (
            "aud without its slash",
            with(&|c| c["aud"] = c["aud"].as_str().unwrap().trim_end_matches('/').into()),
            header.clone(),
            Some("MP-110"),
            400,
        ),
        (
            "an unknown client",
            with(&|c| c["iss"] = "ukjent".into()),
            header.clone(),
            Some("MP-100"),
            400,
        ),
        (
            "a grant living too long",
            with(&|c| c["exp"] = (now() + 600).into()),
            header.clone(),
            Some("MP-011"),
            400,
        ),
        (
            "an expired grant",
            with(&|c| {
                c["iat"] = (now() - 100).into();
                c["exp"] = (now() - 40).into();
            }),
            header.clone(),
            Some("MP-130"),
            400,
        ),
        (
            "a grant from the future",
            with(&|c| {
                c["iat"] = (now() + 30).into();
                c["exp"] = (now() + 90).into();
            }),
            header.clone(),
            None,
            400,
        ),
        (
            "a scope not on the client",
            with(&|c| c["scope"] = "skatteetaten:annet".into()),
            header.clone(),
            Some("MP-200"),
            400,
        ),
        (
            "a scope not for Maskinporten",
            with(&|c| c["scope"] = "openid".into()),
            header.clone(),
            Some("MP-201"),
            400,
        ),
        (
            "consumer_org the client's own",
            with(&|c| c["consumer_org"] = "971032146".into()),
            header.clone(),
            None,
            400,
        ),
        (
            "a consumer without the scope",
            with(&|c| c["consumer_org"] = "910000020".into()),
            header.clone(),
            Some("MP-250"),
            403,
        ),
        (
            "no delegation in TT02",
            with(&|c| c["consumer_org"] = "910000039".into()),
            header.clone(),
            Some("MP-251"),
            403,
        ),
        (
            "an expired certificate",
            claims(&sims),
            certificate_header("ks-test-utlopt.p12"),
            Some("MP-124"),
            400,
        ),
        (
            "another organisation's certificate",
            claims(&sims),
            certificate_header("annen-test.p12"),
            Some("MP-122"),
            400,
        ),
        (
            "a production certificate in test",
            claims(&sims),
            certificate_header("ks-produksjon.p12"),
            Some("MP-120"),
            400,
        ),
    ];
    for (what, claims, header, expected, status) in cases {
        let (got, answer) = token(&sims, &grant(&claims, &header)).await;
        assert_eq!((got, code(&answer)), (status, expected), "{what}: {answer}");
        assert!(
            answer["error_description"]
                .as_str()
                .unwrap()
                .contains("(trace_id: "),
            "{what}"
        );
    }
}

#[tokio::test]
async fn a_reused_grant_an_x5c_string_and_a_wrong_key_are_refused() {
    let sims = simulators().await;
    let assertion = grant(&claims(&sims), &certificate_header("ks-test.p12"));
    assert_eq!(token(&sims, &assertion).await.0, 200);
    let (_, again) = token(&sims, &assertion).await;
    assert_eq!(code(&again), Some("MP-012"));
    // x5c as a string, not an array: signed by hand, as jsonwebtoken will not write it.
    use base64::Engine;
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let header = json!({"alg": "RS256", "x5c": x5c("ks-test.p12")[0]});
    let unsigned = format!("{}.{}.AAAA", b64(&header), b64(&claims(&sims)));
    assert_eq!(code(&token(&sims, &unsigned).await.1), Some("MP-123"));
    // The certificate of the client, the signature of another key.
    let stranger = keys().stranger.encoding_key();
    let forged = jsonwebtoken::encode(
        &certificate_header("ks-test.p12"),
        &claims(&sims),
        &stranger,
    )
    .unwrap();
    assert_eq!(code(&token(&sims, &forged).await.1), Some("MP-124"));
}

#[tokio::test]
async fn summert_skattegrunnlag_wants_a_token_from_its_own_environment() {
    let sims = simulators().await;
    let (_, answer) = token(
        &sims,
        &grant(&claims(&sims), &certificate_header("ks-test.p12")),
    )
    .await;
    let access = answer["access_token"].as_str().unwrap().to_string();
    let call = |env: Environment| {
        let url = format!(
            "{}/oppgjoer/kommuneforeldrebetaling/2023/09819899123",
            sims.summert_skattegrunnlag(env)
        );
        let access = access.clone();
        async move {
            let res = http().get(url).bearer_auth(access).send().await.unwrap();
            (res.status().as_u16(), res.json::<Value>().await.unwrap())
        }
    };
    let (status, body) = call(Environment::Test).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["inntektsaar"], "2023");
    let (status, body) = call(Environment::Production).await;
    assert_eq!((status, body["kode"].as_str()), (401, Some("SSG-004")));
    assert!(body["korrelasjonsid"]
        .as_str()
        .is_some_and(|k| !k.is_empty()));
}
