//! The error-code catalogue in nynorsk and English (`content/nn/feilkoder.toml`,
//! `content/en/feilkoder.toml`): each entry shown in its language with the bokmål's structure, what
//! the connection test says of it given to the backend in each language, an older translation
//! marked, and a translation that changes the structure refused with file and line.

use skattedeling_core::SiteData;
use skattedeling_core::{CalendarDate, Lang};
use skattedeling_sitegen::compile;
use skattedeling_sitegen::page::{self, View};
use std::path::PathBuf;

mod support;

const BOKMAL: &str = r#"sist_oppdatert = "2026-12-02"

[[feil]]
kode = "MP-251"
kilde = "Maskinporten"
tittel = "Ikke delegert"
betyr = "Kommunen har ikke delegert."
arsak = "Delegeringen mangler."
gjor = "Deleger i Altinn."
hvem = "Kommunen."
faq = ["delegering"]
sjekk = "delegert"

[feil.testtjenesten]
forklaring = "Kommunen har ikke delegert {tjeneste}."
rad = "Deleger i {altinn}."
i_testmiljo = "Produksjonen teller ikke i {miljo}."
faq = "delegering"

[[feil]]
kode = "HTTP-401"
kilde = "HTTP"
tittel = "Ikke logget inn"
betyr = "Tokenet mangler."
arsak = "Ingen token."
gjor = "Hent et token."
hvem = "Leverandøren."
"#;

fn nn(revision_251: &str, revision_401: &str, test_part: &str) -> String {
    format!(
        r#"[[feil]]
kode = "MP-251"
"omsett_frå" = "{revision_251}"
tittel = "Ikkje delegert"
betyr = "Kommunen har ikkje delegert."
arsak = "Delegeringa manglar."
gjor = "Deleger i Altinn."
hvem = "Kommunen."
{test_part}
[[feil]]
kode = "HTTP-401"
"omsett_frå" = "{revision_401}"
tittel = "Ikkje logga inn"
betyr = "Tokenet manglar."
arsak = "Ingen token."
gjor = "Hent eit token."
hvem = "Leverandøren."
"#
    )
}

const NN_TEST: &str = r#"
[feil.testtjenesten]
forklaring = "Kommunen har ikkje delegert {tjeneste}."
rad = "Deleger i {altinn}."
i_testmiljo = "Produksjonen tel ikkje i {miljo}."
"#;

fn tree(case: &str, files: &[(&str, String)]) -> PathBuf {
    let mut all: Vec<(&str, &[u8])> = vec![("feilkoder.toml", BOKMAL.as_bytes())];
    all.extend(files.iter().map(|(f, t)| (*f, t.as_bytes())));
    support::valid_tree_with_files(&format!("code-translations-{case}"), &all)
}

/// The revisions the build asks for, read from its errors (as an editor reads them).
fn revisions(case: &str) -> (String, String) {
    let dir = tree(
        &format!("revisions-{case}"),
        &[("nn/feilkoder.toml", nn("", "", NN_TEST))],
    );
    let found: Vec<String> = support::messages(&dir)
        .iter()
        .filter_map(|e| Some(e.split("write `\"omsett_frå\" = \"").nth(1)?[..8].to_string()))
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    (found[0].clone(), found[1].clone())
}

fn nn_page(site: &SiteData) -> String {
    page::body(
        site,
        &View::new(site, Lang::Nn),
        CalendarDate::ymd(2026, 12, 1).unwrap(),
        None,
    )
}

