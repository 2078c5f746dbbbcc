//! Reads `content/` into a [`Faq`] and checks it: every problem an editor can make comes back as a
//! [`ContentError`] with file and line, all of them in one pass.

use crate::error::{ContentError, ContentErrors};
use crate::frontmatter::{self, list};
use crate::markdown;
use crate::source;
use crate::sources;
use skattedeling_core::links::flow_anchor;
use skattedeling_core::ui::{PAGE_ANCHORS, TIMELINE_ANCHOR};
use skattedeling_core::{
    Audience, CalendarDate, Faq, Question, Section, Source, Sources, TimelineEvent,
};
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

/// The files `content/` is made of.
pub const SECTIONS_FILE: &str = "seksjoner.txt";
pub const SYNONYMS_FILE: &str = "synonymer.txt";
pub const TIMELINE_FILE: &str = "tidslinje.txt";
pub const QUESTIONS_DIR: &str = "faq";

/// The marker in `seksjoner.txt` for the section that shows the timeline.
const TIMELINE_MARK: &str = "tidslinje";

/// The `|`-separated rows of a table file, with their line numbers; comments and blank lines skipped.
pub(crate) fn rows(source: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    source.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        (!line.is_empty() && !line.starts_with('#'))
            .then(|| (i + 1, line.split('|').map(str::trim).collect()))
    })
}

/// Whether `id` is a slug: lowercase a–z, digits and inner hyphens.
pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) const SLUG_RULE: &str =
    "use lowercase a–z, digits and hyphens only (æ → ae, ø → o, å → a)";

/// The front matter field of one source; it may be given once per source.
const SOURCE_FIELD: &str = "kilde";

/// A question's `kilde` and `sist_vurdert` lines as they are read.
#[derive(Default)]
struct Cited {
    items: Vec<Source>,
    /// Whether a `kilde` line was given, read or not.
    any: bool,
    failed: bool,
    assessed: Option<CalendarDate>,
    assessed_given: bool,
}

impl Cited {
    /// A `kilde: tittel | https://adresse | hva kilden viser` line.
    fn source(&mut self, field: &frontmatter::Field, mut error: impl FnMut(usize, String)) {
        self.any = true;
        let cells: Vec<&str> = field.value.split('|').map(str::trim).collect();
        let checked = match cells.as_slice() {
            [title, url, supports] => sources::check_source(title, url, supports),
            _ => Err(format!("write a source as {}", sources::FRONT_MATTER_FORM)),
        };
        match checked {
            Ok(source) => self.items.push(source),
            Err(e) => {
                self.failed = true;
                error(field.line, e);
            }
        }
    }

    /// The `sist_vurdert: YYYY-MM-DD` line.
    fn assessed(&mut self, field: &frontmatter::Field, mut error: impl FnMut(usize, String)) {
        self.assessed_given = true;
        match sources::check_assessed(&field.value) {
            Ok(date) => self.assessed = Some(date),
            Err(e) => error(field.line, e),
        }
    }

    /// The sources, once every line is read; a missing half is reported at `line` (the end of
    /// the front matter).
    fn finish(self, line: usize, mut error: impl FnMut(usize, String)) -> Option<Sources> {
        if let Some(problem) = sources::check_pair(self.any, self.assessed_given, SOURCE_FIELD) {
            error(line, problem);
            return None;
        }
        if self.failed {
            return None;
        }
        Some(Sources {
            items: self.items,
            assessed: self.assessed?,
        })
    }
}

/// A question read from its file, with what still needs checking against the other files.
struct Draft {
    question: Question,
    file: PathBuf,
    id_line: usize,
    /// In-page links with the line each stands on.
    anchors: Vec<(String, usize)>,
    /// Links to guide flows with the line each stands on.
    flows: Vec<(String, usize)>,
}

/// A question file's front matter as far as it could be read.
#[derive(Default)]
struct FrontMatter {
    /// The id with the line it stands on.
    id: Option<(String, usize)>,
    section: Option<String>,
    audiences: Vec<Audience>,
    updated: Option<CalendarDate>,
    keywords: Vec<String>,
    sources: Option<Sources>,
}

/// A question file's heading, and where the answer below it starts.
struct Heading {
    title: Option<String>,
    /// The byte offset in the body where the answer starts, and its line in the file.
    answer_start: usize,
    answer_line: usize,
}

