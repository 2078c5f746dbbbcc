//! The error-code catalogue, `feilkoder.toml`: every code a person meets on the way to Summert
//! skattegrunnlag, with what it means, the likely cause, what to do and who does it. Each entry
//! becomes a question in its own section of the FAQ («Feilkoder og feilmeldinger»), so it is on the
//! page without JavaScript, has its own permanent anchor (`#feil-MP-251`), and is found by the same
//! search as the answers. Checked like the rest of the content: an unknown FAQ id or guide check, a
//! code given twice, an empty field or a broken link is reported with file and line.

use crate::error::ContentErrors;
use crate::guide::{check_faq_ids, line_at, read_toml, render_checked, FileErrors, Known};
use crate::page::escape;
use serde::Deserialize;
use skattedeling_core::connection::codes::{self as connection_codes, CodeText};
use skattedeling_core::guide::{Check, Flow, Guide, GuideState, InputFormat, StepKind};
use skattedeling_core::texts::{self, Page};
use skattedeling_core::{links, ui, Audience, CalendarDate, Faq, Lang, Question, Section};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use toml::Spanned;

pub const CODES_FILE: &str = "feilkoder.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    sist_oppdatert: Spanned<String>,
    #[serde(default)]
    feil: Vec<RawCode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    kode: Spanned<String>,
    kilde: String,
    tittel: String,
    betyr: String,
    arsak: String,
    gjor: String,
    hvem: String,
    #[serde(default)]
    faq: Vec<String>,
    sjekk: Option<String>,
    testtjenesten: Option<RawTestText>,
}

/// What the connection test's result says of a code (`[feil.testtjenesten]`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTestText {
    forklaring: Spanned<String>,
    rad: Spanned<String>,
    i_testmiljo: Option<Spanned<String>>,
    faq: Option<Spanned<String>>,
}

/// The codes that name a check, read before the flows so that a flow's error-code input
/// (`format = "feilkode"`) knows where each code leads. Mistakes in the file are reported by [`load`].
#[derive(Clone, Debug, Default)]
pub struct CodeChecks {
    pub file: std::path::PathBuf,
    /// `(code, check id, line)`, in the file's order.
    pub checks: Vec<(String, String, usize)>,
}

/// Reads the codes' `sjekk` fields from `content/feilkoder.toml`; nothing when there is no file or
/// it cannot be read (then [`load`] says why).
pub fn code_checks(content: &Path) -> CodeChecks {
    let file = content.join(CODES_FILE);
    let mut ignored = ContentErrors::default();
    let checks = match file
        .exists()
        .then(|| read_toml::<RawCatalogue>(&file, &mut ignored))
        .flatten()
    {
        Some((raw, source)) => raw
            .feil
            .into_iter()
            .filter_map(|c| {
                let line = line_at(&source, c.kode.span().start);
                Some((c.kode.into_inner(), c.sjekk?, line))
            })
            .collect(),
        None => Vec::new(),
    };
    CodeChecks { file, checks }
}

/// The catalogue's section and its entries as questions, or nothing when `content` has no catalogue.
pub struct Catalogue {
    pub section: Section,
    pub questions: Vec<Question>,
    /// What the connection test says of the codes it can meet, for the backend (bokmål).
    pub texts: Vec<CodeText>,
    /// Each entry's structure, in the file's order, for its translations ([`translate`]).
    pub entries: Vec<Structure>,
}

/// What a bokmål entry fixes for its translations: everything but its words, and the revision of
/// its words, which a translation's `omsett_frå` names.
pub struct Structure {
    pub code: String,
    pub(crate) kilde: String,
    pub(crate) faq: Vec<String>,
    pub(crate) check: Option<String>,
    /// `[feil.testtjenesten]`: whether it has `i_testmiljo`, and the FAQ id its result links to.
    pub(crate) test: Option<(bool, Option<String>)>,
    pub revision: String,
}

