//! A guide flow as data: steps of a small, closed vocabulary (question, input, check, outcome) joined
//! by explicit `next` rules. Flows are written in `content/guide/`, checked at build time and only read
//! here.

use crate::sources::Sources;
use serde::{Deserialize, Serialize};

/// One guided journey, from its first step to one of its outcomes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flow {
    /// Stable slug used in URLs (`?flyt=tilkobling`).
    pub id: String,
    pub title: String,
    /// One or two sentences saying who the flow is for and what it settles.
    pub description: String,
    /// Shown on every outcome (for example that the guide is guidance, not a legal decision); HTML.
    pub note_html: Option<String>,
    /// The id of the first step.
    pub start: String,
    /// The steps in the order the editor wrote them.
    pub steps: Vec<Step>,
}

impl Flow {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn start_step(&self) -> &Step {
        self.step(&self.start)
            .expect("the build checks that `start` names a step")
    }
}

/// One screen of a flow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Unique within the flow; the key of its answer in the URL.
    pub id: String,
    pub kind: StepKind,
}

/// The closed vocabulary of steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// Pick one of several options; each option names where it leads.
    Question {
        text: String,
        help_html: Option<String>,
        choices: Vec<Choice>,
    },
    /// Type a value the site validates as it is typed.
    Input {
        text: String,
        help_html: Option<String>,
        /// What the value is, in the list of answers: «Kommunens organisasjonsnummer».
        label: String,
        format: InputFormat,
        /// Whether the person may skip it.
        optional: bool,
        next: Next,
    },
    /// One item of a checklist: in order, or what to do to put it right.
    Check { check: Check, next: Next },
    /// Where a path ends.
    Outcome {
        title: String,
        tone: Tone,
        body_html: String,
        /// FAQ ids the outcome cites.
        faq: Vec<String>,
        /// The live connection test, on the outcome that ends a connection journey.
        connection_test: Option<ConnectionTest>,
        /// What the outcome rests on (`kilder` and `sist_vurdert`).
        sources: Option<Sources>,
    },
}

/// Where an outcome's connection test finds what to test: the steps whose answers are the
/// municipality's and the vendor's organisation numbers and the environment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionTest {
    pub municipality: String,
    pub vendor: Option<String>,
    pub environment: String,
}

/// One option of a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The answer as kept in the URL (`kommune`).
    pub value: String,
    /// What the person reads and picks.
    pub label: String,
    pub hint: Option<String>,
    /// The step it leads to.
    pub next: String,
}

/// What an input step validates its value as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputFormat {
    /// An organisation number (nine digits, MOD11).
    OrgNumber,
    /// A Maskinporten scope, compared with the right one.
    Scope,
    /// A Maskinporten access token, decoded in the browser and never kept. The fields name the steps
    /// whose answers say what the token should hold.
    Token {
        municipality: Option<String>,
        vendor: Option<String>,
        environment: Option<String>,
    },
    /// An error code from the catalogue (`feilkoder.toml`), in any spelling; the answer is the
    /// code as the catalogue writes it, and leads to the step that checks what the code is about.
    /// From that check the path goes on to the input's `next`.
    ErrorCode { routes: Vec<CodeRoute> },
    /// Everything the live connection test needs on one screen: the organisation numbers, the
    /// environment and the rettighetspakke (see [`super::setup::TestSetup`]).
    TestSetup,
}

/// Where an error code leads: the step in the flow whose check covers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRoute {
    /// As the catalogue writes it: `MP-251`, `invalid_grant`, `HTTP-403`.
    pub code: String,
    /// The id of the check step.
    pub step: String,
}

impl InputFormat {
    /// The route for `code` as the catalogue writes it.
    pub fn route(&self, code: &str) -> Option<&CodeRoute> {
        match self {
            InputFormat::ErrorCode { routes } => routes.iter().find(|r| r.code == code),
            _ => None,
        }
    }
}

/// A checklist item, shared between flows through `content/guide/sjekker.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: String,
    /// The checklist it belongs to («Delegering i Altinn»).
    pub group: String,
    /// The yes/no question: «Har kommunen delegert …?».
    pub text: String,
    pub help_html: Option<String>,
    /// What to do when the answer is no.
    pub fix_html: String,
    /// Who in the municipality or at the vendor can do it (the Altinn roles).
    pub who_html: String,
    /// FAQ ids that explain more.
    pub faq: Vec<String>,
}

/// How an outcome is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tone {
    /// Go ahead.
    Ok,
    /// Possible, within limits.
    Caution,
    /// Not possible as things are.
    Stop,
    /// Facts, neither yes nor no.
    Info,
}

impl Tone {
    pub fn class(self) -> &'static str {
        match self {
            Tone::Ok => "ok",
            Tone::Caution => "caution",
            Tone::Stop => "stop",
            Tone::Info => "info",
        }
    }
}

/// Where a step leads: the first rule whose condition holds; the last rule has none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Next(pub Vec<Rule>);

/// `neste`: go to `to` when the answer to step `when.0` was `when.1` (or always).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub when: Option<(String, String)>,
    pub to: String,
}

impl Next {
    /// Always to `to`.
    pub fn to(to: &str) -> Next {
        Next(vec![Rule {
            when: None,
            to: to.to_string(),
        }])
    }

    /// Every step a rule may lead to.
    pub fn targets(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|r| r.to.as_str())
    }
}

impl StepKind {
    /// Every step this one may lead to, options and rules alike.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            StepKind::Question { choices, .. } => choices.iter().map(|c| c.next.as_str()).collect(),
            StepKind::Input {
                format: InputFormat::ErrorCode { routes },
                next,
                ..
            } => routes
                .iter()
                .map(|r| r.step.as_str())
                .chain(next.targets())
                .collect(),
            StepKind::Input { next, .. } | StepKind::Check { next, .. } => next.targets().collect(),
            StepKind::Outcome { .. } => Vec::new(),
        }
    }

    /// The heading of the step's screen.
    pub fn heading(&self) -> &str {
        match self {
            StepKind::Question { text, .. } | StepKind::Input { text, .. } => text,
            StepKind::Check { check, .. } => &check.text,
            StepKind::Outcome { title, .. } => title,
        }
    }
}

/// Every flow, and the shared checklists they draw on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    pub flows: Vec<Flow>,
    /// Every check, in the order of `sjekker.toml`.
    pub checks: Vec<Check>,
}

impl Guide {
    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }
}
