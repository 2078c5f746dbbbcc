//! The search, tried the way municipal staff, vendors and project managers phrase their problems, over
//! the real content: each query must put the expected question first.

use skattedeling_core::{Audience, SiteData};
use std::path::Path;

fn site() -> SiteData {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    skattedeling_sitegen::compile(&content).unwrap_or_else(|e| panic!("{e}"))
}

/// Query, then the id of the question that must come first.
const TABLE: &[(&str, &str)] = &[
    // Getting started.
    ("hvordan kobler vi oss på skatteetaten", "tilgang"),
    ("komme i gang med API", "tilgang"),
    ("tilgang til skatteopplysninger", "tilgang"),
    // Delegation in Altinn, as typed: inflections, typos, prefixes.
    ("delegere i altinn", "delegering-altinn"),
    ("delegering", "delegering-altinn"),
    ("delegert til feil API", "delegering-altinn"),
    ("delegerring altinn", "delegering-altinn"),
    ("altin delegering", "delegering-altinn"),
    ("hovedorganisasjonsnummer", "delegering-altinn"),
    ("organisasjonsnummer", "delegering-altinn"),
    ("orgnr", "delegering-altinn"),
    ("org.nr til leverandøren", "delegering-altinn"),
    (
        "Summert Skattegrunnlag API – På vegne av",
        "delegering-altinn",
    ),
    ("delegert i test men ikke produksjon", "delegering-altinn"),
    // Maskinporten.
    ("maskinp", "maskinporten"),
    ("maskinporten", "maskinporten"),
    ("Maskinportn", "maskinporten"),
    (
        "leverandøren får ikke tilgang til maskinporten",
        "maskinporten",
    ),
    ("skatteetaten:summertskattegrunnlag", "maskinporten"),
    ("skatteetaten:summ", "maskinporten"),
    ("hvilket scope", "maskinporten"),
    ("virksomhetssertifikat", "maskinporten"),
    ("sertifikat", "maskinporten"),
    ("feil sertifikat hos leverandør", "maskinporten"),
    // Order of things.
    (
        "må vi vente på skatteetaten før vi delegerer",
        "vente-med-delegering",
    ),
    ("rekkefølge delegering og tilgang", "vente-med-delegering"),
    // Changing vendor or connection method.
    ("bytte leverandør", "endre-pakoblingsmate"),
    ("ny påkoblingsforespørsel", "endre-pakoblingsmate"),
    ("endre påkoblingsmåte", "endre-pakoblingsmate"),
    ("pakoblingsmate", "endre-pakoblingsmate"),
    // What the data holds.
    ("næringsinntekt", "naeringsinntekt"),
    ("naeringsinntekt", "naeringsinntekt"),
    ("næringsinntekter i utkast", "naeringsinntekt"),
    ("selvstendig næringsdrivende", "naeringsinntekt"),
    ("skatteoppgjør", "naeringsinntekt"),
    // Cost.
    ("hva koster det", "kostnad"),
    ("pris", "kostnad"),
    ("er det gratis", "kostnad"),
    ("kostnader", "kostnad"),
    // Residents of other municipalities.
    ("innbyggere i andre kommuner", "innbyggere-i-andre-kommuner"),
    (
        "person som bor i en annen kommune",
        "innbyggere-i-andre-kommuner",
    ),
    ("kommunens innbyggere", "innbyggere-i-andre-kommuner"),
    ("taushetsplikt", "innbyggere-i-andre-kommuner"),
    ("oppholder seg i kommunen", "innbyggere-i-andre-kommuner"),
    ("skal flytte til kommunen", "innbyggere-i-andre-kommuner"),
    // The segment cooperation.
    ("segmentsamarbeid", "segmentsamarbeid"),
    ("hva er et segment", "segmentsamarbeid"),
    ("segmentsamarbeit", "segmentsamarbeid"),
    ("hva gjør KS som segmentansvarlig", "segmentansvarlig"),
    ("avviksmeldinger", "segmentansvarlig"),
    ("avtale mellom SKE og KS", "avtale-ske-ks"),
    ("segmentansvarsavtalen", "avtale-ske-ks"),
    // Infotorg.
    ("hva ligger på infotorg.no", "infotorg-opplysninger"),
    ("infotorg stenger", "infotorg-stenger"),
    ("når stengte infotorg", "infotorg-stenger"),
    ("monopolavtale", "infotorg-stenger"),
    ("hva gjør vi uten infotorg", "uten-infotorg"),
    ("erstatning for infotorg", "uten-infotorg"),
    // The project.
    ("hvordan prioriteres tjenestene", "prioritering"),
    ("prioritering", "prioritering"),
    (
        "fagsystemleverandører involvering",
        "leverandorer-involveres",
    ),
    ("pilot", "leverandorer-involveres"),
    ("hvorfor tar det så lang tid", "lang-tid"),
    ("lover og forskrifter", "lang-tid"),
    ("departement", "lang-tid"),
];

