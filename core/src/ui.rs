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
pub const GUIDE_FIELD_ID: &str = "svar-felt";
pub const ERROR_SUMMARY_ID: &str = "feiloppsummering";
/// While the guide is on its way (a flow was opened before it was loaded).
pub const GUIDE_LOADING: &str = "Laster veiviseren …";
pub const GUIDE_NOT_LOADED_TITLE: &str = "Veiviseren kunne ikke lastes";
pub const GUIDE_NOT_LOADED_TEXT: &str =
    "Det kan skyldes nettforbindelsen. Last siden på nytt for å \
     prøve igjen, eller les veiviseren som tekst: den har de samme spørsmålene og sjekkpunktene.";
pub const GUIDE_RELOAD: &str = "Last siden på nytt";
pub const GUIDE_AS_TEXT: &str = "Les veiviseren som tekst";
pub const TO_FAQ: &str = "Til spørsmål og svar";
// An error-code input: the way on when a code leads to no check.
pub const CODE_LIST_ID: &str = "feilkoder-liste";
// The test-setup screen: everything the connection test needs, on one screen.
pub const SETUP_MUNICIPALITY_ID: &str = "oppsett-kommune";
pub const SETUP_VENDOR_ID: &str = "oppsett-leverandor";
/// The FAQ answer on applying for access, which the «Vet ikke» of the rettighetspakke links to.
pub const ACCESS_REQUEST_FAQ: &str = "pakoblingsforesporsel";
pub const CHECK_YES: &str = "Ja";
pub const CHECK_NO: &str = "Nei, eller vet ikke";
pub const WHO_TITLE: &str = "Hvem kan gjøre det";
// The page a vendor sends the municipality (`vis=kommunen`).
pub const GUIDE_OUTCOME: &str = "Svar";
pub const GUIDE_CHECK: &str = "Sjekk";
pub const IF_NOT: &str = "Hvis ikke";

/// The browser tab's title: the most specific first, then the site's name in the page's language.
pub fn page_title_in(parts: &[&str], site_name: &str) -> String {
    let mut all: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    all.push(site_name);
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
pub const CONNECTION_TEST_HEADING_ID: &str = "tilkoblingstest-tittel";
pub const CONNECTION_RESULT_ID: &str = "tilkoblingstest-resultat";
pub const CONNECTION_CANCEL_ID: &str = "tilkoblingstest-avbryt";
pub const CONNECTION_PACKAGE_ID: &str = "rettighetspakke";
pub const CONNECTION_HEALTH_ID: &str = "tilkoblingstest-helse";
pub const CONNECTION_PACKAGE_HINT_ID: &str = "rettighetspakke-hjelp";
pub const CONNECTION_PACKAGE_ERROR_ID: &str = "rettighetspakke-feil";

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
