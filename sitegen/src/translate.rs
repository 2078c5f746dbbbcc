//! Reads the translations in `content/nn/` and `content/en/`: per bokmål question a file with the
//! same id holding its title, answer, keywords and (optionally) its sources in that language; the
//! sections' titles; the timeline's texts; synonyms. The structure is the bokmål's, so a translation
//! that names an unknown id, changes the structure or links nowhere fails the build with file and
//! line. Each answer says which bokmål text it was translated from; one older than the bokmål is
//! shown with a notice, and the build lists it.

use crate::error::ContentErrors;
use crate::frontmatter::{self, list};
use crate::load::{rows, QuestionFile, Reader, SECTIONS_FILE, TIMELINE_FILE};
use crate::sources;
use skattedeling_core::feedback::is_revision;
use skattedeling_core::translation::{source_revision, TranslatedQuestion, Translation};
use skattedeling_core::{Faq, Lang, Question, Source, Sources};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

/// The front matter keys of a translation, by language: the file is written in it.
struct Keys {
    from: &'static str,
    keywords: &'static str,
    source: &'static str,
}

fn keys(lang: Lang) -> Keys {
    match lang {
        Lang::En => Keys {
            from: "translated_from",
            keywords: "keywords",
            source: "source",
        },
        _ => Keys {
            from: "omsett_frå",
            keywords: "nøkkelord",
            source: "kilde",
        },
    }
}

/// The fields that are the bokmål file's alone.
const STRUCTURE: &[&str] = &["seksjon", "målgrupper", "sist_oppdatert", "sist_vurdert"];

/// What links in a translated answer may point at: the page's anchors and the guide's flows.
pub struct Targets<'a> {
    pub anchors: &'a HashSet<String>,
    pub flows: &'a BTreeSet<String>,
}

