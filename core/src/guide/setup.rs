//! What the live connection test needs, given on one screen by a person who goes straight to the
//! test: the municipality's organisation number, the vendor's when a vendor fetches på vegne av it,
//! the environment and the rettighetspakke (or that they do not know it yet). Kept in the address as
//! one answer, `974760673.971032146.test.kommuneforeldrebetaling`.

use super::texts::core_texts;
use super::token::Environment;
use crate::connection::RIGHTS_PACKAGES;
use crate::lang::Lang;
use crate::orgnr::{OrgNumber, OrgNumberError};
use crate::texts::fill;

/// The package answer of a person who does not know the rettighetspakke yet.
pub const PACKAGE_UNKNOWN: &str = "vet-ikke";

/// The answers of a test-setup screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestSetup {
    pub municipality: OrgNumber,
    /// `None` when the municipality connects with its own client.
    pub vendor: Option<OrgNumber>,
    pub environment: Environment,
    /// One of [`RIGHTS_PACKAGES`], or `None` when the person answered «Vet ikke».
    pub package: Option<String>,
}

/// The field a problem is about, so the screen can put the error there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupField {
    Municipality,
    Vendor,
    Environment,
    Package,
}

/// Why the fields do not make a setup yet, in words for the person (in the language asked for).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupProblem {
    pub field: SetupField,
    pub message: String,
}

