//! Reads `content/guide/` into a [`Guide`] and checks it: the shared checks in `sjekker.toml` and one
//! TOML file per flow. Every mistake comes back with file, line and step: an unknown `neste` target, a
//! step no path reaches, a path that ends without an outcome, a loop with no way out, a FAQ id that
//! does not exist.

use crate::error::{ContentError, ContentErrors};
use crate::load::{is_slug, SLUG_RULE};
use crate::markdown;
use crate::sources;
use serde::Deserialize;
use skattedeling_core::guide::engine::{paths, RESERVED_KEYS};
use skattedeling_core::guide::{
    Check, Choice, CodeRoute, ConnectionTest, Flow, Guide, InputFormat, Next, Rule, Step, StepKind,
    Tone,
};
use skattedeling_core::Sources;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const GUIDE_DIR: &str = "guide";
pub const CHECKS_FILE: &str = "sjekker.toml";

/// What the flows may link to and cite, known from the rest of `content/`.
pub struct Known<'a> {
    /// FAQ question ids (for `faq = [...]`); `None` when the FAQ itself failed to load, so nothing
    /// is reported twice.
    pub questions: Option<&'a HashSet<String>>,
    /// Every `#anchor` a text may link to.
    pub anchors: Option<&'a HashSet<String>>,
    /// The flow ids ([`flow_ids`]), for `?flyt=id` links.
    pub flows: &'a BTreeSet<String>,
    /// The error-code catalogue's codes that name a check, for an error-code input.
    pub codes: &'a crate::codes::CodeChecks,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChecks {
    #[serde(default)]
    sjekk: Vec<RawCheck>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    id: Spanned<String>,
    gruppe: String,
    #[serde(rename = "sporsmal")]
    question: String,
    hjelp: Option<String>,
    tiltak: String,
    hvem: String,
    #[serde(default)]
    faq: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    id: Spanned<String>,
    tittel: String,
    beskrivelse: String,
    merknad: Option<String>,
    start: Spanned<String>,
    #[serde(default)]
    steg: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: String,
    #[serde(rename = "sporsmal")]
    question: Option<String>,
    hjelp: Option<String>,
    valg: Option<Vec<RawChoice>>,
    format: Option<String>,
    etikett: Option<String>,
    valgfri: Option<bool>,
    sjekk: Option<String>,
    neste: Option<RawNext>,
    tittel: Option<String>,
    vurdering: Option<String>,
    tekst: Option<String>,
    faq: Option<Vec<String>>,
    kommune: Option<String>,
    #[serde(rename = "leverandor")]
    vendor: Option<String>,
    #[serde(rename = "miljo")]
    environment: Option<String>,
    tilkoblingstest: Option<bool>,
    kilder: Option<Vec<RawSource>>,
    sist_vurdert: Option<Spanned<String>>,
}

/// One of an outcome's `[[steg.kilder]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    tittel: String,
    url: Spanned<String>,
    viser: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    svar: String,
    tekst: String,
    hint: Option<String>,
    neste: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawNext {
    One(String),
    Rules(Vec<RawRule>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(rename = "hvis")]
    when: Option<String>,
    til: String,
}

impl RawStep {
    /// The optional fields this step has, by their names in the file.
    fn fields(&self) -> Vec<&'static str> {
        present([
            ("sporsmal", self.question.is_some()),
            ("hjelp", self.hjelp.is_some()),
            ("valg", self.valg.is_some()),
            ("format", self.format.is_some()),
            ("etikett", self.etikett.is_some()),
            ("valgfri", self.valgfri.is_some()),
            ("sjekk", self.sjekk.is_some()),
            ("neste", self.neste.is_some()),
            ("tittel", self.tittel.is_some()),
            ("vurdering", self.vurdering.is_some()),
            ("tekst", self.tekst.is_some()),
            ("faq", self.faq.is_some()),
            ("kommune", self.kommune.is_some()),
            ("leverandor", self.vendor.is_some()),
            ("miljo", self.environment.is_some()),
            ("tilkoblingstest", self.tilkoblingstest.is_some()),
            ("kilder", self.kilder.is_some()),
            ("sist_vurdert", self.sist_vurdert.is_some()),
        ])
    }
}

