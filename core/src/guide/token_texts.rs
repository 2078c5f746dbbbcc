//! What the token check says, once per language: one struct of texts and a static per language
//! (bokmål here, nynorsk in `token_texts_nn.rs`, English in `token_texts_en.rs`), so a text missing
//! in one language is a compile error. Bokmål is the source.
//!
//! A text with `{name}` in it is a template that [`crate::texts::fill`] fills in; a test checks that
//! every language's template has the same placeholders as the bokmål one. `{ til }` in
//! [`ErrorTexts::broken_answer`] is no placeholder but the braces of a JSON answer.

use crate::lang::Lang;

/// Everything the token check says to the person, in one language.
#[derive(Debug)]
pub struct TokenTexts {
    pub lang: Lang,
    /// The environments as they stand in a sentence: «testmiljøet», «produksjonsmiljøet».
    pub test_environment: &'static str,
    pub production_environment: &'static str,
    /// The token's parts, as they stand in the errors about them: «første del (header)».
    pub header_part: &'static str,
    pub claims_part: &'static str,
    pub errors: ErrorTexts,
    pub labels: Labels,
    pub findings: FindingTexts,
    pub time: TimeTexts,
    pub rows: RowTexts,
    pub summaries: Summaries,
}

/// Why a pasted text is not a token to check.
#[derive(Debug)]
pub struct ErrorTexts {
    pub empty: &'static str,
    /// `{parts}`: how many parts the text has.
    pub not_a_jwt: &'static str,
    /// `{part}`: [`TokenTexts::header_part`] or [`TokenTexts::claims_part`].
    pub not_base64: &'static str,
    pub not_json: &'static str,
    pub grant: &'static str,
    pub no_claims: &'static str,
    /// `{chars}`: how long the text is.
    pub too_long: &'static str,
    pub broken_answer: &'static str,
    pub no_access_token: &'static str,
    /// Maskinporten's error answer: `{error}`, then its description in brackets if any, then
    /// [`ErrorTexts::maskinporten_code`] or [`ErrorTexts::maskinporten_no_code`].
    pub maskinporten_error: &'static str,
    /// `{code}`: the MP code of the answer's `error_uri`.
    pub maskinporten_code: &'static str,
    pub maskinporten_no_code: &'static str,
}

/// What each finding checked, as its heading: «Scope», «Consumer (kommunen)».
#[derive(Debug)]
pub struct Labels {
    pub scope: &'static str,
    pub consumer: &'static str,
    pub supplier: &'static str,
    pub delegation: &'static str,
    pub environment: &'static str,
    pub expiry: &'static str,
}

/// The findings' messages. `{scope}` is the scope needed; organisation numbers are grouped.
#[derive(Debug)]
pub struct FindingTexts {
    pub scope_missing: &'static str,
    pub scope_ok: &'static str,
    /// `{closest}`: the scope the token has, nearly the one needed.
    pub scope_near_miss: &'static str,
    /// `{found}`: the token's whole `scope` claim.
    pub scope_wrong: &'static str,
    pub consumer_missing: &'static str,
    /// `{municipality}`: the municipality the person gave.
    pub consumer_ok: &'static str,
    /// `{consumer}`: the token's consumer.
    pub consumer_wrong: &'static str,
    /// No municipality given: who the token is for, for information.
    pub consumer_other: &'static str,
    /// A supplier in the token of a direct connection: `{supplier}`.
    pub supplier_not_asked: &'static str,
    pub supplier_missing: &'static str,
    /// `{vendor}`: the vendor the person gave.
    pub supplier_ok: &'static str,
    pub supplier_wrong: &'static str,
    /// No vendor given: who fetched the token, for information.
    pub supplier_other: &'static str,
    pub delegation_missing: &'static str,
    /// `{source}`: the token's `delegation_source`; `{environment}`: the environment, as in
    /// [`TokenTexts::test_environment`].
    pub delegation_wrong_environment: &'static str,
    pub delegation_ok: &'static str,
    /// `{issuer}`: the token's `iss`; `{own}`: the issuer the test service is set up with.
    pub issuer_not_configured: &'static str,
    pub issuer_not_maskinporten: &'static str,
    /// `{found}`: the token's environment; `{wanted}`: the one the person connects to.
    pub environment_wrong: &'static str,
    pub environment_ok: &'static str,
    pub expiry_missing: &'static str,
    pub expiry_not_a_time: &'static str,
    /// `{ago}`: when, as [`TimeTexts::ago`] says it.
    pub expired: &'static str,
    /// `{duration}`: how long, as «2 minutter».
    pub valid_for: &'static str,
}

