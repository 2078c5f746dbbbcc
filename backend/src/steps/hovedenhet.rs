//! Step `hovedenhet`: the municipality (and the vendor) in Enhetsregisteret. Delegations and access
//! go to main entities and are not inherited, so a sub-unit names its main entity's number, an
//! organisasjonsledd is walked up to its kommune, a deleted unit says so, and a unit that is not a
//! kommune says what it is. When the register cannot answer, the step is not run and the test goes on.

use super::{grouped, Budget, Outcome};
use crate::enhetsregisteret::{Enhetsregisteret, Found, RegisterError, Unit};
use skattedeling_core::date::CalendarDate;
use skattedeling_core::guide::token::Environment;
use std::time::Duration;

pub const ID: &str = "hovedenhet";

pub fn title(with_vendor: bool) -> &'static str {
    if with_vendor {
        "Kommunen og leverandøren i Enhetsregisteret"
    } else {
        "Kommunen i Enhetsregisteret"
    }
}

/// How far up the register a walk goes (a sub-unit of an organisasjonsledd of a kommune is three).
const MAX_WALK: usize = 5;

/// A number as the register knows it, with the units above it, nearest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookup {
    pub orgnr: String,
    pub found: Found,
    pub above: Vec<Unit>,
}

impl Lookup {
    /// The unit to use in Altinn and Maskinporten: the kommune above, else the top of the walk.
    fn main_entity(&self) -> Option<&Unit> {
        self.above
            .iter()
            .find(|u| u.form == "KOMM")
            .or(self.above.last())
    }
}

async fn look_up(
    register: &Enhetsregisteret,
    orgnr: &str,
    limit: &(dyn Fn() -> Option<Duration> + Sync),
) -> Result<Lookup, RegisterError> {
    let found = register.find(orgnr, limit).await?;
    let mut above = Vec::new();
    let mut next = match &found {
        Found::Entity(u) | Found::SubUnit(u) => u.parent.clone(),
        _ => None,
    };
    while let Some(parent) = next.take() {
        if above.len() == MAX_WALK {
            break;
        }
        if let Found::Entity(u) = register.entity(&parent, limit).await? {
            next = (u.form != "KOMM").then(|| u.parent.clone()).flatten();
            above.push(u);
        }
    }
    Ok(Lookup {
        orgnr: orgnr.to_string(),
        found,
        above,
    })
}

/// Looks both numbers up and judges them.
pub async fn check(
    register: &Enhetsregisteret,
    kommune: &str,
    vendor: Option<&str>,
    environment: Environment,
    budget: &Budget,
    own_limit: Duration,
) -> Outcome {
    if budget.limit(own_limit).is_none() {
        return budget.spent();
    }
    // Every call within its own limit and the test's: a walk up the register cannot overrun either.
    let limit = || budget.limit(own_limit);
    let kommune = match look_up(register, kommune, &limit).await {
        Ok(l) => l,
        Err(e) => return unavailable(&e),
    };
    let vendor = match vendor {
        None => None,
        Some(v) => match look_up(register, v, &limit).await {
            Ok(l) => Some(l),
            Err(e) => return unavailable(&e),
        },
    };
    judge(&kommune, vendor.as_ref(), environment)
}

fn unavailable(e: &RegisterError) -> Outcome {
    Outcome::NotRun {
        explanation: format!(
            "Ikke kjørt: Enhetsregisteret {}, så organisasjonsnumrene ble ikke sjekket. De andre \
             stegene ble kjørt likevel. Prøv igjen om litt.",
            e.phrase()
        ),
    }
}

/// «910 000 004 (EKSEMPELVIK KOMMUNE)».
fn named(u: &Unit) -> String {
    if u.name.is_empty() {
        grouped(&u.orgnr)
    } else {
        format!("{} ({})", grouped(&u.orgnr), u.name)
    }
}

const NOT_INHERITED: &str = "Delegeringer og tilganger gis til hovedenheten og arves ikke mellom \
                             hovedenhet og underenheter.";

/// The verdict on both numbers.
pub fn judge(kommune: &Lookup, vendor: Option<&Lookup>, environment: Environment) -> Outcome {
    let k = match judge_municipality(kommune, environment) {
        Ok(k) => k,
        Err(failure) => return failure,
    };
    let mut text = format!("{} er registrert som kommune i Enhetsregisteret.", named(k));
    if let Some(vendor) = vendor {
        if let Some(failure) = judge_vendor(vendor, environment) {
            return failure;
        }
        if let Found::Entity(v) = &vendor.found {
            text = format!(
                "{} er registrert som kommune, og leverandøren {} er en hovedenhet i Enhetsregisteret.",
                named(k),
                named(v)
            );
        }
    }
    Outcome::ok(text)
}

