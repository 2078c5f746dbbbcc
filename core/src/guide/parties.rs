//! Who a connection is for, from the person's answers: the municipality and — when a vendor fetches
//! på vegne av it — the vendor, in an environment. The token check and the connection test both
//! read them from here, so they always name the same numbers.

use super::engine::Walk;
use super::texts::core_texts;
use super::token::Environment;
use crate::lang::Lang;
use crate::orgnr::OrgNumber;

/// The parties of a connection as the person gave them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parties {
    pub municipality: Option<OrgNumber>,
    /// The vendor, when it fetches på vegne av the municipality; `None` for a direct connection.
    pub vendor: Option<OrgNumber>,
    /// Whether the connection goes through a vendor; when unknown, what is checked decides.
    pub via_vendor: Option<bool>,
    pub environment: Option<Environment>,
}

impl Parties {
    /// The parties answered at these steps of `walk`. A vendor number on the path means på vegne
    /// av; a vendor step that is named but not on the path means a direct connection.
    pub fn from_walk(
        walk: &Walk,
        municipality: Option<&str>,
        vendor: Option<&str>,
        environment: Option<&str>,
    ) -> Parties {
        // A test-setup screen holds all three in its one answer.
        if let Some(setup) = municipality.and_then(|s| walk.test_setup(s)) {
            return Parties {
                municipality: Some(setup.municipality),
                vendor: setup.vendor,
                via_vendor: Some(setup.vendor.is_some()),
                environment: Some(setup.environment),
            };
        }
        let vendor_number = vendor.and_then(|s| walk.org_number(s));
        Parties {
            municipality: municipality.and_then(|s| walk.org_number(s)),
            vendor: vendor_number,
            via_vendor: vendor.map(|_| vendor_number.is_some()),
            environment: environment.and_then(|s| walk.environment(s)),
        }
    }

    /// Who `digits` (nine digits) is among the parties, as the person reads it in `lang`:
    /// «kommunen», «leverandøren».
    pub fn role_in(&self, digits: &str, lang: Lang) -> Option<&'static str> {
        let t = &core_texts(lang).roles;
        let is = |n: Option<OrgNumber>| n.is_some_and(|n| n.digits() == digits);
        if is(self.municipality) {
            Some(t.municipality)
        } else if is(self.vendor) {
            Some(t.vendor)
        } else {
            None
        }
    }

    /// [`Parties::role_in`] in bokmål, for the token check until it passes its own language.
    pub fn role_of(&self, digits: &str) -> Option<&'static str> {
        self.role_in(digits, Lang::Nb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_each_number_by_its_role() {
        let parties = Parties {
            municipality: OrgNumber::parse("974760673").ok(),
            vendor: OrgNumber::parse("971032146").ok(),
            via_vendor: Some(true),
            environment: None,
        };
        assert_eq!(parties.role_of("974760673"), Some("kommunen"));
        assert_eq!(parties.role_of("971032146"), Some("leverandøren"));
        assert_eq!(parties.role_of("910000004"), None);
        assert_eq!(Parties::default().role_of("974760673"), None);
        assert_eq!(parties.role_in("974760673", Lang::Nn), Some("kommunen"));
        assert_eq!(parties.role_in("971032146", Lang::En), Some("the vendor"));
    }
}