#[test]
fn a_translated_entry_is_shown_in_its_language_and_given_to_the_backend() {
    const CASE: &str = "shown";
    let (r251, r401) = revisions(CASE);
    let dir = tree("shown", &[("nn/feilkoder.toml", nn(&r251, &r401, NN_TEST))]);
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    let body = nn_page(&site);
    let entry = &body[body.find("id=\"feilkoder\"").unwrap()..];
    assert!(
        entry.contains(">Feilkodar og feilmeldingar</h2>"),
        "{entry}"
    );
    assert!(entry.contains(">MP-251: Ikkje delegert</h3>"), "{entry}");
    assert!(
        entry.contains("<strong>Kva tyder det?</strong> Kommunen har ikkje delegert."),
        "{entry}"
    );
    // The check and its flow are bokmål, and marked so.
    assert!(entry.contains(r#"<span lang="nb">«"#), "{entry}");
    assert!(!entry.contains("data-testid=\"translation-"), "{entry}");
    assert!(!entry.contains("data-testid=\"only-bokmal\""), "{entry}");
    let nn: Vec<_> = site
        .code_texts
        .iter()
        .filter(|t| t.lang == Lang::Nn)
        .collect();
    assert_eq!(nn.len(), 1);
    assert_eq!(nn[0].code, "MP-251");
    assert_eq!(nn[0].explanation, "Kommunen har ikkje delegert {tjeneste}.");
    assert_eq!(
        nn[0].in_test.as_deref(),
        Some("Produksjonen tel ikkje i {miljo}.")
    );
    assert_eq!(
        nn[0].faq.as_deref(),
        Some("delegering"),
        "the bokmål's link"
    );
    // A nynorsk word finds the entry in the one index over every language.
    let hits = site.index.search("delegeringa manglar", |_| true);
    assert_eq!(site.faq.questions[hits[0].doc].id, "feil-MP-251");
}

#[test]
fn an_entry_older_than_its_bokmal_is_marked_and_a_missing_one_shown_in_bokmal() {
    const CASE: &str = "stale";
    let (r251, _) = revisions(CASE);
    let only_251 = nn(&r251, "00000000", NN_TEST);
    let dir = tree("stale", &[("nn/feilkoder.toml", only_251)]);
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    let body = nn_page(&site);
    let at = body.find("id=\"feil-HTTP-401\"").unwrap();
    assert!(body[at..].contains("Ikkje logga inn"), "{body}");
    assert!(
        body[at..].contains("data-testid=\"translation-stale\""),
        "{body}"
    );
    let without_401 = nn(&r251, "x", NN_TEST);
    let without_401 = &without_401[..without_401.find("\n[[feil]]\nkode = \"HTTP-401\"").unwrap()];
    let dir = tree("missing", &[("nn/feilkoder.toml", without_401.to_string())]);
    let body = nn_page(&compile(&dir).unwrap_or_else(|e| panic!("{e}")));
    let at = body.find("id=\"feil-HTTP-401\"").unwrap();
    assert!(body[at..].contains("Ikke logget inn"), "{body}");
}

#[test]
fn a_translation_that_changes_the_structure_is_refused_with_its_line() {
    const CASE: &str = "structure";
    let (r251, r401) = revisions(CASE);
    let with = |text: String| tree("structure", &[("nn/feilkoder.toml", text)]);
    // A field of the structure.
    let kilde = nn(&r251, &r401, NN_TEST).replace(
        "tittel = \"Ikkje delegert\"",
        "kilde = \"Maskinporten\"\ntittel = \"Ikkje delegert\"",
    );
    let found = support::messages(&with(kilde));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("nn/feilkoder.toml:"), "{found:?}");
    assert!(found[0].contains("unknown field `kilde`"), "{found:?}");
    // An unknown code, a part left out, one added, and other placeholders.
    let text = nn(&r251, &r401, "")
        .replace("kode = \"HTTP-401\"", "kode = \"MP-999\"")
        + &format!("\n[[feil]]\nkode = \"HTTP-401\"\n\"omsett_frå\" = \"{r401}\"\ntittel = \"T\"\nbetyr = \"B.\"\narsak = \"A.\"\ngjor = \"G.\"\nhvem = \"H.\"\n{}",
            NN_TEST.replace("{altinn}", "{miljo}"));
    assert_eq!(
        support::messages(&with(text)),
        [
            "nn/feilkoder.toml:2: code `MP-251`: the bokmål entry has `[feil.testtjenesten]`; translate it too",
            "nn/feilkoder.toml:11: unknown code `MP-999`: a translation has the code of an entry in ../feilkoder.toml",
            "nn/feilkoder.toml:20: code `HTTP-401`: the bokmål entry has no `[feil.testtjenesten]`; take it out",
        ]
    );
    let placeholders = nn(&r251, &r401, &NN_TEST.replace("{altinn}", "{miljo}"));
    assert_eq!(
        support::messages(&with(placeholders)),
        ["nn/feilkoder.toml:12: code `MP-251`: `testtjenesten.rad` has the placeholders [\"miljo\"], the bokmål has [\"altinn\"]: keep the same ones"]
    );
}
