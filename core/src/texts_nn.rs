//! The FAQ page's texts in nynorsk: a moderate nynorsk with e-infinitive (vise, skjule, hente), no
//! present s-passive, and the terms of the research note (verksemd, tilkopling, sjølvbetening, vegvisar).

use crate::lang::Lang;
use crate::texts::{App, Feedback, Mail, Page};

pub static NN_APP: App = App {
    site_name: "Skattedeling sjølvbetening",
    faq_title: "Ofte stilte spørsmål om skattedeling",
    questions: ["Ingen spørsmål", "1 spørsmål", "{n} spørsmål"],
    hits: ["Ingen treff", "1 treff", "{n} treff"],
    for_query: "for «{query}»",
    for_audience: " for {audience}",
    audiences: ["kommune", "leverandør", "prosjektleiar"],
    audience_labels: ["Kommune", "Leverandør", "Prosjektleiar"],
    audiences_line: "For {audiences}",
    and: "og",
    best_shown: ", dei {n} beste blir viste",
    show_all: "Vis alle {n} treff",
    results_title: "Søkjeresultat",
    result_kinds: ["Svar", "Feilkode", "Vegvisar"],
    result_best: "beste treffet",
    no_results_title: "Ingen treff for «{query}»",
    no_results_text: "Prøv eit anna ord eller færre ord. Du kan også gå vidare her:",
    no_results_closest: "Kanskje eitt av desse spørsmåla hjelper:",
    no_results_mail: "Send spørsmålet ditt til {mail}",
    guide_link: "Gå gjennom framgangsmåten for tilkopling steg for steg",
    link_copied: "Lenka er kopiert.",
    link_not_copied: "Nettlesaren let oss ikkje kopiere. Høgreklikk «Lenke til svaret» og \
        vel å kopiere lenka.",
    guide_loading: "Lastar vegvisaren …",
    guide_not_loaded_title: "Vegvisaren kunne ikkje lastast",
    guide_not_loaded_text: "Det kan kome av nettsambandet. Last sida på nytt for å prøve igjen, \
        eller les vegvisaren som tekst, med dei same spørsmåla og sjekkpunkta.",
    guide_reload: "Last sida på nytt",
    guide_as_text: "Les vegvisaren som tekst",
    to_faq: "Til spørsmål og svar",
    feedback_failed: "Tilbakemeldinga kom ikkje fram. Prøv igjen om litt.",
    when: ["Passert", "No", "Kjem"],
    mail: Mail {
        subject: "Spørsmål om skattedeling",
        subject_query: "Spørsmål om skattedeling: {query}",
        greeting: "Hei!\n\nEg fann ikkje svaret i ofte stilte spørsmål om skattedeling.\n\n",
        searched: "Eg søkte etter: «{query}»\n",
        who: "Eg er: {audience}\n",
        rest: "\nSpørsmålet mitt:\n\n\nKommune eller verksemd:\nOrganisasjonsnummer:\n\n\
               (Ikkje send fødselsnummer eller andre personopplysningar på e-post.)\n",
    },
};

