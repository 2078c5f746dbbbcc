//! The guide's flows in nynorsk and English (`content/nn/guide/`, `content/en/guide/`): a flow's
//! page in its language on the bokmål flow's structure, an untranslated flow shown in bokmål and
//! marked so, an older translation marked and listed, and a translation that names an unknown
//! step, leaves one out or writes a field of the structure refused with file and line.

use skattedeling_core::{Lang, SiteData};
use skattedeling_sitegen::flow_page::{self, FlowPage};
use skattedeling_sitegen::{compile, translate, write_site};
use std::path::PathBuf;

mod support;

/// The nynorsk of the fixture's flow (`tests/fixtures/valid/guide/01-prove.toml`), with
/// `{flow}`, `{rolle}`, `{orgnr}`, `{ferdig}` and `{ikke}` for the revisions.
const NN_FLOW: &str = r#"id = "prove"
"omsett_frå" = "{flow}"
tittel = "Prøveflyt på nynorsk"
beskrivelse = "Ein liten flyt med alle slags steg."
merknad = "Berre rettleiing."

[[steg]]
id = "rolle"
"omsett_frå" = "{rolle}"
sporsmal = "Kven er du?"
valg = [
  { svar = "kommune", tekst = "Kommune" },
  { svar = "annen", tekst = "Nokon andre" },
]

[[steg]]
id = "orgnr"
"omsett_frå" = "{orgnr}"
sporsmal = "Organisasjonsnummeret til kommunen?"
etikett = "Organisasjonsnummer"

[[steg]]
id = "ferdig"
"omsett_frå" = "{ferdig}"
tittel = "Ferdig"
tekst = "Alt er klart. Les om [kostnaden](#kostnad)."
kilder = [{ tittel = "Helse- og omsorgstenestelova § 3-1", viser = "Kommunen har ansvar for personar som oppheld seg i kommunen" }]

[[steg]]
id = "ikke-for-deg"
"omsett_frå" = "{ikke}"
tittel = "Denne vegvisaren er for kommunar"
tekst = "Spør kommunen."
"#;

const NN_CHECKS: &str = r#"[[sjekk]]
id = "delegert"
"omsett_frå" = "{sjekk}"
gruppe = "Delegering i Altinn"
sporsmal = "Har kommunen delegert?"
tiltak = "Deleger i Altinn. Sjå [delegering](#delegering)."
hvem = "Dagleg leiar."
"#;

const PARTS: [&str; 6] = ["flow", "rolle", "orgnr", "ferdig", "ikke", "sjekk"];

fn tree(case: &str, flow: &str, checks: Option<&str>) -> PathBuf {
    let mut files: Vec<(&str, &[u8])> = vec![("nn/guide/01-prove.toml", flow.as_bytes())];
    if let Some(checks) = checks {
        files.push(("nn/guide/sjekker.toml", checks.as_bytes()));
    }
    support::valid_tree_with_files(&format!("guide-translations-{case}"), &files)
}

/// The texts with the revisions filled in: those the build asks for, read from its errors (as an
/// editor reads them, in a tree of its own for `case`), except `old`, which is given an older one.
fn with_revisions(case: &str, old: Option<&str>) -> (String, String) {
    let dir = tree(&format!("revisions-{case}"), NN_FLOW, Some(NN_CHECKS));
    let found: Vec<String> = support::messages(&dir)
        .iter()
        .filter_map(|e| Some(e.split("write `\"omsett_frå\" = \"").nth(1)?[..8].to_string()))
        .collect();
    assert_eq!(found.len(), PARTS.len(), "{found:?}");
    // The messages come in the order of the files: the checks first, then the flow.
    let mut flow = NN_FLOW.to_string();
    let mut checks = NN_CHECKS.to_string();
    let order = ["sjekk", "flow", "rolle", "orgnr", "ferdig", "ikke"];
    for (part, revision) in order.iter().zip(&found) {
        let value = if Some(*part) == old {
            "00000000"
        } else {
            revision
        };
        flow = flow.replace(&format!("{{{part}}}"), value);
        checks = checks.replace(&format!("{{{part}}}"), value);
    }
    (flow, checks)
}

fn nn_page(site: &SiteData) -> String {
    let nn = site.translations.iter().find(|t| t.lang == Lang::Nn);
    flow_page::render_in(&FlowPage {
        texts: skattedeling_core::texts::page(Lang::Nn),
        bokmal: &site.guide.flows[0],
        translation: nn.and_then(|t| t.flow(0)),
    })
}

