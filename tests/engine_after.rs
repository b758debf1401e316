//! `after` transitions held to Japanese support hours (`"within": "japanese-support"`): the wait
//! the Japanese support path needs ("the call comes inside the window, maybe days later").

mod common;

use common::{jst, two_steps};
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::journey::load;
use mfa_rescue::engine::resume::Recording;
use mfa_rescue::engine::run::Run;

fn journey(after: &str) -> String {
    two_steps(after)
}

fn due(after: &str, start: i64) -> i64 {
    let j = load(&journey(after)).unwrap();
    let run = Run::start(&j, None, Entropy::from_seed(Some("after")), start).unwrap();
    run.next_due(&j).unwrap()
}

const HELD: &str = r#"{"on": "after", "minutes": 120, "within": "japanese-support", "next": "b"}"#;

#[test]
fn inside_the_window_it_is_a_plain_wait() {
    let start = jst(2026, 11, 24, 10, 0); // Tuesday
    assert_eq!(due(HELD, start), jst(2026, 11, 24, 12, 0));
}

#[test]
fn saturday_night_waits_for_monday_morning() {
    assert_eq!(due(HELD, jst(2026, 11, 28, 2, 14)), jst(2026, 11, 30, 9, 0));
}

#[test]
fn a_wait_that_runs_past_18_00_moves_to_the_next_working_morning() {
    // Friday 17:00 + 2 h = 19:00, closed: the next opening is Monday 09:00.
    assert_eq!(due(HELD, jst(2026, 11, 27, 17, 0)), jst(2026, 11, 30, 9, 0));
}

#[test]
fn a_public_holiday_is_skipped_as_the_assumption_says() {
    // Monday 2026-11-23 is Labour Thanksgiving Day: the next opening is Tuesday 09:00.
    assert_eq!(due(HELD, jst(2026, 11, 23, 11, 0)), jst(2026, 11, 24, 9, 0));
}

#[test]
fn without_within_nothing_changes() {
    let plain = r#"{"on": "after", "minutes": 120, "next": "b"}"#;
    let start = jst(2026, 11, 28, 2, 14);
    assert_eq!(due(plain, start), start + 2 * 3600);
}

#[test]
fn the_wait_fires_on_tick_and_survives_resume() {
    let j = load(&journey(HELD)).unwrap();
    let start = jst(2026, 11, 28, 2, 14);
    let rec = Recording::new(&j.id, None, "tick", start);
    let mut run = rec.start_run(&j).unwrap();
    let monday = jst(2026, 11, 30, 9, 0);
    assert!(run.tick(&j, start + 2 * 3600).is_none(), "not at 04:14");
    let mut resumed = rec.replay(&j).unwrap();
    assert!(resumed.tick(&j, monday - 1).is_none());
    assert!(run.tick(&j, monday).is_some());
    assert_eq!(run.step_id(), "b");
}

#[test]
fn unknown_hours_are_an_error_that_names_the_field() {
    let bad = HELD.replace("japanese-support", "english-support");
    let errs = load(&journey(&bad)).unwrap_err();
    assert_eq!(errs[0].step.as_deref(), Some("a"));
    assert!(errs[0].field.starts_with("on[0]"), "{}", errs[0].field);
    assert!(
        errs[0].message.contains("english-support"),
        "{}",
        errs[0].message
    );
}