/// An entry's words in one language.
pub(crate) struct Words<'a> {
    pub(crate) title: &'a str,
    pub(crate) means: &'a str,
    pub(crate) cause: &'a str,
    pub(crate) action: &'a str,
    pub(crate) who: &'a str,
}

impl RawCode {
    fn words(&self) -> Words<'_> {
        Words {
            title: &self.tittel,
            means: &self.betyr,
            cause: &self.arsak,
            action: &self.gjor,
            who: &self.hvem,
        }
    }

    fn structure(&self) -> Structure {
        let test = self.testtjenesten.as_ref();
        let test_words = test.map(|t| {
            [Some(&t.forklaring), Some(&t.rad), t.i_testmiljo.as_ref()]
                .into_iter()
                .flatten()
                .map(|w| w.get_ref().trim())
                .collect::<Vec<_>>()
                .join("\n")
        });
        let words = self.words();
        Structure {
            code: self.kode.get_ref().clone(),
            kilde: self.kilde.trim().to_string(),
            faq: self.faq.clone(),
            check: self.sjekk.clone(),
            test: test.map(|t| {
                (
                    t.i_testmiljo.is_some(),
                    t.faq.as_ref().map(|f| f.get_ref().clone()),
                )
            }),
            revision: skattedeling_core::feedback::revision(
                &[
                    words.title,
                    words.means,
                    words.cause,
                    words.action,
                    words.who,
                    test_words.as_deref().unwrap_or(""),
                ]
                .map(str::trim)
                .join("\n"),
            ),
        }
    }
}

/// Whether `code` can be written in an anchor and a search as it is: letters, digits, `-` and `_`.
fn is_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 40
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The known anchors and the catalogue's own: the entries may link to each other.
pub(crate) fn with_code_anchors<'k>(
    known: &Known<'k>,
    codes: impl Iterator<Item = String>,
) -> HashSet<String> {
    let mut anchors: HashSet<String> = known.anchors.cloned().unwrap_or_default();
    anchors.extend(codes.map(|c| anchor(&c)));
    anchors
}

