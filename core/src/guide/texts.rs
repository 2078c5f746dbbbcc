//! What the guide's core writes itself, once per language: the summary a person takes away, the
//! test setup in words, the scope and error-code messages, the page a vendor sends the municipality
//! and the organisation-number errors. One struct of texts and a static per language, as in
//! [`crate::texts`], so a text missing in one language is a compile error. Bokmål ([`NB`]) is the
//! source; [`super::texts_nn`] and [`super::texts_en`] translate it.
//!
//! The flows' own words (questions, options, checks, outcomes) are content, translated elsewhere;
//! query keys, answer values and codes stay the same in every language.
//!
//! A text with `{…}` in it is a template for [`crate::texts::fill`]; a test checks that every
//! language's template has the same placeholders as the bokmål one.

use crate::lang::Lang;

/// Every text of the guide's core in one language.
#[derive(Debug)]
pub struct CoreTexts {
    pub lang: Lang,
    pub summary: SummaryTexts,
    pub setup: SetupTexts,
    pub scope: ScopeTexts,
    pub handover: HandoverTexts,
    pub codes: CodeTexts,
    pub roles: RoleTexts,
    pub org_number: OrgNumberTexts,
}

/// The summary of a walk ([`super::summary`]): answers in words, the outcome, the e-mail to KS.
#[derive(Debug)]
pub struct SummaryTexts {
    /// The answer to a skipped optional input.
    pub skipped: &'static str,
    /// A check's answers: in order; not; put right since; left as it is.
    pub check_yes: &'static str,
    pub check_no: &'static str,
    pub check_fixed: &'static str,
    pub check_left: &'static str,
    /// A token check with nothing wrong.
    pub token_ok: &'static str,
    /// A token check's findings, `{findings}` joined by «; ».
    pub token_findings: &'static str,
    /// How many checks are not in order: one, and `{n}`.
    pub not_in_order: [&'static str; 2],
    /// A connection-test outcome before the test ran, all checks in order.
    pub in_order_untested: &'static str,
    /// The same with `{not_in_order}` checks not in order.
    pub not_in_order_untested: &'static str,
    /// Any other outcome with checks not in order: «{title} ({not_in_order})».
    pub outcome_not_in_order: &'static str,
    /// A walk that has not reached an outcome, and the step it came to: «… «{heading}»».
    pub unfinished_at: &'static str,
    /// The same in the e-mail's subject.
    pub unfinished: &'static str,
    /// After the subject, the municipality's `{number}`.
    pub subject_municipality: &'static str,
    /// The summary's lines: the `{outcome}` in words, the flow's `{title}`, the outcome's `{title}`.
    pub result: &'static str,
    pub flow: &'static str,
    pub outcome: &'static str,
    /// Over the answers, and over the checks that were not in order.
    pub answers: &'static str,
    pub failures: &'static str,
    /// A check that was not in order: put right on the way, or not.
    pub fixed: &'static str,
    pub left: &'static str,
    /// The last line: the `{link}` back to the guide.
    pub link: &'static str,
    /// The body of the e-mail to KS around the `{summary}`.
    pub mail: &'static str,
}

/// The live connection test's setup screen ([`super::setup`]).
#[derive(Debug)]
pub struct SetupTexts {
    /// Before the organisation number's `{error}`.
    pub municipality_error: &'static str,
    pub vendor_error: &'static str,
    pub same_number: &'static str,
    pub no_environment: &'static str,
    pub no_package: &'static str,
    /// The setup in words: `{municipality}`, `{vendor}`, `{environment}`, `{package}`.
    pub describe: &'static str,
    /// The vendor's `{number}`, or none.
    pub vendor: &'static str,
    pub no_vendor: &'static str,
    pub package_unknown: &'static str,
}

/// What a scope that is not right gets ([`super::scope`]): `{scope}` is the right one.
#[derive(Debug)]
pub struct ScopeTexts {
    pub empty: &'static str,
    /// `{typed}`.
    pub case_or_spaces: &'static str,
    /// `{closest}`.
    pub near_miss: &'static str,
    /// `{typed}`.
    pub wrong: &'static str,
    /// `{item}`.
    pub not_a_scope: &'static str,
    /// `{chars}` typed, `{max}` taken.
    pub too_long: &'static str,
}

/// The page a vendor sends the municipality ([`super::handover`]).
#[derive(Debug)]
pub struct HandoverTexts {
    pub title: &'static str,
    /// Who in the municipality can delegate.
    pub who: &'static str,
    /// That the main organisation numbers are the ones to use.
    pub main_entity: &'static str,
    /// Where to log in: production, test, or both when the person did not say.
    pub where_production: &'static str,
    pub where_test: &'static str,
    pub where_both: &'static str,
    /// The steps: log in at `{where}` as `{municipality}`; the menu; the `{vendor}`; the `{service}`.
    pub steps: [&'static str; 4],
    /// The text to copy: the parties' `{number}`, the `{service}`, `{who}` and the page's `{link}`.
    pub municipality_line: &'static str,
    pub vendor_line: &'static str,
    pub service_line: &'static str,
    pub who_line: &'static str,
    pub page_line: &'static str,
}

/// The error-code input and the inputs [`super::engine::input_value`] does not take.
#[derive(Debug)]
pub struct CodeTexts {
    pub empty: &'static str,
    /// A `{code}` the catalogue explains but no check covers.
    pub no_check: &'static str,
    /// A code the catalogue does not know; `{typed}` is [`CodeTexts::unknown_typed`] or nothing.
    pub unknown: &'static str,
    /// What was typed, `{typed}`, in the sentence above.
    pub unknown_typed: &'static str,
    pub token_not_kept: &'static str,
    pub setup_has_fields: &'static str,
}

/// Who an organisation number is among the parties ([`super::Parties::role_in`]).
#[derive(Debug)]
pub struct RoleTexts {
    pub municipality: &'static str,
    pub vendor: &'static str,
}

/// Why a text is not an organisation number ([`crate::orgnr::OrgNumberError::message`]).
#[derive(Debug)]
pub struct OrgNumberTexts {
    pub empty: &'static str,
    /// The `{character}` at `{position}`.
    pub not_a_digit: &'static str,
    /// Too few or too many: `{digits}`.
    pub wrong_length: &'static str,
    pub person_number: &'static str,
    /// The `{first}` digit.
    pub not_in_use: &'static str,
    pub no_check_digit: &'static str,
    /// The `{typed}` and the `{expected}` check digit.
    pub wrong_check_digit: &'static str,
}

/// The guide core's texts in `lang`.
pub fn core_texts(lang: Lang) -> &'static CoreTexts {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &super::texts_nn::NN,
        Lang::En => &super::texts_en::EN,
    }
}

