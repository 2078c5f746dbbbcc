//! What the upstream services' error codes mean on this road, in Norwegian: Maskinporten's MP-codes
//! (read from `error_uri`) and Summert skattegrunnlag's SSG- and DAS-codes, each with the likely cause
//! here, what to do and who does it, and the FAQ answer that explains more. The connection-test backend
//! explains every failing step with these.

use crate::guide::token::Environment;

/// The situation a code is explained in.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub environment: Environment,
    /// Whether a vendor fetches på vegne av the municipality (the client is then the vendor's).
    pub via_vendor: bool,
    /// The scope the client asks for.
    pub scope: &'a str,
    /// The rettighetspakke as people call it («Foreldrebetaling i barnehage og SFO»).
    pub rights_package: &'a str,
}

impl Context<'_> {
    fn altinn(&self) -> &'static str {
        match self.environment {
            Environment::Test => "Altinns testmiljø TT02 (tt02.altinn.no)",
            Environment::Production => "Altinn (altinn.no)",
        }
    }

    fn maskinporten_host(&self) -> &'static str {
        match self.environment {
            Environment::Test => "test.maskinporten.no",
            Environment::Production => "maskinporten.no",
        }
    }

    /// Whose client signs the request.
    fn client_owner(&self) -> &'static str {
        if self.via_vendor {
            "leverandørens"
        } else {
            "kommunens"
        }
    }
}

/// Every Maskinporten code [`maskinporten`] explains. The build checks that the error-code catalogue
/// (`content/feilkoder.toml`) has an entry for each, and no MP-code these do not explain, so a code
/// in a connection-test result always links to its entry.
pub const MASKINPORTEN_CODES: &[&str] = &[
    "MP-100", "MP-110", "MP-120", "MP-121", "MP-122", "MP-123", "MP-124", "MP-130", "MP-011",
    "MP-012", "MP-200", "MP-201", "MP-250", "MP-251",
];
/// Every Summert skattegrunnlag code [`skatteetaten`] explains, held to the catalogue the same way.
pub const SKATTEETATEN_CODES: &[&str] = &[
    "SSG-001", "SSG-002", "SSG-003", "SSG-004", "SSG-005", "SSG-006", "SSG-007", "SSG-008",
    "SSG-009", "SSG-010", "SSG-011", "DAS-001", "DAS-002", "DAS-003", "DAS-004", "DAS-005",
    "DAS-006", "DAS-007", "DAS-008",
];

/// The name of the API to delegate in Altinn, as Skatteetaten writes it.
pub const ALTINN_SERVICE: &str = "Summert skattegrunnlag API - På vegne av";

/// A code explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeAdvice {
    /// What happened and the likely cause.
    pub explanation: String,
    /// What to do, and who does it.
    pub advice: String,
    /// The FAQ answer that explains more.
    pub faq: Option<&'static str>,
}

fn advice(explanation: String, advice: String, faq: Option<&'static str>) -> CodeAdvice {
    CodeAdvice {
        explanation,
        advice,
        faq,
    }
}

/// Whom to ask about the test service's own setup.
pub const OPERATOR: &str = "den som drifter testtjenesten";

