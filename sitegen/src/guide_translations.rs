//! The guide in nynorsk and English: `content/<lang>/guide/` holds, per bokmål flow file, a file
//! with the flow's words in that language (its title, description and note, and per step the
//! question, help, options, label or outcome), and `sjekker.toml` with the checks' words. The
//! structure — step kinds, where each answer leads, the FAQ answers cited, the connection test, the
//! sources' addresses — is the bokmål file's alone, so a translation that names an unknown flow,
//! step, option or check, lacks one, or writes a field of the structure fails the build with file
//! and line. Each flow, step and check names the bokmål words it was translated from (`omsett_frå`,
//! `translated_from`); where one is older than the bokmål, the flow's page says so.

use crate::error::ContentErrors;
use crate::guide::{
    flow_files, line_at, present, read_toml, render, FileErrors, Known, CHECKS_FILE, GUIDE_DIR,
};
use serde::Deserialize;
use skattedeling_core::feedback::{is_revision, revision};
use skattedeling_core::guide::{Check, Flow, Guide, Step, StepKind};
use skattedeling_core::translation::{TranslatedFlow, Translation};
use skattedeling_core::{Lang, Sources};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use toml::Spanned;

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
    #[serde(rename = "omsett_frå", alias = "translated_from")]
    from: Option<String>,
    gruppe: String,
    sporsmal: String,
    hjelp: Option<String>,
    tiltak: String,
    hvem: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    id: Spanned<String>,
    #[serde(rename = "omsett_frå", alias = "translated_from")]
    from: Option<String>,
    tittel: String,
    beskrivelse: String,
    merknad: Option<String>,
    #[serde(default)]
    steg: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    #[serde(rename = "omsett_frå", alias = "translated_from")]
    from: Option<String>,
    sporsmal: Option<String>,
    hjelp: Option<String>,
    valg: Option<Vec<RawChoice>>,
    etikett: Option<String>,
    tittel: Option<String>,
    tekst: Option<String>,
    kilder: Option<Vec<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    svar: String,
    tekst: String,
    hint: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    tittel: String,
    viser: String,
}

impl RawStep {
    /// The fields this step has, by their names in the file.
    fn fields(&self) -> Vec<&'static str> {
        present([
            ("sporsmal", self.sporsmal.is_some()),
            ("hjelp", self.hjelp.is_some()),
            ("valg", self.valg.is_some()),
            ("etikett", self.etikett.is_some()),
            ("tittel", self.tittel.is_some()),
            ("tekst", self.tekst.is_some()),
            ("kilder", self.kilder.is_some()),
        ])
    }
}

/// The key naming the bokmål words a translation was made from, as the file is written.
pub(crate) fn from_key(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "translated_from",
        _ => "omsett_frå",
    }
}

/// Whether a translation of `what` made from `from` is older than the bokmål words, whose
/// revision is `now`; `None` (and an error at `line`) when it does not say, or says nonsense.
pub(crate) fn is_stale(
    from: Option<&str>,
    now: &str,
    what: &str,
    lang: Lang,
    line: usize,
    out: &mut FileErrors,
) -> Option<bool> {
    let key = from_key(lang);
    let fix = format!("write `\"{key}\" = \"{now}\"` when this translates the bokmål as it is now");
    match from {
        Some(from) if is_revision(from) => Some(from != now),
        Some(from) => {
            out.at(
                line,
                format!("{what}: `{key} = \"{from}\"` is not a revision: {fix}"),
            );
            None
        }
        None => {
            out.at(line, format!("{what} has no `{key}`: {fix}"));
            None
        }
    }
}

/// The revision of some bokmål words, one part per line.
fn words_revision(parts: &[&str]) -> String {
    revision(&parts.join("\n"))
}

/// What a translation of the flow's own words is made from: its title, description and note.
pub fn flow_revision(flow: &Flow) -> String {
    words_revision(&[
        &flow.title,
        &flow.description,
        flow.note_html.as_deref().unwrap_or(""),
    ])
}

/// What a translation of a step is made from: every word it shows (a check step shows its
/// check's, which [`check_revision`] covers).
pub fn step_revision(step: &Step) -> String {
    let mut parts: Vec<&str> = Vec::new();
    match &step.kind {
        StepKind::Question {
            text,
            help_html,
            choices,
        } => {
            parts.extend([text.as_str(), help_html.as_deref().unwrap_or("")]);
            for c in choices {
                parts.extend([c.value.as_str(), &c.label, c.hint.as_deref().unwrap_or("")]);
            }
        }
        StepKind::Input {
            text,
            help_html,
            label,
            ..
        } => parts.extend([text.as_str(), help_html.as_deref().unwrap_or(""), label]),
        StepKind::Outcome {
            title,
            body_html,
            sources,
            ..
        } => {
            parts.extend([title.as_str(), body_html]);
            for s in sources.iter().flat_map(|s| &s.items) {
                parts.extend([s.title.as_str(), &s.supports]);
            }
        }
        StepKind::Check { .. } => {}
    }
    words_revision(&parts)
}

