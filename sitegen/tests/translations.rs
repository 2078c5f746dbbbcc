//! Translations in `content/nn/` and `content/en/`: read against the bokmål, shown in their
//! language, marked when older than the bokmål or missing, and refused with file and line when they
//! name what the bokmål has not or change its structure.

use skattedeling_core::translation::source_revision;
use skattedeling_core::{CalendarDate, Lang};
use skattedeling_sitegen::page::{self, View};
use skattedeling_sitegen::{compile, translate, ContentErrors};
use std::path::{Path, PathBuf};

mod support;

/// The valid fixture with `files` added (path in the tree, contents), in a folder named `case`.
fn tree(case: &str, files: &[(&str, String)]) -> PathBuf {
    let files: Vec<(&str, &[u8])> = files.iter().map(|(f, t)| (*f, t.as_bytes())).collect();
    support::valid_tree_with_files(&format!("translations-{case}"), &files)
}

/// The revision of the fixture's bokmål answer on prices, as a translation of it names it.
fn kostnad_revision() -> String {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    source_revision(site.faq.question("kostnad").unwrap())
}

fn kostnad_nn(revision: &str, extra: &str, body: &str) -> String {
    format!(
        "---\nid: kostnad\nomsett_frå: {revision}\nnøkkelord: pris, kostar\n{extra}---\n\n# Kostar det noko?\n\n{body}\n"
    )
}

const BODY: &str = "Nei. Sjå også [delegering](#delegering) og [vegvisaren](?flyt=prove).";