/// A question file as [`Reader::question_file`] reads it.
pub(crate) struct QuestionFile<F> {
    pub(crate) front: F,
    pub(crate) title: Option<String>,
    pub(crate) rendered: markdown::Rendered,
    /// In-page links and links to flows, each with the line it stands on.
    pub(crate) anchors: Vec<(String, usize)>,
    pub(crate) flows: Vec<(String, usize)>,
}

/// Collects errors while reading.
pub(crate) struct Reader {
    pub(crate) root: PathBuf,
    pub(crate) errors: ContentErrors,
}

impl Reader {
    pub(crate) fn error(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.errors.push(ContentError::new(file, line, message));
    }

    pub(crate) fn read(&mut self, name: &str, required: bool) -> Option<(PathBuf, String)> {
        let path = self.root.join(name);
        if !required && !path.exists() {
            return None;
        }
        match source::read(&path) {
            Ok(text) => Some((path, text)),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }

    fn sections(&mut self) -> Vec<(Section, usize)> {
        let Some((path, text)) = self.read(SECTIONS_FILE, true) else {
            return Vec::new();
        };
        let mut sections: Vec<(Section, usize)> = Vec::new();
        for (line, cells) in rows(&text) {
            let (id, title, mark) = match cells.as_slice() {
                [id, title] => (*id, *title, None),
                [id, title, mark] => (*id, *title, Some(*mark)),
                _ => {
                    self.error(&path, line, "expected `id | tittel`, or `id | tittel | tidslinje` for the section that shows the timeline");
                    continue;
                }
            };
            if !is_slug(id) {
                self.error(&path, line, format!("section id `{id}`: {SLUG_RULE}"));
            } else if let Some((_, first)) = sections.iter().find(|(s, _)| s.id == id) {
                self.error(
                    &path,
                    line,
                    format!("section id `{id}` is already used on line {first}"),
                );
            }
            if title.is_empty() {
                self.error(&path, line, format!("section `{id}` has no title"));
            }
            if let Some(mark) = mark.filter(|m| *m != TIMELINE_MARK) {
                self.error(
                    &path,
                    line,
                    format!("unknown marker `{mark}`; the only one is `{TIMELINE_MARK}`"),
                );
            }
            sections.push((
                Section {
                    id: id.to_string(),
                    title: title.to_string(),
                    shows_timeline: mark == Some(TIMELINE_MARK),
                },
                line,
            ));
        }
        if sections.is_empty() {
            self.error(
                &path,
                0,
                "no sections: add one line `id | tittel` per section",
            );
        }
        sections
    }

    pub(crate) fn synonyms(&mut self) -> Vec<Vec<String>> {
        let Some((path, text)) = self.read(SYNONYMS_FILE, false) else {
            return Vec::new();
        };
        let mut groups = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let words = list(line);
            if words.len() < 2 {
                self.error(
                    &path,
                    line_no,
                    "a synonym group needs at least two words, separated by commas",
                );
                continue;
            }
            // A phrase matches when a query holds each of its words, as the search splits them.
            let loose = words.iter().find(|w| {
                w.contains(char::is_whitespace)
                    && !w
                        .split(' ')
                        .all(|p| !p.is_empty() && p.chars().all(char::is_alphanumeric))
            });
            if let Some(w) = loose {
                self.error(
                    &path,
                    line_no,
                    format!("`{w}`: write the words of a synonym of several words with one space between and no punctuation"),
                );
                continue;
            }
            if words.iter().all(|w| w.contains(char::is_whitespace)) {
                self.error(
                    &path,
                    line_no,
                    "every synonym here is several words: add one of a single word, which the search \
                     looks for when a query holds all the words of another",
                );
                continue;
            }
            groups.push(words.into_iter().map(String::from).collect());
        }
        groups
    }

