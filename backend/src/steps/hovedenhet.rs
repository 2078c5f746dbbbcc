//! Step `hovedenhet`: the municipality (and the vendor) in Enhetsregisteret. Delegations and access
//! go to main entities and are not inherited, so a sub-unit names its main entity's number, an
//! organisasjonsledd is walked up to its kommune, a deleted unit says so, and a unit that is not a
//! kommune says what it is. When the register cannot answer, the step is not run and the test goes on.

use super::{grouped, Budget, Outcome};
use crate::enhetsregisteret::{Enhetsregisteret, Found, RegisterError, Unit};
use crate::texts::{texts, Texts};
use skattedeling_core::date::CalendarDate;
use skattedeling_core::guide::token::Environment;
use skattedeling_core::texts::fill;
use skattedeling_core::Lang;
use std::time::Duration;

pub const ID: &str = "hovedenhet";

pub fn title(with_vendor: bool, lang: Lang) -> &'static str {
    let t = &texts(lang).hovedenhet;
    if with_vendor {
        t.title_with_vendor
    } else {
        t.title
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

/// What is looked up, and in which environment and language the verdict is given.
pub struct Asked<'a> {
    pub kommune: &'a str,
    pub vendor: Option<&'a str>,
    pub environment: Environment,
    pub lang: Lang,
}

/// Looks both numbers up and judges them.
pub async fn check(
    register: &Enhetsregisteret,
    asked: &Asked<'_>,
    budget: &Budget,
    own_limit: Duration,
) -> Outcome {
    let lang = asked.lang;
    if budget.limit(own_limit).is_none() {
        return budget.spent(lang);
    }
    // Every call within its own limit and the test's: a walk up the register cannot overrun either.
    let limit = || budget.limit(own_limit);
    let kommune = match look_up(register, asked.kommune, &limit).await {
        Ok(l) => l,
        Err(e) => return unavailable(&e, lang),
    };
    let vendor = match asked.vendor {
        None => None,
        Some(v) => match look_up(register, v, &limit).await {
            Ok(l) => Some(l),
            Err(e) => return unavailable(&e, lang),
        },
    };
    judge(&kommune, vendor.as_ref(), asked.environment, lang)
}