/// Reads and checks `content/feilkoder.toml` against the FAQ's ids and anchors and the guide's checks.
pub fn load(
    content: &Path,
    known: &Known,
    faq: &Faq,
    guide: &Guide,
    errors: &mut ContentErrors,
) -> Option<Catalogue> {
    let path = content.join(CODES_FILE);
    if !path.exists() {
        return None;
    }
    let (raw, source) = read_toml::<RawCatalogue>(&path, errors)?;
    let before = errors.0.len();
    let mut out = FileErrors { file: path, errors };
    let updated = match CalendarDate::parse(raw.sist_oppdatert.get_ref(), false) {
        Ok(d) => d,
        Err(e) => {
            out.at(
                line_at(&source, raw.sist_oppdatert.span().start),
                format!("sist_oppdatert: {e}"),
            );
            return None;
        }
    };
    let anchors = with_code_anchors(known, raw.feil.iter().map(|c| c.kode.get_ref().clone()));
    let known = Known {
        questions: known.questions,
        anchors: known.anchors.map(|_| &anchors),
        flows: known.flows,
        codes: known.codes,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut questions = Vec::new();
    let mut texts = Vec::new();
    let mut entries = Vec::new();
    for mut code in raw.feil {
        let line = line_at(&source, code.kode.span().start);
        let id = code.kode.get_ref().clone();
        if !check_code(&id, line, &mut seen, &known, &mut out) {
            continue;
        }
        let structure = code.structure();
        check_structure(&code, &structure, line, &known, guide, &mut out);
        questions.push(bokmal_question(
            &code, &structure, updated, faq, guide, &known, line, &mut out,
        ));
        let test_part = code.testtjenesten.take();
        texts.extend(test_text(
            &id,
            Lang::Nb,
            test_part,
            line,
            &source,
            &known,
            &mut out,
        ));
        entries.push(structure);
    }
    (out.errors.0.len() == before).then(|| Catalogue {
        section: Section {
            id: ui::CODES_SECTION_ID.to_string(),
            title: ui::CODES_SECTION_TITLE.to_string(),
            shows_timeline: false,
        },
        questions,
        texts,
        entries,
    })
}

/// A bokmål entry as the page shows it.
#[allow(clippy::too_many_arguments)]
fn bokmal_question(
    code: &RawCode,
    structure: &Structure,
    updated: CalendarDate,
    faq: &Faq,
    guide: &Guide,
    known: &Known,
    line: usize,
    out: &mut FileErrors,
) -> Question {
    let written = Written {
        lang: Lang::Nb,
        faq_title: &|id| {
            faq.questions
                .iter()
                .find(|q| q.id == id)
                .map(|q| q.title.clone())
        },
        guide,
        known,
    };
    let (title, rendered) = written.entry(structure, &code.words(), line, out);
    Question {
        id: anchor(&structure.code),
        section: ui::CODES_SECTION_ID.to_string(),
        title,
        audiences: vec![Audience::Municipality, Audience::Vendor],
        updated,
        keywords: vec![structure.kilde.clone(), ui::CODE_KEYWORD.to_string()],
        answer_text: rendered.text,
        answer_html: rendered.html,
        sources: None,
    }
}

/// What the connection test says of `code`, checked: a code the test can meet (MP-, SSG-, DAS-) must
/// say it, and no other code may, so the test's result and the page explain the same codes from one
/// file. Each text is a sentence, and holds only known placeholders.
fn test_text(
    id: &str,
    lang: Lang,
    raw: Option<RawTestText>,
    line: usize,
    source: &str,
    known: &Known,
    out: &mut FileErrors,
) -> Option<CodeText> {
    let what = format!("code `{id}`");
    let met = connection_codes::met_by_the_connection_test(id);
    let Some(raw) = raw else {
        if met {
            out.at(line, format!("{what}: the connection test can meet it, so say what its result says: add `[feil.testtjenesten]` with `forklaring` and `rad` (see the top of the file)"));
        }
        return None;
    };
    if !met {
        out.at(line, format!("{what}: only MP-, SSG- and DAS-codes reach the connection test's result, so its `[feil.testtjenesten]` would never be shown; write the code as the service sends it, or take the part out"));
        return None;
    }
    let before = out.errors.0.len();
    let fields = [
        ("forklaring", Some(&raw.forklaring)),
        ("rad", Some(&raw.rad)),
        ("i_testmiljo", raw.i_testmiljo.as_ref()),
    ];
    for (name, text) in fields {
        let Some(text) = text else { continue };
        check_test_sentence(&what, name, text, source, out);
    }
    if let Some(faq) = &raw.faq {
        let at = line_at(source, faq.span().start);
        check_faq_ids(&[faq.get_ref().clone()], &what, at, known, out);
    }
    (out.errors.0.len() == before).then(|| CodeText {
        code: id.to_string(),
        lang,
        explanation: raw.forklaring.get_ref().trim().to_string(),
        advice: raw.rad.get_ref().trim().to_string(),
        in_test: raw
            .i_testmiljo
            .as_ref()
            .map(|t| t.get_ref().trim().to_string()),
        faq: raw.faq.map(Spanned::into_inner),
    })
}

/// A text of `[feil.testtjenesten]`: a sentence, with only known placeholders.
pub(crate) fn check_test_sentence(
    what: &str,
    name: &str,
    text: &Spanned<String>,
    source: &str,
    out: &mut FileErrors,
) {
    let at = line_at(source, text.span().start);
    let value = text.get_ref().trim();
    if !value.ends_with('.') || !value.chars().next().is_some_and(char::is_uppercase) {
        out.at(at, format!("{what}: `testtjenesten.{name}` is not a sentence: begin it with a capital letter and end it with a full stop"));
    }
    if let Err(e) = connection_codes::placeholders_in(value) {
        out.at(at, format!("{what}: `testtjenesten.{name}`: {e}"));
    }
}

/// Whether `id` can be an entry's code: written as a code, given once, and no question's id.
fn check_code(
    id: &str,
    line: usize,
    seen: &mut HashMap<String, usize>,
    known: &Known,
    out: &mut FileErrors,
) -> bool {
    if !is_code(id) {
        out.at(line, format!("code `{id}`: write it as the message does, with letters, digits, `-` and `_` only (MP-251, invalid_grant, HTTP-401)"));
        return false;
    }
    if let Some(first) = seen.insert(id.to_string(), line) {
        out.at(
            line,
            format!("code `{id}` is given twice (first on line {first})"),
        );
    }
    if known.questions.is_some_and(|q| q.contains(&anchor(id))) {
        out.at(
            line,
            format!(
                "code `{id}`: a question already has the id `{}`",
                anchor(id)
            ),
        );
    }
    true
}

/// The anchor of a code's entry: `feil-MP-251`.
pub fn anchor(code: &str) -> String {
    links::code_anchor(code)
}

/// What only the bokmål entry has: its source, its FAQ ids and its check.
fn check_structure(
    code: &RawCode,
    structure: &Structure,
    line: usize,
    known: &Known,
    guide: &Guide,
    out: &mut FileErrors,
) {
    let what = format!("code `{}`", structure.code);
    if structure.kilde.is_empty() {
        out.at(line, format!("{what}: `kilde` is empty"));
    }
    check_words(&what, &code.words(), line, out);
    check_faq_ids(&structure.faq, &what, line, known, out);
    if let Some(check) = &structure.check {
        if find_check(check, guide).is_none() {
            out.at(
                line,
                format!("{what}: `sjekk = \"{check}\"`: no flow in guide/ has that check"),
            );
        }
    }
}

pub(crate) fn check_words(what: &str, words: &Words, line: usize, out: &mut FileErrors) {
    let fields = [
        ("tittel", words.title),
        ("betyr", words.means),
        ("arsak", words.cause),
        ("gjor", words.action),
        ("hvem", words.who),
    ];
    for (name, value) in fields {
        if value.trim().is_empty() {
            out.at(line, format!("{what}: `{name}` is empty"));
        }
    }
}

/// How an entry is written in one language: the page's words for it, and the FAQ titles it links to.
pub(crate) struct Written<'a> {
    pub(crate) lang: Lang,
    pub(crate) faq_title: &'a dyn Fn(&str) -> Option<String>,
    pub(crate) guide: &'a Guide,
    pub(crate) known: &'a Known<'a>,
}

