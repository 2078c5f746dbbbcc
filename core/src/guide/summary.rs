//! What a person takes away from a flow: their answers in words, what was not in order, and the
//! outcome — as plain text to copy or print, and as a ready e-mail to KS.

use super::engine::{Answered, Walk, CHECK_FIXED, CHECK_LEFT, CHECK_NO, CHECK_YES, SKIPPED};
use super::flow::{Flow, InputFormat, StepKind};
use super::setup::TestSetup;
use super::token;
use crate::connection::TestSummary;
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
            InputFormat::ErrorCode { .. } => value.to_string(),
            InputFormat::TestSetup => {
                TestSetup::from_answer(value).map_or_else(|| value.to_string(), |s| s.describe())
            }
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

/// The outcome in words, for the summary's first line: the connection test's verdict when one ran,
/// else the outcome and how much of the checklist is not in order.
pub fn outcome_words(walk: &Walk, test: Option<&TestSummary>) -> String {
    if let Some(test) = test {
        return test.verdict.clone();
    }
    let unfixed = failures(&walk.answered).iter().filter(|f| !f.fixed).count();
    let not_in_order = match unfixed {
        1 => "1 punkt i sjekklisten er ikke i orden".to_string(),
        n => format!("{n} punkter i sjekklisten er ikke i orden"),
    };
    match &walk.current.kind {
        StepKind::Outcome {
            connection_test: Some(_),
            ..
        } if unfixed == 0 => {
            "Sjekklisten er i orden, men tilkoblingen er ikke testet ennå".to_string()
        }
        StepKind::Outcome {
            connection_test: Some(_),
            ..
        } => format!("{not_in_order}, og tilkoblingen er ikke testet ennå"),
        StepKind::Outcome { title, .. } if unfixed > 0 => format!("{title} ({not_in_order})"),
        StepKind::Outcome { title, .. } => title.clone(),
        other => format!("Ikke ferdig – kom til «{}»", other.heading()),
    }
}

/// The municipality's organisation number on this walk, where a step says which answer holds it
/// (a token check's or the connection test's `kommune`).
pub fn municipality(walk: &Walk) -> Option<OrgNumber> {
    super::handover::parties_on(walk)?.municipality
}

/// The subject of the e-mail to KS: the flow, how it ended, the failing code and the
/// municipality, so KS sees what it is about before opening it.
pub fn summary_subject(flow: &Flow, walk: &Walk, test: Option<&TestSummary>) -> String {
    let ended = match (test, &walk.current.kind) {
        (Some(test), _) => crate::case::capitalised(test.short),
        (None, StepKind::Outcome { title, .. }) => title.clone(),
        (None, _) => "Ikke ferdig".to_string(),
    };
    let mut subject = format!("{}: {ended}", flow.title);
    if let Some(code) = test.and_then(|t| t.code.as_deref()) {
        subject.push_str(&format!(" ({code})"));
    }
    if let Some(m) = municipality(walk) {
        subject.push_str(&format!(" – kommune {}", m.grouped()));
    }
    subject
}

