//! What the backend says to a person, once per language, as the workspace writes its texts
//! (`skattedeling_core::texts`): one struct of texts and a static per language, so a text missing in
//! one language is a compile error. Bokmål is the source and is here; nynorsk is in `texts_nn.rs`,
//! English in `texts_en.rs`. A text with `{…}` in it is a template that
//! [`skattedeling_core::texts::fill`] fills in; a test checks that every language's template has the
//! same placeholders as the bokmål one. `{drifter}` is whom to ask about the test service
//! (`skattedeling_core::connection::codes::Words::operator`), `{miljo}` the environment as it
//! stands in a sentence.
//!
//! The words of the error codes are not here: they are in the error-code catalogue
//! (`content/feilkoder.toml` and its translations, see `code_texts`). Nor are the token checker's
//! findings (`skattedeling_core::guide::token`), which the delegation step reports as they are.

use skattedeling_core::Lang;

/// A struct of texts, and `all()`: each text with its field's name, for the tests.
macro_rules! texts {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: &'static str,)*
        }

        impl $name {
            /// Every text with its field's name, in the order they are written.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

/// Everything the backend says, in one language.
#[derive(Debug)]
pub struct Texts {
    pub lang: Lang,
    pub run: Run,
    pub upstream: Upstream,
    pub register: Register,
    pub hovedenhet: Hovedenhet,
    pub token: Token,
    pub delegering: Delegering,
    pub skattegrunnlag: Skattegrunnlag,
    pub server: Server,
}

texts! {
    /// The run around the steps (`run.rs`, `steps::Budget`).
    pub struct Run {
        /// A step after one that failed.
        pub after_failure,
        /// A step that needs the token no step gave.
        pub no_token,
        /// A step the test's time ran out before: `{seconds}`, the test's time.
        pub time_spent,
        /// The rettighetspakke when the request's is not one the backend knows by name.
        pub rights_package,
    }
}

texts! {
    /// Why an upstream gave no answer, as a phrase after the service's name (`upstream.rs`).
    pub struct Upstream {
        /// `{seconds}`: the limit, as [`crate::upstream::seconds_words`] writes it.
        pub timed_out,
        pub unreachable,
        pub too_large,
        pub broken,
    }
}

texts! {
    /// Why Enhetsregisteret gave no answer to go by, after its name (`enhetsregisteret.rs`).
    pub struct Register {
        pub status,
        pub unreadable,
        pub out_of_time,
    }
}

texts! {
    /// Step `hovedenhet`. `{unit}` is a unit as «910 000 004 (EKSEMPELVIK KOMMUNE)», `{number}` an
    /// organisation number as «910 000 004».
    pub struct Hovedenhet {
        pub title,
        pub title_with_vendor,
        /// `{phrase}`: [`Register`]'s.
        pub unavailable,
        pub not_inherited,
        pub municipality,
        /// `{unit}` the municipality, `{vendor}` the vendor.
        pub municipality_and_vendor,
        /// The one whose number it is, as [`Hovedenhet::gone_advice`] and
        /// [`Hovedenhet::check_number`] name it.
        pub the_municipality,
        pub the_vendor,
        pub municipality_number,
        pub vendor_number,
        /// `{who}`: [`Hovedenhet::the_municipality`] or [`Hovedenhet::the_vendor`].
        pub gone_advice,
        pub removed,
        /// `{date}`: when it was deleted.
        pub deleted,
        pub not_found,
        /// `{whose}`: [`Hovedenhet::municipality_number`] or [`Hovedenhet::vendor_number`].
        pub check_number,
        /// After [`Hovedenhet::check_number`] in the test environment.
        pub synthetic_numbers,
        pub use_main,
        /// `{number}`: the main entity's.
        pub use_main_numbered,
        /// `{parent}` the main entity's number, `{through}` [`Hovedenhet::through`] or nothing,
        /// `{not_inherited}` [`Hovedenhet::not_inherited`].
        pub sub_unit,
        pub through,
        /// `{unit}` the organisasjonsledd, `{main}` the municipality above it.
        pub organisasjonsledd,
        /// `{what}`: the register's organisasjonsform, «fylkeskommune (FYLK)».
        pub not_municipality,
        pub not_municipality_advice,
        pub vendor_sub_unit,
        /// `{parent}`: the vendor's main entity's number.
        pub vendor_use_main,
    }
}

texts! {
    /// Step `maskinporten-token`.
    pub struct Token {
        pub title,
        /// `{lasting}`: [`Token::lasting`] or nothing.
        pub ok,
        pub lasting,
        pub certificate_expired,
        /// `{from}` the environment the certificate is for, `{issuer}` who issued it.
        pub certificate_environment,
        /// `{owner}`: the organisation number of the certificate's owner.
        pub owner,
        pub clock_behind,
        pub clock_ahead,
        pub future,
        pub future_advice,
        pub consumer_org,
        pub consumer_org_advice,
        pub unknown_kid,
        pub unknown_kid_advice,
        pub registered_keys,
        pub registered_keys_advice,
        /// `{phrase}` [`Upstream`]'s, `{address}` the metadata's address.
        pub metadata_upstream,
        pub metadata_status,
        pub metadata_unreadable,
        /// `{found}` the issuer Maskinporten names, `{issuer}` the configured one.
        pub metadata_wrong_issuer,
        pub metadata_retry,
        pub metadata_set_issuer,
        pub check_address,
        pub upstream,
        pub upstream_advice,
        pub unavailable,
        pub retry_in_minutes,
        pub unreadable,
        pub signing,
        pub signing_advice,
        /// Maskinporten's own `{error}` and `{description}`.
        pub unknown_code,
        pub unknown_code_advice,
    }
}

texts! {
    /// Step `delegering` (the token's signature and claims; the claims' findings are the token
    /// checker's own words).
    pub struct Delegering {
        pub title,
        /// `{issuer}`: Maskinporten's address, before `jwk`.
        pub bad_signature,
        pub bad_signature_advice,
        pub expired,
        pub expired_advice,
        pub wrong_issuer,
        pub check_maskinporten,
        pub malformed,
        /// `{detail}`: what Maskinporten did, a phrase after its name.
        pub jwks,
        pub jwks_status,
        pub jwks_not_a_jwks,
        pub jwks_unreadable_key,
        pub retry,
        /// `{detail}`: why the metadata could not be had.
        pub metadata,
        pub metadata_unreadable,
        pub metadata_issuer,
        pub consumer_advice,
        /// `{vendor}`: [`Delegering::the_vendor`] or [`Delegering::another_vendor`].
        pub supplier_advice,
        pub the_vendor,
        pub another_vendor,
        pub delegation_advice,
        pub scope_advice,
        pub retry_advice,
        /// `{error}`: why the token checker could not read the token.
        pub unreadable_token,
    }
}

texts! {
    /// Step `summert-skattegrunnlag`.
    pub struct Skattegrunnlag {
        pub title,
        pub switched_off,
        /// `{calls}`: how many calls a municipality may have in flight.
        pub no_slot,
        pub upstream,
        pub upstream_advice,
        /// `{year}` the income year, `{pakke}` the rettighetspakke.
        pub data,
        pub not_data,
        pub check_address,
        /// `{code}` the code, `{explanation}` the catalogue's words for it.
        pub access_works,
        /// `{code}`: [`Skattegrunnlag::unknown_code_code`] or nothing; `{message}` Skatteetaten's.
        pub unknown_code,
        pub unknown_code_code,
        pub unknown_code_advice,
        pub not_found,
        pub not_found_advice,
        pub refused,
        pub refused_advice,
        pub unavailable,
        pub retry_in_minutes,
        pub unrecognised,
    }
}

texts! {
    /// The HTTP side's refusals, each a `Problem`'s `melding` (`server.rs`).
    pub struct Server {
        pub not_json,
        /// `{kb}`: the largest body.
        pub too_large,
        pub unreadable,
        pub not_the_contract,
        /// `{miljo}` the environment asked for, `{here}` those set up (as the contract names them),
        /// joined by [`Server::and`].
        pub not_set_up,
        pub and,
        pub busy,
        /// `{path}`: the address asked for.
        pub no_such_path,
        pub method,
    }
}

impl Texts {
    /// Whom to ask about the test service, in this language.
    pub fn operator(&self) -> &'static str {
        skattedeling_core::connection::codes::words(self.lang).operator
    }

    /// Every text with its section and field's name, for the tests.
    pub fn all(&self) -> Vec<(String, &'static str)> {
        let sections = [
            ("run", self.run.all()),
            ("upstream", self.upstream.all()),
            ("register", self.register.all()),
            ("hovedenhet", self.hovedenhet.all()),
            ("token", self.token.all()),
            ("delegering", self.delegering.all()),
            ("skattegrunnlag", self.skattegrunnlag.all()),
            ("server", self.server.all()),
        ];
        sections
            .into_iter()
            .flat_map(|(section, texts)| {
                texts
                    .into_iter()
                    .map(move |(name, text)| (format!("{section}.{name}"), text))
            })
            .collect()
    }
}