/// The names of the fields a step has, from each field's name and whether it is there.
pub(crate) fn present<const N: usize>(fields: [(&'static str, bool); N]) -> Vec<&'static str> {
    fields
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
}

/// The kinds of step, by the name editors write, with the fields each requires and allows.
const KINDS: &[(&str, &[&str], &[&str])] = &[
    ("spørsmål", &["sporsmal", "valg"], &["hjelp"]),
    (
        "inndata",
        &["sporsmal", "format", "etikett", "neste"],
        &["hjelp", "valgfri", "kommune", "leverandor", "miljo"],
    ),
    ("sjekk", &["sjekk", "neste"], &[]),
    (
        "utfall",
        &["tittel", "vurdering", "tekst"],
        &[
            "faq",
            "tilkoblingstest",
            "kommune",
            "leverandor",
            "miljo",
            "kilder",
            "sist_vurdert",
        ],
    ),
];

pub(crate) fn line_at(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// Collects errors for one file.
pub(crate) struct FileErrors<'e> {
    pub(crate) file: PathBuf,
    pub(crate) errors: &'e mut ContentErrors,
}

impl FileErrors<'_> {
    pub(crate) fn at(&mut self, line: usize, message: impl Into<String>) {
        self.errors
            .push(ContentError::new(&self.file, line, message));
    }
}

/// Renders a Markdown text of a flow or check, reporting what it may not contain at `line`.
pub(crate) fn render(
    text: &str,
    what: &str,
    line: usize,
    known: &Known,
    flow_ids: &BTreeSet<String>,
    out: &mut FileErrors,
) -> String {
    render_checked(text, what, line, known, flow_ids, out).html
}

/// [`render`], keeping the plain text too.
pub(crate) fn render_checked(
    text: &str,
    what: &str,
    line: usize,
    known: &Known,
    flow_ids: &BTreeSet<String>,
    out: &mut FileErrors,
) -> markdown::Rendered {
    let r = markdown::render(text);
    for (problem, _) in &r.problems {
        out.at(line, format!("{what}: {problem}"));
    }
    if let Some(anchors) = known.anchors {
        for (anchor, _) in &r.anchors {
            if !anchors.contains(anchor) {
                out.at(line, format!("{what}: link to `#{anchor}` goes nowhere: no question or section has the id `{anchor}`"));
            }
        }
    }
    for (flow, _) in &r.flows {
        if !flow_ids.contains(flow) {
            out.at(
                line,
                format!("{what}: link to `?flyt={flow}`: there is no flow `{flow}`"),
            );
        }
    }
    r
}

pub(crate) fn check_faq_ids(
    ids: &[String],
    what: &str,
    line: usize,
    known: &Known,
    out: &mut FileErrors,
) {
    let Some(questions) = known.questions else {
        return;
    };
    for id in ids {
        if !questions.contains(id) {
            out.at(
                line,
                format!("{what} cites FAQ `{id}`, which does not exist (no question has that id)"),
            );
        }
    }
}

pub(crate) fn read_toml<T: for<'de> Deserialize<'de>>(
    path: &Path,
    errors: &mut ContentErrors,
) -> Option<(T, String)> {
    let source = match crate::source::read(path) {
        Ok(s) => s,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    match toml::from_str::<T>(&source) {
        Ok(v) => Some((v, source)),
        Err(e) => {
            let line = e.span().map_or(0, |s| line_at(&source, s.start));
            let message = e.message().trim().replace('\n', " ");
            errors.push(ContentError::new(path, line, message));
            None
        }
    }
}

fn read_checks(
    dir: &Path,
    known: &Known,
    flow_ids: &BTreeSet<String>,
    errors: &mut ContentErrors,
) -> Vec<Check> {
    let path = dir.join(CHECKS_FILE);
    if !path.exists() {
        return Vec::new();
    }
    let Some((raw, source)) = read_toml::<RawChecks>(&path, errors) else {
        return Vec::new();
    };
    let mut out = FileErrors { file: path, errors };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut checks = Vec::new();
    for c in raw.sjekk {
        let line = line_at(&source, c.id.span().start);
        let id = c.id.into_inner();
        if !is_slug(&id) {
            out.at(line, format!("check id `{id}`: {SLUG_RULE}"));
        }
        if let Some(first) = seen.insert(id.clone(), line) {
            out.at(
                line,
                format!("check `{id}` is defined twice (first on line {first})"),
            );
        }
        let what = format!("check `{id}`");
        check_faq_ids(&c.faq, &what, line, known, &mut out);
        checks.push(Check {
            help_html: c
                .hjelp
                .map(|h| render(&h, &what, line, known, flow_ids, &mut out)),
            fix_html: render(&c.tiltak, &what, line, known, flow_ids, &mut out),
            who_html: render(&c.hvem, &what, line, known, flow_ids, &mut out),
            id,
            group: c.gruppe,
            text: c.question,
            faq: c.faq,
        });
    }
    checks
}

/// The flow files in `dir` (every `.toml` but the checks), in name order.
pub(crate) fn flow_files(dir: &Path, errors: &mut ContentErrors) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "toml")
                    && p.file_name().is_some_and(|n| n != CHECKS_FILE)
            })
            .collect(),
        Err(e) => {
            errors.push(ContentError::new(dir, 0, format!("cannot be read: {e}")));
            Vec::new()
        }
    };
    files.sort();
    files
}

