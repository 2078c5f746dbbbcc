//! The guide core's texts in nynorsk: a moderate nynorsk with e-infinitive, no present s-passive, and
//! the terms of the guide's nynorsk content (vegvisar, tilkopling, rettigheitspakke, verksemd,
//! hovudeining). Names of services, roles and menu items in Altinn stay as they are.

use super::texts::{
    CodeTexts, CoreTexts, HandoverTexts, OrgNumberTexts, RoleTexts, ScopeTexts, SetupTexts,
    SummaryTexts,
};
use crate::lang::Lang;

pub static NN: CoreTexts = CoreTexts {
    lang: Lang::Nn,
    summary: SummaryTexts {
        skipped: "Hoppa over",
        check_yes: "Ja",
        check_no: "Nei",
        check_fixed: "Nei – retta undervegs",
        check_left: "Nei – ikkje retta",
        token_ok: "Sjekka: alt i orden",
        token_findings: "Sjekka: {findings}",
        not_in_order: [
            "1 punkt i sjekklista er ikkje i orden",
            "{n} punkt i sjekklista er ikkje i orden",
        ],
        in_order_untested: "Sjekklista er i orden, men tilkoplinga er ikkje testa enno",
        not_in_order_untested: "{not_in_order}, og tilkoplinga er ikkje testa enno",
        outcome_not_in_order: "{title} ({not_in_order})",
        unfinished_at: "Ikkje ferdig – kom til «{heading}»",
        unfinished: "Ikkje ferdig",
        subject_municipality: " – kommune {number}",
        result: "Resultat: {outcome}",
        flow: "Vegvisar: {title}",
        outcome: "Svaret i vegvisaren: {title}",
        answers: "Svara mine:",
        failures: "Dette var ikkje i orden:",
        fixed: "retta undervegs",
        left: "ikkje retta",
        link: "Svara i vegvisaren: {link}",
        mail:
            "Hei!\n\nEg har gått gjennom vegvisaren og treng hjelp.\n\n{summary}\nSpørsmålet mitt:\
               \n\n\n(Ikkje send fødselsnummer, tilgangstoken eller andre personopplysningar på \
               e-post.)\n",
    },
    setup: SetupTexts {
        municipality_error: "Organisasjonsnummeret til kommunen: {error}",
        vendor_error: "Organisasjonsnummeret til leverandøren: {error}",
        same_number: "Leverandøren har same organisasjonsnummer som kommunen. Koplar kommunen seg \
                      til med eigen klient, skal leverandørfeltet stå tomt.",
        no_environment: "Vel miljøet de vil teste.",
        no_package: "Vel rettigheitspakken, eller «Veit ikkje» viss de ikkje veit han enno.",
        describe: "Kommune {municipality}, {vendor}, {environment}, {package}",
        vendor: "leverandør {number}",
        no_vendor: "ingen leverandør (kommunen sin eigen klient)",
        package_unknown: "rettigheitspakken er ikkje kjend enno",
    },
    scope: ScopeTexts {
        empty: "Skriv inn scopet klienten ber om, til dømes `{scope}`.",
        case_or_spaces: "Nesten rett, men scopet skal skrivast med små bokstavar og utan \
                         mellomrom: `{scope}` – du skreiv `{typed}`.",
        near_miss: "Nesten rett, men ikkje heilt: `{scope}` – du skreiv `{closest}`.",
        wrong: "`{typed}` er ikkje scopet for Summert skattegrunnlag. Det rette scopet er \
                `{scope}`.",
        not_a_scope: "`{item}` er ikkje eit scope. Eit scope skal skrivast `prefiks:namn`, til \
                      dømes `{scope}`; skriv berre scope, med mellomrom mellom dei.",
        too_long:
            "Teksten er for lang til å vere ei liste med scope ({chars} teikn; høgst {max}). \
                   Skriv berre scope som klienten ber om, til dømes `{scope}`.",
    },
    handover: HandoverTexts {
        title: "Slik gir kommunen leverandøren tilgang i Altinn",
        who: "Den som gjer det, må ha rolla «Programmeringsgrensesnitt (API)» for kommunen – den \
              rolla har mellom andre dagleg leiar (rådmann eller kommunedirektør) – eller rolla \
              «Tilgangsstyring» eller «Hovedadministrator». Har du ingen av dei, kan den som har \
              «Hovedadministrator» gi deg rolla.",
        main_entity: "Bruk nummera til hovudeiningane, slik dei står her, både for kommunen og \
                      for leverandøren: ei delegering til ei undereining blir ikkje arva.",
        where_production: "Altinn (https://www.altinn.no)",
        where_test: "testmiljøet til Altinn, TT02 (https://tt02.altinn.no; delegeringar i \
                     produksjon gjeld ikkje der)",
        where_both: "Altinn (https://www.altinn.no), og for testmiljøet også TT02 \
                     (https://tt02.altinn.no; delegeringar gjeld berre i miljøet dei er gjorde i)",
        steps: [
            "Logg inn i {where}, og vel å representere kommunen, {municipality}.",
            "Gå til Profil, og vel «Tilgang til programmeringsgrensesnitt – API».",
            "Vel å gi tilgang til ei ny verksemd, og skriv inn organisasjonsnummeret til \
             leverandøren: {vendor}.",
            "Vel API-et «{service}», og stadfest.",
        ],
        municipality_line: "Kommunen: {number}",
        vendor_line: "Leverandøren: {number}",
        service_line: "Tenesta: {service}",
        who_line: "Kven kan gjere det: {who}",
        page_line: "Denne sida: {link}",
    },
    codes: CodeTexts {
        empty: "Skriv inn feilkoden, til dømes MP-251, SSG-005 eller invalid_grant.",
        no_check: "Vegvisaren har ingen eigen sjekk for `{code}`. Les kva koden tyder og kva de \
                   skal gjere, i oversikta over feilkodar, eller gå gjennom sjekkane.",
        unknown: "Vi kjenner ikkje feilkoden{typed}. Sjekk at han er skriven slik han står i \
                  feilmeldinga (til dømes MP-251 eller SSG-005), sjå oversikta over feilkodar, \
                  eller gå gjennom sjekkane.",
        unknown_typed: " «{typed}»",
        token_not_kept: "eit token blir aldri lagra; bruk `token::check`",
        setup_has_fields: "eit oppsett har fleire felt; bruk `TestSetup::from_fields`",
    },
    roles: RoleTexts {
        municipality: "kommunen",
        vendor: "leverandøren",
    },
    org_number: OrgNumberTexts {
        empty: "Skriv inn organisasjonsnummeret (9 siffer).",
        not_a_digit: "Organisasjonsnummeret kan berre ha siffer og mellomrom – teikn nummer \
                      {position} er «{character}».",
        wrong_length: "Organisasjonsnummeret har 9 siffer – du har skrive {digits}.",
        person_number: "Dette ser ut som eit fødselsnummer eller d-nummer (11 siffer), ikkje eit \
                        organisasjonsnummer (9 siffer). Her skal organisasjonsnummeret til \
                        kommunen eller leverandøren stå – skriv aldri inn personnummer her. Det du \
                        skreiv, er ikkje lagra.",
        not_in_use: "Dette er ikkje eit organisasjonsnummer: dei byrjar med 8 eller 9 (syntetiske \
                     verksemder i testmiljøet med 2 eller 3), og dette byrjar med {first}.",
        no_check_digit: "Dette er ikkje eit gyldig organisasjonsnummer: ingen organisasjonsnummer \
                         byrjar med desse åtte sifra. Sjekk at du ikkje har skrive feil eller \
                         bytt om to siffer.",
        wrong_check_digit: "Dette er ikkje eit gyldig organisasjonsnummer: kontrollsifferet (det \
                            siste sifferet) er {typed}, men skulle ha vore {expected} med dei åtte \
                            første sifra du har skrive. Sjekk at du ikkje har skrive feil eller \
                            bytt om to siffer.",
    },
};