pub static NB: CoreTexts = CoreTexts {
    lang: Lang::Nb,
    summary: SummaryTexts {
        skipped: "Hoppet over",
        check_yes: "Ja",
        check_no: "Nei",
        check_fixed: "Nei – rettet underveis",
        check_left: "Nei – ikke rettet",
        token_ok: "Sjekket: alt i orden",
        token_findings: "Sjekket: {findings}",
        not_in_order: [
            "1 punkt i sjekklisten er ikke i orden",
            "{n} punkter i sjekklisten er ikke i orden",
        ],
        in_order_untested: "Sjekklisten er i orden, men tilkoblingen er ikke testet ennå",
        not_in_order_untested: "{not_in_order}, og tilkoblingen er ikke testet ennå",
        outcome_not_in_order: "{title} ({not_in_order})",
        unfinished_at: "Ikke ferdig – kom til «{heading}»",
        unfinished: "Ikke ferdig",
        subject_municipality: " – kommune {number}",
        result: "Resultat: {outcome}",
        flow: "Veiviser: {title}",
        outcome: "Svaret i veiviseren: {title}",
        answers: "Svarene mine:",
        failures: "Dette var ikke i orden:",
        fixed: "rettet underveis",
        left: "ikke rettet",
        link: "Svarene i veiviseren: {link}",
        mail:
            "Hei!\n\nJeg har gått gjennom veiviseren og trenger hjelp.\n\n{summary}\nMitt spørsmål:\
               \n\n\n(Ikke send fødselsnummer, tilgangstokener eller andre personopplysninger på \
               e-post.)\n",
    },
    setup: SetupTexts {
        municipality_error: "Kommunens organisasjonsnummer: {error}",
        vendor_error: "Leverandørens organisasjonsnummer: {error}",
        same_number:
            "Leverandøren har samme organisasjonsnummer som kommunen. Kobler kommunen seg \
                      til med egen klient, lar du leverandørfeltet stå tomt.",
        no_environment: "Velg miljøet dere vil teste.",
        no_package: "Velg rettighetspakken, eller «Vet ikke» hvis dere ikke vet den ennå.",
        describe: "Kommune {municipality}, {vendor}, {environment}, {package}",
        vendor: "leverandør {number}",
        no_vendor: "ingen leverandør (kommunens egen klient)",
        package_unknown: "rettighetspakke ikke kjent ennå",
    },
    scope: ScopeTexts {
        empty: "Skriv inn scopet klienten ber om, for eksempel `{scope}`.",
        case_or_spaces: "Nesten riktig, men scopet skrives med små bokstaver og uten mellomrom: \
                         `{scope}` – du skrev `{typed}`.",
        near_miss: "Nesten riktig, men ikke helt: `{scope}` – du skrev `{closest}`.",
        wrong: "`{typed}` er ikke scopet for Summert skattegrunnlag. Det riktige scopet er \
                `{scope}`.",
        not_a_scope: "`{item}` er ikke et scope. Et scope skrives `prefiks:navn`, for eksempel \
                      `{scope}`; skriv bare scopene, med mellomrom mellom dem.",
        too_long: "Teksten er for lang til å være en liste med scope ({chars} tegn; høyst {max}). \
                   Skriv bare scopene klienten ber om, for eksempel `{scope}`.",
    },
    handover: HandoverTexts {
        title: "Slik gir kommunen leverandøren tilgang i Altinn",
        who: "Den som gjør det, må ha rollen «Programmeringsgrensesnitt (API)» for kommunen – den \
              har blant annet daglig leder (rådmann eller kommunedirektør) – eller rollen \
              «Tilgangsstyring» eller «Hovedadministrator». Har du ingen av dem, kan den som har \
              «Hovedadministrator» gi deg rollen.",
        main_entity: "Bruk hovedorganisasjonsnumrene som står her, både for kommunen og for \
                      leverandøren: en delegering til en underenhet arves ikke.",
        where_production: "Altinn (https://www.altinn.no)",
        where_test: "Altinns testmiljø TT02 (https://tt02.altinn.no) – delegeringer i produksjon \
                     gjelder ikke der",
        where_both: "Altinn (https://www.altinn.no), og for testmiljøet også TT02 \
                     (https://tt02.altinn.no): delegeringer gjelder bare i miljøet de er gjort i",
        steps: [
            "Logg inn i {where} og velg å representere kommunen, {municipality}.",
            "Gå til Profil, og velg «Tilgang til programmeringsgrensesnitt – API».",
            "Velg å gi tilgang til en ny virksomhet, og skriv inn leverandørens \
             organisasjonsnummer: {vendor}.",
            "Velg API-et «{service}», og bekreft.",
        ],
        municipality_line: "Kommunen: {number}",
        vendor_line: "Leverandøren: {number}",
        service_line: "Tjenesten: {service}",
        who_line: "Hvem kan gjøre det: {who}",
        page_line: "Denne siden: {link}",
    },
    codes: CodeTexts {
        empty: "Skriv inn feilkoden, for eksempel MP-251, SSG-005 eller invalid_grant.",
        no_check: "Veiviseren har ingen egen sjekk for `{code}`. Les hva koden betyr og hva dere \
                   gjør, i oversikten over feilkoder, eller gå gjennom sjekkene.",
        unknown: "Vi kjenner ikke feilkoden{typed}. Sjekk at den er skrevet slik den står i \
                  feilmeldingen (for eksempel MP-251 eller SSG-005), se oversikten over feilkoder, \
                  eller gå gjennom sjekkene.",
        unknown_typed: " «{typed}»",
        token_not_kept: "et token lagres aldri; bruk token::check",
        setup_has_fields: "et oppsett har flere felt; bruk TestSetup::from_fields",
    },
    roles: RoleTexts {
        municipality: "kommunen",
        vendor: "leverandøren",
    },
    org_number: OrgNumberTexts {
        empty: "Skriv inn organisasjonsnummeret (9 siffer).",
        not_a_digit: "Organisasjonsnummeret kan bare ha siffer og mellomrom – tegn nummer \
                      {position} er «{character}».",
        wrong_length: "Organisasjonsnummeret har 9 siffer – du har skrevet {digits}.",
        person_number: "Dette ser ut som et fødselsnummer eller d-nummer (11 siffer), ikke et \
                        organisasjonsnummer (9 siffer). Her skal kommunens eller leverandørens \
                        organisasjonsnummer stå – personnumre skal aldri skrives inn her, og det \
                        du skrev, er ikke lagret.",
        not_in_use: "Dette er ikke et organisasjonsnummer: de begynner med 8 eller 9 (syntetiske \
                     testvirksomheter i testmiljøet med 2 eller 3), og dette begynner med {first}.",
        no_check_digit: "Dette er ikke et gyldig organisasjonsnummer: ingen organisasjonsnummer \
                         begynner med disse åtte sifrene. Sjekk at du ikke har skrevet feil eller \
                         byttet om to siffer.",
        wrong_check_digit: "Dette er ikke et gyldig organisasjonsnummer: kontrollsifferet (det \
                            siste sifferet) er {typed}, men skulle vært {expected} med de åtte \
                            første sifrene du har skrevet. Sjekk at du ikke har skrevet feil eller \
                            byttet om to siffer.",
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::translation_checks::{has_every_text, written_not_copied};

    type Named = Vec<(String, &'static str)>;

    fn push(out: &mut Named, part: &str, texts: &[(&str, &'static str)]) {
        for (name, text) in texts {
            out.push((format!("{part}.{name}"), text));
        }
    }

    fn push_all(out: &mut Named, name: &str, texts: &[&'static str]) {
        for (i, text) in texts.iter().enumerate() {
            out.push((format!("{name}.{i}"), text));
        }
    }

    /// Every text of the summary, by name. The pattern names every field, so a new one must be
    /// listed here to compile.
    fn summary_strings(out: &mut Named, t: &'static SummaryTexts) {
        let SummaryTexts {
            skipped,
            check_yes,
            check_no,
            check_fixed,
            check_left,
            token_ok,
            token_findings,
            not_in_order,
            in_order_untested,
            not_in_order_untested,
            outcome_not_in_order,
            unfinished_at,
            unfinished,
            subject_municipality,
            result,
            flow,
            outcome,
            answers,
            failures,
            fixed,
            left,
            link,
            mail,
        } = t;
        #[rustfmt::skip]
        push(out, "summary", &[
            ("skipped", skipped), ("check_yes", check_yes), ("check_no", check_no),
            ("check_fixed", check_fixed), ("check_left", check_left), ("token_ok", token_ok),
            ("token_findings", token_findings), ("in_order_untested", in_order_untested),
            ("not_in_order_untested", not_in_order_untested),
            ("outcome_not_in_order", outcome_not_in_order), ("unfinished_at", unfinished_at),
            ("unfinished", unfinished), ("subject_municipality", subject_municipality),
            ("result", result), ("flow", flow), ("outcome", outcome), ("answers", answers),
            ("failures", failures), ("fixed", fixed), ("left", left), ("link", link),
            ("mail", mail),
        ]);
        push_all(out, "summary.not_in_order", not_in_order);
    }

    fn setup_and_scope_strings(
        out: &mut Named,
        setup: &'static SetupTexts,
        scope: &'static ScopeTexts,
    ) {
        let SetupTexts {
            municipality_error,
            vendor_error,
            same_number,
            no_environment,
            no_package,
            describe,
            vendor,
            no_vendor,
            package_unknown,
        } = setup;
        #[rustfmt::skip]
        push(out, "setup", &[
            ("municipality_error", municipality_error), ("vendor_error", vendor_error),
            ("same_number", same_number), ("no_environment", no_environment),
            ("no_package", no_package), ("describe", describe), ("vendor", vendor),
            ("no_vendor", no_vendor), ("package_unknown", package_unknown),
        ]);
        let ScopeTexts {
            empty,
            case_or_spaces,
            near_miss,
            wrong,
            not_a_scope,
            too_long,
        } = scope;
        #[rustfmt::skip]
        push(out, "scope", &[
            ("empty", empty), ("case_or_spaces", case_or_spaces), ("near_miss", near_miss),
            ("wrong", wrong), ("not_a_scope", not_a_scope), ("too_long", too_long),
        ]);
    }

    fn handover_strings(out: &mut Named, t: &'static HandoverTexts) {
        let HandoverTexts {
            title,
            who,
            main_entity,
            where_production,
            where_test,
            where_both,
            steps,
            municipality_line,
            vendor_line,
            service_line,
            who_line,
            page_line,
        } = t;
        #[rustfmt::skip]
        push(out, "handover", &[
            ("title", title), ("who", who), ("main_entity", main_entity),
            ("where_production", where_production), ("where_test", where_test),
            ("where_both", where_both), ("municipality_line", municipality_line),
            ("vendor_line", vendor_line), ("service_line", service_line), ("who_line", who_line),
            ("page_line", page_line),
        ]);
        push_all(out, "handover.steps", steps);
    }

    fn code_role_and_number_strings(
        out: &mut Named,
        codes: &'static CodeTexts,
        roles: &'static RoleTexts,
        org_number: &'static OrgNumberTexts,
    ) {
        let CodeTexts {
            empty,
            no_check,
            unknown,
            unknown_typed,
            token_not_kept,
            setup_has_fields,
        } = codes;
        #[rustfmt::skip]
        push(out, "codes", &[
            ("empty", empty), ("no_check", no_check), ("unknown", unknown),
            ("unknown_typed", unknown_typed), ("token_not_kept", token_not_kept),
            ("setup_has_fields", setup_has_fields),
        ]);
        let RoleTexts {
            municipality,
            vendor,
        } = roles;
        push(
            out,
            "roles",
            &[("municipality", municipality), ("vendor", vendor)],
        );
        let OrgNumberTexts {
            empty,
            not_a_digit,
            wrong_length,
            person_number,
            not_in_use,
            no_check_digit,
            wrong_check_digit,
        } = org_number;
        #[rustfmt::skip]
        push(out, "org_number", &[
            ("empty", empty), ("not_a_digit", not_a_digit), ("wrong_length", wrong_length),
            ("person_number", person_number), ("not_in_use", not_in_use),
            ("no_check_digit", no_check_digit), ("wrong_check_digit", wrong_check_digit),
        ]);
    }

    fn strings(t: &'static CoreTexts) -> Named {
        let CoreTexts {
            lang: _,
            summary,
            setup,
            scope,
            handover,
            codes,
            roles,
            org_number,
        } = t;
        let mut out = Named::new();
        summary_strings(&mut out, summary);
        setup_and_scope_strings(&mut out, setup, scope);
        handover_strings(&mut out, handover);
        code_role_and_number_strings(&mut out, codes, roles, org_number);
        out
    }

    /// Texts that are the same in nynorsk as in bokmål.
    const SAME_IN_NYNORSK: &[&str] = &[
        "summary.check_yes",
        "summary.check_no",
        "summary.outcome_not_in_order",
        "summary.subject_municipality",
        "summary.result",
        "setup.describe",
        "setup.vendor",
        "handover.title",
        "handover.where_production",
        "handover.municipality_line",
        "handover.vendor_line",
        "codes.unknown_typed",
        "roles.municipality",
        "roles.vendor",
        "org_number.empty",
    ];

    /// Texts that are the same in English as in bokmål: a name, or only placeholders.
    const SAME_IN_ENGLISH: &[&str] = &["summary.outcome_not_in_order", "handover.where_production"];

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders_as_bokmal() {
        let nb = strings(&NB);
        for lang in Lang::TRANSLATIONS {
            assert_eq!(core_texts(lang).lang, lang);
            has_every_text(&nb, lang, &strings(core_texts(lang)));
        }
        assert_eq!(core_texts(Lang::Nb).lang, Lang::Nb);
    }

    #[test]
    fn translations_are_written_not_copied() {
        let nb = strings(&NB);
        for lang in Lang::TRANSLATIONS {
            let same = match lang {
                Lang::Nn => SAME_IN_NYNORSK,
                _ => SAME_IN_ENGLISH,
            };
            written_not_copied(&nb, lang, &strings(core_texts(lang)), |name| {
                same.contains(&name)
            });
        }
    }
}
