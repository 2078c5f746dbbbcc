//! What the backend says, in nynorsk (see `texts.rs`). The site's nynorsk test
//! (`tests/language/nynorsk.test.mjs`) reads every string in this file, so it holds nynorsk only.

use crate::texts::*;
use skattedeling_core::Lang;

pub static NN: Texts = Texts {
    lang: Lang::Nn,
    run: Run {
        after_failure: "Ikkje køyrt fordi eit tidlegare steg feila.",
        no_token: "Ikkje køyrt fordi det ikkje kom noko token frå steget før.",
        time_spent: "Ikkje køyrt: testen brukte opp tida si ({seconds} sekund) på stega før.",
        rights_package: "rettigheitspakken",
    },
    upstream: Upstream {
        timed_out: "svarte ikkje innan {seconds} sekund",
        unreachable: "kunne ikkje nåast (ikkje noko samband)",
        too_large: "svarte med meir data enn eit svar kan vere",
        broken: "braut sambandet medan svaret kom",
    },
    register: Register {
        status: "svarte med HTTP {status}",
        unreadable: "svarte med noko som ikkje er ei eining",
        out_of_time: "svarte ikkje før tida til testen var brukt opp",
    },
    hovedenhet: Hovedenhet {
        title: "Kommunen i Einingsregisteret",
        title_with_vendor: "Kommunen og leverandøren i Einingsregisteret",
        unavailable: "Ikkje køyrt: Einingsregisteret {phrase}, så numra er ikkje sjekka. Dei \
            andre stega er køyrde likevel. Prøv igjen om litt.",
        not_inherited: "Delegeringar og tilgangar går til hovudeininga og blir ikkje arva mellom \
            hovudeining og undereiningar.",
        municipality: "{unit} er registrert som kommune i Einingsregisteret.",
        municipality_and_vendor: "{unit} er registrert som kommune, og leverandøren {vendor} er \
            ei hovudeining i Einingsregisteret.",
        the_municipality: "kommunen",
        the_vendor: "leverandøren",
        municipality_number: "nummeret til kommunen",
        vendor_number: "nummeret til leverandøren",
        gone_advice: "Bruk organisasjonsnummeret {who} har no: slå han opp på brreg.no. Er ein \
            kommune slått saman med ein annan, har den nye kommunen eit nytt nummer.",
        removed: "{number} er fjerna frå Einingsregisteret.",
        deleted: "{unit} er sletta i Einingsregisteret ({date}).",
        not_found: "{number} finst ikkje i Einingsregisteret.",
        check_number: "Sjekk at {whose} er rett skrive.",
        synthetic_numbers: "Testmiljøet slår opp i testdata frå Einingsregisteret, og der har \
            syntetiske verksemder nummer som byrjar på 2 eller 3.",
        use_main: "Bruk hovudorganisasjonsnummeret til kommunen: i delegeringa i Altinn, som \
            consumer_org mot Maskinporten og her.",
        use_main_numbered: "Bruk hovudorganisasjonsnummeret til kommunen, {number}: i \
            delegeringa i Altinn, som consumer_org mot Maskinporten og her.",
        sub_unit: "Nummeret til kommunen, {number}, er ei undereining, ikkje ei hovudeining. I \
            Einingsregisteret har ho {parent} som hovudeining{through}. {not_inherited}",
        through: ", som er eit organisasjonsledd under {unit}",
        organisasjonsledd: "{unit} er eit organisasjonsledd under {main} i Einingsregisteret. \
            Tilgangen frå Skatteetaten og delegeringa i Altinn går til kommunen sitt eige \
            organisasjonsnummer.",
        not_municipality: "{unit} er registrert som {what} i Einingsregisteret, ikkje som \
            kommune. Rettigheitspakkane til kommunane går til kommunen sitt eige \
            organisasjonsnummer.",
        not_municipality_advice: "Bruk organisasjonsnummeret til kommunen (organisasjonsform \
            KOMM). Gjeld testen ei anna verksemd, kontakt KS.",
        vendor_sub_unit: "Nummeret til leverandøren, {number}, er ei undereining, ikkje ei \
            hovudeining. I Einingsregisteret har ho {parent} som hovudeining. {not_inherited}",
        vendor_use_main: "Bruk hovudorganisasjonsnummeret til leverandøren, {parent}: kommunen \
            delegerer til det i Altinn.",
    },
    token: Token {
        title: "Token frå Maskinporten",
        ok: "Maskinporten i {miljo} gav eit token med scopet {scope}{lasting}.",
        lasting: ", gyldig i {seconds} sekund",
        certificate_expired: "Verksemdssertifikatet som testtenesta brukar, gjekk ut {date}.",
        certificate_environment: "Verksemdssertifikatet som testtenesta brukar, er utferda for \
            {from} ({issuer}), men testen gjeld {miljo}.",
        owner: "Testtenesta hentar token med klienten til {owner}, ikkje med kommunen sin eigen. \
            Ei direkte tilkopling blir testa med kommunen sin eigen klient; hentar ein \
            leverandør opplysningane, vel det i vegvisaren.",
        clock_behind: "Klokka på tenaren der testtenesta køyrer, går {seconds} sekund etter \
            klokka til Maskinporten.",
        clock_ahead: "Klokka på tenaren der testtenesta køyrer, går {seconds} sekund føre \
            klokka til Maskinporten.",
        future: "Maskinporten avviste førespurnaden fordi han er laga «i framtida»: klokka på \
            tenaren der testtenesta køyrer, går føre klokka til Maskinporten.",
        future_advice: "Be {drifter} synkronisere klokka på tenaren (NTP), og prøv igjen.",
        consumer_org: "Maskinporten avviste consumer_org: kommunen kan ikkje hente token på \
            vegner av seg sjølv gjennom sin eigen klient.",
        consumer_org_advice: "Er kommunen og leverandøren same organisasjon, vel at kommunen \
            koplar seg til direkte.",
        unknown_kid: "Maskinporten kjenner ikkje nøkkelen (kid) som testtenesta signerer med.",
        unknown_kid_advice: "Be {drifter} sjekke at kid i oppsettet er den som nøkkelen er \
            registrert med på klienten i Samarbeidsportalen for {miljo}.",
        registered_keys: "Klienten i Maskinporten er sett opp med registrerte nøklar, men \
            testtenesta signerer med eit verksemdssertifikat.",
        registered_keys_advice: "Be {drifter} bruke key og kid i oppsettet i staden for \
            certificate.",
        metadata_upstream: "Maskinporten {phrase} ({address}).",
        metadata_status: "Maskinporten svarte HTTP {status} på {address}.",
        metadata_unreadable: "Svaret frå {address} er ikkje oppsettet til Maskinporten \
            (metadata).",
        metadata_wrong_issuer: "Maskinporten på {address} oppgir ein annan utferdar ({found}) \
            enn oppsettet ({issuer}).",
        metadata_retry: "Prøv igjen om litt. Skjer det igjen, be {drifter} sjekke at tenaren \
            når Maskinporten (brannmur og proxy).",
        metadata_set_issuer: "Be {drifter} setje maskinporten i oppsettet til «{found}».",
        check_address: "Be {drifter} sjekke adressa maskinporten i oppsettet.",
        upstream: "Maskinporten {phrase}.",
        upstream_advice: "Prøv igjen om litt. Skjer det igjen, be {drifter} sjekke at tenaren \
            når Maskinporten, og sjå driftsmeldingane frå Digdir.",
        unavailable: "Maskinporten er mellombels utilgjengeleg (HTTP 503).",
        retry_in_minutes: "Prøv igjen om nokre minutt.",
        unreadable: "Maskinporten svarte HTTP {status} utan ei feilmelding som testtenesta \
            kjenner att.",
        signing: "Testtenesta klarte ikkje å signere førespurnaden til Maskinporten.",
        signing_advice: "Be {drifter} sjekke nøkkelen eller sertifikatet i oppsettet.",
        unknown_code: "Maskinporten svarte {error} (HTTP {status}): «{description}».",
        unknown_code_advice: "Send samandraget til KS med feilkoden og korrelasjons-id, eller be \
            {drifter} slå opp feilen i dokumentasjonen til Maskinporten.",
    },
    delegering: Delegering {
        title: "Delegeringa i tokenet",
        bad_signature: "Signaturen i tokenet stemmer ikkje med nøklane Maskinporten publiserer \
            ({issuer}jwk). Ein kan ikkje stole på tokenet.",
        bad_signature_advice: "Be {drifter} sjekke at maskinporten i oppsettet er Maskinporten i \
            rett miljø, og at ingen proxy endrar svara. Held det fram, kontakt Digdir med \
            tidspunktet.",
        expired: "Tokenet frå Maskinporten hadde alt gått ut då testtenesta fekk det.",
        expired_advice: "Be {drifter} sjekke at klokka på tenaren er synkronisert (NTP).",
        wrong_issuer: "Tokenet er ikkje utferda av Maskinporten slik oppsettet seier ({issuer}).",
        check_maskinporten: "Be {drifter} sjekke maskinporten i oppsettet.",
        malformed: "Maskinporten svarte med eit token som testtenesta ikkje kan lese.",
        jwks: "Nøklane til Maskinporten ({issuer}jwk) kunne ikkje hentast: Maskinporten \
            {detail}.",
        jwks_status: "svarte med HTTP {status}",
        jwks_not_a_jwks: "svarte med noko som ikkje er eit nøkkelsett (JWKS)",
        jwks_unreadable_key: "har ein nøkkel som ikkje kan lesast",
        retry: "Prøv igjen om litt.",
        metadata: "Oppsettet til Maskinporten kunne ikkje hentast for å sjekke tokenet \
            ({detail}).",
        metadata_unreadable: "uleseleg svar",
        metadata_issuer: "utferdar {found}",
        consumer_advice: "Hovudorganisasjonsnummeret til kommunen må sendast som consumer_org, \
            og kommunen må ha delegert i Altinn.",
        supplier_advice: "Testtenesta hentar token med sin eigen klient. Skal {vendor} testast, \
            må testen køyrast frå ei testteneste med klienten til den leverandøren.",
        the_vendor: "leverandøren {number}",
        another_vendor: "ein annan leverandør",
        delegation_advice: "Kommunen må delegere i Altinn i same miljø som testen: TT02 for \
            test, altinn.no for produksjon.",
        scope_advice: "Be {drifter} sjekke scope og maskinporten i oppsettet.",
        retry_advice: "Prøv igjen: kvar test hentar eit nytt token.",
        unreadable_token: "Tokenet frå Maskinporten kan ikkje lesast: {error}",
    },
    skattegrunnlag: Skattegrunnlag {
        title: "Kall til Summert skattegrunnlag",
        switched_off: "Ikkje køyrt: i {miljo} slår ikkje testtenesta opp personar i Summert \
            skattegrunnlag, fordi Skatteetaten loggar kvart oppslag mot heimelen til kommunen. \
            Token og delegering er sjekka; kallet gjer fagsystemet sjølv.",
        no_slot: "Ikkje køyrt: kommunen hadde alt {calls} kall i gang mot Summert skattegrunnlag \
            gjennom testtenesta (grensa til Skatteetaten), og det blei ikkje ledig plass i tide. \
            Prøv igjen om litt.",
        upstream: "Summert skattegrunnlag {phrase}.",
        upstream_advice: "Prøv igjen om litt. Held det fram, kan Skatteetaten ha problem med \
            drifta.",
        data: "Skatteetaten svarte med skattegrunnlaget for ein syntetisk testperson for \
            inntektsåret {year}: kommunen har tilgang til «{pakke}».",
        not_data: "Adressa svarte 200, men ikkje med eit skattegrunnlag frå Summert \
            skattegrunnlag.",
        check_address: "Be {drifter} sjekke summert_skattegrunnlag i oppsettet.",
        access_works: "Skatteetaten godtok tokenet og tilgangen kommunen har til «{pakke}» \
            ({code}). {explanation}",
        unknown_code: "Skatteetaten svarte HTTP {status}{code}: «{message}».",
        unknown_code_code: " ({code})",
        unknown_code_advice: "Send samandraget til KS med feilkoden og korrelasjons-id.",
        not_found: "Adressa til Summert skattegrunnlag finst ikkje (HTTP 404, utan feilmeldinga \
            til Skatteetaten).",
        not_found_advice: "Be {drifter} sjekke summert_skattegrunnlag i oppsettet: adressa til \
            API-et med /v2 til slutt.",
        refused: "Skatteetaten slapp ikkje kallet inn (HTTP {status}, utan feilmeldinga til \
            Skatteetaten).",
        refused_advice: "Be {drifter} sjekke at tenaren når *.api.skatteetaten-test.no eller \
            *.api.skatteetaten.no (brannmur og proxy).",
        unavailable: "Summert skattegrunnlag er utilgjengeleg (HTTP {status}).",
        retry_in_minutes: "Prøv igjen om nokre minutt.",
        unrecognised: "Summert skattegrunnlag svarte HTTP {status} utan ei feilmelding som \
            testtenesta kjenner att.",
    },
    server: Server {
        not_json: "Førespurnaden må vere JSON («Content-Type: application/json»).",
        too_large: "Førespurnaden er større enn {kb} KB.",
        unreadable: "Førespurnaden kunne ikkje lesast.",
        not_the_contract: "Førespurnaden følgjer ikkje kontrakten: han må ha «miljo», «kommune» \
            og «rettighetspakke» (og kan ha «leverandor»).",
        not_set_up: "«miljo»: {miljo} er ikkje sett opp i denne testtenesta (ho kan teste \
            {here}).",
        and: "og",
        busy: "Testtenesta køyrer så mange testar akkurat no at ho ikkje tek fleire. Prøv igjen \
            om litt.",
        no_such_path: "{path} finst ikkje.",
        method: "{path} støttar ikkje {method}.",
    },
};
