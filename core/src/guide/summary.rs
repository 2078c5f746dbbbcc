//! What a person takes away from a flow: their answers in words, what was not in order, and the
//! outcome — as plain text to copy or print, and as a ready e-mail to KS.

use super::engine::{Answered, Walk, CHECK_FIXED, CHECK_LEFT, CHECK_NO, CHECK_YES, SKIPPED};
use super::flow::{Flow, InputFormat, StepKind};
use super::setup::TestSetup;
use super::texts::core_texts;
use super::token;
use crate::connection::TestSummary;
use crate::lang::Lang;
use crate::orgnr::OrgNumber;
use crate::support::mailto;
use crate::texts::fill;

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
pub fn answer_text(kind: &StepKind, value: &str, lang: Lang) -> String {
    let t = &core_texts(lang).summary;
    if value == SKIPPED {
        return t.skipped.to_string();
    }
    match kind {
        StepKind::Question { choices, .. } => choices
            .iter()
            .find(|c| c.value == value)
            .map_or_else(|| value.to_string(), |c| c.label.clone()),
        StepKind::Check { .. } => match value {
            CHECK_YES => t.check_yes.to_string(),
            CHECK_NO => t.check_no.to_string(),
            CHECK_FIXED => t.check_fixed.to_string(),
            CHECK_LEFT => t.check_left.to_string(),
            other => other.to_string(),
        },
        StepKind::Input { format, .. } => input_answer_text(format, value, lang),
        StepKind::Outcome { .. } => String::new(),
    }
}

/// The answer to an input step in words.
fn input_answer_text(format: &InputFormat, value: &str, lang: Lang) -> String {
    let t = &core_texts(lang).summary;
    match format {
        InputFormat::OrgNumber => {
            OrgNumber::parse(value).map_or_else(|_| value.to_string(), |n| n.grouped())
        }
        InputFormat::Scope => value.to_string(),
        InputFormat::Token { .. } => match token::parse_answer_value(value) {
            Some(codes) if codes.is_empty() => t.token_ok.to_string(),
            Some(codes) => {
                let what: Vec<&str> = codes
                    .iter()
                    .filter_map(|c| token::finding_summary(c, lang))
                    .collect();
                fill(t.token_findings, &[("findings", &what.join("; "))])
            }
            None => value.to_string(),
        },
        InputFormat::ErrorCode { .. } => value.to_string(),
        InputFormat::TestSetup => {
            TestSetup::from_answer(value).map_or_else(|| value.to_string(), |s| s.describe(lang))
        }
    }
}

