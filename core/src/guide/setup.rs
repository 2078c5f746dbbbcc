//! What the live connection test needs, given on one screen by a person who goes straight to the
//! test: the municipality's organisation number, the vendor's when a vendor fetches på vegne av it,
//! the environment and the rettighetspakke (or that they do not know it yet). Kept in the address as
//! one answer, `974760673.971032146.test.kommuneforeldrebetaling`.

use super::token::Environment;
use crate::connection::RIGHTS_PACKAGES;
use crate::orgnr::OrgNumber;

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

/// Why the fields do not make a setup yet, in words for the person.
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

    /// The setup from what the person typed and chose, or the first field that is not right.
    /// `package` is a value of [`RIGHTS_PACKAGES`] or [`PACKAGE_UNKNOWN`]; blank is no choice.
    pub fn from_fields(
        municipality: &str,
        vendor: &str,
        environment: Option<&str>,
        package: &str,
    ) -> Result<TestSetup, SetupProblem> {
        let problem = |field, message: String| SetupProblem { field, message };
        let municipality = OrgNumber::parse(municipality).map_err(|e| {
            problem(
                SetupField::Municipality,
                format!("Kommunens organisasjonsnummer: {e}"),
            )
        })?;
        let vendor = match vendor.trim() {
            "" => None,
            typed => Some(OrgNumber::parse(typed).map_err(|e| {
                problem(
                    SetupField::Vendor,
                    format!("Leverandørens organisasjonsnummer: {e}"),
                )
            })?),
        };
        if vendor == Some(municipality) {
            return Err(problem(
                SetupField::Vendor,
                "Leverandøren har samme organisasjonsnummer som kommunen. Kobler kommunen seg til med egen klient, lar du leverandørfeltet stå tomt.".into(),
            ));
        }
        let environment = environment
            .and_then(Environment::from_answer)
            .ok_or_else(|| {
                problem(
                    SetupField::Environment,
                    "Velg miljøet dere vil teste.".into(),
                )
            })?;
        let package = match package {
            PACKAGE_UNKNOWN => None,
            p if RIGHTS_PACKAGES.iter().any(|(value, _)| *value == p) => Some(p.to_string()),
            _ => {
                return Err(problem(
                    SetupField::Package,
                    "Velg rettighetspakken, eller «Vet ikke» hvis dere ikke vet den ennå.".into(),
                ))
            }
        };
        Ok(TestSetup {
            municipality,
            vendor,
            environment,
            package,
        })
    }

    /// The setup in words, for the list of answers and the summary.
    pub fn describe(&self) -> String {
        let vendor = match self.vendor {
            Some(v) => format!("leverandør {}", v.grouped()),
            None => "ingen leverandør (kommunens egen klient)".to_string(),
        };
        let package = self
            .package
            .as_deref()
            .and_then(crate::connection::rights_package_label)
            .unwrap_or("rettighetspakke ikke kjent ennå");
        format!(
            "Kommune {}, {vendor}, {}, {package}",
            self.municipality.grouped(),
            self.environment.label()
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
        )
        .unwrap();
        assert_eq!(
            setup.answer(),
            "974760673.971032146.test.kommuneforeldrebetaling"
        );
        assert_eq!(TestSetup::from_answer(&setup.answer()), Some(setup));
        let direct =
            TestSetup::from_fields("974760673", " ", Some("produksjon"), PACKAGE_UNKNOWN).unwrap();
        assert_eq!(direct.answer(), "974760673..produksjon.vet-ikke");
        assert_eq!(
            TestSetup::from_answer(&direct.answer()),
            Some(direct.clone())
        );
        assert_eq!(
            direct.describe(),
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
        let field = |m, v, e, p| TestSetup::from_fields(m, v, e, p).unwrap_err().field;
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
        let problem = TestSetup::from_fields("974760674", "", None, "").unwrap_err();
        assert!(
            problem
                .message
                .starts_with("Kommunens organisasjonsnummer: "),
            "{}",
            problem.message
        );
    }
}
