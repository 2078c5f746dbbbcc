//! The token check's texts in nynorsk: a moderate nynorsk with e-infinitive (hente, kople), no
//! present s-passive, and the site's terms (tilgangstoken, verksemdssertifikat, førespurnad,
//! utferda, på vegner av). The names of the token's fields stay as Maskinporten writes them.

use super::token_texts::{
    ErrorTexts, FindingTexts, Labels, Meanings, RowTexts, Summaries, TimeTexts, TokenTexts,
};
use crate::lang::Lang;

pub static NN: TokenTexts = TokenTexts {
    lang: Lang::Nn,
    test_environment: "testmiljøet",
    production_environment: "produksjonsmiljøet",
    header_part: "den første delen (header)",
    claims_part: "den midtre delen (innhaldet)",
    errors: ErrorTexts {
        empty: "Lim inn tilgangstokenet (det byrjar vanlegvis med «eyJ»).",
        not_a_jwt: "Dette ser ikkje ut som eit tilgangstoken: eit JWT har tre delar med punktum \
            mellom, dette har {parts}. Lim inn heile verdien av «access_token» frå svaret frå \
            Maskinporten.",
        not_base64: "Vi kan ikkje lese {part} av tokenet, for delen er ikkje base64url-koda. Har \
            noko falle bort eller kome med då du kopierte? Lim inn heile verdien av «access_token».",
        not_json: "Tokenet har ikkje gyldig JSON i {part}. Lim inn heile verdien av «access_token» \
            frå Maskinporten.",
        grant: "Dette er eit JWT-grant – førespurnaden klienten sender til Maskinporten – ikkje \
            tilgangstokenet Maskinporten svarar med. Lim inn verdien av «access_token» frå svaret i \
            staden.",
        no_claims: "Tokenet har ingen av felta eit tilgangstoken frå Maskinporten har (scope, \
            consumer, iss).",
        too_long: "Teksten er for lang til å vere eit tilgangstoken ({chars} teikn; eit token frå \
            Maskinporten har eit par tusen). Lim inn berre verdien av «access_token».",
        broken_answer: "Teksten byrjar som svaret frå Maskinporten, men er ikkje gyldig JSON. \
            Kopier heile svaret, frå { til }, eller berre verdien av «access_token».",
        no_access_token: "Teksten er JSON, men har ikkje feltet «access_token». Lim inn heile \
            svaret frå Maskinporten, eller berre verdien av «access_token».",
        maskinporten_error: "Dette er ei feilmelding frå Maskinporten, ikkje eit token: «{error}»",
        maskinporten_code: ". Feilkoden er {code}.",
        maskinporten_no_code: ". Vegvisaren over og tilkoplingstesten på slutten forklarer dei \
            vanlege feilkodane.",
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
        scope_missing: "Tokenet har ikkje noko scope. Klienten må be om `{scope}`.",
        scope_ok: "Tokenet gir tilgang til `{scope}`.",
        scope_near_miss: "Tokenet har scopet `{closest}`, men det skal vere `{scope}`. Rett scopet \
            i førespurnaden frå klienten.",
        scope_wrong: "Tokenet har ikkje scopet `{scope}` (det har `{found}`). Klienten må be om \
            `{scope}`, og scopet må vere lagt til klienten i Maskinporten.",
        consumer_missing: "Tokenet seier ikkje kven det er utferda for (feltet «consumer» manglar).",
        consumer_ok: "Tokenet er utferda for kommunen ({municipality}).",
        consumer_wrong: "Tokenet er utferda for {consumer}, men kommunen har organisasjonsnummer \
            {municipality}. Klienten må sende hovudorganisasjonsnummeret til kommunen som \
            «consumer_org».",
        consumer_other: "Tokenet er utferda for {consumer}.",
        supplier_not_asked: "Tokenet er henta av {supplier} på vegner av kommunen, men du svarte at \
            kommunen koplar seg til direkte.",
        supplier_missing: "Tokenet er ikkje henta på vegner av kommunen (feltet «supplier» \
            manglar). Leverandøren må sende organisasjonsnummeret til kommunen som «consumer_org» i \
            førespurnaden.",
        supplier_ok: "Tokenet er henta av leverandøren ({vendor}).",
        supplier_wrong: "Tokenet er henta av {supplier}, men leverandøren har organisasjonsnummer \
            {vendor}. Klienten må bruke verksemdssertifikatet til leverandøren sjølv, og kommunen må \
            ha delegert til hovudorganisasjonsnummeret til leverandøren.",
        supplier_other: "Tokenet er henta av {supplier} på vegner av kommunen.",
        delegation_missing: "Tokenet viser inga delegering frå Altinn (feltet «delegation_source» \
            manglar).",
        delegation_wrong_environment: "Delegeringa kjem frå {source}, ikkje frå Altinn i \
            {environment}. Delegeringar i produksjon finst ikkje i testmiljøet TT02, og omvendt: \
            deleger i rett miljø.",
        delegation_ok: "Tokenet byggjer på ei delegering i Altinn ({source}).",
        issuer_not_configured: "Tokenet er utferda av «{issuer}», ikkje av Maskinporten slik \
            oppsettet seier («{own}»).",
        issuer_not_maskinporten: "Tokenet er ikkje utferda av Maskinporten, men av «{issuer}».",
        environment_wrong: "Tokenet er frå {found}, men du skal kople til {wanted}. Bruk klienten \
            og sertifikatet for {wanted}.",
        environment_ok: "Tokenet er frå Maskinporten i {found}.",
        expiry_missing: "Tokenet har inga utløpstid («exp»).",
        expiry_not_a_time: "Utløpstida til tokenet («exp») er ikkje eit tidspunkt: ho skal vere \
            talet på sekund sidan 1970.",
        expired: "Tokenet gjekk ut {ago}. Hent eit nytt token – dei varer vanlegvis i nokre \
            minutt.",
        valid_for: "Tokenet gjeld i {duration} til.",
    },
    time: TimeTexts {
        seconds: ["sekund", "sekund"],
        minutes: ["minutt", "minutt"],
        hours: ["time", "timar"],
        days: ["døgn", "døgn"],
        now: "no",
        ahead: "om {duration}",
        ago: "for {duration} sidan",
    },
    rows: RowTexts {
        municipality_given: "Kommunen du oppgav",
        vendor_given: "Leverandøren du oppgav",
        not_given: "Ikkje eit organisasjonsnummer du oppgav",
        not_a_time: "Ikkje eit tidspunkt",
        meanings: Meanings {
            alg: "Korleis tokenet er signert",
            kid: "Nøkkelen som Maskinporten signerte med",
            typ: "Type",
            scope: "Kva tokenet gir tilgang til",
            consumer: "Kven tokenet er utferda for",
            supplier: "Kven som henta tokenet på vegner av kommunen",
            delegation_source: "Kvar delegeringa er gjord",
            iss: "Kven som utferda tokenet",
            client_id: "Klienten i Maskinporten",
            client_amr: "Korleis klienten logga inn",
            token_type: "Type token",
            iat: "Utferda",
            nbf: "Gyldig frå",
            exp: "Går ut",
            jti: "ID for tokenet",
        },
    },
    summaries: Summaries {
        scope: "scopet manglar eller er feil",
        consumer: "consumer er ikkje kommunen",
        supplier: "supplier er ikkje leverandøren",
        delegation: "delegeringa frå Altinn manglar eller er frå feil miljø",
        environment: "tokenet er frå feil miljø",
        expired: "tokenet har gått ut",
    },
};
