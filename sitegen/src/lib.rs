//! Build-time content compiler. Reads `content/`, checks it (every problem reported with file and line),
//! renders the Markdown answers, reads the guide's flows, builds the search index, and writes what the site is made of: the
//! static FAQ page that Trunk pastes into `index.html`, each flow's own page (`veiviser/<flow>/index.html`),
//! and the data the app embeds.

pub mod code_translations;
pub mod codes;
pub mod error;
pub mod feedback;
pub mod flow_page;
pub mod frontmatter;
pub mod guide;
pub mod guide_translations;
pub mod languages;
pub mod load;
pub mod markdown;
pub mod page;
pub mod source;
pub mod sources;
pub mod translate;

pub use error::{ContentError, ContentErrors};
pub use load::load;

use skattedeling_core::{ui, CalendarDate, Lang, SiteData};
use std::collections::HashSet;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// The file name of the static page fragment.
pub const PAGE_FILE: &str = "faq.html";
/// The file names of the app's data (postcard: see `data_files`): the FAQ page's, and the guide's,
/// which a widget on another site's page carries alone.
pub const FAQ_DATA_FILE: &str = "faq.bin";
pub const GUIDE_DATA_FILE: &str = "guide.bin";
/// The guide in nynorsk and English: the same flows with their translated words.
pub const GUIDE_DATA_FILE_NN: &str = "guide-nn.bin";
pub const GUIDE_DATA_FILE_EN: &str = "guide-en.bin";
/// The search index in every language, which the FAQ app loads ([`search_file_name`]) in place of
/// the bokmål one it carries.
pub const SEARCH_DATA_FILE: &str = "sok.bin";

/// Today's date (UTC) on this machine, for the timeline of the static page.
pub fn today() -> CalendarDate {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    CalendarDate::from_unix_days((secs / 86_400) as i64)
}

/// [`compile`] for a crate's `build.rs`: Cargo runs it again when `content` changes, and broken content
/// stops the build with every problem's file and line.
pub fn compile_for_build_script(content: &Path) -> SiteData {
    println!("cargo:rerun-if-changed={}", content.display());
    compile(content).unwrap_or_else(|errors| {
        eprintln!("error: the content has problems:\n{errors}");
        std::process::exit(1);
    })
}

/// Loads and checks `content` (the FAQ and the guide, each against the other), and builds the search
/// index. Every problem in either is reported at once.
pub fn compile(content: &Path) -> Result<SiteData, ContentErrors> {
    let flows = guide::flow_ids(content);
    let faq = load(content, &flows);
    let (questions, anchors) = match &faq {
        Ok(faq) => {
            let questions: HashSet<String> = faq.questions.iter().map(|q| q.id.clone()).collect();
            let mut anchors = questions.clone();
            anchors.extend(faq.sections.iter().map(|s| s.id.clone()));
            anchors.extend(ui::PAGE_ANCHORS.iter().map(|a| a.to_string()));
            (Some(questions), Some(anchors))
        }
        Err(_) => (None, None),
    };
    let code_checks = codes::code_checks(content);
    let known = guide::Known {
        questions: questions.as_ref(),
        anchors: anchors.as_ref(),
        flows: &flows,
        codes: &code_checks,
    };
    match (faq, guide::load(content, &known)) {
        (Ok(mut faq), Ok(guide)) => {
            let mut errors = ContentErrors::default();
            let mut code_texts = Vec::new();
            let mut entries = Vec::new();
            if let Some(catalogue) = codes::load(content, &known, &faq, &guide, &mut errors) {
                if faq.sections.iter().any(|s| s.id == catalogue.section.id) {
                    errors.push(ContentError::new(
                        &content.join(load::SECTIONS_FILE),
                        0,
                        format!(
                            "the section id `{}` is the error-code catalogue's",
                            catalogue.section.id
                        ),
                    ));
                }
                faq.sections.push(catalogue.section);
                faq.questions.extend(catalogue.questions);
                code_texts = catalogue.texts;
                entries = catalogue.entries;
            }
            let mut translations = translations(content, &faq, &guide, &flows, &mut errors);
            let bokmal = code_translations::Bokmal {
                entries: &entries,
                texts: &code_texts,
                faq: &faq,
                guide: &guide,
                known: &known,
            };
            let translated =
                code_translations::translate(content, &bokmal, &mut translations, &mut errors);
            code_texts.extend(translated);
            guide_translations::translate(content, &guide, &known, &mut translations, &mut errors);
            if errors.is_empty() {
                let mut data = SiteData::new(faq, guide, translations);
                data.code_texts = code_texts;
                Ok(data)
            } else {
                Err(errors)
            }
        }
        (faq, guide) => {
            let mut errors = faq.err().unwrap_or_default();
            errors.0.extend(guide.err().unwrap_or_default().0);
            Err(errors)
        }
    }
}