/// The backend's texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &crate::texts_nn::NN,
        Lang::En => &crate::texts_en::EN,
    }
}

/// `template` with `{drifter}` and each of `values` filled in.
pub fn fill(t: &Texts, template: &str, values: &[(&str, &str)]) -> String {
    let operator = t.operator();
    skattedeling_core::texts::fill_with(template, |name| {
        if name == "drifter" {
            return Some(operator);
        }
        values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    })
}

pub static NB: Texts = Texts {
    lang: Lang::Nb,
    run: Run {
        after_failure: "Ikke kjørt fordi et tidligere steg feilet.",
        no_token: "Ikke kjørt fordi det ikke kom noe token fra steget før.",
        time_spent: "Ikke kjørt: testen brukte opp tiden sin ({seconds} sekunder) på stegene før.",
        rights_package: "rettighetspakken",
    },
    upstream: Upstream {
        timed_out: "svarte ikke innen {seconds} sekunder",
        unreachable: "kunne ikke nås (ingen forbindelse)",
        too_large: "svarte med mer data enn et svar kan være",
        broken: "brøt forbindelsen mens svaret kom",
    },
    register: Register {
        status: "svarte med HTTP {status}",
        unreadable: "svarte med noe som ikke er en enhet",
        out_of_time: "svarte ikke før testens tid var brukt opp",
    },
    hovedenhet: Hovedenhet {
        title: "Kommunen i Enhetsregisteret",
        title_with_vendor: "Kommunen og leverandøren i Enhetsregisteret",
        unavailable: "Ikke kjørt: Enhetsregisteret {phrase}, så organisasjonsnumrene ble ikke \
            sjekket. De andre stegene ble kjørt likevel. Prøv igjen om litt.",
        not_inherited: "Delegeringer og tilganger gis til hovedenheten og arves ikke mellom \
            hovedenhet og underenheter.",
        municipality: "{unit} er registrert som kommune i Enhetsregisteret.",
        municipality_and_vendor: "{unit} er registrert som kommune, og leverandøren {vendor} er \
            en hovedenhet i Enhetsregisteret.",
        the_municipality: "kommunen",
        the_vendor: "leverandøren",
        municipality_number: "kommunens nummer",
        vendor_number: "leverandørens nummer",
        gone_advice: "Bruk organisasjonsnummeret {who} har nå: slå den opp på brreg.no. Er en \
            kommune slått sammen med en annen, har den nye kommunen et nytt nummer.",
        removed: "{number} er fjernet fra Enhetsregisteret.",
        deleted: "{unit} er slettet i Enhetsregisteret ({date}).",
        not_found: "{number} finnes ikke i Enhetsregisteret.",
        check_number: "Sjekk at {whose} er riktig skrevet.",
        synthetic_numbers: "Testmiljøet slår opp i testdataene til Enhetsregisteret, der \
            syntetiske testvirksomheter har numre som begynner på 2 eller 3.",
        use_main: "Bruk kommunens hovedorganisasjonsnummer: i delegeringen i Altinn, som \
            consumer_org mot Maskinporten og her.",
        use_main_numbered: "Bruk kommunens hovedorganisasjonsnummer, {number}: i delegeringen i \
            Altinn, som consumer_org mot Maskinporten og her.",
        sub_unit: "Kommunens nummer {number} er en underenhet, ikke en hovedenhet. I \
            Enhetsregisteret har den {parent} som hovedenhet{through}. {not_inherited}",
        through: ", som er et organisasjonsledd under {unit}",
        organisasjonsledd: "{unit} er et organisasjonsledd under {main} i Enhetsregisteret. \
            Tilgangen fra Skatteetaten og delegeringen i Altinn gis til kommunens eget \
            organisasjonsnummer.",
        not_municipality: "{unit} er registrert som {what} i Enhetsregisteret, ikke som kommune. \
            Kommunenes rettighetspakker gis til kommunens eget organisasjonsnummer.",
        not_municipality_advice: "Bruk organisasjonsnummeret til kommunen (organisasjonsform \
            KOMM). Gjelder testen en annen virksomhet, kontakt KS.",
        vendor_sub_unit: "Leverandørens nummer {number} er en underenhet, ikke en hovedenhet. I \
            Enhetsregisteret har den {parent} som hovedenhet. {not_inherited}",
        vendor_use_main: "Bruk leverandørens hovedorganisasjonsnummer, {parent}: kommunen \
            delegerer til det i Altinn.",
    },
    token: Token {
        title: "Token fra Maskinporten",
        ok: "Maskinporten i {miljo} ga et token med scopet {scope}{lasting}.",
        lasting: ", gyldig i {seconds} sekunder",
        certificate_expired: "Virksomhetssertifikatet testtjenesten bruker, gikk ut {date}.",
        certificate_environment: "Virksomhetssertifikatet testtjenesten bruker, er utstedt for \
            {from} ({issuer}), men testen gjelder {miljo}.",
        owner: "Testtjenesten henter token med klienten til {owner}, ikke med kommunens egen. En \
            direkte tilkobling testes med kommunens egen klient; henter en leverandør dataene, \
            velg det i veiviseren.",
        clock_behind: "Klokka på serveren der testtjenesten kjører, går {seconds} sekunder etter \
            Maskinportens.",
        clock_ahead: "Klokka på serveren der testtjenesten kjører, går {seconds} sekunder foran \
            Maskinportens.",
        future: "Maskinporten avviste forespørselen fordi den er laget «i fremtiden»: klokka på \
            serveren der testtjenesten kjører, går foran Maskinportens.",
        future_advice: "Be {drifter} synkronisere serverens klokke (NTP), og prøv igjen.",
        consumer_org: "Maskinporten avviste consumer_org: kommunen kan ikke hente token på vegne \
            av seg selv gjennom sin egen klient.",
        consumer_org_advice: "Er kommunen og leverandøren samme organisasjon, velg at kommunen \
            kobler seg til direkte.",
        unknown_kid: "Maskinporten kjenner ikke nøkkelen (kid) testtjenesten signerer med.",
        unknown_kid_advice: "Be {drifter} sjekke at kid i oppsettet er den nøkkelen er \
            registrert med på klienten i Samarbeidsportalen for {miljo}.",
        registered_keys: "Klienten i Maskinporten er satt opp med registrerte nøkler, men \
            testtjenesten signerer med et virksomhetssertifikat.",
        registered_keys_advice: "Be {drifter} bruke key og kid i oppsettet i stedet for \
            certificate.",
        metadata_upstream: "Maskinporten {phrase} ({address}).",
        metadata_status: "Maskinporten svarte HTTP {status} på {address}.",
        metadata_unreadable: "Svaret fra {address} er ikke Maskinportens oppsett (metadata).",
        metadata_wrong_issuer: "Maskinporten på {address} oppgir en annen utsteder ({found}) enn \
            oppsettet ({issuer}).",
        metadata_retry: "Prøv igjen om litt. Skjer det igjen, be {drifter} sjekke at serveren \
            når Maskinporten (brannmur og proxy).",
        metadata_set_issuer: "Be {drifter} sette maskinporten i oppsettet til «{found}».",
        check_address: "Be {drifter} sjekke adressen maskinporten i oppsettet.",
        upstream: "Maskinporten {phrase}.",
        upstream_advice: "Prøv igjen om litt. Skjer det igjen, be {drifter} sjekke at serveren \
            når Maskinporten, og se Digdirs driftsmeldinger.",
        unavailable: "Maskinporten er midlertidig utilgjengelig (HTTP 503).",
        retry_in_minutes: "Prøv igjen om noen minutter.",
        unreadable: "Maskinporten svarte HTTP {status} uten en feilmelding testtjenesten kjenner \
            igjen.",
        signing: "Testtjenesten klarte ikke å signere forespørselen til Maskinporten.",
        signing_advice: "Be {drifter} sjekke nøkkelen eller sertifikatet i oppsettet.",
        unknown_code: "Maskinporten svarte {error} (HTTP {status}): «{description}».",
        unknown_code_advice: "Send sammendraget til KS med feilkoden og korrelasjons-id-en, eller \
            be {drifter} slå opp feilen i Maskinportens dokumentasjon.",
    },
    delegering: Delegering {
        title: "Delegeringen i tokenet",
        bad_signature: "Tokenets signatur stemmer ikke med nøklene Maskinporten publiserer \
            ({issuer}jwk). Tokenet kan ikke stoles på.",
        bad_signature_advice: "Be {drifter} sjekke at maskinporten i oppsettet er Maskinporten i \
            riktig miljø, og at ingen proxy endrer svarene. Vedvarer det, kontakt Digdir med \
            tidspunktet.",
        expired: "Tokenet fra Maskinporten var allerede utløpt da testtjenesten fikk det.",
        expired_advice: "Be {drifter} sjekke at serverens klokke er synkronisert (NTP).",
        wrong_issuer: "Tokenet er ikke utstedt av Maskinporten slik oppsettet sier ({issuer}).",
        check_maskinporten: "Be {drifter} sjekke maskinporten i oppsettet.",
        malformed: "Maskinporten svarte med et token testtjenesten ikke kan lese.",
        jwks: "Maskinportens nøkler ({issuer}jwk) kunne ikke hentes: Maskinporten {detail}.",
        jwks_status: "svarte med HTTP {status}",
        jwks_not_a_jwks: "svarte med noe som ikke er et JWKS",
        jwks_unreadable_key: "har en nøkkel som ikke kan leses",
        retry: "Prøv igjen om litt.",
        metadata: "Maskinportens oppsett kunne ikke hentes for å sjekke tokenet ({detail}).",
        metadata_unreadable: "uleselig svar",
        metadata_issuer: "utsteder {found}",
        consumer_advice: "Kommunens hovedorganisasjonsnummer må sendes som consumer_org, og \
            kommunen må ha delegert i Altinn.",
        supplier_advice: "Testtjenesten henter token med sin egen klient. Skal {vendor} testes, \
            må testen kjøres fra en testtjeneste med den leverandørens klient.",
        the_vendor: "leverandøren {number}",
        another_vendor: "en annen leverandør",
        delegation_advice: "Kommunen må delegere i Altinn i samme miljø som testen: TT02 for \
            test, altinn.no for produksjon.",
        scope_advice: "Be {drifter} sjekke scope og maskinporten i oppsettet.",
        retry_advice: "Prøv igjen: hver test henter et nytt token.",
        unreadable_token: "Tokenet fra Maskinporten kan ikke leses: {error}",
    },
    skattegrunnlag: Skattegrunnlag {
        title: "Kall til Summert skattegrunnlag",
        switched_off: "Ikke kjørt: i {miljo} slår testtjenesten ikke opp personer i Summert \
            skattegrunnlag, fordi Skatteetaten logger hvert oppslag mot kommunens hjemmel. Token \
            og delegering er sjekket; kallet gjør fagsystemet selv.",
        no_slot: "Ikke kjørt: kommunen hadde allerede {calls} kall i gang mot Summert \
            skattegrunnlag gjennom testtjenesten (Skatteetatens grense), og det ble ikke ledig \
            plass i tide. Prøv igjen om litt.",
        upstream: "Summert skattegrunnlag {phrase}.",
        upstream_advice: "Prøv igjen om litt. Vedvarer det, kan Skatteetaten ha driftsproblemer.",
        data: "Skatteetaten svarte med skattegrunnlaget for en syntetisk testperson for \
            inntektsåret {year}: kommunen har tilgang til «{pakke}».",
        not_data: "Adressen svarte 200, men ikke med et skattegrunnlag fra Summert \
            skattegrunnlag.",
        check_address: "Be {drifter} sjekke summert_skattegrunnlag i oppsettet.",
        access_works: "Skatteetaten godtok tokenet og kommunens tilgang til «{pakke}» ({code}). \
            {explanation}",
        unknown_code: "Skatteetaten svarte HTTP {status}{code}: «{message}».",
        unknown_code_code: " ({code})",
        unknown_code_advice: "Send sammendraget til KS med feilkoden og korrelasjons-id-en.",
        not_found: "Adressen til Summert skattegrunnlag finnes ikke (HTTP 404, uten \
            Skatteetatens feilmelding).",
        not_found_advice: "Be {drifter} sjekke summert_skattegrunnlag i oppsettet: API-ets \
            adresse med /v2 til slutt.",
        refused: "Skatteetaten slapp ikke kallet inn (HTTP {status}, uten Skatteetatens \
            feilmelding).",
        refused_advice: "Be {drifter} sjekke at serveren når *.api.skatteetaten-test.no eller \
            *.api.skatteetaten.no (brannmur og proxy).",
        unavailable: "Summert skattegrunnlag er utilgjengelig (HTTP {status}).",
        retry_in_minutes: "Prøv igjen om noen minutter.",
        unrecognised: "Summert skattegrunnlag svarte HTTP {status} uten en feilmelding \
            testtjenesten kjenner igjen.",
    },
    server: Server {
        not_json: "Forespørselen må være JSON (Content-Type: application/json).",
        too_large: "Forespørselen er større enn {kb} KB.",
        unreadable: "Forespørselen kunne ikke leses.",
        not_the_contract: "Forespørselen følger ikke kontrakten: den må ha miljo, kommune og \
            rettighetspakke (og kan ha leverandor).",
        not_set_up: "miljo: {miljo} er ikke satt opp i denne testtjenesten (den kan teste \
            {here}).",
        and: "og",
        busy: "Testtjenesten kjører så mange tester akkurat nå at den ikke tar flere. Prøv igjen \
            om litt.",
        no_such_path: "{path} finnes ikke.",
        method: "{path} støtter ikke {method}.",
    },
};