/// The summary of a finished (or unfinished) walk as plain text, the outcome in words first; `link`
/// brings the person back, and `test` is the connection test's result, if one ran.
pub fn summary_text(flow: &Flow, walk: &Walk, link: &str, test: Option<&TestSummary>) -> String {
    let mut text = format!("Resultat: {}\n", outcome_words(walk, test));
    text.push_str(&format!("Veiviser: {}\n", flow.title));
    if let StepKind::Outcome { title, .. } = &walk.current.kind {
        text.push_str(&format!("Svaret i veiviseren: {title}\n"));
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
    if let Some(test) = test {
        text.push('\n');
        text.push_str(&test.text);
    }
    text.push_str(&format!("\nSvarene i veiviseren: {link}\n"));
    text
}

/// A `mailto:` link to KS with `summary` (from `summary_text`) as its body and `subject` (from
/// `summary_subject`).
pub fn summary_mailto(subject: &str, summary: &str) -> String {
    let body = format!(
        "Hei!\n\nJeg har gått gjennom veiviseren og trenger hjelp.\n\n{summary}\nMitt spørsmål:\n\n\n\
         (Ikke send fødselsnummer, tilgangstokener eller andre personopplysninger på e-post.)\n"
    );
    mailto(subject, &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::engine::{walk, GuideState};
    use crate::guide::flow::{Check, ConnectionTest, Next, Rule, Step, Tone};

    fn next(to: &str) -> Next {
        Next(vec![Rule {
            when: None,
            to: to.into(),
        }])
    }

    /// kommune (an organisation number) → sjekk → klar (with the connection test).
    fn flow() -> Flow {
        Flow {
            id: "prove".into(),
            title: "Prøveflyt".into(),
            description: String::new(),
            note_html: None,
            start: "kommune".into(),
            steps: vec![
                Step {
                    id: "kommune".into(),
                    kind: StepKind::Input {
                        text: "Kommunens nummer?".into(),
                        help_html: None,
                        label: "Kommunens organisasjonsnummer".into(),
                        format: InputFormat::OrgNumber,
                        optional: false,
                        next: next("sjekk"),
                    },
                },
                Step {
                    id: "sjekk".into(),
                    kind: StepKind::Check {
                        check: Check {
                            id: "sjekk".into(),
                            group: "Altinn".into(),
                            text: "Er det delegert?".into(),
                            help_html: None,
                            fix_html: String::new(),
                            who_html: String::new(),
                            faq: vec![],
                        },
                        next: next("klar"),
                    },
                },
                Step {
                    id: "klar".into(),
                    kind: StepKind::Outcome {
                        title: "Test tilkoblingen".into(),
                        tone: Tone::Info,
                        body_html: String::new(),
                        faq: vec![],
                        connection_test: Some(ConnectionTest {
                            municipality: "kommune".into(),
                            vendor: None,
                            environment: "miljo".into(),
                        }),
                        sources: None,
                    },
                },
            ],
        }
    }

    fn state(check: &str) -> GuideState {
        GuideState::new("prove")
            .answered("kommune", "974760673")
            .answered("sjekk", check)
    }

    fn tested() -> TestSummary {
        TestSummary {
            verdict: "Tilkoblingen feiler: Ikke delegert (MP-251)".into(),
            short: "tilkoblingen feiler",
            code: Some("MP-251".into()),
            text: "Tilkoblingstest i testmiljøet (Særnamsmann):\n".into(),
        }
    }

    #[test]
    fn the_first_line_says_the_outcome_in_words() {
        let flow = flow();
        let ok = walk(&flow, &state("ja"));
        let first = |walk: &Walk, test: Option<&TestSummary>| {
            summary_text(&flow, walk, "https://x/", test)
                .lines()
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            first(&ok, None),
            "Resultat: Sjekklisten er i orden, men tilkoblingen er ikke testet ennå"
        );
        let left = walk(&flow, &state("videre"));
        assert_eq!(
            first(&left, None),
            "Resultat: 1 punkt i sjekklisten er ikke i orden, og tilkoblingen er ikke testet ennå"
        );
        assert_eq!(
            first(&ok, Some(&tested())),
            "Resultat: Tilkoblingen feiler: Ikke delegert (MP-251)"
        );
        let text = summary_text(&flow, &ok, "https://x/", Some(&tested()));
        assert!(
            text.contains("Veiviser: Prøveflyt\nSvaret i veiviseren: Test tilkoblingen\n"),
            "{text}"
        );
        assert!(text.contains("Tilkoblingstest i testmiljøet (Særnamsmann):\n"));
    }

    #[test]
    fn the_subject_names_flow_outcome_code_and_municipality() {
        let flow = flow();
        let ok = walk(&flow, &state("ja"));
        assert_eq!(
            summary_subject(&flow, &ok, Some(&tested())),
            "Prøveflyt: Tilkoblingen feiler (MP-251) – kommune 974 760 673"
        );
        assert_eq!(
            summary_subject(&flow, &ok, None),
            "Prøveflyt: Test tilkoblingen – kommune 974 760 673"
        );
        let unfinished = walk(&flow, &GuideState::new("prove"));
        assert_eq!(
            summary_subject(&flow, &unfinished, None),
            "Prøveflyt: Ikke ferdig"
        );
        let link = summary_mailto("Prøveflyt: Ikke ferdig", "Resultat: x\n");
        assert!(
            link.contains("subject=Pr%C3%B8veflyt%3A%20Ikke%20ferdig"),
            "{link}"
        );
    }
}