    fn timeline(&mut self) -> (Vec<TimelineEvent>, Option<PathBuf>) {
        let Some((path, text)) = self.read(TIMELINE_FILE, false) else {
            return (Vec::new(), None);
        };
        let mut events: Vec<TimelineEvent> = Vec::new();
        for (line, cells) in rows(&text) {
            let [date, title, body] = cells.as_slice() else {
                self.error(&path, line, "expected `dato | tittel | tekst`");
                continue;
            };
            let date = match CalendarDate::parse(date, true) {
                Ok(d) => d,
                Err(e) => {
                    self.error(&path, line, e.to_string());
                    continue;
                }
            };
            if title.is_empty() || body.is_empty() {
                self.error(&path, line, "an event needs both a title and a text");
            }
            if events.last().is_some_and(|last| last.date > date) {
                self.error(&path, line, "events must be in date order, oldest first");
            }
            events.push(TimelineEvent {
                date,
                title: title.to_string(),
                text: body.to_string(),
            });
        }
        (events, Some(path))
    }

    pub(crate) fn question_files(&mut self) -> Vec<PathBuf> {
        let dir = self.root.join(QUESTIONS_DIR);
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.error(&dir, 0, format!("cannot be read: {e}"));
                return Vec::new();
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        files.sort();
        files
    }

    /// What every question file holds, bokmål or translated: front matter (read by `front`), the
    /// question as a heading and the answer below it, each problem reported with its line, and the
    /// answer's links with the line each stands on.
    pub(crate) fn question_file<F>(
        &mut self,
        file: &Path,
        front: impl FnOnce(&mut Reader, &frontmatter::Document) -> F,
    ) -> Option<QuestionFile<F>> {
        let source = match source::read(file) {
            Ok(s) => s,
            Err(e) => {
                self.errors.push(e);
                return None;
            }
        };
        let doc = match frontmatter::parse(&source) {
            Ok(doc) => doc,
            Err((line, message)) => {
                self.error(file, line, message);
                return None;
            }
        };
        let front = front(self, &doc);
        let heading = self.heading(file, &doc);
        let answer = &doc.body[heading.answer_start..];
        let line_of = |at: usize| heading.answer_line + answer[..at].matches('\n').count();
        let rendered = markdown::render(answer);
        self.answer_problems(file, &rendered, line_of);
        if heading.title.is_some() && rendered.text.is_empty() {
            self.error(
                file,
                heading.answer_line,
                "the answer is empty: write it below the question",
            );
        }
        if heading.title.is_none() && doc.body.trim().is_empty() {
            self.error(
                file,
                doc.body_line,
                "the question must come first, as a heading: `# Spørsmålet?`",
            );
        }
        let with_lines = |links: &[(String, usize)]| {
            links
                .iter()
                .map(|(l, at)| (l.clone(), line_of(*at)))
                .collect()
        };
        Some(QuestionFile {
            front,
            title: heading.title,
            anchors: with_lines(&rendered.anchors),
            flows: with_lines(&rendered.flows),
            rendered,
        })
    }

    /// One question file: its front matter, the question as a heading, and the answer.
    fn question(&mut self, file: &Path, sections: &[(Section, usize)]) -> Option<Draft> {
        let read = self.question_file(file, |r, doc| r.front_matter(file, doc, sections))?;
        let (front, rendered) = (read.front, read.rendered);
        let ((id, id_line), section, title, updated) =
            (front.id?, front.section?, read.title?, front.updated?);
        if front.audiences.is_empty() {
            return None;
        }
        Some(Draft {
            anchors: read.anchors,
            flows: read.flows,
            question: Question {
                id,
                section,
                title,
                audiences: front.audiences,
                updated,
                keywords: front.keywords,
                answer_html: rendered.html,
                answer_text: rendered.text,
                sources: front.sources,
            },
            file: file.to_path_buf(),
            id_line,
        })
    }