/// An error code in any spelling puts its entry in the catalogue first.
const CODES: &[(&str, &str)] = &[
    ("MP-251", "feil-MP-251"),
    ("mp251", "feil-MP-251"),
    ("MP 251", "feil-MP-251"),
    ("mp-200", "feil-MP-200"),
    ("ssg005", "feil-SSG-005"),
    ("SSG-005 korrelasjonsid", "feil-SSG-005"),
    ("invalid_grant", "feil-invalid_grant"),
    ("HTTP 403", "feil-HTTP-403"),
    ("feilmelding MP-121 expired key", "feil-MP-121"),
];

/// Two typos in a long word are forgiven (one in any word of five letters or more).
const TYPOS: &[(&str, &str)] = &[
    ("virksomhetsertifkat", "maskinporten"),
    ("organisajonsnumer", "delegering-altinn"),
    ("naringsintekt", "naeringsinntekt"),
    ("segmentansarvlig", "segmentansvarlig"),
];

/// The words people use that the text does not (`content/synonymer.txt`), several words as one.
const SYNONYMS: &[(&str, &str)] = &[
    ("orgnummer", "delegering-altinn"),
    ("betale", "kostnad"),
    ("må vi betale noe", "kostnad"),
    ("når legges infotorg ned", "infotorg-stenger"),
    ("infotorg fases ut", "infotorg-stenger"),
];

/// Nynorsk forms of the content's words (`research/i18n.md` §3.2), and its -ar/-ane endings.
const NYNORSK: &[(&str, &str)] = &[
    ("verksemdssertifikat", "maskinporten"),
    ("verksemdss", "maskinporten"),
    ("kva kostar det", "kostnad"),
    ("korleis delegerer vi i altinn", "delegering-altinn"),
    (
        "innbyggjarar i andre kommunar",
        "innbyggere-i-andre-kommuner",
    ),
    ("leverandørane", "leverandorer-involveres"),
];

/// A guide flow, found by what it is about; `veiviser:<flow>` names it.
const FLOWS: &[(&str, &str)] = &[
    ("feilsøk tilkoblingen", "veiviser:tilkobling"),
    ("veiviser tilkobling", "veiviser:tilkobling"),
    ("startlån", "veiviser:andre-kommuner"),
    ("veiviser næringsinntekt", "veiviser:naeringsinntekt"),
    // By its name in nynorsk or English, on any page.
    ("vegvisar næringsinntekt", "veiviser:naeringsinntekt"),
    ("troubleshoot the connection", "veiviser:tilkobling"),
    ("guide business income", "veiviser:naeringsinntekt"),
    ("guide changing vendor", "veiviser:bytte"),
];