/// The ids of the flows, read before the FAQ so its answers can link to them (`?flyt=id`).
pub fn flow_ids(root: &Path) -> BTreeSet<String> {
    let dir = root.join(GUIDE_DIR);
    let mut ignored = ContentErrors::default();
    flow_files(&dir, &mut ignored)
        .iter()
        .filter_map(|p| read_toml::<RawFlow>(p, &mut ignored))
        .map(|(f, _)| f.id.into_inner())
        .collect()
}

/// Reads and checks `content/guide/`; an absent folder is a site without a guide.
pub fn load(root: &Path, known: &Known) -> Result<Guide, ContentErrors> {
    let dir = root.join(GUIDE_DIR);
    let mut errors = ContentErrors::default();
    if !dir.is_dir() {
        return Ok(Guide::default());
    }
    let flow_ids = known.flows;
    let checks = read_checks(&dir, known, flow_ids, &mut errors);
    let mut flows: Vec<Flow> = Vec::new();
    let mut flow_lines: HashMap<String, String> = HashMap::new();
    for path in flow_files(&dir, &mut errors) {
        let Some((raw, source)) = read_toml::<RawFlow>(&path, &mut errors) else {
            continue;
        };
        let mut out = FileErrors {
            file: path.clone(),
            errors: &mut errors,
        };
        let id_line = line_at(&source, raw.id.span().start);
        let place = format!("{}:{id_line}", path.display());
        if let Some(first) = flow_lines.insert(raw.id.get_ref().clone(), place) {
            out.at(
                id_line,
                format!("flow id `{}` is already used by {first}", raw.id.get_ref()),
            );
        }
        if let Some(flow) = read_flow(raw, &source, &checks, known, flow_ids, &mut out) {
            flows.push(flow);
        }
    }
    if errors.is_empty() {
        Ok(Guide { flows, checks })
    } else {
        Err(errors)
    }
}

/// Turns one flow file into a [`Flow`], or reports why it cannot.
fn read_flow(
    raw: RawFlow,
    source: &str,
    checks: &[Check],
    known: &Known,
    flow_ids: &BTreeSet<String>,
    out: &mut FileErrors,
) -> Option<Flow> {
    let errors_before = out.errors.0.len();
    let flow_id = raw.id.get_ref().clone();
    let flow_line = line_at(source, raw.id.span().start);
    if !is_slug(&flow_id) {
        out.at(flow_line, format!("flow id `{flow_id}`: {SLUG_RULE}"));
    }
    let note_html = raw
        .merknad
        .as_ref()
        .map(|m| render(m, "merknad", flow_line, known, flow_ids, out));
    // Step ids first: every reference is checked against them.
    let lines = step_lines(&raw, source, out);
    check_start(&raw, source, &lines, out);
    let by_id: HashMap<&str, &RawStep> = raw
        .steg
        .iter()
        .map(|s| (s.id.get_ref().as_str(), s))
        .collect();
    let flow_steps = FlowSteps {
        source,
        checks,
        known,
        flow_ids,
        lines: &lines,
        by_id: &by_id,
        steps: &raw.steg,
    };
    let steps: Vec<Step> = raw
        .steg
        .iter()
        .filter_map(|s| flow_steps.read(s, out))
        .collect();
    if out.errors.0.len() > errors_before {
        return None;
    }
    let flow = Flow {
        id: flow_id,
        title: raw.tittel,
        description: raw.beskrivelse,
        note_html,
        start: raw.start.into_inner(),
        steps,
    };
    check_graph(&flow, &lines, out);
    if out.errors.0.len() == errors_before {
        check_paths(&flow, &lines, out);
    }
    (out.errors.0.len() == errors_before).then_some(flow)
}

