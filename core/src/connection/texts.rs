//! What the connection test says, once per language: one struct of texts and a static per language
//! ([`of`]), so a text missing in one language is a compile error. Bokmål ([`NB`]) is the source;
//! `texts_nn.rs` and `texts_en.rs` translate it. The steps' own words are the backend's, and the
//! error codes' are the catalogue's (`content/feilkoder.toml`); these are the site's: the verdict,
//! why a test could not run, what is wrong with `config.json`, and the summary sent to KS.
//!
//! A text with `{…}` in it is a template: [`crate::texts::fill`] puts the values in, and a test
//! checks that every language's template has the same placeholders as the bokmål one. `{config}` is
//! always [`super::CONFIG_FILE`], `{backend}` the configured address.

use crate::lang::Lang;

/// The connection test's words in one language.
#[derive(Debug)]
pub struct Texts {
    pub lang: Lang,
    /// What is wrong with a request, as the backend answers a 400: `{field}` is the contract's
    /// field (`kommune`), `{value}` what it held.
    pub request_synthetic: &'static str,
    pub request_not_org_number: &'static str,
    pub request_not_rights_package: &'static str,
    /// A step's status beside it: ok, failed, not run.
    pub status_ok: &'static str,
    pub status_failed: &'static str,
    pub status_not_run: &'static str,
    /// The verdict over a finished test; `{finding}` is the failed step's first sentence.
    pub verdict_works: &'static str,
    pub verdict_fails: &'static str,
    pub verdict_fails_code: &'static str,
    pub verdict_unfinished: &'static str,
    /// Said where the failure is in the test service, not the person's setup.
    pub not_yours: &'static str,
    pub tell_operator: &'static str,
    pub tell_site_operator: &'static str,
    /// Where a person who cannot run the test may go on.
    pub without_the_test: &'static str,
    pub unreachable_title: &'static str,
    pub unreachable_explanation: &'static str,
    pub unreachable_advice: &'static str,
    pub unreachable_technical: &'static str,
    pub timed_out_title: &'static str,
    pub timed_out_explanation: &'static str,
    pub timed_out_advice: &'static str,
    pub timed_out_technical: &'static str,
    pub cancelled_title: &'static str,
    pub cancelled_explanation: &'static str,
    pub cancelled_advice: &'static str,
    pub not_found_title: &'static str,
    pub not_found_explanation: &'static str,
    /// What a 404 means when the backend does not say.
    pub not_found_otherwise: &'static str,
    /// `{detail}` is [`Texts::http_detail`] filled in.
    pub not_found_technical: &'static str,
    pub refused_title: &'static str,
    pub refused_explanation: &'static str,
    pub refused_advice: &'static str,
    /// What a 401 or 403 means when the backend does not say.
    pub refused_otherwise: &'static str,
    /// HTTP 503, and 429.
    pub busy_title: &'static str,
    pub busy_title_too_many: &'static str,
    pub busy_explanation: &'static str,
    /// `{wait}` is a duration in words: «2 minutter».
    pub busy_advice_in: &'static str,
    pub busy_advice: &'static str,
    /// After the HTTP status when the backend sent `Retry-After`.
    pub retry_after: &'static str,
    pub rejected_title: &'static str,
    pub rejected_explanation: &'static str,
    pub rejected_advice: &'static str,
    pub server_error_title: &'static str,
    pub server_error_explanation: &'static str,
    pub server_error_advice: &'static str,
    /// «HTTP 500 fra https://…».
    pub http_status: &'static str,
    /// «HTTP 404 fra https://…: what the backend said (or what it means).»
    pub http_detail: &'static str,
    pub bad_answer_title: &'static str,
    pub bad_answer_explanation: &'static str,
    /// `{detail}` is one of [`Texts::bad_answers`].
    pub bad_answer_technical: &'static str,
    pub too_large_title: &'static str,
    pub too_large_explanation: &'static str,
    /// `{kb}` is [`super::MAX_ANSWER_BYTES`] in kB.
    pub too_large_technical: &'static str,
    pub redirected_title: &'static str,
    pub redirected_explanation: &'static str,
    pub redirected_technical: &'static str,
    /// How an answer broke the contract, for the operator.
    pub bad_answers: BadAnswers,
    /// What the health line knows once a test has failed: unreachable, timed out, busy, a server
    /// error, rejected, and an answer the site did not expect.
    pub known_unreachable: &'static str,
    pub known_timed_out: &'static str,
    pub known_busy: &'static str,
    pub known_server_error: &'static str,
    pub known_rejected: &'static str,
    pub known_unexpected: &'static str,
    /// `{n}` seconds and minutes, one and more than one.
    pub second: [&'static str; 2],
    pub minute: [&'static str; 2],
    /// «{minutes} og {seconds}».
    pub minutes_and_seconds: &'static str,
    /// How long to wait when it is at most a second.
    pub one_second: &'static str,
    /// «Tilkoblingstest i testmiljøet (Særnamsmann), 2. desember 2026 kl. 12:47:03»: `{when}` is
    /// «, » and the time, or nothing.
    pub tested_line: &'static str,
    /// How a test ended in a few words, for an e-mail's subject.
    pub short_works: &'static str,
    pub short_fails: &'static str,
    pub short_unfinished: &'static str,
    pub short_not_run: &'static str,
    /// The summary's verdict when the test could not run: `{title}` is the failure's.
    pub summary_not_run: &'static str,
    pub summary_result: &'static str,
    pub summary_correlation: &'static str,
    pub summary_test_id: &'static str,
    pub summary_failed: &'static str,
    pub summary_technical: &'static str,
    /// What is wrong with `config.json`, for the operator.
    pub config_unreachable: &'static str,
    /// `{why}` is what the parser or one of the `config_…` texts below says.
    pub config_invalid: &'static str,
    pub config_http: &'static str,
    /// `{why}` is one of the `backend_…` texts.
    pub config_backend: &'static str,
    pub config_no_environments: &'static str,
    pub config_timeout_range: &'static str,
    pub config_line: &'static str,
    pub config_not_object: &'static str,
    pub config_unknown_field: &'static str,
    pub config_backend_type: &'static str,
    pub config_environments_type: &'static str,
    pub config_timeout_type: &'static str,
    /// Why an address cannot be the backend's: `{shown}` is the address (without credentials).
    pub backend_not_http: &'static str,
    pub backend_credentials: &'static str,
    pub backend_too_long: &'static str,
}

/// How an answer broke the contract. The bokmål's are what [`super::Failure::BadAnswer`] holds (the
/// tests compare them); the others are found by their place beside it.
#[derive(Debug)]
pub struct BadAnswers {
    pub not_json: &'static str,
    pub missing_fields: &'static str,
    pub no_steps: &'static str,
    pub no_test_id: &'static str,
    pub other_environment: &'static str,
    pub step_without_text: &'static str,
    pub step_bad_form: &'static str,
    pub unknown_status: &'static str,
    pub health: &'static str,
}

impl BadAnswers {
    fn all(&self) -> [&'static str; 9] {
        let BadAnswers {
            not_json,
            missing_fields,
            no_steps,
            no_test_id,
            other_environment,
            step_without_text,
            step_bad_form,
            unknown_status,
            health,
        } = self;
        [
            not_json,
            missing_fields,
            no_steps,
            no_test_id,
            other_environment,
            step_without_text,
            step_bad_form,
            unknown_status,
            health,
        ]
        .map(|t| *t)
    }
}

/// The connection test's words in `lang`.
pub fn of(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nb => &NB,
        Lang::Nn => &super::texts_nn::NN,
        Lang::En => &super::texts_en::EN,
    }
}

impl Texts {
    /// A [`super::Failure::BadAnswer`]'s detail (bokmål) in this language; a detail that is not
    /// one of the bokmål's stays as it is.
    pub fn bad_answer(&self, detail: &'static str) -> &'static str {
        NB.bad_answers
            .all()
            .iter()
            .position(|nb| *nb == detail)
            .map_or(detail, |i| self.bad_answers.all()[i])
    }
}

/// The bokmål, the source of the others.
pub static NB: Texts = Texts {
    lang: Lang::Nb,
    request_synthetic:
        "{field}: {value} er en syntetisk testvirksomhet, som bare finnes i testmiljøet.",
    request_not_org_number: "{field}: {value} er ikke et gyldig organisasjonsnummer.",
    request_not_rights_package: "{field}: {value} er ikke en av kommunenes rettighetspakker.",
    status_ok: "OK",
    status_failed: "Feil",
    status_not_run: "Ikke kjørt",
    verdict_works: "Tilkoblingen virker",
    verdict_fails: "Tilkoblingen feiler: {finding}",
    verdict_fails_code: "Tilkoblingen feiler: {finding} ({code})",
    verdict_unfinished: "Testen ble ikke kjørt helt ferdig",
    not_yours: "Det sier ingenting om oppsettet hos dere.",
    tell_operator:
        "Si fra til den som drifter testtjenesten, og ta med den tekniske informasjonen.",
    tell_site_operator:
        "Si fra til den som drifter nettstedet, og ta med den tekniske informasjonen.",
    without_the_test:
        "Du kan også gå gjennom sjekklisten i veiviseren, eller sende sammendraget under til KS.",
    unreachable_title: "Testtjenesten svarer ikke",
    unreachable_explanation: "Vi fikk ikke kontakt med testtjenesten, så tilkoblingen kan ikke \
        testes herfra akkurat nå.",
    unreachable_advice: "Prøv igjen om litt. Svarer den fortsatt ikke, si fra til den som \
        drifter testtjenesten, og ta med den tekniske informasjonen.",
    unreachable_technical: "Nettleseren fikk ikke svar fra {backend}. Tjenesten kan være \
        stoppet, adressen i {config} kan være feil, eller tjenesten kan nekte forespørsler fra \
        dette nettstedet (CORS).",
    timed_out_title: "Testtjenesten svarte ikke innen {seconds} sekunder",
    timed_out_explanation: "Vi avbrøt testen etter {seconds} sekunder. Maskinporten eller \
        Skatteetaten kan svare tregt akkurat nå, eller testtjenesten kan ha hengt seg opp.",
    timed_out_advice: "Prøv igjen. Skjer det igjen, kontakt den som drifter testtjenesten.",
    timed_out_technical:
        "Ingen svar fra {backend} innen {seconds} sekunder (tidsgrenseSekunder i {config}).",
    cancelled_title: "Du avbrøt testen",
    cancelled_explanation: "Testen ble stoppet før den var ferdig. Svarene dine er tatt vare på.",
    cancelled_advice: "Start testen på nytt når du vil.",
    not_found_title: "Nettstedet finner ikke testtjenesten",
    not_found_explanation: "Nettstedet spør etter testtjenesten på feil sted, så tilkoblingen \
        kan ikke testes herfra nå.",
    not_found_otherwise: "testtjenesten har ikke adressen nettstedet spør etter",
    not_found_technical: "{detail} Adressen til testtjenesten i {config} er trolig feil, eller \
        tjenesten har en annen versjon enn nettstedet.",
    refused_title: "Testtjenesten slipper ikke inn dette nettstedet",
    refused_explanation: "Testtjenesten tar ikke imot tester fra dette nettstedet.",
    refused_advice: "Si fra til den som drifter testtjenesten.",
    refused_otherwise: "testtjenesten krever en tilgang som dette nettstedet ikke har",
    busy_title: "Testtjenesten er midlertidig utilgjengelig",
    busy_title_too_many: "Testtjenesten har for mange tester akkurat nå",
    busy_explanation: "Testtjenesten kan ikke teste akkurat nå, for eksempel på grunn av \
        vedlikehold eller mange samtidige tester.",
    busy_advice_in: "Prøv igjen om {wait}.",
    busy_advice: "Prøv igjen om noen minutter.",
    retry_after: "Retry-After: {seconds} sekunder.",
    rejected_title: "Testtjenesten avviste forespørselen",
    rejected_explanation: "Testtjenesten godtok ikke det nettstedet sendte.",
    rejected_advice: "Sjekk organisasjonsnumrene og rettighetspakken, og prøv igjen. Ser alt \
        riktig ut, send sammendraget under til KS.",
    server_error_title: "Det oppstod en feil i testtjenesten",
    server_error_explanation: "Testtjenesten klarte ikke å kjøre testen.",
    server_error_advice: "Prøv igjen. Vedvarer feilen, kontakt den som drifter testtjenesten og \
        oppgi tidspunktet.",
    http_status: "HTTP {status} fra {backend}.",
    http_detail: "HTTP {status} fra {backend}: {said}.",
    bad_answer_title: "Svaret fra testtjenesten var ikke som avtalt",
    bad_answer_explanation: "Testtjenesten svarte, men svaret kunne ikke leses, så resultatet \
        kan ikke vises.",
    bad_answer_technical: "Svaret fra {backend}: {detail}. Testtjenesten kan ha en annen versjon \
        enn nettstedet.",
    too_large_title: "Svaret fra testtjenesten var for stort",
    too_large_explanation: "Testtjenesten sendte langt mer enn et testresultat er. Nettstedet \
        sluttet å lese, så siden ikke skulle henge.",
    too_large_technical: "Svaret fra {backend} var over {kb} kB; et testresultat er noen få kB.",
    redirected_title: "Testtjenesten sendte oss videre til en annen adresse",
    redirected_explanation: "Nettstedet følger ikke videresendinger, for da ville svaret ikke \
        komme fra testtjenesten som er satt opp.",
    redirected_technical: "{backend} svarte med en videresending. Adressen til testtjenesten i \
        {config} er trolig gammel eller mangler noe (for eksempel https).",
    bad_answers: BadAnswers {
        not_json: "svaret er ikke gyldig JSON",
        missing_fields: "svaret mangler felt eller har felt med feil innhold",
        no_steps: "svaret har ingen steg",
        no_test_id: "svaret mangler test-id",
        other_environment: "svaret gjelder et annet miljø enn det som ble testet",
        step_without_text: "et steg i svaret mangler tekst",
        step_bad_form: "et steg i svaret har en id eller feilkode på feil form",
        unknown_status: "med en HTTP-status avtalen ikke har",
        health: "helsesjekken svarte ikke slik avtalen sier",
    },
    known_unreachable: "Testtjenesten svarer ikke lenger.",
    known_timed_out: "Testtjenesten svarte ikke på testen i tide.",
    known_busy: "Testtjenesten kan ikke teste akkurat nå.",
    known_server_error: "Testtjenesten fikk en feil under testen.",
    known_rejected: "Testtjenesten svarer, men avviste testen.",
    known_unexpected: "Testtjenesten svarer, men ikke slik nettstedet venter.",
    second: ["{n} sekund", "{n} sekunder"],
    minute: ["{n} minutt", "{n} minutter"],
    minutes_and_seconds: "{minutes} og {seconds}",
    one_second: "ett sekund",
    tested_line: "Tilkoblingstest i {environment} ({package}){when}",
    short_works: "tilkoblingen virker",
    short_fails: "tilkoblingen feiler",
    short_unfinished: "testen ble ikke kjørt ferdig",
    short_not_run: "tilkoblingstesten kunne ikke kjøres",
    summary_not_run: "Tilkoblingstesten kunne ikke kjøres: {title}",
    summary_result: "Resultat: {verdict}",
    summary_correlation: "Korrelasjons-id: {id}",
    summary_test_id: "Test-id: {id}",
    summary_failed: "Testen kunne ikke kjøres: {title}",
    summary_technical: "Teknisk informasjon: {technical}",
    config_unreachable: "{config} kunne ikke hentes.",
    config_invalid: "{config} er ikke gyldig ({why}): se README for feltene backend, miljoer og \
        tidsgrenseSekunder.",
    config_http: "{config} svarte med HTTP {status}.",
    config_backend: "{config}: backend {why}.",
    config_no_environments: "{config}: miljoer er tom.",
    config_timeout_range: "{config}: tidsgrenseSekunder må være mellom 1 og 300.",
    config_line: "linje {line}",
    config_not_object: "filen må være et JSON-objekt",
    config_unknown_field: "ukjent felt «{field}»",
    config_backend_type: "backend må være en adresse i anførselstegn, eller null",
    config_environments_type: "miljoer må være en liste med \"test\" og/eller \"produksjon\"",
    config_timeout_type: "tidsgrenseSekunder må være et helt antall sekunder",
    backend_not_http: "«{shown}» er ikke en http- eller https-adresse",
    backend_credentials: "«{shown}» har brukernavn og passord foran vertsnavnet (…@), som \
        nettleseren ikke kan bruke og som ikke skal stå i en offentlig fil; fjern dem og bytt \
        passordet",
    backend_too_long: "«…» er over {max} tegn, for langt til å være en adresse",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::translation_checks::{has_every_text, written_not_copied};

    /// `t`'s single texts by name, as `(name, text)`. Destructuring without `..` makes a field
    /// left out of the list a compile error.
    macro_rules! named {
        ($t:expr; $($field:ident),* $(,)?) => {{
            let Texts { lang: _, second, minute, bad_answers, $($field),* } = $t;
            (vec![$((stringify!($field), *$field)),*], second, minute, bad_answers)
        }};
    }

    /// Every text of `t` by name, so a new one cannot be left out of the tests.
    fn strings(t: &'static Texts) -> Vec<(String, &'static str)> {
        #[rustfmt::skip]
        let (single, second, minute, bad_answers) = named!(t;
            request_synthetic, request_not_org_number, request_not_rights_package, status_ok,
            status_failed, status_not_run, verdict_works, verdict_fails, verdict_fails_code,
            verdict_unfinished, not_yours, tell_operator, tell_site_operator, without_the_test,
            unreachable_title, unreachable_explanation, unreachable_advice, unreachable_technical,
            timed_out_title, timed_out_explanation, timed_out_advice, timed_out_technical,
            cancelled_title, cancelled_explanation, cancelled_advice, not_found_title,
            not_found_explanation, not_found_otherwise, not_found_technical, refused_title,
            refused_explanation, refused_advice, refused_otherwise, busy_title,
            busy_title_too_many, busy_explanation, busy_advice_in, busy_advice, retry_after,
            rejected_title, rejected_explanation, rejected_advice, server_error_title,
            server_error_explanation, server_error_advice, http_status, http_detail,
            bad_answer_title, bad_answer_explanation, bad_answer_technical, too_large_title,
            too_large_explanation, too_large_technical, redirected_title, redirected_explanation,
            redirected_technical, known_unreachable, known_timed_out, known_busy,
            known_server_error, known_rejected, known_unexpected, minutes_and_seconds, one_second,
            tested_line, short_works, short_fails,
            short_unfinished, short_not_run, summary_not_run, summary_result, summary_correlation,
            summary_test_id, summary_failed, summary_technical, config_unreachable,
            config_invalid, config_http, config_backend, config_no_environments,
            config_timeout_range, config_line, config_not_object, config_unknown_field,
            config_backend_type, config_environments_type, config_timeout_type, backend_not_http,
            backend_credentials, backend_too_long
        );
        let mut out: Vec<(String, &'static str)> = single
            .into_iter()
            .map(|(n, t)| (n.to_string(), t))
            .collect();
        for (name, texts) in [("second", second), ("minute", minute)] {
            for (i, t) in texts.iter().enumerate() {
                out.push((format!("{name}.{i}"), *t));
            }
        }
        let names = [
            "not_json",
            "missing_fields",
            "no_steps",
            "no_test_id",
            "other_environment",
            "step_without_text",
            "step_bad_form",
            "unknown_status",
            "health",
        ];
        for (name, t) in names.into_iter().zip(bad_answers.all()) {
            out.push((format!("bad_answers.{name}"), t));
        }
        out
    }

    /// Texts that are rightly the same as the bokmål: names, the contract's words, and sentences
    /// nynorsk writes as bokmål does.
    const SAME: &[(Lang, &str)] = &[
        (Lang::Nn, "status_ok"),
        (Lang::En, "status_ok"),
        (Lang::Nn, "status_failed"),
        (Lang::Nn, "cancelled_advice"),
        (Lang::Nn, "busy_advice_in"),
        (Lang::Nn, "minutes_and_seconds"),
        (Lang::Nn, "second.0"),
        (Lang::Nn, "minute.0"),
        (Lang::Nn, "summary_result"),
        (Lang::Nn, "summary_correlation"),
        (Lang::Nn, "summary_test_id"),
        (Lang::Nn, "summary_technical"),
        (Lang::Nn, "config_http"),
        (Lang::Nn, "config_backend"),
        (Lang::En, "config_backend"),
        (Lang::Nn, "config_no_environments"),
        (Lang::Nn, "config_line"),
        (Lang::Nn, "bad_answers.no_steps"),
    ];

    #[test]
    fn every_language_has_every_text_with_the_bokmal_placeholders() {
        let nb = strings(of(Lang::Nb));
        for lang in Lang::TRANSLATIONS {
            assert_eq!(of(lang).lang, lang);
            has_every_text(&nb, lang, &strings(of(lang)));
        }
    }

    #[test]
    fn translations_are_written_not_copied() {
        let nb = strings(of(Lang::Nb));
        for lang in Lang::TRANSLATIONS {
            written_not_copied(&nb, lang, &strings(of(lang)), |name| {
                SAME.contains(&(lang, name))
            });
        }
    }

    #[test]
    fn a_bad_answer_is_found_by_its_bokmal() {
        assert_eq!(
            of(Lang::En).bad_answer(NB.bad_answers.not_json),
            "the answer is not valid JSON"
        );
        assert_eq!(of(Lang::Nn).bad_answer("noe annet"), "noe annet");
        assert_eq!(NB.bad_answer(NB.bad_answers.health), NB.bad_answers.health);
    }
}