#[test]
fn a_translated_flow_has_its_page_in_its_language() {
    let (flow, checks) = with_revisions("shown", None);
    let site = compile(&tree("shown", &flow, Some(&checks))).unwrap_or_else(|e| panic!("{e}"));
    let html = nn_page(&site);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"nn\">"),
        "{html}"
    );
    assert!(html
        .contains("<title>Prøveflyt på nynorsk – Vegvisar – Skattedeling sjølvbetening</title>"));
    assert!(html.contains(r#"<link rel="stylesheet" href="../../../main.css">"#));
    assert!(html.contains("<li>Nokon andre: gir svaret «Denne vegvisaren er for kommunar»</li>"));
    assert!(html.contains("<h2>Sjekk: Har kommunen delegert?</h2><p><strong>Viss ikkje:</strong></p><p>Deleger i Altinn. Sjå <a href=\"../../#delegering\">delegering</a>"), "{html}");
    assert!(
        html.contains("Helse- og omsorgstenestelova § 3-1</a> – Kommunen har ansvar for personar")
    );
    assert!(html.contains("Kjeldene blei sist vurderte"));
    // The way back is to the nynorsk FAQ page; the switcher leads to the flow in the others.
    assert!(html
        .contains(r#"<a href="../../" data-testid="guide-page-faq">‹ Til spørsmål og svar</a>"#));
    assert!(html.contains(
        r#"href="../../../veiviser/prove/" data-sprak-sti="../../../veiviser/prove/" lang="nb""#
    ));
    assert!(html.contains(r#"href="../../../en/veiviser/prove/""#));
    assert!(html.contains(r#"<link rel="alternate" hreflang="nn" href="/nn/veiviser/prove/">"#));
    assert!(html.contains(r#"<link rel="alternate" hreflang="x-default" href="/veiviser/prove/">"#));
    assert!(!html.contains(r#"<ol class="guide-text__steps" lang="nb">"#));
    assert!(
        !html.contains("translation-notice"),
        "a current translation has no notice"
    );
    // The bokmål page is as it was.
    let bokmal = flow_page::render(&site.guide.flows[0]);
    assert!(bokmal.contains("<h1 class=\"page-title\" id=\"veiviser-prove-tittel\">Prøveflyt</h1>"));
}

#[test]
fn an_untranslated_flow_or_check_is_shown_in_bokmal_and_marked_so() {
    let (flow, _) = with_revisions(
        "an_untranslated_flow_or_check_is_shown_in_bokmal_and_marked_so",
        None,
    );
    // Without sjekker.toml in nynorsk, the check step is in bokmål.
    let site = compile(&tree("no-checks", &flow, None)).unwrap_or_else(|e| panic!("{e}"));
    let html = nn_page(&site);
    assert!(
        html.contains(
            r#"<li class="guide-text__step" lang="nb"><h2>Sjekk: Har kommunen delegert?</h2>"#
        ),
        "{html}"
    );
    // Without the flow's file, the whole flow is bokmål, under a notice in nynorsk.
    let dir = support::valid_tree_with_files("guide-translations-none", &[("nn/guide/.keep", b"")]);
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    let html = nn_page(&site);
    assert!(
        html.contains(
            r#"<h1 class="page-title" id="veiviser-prove-tittel" lang="nb">Prøveflyt</h1>"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"<ol class="guide-text__steps" lang="nb">"#));
    // Inside it, the labels are bokmål too: nothing marked bokmål is in another language.
    assert!(
        html.contains("<h2>Sjekk: Har kommunen delegert?</h2><p><strong>Hvis ikke:</strong>"),
        "{html}"
    );
    assert!(html.contains(r#"data-testid="translation-notice">Denne vegvisaren finst ikkje på nynorsk enno. <a href="../../../veiviser/prove/" hreflang="nb">Les vegvisaren på bokmål</a>"#), "{html}");
}

#[test]
fn an_older_translation_is_marked_on_the_page_and_listed() {
    let (flow, checks) = with_revisions(
        "an_older_translation_is_marked_on_the_page_and_listed",
        Some("ferdig"),
    );
    let dir = tree("stale", &flow, Some(&checks));
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    let html = nn_page(&site);
    assert!(html.contains(r#"data-testid="translation-notice">Delar av denne omsetjinga er eldre enn bokmålsteksten."#), "{html}");
    let report = translate::stale_report(&dir, &site.faq, &site.translations);
    assert_eq!(report.len(), 1, "{report:?}");
    assert!(
        report[0].contains(
            "nn/guide/: flow `prove`: step `ferdig` was translated from an older bokmål text"
        ),
        "{report:?}"
    );
}

#[test]
fn a_translation_that_changes_the_structure_is_refused_with_its_line() {
    let (flow, checks) = with_revisions(
        "a_translation_that_changes_the_structure_is_refused_with_its_line",
        None,
    );
    let refused = |case: &str, flow: String| support::messages(&tree(case, &flow, Some(&checks)));
    // A field of the structure.
    let found = refused(
        "structure",
        flow.replace("etikett = ", "neste = \"ferdig\"\netikett = "),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("nn/guide/01-prove.toml:"), "{found:?}");
    assert!(found[0].contains("unknown field `neste`"), "{found:?}");
    // An unknown step, a step left out, an option renamed, a check step, a help the bokmål lacks.
    let broken = flow
        .replace("id = \"ikke-for-deg\"", "id = \"finnes-ikke\"")
        .replace("svar = \"annen\"", "svar = \"andre\"")
        .replace(
            "sporsmal = \"Organisasjonsnummeret",
            "hjelp = \"Ni siffer.\"\nsporsmal = \"Organisasjonsnummeret",
        )
        + "\n[[steg]]\nid = \"delegert\"\n\"omsett_frå\" = \"00000000\"\n";
    assert_eq!(
        refused("broken", broken),
        [
            "nn/guide/01-prove.toml:8: step `rolle`: `valg` has the answers [\"kommune\", \"andre\"], the bokmål has [\"kommune\", \"annen\"]: keep the same ones, in the same order",
            "nn/guide/01-prove.toml:17: step `orgnr` has `hjelp`, which the bokmål does not: take it out",
            "nn/guide/01-prove.toml:31: unknown step `finnes-ikke`: flow `prove` has no such step",
            "nn/guide/01-prove.toml:37: step `delegert` is a check: its words are the check's, in sjekker.toml; take it out",
            "nn/guide/01-prove.toml:1: flow `prove` lacks step `ikke-for-deg`: translate it too",
        ]
    );
    // An unknown flow, and a link that goes nowhere.
    let found = refused("unknown", flow.replace("id = \"prove\"", "id = \"ukjend\""));
    assert_eq!(found, ["nn/guide/01-prove.toml:1: unknown flow `ukjend`: a translation has the `id` of a flow in ../../guide/"]);
    let found = refused("link", flow.replace("(#kostnad)", "(#finst-ikkje)"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "nn/guide/01-prove.toml:23: step `ferdig`: link to `#finst-ikkje` goes nowhere"
        ),
        "{found:?}"
    );
}

#[test]
fn an_older_check_is_listed_once_from_its_file_and_marked_on_the_flows_that_show_it() {
    let (flow, checks) = with_revisions(
        "an_older_check_is_listed_once_from_its_file_and_marked_on_the_flows_that_show_it",
        Some("sjekk"),
    );
    let dir = tree("stale-check", &flow, Some(&checks));
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(nn_page(&site)
        .contains(r#"data-testid="translation-notice">Delar av denne omsetjinga er eldre"#));
    let report = translate::stale_report(&dir, &site.faq, &site.translations);
    assert_eq!(report.len(), 1, "{report:?}");
    assert!(report[0].contains("nn/guide/sjekker.toml: check `delegert` was translated from an older bokmål text; update it and write `\"omsett_frå\" = \""), "{report:?}");
}

#[test]
fn an_empty_text_or_a_missing_revision_is_refused() {
    let (flow, checks) = with_revisions("empty", None);
    let empty = flow
        .replace("tittel = \"Prøveflyt på nynorsk\"", "tittel = \"  \"")
        .replace(
            "{ svar = \"annen\", tekst = \"Nokon andre\" }",
            "{ svar = \"annen\", tekst = \"\" }",
        );
    assert_eq!(
        support::messages(&tree("empty", &empty, Some(&checks))),
        [
            "nn/guide/01-prove.toml:1: flow `prove`: `tittel` is empty: translate it",
            "nn/guide/01-prove.toml:8: step `rolle`: `valg `annen`'s `tekst`` is empty: translate it",
        ]
    );
    let unsaid = checks.replace("\"omsett_frå\" = ", "# ");
    let found = support::messages(&tree("unsaid", &flow, Some(&unsaid)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .starts_with("nn/guide/sjekker.toml:2: check `delegert` has no `omsett_frå`: write"),
        "{found:?}"
    );
}

#[test]
fn the_english_translation_and_the_pages_on_disk() {
    let (flow, _) = with_revisions("english", None);
    let english = flow.replace("\"omsett_frå\"", "translated_from").replace(
        "tittel = \"Prøveflyt på nynorsk\"",
        "tittel = \"Test flow\"",
    );
    let dir = support::valid_tree_with_files(
        "guide-translations-english",
        &[("en/guide/01-prove.toml", english.as_bytes())],
    );
    let out = dir.join("ut");
    let old = out.join("en/veiviser/fjernet");
    std::fs::create_dir_all(&old).unwrap();
    write_site(&dir, &out).unwrap_or_else(|e| panic!("{e}"));
    let page = std::fs::read_to_string(out.join("en/veiviser/prove/index.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(
        page.contains("<title>Test flow – Guides – Tax data sharing self-service</title>"),
        "{page}"
    );
    // Without en/guide/sjekker.toml, the check is in bokmål, and marked so.
    assert!(
        page.contains(
            r#"<li class="guide-text__step" lang="nb"><h2>Sjekk: Har kommunen delegert?</h2>"#
        ),
        "{page}"
    );
    let nynorsk = std::fs::read_to_string(out.join("nn/veiviser/prove/index.html")).unwrap();
    assert!(nynorsk.contains("Denne vegvisaren finst ikkje på nynorsk enno."));
    assert!(
        !old.exists(),
        "a flow no longer in the content has no page in any language"
    );
}