/// The line of each step's id, reporting ids that are not slugs, are reserved or are given twice.
fn step_lines(raw: &RawFlow, source: &str, out: &mut FileErrors) -> HashMap<String, usize> {
    let mut lines: HashMap<String, usize> = HashMap::new();
    for s in &raw.steg {
        let line = line_at(source, s.id.span().start);
        let id = s.id.get_ref();
        if !is_slug(id) {
            out.at(line, format!("step `{id}`: {SLUG_RULE}"));
        } else if RESERVED_KEYS.contains(&id.as_str()) {
            out.at(
                line,
                format!(
                    "step `{id}`: the id is reserved for the site's own URL parameters ({})",
                    RESERVED_KEYS.join(", ")
                ),
            );
        }
        if let Some(first) = lines.insert(id.clone(), line) {
            out.at(
                line,
                format!("step `{id}` is defined twice (first on line {first})"),
            );
        }
    }
    lines
}

/// `start` names one of the flow's steps.
fn check_start(raw: &RawFlow, source: &str, lines: &HashMap<String, usize>, out: &mut FileErrors) {
    if !lines.contains_key(raw.start.get_ref()) {
        out.at(
            line_at(source, raw.start.span().start),
            format!("`start = \"{}\"`: no step has that id", raw.start.get_ref()),
        );
    }
}

/// What each step of one flow is read and checked against: the file, the shared checks, the links
/// it may make, and the flow's other steps.
struct FlowSteps<'a> {
    source: &'a str,
    checks: &'a [Check],
    known: &'a Known<'a>,
    flow_ids: &'a BTreeSet<String>,
    /// The line of each step's id.
    lines: &'a HashMap<String, usize>,
    by_id: &'a HashMap<&'a str, &'a RawStep>,
    /// The flow's steps as written, in order.
    steps: &'a [RawStep],
}

/// One step being read: the line of its id, and how messages name it (``step `id` ``).
struct At {
    line: usize,
    what: String,
}