impl Written<'_> {
    /// One entry's title and answer: its words in the catalogue's fixed order, then where to read
    /// more, the check in the guide and the buttons.
    pub(crate) fn entry(
        &self,
        entry: &Structure,
        words: &Words,
        line: usize,
        out: &mut FileErrors,
    ) -> (String, crate::markdown::Rendered) {
        let t = texts::page(self.lang);
        let id = &entry.code;
        let what = format!("code `{id}`");
        let mut markdown = format!(
            "**{}** {}\n\n**{}** {}\n\n**{}** {}\n\n**{}** {}\n",
            t.code_means,
            words.means.trim(),
            t.code_cause,
            words.cause.trim(),
            t.code_action,
            words.action.trim(),
            t.code_who,
            words.who.trim()
        );
        let titles: Vec<String> = entry
            .faq
            .iter()
            .filter_map(|f| Some(format!("[{}](#{f})", (self.faq_title)(f)?)))
            .collect();
        if !titles.is_empty() {
            markdown.push_str(&format!("\n{} {}\n", t.code_read_more, titles.join(", ")));
        }
        let check = entry
            .check
            .as_deref()
            .and_then(|c| find_check(c, self.guide));
        // The flows are in bokmål: on a translated page, their words are marked so.
        let mut in_bokmal = Vec::new();
        if let Some((flow, check)) = check {
            in_bokmal = vec![
                format!("«{}»", check.text.trim_end_matches('?')),
                format!("«{}»", flow.title),
            ];
            markdown.push_str(&format!(
                "\n{} [{} {} {}]({}{})\n",
                t.code_check,
                in_bokmal[0],
                t.code_check_in,
                in_bokmal[1],
                links::FLOW_QUERY,
                flow.id
            ));
        }
        let mut rendered =
            render_checked(&markdown, &what, line, self.known, self.known.flows, out);
        if self.lang != Lang::Nb {
            for named in in_bokmal {
                let escaped = escape(&named);
                rendered.html = rendered.html.replacen(
                    &escaped,
                    &format!(r#"<span lang="nb">{escaped}</span>"#),
                    1,
                );
            }
        }
        rendered
            .html
            .push_str(&actions(id, check.map(|(f, _)| f), self.guide, t));
        (format!("{id}: {}", words.title.trim()), rendered)
    }
}

