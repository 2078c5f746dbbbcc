//! The guide engine: given a flow and the answers so far (as the URL holds them), where the person is,
//! what they answered on the way, and where an answer leads. Plain data in, plain data out.

use super::flow::{CodeRoute, Flow, InputFormat, Next, Step, StepKind};
use super::scope;
use super::setup::TestSetup;
use super::texts::core_texts;
use super::token;
use crate::lang::Lang;
use crate::orgnr::OrgNumber;
use crate::search::code_key;
use crate::texts::fill;
use crate::url::{query_param, query_string};
use std::collections::BTreeMap;

/// Query keys the guide itself uses; no step may take them as its id.
pub const FLOW_KEY: &str = "flyt";
pub const EDIT_KEY: &str = "endre";
/// A view of the walk other than its current step: `vis=kommunen`, the page a vendor sends the
/// municipality (see [`super::handover`]).
pub const VIEW_KEY: &str = "vis";
pub const HANDOVER_VIEW: &str = "kommunen";
pub const RESERVED_KEYS: &[&str] = &[FLOW_KEY, EDIT_KEY, VIEW_KEY, "q", "for"];

/// The answer kept for a skipped optional input.
pub const SKIPPED: &str = "-";

/// The answers a check step takes: in order; not (the fix is shown); put right since; left as it is.
pub const CHECK_YES: &str = "ja";
pub const CHECK_NO: &str = "nei";
pub const CHECK_FIXED: &str = "rettet";
pub const CHECK_LEFT: &str = "videre";

/// Answers by step id, as the URL holds them.
pub type Answers = BTreeMap<String, String>;

/// Where a person is in the guide, as read from the URL: `?flyt=…&rolle=kommune&endre=rolle`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuideState {
    pub flow: String,
    pub answers: Answers,
    /// The step the person asked to change (`endre`), shown even though it has an answer.
    pub editing: Option<String>,
    /// Another view of the walk (`vis`), such as [`HANDOVER_VIEW`].
    pub view: Option<String>,
}

/// The flow a query string names, when [`GuideState::from_query`] would read it: the FAQ page asks
/// only this, and carries none of the rest.
pub fn flow_of_query(query: &str) -> Option<String> {
    if query.len() > MAX_QUERY_LEN {
        return None;
    }
    query_param(query, FLOW_KEY).filter(|f| !f.is_empty())
}

impl GuideState {
    pub fn new(flow: &str) -> GuideState {
        GuideState {
            flow: flow.to_string(),
            ..GuideState::default()
        }
    }

    /// Reads the state from a query string; `None` when it names no flow, or is far longer than
    /// any address the guide writes ([`MAX_QUERY_LEN`]).
    pub fn from_query(query: &str) -> Option<GuideState> {
        let flow = flow_of_query(query)?;
        let mut answers = Answers::new();
        for pair in query.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let k = crate::url::decode_query_value(k);
            if !RESERVED_KEYS.contains(&k.as_str()) && !k.is_empty() && !v.is_empty() {
                answers.insert(k, crate::url::decode_query_value(v));
            }
        }
        let editing = query_param(query, EDIT_KEY).filter(|e| !e.is_empty());
        let view = query_param(query, VIEW_KEY).filter(|v| !v.is_empty());
        Some(GuideState {
            flow,
            answers,
            editing,
            view,
        })
    }

    /// The state after answering `step` with `value`: later answers stay, and apply where the path
    /// still passes their steps.
    pub fn answered(&self, step: &str, value: &str) -> GuideState {
        let mut answers = self.answers.clone();
        answers.insert(step.to_string(), value.to_string());
        GuideState {
            flow: self.flow.clone(),
            answers,
            editing: None,
            view: None,
        }
    }

    /// The state for changing `step`'s answer, keeping every other answer.
    pub fn editing(&self, step: &str) -> GuideState {
        GuideState {
            editing: Some(step.to_string()),
            view: None,
            ..self.clone()
        }
    }

    /// The same answers, seen as `view` (such as [`HANDOVER_VIEW`]).
    pub fn viewed_as(&self, view: &str) -> GuideState {
        GuideState {
            editing: None,
            view: Some(view.to_string()),
            ..self.clone()
        }
    }

    /// The query string for this state in `flow`: the answers on the path in path order (answers the
    /// path no longer passes are dropped), the one being changed, and `endre`.
    pub fn query(&self, flow: &Flow) -> String {
        let walk = walk(flow, self);
        let mut pairs: Vec<(&str, &str)> = vec![(FLOW_KEY, flow.id.as_str())];
        for a in &walk.answered {
            pairs.push((&a.step.id, &a.value));
        }
        if let Some(v) = &walk.pending {
            pairs.push((&walk.current.id, v));
        }
        // Editing keeps the answers after the step being changed, so they can apply again.
        if self.editing.is_some() {
            for step in &flow.steps {
                if let Some(v) = self.answers.get(&step.id) {
                    if !pairs.iter().any(|(k, _)| *k == step.id) {
                        pairs.push((&step.id, v));
                    }
                }
            }
        }
        if let Some(e) = &self.editing {
            pairs.push((EDIT_KEY, e));
        }
        if let Some(v) = &self.view {
            pairs.push((VIEW_KEY, v));
        }
        query_string(&pairs)
    }
}