/// The answers on a path, in words.
pub fn answer_lines(answered: &[Answered], lang: Lang) -> Vec<AnswerLine> {
    answered
        .iter()
        .map(|a| AnswerLine {
            step: a.step.id.clone(),
            question: match &a.step.kind {
                StepKind::Input { label, .. } => label.clone(),
                other => other.heading().to_string(),
            },
            answer: answer_text(&a.step.kind, &a.value, lang),
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
pub fn outcome_words(walk: &Walk, test: Option<&TestSummary>, lang: Lang) -> String {
    if let Some(test) = test {
        return test.verdict.clone();
    }
    let t = &core_texts(lang).summary;
    let unfixed = failures(&walk.answered).iter().filter(|f| !f.fixed).count();
    let not_in_order = match unfixed {
        1 => t.not_in_order[0].to_string(),
        n => fill(t.not_in_order[1], &[("n", &n.to_string())]),
    };
    match &walk.current.kind {
        StepKind::Outcome {
            connection_test: Some(_),
            ..
        } if unfixed == 0 => t.in_order_untested.to_string(),
        StepKind::Outcome {
            connection_test: Some(_),
            ..
        } => fill(t.not_in_order_untested, &[("not_in_order", &not_in_order)]),
        StepKind::Outcome { title, .. } if unfixed > 0 => fill(
            t.outcome_not_in_order,
            &[("title", title), ("not_in_order", &not_in_order)],
        ),
        StepKind::Outcome { title, .. } => title.clone(),
        other => fill(t.unfinished_at, &[("heading", other.heading())]),
    }
}

/// The municipality's organisation number on this walk, where a step says which answer holds it
/// (a token check's or the connection test's `kommune`).
pub fn municipality(walk: &Walk) -> Option<OrgNumber> {
    super::handover::parties_on(walk)?.municipality
}

/// The subject of the e-mail to KS: the flow, how it ended, the failing code and the
/// municipality, so KS sees what it is about before opening it.
pub fn summary_subject(flow: &Flow, walk: &Walk, test: Option<&TestSummary>, lang: Lang) -> String {
    let t = &core_texts(lang).summary;
    let ended = match (test, &walk.current.kind) {
        (Some(test), _) => crate::case::capitalised(test.short),
        (None, StepKind::Outcome { title, .. }) => title.clone(),
        (None, _) => t.unfinished.to_string(),
    };
    let mut subject = format!("{}: {ended}", flow.title);
    if let Some(code) = test.and_then(|t| t.code.as_deref()) {
        subject.push_str(&format!(" ({code})"));
    }
    if let Some(m) = municipality(walk) {
        subject.push_str(&fill(t.subject_municipality, &[("number", &m.grouped())]));
    }
    subject
}

/// The summary of a finished (or unfinished) walk as plain text, the outcome in words first; `link`
/// brings the person back, and `test` is the connection test's result, if one ran.
pub fn summary_text(
    flow: &Flow,
    walk: &Walk,
    link: &str,
    test: Option<&TestSummary>,
    lang: Lang,
) -> String {
    let t = &core_texts(lang).summary;
    let line = |template: &str, name: &str, value: &str| fill(template, &[(name, value)]) + "\n";
    let mut text = line(t.result, "outcome", &outcome_words(walk, test, lang));
    text.push_str(&line(t.flow, "title", &flow.title));
    if let StepKind::Outcome { title, .. } = &walk.current.kind {
        text.push_str(&line(t.outcome, "title", title));
    }
    text.push_str(&format!("\n{}\n", t.answers));
    for line in answer_lines(&walk.answered, lang) {
        text.push_str(&format!("- {} {}\n", line.question, line.answer));
    }
    let failed = failures(&walk.answered);
    if !failed.is_empty() {
        text.push_str(&format!("\n{}\n", t.failures));
        for f in &failed {
            let state = if f.fixed { t.fixed } else { t.left };
            text.push_str(&format!("- {} ({state})\n", f.text));
        }
    }
    if let StepKind::Outcome {
        sources: Some(sources),
        ..
    } = &walk.current.kind
    {
        text.push('\n');
        text.push_str(&sources.text(lang));
    }
    if let Some(test) = test {
        text.push('\n');
        text.push_str(&test.text);
    }
    text.push('\n');
    text.push_str(&line(t.link, "link", link));
    text
}

/// A `mailto:` link to KS with `summary` (from `summary_text`) as its body and `subject` (from
/// `summary_subject`).
pub fn summary_mailto(subject: &str, summary: &str, lang: Lang) -> String {
    let body = fill(core_texts(lang).summary.mail, &[("summary", summary)]);
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
            summary_text(&flow, walk, "https://x/", test, Lang::Nb)
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
        let text = summary_text(&flow, &ok, "https://x/", Some(&tested()), Lang::Nb);
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
            summary_subject(&flow, &ok, Some(&tested()), Lang::Nb),
            "Prøveflyt: Tilkoblingen feiler (MP-251) – kommune 974 760 673"
        );
        assert_eq!(
            summary_subject(&flow, &ok, None, Lang::Nb),
            "Prøveflyt: Test tilkoblingen – kommune 974 760 673"
        );
        let unfinished = walk(&flow, &GuideState::new("prove"));
        assert_eq!(
            summary_subject(&flow, &unfinished, None, Lang::Nb),
            "Prøveflyt: Ikke ferdig"
        );
        let link = summary_mailto("Prøveflyt: Ikke ferdig", "Resultat: x\n", Lang::Nb);
        assert!(
            link.contains("subject=Pr%C3%B8veflyt%3A%20Ikke%20ferdig"),
            "{link}"
        );
    }

    #[test]
    fn the_summary_speaks_nynorsk_and_english() {
        let flow = flow();
        let left = walk(&flow, &state("videre"));
        let nn = summary_text(&flow, &left, "https://x/", None, Lang::Nn);
        assert_eq!(
            nn,
            "Resultat: 1 punkt i sjekklista er ikkje i orden, og tilkoplinga er ikkje testa enno\n\
             Vegvisar: Prøveflyt\nSvaret i vegvisaren: Test tilkoblingen\n\nSvara mine:\n\
             - Kommunens organisasjonsnummer 974 760 673\n- Er det delegert? Nei – ikkje retta\n\n\
             Dette var ikkje i orden:\n- Er det delegert? (ikkje retta)\n\n\
             Svara i vegvisaren: https://x/\n"
        );
        let fixed = walk(&flow, &state("rettet"));
        let en = summary_text(&flow, &fixed, "https://x/", None, Lang::En);
        assert!(
            en.starts_with(
                "Result: The checklist is in order, but the connection has not been tested yet\n\
                 Guide: Prøveflyt\n"
            ),
            "{en}"
        );
        assert!(
            en.contains("- Er det delegert? No – fixed along the way\n"),
            "{en}"
        );
        assert!(
            en.contains("- Er det delegert? (fixed along the way)\n"),
            "{en}"
        );
        assert_eq!(
            summary_subject(
                &flow,
                &walk(&flow, &GuideState::new("prove")),
                None,
                Lang::En
            ),
            "Prøveflyt: Not finished"
        );
        assert_eq!(
            summary_subject(&flow, &fixed, None, Lang::Nn),
            "Prøveflyt: Test tilkoblingen – kommune 974 760 673"
        );
        let mail = summary_mailto("S", "Resultat: x\n", Lang::Nn);
        assert!(
            mail.contains("Eg%20har%20g%C3%A5tt%20gjennom%20vegvisaren"),
            "{mail}"
        );
    }

    #[test]
    fn a_token_checks_findings_are_named_in_the_language() {
        let kind = StepKind::Input {
            text: String::new(),
            help_html: None,
            label: String::new(),
            format: InputFormat::Token {
                municipality: None,
                vendor: None,
                environment: None,
            },
            optional: true,
            next: next("klar"),
        };
        assert_eq!(
            answer_text(&kind, "avvik.scope.utlopt", Lang::Nb),
            "Sjekket: scopet mangler eller er feil; tokenet er utløpt"
        );
        assert_eq!(
            answer_text(&kind, "avvik.scope.utlopt", Lang::Nn),
            "Sjekka: scopet manglar eller er feil; tokenet har gått ut"
        );
        assert_eq!(answer_text(&kind, "ok", Lang::En), "Checked: all in order");
        assert_eq!(answer_text(&kind, SKIPPED, Lang::En), "Skipped");
    }
}