fn errors(dir: &Path) -> Vec<String> {
    match compile(dir) {
        Ok(_) => panic!("{} was accepted", dir.display()),
        Err(ContentErrors(errors)) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn nn_page(dir: &Path) -> String {
    let site = compile(dir).unwrap_or_else(|e| panic!("{e}"));
    page::body(
        &site,
        &View::new(&site, Lang::Nn),
        CalendarDate::ymd(2026, 12, 1).unwrap(),
        None,
    )
}

#[test]
fn a_translation_is_shown_in_its_language_and_a_missing_one_in_bokmal() {
    let dir = tree(
        "shown",
        &[
            (
                "nn/faq/01-kostnad.md",
                kostnad_nn(&kostnad_revision(), "", BODY),
            ),
            (
                "nn/seksjoner.txt",
                "grunnleggende | Grunnleggjande\n".into(),
            ),
        ],
    );
    let html = nn_page(&dir);
    assert!(html.contains(
        r#"<h3 class="question__title" data-testid="question-title">Kostar det noko?</h3>"#
    ));
    assert!(html.contains(
        r#"<h2 class="faq-section__title" id="grunnleggende-tittel">Grunnleggjande</h2>"#
    ));
    // Its links stay on the nynorsk page, and so does the flow's own page (in nynorsk/, in bokmål
    // while the flow has no translation).
    assert!(
        html.contains(r##"<a href="#delegering">delegering</a>"##),
        "{html}"
    );
    assert!(html.contains(r#"href="veiviser/prove/" data-flyt="prove""#));
    assert!(!html.contains("translation-stale"));
    // The answer with no translation is the bokmål one, marked so, with a notice in nynorsk.
    assert!(html.contains(r#"<h3 class="question__title" data-testid="question-title" lang="nb">Hvordan delegerer vi?</h3>"#));
    assert!(html.contains(
        r#"data-testid="translation-missing">Dette svaret finst ikkje på nynorsk enno.</p>"#
    ));
    // The page is the nynorsk one: its switcher marks it, its words are nynorsk.
    assert!(html
        .contains(r#"href="./" data-sprak-sti="./" lang="nn" hreflang="nn" aria-current="page""#));
    assert!(html.contains(r#"href="../" data-sprak-sti="../" lang="nb" hreflang="nb""#));
    assert!(html.contains("Hopp til hovudinnhaldet"));
    // The translation gives no sources of its own: the bokmål ones, marked so, under a nynorsk heading.
    assert!(
        html.contains(
            r#"<h4 class="sources__title">Kjelder</h4><ul class="sources__list" lang="nb">"#
        ),
        "{html}"
    );
}

#[test]
fn a_translation_older_than_the_bokmal_says_so_and_is_listed() {
    let dir = tree(
        "stale",
        &[("nn/faq/01-kostnad.md", kostnad_nn("0123abcd", "", BODY))],
    );
    let html = nn_page(&dir);
    assert!(html.contains(r##"data-testid="translation-stale">Denne omsetjinga er eldre enn bokmålsteksten. <a href="../#kostnad" hreflang="nb">"##), "{html}");
    let site = compile(&dir).unwrap();
    let stale = translate::stale_report(&dir, &site.faq, &site.translations);
    assert_eq!(stale.len(), 1);
    assert!(
        stale[0].contains("`kostnad` was translated from an older bokmål text"),
        "{stale:?}"
    );
}

#[test]
fn a_translation_without_its_revision_is_told_the_one_to_write() {
    let revision = kostnad_revision();
    let dir = tree(
        "no-revision",
        &[("nn/faq/01-kostnad.md", kostnad_nn("?", "", BODY))],
    );
    let file = dir.join("nn/faq/01-kostnad.md");
    assert_eq!(
        errors(&dir),
        [format!(
            "{}:2: `omsett_frå: ?` is not a revision: write `omsett_frå: {revision}` when this translates the bokmål text as it is now",
            file.display()
        )]
    );
}

#[test]
fn a_translation_that_changes_the_structure_or_links_nowhere_fails_with_file_and_line() {
    let revision = kostnad_revision();
    let body = "Sjå [ingenting](#finst-ikkje) og [vegvisaren](?flyt=ukjend).";
    let dir = tree(
        "structure",
        &[
            (
                "nn/faq/01-kostnad.md",
                kostnad_nn(&revision, "seksjon: grunnleggende\n", body),
            ),
            (
                "nn/faq/03-ukjend.md",
                format!("---\nid: ukjend\nomsett_frå: {revision}\n---\n\n# Kva?\n\nSvar.\n"),
            ),
            (
                "nn/seksjoner.txt",
                "grunnleggende | Grunnleggjande | tidslinje\nandre | Andre\n".into(),
            ),
            ("nn/tidslinje.txt", "2024-01-01 | Noko | Anna.\n".into()),
        ],
    );
    let at = |file: &str, line: usize| format!("{}:{line}: ", dir.join(file).display());
    let found = errors(&dir);
    let expected = [
        (at("nn/seksjoner.txt", 1), "expected `id | tittel`"),
        (at("nn/seksjoner.txt", 2), "unknown section `andre`"),
        (
            at("nn/tidslinje.txt", 1),
            "no event on `2024-01-01` in the bokmål tidslinje.txt",
        ),
        (
            at("nn/faq/01-kostnad.md", 5),
            "`seksjon` is the bokmål file's",
        ),
        (
            at("nn/faq/01-kostnad.md", 10),
            "link to `#finst-ikkje` goes nowhere",
        ),
        (
            at("nn/faq/01-kostnad.md", 10),
            "link to `?flyt=ukjend` goes nowhere",
        ),
        (at("nn/faq/03-ukjend.md", 2), "unknown id `ukjend`"),
    ];
    for (prefix, message) in &expected {
        assert!(
            found
                .iter()
                .any(|e| e.starts_with(prefix.as_str()) && e.contains(message)),
            "no «{prefix}{message}» in {found:#?}"
        );
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

#[test]
fn translated_sources_keep_the_bokmal_addresses_in_their_order() {
    let revision = kostnad_revision();
    let wrong = "kilde: KS om tilgang | https://www.ks.no/annan-side/ | At tenesta er gratis\n";
    let dir = tree(
        "sources-wrong",
        &[("nn/faq/01-kostnad.md", kostnad_nn(&revision, wrong, BODY))],
    );
    let found = errors(&dir);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].ends_with("the bokmål source in this place is https://www.ks.no/fagomrader/digitalisering/: a translation keeps the sources and their order"), "{found:#?}");
    let right = "kilde: KS om tilgang | https://www.ks.no/fagomrader/digitalisering/ | At tenesta er gratis\n";
    let dir = tree(
        "sources-right",
        &[("nn/faq/01-kostnad.md", kostnad_nn(&revision, right, BODY))],
    );
    let html = nn_page(&dir);
    // The note in nynorsk, the day of assessment the bokmål's, the heading the page's.
    assert!(html.contains("At tenesta er gratis"));
    assert!(
        html.contains(r#"<h4 class="sources__title">Kjelder</h4>"#),
        "{html}"
    );
}

#[test]
fn index_html_has_the_bokmal_title_and_description_the_other_pages_translate() {
    // index.html is Trunk's, with its head written by hand; the nynorsk and English pages take
    // theirs from the texts, so the bokmål ones must be the texts' too.
    let index = std::fs::read_to_string("../index.html").unwrap();
    let site = compile(Path::new("tests/fixtures/valid")).unwrap();
    let head = skattedeling_sitegen::languages::head(&View::new(&site, Lang::Nb));
    let (title, description) = head.split_once("<meta").unwrap();
    assert!(index.contains(title), "{title}");
    let description = description
        .split("content=\"")
        .nth(1)
        .unwrap()
        .trim_end_matches("\">");
    assert!(
        index.contains(&format!(r#"content="{description}""#)),
        "{description}"
    );
}