/// The longest query string read as a guide's state: the longest the guide writes is a few hundred
/// bytes.
pub const MAX_QUERY_LEN: usize = 8 * 1024;

/// A step on the path with the answer given to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answered<'f> {
    pub step: &'f Step,
    pub value: String,
}

/// The path from the start to where the person is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk<'f> {
    pub answered: Vec<Answered<'f>>,
    /// The step shown now: a question to answer, or an outcome.
    pub current: &'f Step,
    /// The answer the current step already has (when it is being changed, or a check answered «nei»).
    pub pending: Option<String>,
}

impl Walk<'_> {
    pub fn is_finished(&self) -> bool {
        matches!(self.current.kind, StepKind::Outcome { .. })
    }

    /// The answer given to `step` on this path.
    pub fn answer(&self, step: &str) -> Option<&str> {
        self.answered
            .iter()
            .find(|a| a.step.id == step)
            .map(|a| a.value.as_str())
    }

    /// The organisation number given at `step` on this path.
    pub fn org_number(&self, step: &str) -> Option<OrgNumber> {
        self.answer(step).and_then(|v| OrgNumber::parse(v).ok())
    }

    /// The environment chosen at `step` on this path.
    pub fn environment(&self, step: &str) -> Option<token::Environment> {
        self.answer(step).and_then(token::Environment::from_answer)
    }

    /// The answers of the test-setup screen at `step` on this path.
    pub fn test_setup(&self, step: &str) -> Option<TestSetup> {
        self.answered
            .iter()
            .find(|a| a.step.id == step)
            .filter(|a| {
                matches!(
                    a.step.kind,
                    StepKind::Input {
                        format: InputFormat::TestSetup,
                        ..
                    }
                )
            })
            .and_then(|a| TestSetup::from_answer(&a.value))
    }

    /// The step before the current one, for «Tilbake».
    pub fn previous(&self) -> Option<&Step> {
        self.answered.last().map(|a| a.step)
    }
}

/// Whether `value` is an answer `step` takes (a URL may hold anything).
pub fn accepts(step: &Step, value: &str) -> bool {
    match &step.kind {
        StepKind::Question { choices, .. } => choices.iter().any(|c| c.value == value),
        StepKind::Check { .. } => [CHECK_YES, CHECK_NO, CHECK_FIXED, CHECK_LEFT].contains(&value),
        StepKind::Input {
            format, optional, ..
        } => {
            if value == SKIPPED {
                return *optional;
            }
            match format {
                InputFormat::OrgNumber => value.len() == 9 && OrgNumber::parse(value).is_ok(),
                InputFormat::Scope => scope::compare(value).is_right(),
                InputFormat::Token { .. } => token::parse_answer_value(value).is_some(),
                InputFormat::ErrorCode { .. } => format.route(value).is_some(),
                InputFormat::TestSetup => TestSetup::from_answer(value).is_some(),
            }
        }
        StepKind::Outcome { .. } => false,
    }
}

/// The step a rule list leads to, given the answers so far on the path.
fn follow<'f>(flow: &'f Flow, next: &Next, answered: &[Answered<'f>]) -> Option<&'f Step> {
    let rule = next.0.iter().find(|r| match &r.when {
        None => true,
        Some((step, value)) => answered
            .iter()
            .any(|a| a.step.id == *step && a.value == *value),
    })?;
    flow.step(&rule.to)
}

/// Where `value` at `step` leads.
fn next_step<'f>(
    flow: &'f Flow,
    step: &'f Step,
    value: &str,
    answered: &[Answered<'f>],
) -> Option<&'f Step> {
    match &step.kind {
        StepKind::Question { choices, .. } => choices
            .iter()
            .find(|c| c.value == value)
            .and_then(|c| flow.step(&c.next)),
        StepKind::Input {
            format: format @ InputFormat::ErrorCode { .. },
            ..
        } => format.route(value).and_then(|r| flow.step(&r.step)),
        StepKind::Check { next, .. } => {
            // A check an error code led to goes on where the code's input says.
            let after_code = match answered.iter().rev().nth(1).map(|a| &a.step.kind) {
                Some(StepKind::Input {
                    format: InputFormat::ErrorCode { .. },
                    next,
                    ..
                }) => next,
                _ => next,
            };
            follow(flow, after_code, answered)
        }
        StepKind::Input { next, .. } => follow(flow, next, answered),
        StepKind::Outcome { .. } => None,
    }
}

