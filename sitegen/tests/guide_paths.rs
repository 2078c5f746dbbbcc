//! Every path through every flow in `content/guide/`, pinned to its outcome in `guide_paths.txt`: a
//! content change that alters where an answer leads shows up in review as a change to that file.
//! Each path is also walked through the engine, as the site walks it, to the same outcome.
//!
//! After a deliberate change, accept the new paths with `UPDATE_GUIDE_PATHS=1 cargo test -p
//! skattedeling-sitegen --test guide_paths` and review the diff.

use skattedeling_core::guide::engine::{CHECK_YES, FLOW_KEY};
use skattedeling_core::guide::scope::SCOPE;
use skattedeling_core::guide::{paths, walk, Flow, GuideState, InputFormat, StepKind};
use std::path::Path;

const PINNED: &str = "tests/guide_paths.txt";

fn flows() -> Vec<Flow> {
    skattedeling_sitegen::compile(Path::new("../content"))
        .unwrap_or_else(|e| panic!("{e}"))
        .guide
        .flows
}

/// The answers a person gives on `choices`, with every check in order and every input filled in.
fn state(flow: &Flow, choices: &[(String, String)]) -> GuideState {
    let mut query = format!("?{FLOW_KEY}={}", flow.id);
    for step in &flow.steps {
        let value = match &step.kind {
            StepKind::Question { .. } => choices
                .iter()
                .find(|(s, _)| *s == step.id)
                .map(|(_, v)| v.as_str()),
            StepKind::Check { .. } => Some(CHECK_YES),
            StepKind::Input { format, .. } => match format {
                InputFormat::OrgNumber => Some("974760673"),
                InputFormat::Scope => Some(SCOPE),
                InputFormat::Token { .. } => Some("ok"),
                InputFormat::TestSetup => Some("974760673.971032146.test.kommuneforeldrebetaling"),
                InputFormat::ErrorCode { .. } => choices
                    .iter()
                    .find(|(s, _)| *s == step.id)
                    .map(|(_, v)| v.as_str()),
            },
            StepKind::Outcome { .. } => None,
        };
        if let Some(v) = value {
            query.push_str(&format!("&{}={v}", step.id));
        }
    }
    GuideState::from_query(&query).expect("names a flow")
}

#[test]
fn every_path_ends_in_its_pinned_outcome() {
    let mut listing = String::new();
    for flow in flows() {
        for path in paths(&flow) {
            let outcome = path.outcome.clone().unwrap_or_else(|| {
                panic!(
                    "{}: a path ends without an outcome: {:?}",
                    flow.id, path.choices
                )
            });
            let walked = walk(&flow, &state(&flow, &path.choices));
            assert!(
                walked.is_finished(),
                "{}: {:?} stops at {}",
                flow.id,
                path.choices,
                walked.current.id
            );
            assert_eq!(
                walked.current.id, outcome,
                "{}: {:?}",
                flow.id, path.choices
            );
            let choices: Vec<String> = path
                .choices
                .iter()
                .map(|(s, v)| format!("{s}={v}"))
                .collect();
            let steps: Vec<&str> = walked.answered.iter().map(|a| a.step.id.as_str()).collect();
            listing.push_str(&format!(
                "{}: {} -> {outcome}\n    via {}\n",
                flow.id,
                choices.join(" "),
                steps.join(", ")
            ));
        }
    }
    if std::env::var_os("UPDATE_GUIDE_PATHS").is_some() {
        std::fs::write(PINNED, &listing).unwrap();
    }
    let pinned = std::fs::read_to_string(PINNED).unwrap_or_default();
    if pinned != listing {
        let gone: Vec<&str> = pinned
            .lines()
            .filter(|l| !listing.lines().any(|n| n == *l))
            .collect();
        let new: Vec<&str> = listing
            .lines()
            .filter(|l| !pinned.lines().any(|p| p == *l))
            .collect();
        panic!(
            "the guide's paths changed.\nno longer:\n  {}\nnow:\n  {}\nIf this is intended, run UPDATE_GUIDE_PATHS=1 cargo test -p skattedeling-sitegen --test guide_paths and commit {PINNED}.",
            gone.join("\n  "),
            new.join("\n  ")
        );
    }
}

#[test]
fn every_outcome_is_reached_and_every_flow_is_on_the_site() {
    let flows = flows();
    let ids: Vec<&str> = flows.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        ["tilkobling", "andre-kommuner", "naeringsinntekt", "bytte"]
    );
    for flow in &flows {
        let reached: Vec<String> = paths(flow).into_iter().filter_map(|p| p.outcome).collect();
        for step in &flow.steps {
            if matches!(step.kind, StepKind::Outcome { .. }) {
                assert!(
                    reached.contains(&step.id),
                    "{}: outcome {} is never reached",
                    flow.id,
                    step.id
                );
            }
        }
    }
}

#[test]
fn every_legal_basis_outcome_names_its_sources_and_sends_the_uncertain_to_a_jurist() {
    let flows = flows();
    let flow = flows.iter().find(|f| f.id == "andre-kommuner").unwrap();
    let mut uncertain = Vec::new();
    for step in &flow.steps {
        let StepKind::Outcome {
            body_html, sources, ..
        } = &step.kind
        else {
            continue;
        };
        let sources = sources
            .as_ref()
            .unwrap_or_else(|| panic!("outcome {} has no `kilder`", step.id));
        assert!(!sources.items.is_empty(), "{}", step.id);
        if body_html.contains("Dette er usikkert") || body_html.contains("Dette er uavklart") {
            assert!(
                body_html.contains("jurist") && body_html.contains("skattedeling@ks.no"),
                "outcome {} is uncertain but sends nobody to a jurist or KS",
                step.id
            );
            uncertain.push(step.id.as_str());
        }
    }
    // The outcomes the research does not settle (see each outcome's text).
    assert_eq!(
        uncertain,
        [
            "barnehage-flytter",
            "sfo-uavklart",
            "assistanse-uavklart",
            "bolig-bistand",
            "bolig-lokale-regler",
            "bolig-startlan"
        ]
    );
    // The duties that always apply, and that this is guidance, are on every outcome.
    let note = flow.note_html.as_deref().unwrap();
    for duty in [
        "personene saken gjelder",
        "inntektsårene beregningen trenger",
        "formålet som er avtalt med Skatteetaten",
        "veiledning, ikke et rettslig vedtak",
    ] {
        assert!(note.contains(duty), "{duty}");
    }
}
