//! What a vendor sends the municipality it connects: what the municipality must do in Altinn, with
//! both organisation numbers filled in, the exact name of the service to delegate and who in the
//! municipality can do it — as a page of its own (`vis=kommunen`) and as text to copy.

use super::engine::Walk;
use super::flow::{InputFormat, StepKind};
use super::parties::Parties;
use super::token::Environment;
use crate::connection::codes::ALTINN_SERVICE;
use crate::orgnr::OrgNumber;

/// The delegation a municipality must make for its vendor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handover {
    pub municipality: OrgNumber,
    pub vendor: OrgNumber,
    /// Where to delegate; both when the person did not say.
    pub environment: Option<Environment>,
}

pub const HANDOVER_TITLE: &str = "Slik gir kommunen leverandøren tilgang i Altinn";
pub const HANDOVER_WHO: &str =
    "Den som gjør det, må ha rollen «Programmeringsgrensesnitt (API)» for \
     kommunen – den har blant annet daglig leder (rådmann eller kommunedirektør) – eller rollen \
     «Tilgangsstyring» eller «Hovedadministrator». Har du ingen av dem, kan den som har \
     «Hovedadministrator» gi deg rollen.";
pub const HANDOVER_MAIN_ENTITY: &str = "Bruk hovedorganisasjonsnumrene som står her, både for \
     kommunen og for leverandøren: en delegering til en underenhet arves ikke.";

/// The steps naming the parties on this walk: the outcome's connection test, or a token check.
pub fn parties_on(walk: &Walk) -> Option<Parties> {
    std::iter::once(walk.current)
        .chain(walk.answered.iter().rev().map(|a| a.step))
        .find_map(|step| match &step.kind {
            StepKind::Outcome {
                connection_test: Some(t),
                ..
            } => Some(Parties::from_walk(
                walk,
                Some(&t.municipality),
                t.vendor.as_deref(),
                Some(&t.environment),
            )),
            StepKind::Input {
                format:
                    InputFormat::Token {
                        municipality,
                        vendor,
                        environment,
                    },
                ..
            } => Some(Parties::from_walk(
                walk,
                municipality.as_deref(),
                vendor.as_deref(),
                environment.as_deref(),
            )),
            _ => None,
        })
}

impl Handover {
    /// The handover for this walk, when it names both a municipality and a vendor.
    pub fn from_walk(walk: &Walk) -> Option<Handover> {
        let parties = parties_on(walk)?;
        Some(Handover {
            municipality: parties.municipality?,
            vendor: parties.vendor?,
            environment: parties.environment,
        })
    }

    /// Where to log in: Altinn, or its test environment TT02, or both.
    pub fn where_to(&self) -> String {
        match self.environment {
            Some(Environment::Production) => "Altinn (https://www.altinn.no)".to_string(),
            Some(Environment::Test) => {
                "Altinns testmiljø TT02 (https://tt02.altinn.no) – delegeringer i produksjon gjelder ikke der"
                    .to_string()
            }
            None => "Altinn (https://www.altinn.no), og for testmiljøet også TT02 \
                     (https://tt02.altinn.no): delegeringer gjelder bare i miljøet de er gjort i"
                .to_string(),
        }
    }

    /// What to do, step by step, with the numbers filled in.
    pub fn steps(&self) -> Vec<String> {
        vec![
            format!(
                "Logg inn i {} og velg å representere kommunen, {}.",
                self.where_to(),
                self.municipality.grouped()
            ),
            "Gå til Profil, og velg «Tilgang til programmeringsgrensesnitt – API».".to_string(),
            format!(
                "Velg å gi tilgang til en ny virksomhet, og skriv inn leverandørens \
                 organisasjonsnummer: {}.",
                self.vendor.grouped()
            ),
            format!("Velg API-et «{ALTINN_SERVICE}», og bekreft."),
        ]
    }

    /// The whole handover as plain text, to copy into an e-mail.
    pub fn text(&self, link: &str) -> String {
        let mut text = format!(
            "{HANDOVER_TITLE}\n\nKommunen: {}\nLeverandøren: {}\nTjenesten: {ALTINN_SERVICE}\n\n",
            self.municipality.grouped(),
            self.vendor.grouped()
        );
        for (i, step) in self.steps().iter().enumerate() {
            text.push_str(&format!("{}. {step}\n", i + 1));
        }
        text.push_str(&format!(
            "\nHvem kan gjøre det: {HANDOVER_WHO}\n\n{HANDOVER_MAIN_ENTITY}\n\nDenne siden: {link}\n"
        ));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handover(environment: Option<Environment>) -> Handover {
        Handover {
            municipality: OrgNumber::parse("974760673").unwrap(),
            vendor: OrgNumber::parse("971032146").unwrap(),
            environment,
        }
    }

    #[test]
    fn fills_in_both_numbers_the_service_and_who_can_do_it() {
        let text = handover(Some(Environment::Production)).text("https://x/?vis=kommunen");
        for part in [
            "Kommunen: 974 760 673\nLeverandøren: 971 032 146\nTjenesten: Summert skattegrunnlag API - På vegne av\n",
            "1. Logg inn i Altinn (https://www.altinn.no) og velg å representere kommunen, 974 760 673.\n",
            "skriv inn leverandørens organisasjonsnummer: 971 032 146.\n",
            "4. Velg API-et «Summert skattegrunnlag API - På vegne av», og bekreft.\n",
            "Hvem kan gjøre det: Den som gjør det, må ha rollen «Programmeringsgrensesnitt (API)»",
            "Denne siden: https://x/?vis=kommunen\n",
        ] {
            assert!(text.contains(part), "{part}\n---\n{text}");
        }
    }

    #[test]
    fn names_the_environment_to_delegate_in() {
        assert!(
            handover(Some(Environment::Test)).steps()[0].contains("TT02 (https://tt02.altinn.no)")
        );
        let both = handover(None).steps()[0].clone();
        assert!(
            both.contains("www.altinn.no") && both.contains("tt02.altinn.no"),
            "{both}"
        );
    }
}