/// Follows the answers from the start until a step has no (usable) answer, is being changed, is a
/// check answered «nei», comes round again, or is an outcome.
pub fn walk<'f>(flow: &'f Flow, state: &GuideState) -> Walk<'f> {
    let mut answered: Vec<Answered<'f>> = Vec::new();
    let mut current = flow.start_step();
    loop {
        let value = state
            .answers
            .get(&current.id)
            .filter(|v| accepts(current, v));
        let stop = matches!(current.kind, StepKind::Outcome { .. })
            || state.editing.as_deref() == Some(current.id.as_str())
            || answered.iter().any(|a| a.step.id == current.id)
            || value.is_none()
            || (matches!(current.kind, StepKind::Check { .. })
                && value.map(String::as_str) == Some(CHECK_NO));
        if stop {
            return Walk {
                answered,
                current,
                pending: value.cloned(),
            };
        }
        let value = value.expect("checked above").clone();
        answered.push(Answered {
            step: current,
            value: value.clone(),
        });
        match next_step(flow, current, &value, &answered) {
            Some(next) => current = next,
            // The build rules this out; stay on the step rather than invent a way on.
            None => {
                let last = answered.pop().expect("just pushed");
                return Walk {
                    answered,
                    current: last.step,
                    pending: Some(last.value),
                };
            }
        }
    }
}

/// One way through a flow: the options picked at each question, and the outcome it ends in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowPath {
    /// `(question step, option value)` in order, and `(error-code input, code)`: the answers that
    /// choose the way.
    pub choices: Vec<(String, String)>,
    /// The outcome step's id, or `None` when the path ends without one (which the build rejects).
    pub outcome: Option<String>,
    /// The step the path came back to, when these answers lead round in a loop (which the build
    /// rejects): the person would never reach an outcome.
    pub loops_at: Option<String>,
}

/// The values that stand in for whatever the person types: one every input accepts, as only
/// questions choose the way (rules may only depend on questions) — except an error code, where each
/// code the input knows leads to its own check.
fn any_values(format: &InputFormat) -> Vec<&str> {
    match format {
        InputFormat::OrgNumber => vec!["974760673"],
        InputFormat::Scope => vec![scope::SCOPE],
        InputFormat::Token { .. } => vec!["ok"],
        InputFormat::ErrorCode { routes } => {
            // One code per check: the codes that share a check share the way on.
            let mut values: Vec<&str> = Vec::new();
            for r in routes {
                if !routes
                    .iter()
                    .take_while(|o| o.code != r.code)
                    .any(|o| o.step == r.step)
                {
                    values.push(&r.code);
                }
            }
            values
        }
        InputFormat::TestSetup => vec!["974760673.971032146.test.vet-ikke"],
    }
}

/// Every way through `flow`, taking each option of each question once; a path that would come back to
/// a step it has passed stops there (as [`walk`] does) and says so in [`FlowPath::loops_at`].
pub fn paths(flow: &Flow) -> Vec<FlowPath> {
    fn go<'f>(
        flow: &'f Flow,
        step: Option<&'f Step>,
        answered: &mut Vec<Answered<'f>>,
        out: &mut Vec<FlowPath>,
    ) {
        let choices = |answered: &[Answered<'f>]| {
            answered
                .iter()
                .filter(|a| match &a.step.kind {
                    StepKind::Question { .. } => true,
                    StepKind::Input { format, .. } => {
                        matches!(format, InputFormat::ErrorCode { .. })
                    }
                    _ => false,
                })
                .map(|a| (a.step.id.clone(), a.value.clone()))
                .collect()
        };
        let Some(step) = step else {
            out.push(FlowPath {
                choices: choices(answered),
                outcome: None,
                loops_at: None,
            });
            return;
        };
        if answered.iter().any(|a| a.step.id == step.id) {
            out.push(FlowPath {
                choices: choices(answered),
                outcome: None,
                loops_at: Some(step.id.clone()),
            });
            return;
        }
        let values: Vec<&str> = match &step.kind {
            StepKind::Outcome { .. } => {
                out.push(FlowPath {
                    choices: choices(answered),
                    outcome: Some(step.id.clone()),
                    loops_at: None,
                });
                return;
            }
            StepKind::Question { choices, .. } => {
                choices.iter().map(|c| c.value.as_str()).collect()
            }
            StepKind::Check { .. } => vec![CHECK_YES],
            StepKind::Input { format, .. } => any_values(format),
        };
        for value in values {
            answered.push(Answered {
                step,
                value: value.to_string(),
            });
            let next = next_step(flow, step, value, answered);
            go(flow, next, answered, out);
            answered.pop();
        }
    }
    let mut out = Vec::new();
    go(flow, flow.step(&flow.start), &mut Vec::new(), &mut out);
    out
}

