//! The words and anchors of the FAQ page. The static page written at build time and the app that takes
//! it over both read them from here, so the two always say the same thing in the same place.

/// Element ids the page itself uses; no question or section may take them.
pub const PAGE_ANCHORS: &[&str] = &[
    "innhold",
    "app",
    SEARCH_INPUT_ID,
    "sok-hjelp",
    "sok-status",
    QUESTIONS_ID,
    TIMELINE_ANCHOR,
    CONTACT_ANCHOR,
    GUIDE_ANCHOR,
    GUIDE_HEADING_ID,
    GUIDE_FIELD_ID,
    ERROR_SUMMARY_ID,
    CONNECTION_TEST_HEADING_ID,
    CONNECTION_HEALTH_ID,
    CONNECTION_RESULT_ID,
    CONNECTION_CANCEL_ID,
    CONNECTION_PACKAGE_ID,
    CONNECTION_PACKAGE_HINT_ID,
    CONNECTION_PACKAGE_ERROR_ID,
    "testmiljo-test",
    "testmiljo-produksjon",
    crate::site::GUIDE_CONTAINER_ID,
    crate::site::GUIDE_LANGUAGE_NOTICE_ID,
];

pub const SEARCH_INPUT_ID: &str = "sok";
pub const QUESTIONS_ID: &str = "sporsmal";
pub const TIMELINE_ANCHOR: &str = "tidslinje";
pub const CONTACT_ANCHOR: &str = "kontakt";

pub const SEARCH_LABEL: &str = "Søk i spørsmål og svar";
pub const SEARCH_HINT: &str =
    "Skriv det du lurer på, for eksempel «delegere i Altinn», «maskinporten» eller «orgnr».";
pub const AUDIENCE_LEGEND: &str = "Vis spørsmål for";
pub const AUDIENCE_ALL: &str = "Alle";
pub const OPEN_ALL: &str = "Vis alle svar";
pub const CLOSE_ALL: &str = "Skjul alle svar";
pub const NO_SCRIPT_NOTICE: &str =
    "Søk og filtrering krever JavaScript. Alle spørsmål og svar står \
     nedenfor: velg et spørsmål for å lese svaret. Hver veiviser står som tekst på \
     en egen side: velg den i listen over.";
pub const PERMALINK: &str = "Lenke til svaret";
pub const COPY_LINK: &str = "Kopier lenke";
pub const LINK_COPIED: &str = "Lenken er kopiert.";
pub const LINK_NOT_COPIED: &str =
    "Nettleseren lot oss ikke kopiere. Høyreklikk «Lenke til svaret» og \
     velg å kopiere lenken.";
pub const UPDATED: &str = "Sist oppdatert";
/// The heading over an answer's or an outcome's sources, and the day they were last assessed.
pub const SOURCES_TITLE: &str = "Kilder";
pub const SOURCES_ASSESSED: &str = "Kildene ble sist vurdert";
pub const TIMELINE_TITLE: &str = "Tidslinje: fra Infotorg til deling direkte fra Skatteetaten";
pub const RESULTS_TITLE: &str = "Søkeresultater";
pub const NO_RESULTS_TEXT: &str = "Prøv et annet ord eller færre ord. Du kan også gå videre her:";
pub const CONTACT_TITLE: &str = "Fant du ikke svaret?";
pub const CONTACT_TEXT: &str = "KS svarer på spørsmål om skattedeling. Skriv hva du lurer på, \
     men ikke send fødselsnummer eller andre personopplysninger.";
pub const CONTACT_BUTTON: &str = "Send e-post til skattedeling@ks.no";
/// The flow an empty search offers: getting connected, step by step.
pub const MAIN_FLOW: &str = "tilkobling";
pub const GUIDE_LINK: &str = "Gå gjennom fremgangsmåten for tilkobling steg for steg";

/// The guide's block on the FAQ page (each flow's anchor is in [`links`](crate::links)).
pub const GUIDE_ANCHOR: &str = "veiviser";