impl FlowSteps<'_> {
    /// One step as a [`Step`], or `None` when it is too broken to go on with (what is wrong is
    /// reported).
    fn read(&self, s: &RawStep, out: &mut FileErrors) -> Option<Step> {
        let step_id = s.id.get_ref().clone();
        let at = At {
            line: self.lines[&step_id],
            what: format!("step `{step_id}`"),
        };
        if !check_fields(s, &at, out) {
            return None;
        }
        let help_html = s.hjelp.as_ref().map(|h| self.render(h, &at, out));
        let kind = match s.kind.as_str() {
            "spørsmål" => self.question(s, help_html, &at, out),
            "inndata" => self.input(s, help_html, &at, out)?,
            "sjekk" => self.check(s, &at, out)?,
            _ => self.outcome(s, &at, out),
        };
        Some(Step { id: step_id, kind })
    }

    fn render(&self, text: &str, at: &At, out: &mut FileErrors) -> String {
        render(text, &at.what, at.line, self.known, self.flow_ids, out)
    }

    /// A `spørsmål` step: at least two options, each a slug given once, each leading to a step.
    fn question(
        &self,
        s: &RawStep,
        help_html: Option<String>,
        at: &At,
        out: &mut FileErrors,
    ) -> StepKind {
        let valg = s.valg.as_ref().expect("required above");
        let what = &at.what;
        if valg.len() < 2 {
            out.at(
                at.line,
                format!("{what}: a question needs at least two options in `valg`"),
            );
        }
        let mut values = HashSet::new();
        for c in valg {
            if !is_slug(&c.svar) {
                out.at(at.line, format!("{what}: option `{}`: {SLUG_RULE}", c.svar));
            }
            if !values.insert(c.svar.as_str()) {
                out.at(
                    at.line,
                    format!("{what}: option `{}` is given twice", c.svar),
                );
            }
            self.check_target(&c.neste, at, out);
        }
        StepKind::Question {
            text: s.question.clone().expect("required above"),
            help_html,
            choices: valg
                .iter()
                .map(|c| Choice {
                    value: c.svar.clone(),
                    label: c.tekst.clone(),
                    hint: c.hint.clone(),
                    next: c.neste.clone(),
                })
                .collect(),
        }
    }

    /// An `inndata` step: a known format, and for a token the steps whose answers it is read with.
    fn input(
        &self,
        s: &RawStep,
        help_html: Option<String>,
        at: &At,
        out: &mut FileErrors,
    ) -> Option<StepKind> {
        let format = match s.format.as_deref().expect("required above") {
            "orgnr" => InputFormat::OrgNumber,
            "scope" => InputFormat::Scope,
            "token" => InputFormat::Token {
                municipality: s.kommune.clone(),
                vendor: s.vendor.clone(),
                environment: s.environment.clone(),
            },
            "feilkode" => InputFormat::ErrorCode {
                routes: code_routes(s, self.steps, self.by_id, self.known.codes, at, out),
            },
            "tilkoblingstest" => InputFormat::TestSetup,
            other => {
                out.at(
                    at.line,
                    format!(
                        "{}: unknown format `{other}`; the formats are orgnr, scope, token, feilkode and tilkoblingstest",
                        at.what
                    ),
                );
                return None;
            }
        };
        let holds_refs = matches!(format, InputFormat::Token { .. });
        check_party_refs(s, holds_refs, self.by_id, &at.what, at.line, out);
        Some(StepKind::Input {
            text: s.question.clone().expect("required above"),
            help_html,
            label: s.etikett.clone().expect("required above"),
            format,
            optional: s.valgfri.unwrap_or(false),
            next: self.next(s, at, out),
        })
    }

    /// A `sjekk` step: one of the checks in `sjekker.toml`.
    fn check(&self, s: &RawStep, at: &At, out: &mut FileErrors) -> Option<StepKind> {
        let name = s.sjekk.as_deref().expect("required above");
        let Some(check) = self.checks.iter().find(|c| c.id == name) else {
            out.at(
                at.line,
                format!(
                    "{}: `sjekk = \"{name}\"`: there is no such check in {GUIDE_DIR}/{CHECKS_FILE}",
                    at.what
                ),
            );
            return None;
        };
        Some(StepKind::Check {
            check: check.clone(),
            next: self.next(s, at, out),
        })
    }

    /// An `utfall` step: its tone, the FAQ answers it cites, its connection test and its sources.
    fn outcome(&self, s: &RawStep, at: &At, out: &mut FileErrors) -> StepKind {
        let what = &at.what;
        let tone = match s.vurdering.as_deref().expect("required above") {
            "ja" => Tone::Ok,
            "begrenset" => Tone::Caution,
            "nei" => Tone::Stop,
            "info" => Tone::Info,
            other => {
                out.at(
                    at.line,
                    format!(
                        "{what}: unknown `vurdering = \"{other}\"`; use ja, begrenset, nei or info"
                    ),
                );
                Tone::Info
            }
        };
        let faq = s.faq.clone().unwrap_or_default();
        check_faq_ids(
            &faq,
            &format!("outcome `{}`", s.id.get_ref()),
            at.line,
            self.known,
            out,
        );
        let connection_test = self.connection_test(s, at, out);
        StepKind::Outcome {
            title: s.tittel.clone().expect("required above"),
            tone,
            body_html: self.render(s.tekst.as_deref().expect("required above"), at, out),
            faq,
            connection_test,
            sources: read_sources(s, self.source, what, at.line, out),
        }
    }

    /// An outcome's `tilkoblingstest = true`, with the steps whose answers it tests.
    fn connection_test(
        &self,
        s: &RawStep,
        at: &At,
        out: &mut FileErrors,
    ) -> Option<ConnectionTest> {
        let tested = s.tilkoblingstest == Some(true);
        check_party_refs(s, tested, self.by_id, &at.what, at.line, out);
        match (tested, &s.kommune, &s.environment) {
            (false, ..) => None,
            (true, Some(municipality), Some(environment)) => Some(ConnectionTest {
                municipality: municipality.clone(),
                vendor: s.vendor.clone(),
                environment: environment.clone(),
            }),
            (true, ..) => {
                out.at(at.line, format!("{}: `tilkoblingstest = true` needs `kommune` and `miljo`: the steps whose answers it tests", at.what));
                None
            }
        }
    }

    /// Reports a `neste` target that is not a step of this flow.
    fn check_target(&self, to: &str, at: &At, out: &mut FileErrors) {
        if !self.lines.contains_key(to) {
            out.at(
                at.line,
                format!(
                    "{}: unknown `neste` target `{to}`: no step in this flow has that id",
                    at.what
                ),
            );
        }
    }

    /// A step's `neste`: one step, or rules whose last applies whatever the answers.
    fn next(&self, s: &RawStep, at: &At, out: &mut FileErrors) -> Next {
        let rules: Vec<(Option<&str>, &str)> = match s.neste.as_ref().expect("required above") {
            RawNext::One(to) => vec![(None, to.as_str())],
            RawNext::Rules(rules) => rules
                .iter()
                .map(|r| (r.when.as_deref(), r.til.as_str()))
                .collect(),
        };
        let mut parsed = Vec::new();
        for (when, to) in rules {
            self.check_target(to, at, out);
            parsed.push(Rule {
                when: when.and_then(|w| self.condition(w, at, out)),
                to: to.to_string(),
            });
        }
        if parsed.last().is_none_or(|r| r.when.is_some()) {
            out.at(at.line, format!("{}: every rule in `neste` has `hvis`: a path where none applies ends without an outcome; end with a rule without `hvis`", at.what));
        }
        Next(parsed)
    }

    /// A rule's `hvis = "steg = svar"`: a question of this flow and one of its options.
    fn condition(&self, w: &str, at: &At, out: &mut FileErrors) -> Option<(String, String)> {
        let what = &at.what;
        let Some((q, v)) = w.split_once('=') else {
            out.at(
                at.line,
                format!("{what}: `hvis = \"{w}\"`: write it as `steg = svar`"),
            );
            return None;
        };
        let (q, v) = (q.trim(), v.trim());
        let options = self
            .by_id
            .get(q)
            .filter(|s| s.kind == "spørsmål")
            .and_then(|s| s.valg.as_ref());
        match options {
            None => out.at(
                at.line,
                format!("{what}: `hvis = \"{w}\"`: `{q}` is not a question in this flow"),
            ),
            Some(o) if !o.iter().any(|c| c.svar == v) => out.at(
                at.line,
                format!("{what}: `hvis = \"{w}\"`: `{q}` has no option `{v}`"),
            ),
            Some(_) => {}
        }
        Some((q.to_string(), v.to_string()))
    }
}