pub static NN: Page = Page {
    lang: Lang::Nn,
    app: &NN_APP,
    meta_description: "Svar for kommunar, fagsystemleverandørar og prosjektleiarar om tilgang til \
        skatte- og inntektsopplysningar frå Skatteetaten: delegering i Altinn, Maskinporten, \
        kostnader og slutten på Infotorg.",
    skip_link: "Hopp til hovudinnhaldet",
    header_name: ["Skattedeling", "sjølvbetening"],
    owner: "KS – segmentansvarleg for kommunal sektor",
    languages: "Språk",
    footer_mail: [
        "Har du spørsmål om skattedeling? Skriv til",
        "Ikkje send fødselsnummer eller andre personopplysningar på e-post.",
    ],
    footer_role: "KS er segmentansvarleg for kommunal sektor i samarbeidet med Skatteetaten.",
    accessibility_statement: "Tilgjengelegheitserklæring",
    faq_lead: "Svar for kommunar, fagsystemleverandørar og prosjektleiarar som hentar skatte- og \
        inntektsopplysningar («Summert skattegrunnlag») frå Skatteetaten – direkte, via ein \
        leverandør på vegner av kommunen, eller gjennom Fiks-plattforma.",
    search_label: "Søk i spørsmål og svar",
    search_hint:
        "Skriv det du lurer på, til dømes «delegere i Altinn», «maskinporten» eller «orgnr».",
    audience_legend: "Vis spørsmåla for",
    audience_all: "Alle",
    open_all: "Vis alle svara",
    close_all: "Skjul alle svara",
    no_script_notice:
        "Søk og filtrering krev JavaScript. Alle spørsmål og svar står nedanfor: vel \
        eit spørsmål for å lese svaret. Kvar vegvisar står som tekst på ei eiga side: vel \
        vegvisaren i lista ovanfor.",
    permalink: "Lenke til svaret",
    copy_link: "Kopier lenke",
    updated: "Sist oppdatert",
    sources_title: "Kjelder",
    sources_assessed: "Kjeldene blei sist vurderte",
    timeline_title: "Tidslinje: frå Infotorg til deling direkte frå Skatteetaten",
    contact_title: "Fann du ikkje svaret?",
    contact_text: "KS svarar på spørsmål om skattedeling. Skriv kva du lurer på, men ikkje send \
        fødselsnummer eller andre personopplysningar.",
    contact_button: "Send ein e-post til skattedeling@ks.no",
    guide_list_title: "Vegvisar",
    guide_list_text: "Svar på nokre spørsmål, eitt om gongen, og få vite kva som gjeld for dykk – \
        eller kva som må rettast.",
    codes_section_title: "Feilkodar og feilmeldingar",
    code_means: "Kva tyder det?",
    code_cause: "Vanleg årsak:",
    code_action: "Dette gjer du:",
    code_who: "Kven gjer det:",
    code_read_more: "Les meir:",
    code_check: "Sjekken i vegvisaren:",
    code_go_to_check: "Gå til sjekken i vegvisaren",
    code_test_connection: "Test tilkoplinga",
    code_check_in: "i",
    code_keyword: "feilkode",
    feedback_question: "Fann du det du leitte etter?",
    feedback_yes: "Ja",
    feedback_no: "Nei",
    feedback_yes_about: "– eg fann det eg leitte etter i",
    feedback_no_about: "– eg fann ikkje det eg leitte etter i",
    feedback_trap: "Ikkje fyll ut dette feltet",
    stale: "Denne omsetjinga er eldre enn bokmålsteksten.",
    read_in_bokmal: "Les svaret på bokmål",
    missing: "Dette svaret finst ikkje på nynorsk enno.",
    only_bokmal: "Denne delen finst berre på bokmål enno.",
    guide_page_intro: "Her står heile vegvisaren som tekst: spørsmåla, sjekkane og svara dei kan \
        føre til.",
    guide_page_interactive: "Vil du heller svare på eitt spørsmål om gongen?",
    guide_page_interactive_link: "Gå gjennom vegvisaren steg for steg",
    guide_check: "Sjekk",
    guide_outcome: "Svar",
    if_not: "Viss ikkje",
    who_title: "Kven kan gjere det",
    leads_to_outcome: "gir svaret «{title}»",
    leads_to_step: "gå vidare til «{title}»",
    connection_test_needs_script: "Tilkoplingstesten på nettstaden krev JavaScript. Utan han kan \
        de teste med eigen klient, slik det står ovanfor.",
    guide_stale: "Delar av denne omsetjinga er eldre enn bokmålsteksten.",
    read_guide_in_bokmal: "Les vegvisaren på bokmål",
    guide_missing: "Denne vegvisaren finst ikkje på nynorsk enno.",
};

pub static NN_FEEDBACK: Feedback = Feedback {
    lang: Lang::Nn,
    thanks: "Takk for svaret.",
    thanks_no: "Takk for svaret. Vil du seie kva som mangla?",
    reasons: "Kva var gale? (valfritt)",
    reason_labels: [
        "Svaret manglar informasjon",
        "Svaret er feil eller forelda",
        "Svaret er vanskeleg å forstå",
        "Svaret gjeld ikkje situasjonen min",
    ],
    comment: "Kommentar (valfritt, høgst {max} teikn)",
    comment_hint: "Vi svarar ikkje på kommentarar her. Ikkje skriv fødselsnummer, e-postadresse \
        eller telefonnummer. Treng du hjelp, skriv til",
    send: "Send",
    sent: "Takk for tilbakemeldinga. Ho hjelper oss å gjere svara betre.",
    failed: "Tilbakemeldinga kom ikkje fram. Prøv igjen om litt.",
    refusals: [
        "Kommentaren ser ut til å ha eit fødselsnummer, eit d-nummer eller eit kontonummer \
         (11 siffer). Fjern det før du sender.",
        "Kommentaren ser ut til å ha ei e-postadresse. Fjern ho før du sender.",
        "Kommentaren ser ut til å ha eit telefonnummer. Fjern det før du sender.",
    ],
    page_title: "Takk for tilbakemeldinga.",
    page_more: "Vil du seie litt meir om kva som mangla? Det hjelper oss å gjere svaret betre.",
    page_back: "Tilbake til svaret",
    page_trap: "Nettstad (la feltet stå tomt)",
    refused_title: "Tilbakemeldinga blei ikkje send",
    refused_back: "Bruk «Tilbake» i nettlesaren for å kome tilbake til svaret.",
};
