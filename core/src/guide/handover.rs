//! What a vendor sends the municipality it connects: what the municipality must do in Altinn, with
//! both organisation numbers filled in, the exact name of the service to delegate and who in the
//! municipality can do it — as a page of its own (`vis=kommunen`) and as text to copy. Its title and
//! the words around the steps are in [`super::texts::HandoverTexts`].

use super::engine::Walk;
use super::flow::{InputFormat, StepKind};
use super::parties::Parties;
use super::texts::core_texts;
use super::token::Environment;
use crate::connection::codes::ALTINN_SERVICE;
use crate::lang::Lang;
use crate::orgnr::OrgNumber;
use crate::texts::fill;

/// The delegation a municipality must make for its vendor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handover {
    pub municipality: OrgNumber,
    pub vendor: OrgNumber,
    /// Where to delegate; both when the person did not say.
    pub environment: Option<Environment>,
}

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
    pub fn where_to(&self, lang: Lang) -> String {
        let t = &core_texts(lang).handover;
        match self.environment {
            Some(Environment::Production) => t.where_production,
            Some(Environment::Test) => t.where_test,
            None => t.where_both,
        }
        .to_string()
    }

    /// What to do, step by step, with the numbers filled in.
    pub fn steps(&self, lang: Lang) -> Vec<String> {
        let where_to = self.where_to(lang);
        let (municipality, vendor) = (self.municipality.grouped(), self.vendor.grouped());
        let values = [
            ("where", where_to.as_str()),
            ("municipality", municipality.as_str()),
            ("vendor", vendor.as_str()),
            ("service", ALTINN_SERVICE),
        ];
        core_texts(lang)
            .handover
            .steps
            .iter()
            .map(|step| fill(step, &values))
            .collect()
    }

    /// The whole handover as plain text, to copy into an e-mail.
    pub fn text(&self, link: &str, lang: Lang) -> String {
        let t = &core_texts(lang).handover;
        let line =
            |template: &str, name: &str, value: &str| fill(template, &[(name, value)]) + "\n";
        let mut text = format!("{}\n\n", t.title);
        text.push_str(&line(
            t.municipality_line,
            "number",
            &self.municipality.grouped(),
        ));
        text.push_str(&line(t.vendor_line, "number", &self.vendor.grouped()));
        text.push_str(&line(t.service_line, "service", ALTINN_SERVICE));
        text.push('\n');
        for (i, step) in self.steps(lang).iter().enumerate() {
            text.push_str(&format!("{}. {step}\n", i + 1));
        }
        text.push('\n');
        text.push_str(&line(t.who_line, "who", t.who));
        text.push('\n');
        text.push_str(t.main_entity);
        text.push_str("\n\n");
        text.push_str(&line(t.page_line, "link", link));
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
        let text =
            handover(Some(Environment::Production)).text("https://x/?vis=kommunen", Lang::Nb);
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
        assert!(handover(Some(Environment::Test)).steps(Lang::Nb)[0]
            .contains("TT02 (https://tt02.altinn.no)"));
        let both = handover(None).steps(Lang::Nb)[0].clone();
        assert!(
            both.contains("www.altinn.no") && both.contains("tt02.altinn.no"),
            "{both}"
        );
    }

    #[test]
    fn the_steps_in_nynorsk_and_english() {
        let nn = handover(Some(Environment::Production)).steps(Lang::Nn);
        assert_eq!(
            nn,
            [
                "Logg inn i Altinn (https://www.altinn.no), og vel å representere kommunen, \
                 974 760 673.",
                "Gå til Profil, og vel «Tilgang til programmeringsgrensesnitt – API».",
                "Vel å gi tilgang til ei ny verksemd, og skriv inn organisasjonsnummeret til \
                 leverandøren: 971 032 146.",
                "Vel API-et «Summert skattegrunnlag API - På vegne av», og stadfest.",
            ]
        );
        let en = handover(Some(Environment::Test));
        assert!(en.steps(Lang::En)[0].starts_with("Log in to Altinn’s test environment TT02"));
        let text = en.text("https://x/", Lang::En);
        for part in [
            "How the municipality gives the vendor access in Altinn\n\nMunicipality: 974 760 673\n\
             Vendor: 971 032 146\nService: Summert skattegrunnlag API - På vegne av\n\n1. Log in",
            "\nWho can do it: The person who does it must have the role",
            "\n\nThis page: https://x/\n",
        ] {
            assert!(text.contains(part), "{part}\n---\n{text}");
        }
    }
}
