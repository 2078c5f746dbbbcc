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
    // An error code in any spelling puts its entry in the catalogue first.
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

#[test]
fn every_realistic_query_finds_its_answer_first() {
    let site = site();
    let mut failures = Vec::new();
    for (query, expected) in TABLE {
        let hits = site.index.search(query, |_| true);
        let ids: Vec<&str> = hits
            .iter()
            .take(3)
            .map(|h| site.faq.questions[h.doc].id.as_str())
            .collect();
        if ids.first() != Some(expected) {
            failures.push(format!("{query:?}: expected {expected}, got {ids:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries ranked wrong:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
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
        questions[d].is_for(Some(Audience::ProjectManager))
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
