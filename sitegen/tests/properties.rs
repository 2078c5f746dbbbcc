//! Generated input against the content compiler and the real content: a content tree an editor could
//! write (any text, odd spaces, broken front matter, links anywhere) is compiled or refused with
//! errors that each name a file of the tree and a line inside it; any address walks the real guide
//! without a panic and an address the guide writes reads back to the same place; any search and any
//! widget attributes get an answer.

use proptest::prelude::*;
use skattedeling_core::guide::{walk, GuideState};
use skattedeling_core::widget::{self, Attributes};
use skattedeling_core::{Audience, SiteData};
use skattedeling_sitegen::{compile, ContentErrors};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn site() -> &'static SiteData {
    static SITE: OnceLock<SiteData> = OnceLock::new();
    SITE.get_or_init(|| compile(Path::new("../content")).unwrap_or_else(|e| panic!("{e}")))
}

/// Text an editor might write or paste: words, Markdown, links, odd spaces, any character.
fn editor_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "Kommunen", " ", "\n", "\n\n", "# Tittel\n", "- punkt\n", "[lenke](#kostnad)", "[flyt](?flyt=tilkobling)",
            "[ute](https://ks.no)", "`kode`", "**fet**", "<b>", "---\n", "id: x\n", ":", "|", "\u{a0}", "\u{200b}",
            "\u{feff}", "\r\n", "æøå", "\t",
        ]).prop_map(str::to_string),
        2 => "[a-z]{1,10}",
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|p| p.concat())
}

/// A front-matter value: a plausible one, or anything.
fn field_value(plausible: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(plausible).prop_map(str::to_string),
        1 => editor_text().prop_map(|t| t.replace('\n', " ")),
    ]
}

/// One question file: front matter (fields perhaps missing, doubled or unknown), then a body.
fn question_file() -> impl Strategy<Value = String> {
    let fields = (
        field_value(&["kostnad", "delegering", "ny-side", "Ugyldig Id"]),
        field_value(&["grunnleggende", "ukjent"]),
        field_value(&["kommune", "kommune, leverandør", "alle"]),
        field_value(&["2026-11-28", "2026-02-30", "i går"]),
        prop::collection::vec(0usize..6, 0..6),
    );
    (fields, editor_text(), editor_text(), any::<bool>()).prop_map(
        |((id, section, audiences, date, order), title, body, closed)| {
            let lines = [
                format!("id: {id}"),
                format!("seksjon: {section}"),
                format!("målgrupper: {audiences}"),
                format!("sist_oppdatert: {date}"),
                "nøkkelord: pris, kroner".to_string(),
                "ukjent_felt: x".to_string(),
            ];
            let front: Vec<&str> = order.iter().map(|&i| lines[i].as_str()).collect();
            format!(
                "---\n{}\n{}\n# {}\n\n{}\n",
                front.join("\n"),
                if closed { "---" } else { "" },
                title.replace('\n', " "),
                body
            )
        },
    )
}

fn write_tree(dir: &Path, sections: &str, questions: &[String]) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("faq")).unwrap();
    std::fs::write(dir.join("seksjoner.txt"), sections).unwrap();
    for (i, q) in questions.iter().enumerate() {
        std::fs::write(dir.join(format!("faq/{i:02}-sporsmal.md")), q).unwrap();
    }
}