/// The id of the document at `doc`: a question's, or `veiviser:<flow>`.
fn id_of(site: &SiteData, doc: usize) -> String {
    match site.faq.questions.get(doc) {
        Some(q) => q.id.clone(),
        None => format!(
            "veiviser:{}",
            site.guide.flows[doc - site.faq.questions.len()].id
        ),
    }
}

/// Each query of `table` that does not put its expected document first, with the first three.
fn misranked(site: &SiteData, table: &[(&str, &str)]) -> Vec<String> {
    let mut failures = Vec::new();
    for (query, expected) in table {
        let hits = site.index.search(query, |_| true);
        let ids: Vec<String> = hits.iter().take(3).map(|h| id_of(site, h.doc)).collect();
        if ids.first().map(String::as_str) != Some(expected) {
            failures.push(format!("{query:?}: expected {expected}, got {ids:?}"));
        }
    }
    failures
}

fn assert_ranked(table: &[(&str, &str)]) {
    let failures = misranked(&site(), table);
    assert!(
        failures.is_empty(),
        "{} of {} queries ranked wrong:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

#[test]
fn every_realistic_query_finds_its_answer_first() {
    assert_ranked(TABLE);
}

#[test]
fn an_error_code_in_any_spelling_finds_its_entry_first() {
    assert_ranked(CODES);
}

#[test]
fn two_typos_in_a_long_word_still_find_the_answer() {
    assert_ranked(TYPOS);
}

#[test]
fn synonyms_find_the_answer_the_text_words_differently() {
    assert_ranked(SYNONYMS);
}

#[test]
fn nynorsk_finds_the_bokmal_answer() {
    assert_ranked(NYNORSK);
}

#[test]
fn a_flow_is_found_by_what_it_is_about() {
    assert_ranked(FLOWS);
}

#[test]
fn nonsense_finds_nothing() {
    let site = site();
    for query in ["xylofon", "qqqqq", "hva", "og i på "] {
        let hits = site.index.search(query, |_| true);
        assert!(hits.is_empty(), "{query:?} found {} questions", hits.len());
    }
}

#[test]
fn the_audience_filter_keeps_only_that_audience() {
    let site = site();
    let questions = &site.faq.questions;
    let hits = site.index.search("leverandør", |d| {
        questions
            .get(d)
            .is_some_and(|q| q.is_for(Some(Audience::ProjectManager)))
    });
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| questions[h.doc]
        .audiences
        .contains(&Audience::ProjectManager)));
}

#[test]
fn matched_words_are_reported_for_marking() {
    let site = site();
    let hit = &site.index.search("delegere altinn", |_| true)[0];
    let title = &site.faq.questions[hit.doc].title;
    let marked: Vec<String> = skattedeling_core::search::highlight(title, &hit.terms)
        .into_iter()
        .filter(|s| s.marked)
        .map(|s| s.text)
        .collect();
    assert_eq!(marked, ["delegere", "Altinn"]);
}

/// The hits of `query` on the FAQ page, for everyone.
fn results(data: &skattedeling_core::FaqData, query: &str) -> Vec<skattedeling_core::Hit> {
    match data.listing(query, None) {
        skattedeling_core::Listing::Results(hits) => hits,
        skattedeling_core::Listing::Sections(_) => panic!("{query:?} is a search"),
    }
}

#[test]
fn an_exact_code_is_the_best_answer_and_a_near_one_is_not() {
    let data = site().faq_data();
    let best = |query: &str| {
        let hits = results(&data, query);
        data.best(query, &hits)
            .map(|d| data.faq.questions[d].id.clone())
    };
    assert_eq!(best("mp251").as_deref(), Some("feil-MP-251"));
    assert_eq!(best("Feilkode: MP 251").as_deref(), Some("feil-MP-251"));
    assert_eq!(best("SSG-005").as_deref(), Some("feil-SSG-005"));
    assert_eq!(best("MP-25"), None);
    assert_eq!(best("maskinporten"), None);
}