fn unavailable(e: &RegisterError, lang: Lang) -> Outcome {
    Outcome::NotRun {
        explanation: fill(
            texts(lang).hovedenhet.unavailable,
            &[("phrase", &e.phrase(lang))],
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

/// The verdict on both numbers.
pub fn judge(
    kommune: &Lookup,
    vendor: Option<&Lookup>,
    environment: Environment,
    lang: Lang,
) -> Outcome {
    let t = texts(lang);
    let k = match judge_municipality(kommune, environment, t) {
        Ok(k) => k,
        Err(failure) => return failure,
    };
    let mut text = fill(t.hovedenhet.municipality, &[("unit", &named(k))]);
    if let Some(vendor) = vendor {
        if let Some(failure) = judge_vendor(vendor, environment, t) {
            return failure;
        }
        if let Found::Entity(v) = &vendor.found {
            text = fill(
                t.hovedenhet.municipality_and_vendor,
                &[("unit", &named(k)), ("vendor", &named(v))],
            );
        }
    }
    Outcome::ok(text)
}

/// Whose number is looked up: the municipality's or the vendor's.
#[derive(Clone, Copy)]
enum Whose {
    Municipality,
    Vendor,
}

fn deleted_or_missing(
    l: &Lookup,
    whose: Whose,
    environment: Environment,
    t: &Texts,
) -> Option<Outcome> {
    let number = grouped(&l.orgnr);
    let (who, their_number) = match whose {
        Whose::Municipality => (
            t.hovedenhet.the_municipality,
            t.hovedenhet.municipality_number,
        ),
        Whose::Vendor => (t.hovedenhet.the_vendor, t.hovedenhet.vendor_number),
    };
    let gone_advice = fill(t.hovedenhet.gone_advice, &[("who", who)]);
    match &l.found {
        Found::Removed => Some(Outcome::failed(
            fill(t.hovedenhet.removed, &[("number", &number)]),
            gone_advice,
            None,
        )),
        Found::Entity(u) | Found::SubUnit(u) if u.deleted.is_some() => {
            let date = u.deleted.as_deref().unwrap_or_default();
            let date =
                CalendarDate::parse(date, false).map_or(date.to_string(), |d| d.written(t.lang));
            Some(Outcome::failed(
                fill(
                    t.hovedenhet.deleted,
                    &[("unit", &named(u)), ("date", &date)],
                ),
                gone_advice,
                None,
            ))
        }
        Found::NotFound => {
            let check = fill(t.hovedenhet.check_number, &[("whose", their_number)]);
            Some(Outcome::failed(
                fill(t.hovedenhet.not_found, &[("number", &number)]),
                match environment {
                    Environment::Test => format!("{check} {}", t.hovedenhet.synthetic_numbers),
                    Environment::Production => check,
                },
                None,
            ))
        }
        _ => None,
    }
}

/// What to use instead: the municipality's main organisation number, with it when it is known.
fn use_main(main: Option<&Unit>, t: &Texts) -> String {
    match main {
        Some(m) => fill(
            t.hovedenhet.use_main_numbered,
            &[("number", &grouped(&m.orgnr))],
        ),
        None => t.hovedenhet.use_main.to_string(),
    }
}

/// The kommune, or why the number is not one.
fn judge_municipality<'a>(
    l: &'a Lookup,
    environment: Environment,
    t: &Texts,
) -> Result<&'a Unit, Outcome> {
    if let Some(gone) = deleted_or_missing(l, Whose::Municipality, environment, t) {
        return Err(gone);
    }
    let main = l.main_entity();
    match &l.found {
        Found::SubUnit(u) => Err(municipality_sub_unit(l, u, main, t)),
        Found::Entity(u) if u.form == "KOMM" => Ok(u),
        Found::Entity(u) if u.form == "ORGL" && main.is_some() => Err(Outcome::failed(
            fill(
                t.hovedenhet.organisasjonsledd,
                &[
                    ("unit", &named(u)),
                    ("main", &named(main.expect("checked"))),
                ],
            ),
            use_main(main, t),
            Some("delegering-altinn"),
        )),
        Found::Entity(u) => Err(not_a_municipality(u, t)),
        Found::Removed | Found::NotFound => Err(Outcome::failed(
            fill(t.hovedenhet.not_found, &[("number", &grouped(&l.orgnr))]),
            use_main(None, t),
            None,
        )),
    }
}

/// The municipality's number is a sub-unit's: its main entity, and the municipality above an
/// organisasjonsledd.
fn municipality_sub_unit(l: &Lookup, u: &Unit, main: Option<&Unit>, t: &Texts) -> Outcome {
    let parent = u.parent.as_deref().map(grouped).unwrap_or_default();
    let through = match (l.above.first(), main) {
        (Some(first), Some(m)) if first.orgnr != m.orgnr => {
            fill(t.hovedenhet.through, &[("unit", &named(m))])
        }
        _ => String::new(),
    };
    Outcome::failed(
        fill(
            t.hovedenhet.sub_unit,
            &[
                ("number", &grouped(&u.orgnr)),
                ("parent", &parent),
                ("through", &through),
                ("not_inherited", t.hovedenhet.not_inherited),
            ],
        ),
        use_main(main, t),
        Some("delegering-altinn"),
    )
}

/// A main entity that is not a kommune: what it is.
fn not_a_municipality(u: &Unit, t: &Texts) -> Outcome {
    let what = if u.form_description.is_empty() {
        u.form.clone()
    } else {
        format!("{} ({})", u.form_description.to_lowercase(), u.form)
    };
    Outcome::failed(
        fill(
            t.hovedenhet.not_municipality,
            &[("unit", &named(u)), ("what", &what)],
        ),
        t.hovedenhet.not_municipality_advice,
        Some("tilgang"),
    )
}

fn judge_vendor(l: &Lookup, environment: Environment, t: &Texts) -> Option<Outcome> {
    if let Some(gone) = deleted_or_missing(l, Whose::Vendor, environment, t) {
        return Some(gone);
    }
    let Found::SubUnit(u) = &l.found else {
        return None;
    };
    let parent = u.parent.as_deref().map(grouped).unwrap_or_default();
    Some(Outcome::failed(
        fill(
            t.hovedenhet.vendor_sub_unit,
            &[
                ("number", &grouped(&u.orgnr)),
                ("parent", &parent),
                ("not_inherited", t.hovedenhet.not_inherited),
            ],
        ),
        fill(t.hovedenhet.vendor_use_main, &[("parent", &parent)]),
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
        let Outcome::Ok { explanation, .. } = judge(&k, Some(&v), TEST, Lang::Nb) else {
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
        let o = judge(&k, None, TEST, Lang::Nb);
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
        let o = judge(&deep, None, TEST, Lang::Nb);
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
        let o = judge(&orgl, None, TEST, Lang::Nb);
        assert!(failure(&o)
            .0
            .contains("er et organisasjonsledd under 910 000 004"));
    }

    #[test]
    fn what_is_not_a_kommune_or_no_longer_exists_says_so() {
        let fylk = lookup(Found::Entity(unit("910000144", "FYLK", None)), vec![]);
        assert!(failure(&judge(&fylk, None, TEST, Lang::Nb))
            .0
            .contains("registrert som fylkeskommune (FYLK)"));
        let mut gone = unit("910000128", "KOMM", None);
        gone.deleted = Some("2020-01-01".into());
        let deleted = lookup(Found::Entity(gone), vec![]);
        assert!(failure(&judge(&deleted, None, TEST, Lang::Nb))
            .0
            .contains("slettet i Enhetsregisteret (1. januar 2020)"));
        let removed = lookup(Found::Removed, vec![]);
        assert!(failure(&judge(&removed, None, TEST, Lang::Nb))
            .0
            .contains("er fjernet fra Enhetsregisteret"));
        let missing = lookup(Found::NotFound, vec![]);
        assert!(failure(&judge(&missing, None, TEST, Lang::Nb))
            .1
            .contains("begynner på 2 eller 3"));
        assert!(
            !failure(&judge(&missing, None, Environment::Production, Lang::Nb))
                .1
                .contains("2 eller 3")
        );
    }

    #[test]
    fn a_vendor_sub_unit_names_the_vendors_main_entity() {
        let k = lookup(Found::Entity(unit("910000004", "KOMM", None)), vec![]);
        let v = lookup(
            Found::SubUnit(unit("910000012", "AAFY", Some("971032146"))),
            vec![],
        );
        let o = judge(&k, Some(&v), TEST, Lang::Nb);
        assert!(failure(&o)
            .1
            .starts_with("Bruk leverandørens hovedorganisasjonsnummer, 971 032 146"));
    }

    #[test]
    fn the_register_being_down_stops_only_this_step() {
        let o = unavailable(&RegisterError::Status(503), Lang::Nb);
        let Outcome::NotRun { explanation } = o else {
            panic!()
        };
        assert!(explanation.contains("Enhetsregisteret svarte med HTTP 503"));
    }

    #[test]
    fn the_verdicts_are_given_in_nynorsk_and_english() {
        let k = lookup(Found::Entity(unit("910000004", "KOMM", None)), vec![]);
        let v = lookup(Found::Entity(unit("971032146", "FLI", None)), vec![]);
        let Outcome::Ok { explanation, .. } = judge(&k, Some(&v), TEST, Lang::Nn) else {
            panic!()
        };
        assert_eq!(
            explanation,
            "910 000 004 (ENHET 910000004) er registrert som kommune, og leverandøren 971 032 146 \
             (ENHET 971032146) er ei hovudeining i Einingsregisteret."
        );
        let sub = lookup(
            Found::SubUnit(unit("910000012", "AAFY", Some("910000004"))),
            vec![unit("910000004", "KOMM", None)],
        );
        let o = judge(&sub, None, TEST, Lang::En);
        let (explanation, advice) = failure(&o);
        assert!(
            explanation.starts_with(
                "The municipality's number 910 000 012 is a sub-unit, not a main entity."
            ),
            "{explanation}"
        );
        assert!(advice.starts_with("Use the municipality's main organisation number, 910 000 004"));
        let mut gone = unit("910000128", "KOMM", None);
        gone.deleted = Some("2020-01-01".into());
        let deleted = lookup(Found::Entity(gone), vec![]);
        assert!(failure(&judge(&deleted, None, TEST, Lang::En))
            .0
            .contains("deleted from Enhetsregisteret (1 January 2020)"));
        let missing = lookup(Found::NotFound, vec![]);
        let o = judge(&missing, None, TEST, Lang::Nn);
        assert_eq!(
            failure(&o),
            (
                "910 000 160 finst ikkje i Einingsregisteret.",
                "Sjekk at nummeret til kommunen er rett skrive. Testmiljøet slår opp i testdata \
                 frå Einingsregisteret, og der har syntetiske verksemder nummer som byrjar på 2 \
                 eller 3."
            )
        );
        let Outcome::NotRun { explanation } = unavailable(&RegisterError::Status(503), Lang::En)
        else {
            panic!()
        };
        assert!(explanation.starts_with("Not run: Enhetsregisteret answered with HTTP 503"));
        assert_eq!(
            title(true, Lang::Nn),
            "Kommunen og leverandøren i Einingsregisteret"
        );
    }
}
