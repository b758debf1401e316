//! A page that links into the middle of a journey (`start=<step>`) shows the world of that step:
//! the engine lives through a shortest way there, so the mail the step talks about is in the
//! inbox, the app is empty after the phone change, the link already used is spent. Checked for
//! every step of every built-in journey: from each, every way on can be taken as a reader would.

mod common;

use common::{actions_for, all_journeys, start_times};
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::journey::Transition;
use mfa_rescue::engine::run::{Event, Run};

#[test]
fn every_step_of_every_journey_can_be_started_and_left_as_a_reader_would() {
    for journey in all_journeys() {
        for step in &journey.steps {
            let now = start_times()[0];
            let run = Run::start(
                &journey,
                Some(&step.id),
                Entropy::from_seed(Some("deep")),
                now,
            )
            .unwrap();
            let here = run.step(&journey).unwrap();
            for t in &here.on {
                if matches!(t, Transition::Rule { .. }) {
                    continue;
                }
                // A link the step waits for must be live (not the one the way here spent).
                for (events, at) in actions_for(t, &journey, &run, now).into_iter().take(1) {
                    let mut next = run.clone();
                    let moved = if events.is_empty() {
                        next.tick(&journey, at).is_some()
                    } else {
                        events
                            .iter()
                            .all(|e| next.handle(&journey, e.clone(), at).is_ok())
                    };
                    assert!(
                        moved && next.step_id() != here.id,
                        "{}: started at {} (now at {}), {t:?} could not be taken",
                        journey.id,
                        step.id,
                        here.id
                    );
                }
            }
        }
    }
}

#[test]
fn root_self_service_phone_call_starts_with_the_mail_used_and_the_app_empty() {
    let j = mfa_rescue::engine::builtin::journey("root-self-service")
        .unwrap()
        .unwrap();
    let run = Run::start(&j, Some("phone-call"), Entropy::from_seed(Some("deep")), 0).unwrap();
    assert!(
        run.world.app.entry.is_none(),
        "the lost phone's app is empty"
    );
    let mail = run.world.latest_link().map(|(_, l)| l.used);
    assert_eq!(
        mail,
        Some(true),
        "the verification mail is there, its link spent"
    );
    assert!(run.world.call.as_ref().is_some_and(|c| c.keypad));
    assert!(run.world.console_code.is_some());
    // Back has nothing to return to: the way here was not the reader's.
    let mut back = run.clone();
    assert!(back.handle(&j, Event::Back, 1).is_err());
}

/// Found by the property tests: a wrong sixth digit resets the keypad. That changes the world,
/// so it is kept for resume like any accepted event, and the replay is the same run.
#[test]
fn a_wrong_keypad_code_is_replayed_like_any_other_event() {
    use mfa_rescue::engine::resume::Recording;
    use mfa_rescue::engine::run::Change;
    let j = mfa_rescue::engine::builtin::journey("root-self-service")
        .unwrap()
        .unwrap();
    let t0 = start_times()[1];
    let mut rec = Recording::new(&j.id, Some("phone-call"), "keypad", t0);
    let mut run = rec.start_run(&j).unwrap();
    let code = run.world.console_code.clone().unwrap();
    let mut at = t0;
    let mut rejected = false;
    for digit in std::iter::once('0').chain(code.chars()) {
        at += 3;
        let change = run.handle(&j, Event::Keypad(digit), at).unwrap();
        rejected |= change == Change::KeypadCodeRejected;
        rec.event(at, Event::Keypad(digit), &run);
    }
    assert!(rejected, "0 and five digits of the code are not the code");
    assert_eq!(run.world.call.as_ref().unwrap().typed.len(), 1);
    assert_eq!(rec.replay(&j).unwrap(), run);
}
