//! Test key material, made fresh at every start and never committed: per environment a certificate
//! authority (named like Buypass' test and production CAs, so the backend's environment check sees
//! the difference) and Maskinporten's token-signing key; the virksomhetssertifikater the fixture lists,
//! with the organisation number in `serialNumber` and `organizationIdentifier`, as PKCS#12 files; and
//! the keys registered on clients, as PEM files.

use crate::fixture::Fixture;
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey};
use p12_keystore::{Certificate, KeyStore, KeyStoreEntry, PrivateKeyChain};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose,
    SubjectPublicKeyInfo, PKCS_ECDSA_P256_SHA256,
};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey};
use skattedeling_core::guide::token::Environment;
use std::collections::HashMap;
use std::path::Path;
use time::{Duration, OffsetDateTime};

/// The file in the key folder that holds the PKCS#12 files' password.
pub const PASSWORD_FILE: &str = "p12-passord.txt";

/// An RSA key pair as the simulators and the backend use it.
pub struct RsaKey {
    /// PKCS#8, for PEM files and PKCS#12.
    pub pkcs8_der: Vec<u8>,
    /// PKCS#1, for `jsonwebtoken`.
    pub pkcs1_der: Vec<u8>,
    /// SubjectPublicKeyInfo, for certificates.
    pub spki_der: Vec<u8>,
}

impl RsaKey {
    pub fn generate() -> Result<RsaKey, String> {
        let key = rsa::PrivateKey::new(&mut getrandom::SysRng, 2048)
            .map_err(|e| format!("kunne ikke lage en RSA-nøkkel: {e}"))?;
        let der_error = |e: &dyn std::fmt::Display| format!("kunne ikke kode RSA-nøkkelen: {e}");
        Ok(RsaKey {
            pkcs8_der: key
                .to_pkcs8_der()
                .map_err(|e| der_error(&e))?
                .as_bytes()
                .to_vec(),
            pkcs1_der: key
                .to_pkcs1_der()
                .map_err(|e| der_error(&e))?
                .as_bytes()
                .to_vec(),
            spki_der: key
                .to_public_key()
                .to_public_key_der()
                .map_err(|e| der_error(&e))?
                .as_bytes()
                .to_vec(),
        })
    }

    pub fn encoding_key(&self) -> EncodingKey {
        EncodingKey::from_rsa_der(&self.pkcs1_der)
    }

    /// The public key as a JWK with `kid`, as Maskinporten publishes its keys.
    pub fn jwk(&self, kid: &str) -> Jwk {
        let mut jwk = Jwk::from_encoding_key(&self.encoding_key(), Algorithm::RS256)
            .expect("an RSA key has a public JWK");
        jwk.common.key_id = Some(kid.to_string());
        jwk.common.public_key_use = Some(jsonwebtoken::jwk::PublicKeyUse::Signature);
        jwk
    }

    pub fn decoding_key(&self) -> DecodingKey {
        DecodingKey::from_jwk(&self.jwk("x")).expect("an RSA JWK is a decoding key")
    }

    pub fn pem(&self) -> String {
        pem::encode(&pem::Pem::new("PRIVATE KEY", self.pkcs8_der.clone()))
    }
}

/// One environment's authority and Maskinporten key.
pub struct EnvironmentKeys {
    /// The CA's certificate, DER.
    pub ca_der: Vec<u8>,
    pub maskinporten: RsaKey,
    pub maskinporten_kid: String,
}

/// A virksomhetssertifikat as issued.
pub struct IssuedCertificate {
    pub leaf_der: Vec<u8>,
    pub p12: Vec<u8>,
}

/// Everything generated for one start.
pub struct KeyMaterial {
    pub test: EnvironmentKeys,
    pub produksjon: EnvironmentKeys,
    /// Published at `/jwk` when the fixture asks for the wrong key there.
    pub stranger: RsaKey,
    /// By file name (`ks-test.p12`).
    pub certificates: HashMap<String, IssuedCertificate>,
    /// By file name (`ks-nokkel.pem`).
    pub registered_keys: HashMap<String, RsaKey>,
    pub password: String,
}