pub const SITE_NAME: &str = "Skattedeling selvbetjening";
pub const FAQ_TITLE: &str = "Ofte stilte spørsmål om skattedeling";
pub const FAQ_LEAD: &str = "Svar for kommuner, fagsystemleverandører og prosjektledere som henter skatte- \
     og inntektsopplysninger («Summert skattegrunnlag») fra Skatteetaten – direkte, via en leverandør på \
     vegne av kommunen, eller gjennom Fiks-plattformen.";

// The guide.
pub const GUIDE_LIST_TITLE: &str = "Veiviser";
pub const GUIDE_LIST_TEXT: &str =
    "Svar på noen spørsmål, ett om gangen, og få vite hva som gjelder \
     for dere – eller hva som må rettes.";
/// A flow's own page (see [`flow_page_href`](crate::links::flow_page_href)): the flow as text, for everyone, with a link to the
/// interactive guide that is shown only with JavaScript.
pub const GUIDE_PAGE_INTRO: &str = "Her står hele veiviseren som tekst: spørsmålene, sjekkene og \
     svarene de kan føre til.";
pub const GUIDE_PAGE_INTERACTIVE: &str = "Vil du heller svare på ett spørsmål om gangen?";
pub const GUIDE_PAGE_INTERACTIVE_LINK: &str = "Gå gjennom veiviseren steg for steg";
pub const GUIDE_HEADING_ID: &str = "veiviser-overskrift";
pub const WIDGET_LABEL: &str = "Veiviser fra Skattedeling selvbetjening";
pub const WIDGET_PROBLEM_TITLE: &str = "Veiviseren kan ikke vises her";
pub const WIDGET_PROBLEM_LEAD: &str =
    "Veiviseren fra Skattedeling selvbetjening er satt inn på denne siden, men oppsettet er ikke riktig:";
pub const WIDGET_PROBLEM_OWNER: &str =
    "Den som har ansvar for siden, må rette oppsettet. Til da finner du \
     veiviserne og svarene på";
pub const WIDGET_SITE_NAME: &str = "Skattedeling selvbetjening";
/// A widget's first screen, before its guide is loaded (the widget crate, `widget/`).
pub const WIDGET_START: &str = "Start veiviseren";
pub const WIDGET_LOADING: &str = GUIDE_LOADING;
/// Followed by a link to the site ([`WIDGET_SITE_NAME`]) and a full stop.
pub const WIDGET_LOAD_FAILED: &str =
    "Veiviseren kunne ikke lastes. Det kan skyldes nettforbindelsen. Prøv igjen, eller bruk \
     veiviseren på";
pub const WIDGET_RETRY: &str = "Prøv igjen";
pub const GUIDE_FIELD_ID: &str = "svar-felt";
pub const ERROR_SUMMARY_ID: &str = "feiloppsummering";
pub const BACK: &str = "Tilbake";
/// While the guide is on its way (a flow was opened before it was loaded).
pub const GUIDE_LOADING: &str = "Laster veiviseren …";
pub const GUIDE_NOT_LOADED_TITLE: &str = "Veiviseren kunne ikke lastes";
pub const GUIDE_NOT_LOADED_TEXT: &str =
    "Det kan skyldes nettforbindelsen. Last siden på nytt for å \
     prøve igjen, eller les veiviseren som tekst: den har de samme spørsmålene og sjekkpunktene.";
