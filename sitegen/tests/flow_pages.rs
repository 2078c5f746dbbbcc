//! Each flow's own page: a whole page in the site's frame, the flow as text with every step and
//! outcome, content links that still lead where the editor meant, and one page per flow on disk.

use skattedeling_sitegen::{compile, flow_page, write_site};
use std::path::{Path, PathBuf};

fn prove_page() -> String {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    flow_page::render(site.guide.flow("prove").expect("the fixture's flow"))
}

/// The element `tag` of `html` (its first), from `<tag` to `</tag>`.
fn element<'a>(html: &'a str, tag: &str) -> &'a str {
    let start = html
        .find(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}>"));
    let end = html[start..].find(&format!("</{tag}>")).unwrap() + start + tag.len() + 3;
    &html[start..end]
}

#[test]
fn a_whole_page_titled_by_its_flow() {
    let html = prove_page();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nb\">"));
    assert!(html.contains("<title>Prøveflyt – Veiviser – Skattedeling selvbetjening</title>"));
    assert!(
        html.contains(r#"<meta name="description" content="En liten flyt med alle slags steg.">"#)
    );
    assert!(html.contains(r#"<link rel="stylesheet" href="../../main.css">"#));
    assert!(html.contains(r##"<a class="skip-link" href="#innhold">Hopp til hovedinnholdet</a>"##));
    assert!(html.contains(r#"<main id="innhold" class="wrap guide-page" tabindex="-1">"#));
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(!html.contains("@MAIN@") && !html.contains("@TITLE@"));
}

#[test]
fn the_header_and_footer_are_the_faq_pages_seen_from_two_folders_down() {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    let nb = skattedeling_sitegen::page::View::new(&site, skattedeling_core::Lang::Nb);
    let faq = skattedeling_sitegen::page::body(&site, &nb, skattedeling_sitegen::today(), None);
    let html = prove_page();
    // The language switcher leads to the same flow's page in each language; the rest is the FAQ
    // page's.
    let switcher = element(&html, "nav");
    for (lang, href) in [
        ("nb", "./"),
        ("nn", "../../nn/veiviser/prove/"),
        ("en", "../../en/veiviser/prove/"),
    ] {
        assert!(
            switcher.contains(&format!(
                r#"href="{href}" data-sprak-sti="{href}" lang="{lang}" hreflang="{lang}""#
            )),
            "{switcher}"
        );
    }
    assert!(switcher.contains(r#"aria-current="page" data-testid="language-nb""#));
    for tag in ["header", "footer"] {
        let expected = element(&faq, tag)
            .replace(element(&faq, "nav"), "")
            .replace(r#"href="./""#, r#"href="../../""#)
            .replace(
                r#"href="tilgjengelighetserklaering.html""#,
                r#"href="../../tilgjengelighetserklaering.html""#,
            );
        assert_eq!(
            element(&html, tag).replace(switcher, ""),
            expected,
            "the <{tag}> of the FAQ page"
        );
    }
}

#[test]
fn the_flow_as_text_with_the_way_back_and_to_the_interactive_guide() {
    let html = prove_page();
    assert!(html.contains(
        r#"<p><a href="../../" data-testid="guide-page-faq">‹ Til spørsmål og svar</a></p>"#
    ));
    assert!(html.contains(r#"<section class="guide-text__flow" id="veiviser-prove" aria-labelledby="veiviser-prove-tittel"><h1 class="page-title" id="veiviser-prove-tittel">Prøveflyt</h1><p class="lead">En liten flyt med alle slags steg.</p>"#));
    assert!(html.contains(r##"<p class="guide-page__interactive js-only">Vil du heller svare på ett spørsmål om gangen? <a href="../../?flyt=prove#veiviser-prove" data-testid="guide-page-start">Gå gjennom veiviseren steg for steg</a></p>"##));
    assert!(html.contains("<li>Kommune: gå videre til «Kommunens organisasjonsnummer?»</li>"));
    assert!(html.contains("<li>Noen andre: gir svaret «Denne veiviseren er for kommuner»</li>"));
    // An outcome's sources follow its text, under their own heading.
    assert!(html.contains(r#"<h2>Svar: Ferdig</h2><p>Alt er klart. Les om <a href="../../#kostnad">kostnad</a>.</p>
<div class="sources" data-testid="sources"><h3 class="sources__title">Kilder</h3><ul class="sources__list"><li class="sources__item" data-testid="source"><a href="https://lovdata.no/lov/2011-06-24-30/%C2%A73-1">Helse- og omsorgstjenesteloven § 3-1</a> – Kommunen har ansvar for personer som oppholder seg i kommunen</li></ul><p class="sources__assessed">Kildene ble sist vurdert <time datetime="2026-12-01">1. desember 2026</time>.</p></div>"#));
    assert!(html.contains("<h2>Sjekk: Har kommunen delegert?</h2><p><strong>Hvis ikke:</strong></p><p>Deleger i Altinn."));
    assert!(html.contains(r#"<div class="guide-note"><p>Bare veiledning.</p>"#));
}

#[test]
fn links_into_the_faq_page_lead_there() {
    let html = prove_page();
    assert!(html.contains(r##"Les om <a href="../../#kostnad">kostnad</a>."##));
    assert!(!html.contains(r##"href="#kostnad""##));
}

/// A fresh folder under the system's temporary one, for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitegen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn write_site_writes_one_page_per_flow_and_drops_old_ones() {
    let out = scratch("flow-pages");
    let gone = out.join("veiviser/fjernet");
    std::fs::create_dir_all(&gone).unwrap();
    std::fs::write(gone.join("index.html"), "gammel").unwrap();
    write_site(Path::new("tests/fixtures/valid"), &out).unwrap();
    let page = std::fs::read_to_string(out.join("veiviser/prove/index.html")).unwrap();
    assert_eq!(page, prove_page());
    assert!(
        !gone.exists(),
        "a flow no longer in the content has no page"
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn broken_content_writes_nothing() {
    let out = scratch("broken");
    let error = write_site(Path::new("tests/fixtures/broken-link"), &out).unwrap_err();
    assert!(
        error.to_string().contains("tests/fixtures/broken-link/"),
        "{error}"
    );
    assert!(!out.exists());
}