fn ca_name(environment: Environment) -> &'static str {
    match environment {
        Environment::Test => "Buypass Class 3 Test4 CA G2 ST Business (simulator)",
        Environment::Production => "Buypass Class 3 CA G2 ST Business (simulator)",
    }
}

fn certificate_authority(
    environment: Environment,
) -> Result<CertifiedIssuer<'static, KeyPair>, rcgen::Error> {
    let mut params = CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, ca_name(environment));
    params
        .distinguished_name
        .push(DnType::OrganizationName, "Skattedeling simulatorer");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::days(3650);
    params.not_after = now + Duration::days(3650);
    CertifiedIssuer::self_signed(params, KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256)?)
}

/// A leaf certificate for `orgnr` as Norwegian CAs write them: SEID 1's `serialNumber` and SEID 2's
/// `organizationIdentifier`.
fn leaf_params(orgnr: &str, name: &str, expired: bool) -> CertificateParams {
    let mut params = CertificateParams::default();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(DnType::CountryName, "NO");
    params
        .distinguished_name
        .push(DnType::OrganizationName, name);
    params.distinguished_name.push(DnType::CommonName, name);
    params
        .distinguished_name
        .push(DnType::CustomDnType(vec![2, 5, 4, 5]), orgnr);
    params.distinguished_name.push(
        DnType::CustomDnType(vec![2, 5, 4, 97]),
        format!("NTRNO-{orgnr}"),
    );
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    let now = OffsetDateTime::now_utc();
    (params.not_before, params.not_after) = if expired {
        (now - Duration::days(3 * 365 + 30), now - Duration::days(30))
    } else {
        (now - Duration::days(30), now + Duration::days(3 * 365 - 30))
    };
    params
}

impl KeyMaterial {
    /// Makes everything `fixture` names; takes a second or two (RSA keys).
    pub fn generate(fixture: &Fixture) -> Result<KeyMaterial, String> {
        let cert_error = |e: rcgen::Error| format!("kunne ikke lage et sertifikat: {e}");
        let test_ca = certificate_authority(Environment::Test).map_err(cert_error)?;
        let prod_ca = certificate_authority(Environment::Production).map_err(cert_error)?;
        // One key behind every virksomhetssertifikat: each certificate still differs.
        let business_key = RsaKey::generate()?;
        let business_spki =
            SubjectPublicKeyInfo::from_der(&business_key.spki_der).map_err(cert_error)?;
        let password = uuid::Uuid::new_v4().simple().to_string();
        let mut certificates = HashMap::new();
        for spec in &fixture.sertifikat {
            let ca = match Environment::from_answer(&spec.miljo) {
                Some(Environment::Production) => &prod_ca,
                _ => &test_ca,
            };
            let leaf = leaf_params(&spec.organisasjonsnummer, &spec.navn, spec.utlopt)
                .signed_by(&business_spki, ca)
                .map_err(cert_error)?;
            let p12 = pkcs12(&business_key, leaf.der(), ca.der(), &password)?;
            let issued = IssuedCertificate {
                leaf_der: leaf.der().to_vec(),
                p12,
            };
            certificates.insert(spec.fil.clone(), issued);
        }
        let mut registered_keys = HashMap::new();
        for spec in &fixture.nokkel {
            registered_keys.insert(spec.fil.clone(), RsaKey::generate()?);
        }
        Ok(KeyMaterial {
            test: EnvironmentKeys {
                ca_der: test_ca.der().to_vec(),
                maskinporten: RsaKey::generate()?,
                maskinporten_kid: "simulator-test-1".into(),
            },
            produksjon: EnvironmentKeys {
                ca_der: prod_ca.der().to_vec(),
                maskinporten: RsaKey::generate()?,
                maskinporten_kid: "simulator-produksjon-1".into(),
            },
            stranger: RsaKey::generate()?,
            certificates,
            registered_keys,
            password,
        })
    }