pub const GUIDE_RELOAD: &str = "Last siden på nytt";
pub const GUIDE_AS_TEXT: &str = "Les veiviseren som tekst";
pub const TO_FAQ: &str = "Til spørsmål og svar";
pub const RESTART: &str = "Start på nytt";
pub const CONTINUE: &str = "Fortsett";
pub const SKIP: &str = "Hopp over";
/// The progress line over a guide screen: the screen's place on the path, and how long the path
/// may be at most, given the answers so far.
pub fn progress_line(step: usize, of_about: usize) -> String {
    format!("Steg {step} av omtrent {of_about}")
}
// An error-code input: the way on when a code leads to no check.
pub const CODE_LIST_ID: &str = "feilkoder-liste";
pub const CODE_KNOWN: &str = "Kjent feilkode:";
pub const CODE_WAY_ON_TITLE: &str = "Slik kommer du videre";
pub const CODE_SEE_CATALOGUE: &str = "Se oversikten over feilkoder";
pub const CODE_SEE_ENTRY: &str = "Les om koden i oversikten over feilkoder";
pub const CODE_WALK_CHECKS: &str = "Gå gjennom sjekkene i stedet";
// The test-setup screen: everything the connection test needs, on one screen.
pub const SETUP_MUNICIPALITY_ID: &str = "oppsett-kommune";
pub const SETUP_VENDOR_ID: &str = "oppsett-leverandor";
pub const SETUP_MUNICIPALITY: &str = "Kommunens organisasjonsnummer";
pub const SETUP_MUNICIPALITY_HINT: &str =
    "Hovedorganisasjonsnummeret: kommunen som hovedenhet i Enhetsregisteret, ikke en etat eller et kontor.";
pub const SETUP_VENDOR: &str =
    "Leverandørens organisasjonsnummer (hvis en leverandør henter opplysningene)";
pub const SETUP_VENDOR_HINT: &str =
    "Hovedorganisasjonsnummeret til fagsystemleverandøren som henter på vegne av \
     kommunen. La feltet stå tomt hvis kommunen kobler seg til med egen klient i Maskinporten.";
pub const SETUP_ENVIRONMENT: &str = "Miljø";
pub const SETUP_PACKAGE: &str = "Rettighetspakke";
pub const SETUP_PACKAGE_WHAT: &str = "En rettighetspakke er det Skatteetaten har gitt kommunen tilgang til: et sett \
     regler for hvilke opplysninger som utleveres til ett formål, for eksempel foreldrebetaling i barnehage og \
     SFO. Pakken står i kallet til API-et, så testen må vite hvilken dere skal bruke.";
pub const SETUP_PACKAGE_UNKNOWN: &str = "Vet ikke";
pub const SETUP_FIND_PACKAGE_TITLE: &str = "Slik finner dere rettighetspakken";
pub const SETUP_FIND_PACKAGE: &str = "Rettighetspakken står i påkoblingsforespørselen Skatteetaten har godkjent \
     for kommunen. Spør den i kommunen som sendte forespørselen, eller den som har ansvaret for tjenesten \
     opplysningene skal brukes i. Dere kan gå videre nå og velge pakken i testen når dere vet den.";
/// The FAQ answer on applying for access, which the «Vet ikke» of the rettighetspakke links to.
pub const ACCESS_REQUEST_FAQ: &str = "pakoblingsforesporsel";
pub const ANSWERS_TITLE: &str = "Svarene dine";
pub const REASONING_TITLE: &str = "Begrunnelse: svarene dine";
pub const CHANGE: &str = "Endre";
pub const ERROR_SUMMARY_TITLE: &str = "Det er et problem";
pub const CHOOSE_AN_ANSWER: &str = "Velg et svar.";
pub const CHECK_YES: &str = "Ja";
pub const CHECK_NO: &str = "Nei, eller vet ikke";
pub const CHECK_FAILED: &str = "Du svarte nei. Slik kommer du videre:";
pub const FIX_TITLE: &str = "Slik retter du det";
pub const WHO_TITLE: &str = "Hvem kan gjøre det";
pub const READ_MORE: &str = "Les mer";
pub const FIXED_BUTTON: &str = "Det er rettet – fortsett";
pub const LEAVE_BUTTON: &str = "Fortsett uten å rette";
pub const TOKEN_PRIVACY: &str = "Tokenet leses bare her, i nettleseren din. Det blir ikke sendt noe \
     sted, ikke lagret og ikke lagt i adressen. Når du går videre, husker vi bare resultatet av sjekken.";