#[test]
fn each_result_says_what_it_is() {
    use skattedeling_core::ResultKind;
    let data = site().faq_data();
    let kind_of = |query: &str| data.kind(results(&data, query)[0].doc);
    assert_eq!(kind_of("delegere i altinn"), ResultKind::Answer);
    assert_eq!(kind_of("MP-251"), ResultKind::Code);
    let ResultKind::Flow(f) = kind_of("feilsøk tilkoblingen") else {
        panic!("a flow first");
    };
    assert_eq!(data.flows[f].id, "tilkobling");
    assert_eq!(ResultKind::Flow(f).label(), "Veiviser");
}

#[test]
fn a_search_with_no_hit_offers_the_three_closest_questions() {
    let data = site().faq_data();
    // «pris» with two letters swapped: no word of the FAQ in any language, but like «pris».
    assert_eq!(data.listing("prsi", None).count(), 0);
    let closest = data.closest("prsi", None);
    assert_eq!(closest.len(), 3);
    assert_eq!(data.faq.questions[closest[0]].id, "kostnad");
    // Even nonsense gets three questions to go on with, for the audience chosen.
    let vendor = data.closest("qqqqq", Some(Audience::Vendor));
    assert_eq!(vendor.len(), 3);
    assert!(vendor
        .iter()
        .all(|&d| data.faq.questions[d].is_for(Some(Audience::Vendor))));
}

#[test]
fn every_code_the_connection_test_explains_has_an_entry_to_link_to() {
    let site = site();
    let guide = site.guide_data();
    assert!(site.code_texts.len() >= 30, "{}", site.code_texts.len());
    let missing: Vec<&str> = site
        .code_texts
        .iter()
        .map(|t| t.code.as_str())
        .filter(|code| guide.code_anchor(code).is_none())
        .collect();
    assert!(missing.is_empty(), "no entry to link to for {missing:?}");
}

#[test]
fn the_shipped_data_reads_back_as_the_data_searched_here() {
    // The apps search the index as they read it from the files the build wrote, in their compact
    // form; this table was run on the index as built.
    let site = site();
    let files = skattedeling_sitegen::data_files(&site);
    let (_, faq) = files
        .iter()
        .find(|(name, _)| *name == skattedeling_sitegen::FAQ_DATA_FILE)
        .expect("the build writes the FAQ's data");
    let shipped: skattedeling_core::FaqData = postcard::from_bytes(faq).expect("reads back");
    assert_eq!(shipped, site.faq_data());
    // The index in every language, which the app loads when a person is about to search, is the
    // index this table was run on.
    let (_, all) = files
        .iter()
        .find(|(name, _)| *name == skattedeling_sitegen::SEARCH_DATA_FILE)
        .expect("the build writes the index in every language");
    let all: skattedeling_core::SearchIndex = postcard::from_bytes(all).expect("reads back");
    assert_eq!(all, site.index);
}

#[test]
fn a_query_in_nynorsk_or_english_finds_the_answer_on_any_page() {
    // One index holds every language's words: the page in bokmål finds an answer typed in
    // nynorsk or English, and the other way round.
    assert_ranked(&[
        ("kva kostar det", "kostnad"),
        ("verksemdssertifikat", "maskinporten"),
        ("kven er segmentansvarleg", "segmentansvarlig"),
        // Nynorsk inflections meet the bokmål stem: delegeringa → deleg, opplysningane → opplysn.
        ("delegeringa i altinn", "delegering-altinn"),
        ("opplysningane på infotorg", "infotorg-opplysninger"),
        ("how much does it cost", "kostnad"),
        ("invoicing", "kostnad"),
        ("delegate in Altinn", "delegering-altinn"),
        ("enterprise certificate", "maskinporten"),
        ("when does Infotorg close", "infotorg-stenger"),
        (
            "data about residents of other municipalities",
            "innbyggere-i-andre-kommuner",
        ),
    ]);
}