fn lines_in(file: &Path) -> usize {
    std::fs::read(file).map_or(0, |b| b.split(|&c| c == b'\n').count())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_generated_content_tree_compiles_or_each_error_names_a_file_and_line_in_it(
        sections in prop_oneof![
            Just("grunnleggende | Grunnleggende\n".to_string()),
            editor_text(),
        ],
        questions in prop::collection::vec(question_file(), 0..4),
    ) {
        static CASE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = CASE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("generated-{n}"));
        write_tree(&dir, &sections, &questions);
        match compile(&dir) {
            Ok(site) => prop_assert!(site.faq.questions.len() <= questions.len()),
            Err(ContentErrors(errors)) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.file.starts_with(&dir), "{e}");
                    prop_assert!(e.line <= lines_in(&e.file).max(1), "{e}: past the end of the file");
                    prop_assert!(!e.message.is_empty());
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A query string as an address bar may hold one: the guide's keys with any values, and junk.
fn any_query() -> impl Strategy<Value = String> {
    let site = site();
    let mut keys: Vec<String> = site
        .guide
        .flows
        .iter()
        .flat_map(|f| f.steps.iter().map(|s| s.id.clone()))
        .collect();
    keys.extend(["flyt", "endre", "q", "for"].map(String::from));
    let mut values: Vec<String> = site.guide.flows.iter().map(|f| f.id.clone()).collect();
    values.extend(
        [
            "ja",
            "nei",
            "kommune",
            "test",
            "produksjon",
            "974760673",
            "ok",
            "%",
            "%C3",
            "+",
            "",
        ]
        .map(String::from),
    );
    let pair = (
        prop::sample::select(keys),
        prop_oneof![prop::sample::select(values), editor_text()],
    );
    prop::collection::vec(pair, 0..12).prop_map(|pairs| {
        let parts: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", skattedeling_core::url::encode_component(&v)))
            .collect();
        format!("?{}", parts.join("&"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_address_walks_the_guide_and_the_address_it_writes_reads_back(query in any_query()) {
        let Some(state) = GuideState::from_query(&query) else { return Ok(()) };
        let Some(flow) = site().guide.flows.iter().find(|f| f.id == state.flow) else { return Ok(()) };
        let first = walk(flow, &state);
        let written = state.query(flow);
        let again = GuideState::from_query(&written).expect("the guide's own address names its flow");
        let second = walk(flow, &again);
        prop_assert_eq!(&first.current.id, &second.current.id, "{} → {}", query, written);
        prop_assert_eq!(first.answered.len(), second.answered.len());
        prop_assert_eq!(again.query(flow), written);
    }

    #[test]
    fn any_search_gets_a_listing(query in editor_text(), audience in 0usize..4) {
        let audience = [None, Some(Audience::Municipality), Some(Audience::Vendor), Some(Audience::ProjectManager)][audience];
        let data = site().faq_data();
        if let skattedeling_core::Listing::Results(hits) = data.listing(&query, audience) {
            prop_assert!(hits.iter().all(|h| h.doc < data.index.docs as usize));
            for hit in &hits {
                if let skattedeling_core::ResultKind::Flow(f) = data.kind(hit.doc) {
                    prop_assert!(f < data.flows.len());
                }
            }
            if let Some(best) = data.best(&query, &hits) {
                prop_assert_eq!(best, hits[0].doc);
            }
            let closest = data.closest(&query, audience);
            prop_assert!(closest.len() <= 3);
            prop_assert!(closest.iter().all(|&d| data.kind(d) == skattedeling_core::ResultKind::Answer));
        }
    }

    #[test]
    fn any_widget_attributes_get_a_setup_or_reasons(
        flow in proptest::option::of(prop_oneof![Just("tilkobling".to_string()), editor_text()]),
        backend in proptest::option::of(prop_oneof![Just("https://t.example/".to_string()), editor_text()]),
        theme in proptest::option::of(prop_oneof![Just("mørk".to_string()), editor_text()]),
        address in proptest::option::of(prop_oneof![Just("veiviser".to_string()), editor_text()]),
        lang in proptest::option::of(prop_oneof![Just("nn".to_string()), editor_text()]),
        host_lang in proptest::option::of(prop_oneof![Just("en-GB".to_string()), editor_text()]),
    ) {
        let attributes = Attributes { flow, backend, theme, address, lang, host_lang };
        match widget::read(&attributes, &site().guide.intros()) {
            Ok(setup) => prop_assert!(site().guide.flows.iter().any(|f| f.id == setup.flow)),
            Err(problems) => prop_assert!(!problems.is_empty() && problems.iter().all(|p| !p.is_empty())),
        }
    }
}