pub const TOKEN_EMPTY: &str = "Lim inn et tilgangstoken, eller velg «Hopp over».";
pub const TOKEN_FINDINGS_TITLE: &str = "Dette fant vi i tokenet";
pub const TOKEN_PASTE_HINT: &str = "Lim inn hele svaret fra Maskinporten (det som begynner med \
     {\"access_token\"), en linje med «Authorization: Bearer …», eller bare tokenet.";
pub const TOKEN_CONTENTS_TITLE: &str = "Innholdet i tokenet";
pub const TOKEN_SIGNATURE: &str = "Signaturen blir ikke sjekket her. Det trengs ikke for denne \
     sjekken: den leser bare hva tokenet sier om scope, kommune, leverandør, miljø og utløpstid, \
     og et token med falsk signatur ville Skatteetaten avvist uansett. Tilkoblingstesten på slutten \
     henter et ekte token fra Maskinporten og sjekker signaturen der.";
pub const TOKEN_HEADER_CAPTION: &str = "Første del (header)";
pub const TOKEN_CLAIMS_CAPTION: &str = "Innholdet (claims)";
pub const TOKEN_FIELD: &str = "Felt";
pub const TOKEN_VALUE: &str = "Verdi";
pub const FAILURES_TITLE: &str = "Dette må rettes";
pub const FAILURES_LEAD: &str = "Dette var ikke i orden da du gikk gjennom sjekklisten. Rett det \
     før dere tester tilkoblingen, og velg «Endre» for å gå gjennom punktet igjen.";
pub const FIXED_ON_THE_WAY: &str = "Rettet underveis";
pub const SUMMARY_TITLE: &str = "Sammendrag";
/// On a printed page, where it came from.
pub const PAGE_ADDRESS: &str = "Adressen til denne siden:";
// The page a vendor sends the municipality (`vis=kommunen`).
pub const HANDOVER_LEAD: &str =
    "Leverandøren deres henter opplysninger fra Summert skattegrunnlag \
     på vegne av kommunen. Da må kommunen gi leverandøren tilgang i Altinn. Slik gjør dere det:";
pub const HANDOVER_SERVICE: &str = "Tjenesten";
pub const HANDOVER_STEPS: &str = "Slik gjør dere det";
pub const HANDOVER_COPY: &str = "Kopier teksten";
pub const HANDOVER_COPIED: &str = "Teksten er kopiert.";
pub const HANDOVER_BACK: &str = "Til veiviseren";
pub const HANDOVER_OFFER_TITLE: &str = "Til kommunen: gi leverandøren tilgang i Altinn";
pub const HANDOVER_OFFER_TEXT: &str = "Send kommunen denne lenken. Den åpner en side med det \
     kommunen må gjøre i Altinn, med begge organisasjonsnumrene fylt inn, navnet på tjenesten og \
     hvem i kommunen som kan gjøre det. Siden kan skrives ut.";
pub const HANDOVER_OPEN: &str = "Åpne siden til kommunen";
pub const HANDOVER_COPY_LINK: &str = "Kopier lenken til kommunen";
pub const HANDOVER_LINK_NOT_COPIED: &str = "Nettleseren lot oss ikke kopiere. Høyreklikk «Åpne \
     siden til kommunen» og velg å kopiere lenken.";
pub const COPY_SUMMARY: &str = "Kopier sammendraget";
pub const PRINT: &str = "Skriv ut";
pub const SEND_SUMMARY: &str = "Send sammendraget til skattedeling@ks.no";
pub const SUMMARY_COPIED: &str = "Sammendraget er kopiert.";
pub const SUMMARY_NOT_COPIED: &str =
    "Nettleseren lot oss ikke kopiere. Merk teksten i sammendraget \
     og kopier den selv.";
pub const GUIDE_OUTCOME: &str = "Svar";
pub const GUIDE_CHECK: &str = "Sjekk";
pub const IF_NOT: &str = "Hvis ikke";