/// A step's type is known and it has the fields its type requires and no others; `false` when a
/// required field is missing (or the type is unknown), so the step cannot be read further.
fn check_fields(s: &RawStep, at: &At, out: &mut FileErrors) -> bool {
    let what = &at.what;
    let Some((_, required, allowed)) = KINDS.iter().find(|(k, _, _)| *k == s.kind) else {
        out.at(
            at.line,
            format!(
                "{what}: unknown type `{}`; the types are spørsmål, inndata, sjekk and utfall",
                s.kind
            ),
        );
        return false;
    };
    let fields = s.fields();
    let mut complete = true;
    for r in *required {
        if !fields.contains(r) {
            if *r == "neste" {
                out.at(at.line, format!("{what} has no `neste` and is not an outcome: the path ends here without an outcome"));
            } else {
                out.at(at.line, format!("{what}: a `{}` step needs `{r}`", s.kind));
            }
            complete = false;
        }
    }
    for f in &fields {
        if !required.contains(f) && !allowed.contains(f) {
            out.at(
                at.line,
                format!("{what}: `{f}` does not belong to a `{}` step", s.kind),
            );
        }
    }
    complete
}

/// Walks every combination of answers: a way out of a loop that depends on an earlier answer passes
/// [`check_graph`], but the answers that do not open it go round for ever. Each such loop is named
/// once, with the answers that lead into it.
fn check_paths(flow: &Flow, lines: &HashMap<String, usize>, out: &mut FileErrors) {
    let mut reported: HashSet<String> = HashSet::new();
    for path in paths(flow) {
        let Some(step) = path.loops_at else { continue };
        if !reported.insert(step.clone()) {
            continue;
        }
        let answers: Vec<String> = path
            .choices
            .iter()
            .map(|(q, v)| format!("{q} = {v}"))
            .collect();
        out.at(
            lines[&step],
            format!(
                "step `{step}`: with the answers {} the path comes back here and never reaches an outcome; give the loop a way out for those answers",
                answers.join(", ")
            ),
        );
    }
}