/// Lengths of time and times relative to now.
#[derive(Debug)]
pub struct TimeTexts {
    /// Each unit, one and more than one: «sekund», «sekunder».
    pub seconds: [&'static str; 2],
    pub minutes: [&'static str; 2],
    pub hours: [&'static str; 2],
    pub days: [&'static str; 2],
    pub now: &'static str,
    /// `{duration}` ahead: «om 57 sekunder».
    pub ahead: &'static str,
    /// `{duration}` ago: «for 3 timer siden».
    pub ago: &'static str,
}

/// The table of the token's fields: what the values are to the person, and what the fields mean.
#[derive(Debug)]
pub struct RowTexts {
    pub municipality_given: &'static str,
    pub vendor_given: &'static str,
    pub not_given: &'static str,
    pub not_a_time: &'static str,
    pub meanings: Meanings,
}

/// What each field Maskinporten sets means, in words.
#[derive(Debug)]
pub struct Meanings {
    pub alg: &'static str,
    pub kid: &'static str,
    pub typ: &'static str,
    pub scope: &'static str,
    pub consumer: &'static str,
    pub supplier: &'static str,
    pub delegation_source: &'static str,
    pub iss: &'static str,
    pub client_id: &'static str,
    pub client_amr: &'static str,
    pub token_type: &'static str,
    pub iat: &'static str,
    pub nbf: &'static str,
    pub exp: &'static str,
    pub jti: &'static str,
}

/// What each code of a verdict (`avvik.scope.utlopt`) means in the answers' summary.
#[derive(Debug)]
pub struct Summaries {
    pub scope: &'static str,
    pub consumer: &'static str,
    pub supplier: &'static str,
    pub delegation: &'static str,
    pub environment: &'static str,
    pub expired: &'static str,
}

/// The token check's texts in `lang`.
pub fn texts(lang: Lang) -> &'static TokenTexts {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &super::token_texts_nn::NN,
        Lang::En => &super::token_texts_en::EN,
    }
}

impl Meanings {
    /// What the field `name` means, for the fields Maskinporten sets.
    pub fn of(&self, name: &str) -> Option<&'static str> {
        Some(match name {
            "alg" => self.alg,
            "kid" => self.kid,
            "typ" => self.typ,
            "scope" => self.scope,
            "consumer" => self.consumer,
            "supplier" => self.supplier,
            "delegation_source" => self.delegation_source,
            "iss" => self.iss,
            "client_id" => self.client_id,
            "client_amr" => self.client_amr,
            "token_type" => self.token_type,
            "iat" => self.iat,
            "nbf" => self.nbf,
            "exp" => self.exp,
            "jti" => self.jti,
            _ => return None,
        })
    }
}

impl Summaries {
    /// What the verdict's code `code` means; `None` for a code that is none of the checks'.
    pub fn of(&self, code: &str) -> Option<&'static str> {
        Some(match code {
            "scope" => self.scope,
            "consumer" => self.consumer,
            "supplier" => self.supplier,
            "delegering" => self.delegation,
            "miljo" => self.environment,
            "utlopt" => self.expired,
            _ => return None,
        })
    }
}