fn deleted_or_missing(l: &Lookup, who: &str, environment: Environment) -> Option<Outcome> {
    let number = grouped(&l.orgnr);
    let gone_advice = format!(
        "Bruk organisasjonsnummeret {who} har nå: slå den opp på brreg.no. Er en kommune slått sammen \
         med en annen, har den nye kommunen et nytt nummer."
    );
    match &l.found {
        Found::Removed => Some(Outcome::failed(
            format!("{number} er fjernet fra Enhetsregisteret."),
            gone_advice,
            None,
        )),
        Found::Entity(u) | Found::SubUnit(u) if u.deleted.is_some() => {
            let date = u.deleted.as_deref().unwrap_or_default();
            let date = CalendarDate::parse(date, false).map_or(date.to_string(), |d| d.to_norwegian());
            Some(Outcome::failed(
                format!("{} er slettet i Enhetsregisteret ({date}).", named(u)),
                gone_advice,
                None,
            ))
        }
        Found::NotFound => Some(Outcome::failed(
            format!("{number} finnes ikke i Enhetsregisteret."),
            match environment {
                Environment::Test => format!(
                    "Sjekk at {who}s nummer er riktig skrevet. Testmiljøet slår opp i testdataene til \
                     Enhetsregisteret, der syntetiske testvirksomheter har numre som begynner på 2 \
                     eller 3."
                ),
                Environment::Production => format!("Sjekk at {who}s nummer er riktig skrevet."),
            },
            None,
        )),
        _ => None,
    }
}

/// The kommune, or why the number is not one.
fn judge_municipality(l: &Lookup, environment: Environment) -> Result<&Unit, Outcome> {
    if let Some(gone) = deleted_or_missing(l, "kommunen", environment) {
        return Err(gone);
    }
    let use_main = |main: Option<&Unit>| {
        match main {
        Some(m) => format!(
            "Bruk kommunens hovedorganisasjonsnummer, {}: i delegeringen i Altinn, som consumer_org \
             mot Maskinporten og her.",
            grouped(&m.orgnr)
        ),
        None => "Bruk kommunens hovedorganisasjonsnummer: i delegeringen i Altinn, som consumer_org \
                 mot Maskinporten og her."
            .to_string(),
    }
    };
    let main = l.main_entity();
    match &l.found {
        Found::SubUnit(u) => {
            let parent = u.parent.as_deref().map(grouped).unwrap_or_default();
            let through = match (l.above.first(), main) {
                (Some(first), Some(m)) if first.orgnr != m.orgnr => {
                    format!(", som er et organisasjonsledd under {}", named(m))
                }
                _ => String::new(),
            };
            Err(Outcome::failed(
                format!(
                    "Kommunens nummer {} er en underenhet, ikke en hovedenhet. I \
                     Enhetsregisteret har den {parent} som hovedenhet{through}. {NOT_INHERITED}",
                    grouped(&u.orgnr)
                ),
                use_main(main),
                Some("delegering-altinn"),
            ))
        }
        Found::Entity(u) if u.form == "KOMM" => Ok(u),
        Found::Entity(u) if u.form == "ORGL" && main.is_some() => Err(Outcome::failed(
            format!(
                "{} er et organisasjonsledd under {} i Enhetsregisteret. Tilgangen fra Skatteetaten \
                 og delegeringen i Altinn gis til kommunens eget organisasjonsnummer.",
                named(u),
                named(main.expect("checked"))
            ),
            use_main(main),
            Some("delegering-altinn"),
        )),
        Found::Entity(u) => {
            let what = if u.form_description.is_empty() {
                u.form.clone()
            } else {
                format!("{} ({})", u.form_description.to_lowercase(), u.form)
            };
            Err(Outcome::failed(
                format!(
                    "{} er registrert som {what} i Enhetsregisteret, ikke som kommune. Kommunenes \
                     rettighetspakker gis til kommunens eget organisasjonsnummer.",
                    named(u)
                ),
                "Bruk organisasjonsnummeret til kommunen (organisasjonsform KOMM). Gjelder testen en \
                 annen virksomhet, kontakt KS."
                    .to_string(),
                Some("tilgang"),
            ))
        }
        Found::Removed | Found::NotFound => Err(Outcome::failed(
            format!("{} finnes ikke i Enhetsregisteret.", grouped(&l.orgnr)),
            use_main(None),
            None,
        )),
    }
}