/// Validates what a person typed into an input step, returning the answer to keep, or why not in
/// words in `lang`.
pub fn input_value(format: &InputFormat, typed: &str, lang: Lang) -> Result<String, String> {
    let t = &core_texts(lang).codes;
    match format {
        InputFormat::OrgNumber => OrgNumber::parse(typed)
            .map(|n| n.digits())
            .map_err(|e| e.message(lang)),
        InputFormat::Scope => {
            let m = scope::compare(typed);
            match m.message(lang) {
                // Kept as the scope list it is: the scopes, one space between them.
                None => Ok(typed.split_whitespace().collect::<Vec<_>>().join(" ")),
                Some(message) => Err(message),
            }
        }
        // The token itself is never kept: its check's verdict is.
        InputFormat::Token { .. } => Err(t.token_not_kept.into()),
        InputFormat::ErrorCode { routes } => {
            read_error_code(routes, &[], typed).map_err(|p| p.message(lang))
        }
        InputFormat::TestSetup => Err(t.setup_has_fields.into()),
    }
}

/// Why a typed error code does not lead to a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    Empty,
    /// The catalogue explains the code (as it writes it), but no check in the flow covers it.
    NoCheck(String),
    /// Not a code the catalogue knows; what was typed, when it is short enough to repeat.
    Unknown(Option<String>),
}

impl CodeProblem {
    /// What the person reads, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &core_texts(lang).codes;
        match self {
            CodeProblem::Empty => t.empty.into(),
            CodeProblem::NoCheck(code) => fill(t.no_check, &[("code", code)]),
            CodeProblem::Unknown(typed) => {
                let typed = typed
                    .as_deref()
                    .map(|typed| fill(t.unknown_typed, &[("typed", typed)]))
                    .unwrap_or_default();
                fill(t.unknown, &[("typed", &typed)])
            }
        }
    }
}

/// The error code in what a person typed or pasted, in any spelling (`mp251`, `MP 251`, a whole
/// `error_uri`): the code of its route as the catalogue writes it, or why there is none. `catalogue`
/// is every code the catalogue explains, checked or not.
pub fn read_error_code(
    routes: &[CodeRoute],
    catalogue: &[String],
    typed: &str,
) -> Result<String, CodeProblem> {
    if typed.trim().is_empty() {
        return Err(CodeProblem::Empty);
    }
    let words: Vec<String> = typed
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(code_key)
        .filter(|w| !w.is_empty())
        .collect();
    let mut keys = vec![code_key(typed)];
    keys.extend(words.iter().cloned());
    keys.extend(words.windows(2).map(|p| format!("{}{}", p[0], p[1])));
    let find = |codes: &mut dyn Iterator<Item = &str>| -> Option<String> {
        let codes: Vec<&str> = codes.collect();
        keys.iter().find_map(|k| {
            codes
                .iter()
                .find(|c| code_key(c) == *k)
                .map(|c| c.to_string())
        })
    };
    if let Some(code) = find(&mut routes.iter().map(|r| r.code.as_str())) {
        return Ok(code);
    }
    if let Some(code) = find(&mut catalogue.iter().map(String::as_str)) {
        return Err(CodeProblem::NoCheck(code));
    }
    let digits = typed.chars().filter(char::is_ascii_digit).count();
    let repeat = typed.trim();
    Err(CodeProblem::Unknown(
        (repeat.chars().count() <= 40 && digits < 11).then(|| repeat.to_string()),
    ))
}

/// Where a person is on the way through a flow: the screen's place on the path so far, and an
/// estimate of the whole path's length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1 on the first screen.
    pub step: usize,
    /// The steps so far plus the most that may still come before an outcome, given the answers on
    /// the path: an estimate that is never too short, since later answers choose the way.
    pub of_about: usize,
}