/// What a translation of a check is made from.
pub fn check_revision(check: &Check) -> String {
    words_revision(&[
        &check.group,
        &check.text,
        check.help_html.as_deref().unwrap_or(""),
        &check.fix_html,
        &check.who_html,
    ])
}

/// Whether a step has words of its own to translate (a check step's are its check's).
fn has_words(step: &Step) -> bool {
    !matches!(step.kind, StepKind::Check { .. })
}

/// Puts the flows translated in `content/<lang>/guide/` into each language's [`Translation`].
pub fn translate(
    content: &Path,
    guide: &Guide,
    known: &Known,
    translations: &mut [Translation],
    errors: &mut ContentErrors,
) {
    for translation in translations {
        let dir = content.join(translation.lang.code()).join(GUIDE_DIR);
        if !dir.is_dir() {
            continue;
        }
        let language = Language {
            lang: translation.lang,
            guide,
            known,
        };
        let checks = language.checks(&dir.join(CHECKS_FILE), errors);
        translation.stale_checks = stale_checks(&checks, guide);
        translation.flows = vec![None; guide.flows.len()];
        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        for path in flow_files(&dir, errors) {
            let Some((raw, source)) = read_toml::<RawFlow>(&path, errors) else {
                continue;
            };
            let mut out = FileErrors {
                file: path.clone(),
                errors,
            };
            let line = line_at(&source, raw.id.span().start);
            let id = raw.id.get_ref().clone();
            let Some(index) = guide.flows.iter().position(|f| f.id == id) else {
                out.at(line, format!("unknown flow `{id}`: a translation has the `id` of a flow in ../../{GUIDE_DIR}/"));
                continue;
            };
            if let Some(first) = seen.insert(id.clone(), path.clone()) {
                out.at(
                    line,
                    format!(
                        "flow `{id}` is translated twice (also in {})",
                        first.display()
                    ),
                );
                continue;
            }
            let flow = &guide.flows[index];
            translation.flows[index] = language.flow(flow, raw, &source, &checks, &mut out);
        }
    }
}

/// The checks whose translation is older than their bokmål, in the order of `sjekker.toml`, each
/// with today's revision.
fn stale_checks(checks: &Checks, guide: &Guide) -> Vec<(String, String)> {
    guide
        .checks
        .iter()
        .filter(|c| checks.get(&c.id).is_some_and(|(_, old)| *old))
        .map(|c| (c.id.clone(), check_revision(c)))
        .collect()
}

/// The checks in one language: per bokmål check id, the check in that language and whether it is
/// older than the bokmål.
type Checks = HashMap<String, (Check, bool)>;

/// One language's translation of the guide, being read.
struct Language<'a> {
    lang: Lang,
    guide: &'a Guide,
    known: &'a Known<'a>,
}

