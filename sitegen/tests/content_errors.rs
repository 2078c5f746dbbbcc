//! Broken content fails the build with the file, the line and what to do: one fixture tree per mistake
//! an editor can make, each pinned to the exact message the editor sees.

use skattedeling_core::guide::StepKind;
use skattedeling_sitegen::{compile, ContentErrors};
use std::path::Path;

mod support;
use support::{messages, valid_tree_with};

fn errors(case: &str) -> Vec<String> {
    let dir = format!("tests/fixtures/{case}");
    match compile(Path::new(&dir)) {
        Ok(_) => panic!("{dir} was accepted"),
        Err(ContentErrors(errors)) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_valid_tree_loads_in_order() {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = site.faq.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["kostnad", "delegering"]);
    assert_eq!(
        site.faq.questions[1].answer_text,
        "Logg inn i Altinn. Deleger."
    );
    assert_eq!(
        site.faq.synonyms,
        vec![vec!["pris".to_string(), "koster".to_string()]]
    );
    assert_eq!(site.faq.timeline.len(), 1);
    assert!(site.faq.sections[0].shows_timeline);
}

#[test]
fn a_valid_tree_carries_its_sources() {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    let kostnad = site.faq.questions[0].sources.as_ref().unwrap();
    assert_eq!(kostnad.items[0].title, "KS om tilgang");
    assert_eq!(kostnad.assessed.iso(), "2026-12-01");
    assert_eq!(site.faq.questions[1].sources, None);
    let flow = site.guide.flow("prove").unwrap();
    let StepKind::Outcome { sources, .. } = &flow.step("ferdig").unwrap().kind else {
        panic!("`ferdig` is an outcome");
    };
    let source = &sources.as_ref().unwrap().items[0];
    assert_eq!(source.url, "https://lovdata.no/lov/2011-06-24-30/%C2%A73-1");
    assert_eq!(
        source.supports,
        "Kommunen har ansvar for personer som oppholder seg i kommunen"
    );
}

#[test]
fn missing_id() {
    assert_eq!(
        errors("missing-id"),
        ["tests/fixtures/missing-id/faq/01-kostnad.md:5: front matter has no `id`"]
    );
}

#[test]
fn duplicate_id() {
    assert_eq!(
        errors("duplicate-id"),
        ["tests/fixtures/duplicate-id/faq/02-pris.md:2: id `kostnad` is already used by tests/fixtures/duplicate-id/faq/01-kostnad.md:2"]
    );
}

#[test]
fn unknown_section() {
    assert_eq!(
        errors("unknown-section"),
        ["tests/fixtures/unknown-section/faq/01-kostnad.md:3: unknown section `tilkoblingg`; the sections in seksjoner.txt are: grunnleggende"]
    );
}

#[test]
fn unknown_audience() {
    assert_eq!(
        errors("unknown-audience"),
        ["tests/fixtures/unknown-audience/faq/01-kostnad.md:4: unknown audience `saksbehandler`; use kommune, leverandør or prosjektleder"]
    );
}

#[test]
fn link_to_an_id_that_does_not_exist() {
    assert_eq!(
        errors("broken-link"),
        ["tests/fixtures/broken-link/faq/01-kostnad.md:12: link to `#delegering-i-altinn` goes nowhere: no question or section has the id `delegering-i-altinn`"]
    );
}

#[test]
fn impossible_date() {
    assert_eq!(
        errors("bad-date"),
        ["tests/fixtures/bad-date/faq/01-kostnad.md:5: sist_oppdatert: `2023-02-30` is not a day in the calendar"]
    );
}

#[test]
fn question_not_written_as_a_heading() {
    assert_eq!(
        errors("no-title"),
        ["tests/fixtures/no-title/faq/01-kostnad.md:8: the question must come first, as a heading: `# Spørsmålet?`"]
    );
}

#[test]
fn raw_html_in_an_answer() {
    assert_eq!(
        errors("raw-html"),
        ["tests/fixtures/raw-html/faq/01-kostnad.md:10: raw HTML is not allowed in an answer: write it in Markdown"]
    );
}

#[test]
fn unknown_front_matter_field() {
    assert_eq!(
        errors("unknown-field"),
        ["tests/fixtures/unknown-field/faq/01-kostnad.md:6: unknown field `forfatter`; the fields are id, seksjon, målgrupper, sist_oppdatert, nøkkelord, kilde and sist_vurdert"]
    );
}

#[test]
fn front_matter_left_open() {
    assert_eq!(
        errors("unclosed-front-matter"),
        ["tests/fixtures/unclosed-front-matter/faq/01-kostnad.md:1: the front matter is not closed: add a line `---` after it"]
    );
}

#[test]
fn synonyms_of_several_words_need_one_of_a_single_word() {
    assert_eq!(
        errors("multiword-synonym"),
        [
            "tests/fixtures/multiword-synonym/synonymer.txt:2: every synonym here is several words: add one of a single word, which the search looks for when a query holds all the words of another",
            "tests/fixtures/multiword-synonym/synonymer.txt:3: `legges  ned`: write the words of a synonym of several words with one space between and no punctuation",
        ]
    );
}

#[test]
fn timeline_date_in_the_wrong_format() {
    assert_eq!(
        errors("timeline-bad-date"),
        ["tests/fixtures/timeline-bad-date/tidslinje.txt:1: `01.11.2023` is not a date of the form YYYY-MM-DD"]
    );
}

#[test]
fn section_without_questions() {
    assert_eq!(
        errors("empty-section"),
        ["tests/fixtures/empty-section/seksjoner.txt:2: section `tom` has no questions"]
    );
}

#[test]
fn the_real_content_is_valid_and_complete() {
    let site = compile(Path::new("../content")).unwrap_or_else(|e| panic!("{e}"));
    let faq = &site.faq;
    let sections: Vec<&str> = faq.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        sections,
        [
            "Tilkobling til Skatteetatens tjeneste/API",
            "Segmentsamarbeidet",
            "Opplysninger fra infotorg.no",
            "Prosjektet",
            "Feilkoder og feilmeldinger"
        ]
    );
    let per_section: Vec<usize> = faq
        .sections
        .iter()
        .map(|s| faq.questions_in(&s.id).count())
        .collect();
    assert_eq!(
        per_section[..4],
        [9, 3, 3, 3],
        "all 17 questions of the seed, and the answer on the påkoblingsforespørsel"
    );
    // Then the error-code catalogue, each code under its own anchor.
    assert!(per_section[4] >= 30, "{per_section:?}");
    let mp251 = faq
        .questions
        .iter()
        .find(|q| q.id == "feil-MP-251")
        .unwrap();
    assert!(mp251.title.starts_with("MP-251: "));
    assert!(
        mp251.answer_html.contains(r##"href="#delegering-altinn""##),
        "{}",
        mp251.answer_html
    );
    assert!(
        mp251.answer_html.contains("Sjekken i veiviseren"),
        "{}",
        mp251.answer_html
    );
    // The seed's order, first and last question of each section.
    assert!(faq.questions[0]
        .title
        .starts_with("Hvordan får jeg tilgang"));
    // The answer on applying for access follows it, before the rest of the seed.
    assert_eq!(faq.questions[1].id, "pakoblingsforesporsel");
    assert!(faq.questions[8]
        .title
        .starts_with("Har kommunen rett til å hente"));
    assert_eq!(
        faq.questions[12].title,
        "Hvilke opplysninger ligger på infotorg.no?"
    );
    assert_eq!(faq.questions[17].title, "Hvorfor tar arbeidet lang tid?");
    // Plain typos from the seed are fixed.
    let all_text: String = faq
        .questions
        .iter()
        .map(|q| format!("{} {}", q.title, q.answer_text))
        .collect();
    for typo in ["infortorg", "Tietoevery", "representer "] {
        assert!(!all_text.contains(typo), "typo {typo:?} is still there");
    }
    // Written before 1 Nov 2023; it must read correctly now.
    for stale in [
        "opphører 01.11.2023",
        "vil avtalen",
        "har i dag monopolavtaler",
    ] {
        assert!(
            !all_text.contains(stale),
            "{stale:?} reads as if Infotorg were still open"
        );
    }
}

#[test]
fn a_valid_guide_loads_with_its_checks() {
    let site = compile(Path::new("tests/fixtures/valid")).unwrap_or_else(|e| panic!("{e}"));
    let flow = site.guide.flow("prove").unwrap();
    assert_eq!(flow.steps.len(), 5);
    assert_eq!(site.guide.checks.len(), 1);
    assert!(site.faq.questions[0]
        .answer_html
        .contains(r#"href="?flyt=prove#veiviser-prove""#));
}

#[test]
fn flow_with_an_unknown_next_target() {
    assert_eq!(
        errors("flow-unknown-next"),
        ["tests/fixtures/flow-unknown-next/guide/flyt.toml:7: step `forst`: unknown `neste` target `sluttt`: no step in this flow has that id"]
    );
}

#[test]
fn flow_with_a_step_no_path_reaches() {
    assert_eq!(
        errors("flow-unreachable"),
        ["tests/fixtures/flow-unreachable/guide/flyt.toml:23: step `glemt`: no path from `start` reaches it"]
    );
}

#[test]
fn flow_with_a_path_that_ends_without_an_outcome() {
    assert_eq!(
        errors("flow-no-outcome"),
        ["tests/fixtures/flow-no-outcome/guide/flyt.toml:23: step `orgnr` has no `neste` and is not an outcome: the path ends here without an outcome"]
    );
}

#[test]
fn flow_with_a_loop_with_no_way_out() {
    assert_eq!(
        errors("flow-loop"),
        ["tests/fixtures/flow-loop/guide/flyt.toml:23: steps `runde` → `igjen` → `runde` form a loop with no way out to an outcome"]
    );
}

#[test]
fn flow_citing_a_faq_id_that_does_not_exist() {
    assert_eq!(
        errors("flow-unknown-faq"),
        ["tests/fixtures/flow-unknown-faq/guide/flyt.toml:16: outcome `slutt` cites FAQ `pris`, which does not exist (no question has that id)"]
    );
}

#[test]
fn answer_linking_a_flow_that_does_not_exist() {
    assert_eq!(
        errors("flow-link"),
        ["tests/fixtures/flow-link/faq/01-kostnad.md:10: link to `?flyt=tilkoblingen` goes nowhere: there are no flows in guide/"]
    );
}

#[test]
fn connection_test_naming_the_wrong_steps() {
    assert_eq!(
        errors("flow-connection-test"),
        [
            "tests/fixtures/flow-connection-test/guide/flyt.toml:27: step `slutt`: `miljo = \"kommune\"` must name a question with the options `test` and `produksjon`, or a `tilkoblingstest` input in this flow",
            "tests/fixtures/flow-connection-test/guide/flyt.toml:37: step `uten-miljo`: `tilkoblingstest = true` needs `kommune` and `miljo`: the steps whose answers it tests",
        ]
    );
}

#[test]
fn an_error_code_whose_check_the_flow_lacks() {
    assert_eq!(
        errors("flow-error-code"),
        [
            "tests/fixtures/flow-error-code/guide/flyt.toml:7: step `kode`: `neste = \"sjekk-a\"` is a check; a `feilkode` input's `neste` is where a code's check goes on to, so it must not be a check itself",
            "tests/fixtures/flow-error-code/feilkoder.toml:18: code `MP-200`: `sjekk = \"b\"`: the flow in tests/fixtures/flow-error-code/guide/flyt.toml takes error codes (step `kode`), but none of its steps has that check; add a `sjekk` step for it there, or name a check the flow has",
        ]
    );
}

const ANSWER: &str = "---\nid: delegering\nseksjon: grunnleggende\nmålgrupper: kommune\nsist_oppdatert: 2026-11-28\n---\n\n# Hvordan delegerer vi?\n\n";

#[test]
fn a_file_that_is_not_utf8_is_named_with_line_and_byte() {
    let mut bytes = ANSWER.as_bytes().to_vec();
    bytes.extend_from_slice(b"Logg inn p\xe5 Altinn.\n");
    let dir = valid_tree_with("not-utf8", "faq/02-delegering.md", &bytes);
    // The answer cannot be read, so the link to it from the other answer fails too.
    assert_eq!(
        messages(&dir)[..1],
        ["faq/02-delegering.md:10: byte 11 of the line (0xE5) is not UTF-8; save the file as UTF-8"]
    );
}

#[test]
fn a_byte_order_mark_is_no_error() {
    let text = format!("\u{feff}{ANSWER}Logg inn i Altinn.\n");
    let dir = valid_tree_with("bom", "faq/02-delegering.md", text.as_bytes());
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(site.faq.questions[1].id, "delegering");
}

#[test]
fn word_processor_spaces_are_plain_spaces_on_the_page_and_in_the_search() {
    let text = format!("{ANSWER}Logg\u{a0}inn i\u{202f}Altinn.\n");
    let dir = valid_tree_with("nbsp", "faq/02-delegering.md", text.as_bytes());
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(site.faq.questions[1].answer_text, "Logg inn i Altinn.");
}

#[test]
fn an_invisible_character_is_refused_with_line_and_column() {
    let text = format!("{ANSWER}Logg inn i Alt\u{200b}inn.\n");
    let dir = valid_tree_with("zero-width", "faq/02-delegering.md", text.as_bytes());
    assert_eq!(
        messages(&dir)[..1],
        ["faq/02-delegering.md:10: column 15: invisible character U+200B (zero-width space); delete it (it often comes with text pasted from a word processor)"]
    );
    let dir = valid_tree_with(
        "zero-width-flow",
        "guide/01-prove.toml",
        "tittel = \"A\u{ad}B\"\n".as_bytes(),
    );
    assert!(messages(&dir).contains(
        &"guide/01-prove.toml:1: column 12: invisible character U+00AD (soft hyphen); delete it (it often comes with text pasted from a word processor)".to_string()
    ));
}

#[test]
fn flow_whose_way_out_of_a_loop_depends_on_an_earlier_answer() {
    assert_eq!(
        errors("flow-conditional-loop"),
        ["tests/fixtures/flow-conditional-loop/guide/flyt.toml:16: step `scope`: with the answers forst = b, runde = ja the path comes back here and never reaches an outcome; give the loop a way out for those answers"]
    );
}

const CODE: &str = r#"kilde = "Maskinporten"
tittel = "Ikke delegert"
betyr = "Kommunen har ikke delegert."
arsak = "Delegeringen mangler."
gjor = "Deleger i Altinn."
hvem = "Kommunen."
"#;

/// What the connection test says of the code: last in an entry, since a TOML table takes every key
/// after it.
const TEST_PART: &str = r#"
[feil.testtjenesten]
forklaring = "Kommunen har ikke delegert {tjeneste}."
rad = "Deleger i {altinn}."
i_testmiljo = "Produksjonen teller ikke i {miljo}."
faq = "delegering"
"#;

#[test]
fn an_error_code_becomes_an_entry_with_its_anchor_links_and_check() {
    let catalogue = format!(
        "sist_oppdatert = \"2026-12-02\"\n\n[[feil]]\nkode = \"MP-251\"\n{CODE}faq = [\"delegering\"]\nsjekk = \"delegert\"\n{TEST_PART}"
    );
    let dir = valid_tree_with("codes", "feilkoder.toml", catalogue.as_bytes());
    let site = compile(&dir).unwrap_or_else(|e| panic!("{e}"));
    let entry = site
        .faq
        .questions
        .iter()
        .find(|q| q.id == "feil-MP-251")
        .unwrap();
    assert_eq!(entry.title, "MP-251: Ikke delegert");
    assert_eq!(entry.section, "feilkoder");
    assert!(
        entry
            .answer_html
            .contains(r##"<a href="#delegering">Hvordan delegerer vi?</a>"##),
        "{}",
        entry.answer_html
    );
    assert!(
        entry.answer_html.contains("?flyt=prove"),
        "{}",
        entry.answer_html
    );
    assert!(
        entry
            .answer_text
            .starts_with("Hva betyr det? Kommunen har ikke delegert."),
        "{}",
        entry.answer_text
    );
    let hits = site.index.search("mp 251", |_| true);
    assert_eq!(site.faq.questions[hits[0].doc].id, "feil-MP-251");
}

#[test]
fn a_broken_error_code_entry_is_named_with_its_line() {
    let catalogue = format!(
        "sist_oppdatert = \"2026-12-02\"\n\n[[feil]]\nkode = \"MP-251\"\n{CODE}faq = [\"pris\"]\nsjekk = \"finnes-ikke\"\n{TEST_PART}\n[[feil]]\nkode = \"MP-251\"\n{}{TEST_PART}\n[[feil]]\nkode = \"MP 251\"\n{CODE}\n[[feil]]\nkode = \"MP-999\"\n{CODE}",
        CODE.replace("Kommunen.", "")
    );
    let dir = valid_tree_with("codes-broken", "feilkoder.toml", catalogue.as_bytes());
    assert_eq!(
        messages(&dir),
        [
            "feilkoder.toml:4: code `MP-251` cites FAQ `pris`, which does not exist (no question has that id)",
            "feilkoder.toml:4: code `MP-251`: `sjekk = \"finnes-ikke\"`: no flow in guide/ has that check",
            "feilkoder.toml:21: code `MP-251` is given twice (first on line 4)",
            "feilkoder.toml:21: code `MP-251`: `hvem` is empty",
            "feilkoder.toml:36: code `MP 251`: write it as the message does, with letters, digits, `-` and `_` only (MP-251, invalid_grant, HTTP-401)",
            "feilkoder.toml:45: code `MP-999`: the connection test can meet it, so say what its result says: add `[feil.testtjenesten]` with `forklaring` and `rad` (see the top of the file)",
        ]
    );
}

#[test]
fn what_the_connection_test_says_of_a_code_is_checked() {
    let catalogue = format!(
        "sist_oppdatert = \"2026-12-02\"\n\n[[feil]]\nkode = \"MP-251\"\n{CODE}{}\n[[feil]]\nkode = \"invalid_grant\"\n{CODE}{TEST_PART}\n[[feil]]\nkode = \"SSG-005\"\n{CODE}{}",
        TEST_PART
            .replace("{tjeneste}.", "{tjenesten}.")
            .replace("Deleger i {altinn}.", "deleger i {altinn")
            .replace("\"delegering\"", "\"pris\""),
        TEST_PART,
    );
    let dir = valid_tree_with("codes-test-part", "feilkoder.toml", catalogue.as_bytes());
    assert_eq!(
        messages(&dir),
        [
            "feilkoder.toml:13: code `MP-251`: `testtjenesten.forklaring`: `{tjenesten}` is not a placeholder; use one of {miljo}, {eier}, {maskinporten}, {altinn}, {scope}, {pakke}, {drifter}, {tjeneste}",
            "feilkoder.toml:14: code `MP-251`: `testtjenesten.rad` is not a sentence: begin it with a capital letter and end it with a full stop",
            "feilkoder.toml:14: code `MP-251`: `testtjenesten.rad`: a `{` that is not closed by `}`",
            "feilkoder.toml:16: code `MP-251` cites FAQ `pris`, which does not exist (no question has that id)",
            "feilkoder.toml:19: code `invalid_grant`: only MP-, SSG- and DAS-codes reach the connection test's result, so its `[feil.testtjenesten]` would never be shown; write the code as the service sends it, or take the part out",
        ]
    );
    let misnamed = format!(
        "sist_oppdatert = \"2026-12-02\"\n\n[[feil]]\nkode = \"SSG-005\"\n{CODE}{}",
        TEST_PART.replace("i_testmiljo", "i_test")
    );
    let dir = valid_tree_with("codes-test-field", "feilkoder.toml", misnamed.as_bytes());
    let found = messages(&dir);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("feilkoder.toml:15:") && found[0].contains("unknown field `i_test`"),
        "{found:?}"
    );
}

#[test]
fn outcome_sources_that_are_not_https_or_lack_a_date() {
    assert_eq!(
        errors("flow-sources"),
        [
            "tests/fixtures/flow-sources/guide/flyt.toml:22: step `usikker-adresse`: sist_vurdert: `2026-02-30` is not a day in the calendar",
            "tests/fixtures/flow-sources/guide/flyt.toml:26: step `usikker-adresse`: source `Loven`: `http://lovdata.no/lov/2011-06-24-30` is not an https address: write the whole address, starting with `https://`",
            "tests/fixtures/flow-sources/guide/flyt.toml:31: step `usikker-adresse`: source `Forskriften` does not say what it supports: write what the text takes from it",
            "tests/fixtures/flow-sources/guide/flyt.toml:35: step `uten-dato`: `kilder` needs `sist_vurdert`: the day the sources were last checked against the text",
            "tests/fixtures/flow-sources/guide/flyt.toml:47: step `uten-kilder`: `sist_vurdert` needs `kilder`: the sources that were checked",
        ]
    );
}

#[test]
fn answer_sources_that_are_not_https_or_lack_a_date() {
    assert_eq!(
        errors("faq-sources"),
        [
            "tests/fixtures/faq-sources/faq/01-kostnad.md:7: source `Skatteetaten`: `www.skatteetaten.no` is not an https address: write the whole address, starting with `https://`",
            "tests/fixtures/faq-sources/faq/01-kostnad.md:8: write a source as `kilde: tittel | https://adresse | hva kilden viser`",
            "tests/fixtures/faq-sources/faq/01-kostnad.md:9: sist_vurdert: `2026-13-01` is not a day in the calendar",
            "tests/fixtures/faq-sources/faq/02-pris.md:7: `kilde` needs `sist_vurdert`: the day the sources were last checked against the text",
        ]
    );
}