/// The flow that has `check`, and the check.
fn find_check<'a>(check: &str, guide: &'a Guide) -> Option<(&'a Flow, &'a Check)> {
    guide.flows.iter().find_map(|flow| {
        flow.steps.iter().find_map(|step| match &step.kind {
            StepKind::Check { check: c, .. } if c.id == check => Some((flow, c)),
            _ => None,
        })
    })
}

/// The way forward under an entry, as buttons: «Gå til sjekken i veiviseren» (the check for `code`
/// in the flow that takes error codes, or else the start of the flow that has the entry's check) and
/// «Test tilkoblingen» (the flow's screen for the live test, or else the connection flow). A search
/// that names the code shows the entry first and open, so these are what the person sees next.
fn actions(code: &str, check_flow: Option<&Flow>, guide: &Guide, t: &Page) -> String {
    let mut html = String::from(r#"<p class="code-actions">"#);
    let to_check = guide.flows.iter().find_map(|flow| {
        let (input, state) = straight_to(flow, |kind| match kind {
            StepKind::Input {
                format: InputFormat::ErrorCode { routes },
                ..
            } => routes.iter().any(|r| r.code == code),
            _ => false,
        })?;
        Some((flow, state.answered(&input, code).query(flow)))
    });
    let check = to_check.or_else(|| check_flow.map(|f| (f, links::flow_start_href(&f.id))));
    if let Some((flow, address)) = check {
        html.push_str(&button(
            "button",
            flow,
            &address,
            "code-check",
            t.code_go_to_check,
        ));
    }
    let live_test = guide.flows.iter().find_map(|flow| {
        let (_, state) = straight_to(flow, |kind| {
            matches!(
                kind,
                StepKind::Input {
                    format: InputFormat::TestSetup,
                    ..
                }
            )
        })?;
        Some((flow, state.query(flow)))
    });
    if let Some((flow, address)) = live_test {
        html.push_str(&button(
            "button button--secondary",
            flow,
            &address,
            "code-test",
            t.code_test_connection,
        ));
    }
    html.push_str("</p>");
    html
}

/// A button to `address` in `flow`: without JavaScript it leads to the flow's own page (the flow as
/// text), and the FAQ app points it at `address` in the guide (`data-svar`, see
/// `faq/src/site.rs`).
fn button(class: &str, flow: &Flow, address: &str, testid: &str, text: &str) -> String {
    format!(
        r#"<a class="{class}" href="{}" data-flyt="{}" data-svar="{}" data-testid="{testid}">{text}</a> "#,
        escape(&links::flow_page_href(&flow.id)),
        escape(&flow.id),
        escape(address),
    )
}

/// The step of `flow` that its first question leads straight to and that `is` picks, with the
/// state that has that answer: the connection flow's «Jeg har en feilmelding» and «Jeg vil teste
/// tilkoblingen nå».
fn straight_to(flow: &Flow, is: impl Fn(&StepKind) -> bool) -> Option<(String, GuideState)> {
    let StepKind::Question { choices, .. } = &flow.step(&flow.start)?.kind else {
        return None;
    };
    choices.iter().find_map(|choice| {
        let next = flow.step(&choice.next).filter(|step| is(&step.kind))?;
        let state = GuideState::new(&flow.id).answered(&flow.start, &choice.value);
        Some((next.id.clone(), state))
    })
}