/// An outcome's `kilder` and `sist_vurdert`: both or neither, each source with a title, a full
/// https address and what it supports, and a day in the calendar. Each mistake is reported on the
/// line of the source or the date it is about.
fn read_sources(
    s: &RawStep,
    source: &str,
    what: &str,
    line: usize,
    out: &mut FileErrors,
) -> Option<Sources> {
    if let Some(problem) = sources::check_pair(
        s.kilder.as_ref().is_some_and(|k| !k.is_empty()),
        s.sist_vurdert.is_some(),
        "kilder",
    ) {
        out.at(line, format!("{what}: {problem}"));
        return None;
    }
    let date = s.sist_vurdert.as_ref()?;
    let assessed = sources::check_assessed(date.get_ref())
        .map_err(|e| out.at(line_at(source, date.span().start), format!("{what}: {e}")))
        .ok();
    let given = s.kilder.as_deref().unwrap_or_default();
    let items: Vec<_> = given
        .iter()
        .filter_map(|k| {
            sources::check_source(&k.tittel, k.url.get_ref(), &k.viser)
                .map_err(|e| out.at(line_at(source, k.url.span().start), format!("{what}: {e}")))
                .ok()
        })
        .collect();
    let assessed = assessed.filter(|_| items.len() == given.len())?;
    Some(Sources { items, assessed })
}

/// `kommune`, `leverandor` and `miljo` name the steps whose answers a token check or a connection test
/// reads; `holds_refs` says whether this step is one of those (a token input, or an outcome with
/// `tilkoblingstest = true`), where the fields belong.
fn check_party_refs(
    s: &RawStep,
    holds_refs: bool,
    by_id: &HashMap<&str, &RawStep>,
    what: &str,
    line: usize,
    out: &mut FileErrors,
) {
    let refs = [
        ("kommune", &s.kommune),
        ("leverandor", &s.vendor),
        ("miljo", &s.environment),
    ];
    for (field, value) in refs {
        let Some(r) = value else { continue };
        if !holds_refs {
            out.at(
                line,
                format!("{what}: `{field}` belongs only to a `token` input or an outcome with `tilkoblingstest = true`"),
            );
            continue;
        }
        let referenced = by_id.get(r.as_str());
        let fits = match field {
            "miljo" => referenced.is_some_and(|s| {
                s.kind == "spørsmål"
                    && s.valg.as_ref().is_some_and(|v| {
                        v.iter().all(|c| c.svar == "test" || c.svar == "produksjon")
                    })
            }),
            _ => referenced
                .is_some_and(|s| s.kind == "inndata" && s.format.as_deref() == Some("orgnr")),
        } || referenced
            .is_some_and(|s| s.kind == "inndata" && s.format.as_deref() == Some("tilkoblingstest"));
        if !fits {
            let needed = if field == "miljo" {
                "a question with the options `test` and `produksjon`, or a `tilkoblingstest` input"
            } else {
                "an `orgnr` or `tilkoblingstest` input"
            };
            out.at(
                line,
                format!("{what}: `{field} = \"{r}\"` must name {needed} in this flow"),
            );
        }
    }
}