/// The progress line for `walk`, or `None` on an outcome (the path has ended).
pub fn progress(flow: &Flow, walk: &Walk) -> Option<Progress> {
    if walk.is_finished() {
        return None;
    }
    /// The most screens from `step` (itself included) to an outcome, following every answer.
    fn longest<'f>(
        flow: &'f Flow,
        step: &'f Step,
        answered: &mut Vec<Answered<'f>>,
        depth: usize,
    ) -> usize {
        if matches!(step.kind, StepKind::Outcome { .. })
            || answered.iter().any(|a| a.step.id == step.id)
            || depth > flow.steps.len()
        {
            return 0;
        }
        let values: Vec<String> = match &step.kind {
            StepKind::Question { choices, .. } => choices.iter().map(|c| c.value.clone()).collect(),
            StepKind::Check { .. } => vec![CHECK_YES.to_string()],
            StepKind::Input { format, .. } => {
                any_values(format).into_iter().map(str::to_string).collect()
            }
            StepKind::Outcome { .. } => Vec::new(),
        };
        let mut most = 0;
        for value in values {
            answered.push(Answered {
                step,
                value: value.clone(),
            });
            if let Some(next) = next_step(flow, step, &value, answered) {
                most = most.max(longest(flow, next, answered, depth + 1));
            }
            answered.pop();
        }
        1 + most
    }
    let mut answered = walk.answered.clone();
    let ahead = longest(flow, walk.current, &mut answered, 0);
    let step = walk.answered.len() + 1;
    Some(Progress {
        step,
        of_about: walk.answered.len() + ahead.max(1),
    })
}

