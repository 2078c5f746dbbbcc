//! Build-time content compiler. Reads `content/`, checks it (every problem reported with file and line),
//! renders the Markdown answers, reads the guide's flows, builds the search index, and writes what the site is made of: the
//! static FAQ page that Trunk pastes into `index.html`, each flow's own page (`veiviser/<flow>/index.html`),
//! and the data the app embeds.

pub mod codes;
pub mod error;
pub mod feedback;
pub mod flow_page;
pub mod frontmatter;
pub mod guide;
pub mod load;
pub mod markdown;
pub mod page;
pub mod source;
pub mod sources;

pub use error::{ContentError, ContentErrors};
pub use load::load;

use skattedeling_core::guide::Flow;
use skattedeling_core::{ui, CalendarDate, SiteData};
use std::collections::HashSet;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// The file name of the static page fragment.
pub const PAGE_FILE: &str = "faq.html";
/// The file names of the app's data (postcard: see `data_files`): the FAQ page's, and the guide's,
/// which a widget on another site's page carries alone.
pub const FAQ_DATA_FILE: &str = "faq.bin";
pub const GUIDE_DATA_FILE: &str = "guide.bin";

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
            }
            if errors.is_empty() {
                let mut data = SiteData::new(faq, guide);
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

/// The app's data files, named, in postcard's compact binary form as the app embeds them: the FAQ
/// page's ([`skattedeling_core::FaqData`]) and the guide's ([`skattedeling_core::GuideData`]). The
/// derived `Deserialize` code for postcard is far smaller in the wasm than for JSON (24 KB gzip less).
pub fn data_files(data: &SiteData) -> [(&'static str, Vec<u8>); 2] {
    [
        (FAQ_DATA_FILE, encode(&data.faq_data())),
        (GUIDE_DATA_FILE, encode(&data.guide_data())),
    ]
}

fn encode(value: &impl serde::Serialize) -> Vec<u8> {
    postcard::to_allocvec(value).expect("site data is plain strings and numbers")
}

/// Compiles `content` and writes the static page, the flows' pages and the data into `out_dir`.
pub fn write_site(content: &Path, out_dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let data = compile(content)?;
    std::fs::create_dir_all(out_dir)?;
    let feedback = feedback::configured()?;
    write_if_changed(
        &out_dir.join(PAGE_FILE),
        page::render(&data, today(), feedback.as_deref()),
    )?;
    write_flow_pages(&data.guide.flows, out_dir)?;
    for (name, bytes) in data_files(&data) {
        write_if_changed(&out_dir.join(name), bytes)?;
    }
    Ok(())
}

/// Writes each flow's page into `out_dir/veiviser/<flow>/`, and removes the folders of flows that are
/// no longer in the content, so the build does not publish them.
pub fn write_flow_pages(flows: &[Flow], out_dir: &Path) -> std::io::Result<()> {
    let pages_dir = out_dir.join(skattedeling_core::links::FLOW_PAGES_DIR);
    std::fs::create_dir_all(&pages_dir)?;
    for flow in flows {
        let path = out_dir.join(flow_page::path(&flow.id));
        std::fs::create_dir_all(path.parent().unwrap_or(&pages_dir))?;
        write_if_changed(&path, flow_page::render(flow))?;
    }
    for entry in std::fs::read_dir(&pages_dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if !flows.iter().any(|f| name == f.id.as_str()) && entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())?;
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