#[cfg(test)]
mod tests {
    use super::*;
    use skattedeling_core::texts::placeholders;

    /// Texts that are the same in nynorsk as in bokmål: every word is nynorsk too.
    const SAME_IN_NYNORSK: &[&str] = &[
        "register.status",
        "hovedenhet.the_municipality",
        "hovedenhet.the_vendor",
        "token.metadata_upstream",
        "token.metadata_status",
        "token.upstream",
        "token.signing_advice",
        "token.unknown_code",
        "delegering.jwks_status",
        "delegering.check_maskinporten",
        "delegering.retry",
        "delegering.the_vendor",
        "delegering.scope_advice",
        "skattegrunnlag.title",
        "skattegrunnlag.upstream",
        "skattegrunnlag.check_address",
        "skattegrunnlag.unknown_code",
        "skattegrunnlag.unknown_code_code",
        "server.and",
    ];

    /// Texts that are the same in English as in bokmål: a service's name and a phrase, or a code.
    const SAME_IN_ENGLISH: &[&str] = &[
        "token.metadata_upstream",
        "token.upstream",
        "skattegrunnlag.upstream",
        "skattegrunnlag.unknown_code_code",
    ];

    #[test]
    fn each_language_says_which_it_is() {
        for lang in Lang::ALL {
            assert_eq!(texts(lang).lang, lang);
        }
    }