/// The heading when the URL names a flow that does not exist.
pub fn unknown_flow_title(id: &str) -> String {
    format!("Vi finner ikke veiviseren «{id}»")
}

/// The browser tab's title: the most specific first.
pub fn page_title(parts: &[&str]) -> String {
    let mut all: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    all.push(SITE_NAME);
    all.join(" – ")
}

/// What each search result is, said before its title.
pub const RESULT_KIND_ANSWER: &str = "Svar";
pub const RESULT_KIND_CODE: &str = "Feilkode";
pub const RESULT_KIND_FLOW: &str = "Veiviser";
/// Said of the error-code entry a search names exactly, after its kind («Feilkode, beste treff»).
pub const RESULT_BEST: &str = "beste treff";
/// The first line under an empty search: the nearest questions follow it.
pub const NO_RESULTS_CLOSEST: &str = "Kanskje et av disse spørsmålene hjelper:";

// The live connection test on the outcome that ends a connection journey.
pub const CONNECTION_TEST_NEEDS_SCRIPT: &str =
    "Tilkoblingstesten på nettstedet krever JavaScript. Uten den kan dere teste med egen klient, som beskrevet over.";
pub const CONNECTION_TEST_TITLE: &str = "Tilkoblingstest";
pub const CONNECTION_TEST_HEADING_ID: &str = "tilkoblingstest-tittel";
pub const CONNECTION_RESULT_ID: &str = "tilkoblingstest-resultat";
pub const CONNECTION_CANCEL_ID: &str = "tilkoblingstest-avbryt";
pub const CONNECTION_PACKAGE_ID: &str = "rettighetspakke";
pub const CONNECTION_HEALTH_ID: &str = "tilkoblingstest-helse";
pub const CONNECTION_PACKAGE_HINT_ID: &str = "rettighetspakke-hjelp";
pub const CONNECTION_PACKAGE_ERROR_ID: &str = "rettighetspakke-feil";
pub const CONFIG_LOADING: &str = "Henter oppsettet for testtjenesten …";
pub const NOT_CONFIGURED_TITLE: &str = "Ingen testtjeneste er satt opp her";
pub const NOT_CONFIGURED_TEXT: &str = "Dette nettstedet er ikke koblet til en testtjeneste, så \
     tilkoblingen kan ikke testes herfra. Gå gjennom sjekklisten på nytt, test med egen klient som \
     beskrevet over, eller send sammendraget under til KS.";
pub const CONFIG_INVALID_TITLE: &str = "Testtjenesten er ikke satt opp riktig";
pub const CONFIG_INVALID_TEXT: &str = "Oppsettet for testtjenesten har en feil, så tilkoblingen kan \
     ikke testes herfra nå. Gå gjennom sjekklisten på nytt, test med egen klient som beskrevet over, \
     eller send sammendraget under til KS.";
pub const CONFIG_INVALID_OPERATOR: &str = "Til den som drifter nettstedet:";
pub const CHECKLIST_AGAIN: &str = "Gå gjennom sjekklisten på nytt";
pub const MAIL_KS: &str = "Send e-post til skattedeling@ks.no";
pub const HEALTH_CHECKING: &str = "Sjekker om testtjenesten svarer …";
pub const HEALTH_OK: &str = "Testtjenesten svarer og er klar.";
pub const HEALTH_FAILED: &str = "Testtjenesten er ikke klar";
pub const HEALTH_AGAIN: &str = "Sjekk igjen";
/// After what a failed test showed about the backend: its explanation is under the form.
pub const HEALTH_SEE_BELOW: &str = "Se forklaringen under.";
pub const TECHNICAL_DETAILS: &str = "Teknisk informasjon";
pub const TEST_CANCELLED_TITLE: &str = "Du avbrøt testen";
pub const TEST_CANCELLED_TEXT: &str =
    "Testen ble stoppet før den var ferdig. Svarene dine er tatt vare på. Start testen på nytt når \
     du vil.";