/// A Maskinporten code (`MP-251`), or `None` for a code this site does not know.
pub fn maskinporten(code: &str, ctx: &Context) -> Option<CodeAdvice> {
    let env = ctx.environment.label();
    let owner = ctx.client_owner();
    let host = ctx.maskinporten_host();
    Some(match code {
        "MP-100" => advice(
            "Maskinporten kjenner ikke klienten testtjenesten bruker: klient-id-en er feil, eller \
             klienten er laget i et annet miljø."
                .into(),
            format!(
                "Be {OPERATOR} sjekke client_id i oppsettet mot klienten i Samarbeidsportalen for \
                 {env}. Klienter i test og produksjon er forskjellige."
            ),
            Some("maskinporten"),
        ),
        "MP-110" => advice(
            "Maskinporten godtok ikke mottakeren (aud) i forespørselen.".into(),
            format!(
                "Be {OPERATOR} sette maskinporten i oppsettet til Maskinportens adresse med \
                 skråstrek til slutt: https://{host}/."
            ),
            None,
        ),
        "MP-120" => advice(
            format!(
                "Maskinporten avviste forespørselen: den er signert med et sertifikat som ikke \
                 gjelder i {env} (for eksempel et testsertifikat mot produksjon)."
            ),
            "Signer med virksomhetssertifikatet for riktig miljø: testsertifikat mot \
             test.maskinporten.no, produksjonssertifikat mot maskinporten.no."
                .into(),
            Some("maskinporten"),
        ),
        "MP-121" => advice(
            "Nøkkelen som er registrert på klienten i Maskinporten, er utløpt. Slike nøkler gjelder \
             i ett år."
                .into(),
            format!(
                "Lag en ny nøkkel, registrer den på {owner} klient i Samarbeidsportalen, og sett den \
                 nye key og kid i oppsettet til testtjenesten."
            ),
            Some("maskinporten"),
        ),
        "MP-122" => advice(
            "Virksomhetssertifikatet tilhører en annen organisasjon enn klienten i Maskinporten."
                .into(),
            format!(
                "Signer med sertifikatet til organisasjonen som eier klienten ({owner} eget \
                 virksomhetssertifikat), eller bruk en klient som hører til sertifikatets \
                 organisasjon."
            ),
            Some("maskinporten"),
        ),
        "MP-123" => advice(
            "Maskinporten kunne ikke lese sertifikatet i forespørselen (x5c).".into(),
            format!("Dette er en feil i testtjenesten: si fra til {OPERATOR}."),
            None,
        ),
        "MP-124" => advice(
            "Maskinporten godtok ikke signaturen i forespørselen. Det skyldes oftest et utløpt \
             virksomhetssertifikat eller et sertifikat for feil miljø."
                .into(),
            format!(
                "Sjekk at {owner} virksomhetssertifikat er gyldig og gjelder {env}. Er det utløpt, \
                 må det fornyes hos Buypass eller Commfides."
            ),
            Some("maskinporten"),
        ),
        "MP-130" => advice(
            "Forespørselen var utløpt da Maskinporten fikk den. Oftest går klokka på serveren der \
             testtjenesten kjører, for sakte i forhold til Maskinportens."
                .into(),
            format!(
                "Be {OPERATOR} sjekke at serverens klokke er synkronisert (NTP), og prøv igjen."
            ),
            None,
        ),
        "MP-011" => advice(
            "Maskinporten godtok ikke en av verdiene i forespørselen.".into(),
            format!("Be {OPERATOR} sjekke client_id og scope i oppsettet."),
            None,
        ),
        "MP-012" => advice(
            "Maskinporten har allerede fått en forespørsel med samme id (jti).".into(),
            "Prøv igjen: hver test signerer en ny forespørsel.".into(),
            None,
        ),
        "MP-200" => advice(
            format!(
                "Maskinporten svarte invalid_scope: scopet {} er ikke lagt til klienten.",
                ctx.scope
            ),
            format!(
                "Legg scopet til på {owner} klient i Maskinporten i {env}. Scopet må være tildelt \
                 organisasjonen fra Skatteetaten før det kan legges til."
            ),
            Some("maskinporten"),
        ),
        "MP-201" => advice(
            format!(
                "Maskinporten sier at scopet {} ikke kan brukes med Maskinporten.",
                ctx.scope
            ),
            format!(
                "Be {OPERATOR} sette scope i oppsettet til skatteetaten:summertskattegrunnlag."
            ),
            None,
        ),
        "MP-250" => advice(
            format!(
                "Maskinporten sier at kommunen ikke har fått tilgang til scopet {} fra Skatteetaten.",
                ctx.scope
            ),
            "Kommunen må søke Skatteetaten om tilgang til API-et. Tilgangen gis til kommunens \
             hovedorganisasjonsnummer, og må være på plass før leverandøren kan hente token på vegne \
             av kommunen."
                .into(),
            Some("tilgang"),
        ),
        "MP-251" => advice(
            "Maskinporten sier at kommunen ikke har delegert tilgangen til leverandøren.".into(),
            format!(
                "Noen i kommunen med rollen «Programmeringsgrensesnitt (API)» eller «Tilgangsstyring» \
                 må delegere «{ALTINN_SERVICE}» til leverandørens hovedorganisasjonsnummer i {}.{}",
                ctx.altinn(),
                match ctx.environment {
                    Environment::Test => " Delegeringer i produksjon finnes ikke i TT02.",
                    Environment::Production => "",
                }
            ),
            Some("delegering-altinn"),
        ),
        _ => return None,
    })
}