/// Where an error-code input's codes lead: for each code in the catalogue with a `sjekk`, the first
/// step of this flow with that check. A code whose check the flow does not have is reported on the
/// code's line in the catalogue; so is an input whose `neste` is a check (a code's check goes on to
/// `neste`, so it would lead to itself) or a flow that takes codes with no catalogue to read them.
fn code_routes(
    s: &RawStep,
    steps: &[RawStep],
    by_id: &HashMap<&str, &RawStep>,
    codes: &crate::codes::CodeChecks,
    at: &At,
    out: &mut FileErrors,
) -> Vec<CodeRoute> {
    let (what, line) = (&at.what, at.line);
    if codes.checks.is_empty() {
        out.at(
            line,
            format!(
                "{what}: a `feilkode` input needs codes with `sjekk` in {}, and there are none",
                crate::codes::CODES_FILE
            ),
        );
    }
    if let Some(RawNext::One(to)) = &s.neste {
        if by_id.get(to.as_str()).is_some_and(|t| t.kind == "sjekk") {
            out.at(line, format!("{what}: `neste = \"{to}\"` is a check; a `feilkode` input's `neste` is where a code's check goes on to, so it must not be a check itself"));
        }
    }
    let mut routes = Vec::new();
    for (code, check, code_line) in &codes.checks {
        let step = steps
            .iter()
            .find(|t| t.kind == "sjekk" && t.sjekk.as_deref() == Some(check.as_str()));
        match step {
            Some(t) => routes.push(CodeRoute {
                code: code.clone(),
                step: t.id.get_ref().clone(),
            }),
            None => out.errors.push(ContentError::new(
                &codes.file,
                *code_line,
                format!(
                    "code `{code}`: `sjekk = \"{check}\"`: the flow in {} takes error codes ({what}), but none of its steps has that check; add a `sjekk` step for it there, or name a check the flow has",
                    out.file.display()
                ),
            )),
        }
    }
    routes
}

/// Reachability: every step is reached from `start`, and every step reached leads on to an outcome.
fn check_graph(flow: &Flow, lines: &HashMap<String, usize>, out: &mut FileErrors) {
    let targets =
        |id: &str| -> Vec<&str> { flow.step(id).map(|s| s.kind.targets()).unwrap_or_default() };
    // Forward from the start.
    let mut reached: HashSet<&str> = HashSet::new();
    let mut todo = vec![flow.start.as_str()];
    while let Some(id) = todo.pop() {
        if reached.insert(id) {
            todo.extend(targets(id));
        }
    }
    for s in &flow.steps {
        if !reached.contains(s.id.as_str()) {
            out.at(
                lines[&s.id],
                format!("step `{}`: no path from `start` reaches it", s.id),
            );
        }
    }
    // Backward from the outcomes.
    let mut leads_out: HashSet<&str> = flow
        .steps
        .iter()
        .filter(|s| matches!(s.kind, StepKind::Outcome { .. }))
        .map(|s| s.id.as_str())
        .collect();
    loop {
        let more: Vec<&str> = flow
            .steps
            .iter()
            .filter(|s| !leads_out.contains(s.id.as_str()))
            .filter(|s| s.kind.targets().iter().any(|t| leads_out.contains(t)))
            .map(|s| s.id.as_str())
            .collect();
        if more.is_empty() {
            break;
        }
        leads_out.extend(more);
    }
    // Steps that cannot reach an outcome lead (all their ways) into a loop: name the loop once.
    let stuck: Vec<&Step> = flow
        .steps
        .iter()
        .filter(|s| reached.contains(s.id.as_str()) && !leads_out.contains(s.id.as_str()))
        .collect();
    let mut reported: HashSet<&str> = HashSet::new();
    for s in stuck {
        if reported.contains(s.id.as_str()) {
            continue;
        }
        let mut trail: Vec<&str> = vec![s.id.as_str()];
        loop {
            let last = *trail.last().expect("starts with one");
            let Some(next) = targets(last).into_iter().find(|t| !leads_out.contains(t)) else {
                break;
            };
            if let Some(at) = trail.iter().position(|t| *t == next) {
                let cycle = &trail[at..];
                if cycle.iter().all(|c| !reported.contains(c)) {
                    let names: Vec<String> = cycle
                        .iter()
                        .chain([&next])
                        .map(|c| format!("`{c}`"))
                        .collect();
                    out.at(
                        lines[cycle[0]],
                        format!(
                            "steps {} form a loop with no way out to an outcome",
                            names.join(" → ")
                        ),
                    );
                }
                reported.extend(trail.iter().copied());
                break;
            }
            trail.push(next);
        }
    }
}
