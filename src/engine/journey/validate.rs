//! The checks every journey passes before it runs, built-in or an author's: ids unique and
//! resolvable, every step reachable, every path able to reach an outcome, both languages present,
//! buttons that exist, and sources that back the confidence a step claims.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::load::JourneyError;
use super::model::{Effect, Journey, OutcomeKind, Text, Transition};

/// The checks every journey passes before it runs: ids unique and resolvable, every step
/// reachable, every path able to reach an outcome, both languages present, buttons that exist.
pub fn validate(journey: &Journey) -> Vec<JourneyError> {
    let mut problems = Vec::new();
    let mut err = |step: Option<&str>, field: &str, message: String| {
        problems.push(JourneyError {
            step: step.map(str::to_owned),
            field: field.to_owned(),
            message,
        })
    };

    if journey.id.trim().is_empty() {
        err(None, "id", "the journey needs an id".into());
    }
    check_text(&journey.title, None, "title", &mut err);
    if journey.steps.is_empty() {
        err(None, "steps", "a journey needs at least one step".into());
        return problems;
    }

    let mut ids = BTreeSet::new();
    for step in &journey.steps {
        if step.id.trim().is_empty() {
            err(Some(&step.id), "id", "a step needs an id".into());
        } else if !ids.insert(step.id.as_str()) {
            err(
                Some(&step.id),
                "id",
                "another step already has this id".into(),
            );
        }
    }
    if !ids.contains(journey.start.as_str()) {
        err(
            None,
            "start",
            format!("no step has the id \"{}\"", journey.start),
        );
    }

    // The sets and maps here are filled by `insert`, not `collect()`: collecting into a BTree
    // sorts the items first, and each such sort was a copy of the standard library's stable sort
    // in the wasm (about 3 KB each, three of them).
    let mut mails = BTreeSet::new();
    for effect in journey.steps.iter().flat_map(|s| &s.effects) {
        if let Effect::Mail { id, .. } = effect {
            mails.insert(id.as_str());
        }
    }

    for step in &journey.steps {
        let id = Some(step.id.as_str());
        check_text(&step.title, id, "title", &mut err);
        check_text(&step.body, id, "body", &mut err);
        if let Some(stated) = step.confidence {
            let from_sources = journey.sources_confidence(step);
            if stated.rank() > from_sources.rank() {
                err(
                    id,
                    "confidence",
                    format!(
                        "the step claims \"{}\", but its sources only support \"{}\"",
                        stated.keyword(),
                        from_sources.keyword()
                    ),
                );
            }
        }
        for (i, effect) in step.effects.iter().enumerate() {
            let field = format!("effects[{i}]");
            match effect {
                Effect::Mail {
                    subject,
                    body,
                    link,
                    ..
                } => {
                    check_text(subject, id, &format!("{field}.subject"), &mut err);
                    check_text(body, id, &format!("{field}.body"), &mut err);
                    if let Some(link) = link {
                        check_text(&link.label, id, &format!("{field}.link.label"), &mut err);
                    }
                }
                Effect::Call { says, .. } => {
                    check_text(says, id, &format!("{field}.says"), &mut err)
                }
                Effect::Sms { text, .. } => {
                    check_text(text, id, &format!("{field}.text"), &mut err)
                }
                // Listed, not `_`: a new effect with text must be checked here too.
                Effect::WipeAuthenticator
                | Effect::SetStoredPhone { .. }
                | Effect::ShowConsoleCode
                | Effect::HangUp
                | Effect::Advance { .. }
                | Effect::RemoveDevice
                | Effect::NewEnrollment { .. } => {}
            }
        }
        for (i, phrase) in step.phrases.iter().enumerate() {
            let gloss = Text::new(phrase.ja.as_str(), phrase.en.as_str());
            check_text(&gloss, id, &format!("phrases[{i}]"), &mut err);
        }
        if let Some(decision) = &step.decision {
            if let Some(text) = &decision.text {
                check_text(text, id, "decision.text", &mut err);
            }
            if decision.rule.is_none() && (decision.verdict.is_none() || decision.text.is_none()) {
                err(
                    id,
                    "decision",
                    "a decision needs a rule, or both a verdict and a text".into(),
                );
            }
        }
        for (i, t) in step.on.iter().enumerate() {
            let field = format!("on[{i}]");
            for target in t.targets() {
                if !ids.contains(target) {
                    err(id, &field, format!("no step has the id \"{target}\""));
                }
            }
            match t {
                Transition::Choice { label, .. } => {
                    check_text(label, id, &format!("{field}.label"), &mut err)
                }
                Transition::Action { action, .. } if !step.screen.actions().contains(action) => {
                    err(
                        id,
                        &format!("{field}.action"),
                        format!(
                            "the screen \"{}\" has no button \"{}\"; it has: {}",
                            step.screen.keyword(),
                            action.keyword(),
                            step.screen
                                .actions()
                                .iter()
                                .map(|a| a.keyword())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                }
                Transition::Link { mail, .. } if !mails.contains(mail.as_str()) => err(
                    id,
                    &format!("{field}.mail"),
                    format!("no step sends a mail with the id \"{mail}\""),
                ),
                Transition::Action { .. }
                | Transition::Link { .. }
                | Transition::Keypad { .. }
                | Transition::ConsoleCode { .. }
                | Transition::Enrolled { .. }
                | Transition::Rule { .. }
                | Transition::After { .. }
                | Transition::Continue { .. } => {}
            }
        }
        let is_rule_step = step.on.iter().any(|t| matches!(t, Transition::Rule { .. }));
        if is_rule_step && step.on.len() > 1 {
            err(
                id,
                "on",
                "a step decided by a rule can have no other transition".into(),
            );
        }
        match (&step.outcome, step.on.is_empty()) {
            (Some(_), false) => err(
                id,
                "outcome",
                "a step with an outcome ends the journey: remove its \"on\"".into(),
            ),
            (None, true) => err(
                id,
                "on",
                "this step has no way on and no outcome: the reader would be stuck".into(),
            ),
            _ => {}
        }
        if let Some(outcome) = &step.outcome
            && outcome.kind == OutcomeKind::Handoff
            && outcome.journey.is_none()
        {
            err(
                id,
                "outcome.journey",
                "a hand-off names the journey to continue in".into(),
            );
        }
    }

    if !problems.is_empty() {
        return problems;
    }
    check_graph(journey, &mut problems);
    problems
}

fn check_text(
    text: &Text,
    step: Option<&str>,
    field: &str,
    err: &mut impl FnMut(Option<&str>, &str, String),
) {
    if text.ja.trim().is_empty() {
        err(
            step,
            &format!("{field}.ja"),
            "the Japanese text is missing".into(),
        );
    }
    if text.en.trim().is_empty() {
        err(
            step,
            &format!("{field}.en"),
            "the English text is missing".into(),
        );
    }
}

/// Reachability from the start, and from every reachable step a path to an outcome; rule steps
/// must not form a loop (they are followed without the reader doing anything).
fn check_graph(journey: &Journey, problems: &mut Vec<JourneyError>) {
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for s in &journey.steps {
        edges.insert(&s.id, s.on.iter().flat_map(Transition::targets).collect());
    }

    let mut reachable = BTreeSet::new();
    let mut queue = VecDeque::from([journey.start.as_str()]);
    while let Some(id) = queue.pop_front() {
        if reachable.insert(id) {
            queue.extend(edges.get(id).into_iter().flatten().copied());
        }
    }
    for step in &journey.steps {
        if !reachable.contains(step.id.as_str()) {
            problems.push(JourneyError {
                step: Some(step.id.clone()),
                field: "id".into(),
                message: format!(
                    "no path from the start step \"{}\" leads here",
                    journey.start
                ),
            });
        }
    }

    // Steps from which an outcome can be reached: fixed point over reversed edges.
    let mut can_end = BTreeSet::new();
    for s in journey.steps.iter().filter(|s| s.outcome.is_some()) {
        can_end.insert(s.id.as_str());
    }
    loop {
        let before = can_end.len();
        for (id, targets) in &edges {
            if targets.iter().any(|t| can_end.contains(t)) {
                can_end.insert(id);
            }
        }
        if can_end.len() == before {
            break;
        }
    }
    for step in &journey.steps {
        if reachable.contains(step.id.as_str()) && !can_end.contains(step.id.as_str()) {
            problems.push(JourneyError {
                step: Some(step.id.clone()),
                field: "on".into(),
                message: "every way on from here loops without reaching an outcome".into(),
            });
        }
    }

    // Rule steps are followed without the reader doing anything, so they must not loop.
    let mut rule_edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for s in &journey.steps {
        if s.on.iter().any(|t| matches!(t, Transition::Rule { .. })) {
            rule_edges.insert(&s.id, s.on.iter().flat_map(Transition::targets).collect());
        }
    }
    for start in rule_edges.keys() {
        let mut stack = vec![*start];
        let mut seen = BTreeSet::new();
        while let Some(id) = stack.pop() {
            for next in rule_edges.get(id).into_iter().flatten() {
                if next == start {
                    problems.push(JourneyError {
                        step: Some((*start).to_owned()),
                        field: "on".into(),
                        message: "rule steps lead back here without the reader doing anything"
                            .into(),
                    });
                    stack.clear();
                    break;
                }
                if seen.insert(*next) {
                    stack.push(next);
                }
            }
        }
    }
}