    #[test]
    fn every_language_has_the_same_placeholders_as_bokmal() {
        let nb = NB.all();
        for lang in Lang::TRANSLATIONS {
            let other = texts(lang).all();
            assert_eq!(nb.len(), other.len());
            for ((name, source), (other_name, text)) in nb.iter().zip(&other) {
                assert_eq!(name, other_name);
                assert_eq!(
                    placeholders(source),
                    placeholders(text),
                    "{name} in {}: {text:?}",
                    lang.code()
                );
                assert!(
                    !text.trim().is_empty(),
                    "{name} in {} is empty",
                    lang.code()
                );
            }
        }
        for lang in Lang::ALL {
            for (name, text) in texts(lang).all() {
                // A string continued over lines keeps its spaces, and gets no more.
                assert!(!text.contains("  "), "{name} in {}: {text:?}", lang.code());
            }
        }
    }

    #[test]
    fn translations_are_written_not_copied() {
        for lang in Lang::TRANSLATIONS {
            let same = match lang {
                Lang::Nn => SAME_IN_NYNORSK,
                _ => SAME_IN_ENGLISH,
            };
            for ((name, source), (_, text)) in NB.all().iter().zip(&texts(lang).all()) {
                if same.contains(&name.as_str()) {
                    assert_eq!(source, text, "{name} in {} is translated now", lang.code());
                } else {
                    assert_ne!(source, text, "{name} in {} is the bokmål text", lang.code());
                }
            }
        }
    }

    #[test]
    fn sentences_end_as_the_bokmal_ones_do() {
        for lang in Lang::TRANSLATIONS {
            for ((name, source), (_, text)) in NB.all().iter().zip(&texts(lang).all()) {
                let end = |t: &str| t.trim_end().chars().last();
                assert_eq!(
                    end(source) == Some('.'),
                    end(text) == Some('.'),
                    "{name} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn fill_puts_in_the_operator_of_the_language() {
        assert_eq!(
            fill(&NB, NB.token.check_address, &[]),
            "Be den som drifter testtjenesten sjekke adressen maskinporten i oppsettet."
        );
        assert!(fill(texts(Lang::En), "{drifter} {x}", &[("x", "y")]).ends_with("test service y"));
    }
}
