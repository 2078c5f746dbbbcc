//! The JWT grant as Maskinporten wants it: signed fresh every time.

use crate::support::*;
use serde_json::Value;
use skattedeling_backend::maskinporten::Maskinporten;
use skattedeling_simulators::fixture::Fixture;

#[tokio::test]
async fn every_grant_is_new_short_lived_and_carries_what_maskinporten_asks() {
    let sims = simulators(Fixture::standard()).await;
    let config = parse_config(&config_text(&sims, &Options::default())).unwrap();
    for env in &config.environments {
        let mp = Maskinporten::new(
            &env.maskinporten,
            &env.client_id,
            &env.scope,
            env.credential.clone(),
            http(),
        );
        let read = |g: &str| jsonwebtoken::dangerous::insecure_decode::<Value>(g).unwrap();
        let first = read(&mp.grant(Some("910000004")).unwrap());
        let second = read(&mp.grant(None).unwrap());
        let c = &first.claims;
        assert_eq!(c["aud"], env.maskinporten.as_str());
        assert_eq!(c["iss"], env.client_id.as_str());
        assert_eq!(c["scope"], "skatteetaten:summertskattegrunnlag");
        assert_eq!(c["consumer_org"], "910000004");
        assert!(
            c.get("resource").is_none(),
            "never resource for Skatteetaten"
        );
        let lifetime = c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap();
        assert!((1..=60).contains(&lifetime), "{lifetime}");
        assert_ne!(c["jti"], second.claims["jti"], "a new jti every time");
        assert!(second.claims.get("consumer_org").is_none());
        assert_eq!(first.header.alg, jsonwebtoken::Algorithm::RS256);
        match env.environment {
            // The test client signs with its certificate: x5c, an array of one, and no kid.
            skattedeling_core::guide::token::Environment::Test => {
                assert_eq!(first.header.x5c.as_ref().map(Vec::len), Some(1));
                assert!(first.header.kid.is_none());
            }
            skattedeling_core::guide::token::Environment::Production => {
                assert_eq!(first.header.kid.as_deref(), Some("ks-produksjon-2026"));
                assert!(first.header.x5c.is_none());
            }
        }
    }
}
