//! What the backend signs its grants with: a virksomhetssertifikat from a PKCS#12 file (its key, and
//! the leaf certificate for `x5c`), or a key registered on the client (PEM, with its `kid`). Loaded and
//! tried once at start; what the certificate says (organisation, issuer, expiry) is kept to explain
//! Maskinporten's answers.

use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p12_keystore::{KeyStore, Pkcs12ImportPolicy};
use skattedeling_core::guide::token::Environment;
use skattedeling_core::orgnr::from_certificate_subject;
use std::fmt;
use x509_parser::prelude::{FromDer, X509Certificate};

/// A signing key and how Maskinporten finds its public half.
pub struct Credential {
    pub key: EncodingKey,
    pub identity: Identity,
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the key.
        f.debug_struct("Credential")
            .field("identity", &self.identity)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Debug)]
pub enum Identity {
    /// The grant carries the certificate (`x5c`, the leaf alone, as KS' and Altinn's clients send it).
    Certificate {
        x5c: Vec<String>,
        about: CertificateFacts,
    },
    /// The grant names a key registered on the client.
    Key { kid: String },
}

/// What a virksomhetssertifikat says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateFacts {
    pub organisation: Option<String>,
    /// The issuer's name (`CN=Buypass Class 3 Test4 CA G2 ST Business, …`).
    pub issuer: String,
    /// Seconds since 1970.
    pub not_after: i64,
    pub not_before: i64,
}

impl CertificateFacts {
    /// The environment its issuer serves: Buypass' and Commfides' test authorities have «Test» in
    /// their names (`Buypass Class 3 Test4 CA 3`, `Commfides Legal Person - G3 - TEST`).
    pub fn environment(&self) -> Environment {
        if self.issuer.to_lowercase().contains("test") {
            Environment::Test
        } else {
            Environment::Production
        }
    }

    pub fn expired(&self, now: i64) -> bool {
        now > self.not_after || now < self.not_before
    }
}

fn facts(leaf: &[u8]) -> Result<CertificateFacts, String> {
    let (_, certificate) = X509Certificate::from_der(leaf)
        .map_err(|_| "sertifikatet i filen kan ikke leses (ikke X.509)".to_string())?;
    let attributes: Vec<(String, &str)> = certificate
        .subject()
        .iter_attributes()
        .filter_map(|a| Some((a.attr_type().to_id_string(), a.as_str().ok()?)))
        .collect();
    let validity = certificate.validity();
    Ok(CertificateFacts {
        organisation: from_certificate_subject(attributes.iter().map(|(o, v)| (o.as_str(), *v))),
        issuer: certificate.issuer().to_string(),
        not_after: validity.not_after.timestamp(),
        not_before: validity.not_before.timestamp(),
    })
}

/// Signs a throwaway claim, so a key that cannot sign stops the start, not the first test.
fn try_signing(key: &EncodingKey) -> Result<(), String> {
    jsonwebtoken::encode(&Header::new(Algorithm::RS256), &serde_json::json!({}), key)
        .map(|_| ())
        .map_err(|_| {
            "nøkkelen kan ikke signere med RS256 (er det en RSA-nøkkel på minst 2048 bit?)".into()
        })
}

fn rsa_key(pem_text: &[u8]) -> Result<EncodingKey, String> {
    let key = EncodingKey::from_rsa_pem(pem_text).map_err(|_| {
        "er ikke en RSA-nøkkel i PEM (PKCS#8 «PRIVATE KEY» eller PKCS#1 «RSA PRIVATE KEY»)"
            .to_string()
    })?;
    try_signing(&key)?;
    Ok(key)
}

/// A virksomhetssertifikat from a PKCS#12 file (`.p12`, `.pfx`).
pub fn from_pkcs12(bytes: &[u8], password: &str) -> Result<Credential, String> {
    let store = KeyStore::from_pkcs12(bytes, password, Pkcs12ImportPolicy::Strict)
        .map_err(|_| "kan ikke åpnes: feil passord, eller ikke en PKCS#12-fil".to_string())?;
    let (_, chain) = store
        .private_key_chain()
        .ok_or("har ingen privat nøkkel med sertifikat")?;
    let leaf = chain
        .certs()
        .first()
        .ok_or("har en nøkkel, men ikke sertifikatet til den")?;
    let pem_text = pem::encode(&pem::Pem::new("PRIVATE KEY", chain.key().as_der().to_vec()));
    let key = rsa_key(pem_text.as_bytes())
        .map_err(|why| format!("nøkkelen i filen {}", why.trim_start_matches("er ")))?;
    Ok(Credential {
        key,
        identity: Identity::Certificate {
            x5c: vec![base64::engine::general_purpose::STANDARD.encode(leaf.as_der())],
            about: facts(leaf.as_der())?,
        },
    })
}

/// A key registered on the client, from a PEM file, with its `kid`.
pub fn from_pem(bytes: &[u8], kid: &str) -> Result<Credential, String> {
    Ok(Credential {
        key: rsa_key(bytes)?,
        identity: Identity::Key {
            kid: kid.to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_authorities_are_told_from_the_production_ones() {
        let with = |issuer: &str| CertificateFacts {
            organisation: None,
            issuer: issuer.into(),
            not_after: 10,
            not_before: 0,
        };
        for test in [
            "CN=Buypass Class 3 Test4 CA 3",
            "CN=Commfides Legal Person - G3 - TEST",
        ] {
            assert_eq!(with(test).environment(), Environment::Test);
        }
        for prod in ["CN=Buypass Class 3 CA 3", "CN=Commfides Legal Person - G3"] {
            assert_eq!(with(prod).environment(), Environment::Production);
        }
        assert!(with("x").expired(11) && !with("x").expired(5));
    }

    #[test]
    fn broken_files_say_what_is_wrong() {
        assert!(from_pkcs12(b"not a p12", "x")
            .unwrap_err()
            .contains("feil passord"));
        assert!(from_pem(
            b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
            "k"
        )
        .unwrap_err()
        .contains("RSA"));
        assert!(from_pem(b"", "k").is_err());
    }
}