pub const TEST_ENVIRONMENT: &str = "Miljø";
pub const TEST_PACKAGE: &str = "Rettighetspakke";
pub const TEST_PACKAGE_HINT: &str =
    "Pakken kommunen har fått tilgang til hos Skatteetaten, og som dere skal hente opplysninger med.";
pub const TEST_PACKAGE_CHOOSE: &str = "Velg rettighetspakke";
pub const TEST_PACKAGE_MISSING: &str = "Velg hvilken rettighetspakke dere skal teste.";
pub const TEST_MUNICIPALITY: &str = "Kommune";
pub const TEST_VENDOR: &str = "Leverandør";
pub const TEST_MISSING_NUMBER: &str =
    "Organisasjonsnummeret mangler. Endre svaret over før du tester.";
pub const TEST_START: &str = "Start testen";
pub const TEST_RUNNING: &str = "Tester tilkoblingen …";
pub const TEST_CANCEL: &str = "Avbryt testen";
pub const TEST_RETRY: &str = "Prøv igjen";
pub const TEST_AGAIN: &str = "Kjør testen på nytt";
pub const TEST_ADVICE: &str = "Hva dere kan gjøre:";
pub const FAILURE_ADVICE: &str = "Hva du kan gjøre:";
pub const TEST_CORRELATION: &str = "Korrelasjons-id:";
pub const TEST_ERROR_CODE: &str = "Feilkode";
pub const TEST_ID: &str = "Test-id:";

/// What the person waits for, and for how long at most.
pub fn test_waiting(seconds: u32) -> String {
    format!("Testen tar vanligvis noen sekunder. Vi venter i opptil {seconds} sekunder.")
}

/// The error-code catalogue's section on the FAQ page (its entries' anchors are in
/// [`links`](crate::links): `#feil-MP-251`).
pub const CODES_SECTION_ID: &str = "feilkoder";
pub const CODES_SECTION_TITLE: &str = "Feilkoder og feilmeldinger";
/// The parts of an entry, in the order they are shown.
pub const CODE_MEANS: &str = "Hva betyr det?";
pub const CODE_CAUSE: &str = "Vanlig årsak:";
pub const CODE_ACTION: &str = "Dette gjør du:";
pub const CODE_WHO: &str = "Hvem gjør det:";
pub const CODE_READ_MORE: &str = "Les mer:";
pub const CODE_CHECK: &str = "Sjekken i veiviseren:";
/// The buttons under an entry.
pub const CODE_GO_TO_CHECK: &str = "Gå til sjekken i veiviseren";
pub const CODE_TEST_CONNECTION: &str = "Test tilkoblingen";

/// The link from a pasted Maskinporten error to its code's entry in the catalogue.
pub fn token_code_link(code: &str) -> String {
    format!("Les hva {code} betyr og hva dere gjør")
}

/// A search word every entry has, so «feilkode» finds them all.
pub const CODE_KEYWORD: &str = "feilkode";

/// «Fant du det du lette etter?» under an answer or an outcome (see [`crate::feedback`]).
pub const FEEDBACK_QUESTION: &str = "Fant du det du lette etter?";
pub const FEEDBACK_YES: &str = "Ja";
pub const FEEDBACK_NO: &str = "Nei";
/// What a screen reader adds to «Ja» and «Nei», before the answer's title (the names are «Ja – jeg
/// fant det jeg lette etter i «…»»: a browser puts a space before hidden text, so no comma).
pub const FEEDBACK_YES_ABOUT: &str = "– jeg fant det jeg lette etter i";
pub const FEEDBACK_NO_ABOUT: &str = "– jeg fant ikke det jeg lette etter i";
pub const FEEDBACK_FAILED: &str = "Tilbakemeldingen kom ikke fram. Prøv igjen om litt.";
/// The label of the field only a bot fills in (hidden from people and screen readers).
pub const FEEDBACK_TRAP: &str = "La dette feltet stå tomt";
