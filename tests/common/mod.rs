//! Helpers the native test files share: times in Japan, the built-in journeys, a minimal journey
//! skeleton, and how a reader triggers each kind of transition. (Each test file compiles this
//! module on its own, so not every file uses every helper.)
#![allow(dead_code)]

use mfa_rescue::engine::authenticator::Enrollment;
use mfa_rescue::engine::builtin;
use mfa_rescue::engine::calendar::{JST_OFFSET_SECS, unix_from_civil};
use mfa_rescue::engine::journey::{Journey, Transition};
use mfa_rescue::engine::run::{Event, Run};
use mfa_rescue::engine::totp::Otp;

/// The Unix time of a wall-clock reading in Japan.
pub fn jst(y: i32, mo: u8, d: u8, h: u8, mi: u8) -> i64 {
    jst_at(y, mo, d, h, mi, 0)
}

/// [`jst`] to the second.
pub fn jst_at(y: i32, mo: u8, d: u8, h: u8, mi: u8, s: u8) -> i64 {
    unix_from_civil(y, mo, d, h, mi, s, JST_OFFSET_SECS).expect("a valid JST reading")
}

/// Start times that exercise the time rules: a weekday morning in Japan, a Saturday night,
/// and a Monday that is a public holiday.
pub fn start_times() -> [i64; 3] {
    [
        jst(2026, 11, 24, 10, 0),
        jst(2026, 11, 28, 2, 14),
        jst(2026, 11, 23, 11, 0),
    ]
}

/// Every built-in journey, loaded and checked (a test fails naming every problem otherwise).
pub fn all_journeys() -> Vec<Journey> {
    builtin::IDS
        .iter()
        .map(|id| match builtin::journey(id) {
            Some(Ok(j)) => j,
            Some(Err(errs)) => panic!(
                "{id} does not validate:\n{}",
                errs.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            None => panic!("{id} is listed but has no file"),
        })
        .collect()
}

/// A journey of two steps, `a` (leaving by the transition `a_on`, JSON) and the outcome `b`.
pub fn two_steps(a_on: &str) -> String {
    format!(
        r#"{{
      "id": "two", "title": {{"ja": "二つ", "en": "Two"}}, "start": "a",
      "steps": [
        {{"id": "a", "title": {{"ja": "あ", "en": "A"}}, "body": {{"ja": "本文", "en": "Body"}},
         "sources": ["seed-002"], "on": [{a_on}]}},
        {{"id": "b", "title": {{"ja": "い", "en": "B"}}, "body": {{"ja": "本文", "en": "Body"}},
         "sources": ["seed-002"], "outcome": {{"id": "done", "kind": "recovered"}}}}
      ]
    }}"#
    )
}

/// The inbox position of the newest mail `id` (the one a reader opens).
pub fn newest_mail(run: &Run, id: &str) -> usize {
    run.world
        .mails
        .iter()
        .rposition(|m| m.id == id)
        .unwrap_or_else(|| panic!("no mail {id} in the inbox"))
}

/// "Add MFA" with the two consecutive codes the scanned app shows at `t`.
pub fn enroll_with_codes(e: &Enrollment, t: i64) -> Event {
    let otp = Otp::new(&e.secret).unwrap();
    Event::Enroll {
        first: otp.code_at(t - 30),
        second: otp.code_at(t),
    }
}

/// The reader's actions that trigger `t` from the current state: a list of (events, time). A
/// panic names what the world lacks for it (a mail, a code, a device being assigned).
pub fn actions_for(t: &Transition, j: &Journey, run: &Run, now: i64) -> Vec<(Vec<Event>, i64)> {
    match t {
        Transition::Choice { id, .. } => vec![(vec![Event::Choose(id.clone())], now)],
        Transition::Action { action, .. } => vec![(vec![Event::Action(*action)], now)],
        Transition::Continue { .. } => vec![(vec![Event::Continue], now)],
        Transition::Link { mail, expired, .. } => {
            let at = newest_mail(run, mail);
            let mut v = vec![(vec![Event::OpenLink(at)], now + 30)];
            if expired.is_some() {
                let expiry = run
                    .world
                    .mails
                    .get(at)
                    .and_then(|m| m.link.as_ref()?.expires_at)
                    .expect("a link with an `expired` branch must expire");
                v.push((vec![Event::OpenLink(at)], expiry + 1));
            }
            v
        }
        Transition::Keypad { .. } => {
            let code = run
                .world
                .console_code
                .clone()
                .expect("keypad step without a console code");
            vec![(code.chars().map(Event::Keypad).collect(), now + 20)]
        }
        Transition::ConsoleCode { .. } => {
            let code = run
                .world
                .expected_sms_code()
                .expect("console-code step without an SMS")
                .to_owned();
            vec![(vec![Event::ConsoleCode(code)], now + 20)]
        }
        Transition::Enrolled { .. } => {
            let e = run
                .world
                .enrollment
                .clone()
                .expect("enrolled step without an enrollment");
            let t = now + 45;
            vec![(vec![enroll_with_codes(&e, t)], t)]
        }
        Transition::After {
            minutes, within, ..
        } => {
            let due = run.next_due(j).expect("an `after` step has a due time");
            let plain = run.entered_at() + i64::from(*minutes) * 60;
            if within.is_none() {
                assert_eq!(due, plain);
            } else {
                assert!(due >= plain);
            }
            vec![(vec![], due)]
        }
        Transition::Rule { .. } => panic!("rule steps are passed through, never current"),
    }
}