impl Language<'_> {
    fn render(&self, text: &str, what: &str, line: usize, out: &mut FileErrors) -> String {
        render(text, what, line, self.known, self.known.flows, out)
    }

    /// `sjekker.toml` in this language: every bokmål check, none other. Without the file, the
    /// checks are shown in bokmål.
    fn checks(&self, path: &Path, errors: &mut ContentErrors) -> Checks {
        let mut checks = Checks::new();
        if !path.exists() {
            return checks;
        }
        let Some((raw, source)) = read_toml::<RawChecks>(path, errors) else {
            return checks;
        };
        let mut out = FileErrors {
            file: path.to_path_buf(),
            errors,
        };
        for c in raw.sjekk {
            let line = line_at(&source, c.id.span().start);
            let id = c.id.get_ref().as_str();
            let what = format!("check `{id}`");
            let Some(bokmal) = self.guide.checks.iter().find(|b| b.id == id) else {
                out.at(line, format!("unknown check `{id}`: a translation has the id of a check in ../../{GUIDE_DIR}/{CHECKS_FILE}"));
                continue;
            };
            if checks.contains_key(id) {
                out.at(line, format!("{what} is translated twice"));
                continue;
            }
            if c.hjelp.is_some() != bokmal.help_html.is_some() {
                out.at(line, presence(&what, "hjelp", bokmal.help_html.is_some()));
            }
            let stale = is_stale(
                c.from.as_deref(),
                &check_revision(bokmal),
                &what,
                self.lang,
                line,
                &mut out,
            );
            for (field, text) in [("tiltak", &c.tiltak), ("hvem", &c.hvem)] {
                required(text, field, &what, line, &mut out);
            }
            let check = Check {
                id: bokmal.id.clone(),
                group: required(&c.gruppe, "gruppe", &what, line, &mut out),
                text: required(&c.sporsmal, "sporsmal", &what, line, &mut out),
                help_html: c.hjelp.map(|h| self.render(&h, &what, line, &mut out)),
                fix_html: self.render(&c.tiltak, &what, line, &mut out),
                who_html: self.render(&c.hvem, &what, line, &mut out),
                faq: bokmal.faq.clone(),
            };
            checks.insert(id.to_string(), (check, stale.unwrap_or(false)));
        }
        // A check left out is missing from the file as a whole: its first line.
        for b in &self.guide.checks {
            if !checks.contains_key(&b.id) {
                out.at(
                    1,
                    format!("check `{}` is not translated: translate it too", b.id),
                );
            }
        }
        checks
    }

    /// The bokmål `flow` in this language, or `None` when the translation is broken (what is
    /// wrong is reported).
    fn flow(
        &self,
        flow: &Flow,
        raw: RawFlow,
        source: &str,
        checks: &Checks,
        out: &mut FileErrors,
    ) -> Option<TranslatedFlow> {
        let before = out.errors.0.len();
        let line = line_at(source, raw.id.span().start);
        let what = format!("flow `{}`", flow.id);
        let mut stale = Vec::new();
        let now = flow_revision(flow);
        if is_stale(raw.from.as_deref(), &now, &what, self.lang, line, out) == Some(true) {
            stale.push(("the text of the flow itself".to_string(), now));
        }
        if raw.merknad.is_some() != flow.note_html.is_some() {
            out.at(line, presence(&what, "merknad", flow.note_html.is_some()));
        }
        let mut translated = Flow {
            title: required(&raw.tittel, "tittel", &what, line, out),
            description: required(&raw.beskrivelse, "beskrivelse", &what, line, out),
            note_html: raw.merknad.map(|m| self.render(&m, &what, line, out)),
            ..flow.clone()
        };
        let mut done: HashSet<String> = HashSet::new();
        for s in raw.steg {
            let line = line_at(source, s.id.span().start);
            let id = s.id.get_ref().clone();
            let what = format!("step `{id}`");
            let Some(place) = flow.steps.iter().position(|b| b.id == id) else {
                out.at(
                    line,
                    format!("unknown step `{id}`: flow `{}` has no such step", flow.id),
                );
                continue;
            };
            if !has_words(&flow.steps[place]) {
                out.at(line, format!("{what} is a check: its words are the check's, in {CHECKS_FILE}; take it out"));
                continue;
            }
            if !done.insert(id) {
                out.at(line, format!("{what} is translated twice"));
                continue;
            }
            let bokmal = &flow.steps[place];
            let now = step_revision(bokmal);
            match is_stale(s.from.as_deref(), &now, &what, self.lang, line, out) {
                Some(true) => stale.push((what.clone(), now)),
                Some(false) => {}
                None => continue,
            }
            let errors_before = out.errors.0.len();
            match self.step(&bokmal.kind, s, &what, line, out) {
                Some(kind) => translated.steps[place].kind = kind,
                // (`same_fields` has said why; the flow is not used.)
                None => debug_assert!(out.errors.0.len() > errors_before, "{what} refused unsaid"),
            }
        }
        for b in flow.steps.iter().filter(|b| has_words(b)) {
            if !done.contains(&b.id) {
                out.at(
                    line,
                    format!("{what} lacks step `{}`: translate it too", b.id),
                );
            }
        }
        let mut in_bokmal = Vec::new();
        let mut uses_stale_check = false;
        for step in &mut translated.steps {
            if let StepKind::Check { check, .. } = &mut step.kind {
                match checks.get(&check.id) {
                    Some((ours, old)) => {
                        *check = ours.clone();
                        uses_stale_check |= *old;
                    }
                    None => in_bokmal.push(step.id.clone()),
                }
            }
        }
        (out.errors.0.len() == before).then_some(TranslatedFlow {
            flow: translated,
            stale,
            uses_stale_check,
            in_bokmal,
        })
    }

    /// One step's words on the bokmål step's structure.
    fn step(
        &self,
        bokmal: &StepKind,
        s: RawStep,
        what: &str,
        line: usize,
        out: &mut FileErrors,
    ) -> Option<StepKind> {
        if !same_fields(bokmal, &s, what, line, out) {
            return None;
        }
        let help = |this: &Self, out: &mut FileErrors| {
            s.hjelp.as_ref().map(|h| this.render(h, what, line, out))
        };
        let mut kind = bokmal.clone();
        match &mut kind {
            StepKind::Question {
                text,
                help_html,
                choices,
            } => {
                *help_html = help(self, out);
                *text = required(s.sporsmal.as_deref()?, "sporsmal", what, line, out);
                let raw = s.valg.as_deref()?;
                let values: Vec<&str> = raw.iter().map(|c| c.svar.as_str()).collect();
                let theirs: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
                if values != theirs {
                    out.at(line, format!("{what}: `valg` has the answers {values:?}, the bokmål has {theirs:?}: keep the same ones, in the same order"));
                    return None;
                }
                for (c, r) in choices.iter_mut().zip(raw) {
                    if c.hint.is_some() != r.hint.is_some() {
                        let field = format!("valg `{}`'s `hint`", c.value);
                        out.at(line, presence(what, &field, c.hint.is_some()));
                    }
                    let field = format!("valg `{}`'s `tekst`", c.value);
                    c.label = required(&r.tekst, &field, what, line, out);
                    c.hint = r.hint.as_ref().map(|h| h.trim().to_string());
                }
            }
            StepKind::Input {
                text,
                help_html,
                label,
                ..
            } => {
                *help_html = help(self, out);
                *text = required(s.sporsmal.as_deref()?, "sporsmal", what, line, out);
                *label = required(s.etikett.as_deref()?, "etikett", what, line, out);
            }
            StepKind::Outcome {
                title,
                body_html,
                sources,
                ..
            } => {
                *title = required(s.tittel.as_deref()?, "tittel", what, line, out);
                let body = required(s.tekst.as_deref()?, "tekst", what, line, out);
                *body_html = self.render(&body, what, line, out);
                if let (Some(sources), Some(raw)) = (sources, &s.kilder) {
                    translate_sources(sources, raw, what, line, out);
                }
            }
            StepKind::Check { .. } => return None,
        }
        Some(kind)
    }
}

