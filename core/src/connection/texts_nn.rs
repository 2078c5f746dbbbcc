//! The connection test's words in nynorsk: a moderate nynorsk with e-infinitive, active voice over
//! the s-passive, and the site's terms (testtenesta, tilkopling, nettstaden, verksemd, vegvisar).
//! The contract's field names (`backend`, `miljoer`, `tidsgrenseSekunder`) stay as they are.

use super::texts::{BadAnswers, Texts};
use crate::lang::Lang;

pub static NN: Texts = Texts {
    lang: Lang::Nn,
    request_synthetic:
        "{field}: {value} er ei syntetisk testverksemd, som berre finst i testmiljøet.",
    request_not_org_number: "{field}: {value} er ikkje eit gyldig organisasjonsnummer.",
    request_not_rights_package:
        "{field}: {value} er ikkje ein av rettigheitspakkane til kommunane.",
    status_ok: "OK",
    status_failed: "Feil",
    status_not_run: "Ikkje køyrt",
    verdict_works: "Tilkoplinga verkar",
    verdict_fails: "Tilkoplinga feilar: {finding}",
    verdict_fails_code: "Tilkoplinga feilar: {finding} ({code})",
    verdict_unfinished: "Testen blei ikkje heilt ferdig",
    not_yours: "Det seier ingenting om oppsettet hos dykk.",
    tell_operator: "Sei frå til den som driftar testtenesta, og ta med den tekniske informasjonen.",
    tell_site_operator:
        "Sei frå til den som driftar nettstaden, og ta med den tekniske informasjonen.",
    without_the_test: "Du kan også gå gjennom sjekklista i vegvisaren, eller sende samandraget \
        nedanfor til KS.",
    unreachable_title: "Testtenesta svarar ikkje",
    unreachable_explanation: "Vi fekk ikkje kontakt med testtenesta, så de kan ikkje teste \
        tilkoplinga herfrå akkurat no.",
    unreachable_advice: "Prøv igjen om litt. Svarar ho framleis ikkje, sei frå til den som \
        driftar testtenesta, og ta med den tekniske informasjonen.",
    unreachable_technical: "Nettlesaren fekk ikkje svar frå {backend}. Tenesta kan vere \
        stoppa, adressa i {config} kan vere feil, eller tenesta kan nekte førespurnader frå \
        denne nettstaden (CORS).",
    timed_out_title: "Testtenesta svarte ikkje innan {seconds} sekund",
    timed_out_explanation: "Vi avbraut testen etter {seconds} sekund. Maskinporten eller \
        Skatteetaten kan svare seint akkurat no, eller testtenesta kan ha hengt seg opp.",
    timed_out_advice: "Prøv igjen. Skjer det igjen, kontakt den som driftar testtenesta.",
    timed_out_technical:
        "Ikkje noko svar frå {backend} innan {seconds} sekund (tidsgrenseSekunder i {config}).",
    cancelled_title: "Du avbraut testen",
    cancelled_explanation: "Testen blei stoppa før han var ferdig. Vi har teke vare på svara \
        dine.",
    cancelled_advice: "Start testen på nytt når du vil.",
    not_found_title: "Nettstaden finn ikkje testtenesta",
    not_found_explanation: "Nettstaden leitar etter testtenesta på feil stad, så de kan ikkje \
        teste tilkoplinga herfrå no.",
    not_found_otherwise: "testtenesta har ikkje adressa som nettstaden spør etter",
    not_found_technical: "{detail} Adressa til testtenesta i {config} er truleg feil, eller \
        tenesta har ein annan versjon enn nettstaden.",
    refused_title: "Testtenesta slepper ikkje inn denne nettstaden",
    refused_explanation: "Testtenesta tek ikkje imot testar frå denne nettstaden.",
    refused_advice: "Sei frå til den som driftar testtenesta.",
    refused_otherwise: "testtenesta krev ein tilgang som denne nettstaden ikkje har",
    busy_title: "Testtenesta er mellombels utilgjengeleg",
    busy_title_too_many: "Testtenesta har for mange testar akkurat no",
    busy_explanation: "Testtenesta kan ikkje teste akkurat no, til dømes på grunn av \
        vedlikehald eller mange samtidige testar.",
    busy_advice_in: "Prøv igjen om {wait}.",
    busy_advice: "Prøv igjen om nokre minutt.",
    retry_after: "Retry-After: {seconds} sekund.",
    rejected_title: "Testtenesta avviste førespurnaden",
    rejected_explanation: "Testtenesta godtok ikkje det nettstaden sende.",
    rejected_advice: "Sjekk organisasjonsnummera og rettigheitspakken, og prøv igjen. Ser alt \
        rett ut, send samandraget nedanfor til KS.",
    server_error_title: "Det oppstod ein feil i testtenesta",
    server_error_explanation: "Testtenesta klarte ikkje å køyre testen.",
    server_error_advice: "Prøv igjen. Held feilen fram, kontakt den som driftar testtenesta og \
        oppgi tidspunktet.",
    http_status: "HTTP {status} frå {backend}.",
    http_detail: "HTTP {status} frå {backend}: {said}.",
    bad_answer_title: "Svaret frå testtenesta var ikkje som avtalt",
    bad_answer_explanation: "Testtenesta svarte, men vi kunne ikkje lese svaret, så vi kan ikkje \
        vise resultatet.",
    bad_answer_technical: "Svaret frå {backend}: {detail}. Testtenesta kan ha ein annan versjon \
        enn nettstaden.",
    too_large_title: "Svaret frå testtenesta var for stort",
    too_large_explanation: "Testtenesta sende langt meir enn eit testresultat er. Nettstaden \
        slutta å lese, så sida ikkje skulle henge.",
    too_large_technical: "Svaret frå {backend} var over {kb} kB; eit testresultat er nokre få kB.",
    redirected_title: "Testtenesta sende oss vidare til ei anna adresse",
    redirected_explanation: "Nettstaden følgjer ikkje vidaresendingar, for då ville svaret ikkje \
        kome frå testtenesta som er sett opp.",
    redirected_technical: "{backend} svarte med ei vidaresending. Adressa til testtenesta i \
        {config} er truleg gammal eller manglar noko (til dømes https).",
    bad_answers: BadAnswers {
        not_json: "svaret er ikkje gyldig JSON",
        missing_fields: "svaret manglar felt eller har felt med feil innhald",
        no_steps: "svaret har ingen steg",
        no_test_id: "svaret manglar test-id",
        other_environment: "svaret gjeld eit anna miljø enn det som blei testa",
        step_without_text: "eit steg i svaret manglar tekst",
        step_bad_form: "eit steg i svaret har ein id eller feilkode på feil form",
        unknown_status: "med ein HTTP-status som avtalen ikkje har",
        health: "helsesjekken svarte ikkje slik avtalen seier",
    },
    known_unreachable: "Testtenesta svarar ikkje lenger.",
    known_timed_out: "Testtenesta svarte ikkje på testen i tide.",
    known_busy: "Testtenesta kan ikkje teste akkurat no.",
    known_server_error: "Testtenesta fekk ein feil under testen.",
    known_rejected: "Testtenesta svarar, men avviste testen.",
    known_unexpected: "Testtenesta svarar, men ikkje slik nettstaden ventar.",
    second: ["{n} sekund", "{n} sekund"],
    minute: ["{n} minutt", "{n} minutt"],
    minutes_and_seconds: "{minutes} og {seconds}",
    one_second: "eitt sekund",
    tested_line: "Tilkoplingstest i {environment} ({package}){when}",
    short_works: "tilkoplinga verkar",
    short_fails: "tilkoplinga feilar",
    short_unfinished: "testen blei ikkje ferdig",
    short_not_run: "tilkoplingstesten kunne ikkje køyrast",
    summary_not_run: "Tilkoplingstesten kunne ikkje køyrast: {title}",
    summary_result: "Resultat: {verdict}",
    summary_correlation: "Korrelasjons-id: {id}",
    summary_test_id: "Test-id: {id}",
    summary_failed: "Testen kunne ikkje køyrast: {title}",
    summary_technical: "Teknisk informasjon: {technical}",
    config_unreachable: "{config} kunne ikkje hentast.",
    config_invalid: "{config} er ikkje gyldig ({why}): sjå README for felta backend, miljoer og \
        tidsgrenseSekunder.",
    config_http: "{config} svarte med HTTP {status}.",
    config_backend: "{config}: backend {why}.",
    config_no_environments: "{config}: miljoer er tom.",
    config_timeout_range: "{config}: tidsgrenseSekunder må vere mellom 1 og 300.",
    config_line: "linje {line}",
    config_not_object: "fila må vere eit JSON-objekt",
    config_unknown_field: "ukjend felt «{field}»",
    config_backend_type: "backend må vere ei adresse i hermeteikn, eller null",
    config_environments_type: "miljoer må vere ei liste med \"test\" og/eller \"produksjon\"",
    config_timeout_type: "tidsgrenseSekunder må vere eit heilt tal sekund",
    backend_not_http: "«{shown}» er ikkje ei http- eller https-adresse",
    backend_credentials: "«{shown}» har brukarnamn og passord framfor vertsnamnet (…@), som \
        nettlesaren ikkje kan bruke og som ikkje skal stå i ei offentleg fil; fjern dei og byt \
        passordet",
    backend_too_long: "«…» er over {max} teikn, for langt til å vere ei adresse",
};