    /// The front matter's fields, each checked, and those every question needs.
    fn front_matter(
        &mut self,
        file: &Path,
        doc: &frontmatter::Document,
        sections: &[(Section, usize)],
    ) -> FrontMatter {
        let mut front = FrontMatter::default();
        let mut cited = Cited::default();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for field in &doc.fields {
            if field.key == SOURCE_FIELD {
                cited.source(field, |line, e| self.error(file, line, e));
                continue;
            }
            if let Some(first) = seen.insert(field.key.clone(), field.line) {
                self.error(
                    file,
                    field.line,
                    format!("`{}` is given twice (first on line {first})", field.key),
                );
                continue;
            }
            let (value, line) = (field.value.as_str(), field.line);
            match field.key.as_str() {
                "id" => {
                    if is_slug(value) {
                        front.id = Some((value.to_string(), line));
                    } else {
                        self.error(file, line, format!("id `{value}`: {SLUG_RULE}"));
                    }
                }
                "seksjon" => {
                    if sections.iter().any(|(s, _)| s.id == value) {
                        front.section = Some(value.to_string());
                    } else {
                        let known: Vec<&str> = sections.iter().map(|(s, _)| s.id.as_str()).collect();
                        self.error(file, line, format!("unknown section `{value}`; the sections in {SECTIONS_FILE} are: {}", known.join(", ")));
                    }
                }
                "målgrupper" => front.audiences = self.audiences(file, line, value),
                "sist_oppdatert" => match CalendarDate::parse(value, false) {
                    Ok(d) => front.updated = Some(d),
                    Err(e) => self.error(file, line, format!("sist_oppdatert: {e}")),
                },
                "nøkkelord" => front.keywords = list(value).into_iter().map(String::from).collect(),
                "sist_vurdert" => cited.assessed(field, |line, e| self.error(file, line, e)),
                other => self.error(file, line, format!("unknown field `{other}`; the fields are id, seksjon, målgrupper, sist_oppdatert, nøkkelord, kilde and sist_vurdert")),
            }
        }
        let close_line = doc.body_line - 1;
        for key in ["id", "seksjon", "målgrupper", "sist_oppdatert"] {
            if !seen.contains_key(key) {
                self.error(file, close_line, format!("front matter has no `{key}`"));
            }
        }
        front.sources = cited.finish(close_line, |line, e| self.error(file, line, e));
        front
    }

    /// `målgrupper`: known audiences, each once, at least one.
    fn audiences(&mut self, file: &Path, line: usize, value: &str) -> Vec<Audience> {
        let mut audiences = Vec::new();
        for tag in list(value) {
            match Audience::from_tag(tag) {
                Some(a) if !audiences.contains(&a) => audiences.push(a),
                Some(_) => self.error(file, line, format!("audience `{tag}` is listed twice")),
                None => self.error(
                    file,
                    line,
                    format!("unknown audience `{tag}`; use kommune, leverandør or prosjektleder"),
                ),
            }
        }
        if list(value).is_empty() {
            self.error(
                file,
                line,
                "`målgrupper` is empty; use one or more of kommune, leverandør, prosjektleder",
            );
        }
        audiences
    }

    /// The question: the first non-blank line after the front matter, as a `# ` heading; the answer
    /// is what follows it.
    fn heading(&mut self, file: &Path, doc: &frontmatter::Document) -> Heading {
        let mut heading = Heading {
            title: None,
            answer_start: doc.body.len(),
            answer_line: doc.body_line,
        };
        let mut offset = 0;
        for (i, line) in doc.body.split_inclusive('\n').enumerate() {
            offset += line.len();
            if line.trim().is_empty() {
                continue;
            }
            match line.trim_end().strip_prefix("# ") {
                Some(t) if !t.trim().is_empty() => heading.title = Some(t.trim().to_string()),
                _ => self.error(
                    file,
                    doc.body_line + i,
                    "the question must come first, as a heading: `# Spørsmålet?`",
                ),
            }
            heading.answer_start = offset;
            heading.answer_line = doc.body_line + i + 1;
            break;
        }
        heading
    }

    /// What the answer may not contain, once per line and message: `<b>` and `</b>` are two problems
    /// to the parser, one to an editor.
    fn answer_problems(
        &mut self,
        file: &Path,
        rendered: &markdown::Rendered,
        line_of: impl Fn(usize) -> usize,
    ) {
        let mut reported: Vec<(usize, &str)> = Vec::new();
        for (message, at) in &rendered.problems {
            let key = (line_of(*at), message.as_str());
            if !reported.contains(&key) {
                reported.push(key);
                self.error(file, key.0, message.clone());
            }
        }
    }
}

