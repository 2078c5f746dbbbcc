//! The guide's screens in nynorsk (see [`crate::guide_ui`]): the same moderate nynorsk as
//! `texts_nn.rs`, with e-infinitive, no present s-passive, and the terms of the site's nynorsk
//! content (vegvisar, tilkopling, rettigheitspakke, påkoplingsførespurnad, samandrag, teneste).

use crate::guide_ui::GuideUi;
use crate::lang::Lang;

pub static NN_GUIDE_UI: GuideUi = GuideUi {
    lang: Lang::Nn,
    link_copied: "Lenka er kopiert.",
    sources_title: "Kjelder",
    sources_assessed: "Kjeldene blei sist vurderte",
    back: "Tilbake",
    to_faq: "Til spørsmål og svar",
    restart: "Start på nytt",
    continue_button: "Hald fram",
    skip: "Hopp over",
    code_known: "Kjend feilkode:",
    code_way_on_title: "Slik kjem du vidare",
    code_see_catalogue: "Sjå lista over feilkodar",
    code_see_entry: "Les om koden i lista over feilkodar",
    code_walk_checks: "Gå gjennom sjekkane i staden",
    setup_municipality: "Organisasjonsnummeret til kommunen",
    setup_municipality_hint: "Hovudorganisasjonsnummeret: kommunen som hovudeining i Einingsregisteret, ikkje ein etat eller eit kontor.",
    setup_vendor: "Organisasjonsnummeret til leverandøren (viss ein leverandør hentar opplysningane)",
    setup_vendor_hint: "Hovudorganisasjonsnummeret til fagsystemleverandøren som hentar på vegner av \
     kommunen. La feltet stå tomt viss kommunen koplar seg til med eigen klient i Maskinporten.",
    setup_environment: "Miljø",
    setup_package: "Rettigheitspakke",
    setup_package_what: "Ein rettigheitspakke er det Skatteetaten har gitt kommunen tilgang til: eit sett med \
     reglar for kva opplysningar som blir utleverte til eitt formål, til dømes foreldrebetaling i barnehage og \
     SFO. Pakken står i kallet til API-et, så testen må vite kva pakke de skal bruke.",
    setup_package_unknown: "Veit ikkje",
    setup_find_package_title: "Slik finn de rettigheitspakken",
    setup_find_package: "Rettigheitspakken står i påkoplingsførespurnaden som Skatteetaten har godkjent \
     for kommunen. Spør den i kommunen som sende førespurnaden, eller den som har ansvaret for tenesta \
     som opplysningane skal brukast i. De kan gå vidare no og velje pakken i testen når de veit kva pakke det er.",
    answers_title: "Svara dine",
    reasoning_title: "Grunngiving: svara dine",
    change: "Endre",
    error_summary_title: "Det er eit problem",
    choose_an_answer: "Vel eit svar.",
    check_yes: "Ja",
    check_no: "Nei, eller veit ikkje",
    check_failed: "Du svarte nei. Slik kjem du vidare:",
    fix_title: "Slik rettar du det",
    who_title: "Kven kan gjere det",
    read_more: "Les meir",
    fixed_button: "Det er retta – hald fram",
    leave_button: "Hald fram utan å rette",
    token_privacy: "Vi les tokenet berre her, i nettlesaren din. Det blir ikkje sendt nokon \
     stad, ikkje lagra og ikkje lagt i adressa. Når du går vidare, hugsar vi berre resultatet av sjekken.",
    token_empty: "Lim inn eit tilgangstoken, eller vel «Hopp over».",
    token_findings_title: "Dette fann vi i tokenet",
    token_paste_hint: "Lim inn heile svaret frå Maskinporten (det som byrjar med \
     {\"access_token\"), ei linje med «Authorization: Bearer …», eller berre tokenet.",
    token_contents_title: "Innhaldet i tokenet",
    token_signature: "Vi sjekkar ikkje signaturen her. Det trengst ikkje for denne sjekken, \
     som berre les kva tokenet seier om scope, kommune, leverandør, miljø og utløpstid, \
     og eit token med falsk signatur ville Skatteetaten avvist uansett. Tilkoplingstesten til slutt \
     hentar eit ekte token frå Maskinporten og sjekkar signaturen der.",
    token_header_caption: "Første del (header)",
    token_claims_caption: "Innhaldet (claims)",
    token_field: "Felt",
    token_value: "Verdi",
    failures_title: "Dette må rettast",
    failures_lead: "Dette var ikkje i orden då du gjekk gjennom sjekklista. Rett det \
     før de testar tilkoplinga, og vel «Endre» for å gå gjennom punktet igjen.",
    fixed_on_the_way: "Retta undervegs",
    summary_title: "Samandrag",
    page_address: "Adressa til denne sida:",
    handover_lead: "Leverandøren dykkar hentar opplysningar frå Summert skattegrunnlag \
     på vegner av kommunen. Då må kommunen gi leverandøren tilgang i Altinn. Slik gjer de det:",
    handover_service: "Tenesta",
    handover_steps: "Slik gjer de det",
    handover_copy: "Kopier teksten",
    handover_copied: "Teksten er kopiert.",
    handover_back: "Til vegvisaren",
    handover_offer_title: "Til kommunen: gi leverandøren tilgang i Altinn",
    handover_offer_text: "Send kommunen denne lenka. Ho opnar ei side med det \
     kommunen må gjere i Altinn, med begge organisasjonsnumra fylte inn, namnet på tenesta og \
     kven i kommunen som kan gjere det. Sida kan skrivast ut.",
    handover_open: "Opne sida til kommunen",
    handover_copy_link: "Kopier lenka til kommunen",
    handover_link_not_copied: "Nettlesaren let oss ikkje kopiere. Høgreklikk «Opne \
     sida til kommunen» og vel å kopiere lenka.",
    copy_summary: "Kopier samandraget",
    print: "Skriv ut",
    send_summary: "Send samandraget til skattedeling@ks.no",
    summary_copied: "Samandraget er kopiert.",
    summary_not_copied: "Nettlesaren let oss ikkje kopiere. Merk teksten i samandraget \
     og kopier han sjølv.",
    connection_test_title: "Tilkoplingstest",
    config_loading: "Hentar oppsettet for testtenesta …",
    not_configured_title: "Inga testteneste er sett opp her",
    not_configured_text: "Denne nettstaden er ikkje kopla til ei testteneste, så \
     tilkoplinga kan ikkje testast herifrå. Gå gjennom sjekklista på nytt, test med eigen klient slik \
     det står ovanfor, eller send samandraget nedanfor til KS.",
    config_invalid_title: "Testtenesta er ikkje sett opp rett",
    config_invalid_text: "Oppsettet for testtenesta har ein feil, så tilkoplinga kan \
     ikkje testast herifrå no. Gå gjennom sjekklista på nytt, test med eigen klient slik det står \
     ovanfor, eller send samandraget nedanfor til KS.",
    config_invalid_operator: "Til den som driftar nettstaden:",
    checklist_again: "Gå gjennom sjekklista på nytt",
    mail_ks: "Send ein e-post til skattedeling@ks.no",
    health_checking: "Sjekkar om testtenesta svarar …",
    health_ok: "Testtenesta svarar og er klar.",
    health_failed: "Testtenesta er ikkje klar",
    health_again: "Sjekk igjen",
    health_see_below: "Sjå forklaringa nedanfor.",
    technical_details: "Teknisk informasjon",
    test_cancelled_title: "Du avbraut testen",
    test_cancelled_text: "Testen blei stoppa før han var ferdig. Vi har teke vare på svara dine. Start testen på nytt når \
     du vil.",
    test_environment: "Miljø",
    test_package: "Rettigheitspakke",
    test_package_hint: "Pakken som kommunen har fått tilgang til hos Skatteetaten, og som de skal hente opplysningar med.",
    test_package_choose: "Vel rettigheitspakke",
    test_package_missing: "Vel kva rettigheitspakke de skal teste.",
    test_municipality: "Kommune",
    test_vendor: "Leverandør",
    test_missing_number: "Organisasjonsnummeret manglar. Endre svaret ovanfor før du testar.",
    test_start: "Start testen",
    test_running: "Testar tilkoplinga …",
    test_cancel: "Avbryt testen",
    test_retry: "Prøv igjen",
    test_again: "Køyr testen på nytt",
    test_advice: "Kva de kan gjere:",
    failure_advice: "Kva du kan gjere:",
    test_correlation: "Korrelasjons-id:",
    test_error_code: "Feilkode",
    test_id: "Test-id:",
    feedback_question: "Fann du det du leitte etter?",
    feedback_yes: "Ja",
    feedback_no: "Nei",
    feedback_yes_about: "– eg fann det eg leitte etter i",
    feedback_no_about: "– eg fann ikkje det eg leitte etter i",
    feedback_trap: "Ikkje fyll ut dette feltet",
    progress_line: "Steg {step} av om lag {of_about}",
    unknown_flow_title: "Vi finn ikkje vegvisaren «{id}»",
    test_waiting: "Testen tek vanlegvis nokre sekund. Vi ventar i opptil {seconds} sekund.",
    token_code_link: "Les kva {code} tyder og kva de gjer",
    error_prefix: "Feil: ",
    change_answer: " svaret på «{question}»",
    change_outcome_answer: " svaret",
    valid_org_number: "Gyldig organisasjonsnummer: {number}",
    scope_right: "Rett scope.",
    unknown_flow_text: "Lenka kan vere skriven feil, eller vegvisaren kan ha fått eit nytt namn. Vel ein av vegvisarane:",
    finding_status: ["I orden", "Må rettast", "Til informasjon"],
    change_municipality_number: " organisasjonsnummeret til kommunen",
    change_vendor_number: " organisasjonsnummeret til leverandøren",
    mail_no_backend_subject: "Tilkoplingstest",
    mail_no_backend_body: "Hei!\n\nEg vil teste tilkoplinga til Summert skattegrunnlag, men det finst inga \
         testteneste å teste mot.\n\n",
    tested: "Testa{when} i {environment} med rettigheitspakken «{package}».",
    read_more_prefix: "Les meir: ",
};