impl TestSetup {
    /// The answer kept in the address: the four parts joined by dots, an empty part for no vendor.
    pub fn answer(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.municipality.digits(),
            self.vendor.map(|v| v.digits()).unwrap_or_default(),
            self.environment.answer(),
            self.package.as_deref().unwrap_or(PACKAGE_UNKNOWN)
        )
    }

    /// Reads an answer back, or `None` when it is not one this screen writes (an address may hold
    /// anything).
    pub fn from_answer(value: &str) -> Option<TestSetup> {
        let mut parts = value.split('.');
        let (m, v, e, p) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || m.len() != 9 || !(v.is_empty() || v.len() == 9) {
            return None;
        }
        let municipality = OrgNumber::parse(m).ok()?;
        let vendor = match v {
            "" => None,
            v => Some(OrgNumber::parse(v).ok()?),
        };
        if vendor == Some(municipality) {
            return None;
        }
        let package = match p {
            PACKAGE_UNKNOWN => None,
            p if RIGHTS_PACKAGES.iter().any(|(value, _)| *value == p) => Some(p.to_string()),
            _ => return None,
        };
        Some(TestSetup {
            municipality,
            vendor,
            environment: Environment::from_answer(e)?,
            package,
        })
    }

    /// The setup from what the person typed and chose, or the first field that is not right, in
    /// words in `lang`. `package` is a value of [`RIGHTS_PACKAGES`] or [`PACKAGE_UNKNOWN`]; blank is
    /// no choice.
    pub fn from_fields(
        municipality: &str,
        vendor: &str,
        environment: Option<&str>,
        package: &str,
        lang: Lang,
    ) -> Result<TestSetup, SetupProblem> {
        let t = &core_texts(lang).setup;
        let problem = |field, message: String| SetupProblem { field, message };
        let number_problem = |field, template: &str, e: OrgNumberError| {
            problem(field, fill(template, &[("error", &e.message(lang))]))
        };
        let municipality = OrgNumber::parse(municipality)
            .map_err(|e| number_problem(SetupField::Municipality, t.municipality_error, e))?;
        let vendor = match vendor.trim() {
            "" => None,
            typed => Some(
                OrgNumber::parse(typed)
                    .map_err(|e| number_problem(SetupField::Vendor, t.vendor_error, e))?,
            ),
        };
        if vendor == Some(municipality) {
            return Err(problem(SetupField::Vendor, t.same_number.into()));
        }
        let environment = environment
            .and_then(Environment::from_answer)
            .ok_or_else(|| problem(SetupField::Environment, t.no_environment.into()))?;
        let package = match package {
            PACKAGE_UNKNOWN => None,
            p if RIGHTS_PACKAGES.iter().any(|(value, _)| *value == p) => Some(p.to_string()),
            _ => return Err(problem(SetupField::Package, t.no_package.into())),
        };
        Ok(TestSetup {
            municipality,
            vendor,
            environment,
            package,
        })
    }

    /// The setup in words, for the list of answers and the summary. The rettighetspakke is named
    /// as Skatteetaten names it, in every language.
    pub fn describe(&self, lang: Lang) -> String {
        let t = &core_texts(lang).setup;
        let vendor = match self.vendor {
            Some(v) => fill(t.vendor, &[("number", &v.grouped())]),
            None => t.no_vendor.to_string(),
        };
        let package = self
            .package
            .as_deref()
            .and_then(crate::connection::rights_package_label)
            .unwrap_or(t.package_unknown);
        let environment = self.environment.label_in(lang);
        fill(
            t.describe,
            &[
                ("municipality", &self.municipality.grouped()),
                ("vendor", &vendor),
                ("environment", environment),
                ("package", package),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_reads_back_as_written() {
        let setup = TestSetup::from_fields(
            "974 760 673",
            "971032146",
            Some("test"),
            "kommuneforeldrebetaling",
            Lang::Nb,
        )
        .unwrap();
        assert_eq!(
            setup.answer(),
            "974760673.971032146.test.kommuneforeldrebetaling"
        );
        assert_eq!(TestSetup::from_answer(&setup.answer()), Some(setup));
        let direct = TestSetup::from_fields(
            "974760673",
            " ",
            Some("produksjon"),
            PACKAGE_UNKNOWN,
            Lang::Nb,
        )
        .unwrap();
        assert_eq!(direct.answer(), "974760673..produksjon.vet-ikke");
        assert_eq!(
            TestSetup::from_answer(&direct.answer()),
            Some(direct.clone())
        );
        assert_eq!(
            direct.describe(Lang::Nb),
            "Kommune 974 760 673, ingen leverandør (kommunens egen klient), produksjonsmiljøet, rettighetspakke ikke kjent ennå"
        );
    }

    #[test]
    fn an_address_that_is_not_an_answer_is_none() {
        for bad in [
            "",
            "974760673",
            "974760673..test",
            "974760674..test.vet-ikke",
            "974760673..staging.vet-ikke",
            "974760673..test.alt",
            "974760673.974760673.test.vet-ikke",
            "974760673..test.vet-ikke.x",
            "974 760 673..test.vet-ikke",
        ] {
            assert_eq!(TestSetup::from_answer(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_first_field_that_is_not_right_is_named() {
        let field = |m, v, e, p| {
            TestSetup::from_fields(m, v, e, p, Lang::Nb)
                .unwrap_err()
                .field
        };
        assert_eq!(
            field("", "", Some("test"), PACKAGE_UNKNOWN),
            SetupField::Municipality
        );
        assert_eq!(field("974760673", "97103214", None, ""), SetupField::Vendor);
        assert_eq!(
            field("974760673", "974 760 673", Some("test"), PACKAGE_UNKNOWN),
            SetupField::Vendor
        );
        assert_eq!(field("974760673", "", None, ""), SetupField::Environment);
        assert_eq!(
            field("974760673", "", Some("test"), ""),
            SetupField::Package
        );
        let problem = TestSetup::from_fields("974760674", "", None, "", Lang::Nb).unwrap_err();
        assert!(
            problem
                .message
                .starts_with("Kommunens organisasjonsnummer: "),
            "{}",
            problem.message
        );
    }

    #[test]
    fn the_setup_and_its_problems_in_nynorsk_and_english() {
        let setup = TestSetup::from_answer("974760673.971032146.test.vet-ikke").unwrap();
        assert_eq!(
            setup.describe(Lang::Nn),
            "Kommune 974 760 673, leverandør 971 032 146, testmiljøet, rettigheitspakken er ikkje \
             kjend enno"
        );
        let direct = TestSetup::from_answer("974760673..produksjon.saernamsmann").unwrap();
        assert_eq!(
            direct.describe(Lang::En),
            "Municipality 974 760 673, no vendor (the municipality’s own client), the production \
             environment, Særnamsmann"
        );
        let problem = TestSetup::from_fields("974760674", "", None, "", Lang::Nn).unwrap_err();
        assert!(
            problem
                .message
                .starts_with("Organisasjonsnummeret til kommunen: Dette er ikkje eit gyldig"),
            "{}",
            problem.message
        );
        let problem =
            TestSetup::from_fields("974760673", "", Some("test"), "", Lang::En).unwrap_err();
        assert_eq!(
            problem.message,
            "Choose the access package, or “I do not know” if you do not know it yet."
        );
    }
}