/// The sources' titles and notes in this language, on the bokmål's addresses and date.
fn translate_sources(
    sources: &mut Sources,
    raw: &[RawSource],
    what: &str,
    line: usize,
    out: &mut FileErrors,
) {
    if raw.len() != sources.items.len() {
        out.at(
            line,
            format!(
                "{what}: `kilder` has {} sources, the bokmål has {}: translate each, in the same order",
                raw.len(),
                sources.items.len()
            ),
        );
        return;
    }
    for (item, r) in sources.items.iter_mut().zip(raw) {
        item.title = required(&r.tittel, "kilder' `tittel`", what, line, out);
        item.supports = required(&r.viser, "kilder' `viser`", what, line, out);
    }
}

/// Whether the translated step has the fields the bokmål step's words call for, reporting each
/// that is missing or too many.
fn same_fields(
    bokmal: &StepKind,
    s: &RawStep,
    what: &str,
    line: usize,
    out: &mut FileErrors,
) -> bool {
    let wanted: Vec<(&str, bool)> = match bokmal {
        StepKind::Question { help_html, .. } => {
            vec![
                ("sporsmal", true),
                ("hjelp", help_html.is_some()),
                ("valg", true),
            ]
        }
        StepKind::Input { help_html, .. } => {
            vec![
                ("sporsmal", true),
                ("hjelp", help_html.is_some()),
                ("etikett", true),
            ]
        }
        StepKind::Outcome { sources, .. } => {
            vec![
                ("tittel", true),
                ("tekst", true),
                ("kilder", sources.is_some()),
            ]
        }
        StepKind::Check { .. } => Vec::new(),
    };
    let has = s.fields();
    let mut ok = true;
    for (field, bokmal_has) in &wanted {
        if has.contains(field) != *bokmal_has {
            out.at(line, presence(what, field, *bokmal_has));
            ok = false;
        }
    }
    for field in has.iter().filter(|f| !wanted.iter().any(|(w, _)| w == *f)) {
        out.at(line, presence(what, field, false));
        ok = false;
    }
    ok
}

/// `text` trimmed; an empty one is reported: a translation says something wherever the bokmål does.
fn required(text: &str, field: &str, what: &str, line: usize, out: &mut FileErrors) -> String {
    let text = text.trim();
    if text.is_empty() {
        out.at(line, format!("{what}: `{field}` is empty: translate it"));
    }
    text.to_string()
}

/// What to do about a field the translation has and the bokmål does not, or the other way round.
fn presence(what: &str, field: &str, bokmal_has: bool) -> String {
    if bokmal_has {
        format!("{what} lacks `{field}`, which the bokmål has: translate it too")
    } else {
        format!("{what} has `{field}`, which the bokmål does not: take it out")
    }
}