/// The translations in `content/nn/` and `content/en/`, checked against the bokmål `faq` (with the
/// error-code catalogue) and the guide's flows: links in them go where the page has something.
fn translations(
    content: &Path,
    faq: &skattedeling_core::Faq,
    guide: &skattedeling_core::Guide,
    flows: &std::collections::BTreeSet<String>,
    errors: &mut ContentErrors,
) -> Vec<skattedeling_core::translation::Translation> {
    let mut anchors: HashSet<String> = faq.questions.iter().map(|q| q.id.clone()).collect();
    anchors.extend(faq.sections.iter().map(|s| s.id.clone()));
    anchors.extend(ui::PAGE_ANCHORS.iter().map(|a| a.to_string()));
    anchors.extend(
        guide
            .flows
            .iter()
            .map(|f| skattedeling_core::links::flow_anchor(&f.id)),
    );
    let targets = translate::Targets {
        anchors: &anchors,
        flows,
    };
    match translate::load_all(content, faq, &targets) {
        Ok(translations) => translations,
        Err(e) => {
            errors.0.extend(e.0);
            Vec::new()
        }
    }
}

/// The app's data files, named, in postcard's compact binary form as the app embeds them: the FAQ
/// page's ([`skattedeling_core::FaqData`]) and the guide's ([`skattedeling_core::GuideData`]). The
/// derived `Deserialize` code for postcard is far smaller in the wasm than for JSON (24 KB gzip less).
pub fn data_files(data: &SiteData) -> [(&'static str, Vec<u8>); 5] {
    [
        (FAQ_DATA_FILE, encode(&data.faq_data())),
        (GUIDE_DATA_FILE, encode(&data.guide_data())),
        (GUIDE_DATA_FILE_NN, encode(&data.guide_data_in(Lang::Nn))),
        (GUIDE_DATA_FILE_EN, encode(&data.guide_data_in(Lang::En))),
        (SEARCH_DATA_FILE, encode(&data.index)),
    ]
}

/// The search index in every language as the site publishes it, named by what is in it
/// so a browser keeps it until it changes: `sok-<revision>.bin`.
pub fn search_file_name(bytes: &[u8]) -> String {
    format!(
        "sok-{}.bin",
        skattedeling_core::feedback::revision_of(bytes)
    )
}

fn encode(value: &impl serde::Serialize) -> Vec<u8> {
    postcard::to_allocvec(value).expect("site data is plain strings and numbers")
}

/// Compiles `content` and writes the static page, the flows' pages and the data into `out_dir`.
pub fn write_site(content: &Path, out_dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let data = compile(content)?;
    std::fs::create_dir_all(out_dir)?;
    let feedback = feedback::configured()?;
    let nb = page::View::new(&data, skattedeling_core::Lang::Nb);
    write_if_changed(
        &out_dir.join(PAGE_FILE),
        page::body(&data, &nb, today(), feedback.as_deref()),
    )?;
    languages::write_sources(&data, out_dir, today(), feedback.as_deref())?;
    for line in translate::stale_report(content, &data.faq, &data.translations) {
        eprintln!("warning: {line}");
    }
    write_flow_pages(&data, out_dir)?;
    for (name, bytes) in data_files(&data) {
        if name == SEARCH_DATA_FILE {
            write_search_file(out_dir, &bytes)?;
        } else {
            write_if_changed(&out_dir.join(name), bytes)?;
        }
    }
    Ok(())
}

/// The search index in every language as the site publishes it ([`search_file_name`]), in place of any
/// older one, which the build copies beside `index.html` (scripts/language-pages.sh).
fn write_search_file(out_dir: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = search_file_name(bytes);
    for entry in std::fs::read_dir(out_dir)? {
        let old = entry?.file_name();
        let old = old.to_string_lossy();
        if old.starts_with("sok-") && old.ends_with(".bin") && old != name.as_str() {
            std::fs::remove_file(out_dir.join(old.as_ref()))?;
        }
    }
    write_if_changed(&out_dir.join(name), bytes)
}

/// Writes each flow's page into `out_dir/veiviser/<flow>/` in bokmål and `out_dir/<lang>/veiviser/<flow>/`
/// in each translated language (in bokmål, marked so, where the flow is not translated), and removes
/// the folders of flows that are no longer in the content, so the build does not publish them.
pub fn write_flow_pages(data: &SiteData, out_dir: &Path) -> std::io::Result<()> {
    use skattedeling_core::Lang;
    let flows = &data.guide.flows;
    for lang in Lang::ALL {
        let dir = out_dir.join(lang.folder());
        let pages_dir = dir.join(skattedeling_core::links::FLOW_PAGES_DIR);
        std::fs::create_dir_all(&pages_dir)?;
        let translation = data.translations.iter().find(|t| t.lang == lang);
        for (i, flow) in flows.iter().enumerate() {
            let page = flow_page::FlowPage {
                texts: skattedeling_core::texts::page(lang),
                bokmal: flow,
                translation: translation.and_then(|t| t.flow(i)),
            };
            let path = dir.join(flow_page::path(&flow.id));
            std::fs::create_dir_all(path.parent().unwrap_or(&pages_dir))?;
            write_if_changed(&path, flow_page::render_in(&page))?;
        }
        for entry in std::fs::read_dir(&pages_dir)? {
            let entry = entry?;
            let name = entry.file_name();
            if !flows.iter().any(|f| name == f.id.as_str()) && entry.file_type()?.is_dir() {
                std::fs::remove_dir_all(entry.path())?;
            }
        }
    }
    Ok(())
}

/// Writes a file only when its contents change, so watchers and caches are not disturbed.
pub fn write_if_changed(path: &Path, contents: impl AsRef<[u8]>) -> std::io::Result<()> {
    let contents = contents.as_ref();
    if std::fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::write(path, contents)
}
