//! What a person takes away from a flow: their answers in words, what was not in order, and the
//! outcome — as plain text to copy or print, and as a ready e-mail to KS.

use super::engine::{Answered, Walk, CHECK_FIXED, CHECK_LEFT, CHECK_NO, CHECK_YES, SKIPPED};
use super::flow::{Flow, InputFormat, StepKind};
use super::token;
use crate::orgnr::OrgNumber;
use crate::support::mailto;

/// An answer in words: the question and what the person said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerLine {
    pub step: String,
    pub question: String,
    pub answer: String,
}

/// A check that was not in order, and whether it was put right on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub step: String,
    pub text: String,
    pub fixed: bool,
}

/// The answer to a step in words.
pub fn answer_text(kind: &StepKind, value: &str) -> String {
    if value == SKIPPED {
        return "Hoppet over".to_string();
    }
    match kind {
        StepKind::Question { choices, .. } => choices
            .iter()
            .find(|c| c.value == value)
            .map_or_else(|| value.to_string(), |c| c.label.clone()),
        StepKind::Check { .. } => match value {
            CHECK_YES => "Ja".to_string(),
            CHECK_NO => "Nei".to_string(),
            CHECK_FIXED => "Nei – rettet underveis".to_string(),
            CHECK_LEFT => "Nei – ikke rettet".to_string(),
            other => other.to_string(),
        },
        StepKind::Input { format, .. } => match format {
            InputFormat::OrgNumber => {
                OrgNumber::parse(value).map_or_else(|_| value.to_string(), |n| n.grouped())
            }
            InputFormat::Scope => value.to_string(),
            InputFormat::Token { .. } => match token::parse_answer_value(value) {
                Some(codes) if codes.is_empty() => "Sjekket: alt i orden".to_string(),
                Some(codes) => {
                    let what: Vec<&str> = codes
                        .iter()
                        .filter_map(|c| token::FINDING_CODES.iter().find(|(k, _)| k == c))
                        .map(|(_, text)| *text)
                        .collect();
                    format!("Sjekket: {}", what.join("; "))
                }
                None => value.to_string(),
            },
        },
        StepKind::Outcome { .. } => String::new(),
    }
}

/// The answers on a path, in words.
pub fn answer_lines(answered: &[Answered]) -> Vec<AnswerLine> {
    answered
        .iter()
        .map(|a| AnswerLine {
            step: a.step.id.clone(),
            question: match &a.step.kind {
                StepKind::Input { label, .. } => label.clone(),
                other => other.heading().to_string(),
            },
            answer: answer_text(&a.step.kind, &a.value),
        })
        .collect()
}

/// The checks on a path that were not in order.
pub fn failures(answered: &[Answered]) -> Vec<Failure> {
    answered
        .iter()
        .filter_map(|a| match &a.step.kind {
            StepKind::Check { check, .. } if a.value != CHECK_YES => Some(Failure {
                step: a.step.id.clone(),
                text: check.text.clone(),
                fixed: a.value == CHECK_FIXED,
            }),
            _ => None,
        })
        .collect()
}

/// The summary of a finished (or unfinished) walk as plain text; `link` brings the person back, and
/// `connection_test` is the connection test's result in words (`connection::summary_text`), if one ran.
pub fn summary_text(flow: &Flow, walk: &Walk, link: &str, connection_test: Option<&str>) -> String {
    let mut text = format!("Veiviser: {}\n", flow.title);
    if let StepKind::Outcome { title, .. } = &walk.current.kind {
        text.push_str(&format!("Resultat: {title}\n"));
    }
    text.push_str("\nSvarene mine:\n");
    for line in answer_lines(&walk.answered) {
        text.push_str(&format!("- {} {}\n", line.question, line.answer));
    }
    let failed = failures(&walk.answered);
    if !failed.is_empty() {
        text.push_str("\nDette var ikke i orden:\n");
        for f in &failed {
            let state = if f.fixed {
                "rettet underveis"
            } else {
                "ikke rettet"
            };
            text.push_str(&format!("- {} ({state})\n", f.text));
        }
    }
    if let StepKind::Outcome {
        sources: Some(sources),
        ..
    } = &walk.current.kind
    {
        text.push('\n');
        text.push_str(&sources.text());
    }
    if let Some(test) = connection_test {
        text.push('\n');
        text.push_str(test);
    }
    text.push_str(&format!("\nSvarene i veiviseren: {link}\n"));
    text
}

/// A `mailto:` link to KS with `summary` (from `summary_text`) as its body.
pub fn summary_mailto(flow: &Flow, summary: &str) -> String {
    let body = format!(
        "Hei!\n\nJeg har gått gjennom veiviseren og trenger hjelp.\n\n{summary}\nMitt spørsmål:\n\n\n\
         (Ikke send fødselsnummer, tilgangstokener eller andre personopplysninger på e-post.)\n"
    );
    mailto(&format!("Veiviser: {}", flow.title), &body)
}