/// Reads `content/<lang>/` for every translated language; a language without a folder is all
/// bokmål. `faq` is the bokmål FAQ, as the page shows it.
pub fn load_all(
    content: &Path,
    faq: &Faq,
    targets: &Targets,
) -> Result<Vec<Translation>, ContentErrors> {
    let mut errors = ContentErrors::default();
    let mut out = Vec::new();
    for lang in Lang::TRANSLATIONS {
        let mut reader = Reader {
            root: content.join(lang.code()),
            errors: ContentErrors::default(),
        };
        let translation = load(&mut reader, lang, faq, targets);
        errors.0.extend(reader.errors.0);
        out.push(translation);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn load(reader: &mut Reader, lang: Lang, faq: &Faq, targets: &Targets) -> Translation {
    let mut translation = Translation::empty(lang, faq);
    if !reader.root.is_dir() {
        return translation;
    }
    translation.sections = sections(reader, faq);
    translation.timeline = timeline(reader, faq);
    translation.synonyms = reader.synonyms();
    if !reader.root.join(crate::load::QUESTIONS_DIR).is_dir() {
        return translation;
    }
    let mut seen: HashMap<String, String> = HashMap::new();
    for file in reader.question_files() {
        let Some((id, place, question, line)) = question(reader, lang, &file, faq, targets) else {
            continue;
        };
        let here = format!("{}:{line}", file.display());
        if let Some(first) = seen.insert(id.clone(), here) {
            reader.error(
                &file,
                line,
                format!("id `{id}` is already translated in {first}"),
            );
            continue;
        }
        translation.questions[place] = Some(question);
    }
    translation
}

/// `seksjoner.txt`: `id | tittel` for bokmål sections.
fn sections(reader: &mut Reader, faq: &Faq) -> Vec<Option<String>> {
    let mut titles = vec![None; faq.sections.len()];
    let Some((path, text)) = reader.read(SECTIONS_FILE, false) else {
        return titles;
    };
    for (line, cells) in rows(&text) {
        let [id, title] = cells.as_slice() else {
            reader.error(&path, line, "expected `id | tittel`: which section shows the timeline is set in the bokmål file");
            continue;
        };
        match faq.sections.iter().position(|s| s.id == *id) {
            None => reader.error(
                &path,
                line,
                format!(
                    "unknown section `{id}`: the sections are those of the bokmål {SECTIONS_FILE}"
                ),
            ),
            Some(_) if title.is_empty() => {
                reader.error(&path, line, format!("section `{id}` has no title"))
            }
            Some(i) if titles[i].is_some() => {
                reader.error(&path, line, format!("section `{id}` is given twice"))
            }
            Some(i) => titles[i] = Some(title.to_string()),
        }
    }
    titles
}

/// `tidslinje.txt`: `dato | tittel | tekst` for bokmål events, found by their date as written.
fn timeline(reader: &mut Reader, faq: &Faq) -> Vec<Option<(String, String)>> {
    let mut texts = vec![None; faq.timeline.len()];
    let Some((path, text)) = reader.read(TIMELINE_FILE, false) else {
        return texts;
    };
    for (line, cells) in rows(&text) {
        let [date, title, body] = cells.as_slice() else {
            reader.error(&path, line, "expected `dato | tittel | tekst`");
            continue;
        };
        let found = faq.timeline.iter().position(|e| e.date.iso() == *date);
        match found {
            None => reader.error(&path, line, format!("no event on `{date}` in the bokmål {TIMELINE_FILE}: the dates are the bokmål's")),
            Some(_) if title.is_empty() || body.is_empty() => reader.error(&path, line, "an event needs both a title and a text"),
            Some(i) if texts[i].is_some() => reader.error(&path, line, format!("the event on `{date}` is given twice")),
            Some(i) => texts[i] = Some((title.to_string(), body.to_string())),
        }
    }
    texts
}

/// What a translation's front matter gave.
#[derive(Default)]
struct Front {
    id: Option<(String, usize)>,
    from: Option<String>,
    keywords: Vec<String>,
    sources: Vec<(Source, usize)>,
    sources_failed: bool,
}

fn front(reader: &mut Reader, lang: Lang, file: &Path, doc: &frontmatter::Document) -> Front {
    let keys = keys(lang);
    let mut front = Front::default();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for field in &doc.fields {
        let (key, value, line) = (field.key.as_str(), field.value.as_str(), field.line);
        if key == keys.source {
            let cells: Vec<&str> = value.split('|').map(str::trim).collect();
            let checked = match cells.as_slice() {
                [title, url, supports] => sources::check_source(title, url, supports),
                _ => Err(format!(
                    "write a source as `{}: tittel | https://adresse | hva kilden viser`",
                    keys.source
                )),
            };
            match checked {
                Ok(source) => front.sources.push((source, line)),
                Err(e) => {
                    front.sources_failed = true;
                    reader.error(file, line, e);
                }
            }
            continue;
        }
        if let Some(first) = seen.insert(key, line) {
            reader.error(
                file,
                line,
                format!("`{key}` is given twice (first on line {first})"),
            );
            continue;
        }
        match key {
            "id" => front.id = Some((value.to_string(), line)),
            k if k == keys.from => front.from = Some(value.to_string()),
            k if k == keys.keywords => {
                front.keywords = list(value).into_iter().map(String::from).collect();
            }
            k if STRUCTURE.contains(&k) => reader.error(file, line, format!("`{k}` is the bokmål file's: a translation changes only the words (remove this line)")),
            other => reader.error(file, line, format!("unknown field `{other}`; a translation has id, {}, {} and {}", keys.from, keys.keywords, keys.source)),
        }
    }
    if front.id.is_none() {
        reader.error(
            file,
            doc.body_line - 1,
            "front matter has no `id`: the id of the bokmål question this translates",
        );
    }
    front
}

/// One translated question file: `(id, its place in the bokmål FAQ, question, line of the id)`.
fn question(
    reader: &mut Reader,
    lang: Lang,
    file: &Path,
    faq: &Faq,
    targets: &Targets,
) -> Option<(String, usize, TranslatedQuestion, usize)> {
    let read = reader.question_file(file, |r, doc| front(r, lang, file, doc))?;
    check_links(reader, file, &read, targets);
    let front = read.front;
    let (id, id_line) = front.id.clone()?;
    let Some(place) = faq.questions.iter().position(|q| q.id == id) else {
        let bokmal = Path::new("..").join(crate::load::QUESTIONS_DIR);
        reader.error(
            file,
            id_line,
            format!(
                "unknown id `{id}`: a translation has the id of a bokmål question in {}",
                bokmal.display()
            ),
        );
        return None;
    };
    let original = &faq.questions[place];
    let stale = from_revision(reader, lang, file, id_line, &front, original)?;
    let sources = translated_sources(
        reader,
        file,
        id_line,
        front.sources,
        front.sources_failed,
        original,
    );
    Some((
        id,
        place,
        TranslatedQuestion {
            title: read.title?,
            answer_html: read.rendered.html,
            answer_text: read.rendered.text,
            keywords: front.keywords,
            sources,
            stale,
        },
        id_line,
    ))
}

/// Whether the translation is stale: its `omsett_frå` against the bokmål text's revision now.
fn from_revision(
    reader: &mut Reader,
    lang: Lang,
    file: &Path,
    line: usize,
    front: &Front,
    original: &Question,
) -> Option<bool> {
    let now = source_revision(original);
    let key = keys(lang).from;
    match front.from.as_deref() {
        Some(from) if is_revision(from) => Some(from != now),
        Some(from) => {
            reader.error(file, line, format!("`{key}: {from}` is not a revision: write `{key}: {now}` when this translates the bokmål text as it is now"));
            None
        }
        None => {
            reader.error(file, line, format!("front matter has no `{key}`: write `{key}: {now}` when this translates the bokmål text as it is now"));
            None
        }
    }
}

/// The translated sources, each at the same address as the bokmål source in its place, with the
/// bokmål's date of assessment; the bokmål sources when none are translated.
fn translated_sources(
    reader: &mut Reader,
    file: &Path,
    line: usize,
    given: Vec<(Source, usize)>,
    failed: bool,
    original: &Question,
) -> Option<Sources> {
    let bokmal = original.sources.as_ref()?;
    if given.is_empty() || failed {
        return Some(bokmal.clone());
    }
    if given.len() != bokmal.items.len() {
        reader.error(
            file,
            line,
            format!(
                "the bokmål answer has {} sources and this {}: translate each, in the same order",
                bokmal.items.len(),
                given.len()
            ),
        );
        return Some(bokmal.clone());
    }
    for ((source, at), original) in given.iter().zip(&bokmal.items) {
        if source.url != original.url {
            reader.error(file, *at, format!("the bokmål source in this place is {}: a translation keeps the sources and their order", original.url));
        }
    }
    Some(Sources {
        items: given.into_iter().map(|(s, _)| s).collect(),
        assessed: bokmal.assessed,
    })
}

fn check_links<F>(reader: &mut Reader, file: &Path, read: &QuestionFile<F>, targets: &Targets) {
    for (anchor, line) in &read.anchors {
        if !targets.anchors.contains(anchor) {
            reader.error(file, *line, format!("link to `#{anchor}` goes nowhere: no question or section has the id `{anchor}`"));
        }
    }
    for (flow, line) in &read.flows {
        if !targets.flows.contains(flow) {
            reader.error(
                file,
                *line,
                format!("link to `?flyt={flow}` goes nowhere: no flow in guide/ has that id"),
            );
        }
    }
}

/// One line per stale translation, for the build's output.
pub fn stale_report(content: &Path, faq: &Faq, translations: &[Translation]) -> Vec<String> {
    let mut out = Vec::new();
    for t in translations {
        let folder = content.join(t.lang.code());
        for id in t.stale(faq) {
            out.push(match skattedeling_core::links::code_of_anchor(id) {
                Some(code) => format!(
                    "{}: code `{code}` was translated from an older bokmål entry; update it and its revision",
                    folder.join(crate::codes::CODES_FILE).display()
                ),
                None => format!(
                    "{}/: `{id}` was translated from an older bokmål text; update it and its revision",
                    folder.display()
                ),
            });
        }
        let key = crate::guide_translations::from_key(t.lang);
        let guide = folder.join(crate::guide::GUIDE_DIR);
        for (id, now) in &t.stale_checks {
            out.push(format!(
                "{}: check `{id}` was translated from an older bokmål text; update it and write `\"{key}\" = \"{now}\"`",
                guide.join(crate::guide::CHECKS_FILE).display()
            ));
        }
        for flow in t.flows.iter().flatten() {
            for (part, now) in &flow.stale {
                out.push(format!(
                    "{}/: flow `{}`: {part} was translated from an older bokmål text; update it and write `\"{key}\" = \"{now}\"`",
                    guide.display(),
                    flow.flow.id
                ));
            }
        }
    }
    out
}