fn judge_vendor(l: &Lookup, environment: Environment) -> Option<Outcome> {
    if let Some(gone) = deleted_or_missing(l, "leverandøren", environment) {
        return Some(gone);
    }
    let Found::SubUnit(u) = &l.found else {
        return None;
    };
    let parent = u.parent.as_deref().map(grouped).unwrap_or_default();
    Some(Outcome::failed(
        format!(
            "Leverandørens nummer {} er en underenhet, ikke en hovedenhet. I Enhetsregisteret \
             har den {parent} som hovedenhet. {NOT_INHERITED}",
            grouped(&u.orgnr)
        ),
        format!(
            "Bruk leverandørens hovedorganisasjonsnummer, {parent}: kommunen delegerer til det i \
             Altinn."
        ),
        Some("delegering-altinn"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(orgnr: &str, form: &str, parent: Option<&str>) -> Unit {
        Unit {
            orgnr: orgnr.into(),
            name: format!("ENHET {orgnr}"),
            form: form.into(),
            form_description: match form {
                "FYLK" => "Fylkeskommune".into(),
                _ => String::new(),
            },
            parent: parent.map(String::from),
            deleted: None,
        }
    }

    fn lookup(found: Found, above: Vec<Unit>) -> Lookup {
        let orgnr = match &found {
            Found::Entity(u) | Found::SubUnit(u) => u.orgnr.clone(),
            _ => "910000160".into(),
        };
        Lookup {
            orgnr,
            found,
            above,
        }
    }

    fn failure(o: &Outcome) -> (&str, &str) {
        match o {
            Outcome::Failed {
                explanation,
                advice,
                ..
            } => (explanation, advice),
            other => panic!("{other:?}"),
        }
    }

    const TEST: Environment = Environment::Test;

    #[test]
    fn a_kommune_passes_and_a_vendor_main_entity_with_it() {
        let k = lookup(Found::Entity(unit("910000004", "KOMM", None)), vec![]);
        let v = lookup(Found::Entity(unit("971032146", "FLI", None)), vec![]);
        let Outcome::Ok { explanation, .. } = judge(&k, Some(&v), TEST) else {
            panic!()
        };
        assert!(explanation.contains("910 000 004 (ENHET 910000004) er registrert som kommune"));
        assert!(explanation.contains("leverandøren 971 032 146"));
    }

    #[test]
    fn a_sub_unit_names_its_main_entity_and_walks_through_an_organisasjonsledd() {
        let k = lookup(
            Found::SubUnit(unit("910000012", "AAFY", Some("910000004"))),
            vec![unit("910000004", "KOMM", None)],
        );
        let o = judge(&k, None, TEST);
        let (explanation, advice) = failure(&o);
        assert!(explanation.starts_with(
            "Kommunens nummer 910 000 012 er en underenhet, ikke en hovedenhet. I \
             Enhetsregisteret har den 910 000 004 som hovedenhet."
        ));
        assert!(advice.starts_with("Bruk kommunens hovedorganisasjonsnummer, 910 000 004"));
        let deep = lookup(
            Found::SubUnit(unit("910000152", "AAFY", Some("910000047"))),
            vec![
                unit("910000047", "ORGL", Some("910000004")),
                unit("910000004", "KOMM", None),
            ],
        );
        let o = judge(&deep, None, TEST);
        let (explanation, advice) = failure(&o);
        assert!(
            explanation.contains(
                "har den 910 000 047 som hovedenhet, som er et organisasjonsledd under 910 000 004"
            ),
            "{explanation}"
        );
        assert!(advice.contains("910 000 004"));
        let orgl = lookup(
            Found::Entity(unit("910000047", "ORGL", Some("910000004"))),
            vec![unit("910000004", "KOMM", None)],
        );
        let o = judge(&orgl, None, TEST);
        assert!(failure(&o)
            .0
            .contains("er et organisasjonsledd under 910 000 004"));
    }

    #[test]
    fn what_is_not_a_kommune_or_no_longer_exists_says_so() {
        let fylk = lookup(Found::Entity(unit("910000144", "FYLK", None)), vec![]);
        assert!(failure(&judge(&fylk, None, TEST))
            .0
            .contains("registrert som fylkeskommune (FYLK)"));
        let mut gone = unit("910000128", "KOMM", None);
        gone.deleted = Some("2020-01-01".into());
        let deleted = lookup(Found::Entity(gone), vec![]);
        assert!(failure(&judge(&deleted, None, TEST))
            .0
            .contains("slettet i Enhetsregisteret (1. januar 2020)"));
        let removed = lookup(Found::Removed, vec![]);
        assert!(failure(&judge(&removed, None, TEST))
            .0
            .contains("er fjernet fra Enhetsregisteret"));
        let missing = lookup(Found::NotFound, vec![]);
        assert!(failure(&judge(&missing, None, TEST))
            .1
            .contains("begynner på 2 eller 3"));
        assert!(!failure(&judge(&missing, None, Environment::Production))
            .1
            .contains("2 eller 3"));
    }

    #[test]
    fn a_vendor_sub_unit_names_the_vendors_main_entity() {
        let k = lookup(Found::Entity(unit("910000004", "KOMM", None)), vec![]);
        let v = lookup(
            Found::SubUnit(unit("910000012", "AAFY", Some("971032146"))),
            vec![],
        );
        let o = judge(&k, Some(&v), TEST);
        assert!(failure(&o)
            .1
            .starts_with("Bruk leverandørens hovedorganisasjonsnummer, 971 032 146"));
    }

    #[test]
    fn the_register_being_down_stops_only_this_step() {
        let o = unavailable(&RegisterError::Status(503));
        let Outcome::NotRun { explanation } = o else {
            panic!()
        };
        assert!(explanation.contains("Enhetsregisteret svarte med HTTP 503"));
    }
}