/// Whether a Summert skattegrunnlag code means the call got through: the token was accepted and the
/// municipality has the rettighetspakke, but the test person has nothing (for that year).
pub fn skatteetaten_access_works(code: &str) -> bool {
    matches!(code, "SSG-007" | "SSG-008" | "SSG-011")
}

/// A Summert skattegrunnlag code (`SSG-005`, `DAS-008`), or `None` for a code this site does not know.
pub fn skatteetaten(code: &str, ctx: &Context) -> Option<CodeAdvice> {
    const AT_SKATTEETATEN: &str = "Feilen er hos Skatteetaten, ikke i oppsettet deres. Prøv igjen \
                                   senere; vedvarer den, kontakt Skatteetaten og oppgi \
                                   korrelasjons-id-en.";
    let package = ctx.rights_package;
    Some(match code {
        "SSG-001" | "DAS-001" => advice(
            "Skatteetaten svarte 500: en uventet feil i Summert skattegrunnlag.".into(),
            AT_SKATTEETATEN.into(),
            None,
        ),
        "SSG-002" => advice(
            "Skatteetaten svarte 500: feil i et baksystem hos Skatteetaten.".into(),
            AT_SKATTEETATEN.into(),
            None,
        ),
        "DAS-003" => advice(
            "Skatteetaten svarte at tjenesten er midlertidig utilgjengelig.".into(),
            "Prøv igjen om noen minutter.".into(),
            None,
        ),
        "DAS-004" | "DAS-005" | "DAS-006" | "DAS-007" => advice(
            "Skatteetaten svarte 500: en feil i autentiseringen internt hos Skatteetaten.".into(),
            AT_SKATTEETATEN.into(),
            None,
        ),
        "SSG-003" | "DAS-002" => advice(
            "Skatteetaten kjenner ikke adressen testtjenesten kalte.".into(),
            format!(
                "Be {OPERATOR} sjekke summert_skattegrunnlag i oppsettet: den skal være API-ets \
                 adresse med /v2 til slutt."
            ),
            None,
        ),
        "SSG-004" => advice(
            "Skatteetaten godtok ikke tokenet fra Maskinporten: det kan være fra feil miljø, utløpt \
             eller uten riktig scope."
                .into(),
            format!(
                "Be {OPERATOR} sjekke at maskinporten og summert_skattegrunnlag i oppsettet hører til \
                 samme miljø, og at scopet er skatteetaten:summertskattegrunnlag."
            ),
            Some("maskinporten"),
        ),
        "SSG-005" | "DAS-008" => advice(
            format!(
                "Skatteetaten svarte 403: kommunen har ikke tilgang til rettighetspakken «{package}»."
            ),
            "Kontroller at kommunen har fått tilgang til denne rettighetspakken fra Skatteetaten, og \
             at dere ber om riktig pakke. Mangler tilgangen, må kommunen søke Skatteetaten om den."
                .into(),
            Some("tilgang"),
        ),
        "SSG-006" => advice(
            "Skatteetaten avviste oppslaget fordi en verdi i det er ugyldig: testpersonen eller \
             inntektsåret."
                .into(),
            format!(
                "Be {OPERATOR} sjekke test_person (en syntetisk person fra Tenor) og income_year i \
                 oppsettet."
            ),
            None,
        ),
        "SSG-009" => advice(
            "Skatteetaten svarer bare med JSON eller XML, og godtok ikke formatet testtjenesten ba om."
                .into(),
            format!("Dette er en feil i testtjenesten: si fra til {OPERATOR}."),
            None,
        ),
        "SSG-010" => advice(
            "Skatteetaten krever et samtykketoken for dette oppslaget. Kommunenes rettighetspakker \
             bruker ikke samtykke."
                .into(),
            "Sjekk at dere tester en av kommunenes rettighetspakker.".into(),
            Some("tilgang"),
        ),
        "SSG-007" => advice(
            "Skatteetaten godtok tokenet og tilgangen, men fant ikke testpersonen.".into(),
            format!(
                "Tilgangen virker. Vil dere se et skattegrunnlag, be {OPERATOR} velge en testperson \
                 fra Tenor."
            ),
            None,
        ),
        "SSG-008" | "SSG-011" => advice(
            "Skatteetaten godtok tokenet og tilgangen, men har ikke skattegrunnlag for testpersonen \
             for dette inntektsåret."
                .into(),
            format!(
                "Tilgangen virker. Vil dere se et skattegrunnlag, be {OPERATOR} velge et annet \
                 inntektsår eller en annen testperson."
            ),
            None,
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(environment: Environment) -> Context<'static> {
        Context {
            environment,
            via_vendor: true,
            scope: "skatteetaten:summertskattegrunnlag",
            rights_package: "Særnamsmann",
        }
    }

    const MP: &[&str] = MASKINPORTEN_CODES;
    const SSG: &[&str] = SKATTEETATEN_CODES;

    #[test]
    fn every_known_code_has_words_and_advice_in_both_environments() {
        for env in [Environment::Test, Environment::Production] {
            let c = ctx(env);
            let all = MP
                .iter()
                .map(|code| (code, maskinporten(code, &c)))
                .chain(SSG.iter().map(|code| (code, skatteetaten(code, &c))));
            for (code, found) in all {
                let a = found.unwrap_or_else(|| panic!("{code} is explained"));
                for text in [&a.explanation, &a.advice] {
                    assert!(text.ends_with('.'), "{code}: {text}");
                    assert!(
                        text.chars().next().unwrap().is_uppercase(),
                        "{code}: {text}"
                    );
                }
            }
        }
        assert_eq!(maskinporten("MP-999", &ctx(Environment::Test)), None);
        assert_eq!(skatteetaten("SSG-999", &ctx(Environment::Test)), None);
    }

    #[test]
    fn the_advice_names_the_environment_and_the_package() {
        let test = maskinporten("MP-251", &ctx(Environment::Test)).unwrap();
        assert!(test.advice.contains("TT02") && test.advice.contains(ALTINN_SERVICE));
        assert_eq!(test.faq, Some("delegering-altinn"));
        let prod = maskinporten("MP-251", &ctx(Environment::Production)).unwrap();
        assert!(!prod.advice.contains("TT02"), "{}", prod.advice);
        let ssg = skatteetaten("SSG-005", &ctx(Environment::Test)).unwrap();
        assert!(ssg.explanation.contains("«Særnamsmann»"));
        let direct = Context {
            via_vendor: false,
            ..ctx(Environment::Test)
        };
        assert!(maskinporten("MP-200", &direct)
            .unwrap()
            .advice
            .contains("kommunens klient"));
    }

    #[test]
    fn only_a_missing_person_or_year_means_the_call_got_through() {
        let works: Vec<&&str> = SSG
            .iter()
            .filter(|c| skatteetaten_access_works(c))
            .collect();
        assert_eq!(works, [&"SSG-007", &"SSG-008", &"SSG-011"]);
    }
}