/// What the token step should compare a token with, from the answers on the path; the check
/// says what it finds in `lang`.
pub fn token_expectations(walk: &Walk, now: i64, lang: crate::lang::Lang) -> token::Expected {
    let StepKind::Input {
        format:
            InputFormat::Token {
                municipality,
                vendor,
                environment,
            },
        ..
    } = &walk.current.kind
    else {
        return token::Expected {
            parties: super::Parties::default(),
            issuer: None,
            now,
            lang,
        };
    };
    token::Expected {
        parties: super::Parties::from_walk(
            walk,
            municipality.as_deref(),
            vendor.as_deref(),
            environment.as_deref(),
        ),
        issuer: None,
        now,
        lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::flow::{Check, Choice, CodeRoute, Rule, Tone};

    fn question(id: &str, options: &[(&str, &str)]) -> Step {
        Step {
            id: id.into(),
            kind: StepKind::Question {
                text: format!("{id}?"),
                help_html: None,
                choices: options
                    .iter()
                    .map(|(value, next)| Choice {
                        value: (*value).into(),
                        label: value.to_uppercase(),
                        hint: None,
                        next: (*next).into(),
                    })
                    .collect(),
            },
        }
    }

    fn check(id: &str, next: Next) -> Step {
        Step {
            id: id.into(),
            kind: StepKind::Check {
                check: Check {
                    id: id.into(),
                    group: "Gruppe".into(),
                    text: format!("Er {id} i orden?"),
                    help_html: None,
                    fix_html: "<p>Rett det.</p>".into(),
                    who_html: "<p>Noen.</p>".into(),
                    faq: vec![],
                },
                next,
            },
        }
    }

    fn outcome(id: &str) -> Step {
        Step {
            id: id.into(),
            kind: StepKind::Outcome {
                title: id.to_uppercase(),
                tone: Tone::Info,
                body_html: String::new(),
                faq: vec![],
                connection_test: None,
                sources: None,
            },
        }
    }

    /// rolle → (kommune) vei → orgnr → [vei=direkte: slutt-direkte | sjekk → slutt]; (leverandor) → orgnr.
    fn flow() -> Flow {
        Flow {
            id: "prove".into(),
            title: "Prøve".into(),
            description: String::new(),
            note_html: None,
            start: "rolle".into(),
            steps: vec![
                question("rolle", &[("kommune", "vei"), ("leverandor", "orgnr")]),
                question("vei", &[("direkte", "orgnr"), ("leverandor", "orgnr")]),
                Step {
                    id: "orgnr".into(),
                    kind: StepKind::Input {
                        text: "Orgnr?".into(),
                        help_html: None,
                        label: "Orgnr".into(),
                        format: InputFormat::OrgNumber,
                        optional: true,
                        next: Next(vec![
                            Rule {
                                when: Some(("vei".into(), "direkte".into())),
                                to: "slutt-direkte".into(),
                            },
                            Rule {
                                when: None,
                                to: "sjekk".into(),
                            },
                        ]),
                    },
                },
                check("sjekk", Next::to("slutt")),
                outcome("slutt"),
                outcome("slutt-direkte"),
            ],
        }
    }

    fn at(state: &str) -> (Flow, GuideState) {
        (flow(), GuideState::from_query(state).unwrap())
    }

    fn path_ids(w: &Walk) -> Vec<String> {
        w.answered
            .iter()
            .map(|a| format!("{}={}", a.step.id, a.value))
            .collect()
    }

    #[test]
    fn follows_answers_until_one_is_missing() {
        let (f, s) = at("?flyt=prove&rolle=kommune&vei=leverandor");
        let w = walk(&f, &s);
        assert_eq!(path_ids(&w), ["rolle=kommune", "vei=leverandor"]);
        assert_eq!(w.current.id, "orgnr");
        assert_eq!(w.previous().unwrap().id, "vei");
        assert!(!w.is_finished());
    }

    #[test]
    fn rules_choose_by_earlier_answers() {
        let (f, s) = at("?flyt=prove&rolle=kommune&vei=direkte&orgnr=974760673");
        assert_eq!(walk(&f, &s).current.id, "slutt-direkte");
        let (f, s) = at("?flyt=prove&rolle=leverandor&orgnr=-&sjekk=ja");
        let w = walk(&f, &s);
        assert!(w.is_finished());
        assert_eq!(w.current.id, "slutt");
    }

    #[test]
    fn ignores_answers_a_step_does_not_take() {
        for bad in [
            "rolle=ukjent",
            "rolle=kommune&vei=x",
            "rolle=leverandor&orgnr=974760674",
        ] {
            let (f, s) = at(&format!("?flyt=prove&{bad}"));
            let w = walk(&f, &s);
            assert!(w.pending.is_none(), "{bad}");
            assert!(!w.is_finished(), "{bad}");
        }
    }

    #[test]
    fn a_failed_check_stays_until_put_right_or_left() {
        let (f, s) = at("?flyt=prove&rolle=leverandor&orgnr=974760673&sjekk=nei");
        let w = walk(&f, &s);
        assert_eq!(w.current.id, "sjekk");
        assert_eq!(w.pending.as_deref(), Some(CHECK_NO));
        assert_eq!(
            s.query(&f),
            "?flyt=prove&rolle=leverandor&orgnr=974760673&sjekk=nei"
        );
        let left = s.answered("sjekk", CHECK_LEFT);
        assert!(walk(&f, &left).is_finished());
    }

    #[test]
    fn changing_an_answer_keeps_later_answers_that_still_apply() {
        let (f, s) = at("?flyt=prove&rolle=kommune&vei=leverandor&orgnr=974760673&sjekk=ja");
        assert!(walk(&f, &s).is_finished());
        // «Endre» on vei: shown with its answer, later answers kept in the URL.
        let editing = s.editing("vei");
        let w = walk(&f, &editing);
        assert_eq!(w.current.id, "vei");
        assert_eq!(w.pending.as_deref(), Some("leverandor"));
        assert_eq!(
            editing.query(&f),
            "?flyt=prove&rolle=kommune&vei=leverandor&orgnr=974760673&sjekk=ja&endre=vei"
        );
        // Answering differently: orgnr still applies, the check is off the path and dropped.
        let changed = GuideState::from_query(&editing.query(&f))
            .unwrap()
            .answered("vei", "direkte");
        let w = walk(&f, &changed);
        assert_eq!(w.current.id, "slutt-direkte");
        assert_eq!(
            changed.query(&f),
            "?flyt=prove&rolle=kommune&vei=direkte&orgnr=974760673"
        );
    }

    #[test]
    fn reads_its_own_query_back() {
        let s = GuideState::from_query("?q=x&flyt=prove&rolle=kommune&endre=rolle&for=kommune")
            .unwrap();
        assert_eq!(s.flow, "prove");
        assert_eq!(s.answers.len(), 1);
        assert_eq!(s.editing.as_deref(), Some("rolle"));
        assert_eq!(GuideState::from_query("?q=kostnad"), None);
        assert_eq!(GuideState::from_query("?flyt="), None);
        let huge = format!("?flyt=prove&rolle={}", "x".repeat(MAX_QUERY_LEN));
        assert_eq!(GuideState::from_query(&huge), None);
    }

    #[test]
    fn enumerates_every_path_with_its_outcome() {
        let found: Vec<(Vec<String>, Option<String>)> = paths(&flow())
            .into_iter()
            .map(|p| {
                (
                    p.choices.iter().map(|(s, v)| format!("{s}={v}")).collect(),
                    p.outcome,
                )
            })
            .collect();
        let expect = |c: &[&str], o: &str| {
            (
                c.iter().map(|s| s.to_string()).collect(),
                Some(o.to_string()),
            )
        };
        assert_eq!(
            found,
            vec![
                expect(&["rolle=kommune", "vei=direkte"], "slutt-direkte"),
                expect(&["rolle=kommune", "vei=leverandor"], "slutt"),
                expect(&["rolle=leverandor"], "slutt"),
            ]
        );
    }

    /// rolle → (feil) kode → [MP-250: a | MP-251: b] → slutt; (kommune) a → b → slutt.
    fn code_flow() -> Flow {
        let routes = vec![
            CodeRoute {
                code: "MP-251".into(),
                step: "b".into(),
            },
            CodeRoute {
                code: "MP-250".into(),
                step: "a".into(),
            },
            CodeRoute {
                code: "forbidden".into(),
                step: "b".into(),
            },
        ];
        Flow {
            id: "kode".into(),
            title: "Kode".into(),
            description: String::new(),
            note_html: None,
            start: "rolle".into(),
            steps: vec![
                question("rolle", &[("feil", "kode"), ("kommune", "a")]),
                Step {
                    id: "kode".into(),
                    kind: StepKind::Input {
                        text: "Kode?".into(),
                        help_html: None,
                        label: "Feilkode".into(),
                        format: InputFormat::ErrorCode { routes },
                        optional: false,
                        next: Next::to("slutt"),
                    },
                },
                check("a", Next::to("b")),
                check("b", Next::to("slutt")),
                outcome("slutt"),
            ],
        }
    }

    #[test]
    fn an_error_code_leads_to_its_check_and_from_there_on_to_the_inputs_next() {
        let f = code_flow();
        let at = |q: &str| {
            walk(&f, &GuideState::from_query(q).unwrap())
                .current
                .id
                .clone()
        };
        assert_eq!(at("?flyt=kode&rolle=feil&kode=MP-251"), "b");
        assert_eq!(at("?flyt=kode&rolle=feil&kode=MP-250"), "a");
        // From the code's check straight on, not along the check's own `neste` (a → b).
        assert_eq!(at("?flyt=kode&rolle=feil&kode=MP-250&a=ja"), "slutt");
        assert_eq!(at("?flyt=kode&rolle=kommune&a=ja"), "b");
        // The address holds the code as the catalogue writes it; anything else is asked again.
        assert_eq!(at("?flyt=kode&rolle=feil&kode=mp251"), "kode");
        let outcomes: Vec<_> = paths(&f).into_iter().map(|p| p.outcome).collect();
        assert_eq!(
            outcomes.len(),
            3,
            "one path per check the codes lead to, and the other way"
        );
    }

    #[test]
    fn an_error_code_is_read_in_any_spelling() {
        let InputFormat::ErrorCode { routes } = (match &code_flow().steps[1].kind {
            StepKind::Input { format, .. } => format.clone(),
            _ => unreachable!(),
        }) else {
            unreachable!()
        };
        let catalogue = vec!["MP-251".to_string(), "SSG-007".to_string()];
        for typed in [
            "MP-251",
            "mp251",
            "MP 251",
            " mp-251 ",
            "\"error_uri\": \"https://test.maskinporten.no/errors/MP-251\"",
        ] {
            assert_eq!(
                read_error_code(&routes, &catalogue, typed),
                Ok("MP-251".into()),
                "{typed}"
            );
        }
        assert_eq!(
            read_error_code(&routes, &catalogue, "Forbidden"),
            Ok("forbidden".into())
        );
        assert_eq!(
            read_error_code(&routes, &catalogue, " "),
            Err(CodeProblem::Empty)
        );
        assert_eq!(
            read_error_code(&routes, &catalogue, "ssg007"),
            Err(CodeProblem::NoCheck("SSG-007".into()))
        );
        assert_eq!(
            read_error_code(&routes, &catalogue, "XY-1"),
            Err(CodeProblem::Unknown(Some("XY-1".into())))
        );
        // A person number pasted by mistake is not repeated back.
        assert_eq!(
            read_error_code(&routes, &catalogue, "01017012345"),
            Err(CodeProblem::Unknown(None))
        );
        assert!(CodeProblem::NoCheck("SSG-007".into())
            .message(Lang::Nb)
            .contains("ingen egen sjekk for `SSG-007`"));
    }

    #[test]
    fn progress_counts_the_path_so_far_and_the_longest_way_on() {
        let f = code_flow();
        let progress_at = |q: &str| {
            let s = GuideState::from_query(q).unwrap();
            progress(&f, &walk(&f, &s))
        };
        // rolle, then at most two more screens (a and b, or the code and its check).
        assert_eq!(
            progress_at("?flyt=kode"),
            Some(Progress {
                step: 1,
                of_about: 3
            })
        );
        assert_eq!(
            progress_at("?flyt=kode&rolle=feil"),
            Some(Progress {
                step: 2,
                of_about: 3
            })
        );
        assert_eq!(
            progress_at("?flyt=kode&rolle=kommune&a=ja"),
            Some(Progress {
                step: 3,
                of_about: 3
            })
        );
        assert_eq!(progress_at("?flyt=kode&rolle=kommune&a=ja&b=ja"), None);
        // The estimate follows the answers: in the first test flow, `vei = direkte` skips the check.
        let f = flow();
        let s = GuideState::from_query("?flyt=prove&rolle=kommune&vei=direkte").unwrap();
        assert_eq!(
            progress(&f, &walk(&f, &s)),
            Some(Progress {
                step: 3,
                of_about: 3
            })
        );
        let s = GuideState::from_query("?flyt=prove&rolle=kommune&vei=leverandor").unwrap();
        assert_eq!(
            progress(&f, &walk(&f, &s)),
            Some(Progress {
                step: 3,
                of_about: 4
            })
        );
    }

    #[test]
    fn a_test_setup_answer_names_the_parties_and_is_taken_only_as_written() {
        let f = Flow {
            id: "test".into(),
            title: "Test".into(),
            description: String::new(),
            note_html: None,
            start: "oppsett".into(),
            steps: vec![
                Step {
                    id: "oppsett".into(),
                    kind: StepKind::Input {
                        text: "Hva skal vi teste?".into(),
                        help_html: None,
                        label: "Det som testes".into(),
                        format: InputFormat::TestSetup,
                        optional: false,
                        next: Next::to("slutt"),
                    },
                },
                outcome("slutt"),
            ],
        };
        let at = |q: &str| GuideState::from_query(q).unwrap();
        let state = at("?flyt=test&oppsett=974760673.971032146.produksjon.vet-ikke");
        let w = walk(&f, &state);
        assert!(w.is_finished());
        let parties =
            crate::guide::Parties::from_walk(&w, Some("oppsett"), Some("oppsett"), Some("oppsett"));
        assert_eq!(
            parties.municipality.map(|m| m.digits()).as_deref(),
            Some("974760673")
        );
        assert_eq!(
            parties.vendor.map(|v| v.digits()).as_deref(),
            Some("971032146")
        );
        assert_eq!(parties.via_vendor, Some(true));
        assert_eq!(parties.environment, Some(token::Environment::Production));
        assert_eq!(w.test_setup("oppsett").unwrap().package, None);
        assert!(!walk(&f, &at("?flyt=test&oppsett=974760673")).is_finished());
    }

    #[test]
    fn validates_typed_values() {
        assert_eq!(
            input_value(&InputFormat::OrgNumber, "974 760 673", Lang::Nb).as_deref(),
            Ok("974760673")
        );
        assert!(
            input_value(&InputFormat::OrgNumber, "974 760 674", Lang::Nb)
                .unwrap_err()
                .contains("kontrollsifferet")
        );
        assert!(input_value(
            &InputFormat::Scope,
            "skatteetaten:summertskattegrunlag",
            Lang::Nb
        )
        .unwrap_err()
        .contains("du skrev `skatteetaten:summertskattegrunlag`"));
    }

    #[test]
    fn an_unknown_code_is_named_in_nynorsk_and_english() {
        assert_eq!(
            CodeProblem::Unknown(Some("XY-1".into())).message(Lang::Nn),
            "Vi kjenner ikkje feilkoden «XY-1». Sjekk at han er skriven slik han står i \
             feilmeldinga (til dømes MP-251 eller SSG-005), sjå oversikta over feilkodar, eller \
             gå gjennom sjekkane."
        );
        assert!(CodeProblem::Unknown(None)
            .message(Lang::En)
            .starts_with("We do not recognise the error code. Check"));
        assert!(
            input_value(&InputFormat::OrgNumber, "974 760 674", Lang::En)
                .unwrap_err()
                .contains("the check digit (the last digit) is 4, but it should be 3")
        );
    }
}