/// Reads and checks the content tree at `root` (normally `content/`); answers may link to the guide
/// flows named in `flows`.
pub fn load(root: &Path, flows: &BTreeSet<String>) -> Result<Faq, ContentErrors> {
    let mut reader = Reader {
        root: root.to_path_buf(),
        errors: ContentErrors::default(),
    };
    let sections = reader.sections();
    let synonyms = reader.synonyms();
    let (timeline, timeline_file) = reader.timeline();
    let files = reader.question_files();
    let drafts: Vec<Draft> = files
        .iter()
        .filter_map(|f| reader.question(f, &sections))
        .collect();

    let sections_file = root.join(SECTIONS_FILE);
    let flow_anchors: Vec<String> = flows.iter().map(|f| flow_anchor(f)).collect();
    let owners = reader.anchor_owners(&sections_file, &sections, &drafts, &flow_anchors);
    let shows_timeline = sections.iter().any(|(s, _)| s.shows_timeline);
    for d in &drafts {
        reader.check_links(d, &owners, shows_timeline, flows);
    }
    // An empty section is only worth reporting when no question file failed: that file may be its.
    for (s, line) in &sections {
        if !drafts.iter().any(|d| d.question.section == s.id) && files.len() == drafts.len() {
            reader.error(
                &sections_file,
                *line,
                format!("section `{}` has no questions", s.id),
            );
        }
    }
    if let Some(path) = timeline_file.filter(|_| !timeline.is_empty() && !shows_timeline) {
        reader.error(&path, 0, format!("the timeline is shown nowhere: mark one section in {SECTIONS_FILE} with `| {TIMELINE_MARK}`"));
    }
    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    let mut questions = Vec::with_capacity(drafts.len());
    for (s, _) in &sections {
        questions.extend(
            drafts
                .iter()
                .filter(|d| d.question.section == s.id)
                .map(|d| d.question.clone()),
        );
    }
    Ok(Faq {
        sections: sections.into_iter().map(|(s, _)| s).collect(),
        questions,
        timeline,
        synonyms,
    })
}

impl Reader {
    /// Who owns each anchor on the page: ids share one namespace with section ids, the page's own
    /// anchors and the flows' texts, so each may be used once (the second use is reported).
    fn anchor_owners<'a>(
        &mut self,
        sections_file: &Path,
        sections: &'a [(Section, usize)],
        drafts: &'a [Draft],
        flow_anchors: &'a [String],
    ) -> HashMap<&'a str, String> {
        let mut owners: HashMap<&str, String> = PAGE_ANCHORS
            .iter()
            .map(|a| (*a, "the page itself".to_string()))
            .chain(
                flow_anchors
                    .iter()
                    .map(|a| (a.as_str(), "the guide (a flow's plain text)".to_string())),
            )
            .collect();
        for (s, line) in sections {
            if let Some(owner) = owners.get(s.id.as_str()) {
                self.error(
                    sections_file,
                    *line,
                    format!("section id `{}` is already used by {owner}", s.id),
                );
            } else {
                owners.insert(&s.id, format!("{}:{line}", sections_file.display()));
            }
        }
        for d in drafts {
            let id = d.question.id.as_str();
            if let Some(owner) = owners.get(id) {
                let message = format!("id `{id}` is already used by {owner}");
                self.error(&d.file, d.id_line, message);
            } else {
                owners.insert(id, format!("{}:{}", d.file.display(), d.id_line));
            }
        }
        owners
    }

    /// An answer's links go somewhere: an anchor someone owns (the timeline only where it is shown),
    /// a flow in guide/.
    fn check_links(
        &mut self,
        d: &Draft,
        owners: &HashMap<&str, String>,
        shows_timeline: bool,
        flows: &BTreeSet<String>,
    ) {
        for (anchor, line) in &d.anchors {
            let known = owners.contains_key(anchor.as_str())
                && (anchor != TIMELINE_ANCHOR || shows_timeline);
            if !known {
                self.error(&d.file, *line, format!("link to `#{anchor}` goes nowhere: no question or section has the id `{anchor}`"));
            }
        }
        for (flow, line) in &d.flows {
            if !flows.contains(flow) {
                let known: Vec<&str> = flows.iter().map(String::as_str).collect();
                let listed = if known.is_empty() {
                    "there are no flows in guide/".to_string()
                } else {
                    format!("the flows in guide/ are: {}", known.join(", "))
                };
                self.error(
                    &d.file,
                    *line,
                    format!("link to `?flyt={flow}` goes nowhere: {listed}"),
                );
            }
        }
    }
}