pub static NB: TokenTexts = TokenTexts {
    lang: Lang::Nb,
    test_environment: "testmiljøet",
    production_environment: "produksjonsmiljøet",
    header_part: "første del (header)",
    claims_part: "midtre del (innholdet)",
    errors: ErrorTexts {
        empty: "Lim inn tilgangstokenet (det begynner vanligvis med «eyJ»).",
        not_a_jwt: "Dette ser ikke ut som et tilgangstoken: et JWT har tre deler skilt med punktum, \
            dette har {parts}. Lim inn hele verdien av «access_token» fra svaret fra Maskinporten.",
        not_base64: "Tokenets {part} kan ikke leses (den er ikke base64url-kodet). Har noe falt bort \
            eller kommet med da du kopierte? Lim inn hele verdien av «access_token».",
        not_json: "Tokenets {part} er ikke gyldig JSON. Lim inn hele verdien av «access_token» fra \
            Maskinporten.",
        grant: "Dette er et JWT-grant – forespørselen klienten sender til Maskinporten – ikke \
            tilgangstokenet Maskinporten svarer med. Lim inn verdien av «access_token» fra svaret i \
            stedet.",
        no_claims: "Tokenet har ingen av feltene et tilgangstoken fra Maskinporten har (scope, \
            consumer, iss).",
        too_long: "Teksten er for lang til å være et tilgangstoken ({chars} tegn; et token fra \
            Maskinporten har et par tusen). Lim inn bare verdien av «access_token».",
        broken_answer: "Teksten begynner som svaret fra Maskinporten, men er ikke gyldig JSON. \
            Kopier hele svaret, fra { til }, eller bare verdien av «access_token».",
        no_access_token: "Teksten er JSON, men har ikke feltet «access_token». Lim inn hele svaret \
            fra Maskinporten, eller bare verdien av «access_token».",
        maskinporten_error: "Dette er en feilmelding fra Maskinporten, ikke et token: «{error}»",
        maskinporten_code: ". Feilkoden er {code}.",
        maskinporten_no_code: ". Veiviseren over og tilkoblingstesten på slutten forklarer de \
            vanlige feilkodene.",
    },
    labels: Labels {
        scope: "Scope",
        consumer: "Consumer (kommunen)",
        supplier: "Supplier (leverandøren)",
        delegation: "Delegering i Altinn",
        environment: "Miljø",
        expiry: "Utløpstid",
    },
    findings: FindingTexts {
        scope_missing: "Tokenet har ikke noe scope. Klienten må be om `{scope}`.",
        scope_ok: "Tokenet gir tilgang til `{scope}`.",
        scope_near_miss: "Tokenet har scopet `{closest}`, men det skal være `{scope}`. Rett scopet \
            i klientens forespørsel.",
        scope_wrong: "Tokenet har ikke scopet `{scope}` (det har `{found}`). Klienten må be om \
            `{scope}`, og scopet må være lagt til klienten i Maskinporten.",
        consumer_missing: "Tokenet sier ikke hvem det er utstedt for (feltet «consumer» mangler).",
        consumer_ok: "Tokenet er utstedt for kommunen ({municipality}).",
        consumer_wrong: "Tokenet er utstedt for {consumer}, men kommunen har organisasjonsnummer \
            {municipality}. Klienten må sende kommunens hovedorganisasjonsnummer som «consumer_org».",
        consumer_other: "Tokenet er utstedt for {consumer}.",
        supplier_not_asked: "Tokenet er hentet av {supplier} på vegne av kommunen, men du svarte at \
            kommunen kobler seg til direkte.",
        supplier_missing: "Tokenet er ikke hentet på vegne av kommunen (feltet «supplier» mangler). \
            Leverandøren må sende kommunens organisasjonsnummer som «consumer_org» i forespørselen.",
        supplier_ok: "Tokenet er hentet av leverandøren ({vendor}).",
        supplier_wrong: "Tokenet er hentet av {supplier}, men leverandøren har organisasjonsnummer \
            {vendor}. Klienten må bruke leverandørens eget virksomhetssertifikat, og kommunen må ha \
            delegert til leverandørens hovedorganisasjonsnummer.",
        supplier_other: "Tokenet er hentet av {supplier} på vegne av kommunen.",
        delegation_missing: "Tokenet viser ingen delegering fra Altinn (feltet «delegation_source» \
            mangler).",
        delegation_wrong_environment: "Delegeringen kommer fra {source}, ikke fra Altinn i \
            {environment}. Delegeringer i produksjon finnes ikke i testmiljøet TT02, og omvendt: \
            deleger i riktig miljø.",
        delegation_ok: "Tokenet bygger på en delegering i Altinn ({source}).",
        issuer_not_configured: "Tokenet er utstedt av «{issuer}», ikke av Maskinporten slik \
            oppsettet sier («{own}»).",
        issuer_not_maskinporten: "Tokenet er ikke utstedt av Maskinporten (utsteder: «{issuer}»).",
        environment_wrong: "Tokenet er fra {found}, men du skal koble til {wanted}. Bruk klienten \
            og sertifikatet for {wanted}.",
        environment_ok: "Tokenet er fra Maskinporten i {found}.",
        expiry_missing: "Tokenet har ingen utløpstid («exp»).",
        expiry_not_a_time: "Tokenets utløpstid («exp») er ikke et tidspunkt: den skal være et \
            antall sekunder siden 1970.",
        expired: "Tokenet er utløpt {ago}. Hent et nytt token – de varer vanligvis i noen minutter.",
        valid_for: "Tokenet er gyldig i {duration} til.",
    },
    time: TimeTexts {
        seconds: ["sekund", "sekunder"],
        minutes: ["minutt", "minutter"],
        hours: ["time", "timer"],
        days: ["døgn", "døgn"],
        now: "nå",
        ahead: "om {duration}",
        ago: "for {duration} siden",
    },
    rows: RowTexts {
        municipality_given: "Kommunen du oppga",
        vendor_given: "Leverandøren du oppga",
        not_given: "Ikke et av organisasjonsnumrene du oppga",
        not_a_time: "Ikke et tidspunkt",
        meanings: Meanings {
            alg: "Hvordan tokenet er signert",
            kid: "Nøkkelen Maskinporten signerte med",
            typ: "Type",
            scope: "Hva tokenet gir tilgang til",
            consumer: "Hvem tokenet er utstedt for",
            supplier: "Hvem som hentet tokenet på vegne av",
            delegation_source: "Hvor delegeringen er gjort",
            iss: "Hvem som utstedte tokenet",
            client_id: "Klienten i Maskinporten",
            client_amr: "Hvordan klienten logget inn",
            token_type: "Type token",
            iat: "Utstedt",
            nbf: "Gyldig fra",
            exp: "Utløper",
            jti: "Tokenets id",
        },
    },
    summaries: Summaries {
        scope: "scopet mangler eller er feil",
        consumer: "consumer er ikke kommunen",
        supplier: "supplier er ikke leverandøren",
        delegation: "delegeringen fra Altinn mangler eller er fra feil miljø",
        environment: "tokenet er fra feil miljø",
        expired: "tokenet er utløpt",
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::placeholders;
    use crate::texts::translation_checks::{has_every_text, written_not_copied};

    /// Every text of `t`, named. The structs are taken apart field by field, without `..`, so a
    /// text added to them and not here is a compile error.
    fn strings(t: &'static TokenTexts) -> Vec<(String, &'static str)> {
        let TokenTexts {
            lang: _,
            test_environment,
            production_environment,
            header_part,
            claims_part,
            errors,
            labels,
            findings,
            time,
            rows,
            summaries,
        } = t;
        let mut out = named(&[
            ("test_environment", test_environment),
            ("production_environment", production_environment),
            ("header_part", header_part),
            ("claims_part", claims_part),
        ]);
        out.extend(error_strings(errors));
        out.extend(label_strings(labels));
        out.extend(finding_strings(findings));
        out.extend(time_strings(time));
        out.extend(row_strings(rows));
        out.extend(summary_strings(summaries));
        out
    }

    fn named(texts: &[(&str, &&'static str)]) -> Vec<(String, &'static str)> {
        texts.iter().map(|(n, t)| (n.to_string(), **t)).collect()
    }

    fn error_strings(e: &'static ErrorTexts) -> Vec<(String, &'static str)> {
        let ErrorTexts {
            empty,
            not_a_jwt,
            not_base64,
            not_json,
            grant,
            no_claims,
            too_long,
            broken_answer,
            no_access_token,
            maskinporten_error,
            maskinporten_code,
            maskinporten_no_code,
        } = e;
        named(&[
            ("errors.empty", empty),
            ("errors.not_a_jwt", not_a_jwt),
            ("errors.not_base64", not_base64),
            ("errors.not_json", not_json),
            ("errors.grant", grant),
            ("errors.no_claims", no_claims),
            ("errors.too_long", too_long),
            ("errors.broken_answer", broken_answer),
            ("errors.no_access_token", no_access_token),
            ("errors.maskinporten_error", maskinporten_error),
            ("errors.maskinporten_code", maskinporten_code),
            ("errors.maskinporten_no_code", maskinporten_no_code),
        ])
    }

    fn label_strings(l: &'static Labels) -> Vec<(String, &'static str)> {
        let Labels {
            scope,
            consumer,
            supplier,
            delegation,
            environment,
            expiry,
        } = l;
        named(&[
            ("labels.scope", scope),
            ("labels.consumer", consumer),
            ("labels.supplier", supplier),
            ("labels.delegation", delegation),
            ("labels.environment", environment),
            ("labels.expiry", expiry),
        ])
    }

    fn finding_strings(f: &'static FindingTexts) -> Vec<(String, &'static str)> {
        let FindingTexts {
            scope_missing,
            scope_ok,
            scope_near_miss,
            scope_wrong,
            consumer_missing,
            consumer_ok,
            consumer_wrong,
            consumer_other,
            supplier_not_asked,
            supplier_missing,
            supplier_ok,
            supplier_wrong,
            supplier_other,
            delegation_missing,
            delegation_wrong_environment,
            delegation_ok,
            issuer_not_configured,
            issuer_not_maskinporten,
            environment_wrong,
            environment_ok,
            expiry_missing,
            expiry_not_a_time,
            expired,
            valid_for,
        } = f;
        named(&[
            ("findings.scope_missing", scope_missing),
            ("findings.scope_ok", scope_ok),
            ("findings.scope_near_miss", scope_near_miss),
            ("findings.scope_wrong", scope_wrong),
            ("findings.consumer_missing", consumer_missing),
            ("findings.consumer_ok", consumer_ok),
            ("findings.consumer_wrong", consumer_wrong),
            ("findings.consumer_other", consumer_other),
            ("findings.supplier_not_asked", supplier_not_asked),
            ("findings.supplier_missing", supplier_missing),
            ("findings.supplier_ok", supplier_ok),
            ("findings.supplier_wrong", supplier_wrong),
            ("findings.supplier_other", supplier_other),
            ("findings.delegation_missing", delegation_missing),
            (
                "findings.delegation_wrong_environment",
                delegation_wrong_environment,
            ),
            ("findings.delegation_ok", delegation_ok),
            ("findings.issuer_not_configured", issuer_not_configured),
            ("findings.issuer_not_maskinporten", issuer_not_maskinporten),
            ("findings.environment_wrong", environment_wrong),
            ("findings.environment_ok", environment_ok),
            ("findings.expiry_missing", expiry_missing),
            ("findings.expiry_not_a_time", expiry_not_a_time),
            ("findings.expired", expired),
            ("findings.valid_for", valid_for),
        ])
    }

    fn time_strings(t: &'static TimeTexts) -> Vec<(String, &'static str)> {
        let TimeTexts {
            seconds,
            minutes,
            hours,
            days,
            now,
            ahead,
            ago,
        } = t;
        let mut out = named(&[("time.now", now), ("time.ahead", ahead), ("time.ago", ago)]);
        for (unit, [one, many]) in [
            ("seconds", seconds),
            ("minutes", minutes),
            ("hours", hours),
            ("days", days),
        ] {
            out.push((format!("time.{unit}.0"), *one));
            out.push((format!("time.{unit}.1"), *many));
        }
        out
    }

    fn row_strings(r: &'static RowTexts) -> Vec<(String, &'static str)> {
        let RowTexts {
            municipality_given,
            vendor_given,
            not_given,
            not_a_time,
            meanings,
        } = r;
        let Meanings {
            alg,
            kid,
            typ,
            scope,
            consumer,
            supplier,
            delegation_source,
            iss,
            client_id,
            client_amr,
            token_type,
            iat,
            nbf,
            exp,
            jti,
        } = meanings;
        named(&[
            ("rows.municipality_given", municipality_given),
            ("rows.vendor_given", vendor_given),
            ("rows.not_given", not_given),
            ("rows.not_a_time", not_a_time),
            ("meanings.alg", alg),
            ("meanings.kid", kid),
            ("meanings.typ", typ),
            ("meanings.scope", scope),
            ("meanings.consumer", consumer),
            ("meanings.supplier", supplier),
            ("meanings.delegation_source", delegation_source),
            ("meanings.iss", iss),
            ("meanings.client_id", client_id),
            ("meanings.client_amr", client_amr),
            ("meanings.token_type", token_type),
            ("meanings.iat", iat),
            ("meanings.nbf", nbf),
            ("meanings.exp", exp),
            ("meanings.jti", jti),
        ])
    }

    fn summary_strings(s: &'static Summaries) -> Vec<(String, &'static str)> {
        let Summaries {
            scope,
            consumer,
            supplier,
            delegation,
            environment,
            expired,
        } = s;
        named(&[
            ("summaries.scope", scope),
            ("summaries.consumer", consumer),
            ("summaries.supplier", supplier),
            ("summaries.delegation", delegation),
            ("summaries.environment", environment),
            ("summaries.expired", expired),
        ])
    }

    /// Texts that are the same words in nynorsk as in bokmål.
    const SAME_IN_NYNORSK: &[&str] = &[
        "test_environment",
        "production_environment",
        "errors.maskinporten_code",
        "labels.scope",
        "labels.consumer",
        "labels.supplier",
        "labels.delegation",
        "labels.environment",
        "labels.expiry",
        "findings.scope_ok",
        "time.seconds.0",
        "time.minutes.0",
        "time.hours.0",
        "time.days.0",
        "time.days.1",
        "time.ahead",
        "meanings.typ",
        "meanings.client_id",
        "meanings.token_type",
    ];

    /// Texts that are the same in English: Maskinporten's names.
    const SAME_IN_ENGLISH: &[&str] = &["labels.scope", "meanings.typ"];

    #[test]
    fn each_language_says_its_language() {
        for lang in Lang::ALL {
            assert_eq!(texts(lang).lang, lang);
        }
    }

    #[test]
    fn every_language_has_the_same_placeholders_as_bokmal() {
        let nb = strings(&NB);
        for lang in Lang::TRANSLATIONS {
            has_every_text(&nb, lang, &strings(texts(lang)));
        }
        // What the placeholders are, once: the check fills in exactly these.
        assert_eq!(
            placeholders(NB.findings.consumer_wrong),
            ["consumer", "municipality"]
        );
        assert!(placeholders(NB.errors.broken_answer).is_empty());
    }

    #[test]
    fn translations_are_written_not_copied() {
        let nb = strings(&NB);
        for lang in Lang::TRANSLATIONS {
            let same = match lang {
                Lang::Nn => SAME_IN_NYNORSK,
                _ => SAME_IN_ENGLISH,
            };
            written_not_copied(&nb, lang, &strings(texts(lang)), |name| {
                same.contains(&name)
            });
        }
    }

    #[test]
    fn the_summaries_and_meanings_name_every_code_and_field() {
        for lang in Lang::ALL {
            let t = texts(lang);
            for code in super::super::token::FINDING_CODES {
                assert!(t.summaries.of(code).is_some(), "{code} in {}", lang.code());
            }
            assert_eq!(t.summaries.of("ok"), None);
            assert_eq!(
                t.rows.meanings.of("consumer"),
                Some(t.rows.meanings.consumer)
            );
            assert_eq!(t.rows.meanings.of("ekstra"), None);
        }
    }
}