    pub fn environment(&self, environment: Environment) -> &EnvironmentKeys {
        match environment {
            Environment::Test => &self.test,
            Environment::Production => &self.produksjon,
        }
    }

    /// Writes the certificates, the registered keys and the password into `dir` (made if missing).
    pub fn write(&self, dir: &Path) -> Result<(), String> {
        let fail =
            |what: &Path, e: std::io::Error| format!("kunne ikke skrive {}: {e}", what.display());
        std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
        let mut files: Vec<(String, Vec<u8>)> = vec![
            (PASSWORD_FILE.into(), self.password.clone().into_bytes()),
            (
                "LES-MEG.txt".into(),
                "Testnøkler og -sertifikater laget av skattedeling-simulators ved oppstart. \
                 De gjelder bare mot simulatorene og er ingen hemmelighet.\n"
                    .into(),
            ),
        ];
        files.extend(
            self.certificates
                .iter()
                .map(|(f, c)| (f.clone(), c.p12.clone())),
        );
        files.extend(
            self.registered_keys
                .iter()
                .map(|(f, k)| (f.clone(), k.pem().into_bytes())),
        );
        for (name, bytes) in files {
            let path = dir.join(&name);
            std::fs::write(&path, bytes).map_err(|e| fail(&path, e))?;
        }
        Ok(())
    }
}

fn pkcs12(key: &RsaKey, leaf: &[u8], ca: &[u8], password: &str) -> Result<Vec<u8>, String> {
    let p12_error = |e: p12_keystore::error::Error| format!("kunne ikke lage PKCS#12-filen: {e}");
    let private = p12_keystore::PrivateKey::from_der(&key.pkcs8_der).map_err(p12_error)?;
    let chain = PrivateKeyChain::new(
        b"virksomhetssertifikat".to_vec(),
        private,
        [
            Certificate::from_der(leaf).map_err(p12_error)?,
            Certificate::from_der(ca).map_err(p12_error)?,
        ],
    );
    let mut store = KeyStore::new();
    store.add_entry(
        "virksomhetssertifikat",
        KeyStoreEntry::PrivateKeyChain(chain),
    );
    store.writer(password).write().map_err(p12_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use p12_keystore::Pkcs12ImportPolicy;
    use x509_parser::prelude::{FromDer, X509Certificate};

    #[test]
    fn the_certificates_read_back_with_their_organisation_and_authority() {
        let fixture = Fixture::standard();
        let keys = KeyMaterial::generate(&fixture).unwrap();
        let issued = &keys.certificates["ks-test.p12"];
        let store =
            KeyStore::from_pkcs12(&issued.p12, &keys.password, Pkcs12ImportPolicy::Strict).unwrap();
        let (_, chain) = store.private_key_chain().unwrap();
        assert_eq!(chain.certs()[0].as_der(), issued.leaf_der);
        let (_, leaf) = X509Certificate::from_der(&issued.leaf_der).unwrap();
        let subject = leaf.subject().to_string();
        assert!(subject.contains("971032146"), "{subject}");
        let (_, ca) = X509Certificate::from_der(&keys.test.ca_der).unwrap();
        leaf.verify_signature(Some(ca.public_key())).unwrap();
        let (_, prod) = X509Certificate::from_der(&keys.produksjon.ca_der).unwrap();
        assert!(leaf.verify_signature(Some(prod.public_key())).is_err());
        let expired = &keys.certificates["ks-test-utlopt.p12"];
        let (_, old) = X509Certificate::from_der(&expired.leaf_der).unwrap();
        assert!(!old.validity().is_valid());
        assert!(leaf.validity().is_valid());
        assert!(KeyStore::from_pkcs12(&issued.p12, "feil", Pkcs12ImportPolicy::Strict).is_err());
    }
}
