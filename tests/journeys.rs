//! Every built-in journey, walked natively along every path with scripted answers and a simulated
//! clock: each transition is triggered the way a reader would trigger it (the digits the console
//! shows typed on the keypad, the SMS code typed on the console, two real consecutive TOTP codes,
//! a link clicked after it expired), and every path must end in an outcome.

use std::collections::BTreeSet;

mod common;

use common::{actions_for, all_journeys, enroll_with_codes, jst, newest_mail, start_times};
use mfa_rescue::engine::builtin;
use mfa_rescue::engine::clock::Clock;
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::journey::{Action, Journey, Screen, Transition};
use mfa_rescue::engine::resume::{MAGIC, Recording};
use mfa_rescue::engine::run::{Change, Event, Refusal, RestoreError, Run};

struct Walk<'j> {
    journey: &'j Journey,
    visited: BTreeSet<String>,
    outcomes: BTreeSet<String>,
    screens: BTreeSet<Screen>,
    paths: usize,
}

impl Walk<'_> {
    fn explore(&mut self, run: Run, rec: Recording, now: i64, path: &mut Vec<String>) {
        let j = self.journey;
        let id = run.step_id().to_owned();
        self.visited.insert(id.clone());
        self.visited.extend(run.passed_through().iter().cloned());
        self.screens.insert(run.world.screen);
        // Resume must give back exactly this run, at every point: the recording survives its
        // saved text, and replaying it is the same run.
        let (read_back, _) = Recording::decode(&rec.encode(&Clock::Real)).unwrap();
        assert_eq!(read_back, rec, "saved text at {id}");
        assert_eq!(read_back.replay(j).as_ref(), Ok(&run), "resume at {id}");

        let step = run.step(j).unwrap();
        if let Some(outcome) = &step.outcome {
            self.outcomes.insert(outcome.id.clone());
            self.paths += 1;
            assert!(self.paths < 20_000, "path explosion in {}", j.id);
            return;
        }
        assert!(!step.on.is_empty(), "stuck at {id} after {path:?}");
        for t in &step.on {
            for (events, at) in actions_for(t, j, &run, now) {
                let mut next = run.clone();
                let mut next_rec = rec.clone();
                let mut moved = false;
                if events.is_empty() {
                    moved = next.tick(j, at).is_some();
                    next_rec.tick(at);
                }
                for e in events {
                    match next.handle(j, e.clone(), at) {
                        Ok(Change::Step { .. }) => {
                            moved = true;
                            next_rec.event(at, e, &next);
                        }
                        Ok(Change::World | Change::KeypadCodeRejected) => {
                            next_rec.event(at, e, &next)
                        }
                        Err(r) => {
                            panic!("{}: at {id} after {path:?}, {e:?} was refused: {r:?}", j.id)
                        }
                    }
                }
                assert!(moved, "{}: at {id}, {t:?} did not move the reader", j.id);
                let to = next.step_id().to_owned();
                if path.contains(&to) {
                    continue; // a loop back (e.g. "start over"): explored from its first visit
                }
                // Back returns to this step with this world.
                let mut back = next.clone();
                back.handle(j, Event::Back, at).unwrap();
                assert_eq!(back.step_id(), id, "Back from {to}");
                let jump = next.take_clock_jump();
                path.push(to);
                self.explore(next, next_rec, at + jump, path);
                path.pop();
            }
        }
    }
}

#[test]
fn every_built_in_journey_validates() {
    assert!(!all_journeys().is_empty());
}

#[test]
fn every_path_of_every_journey_ends_in_an_outcome_and_every_step_is_reached() {
    for journey in all_journeys() {
        let mut walk = Walk {
            journey: &journey,
            visited: BTreeSet::new(),
            outcomes: BTreeSet::new(),
            screens: BTreeSet::new(),
            paths: 0,
        };
        for start in start_times() {
            let rec = Recording::new(&journey.id, None, "walk", start);
            let mut run = rec.start_run(&journey).unwrap();
            let jump = run.take_clock_jump();
            let mut path = vec![run.step_id().to_owned()];
            walk.explore(run, rec, start + jump, &mut path);
        }
        let all: BTreeSet<String> = journey.steps.iter().map(|s| s.id.clone()).collect();
        let missed: Vec<_> = all.difference(&walk.visited).collect();
        assert!(
            missed.is_empty(),
            "{}: steps never reached by any path: {missed:?}",
            journey.id
        );
        assert!(!walk.outcomes.is_empty());
        eprintln!(
            "{}: {} steps, {} paths walked, outcomes {:?}",
            journey.id,
            journey.steps.len(),
            walk.paths,
            walk.outcomes
        );
    }
}

#[test]
fn root_self_service_covers_the_story() {
    let j = builtin::journey("root-self-service").unwrap().unwrap();
    let screens: BTreeSet<Screen> = j.steps.iter().map(|s| s.screen).collect();
    for screen in [
        Screen::SignIn,
        Screen::MfaPrompt,
        Screen::Troubleshoot,
        Screen::AltEmail,
        Screen::AltPhoneCall,
        Screen::AltPhoneSms,
        Screen::AltPhoneFailed,
        Screen::AltDone,
        Screen::SecurityCredentials,
        Screen::AssignMfa,
    ] {
        assert!(
            screens.contains(&screen),
            "root-self-service never shows {screen:?}"
        );
    }
    let text: String = j
        .steps
        .iter()
        .map(|s| format!("{} {}", s.body.ja, s.title.ja))
        .collect();
    assert!(
        text.contains("電話の確認を完了できませんでした。"),
        "seed 000's failure message"
    );
    assert!(
        j.steps
            .iter()
            .any(|s| s.outcome.as_ref().is_some_and(|o| o.id == "recovered"))
    );
}

/// The review's findings on root-self-service, asserted as the new truth: each claim dated and
/// cited, the hedges kept, the safety lines present.
#[test]
fn root_self_service_is_dated_hedged_and_safe() {
    use mfa_rescue::engine::journey::{Confidence, Effect};
    let j = builtin::journey("root-self-service").unwrap().unwrap();
    let cites = |id: &str, source: &str| step_of(&j, id).sources.iter().any(|s| s == source);
    // H2: the password changes after a lost or missing phone, as DOC-LOST-2025 says.
    let contacts = step_of(&j, "advice-contacts");
    assert!(contacts.body.ja.contains("見当たらない") && contacts.body.en.contains("missing"));
    assert!(cites("advice-contacts", "doc-lost-2025"));
    // M4: the keypad code is typed, never spoken; no real AWS call asks for a password or code.
    let call = step_of(&j, "phone-call");
    assert!(call.body.ja.contains("声に出して") && call.body.ja.contains("パスワード"));
    assert!(call.body.en.contains("never said out loud") && call.body.en.contains("password"));
    // L9: the voice's language and words are a 2017 report, and the call is practice wording.
    assert!(cites("phone-call", "seed-004") && call.body.ja.contains("2017 年"));
    for e in &call.effects {
        if let Effect::Call { caller, says, .. } = e {
            assert!(caller.contains("practice"), "{caller}");
            assert!(
                says.ja.contains("練習用") && says.en.contains("Practice"),
                "{says:?}"
            );
        }
    }
    // M5: "+81 or nothing" is two readers' reports, hedged, and cited as such.
    for id in ["call-check", "sms-check", "voice-check"] {
        let step = step_of(&j, id);
        assert!(
            cites(id, "seed-000") && cites(id, "salaryman-dash-2020"),
            "{id}"
        );
        assert_eq!(j.confidence(step), Confidence::ThirdParty, "{id}");
        assert!(
            step.body.ja.contains("例があります"),
            "{id}: {}",
            step.body.ja
        );
    }
    // L7: both wordings readers search for, and seed 000's hedge.
    let failed = step_of(&j, "phone-failed");
    assert!(
        failed
            .body
            .ja
            .contains("電話の確認を完了できませんでした。")
    );
    assert!(
        failed
            .body
            .ja
            .contains("電話の完了がうまくいきませんでした。")
    );
    assert!(failed.body.ja.contains("らしい") && !failed.body.ja.contains("抜け道"));
    // M7: the empty app is the case without sync, dated.
    let lost = step_of(&j, "lost-phone");
    assert!(cites("lost-phone", "google-authenticator-sync-2023"));
    assert!(lost.body.ja.contains("2023 年 4 月") && lost.body.en.contains("April 2023"));
    assert_eq!(
        lost.body.ja.matches("まず").count(),
        0,
        "J1: {}",
        lost.body.ja
    );
    // L6, L20: the older wordings and the 22 September 2017 launch, in their own step.
    let other = step_of(&j, "other-wording");
    assert!(
        other
            .body
            .ja
            .contains("認証デバイスに問題がありますか?ここをクリック")
    );
    assert!(
        other.body.ja.contains("2017 年 9 月 22 日") && other.body.en.contains("22 September 2017")
    );
    assert!(cites("other-wording", "seed-004"));
    assert!(
        step_of(&j, "mfa-prompt")
            .on
            .iter()
            .any(|t| t.targets() == ["other-wording"])
    );
    // L10: the 2017 warnings are attributed to 2017.
    for id in ["call-me-now", "verify-email"] {
        assert!(cites(id, "seed-004"), "{id}");
        assert!(step_of(&j, id).body.ja.contains("2017 年"), "{id}");
    }
    // L11: destroy the seed once provisioned, not "once no longer needed"; L14: no Authy cure.
    let devices = step_of(&j, "advice-devices");
    assert!(!devices.body.ja.contains("不要になったら") && !devices.body.ja.contains("Authy"));
    // H1: a restore is practised with the practice key only.
    for id in ["assign-mfa", "advice-devices"] {
        let step = step_of(&j, id);
        assert!(step.body.ja.contains("練習用のキー"), "{id}");
        assert!(step.body.ja.contains("本物"), "{id}");
    }
}

/// M6: a Japanese instruction names a console button exactly as the Japanese practice console
/// shows it (the English part where AWS shows a label only in English).
#[test]
fn japanese_instructions_name_buttons_as_the_japanese_console_shows_them() {
    // Every label the widget can show in Japanese: the catalogue's texts (and the English part
    // of the glossed ones, 「SMS text」 for 「SMS text（SMS で受け取る）」), and the links of the
    // journeys' own mails.
    let mut labels: Vec<String> = Vec::new();
    for key in mfa_rescue::i18n::Key::ALL {
        let text = key.text(mfa_rescue::i18n::Lang::Ja);
        labels.push(text.to_owned());
        if let Some((english, _gloss)) = text.split_once('（') {
            labels.push(english.to_owned());
        }
        if let Some(rest) = text.strip_prefix("◉ ") {
            labels.push(rest.to_owned());
        }
    }
    for j in all_journeys() {
        for step in &j.steps {
            for effect in &step.effects {
                if let mfa_rescue::engine::journey::Effect::Mail {
                    link: Some(link), ..
                } = effect
                {
                    labels.push(link.label.ja.clone());
                }
            }
        }
    }
    for id in builtin::IDS {
        let j = builtin::journey(id).unwrap().unwrap();
        for step in &j.steps {
            let mut texts = vec![&step.title.ja, &step.body.ja];
            texts.extend(
                step.decision
                    .iter()
                    .filter_map(|d| d.text.as_ref())
                    .map(|t| &t.ja),
            );
            for text in texts {
                for (i, _) in text.match_indices('」') {
                    let mut after = &text[i + '」'.len_utf8()..];
                    // A gloss after the label: 「Remove」（削除）を押して.
                    if let Some(rest) = after.strip_prefix('（') {
                        after = rest.split_once('）').map_or("", |(_, tail)| tail);
                    }
                    if !["を押して", "を押し", "をクリック", "を選んで", "を選び"]
                        .iter()
                        .any(|v| after.starts_with(v))
                    {
                        continue;
                    }
                    let open = text[..i]
                        .rfind('「')
                        .expect("a closing bracket has an opening one");
                    let label = &text[open + '「'.len_utf8()..i];
                    assert!(
                        labels.iter().any(|l| l == label),
                        "{id}/{}: 「{label}」 is not a label of the Japanese console",
                        step.id
                    );
                }
            }
        }
    }
}

#[test]
fn a_saved_run_that_no_longer_fits_starts_over_with_a_reason() {
    let j = builtin::journey("root-self-service").unwrap().unwrap();
    let t = jst(2026, 11, 24, 10, 0);
    let mut rec = Recording::new(&j.id, None, "r", t);
    let mut run = rec.start_run(&j).unwrap();
    let choice = Event::Choose("phone-stored-ok".into());
    run.handle(&j, choice.clone(), t + 5).unwrap();
    rec.event(t + 5, choice, &run);
    let saved = rec.encode(&Clock::Real);
    assert_eq!(Recording::decode(""), Err(RestoreError::Unreadable));
    assert_eq!(
        Recording::decode(&saved[..saved.len() / 3]).map(|(r, _)| r),
        Err(RestoreError::Unreadable)
    );
    assert_eq!(
        Recording::decode(&saved.replace(MAGIC, "mfa-rescue-run/1")),
        Err(RestoreError::OldFormat)
    );
    let (other, _) =
        Recording::decode(&saved.replace("journey root-self-service", "journey support")).unwrap();
    assert_eq!(other.replay(&j), Err(RestoreError::OtherJourney));
    let (renamed, _) =
        Recording::decode(&saved.replace("phone-stored-ok", "phone-was-ok")).unwrap();
    assert_eq!(
        renamed.replay(&j),
        Err(RestoreError::NoLongerFits(j.start.clone()))
    );
    let (gone, _) =
        Recording::decode(&saved.replace("\nstart \n", "\nstart no-such-step\n")).unwrap();
    assert_eq!(
        gone.replay(&j),
        Err(RestoreError::StepGone("no-such-step".into()))
    );
    assert_eq!(Recording::decode(&saved).unwrap().0.replay(&j), Ok(run));
}

/// Seed 000: the phone was stored as 090-… without +81. The call never completes, the helper
/// says why and what the number should be; after an admin fixes it, the same steps succeed.
#[test]
fn a_phone_stored_without_plus81_fails_then_works_once_an_admin_fixes_it() {
    let j = builtin::journey("root-self-service").unwrap().unwrap();
    let mut now = jst(2026, 11, 28, 23, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("seed-000")), now).unwrap();
    let send = |run: &mut Run, now: &mut i64, e: Event| {
        *now += 20;
        run.handle(&j, e, *now)
            .unwrap_or_else(|r| panic!("refused at {}: {r:?}", run.step_id()));
    };
    send(&mut run, &mut now, Event::Choose("phone-stored-090".into()));
    assert_eq!(run.world.stored_phone, "090-1234-5678");
    for (step, event) in [
        ("stored-without-plus81", Event::Continue),
        ("sign-in", press("sign-in")),
        ("mfa-prompt", press("troubleshoot-mfa")),
        ("troubleshoot", press("alternative-factors")),
        ("verify-email", press("send-email")),
        // The verification mail is the first in the inbox.
        ("mail-arrived", Event::OpenLink(0)),
        ("email-verified", Event::Choose("call".into())),
        ("call-me-now", press("call-me-now")),
    ] {
        assert_eq!(run.step_id(), step);
        send(&mut run, &mut now, event);
    }
    assert_eq!(run.step_id(), "phone-failed");
    assert_eq!(run.passed_through(), ["call-check"]);
    assert!(run.world.call.is_none(), "the call never comes");
    let decision = run.step(&j).unwrap().decision.clone().unwrap();
    let verdict = mfa_rescue::engine::decide::decide(&decision, &run.world, now).verdict;
    assert_eq!(verdict.keyword(), "fix-phone");
    let reason = mfa_rescue::ui::words::verdict(
        &verdict,
        mfa_rescue::i18n::Tr::plain(mfa_rescue::i18n::Lang::Ja),
    );
    assert!(reason.contains("+819012345678"), "{reason}");

    send(
        &mut run,
        &mut now,
        Event::Choose("admin-fixes-number".into()),
    );
    send(&mut run, &mut now, Event::Continue);
    assert_eq!(
        (run.step_id(), run.world.stored_phone.as_str()),
        ("sign-in", "+819012345678")
    );
    for event in [
        press("sign-in"),
        press("troubleshoot-mfa"),
        press("alternative-factors"),
        press("send-email"),
    ] {
        send(&mut run, &mut now, event);
    }
    // A second mail arrived; only its link is live: the engine refuses the spent one.
    assert_eq!(run.world.mails.len(), 2);
    assert_eq!(
        run.handle(&j, Event::OpenLink(0), now + 5),
        Err(Refusal::LinkUsed)
    );
    send(&mut run, &mut now, Event::OpenLink(1));
    send(&mut run, &mut now, Event::Choose("call".into()));
    send(&mut run, &mut now, press("call-me-now"));
    assert_eq!(run.step_id(), "phone-call");
    assert!(run.world.call.as_ref().unwrap().keypad);

    // A wrong code is refused and cleared; the right one moves on.
    let code = run.world.console_code.clone().unwrap();
    let mut wrong: Vec<char> = code.chars().collect();
    wrong[5] = if wrong[5] == '9' {
        '0'
    } else {
        char::from(wrong[5] as u8 + 1)
    };
    for d in &wrong[..5] {
        send(&mut run, &mut now, Event::Keypad(*d));
    }
    assert_eq!(
        run.handle(&j, Event::Keypad(wrong[5]), now),
        Ok(Change::KeypadCodeRejected)
    );
    assert_eq!(run.world.call.as_ref().unwrap().typed, "");
    for d in code.chars() {
        send(&mut run, &mut now, Event::Keypad(d));
    }
    assert_eq!(run.step_id(), "alt-done");
}

#[test]
fn a_link_clicked_after_fifteen_minutes_leads_to_the_expiry_step() {
    let j = builtin::journey("root-self-service").unwrap().unwrap();
    let now = jst(2026, 11, 24, 10, 0);
    let mut run = Run::start(
        &j,
        Some("verify-email"),
        Entropy::from_seed(Some("late")),
        now,
    )
    .unwrap();
    run.handle(&j, press("send-email"), now).unwrap();
    assert_eq!(run.step_id(), "mail-arrived");
    let expires = run.world.latest_link().unwrap().1.expires_at.unwrap();
    assert_eq!(expires - now, 15 * 60);
    let mail = newest_mail(&run, "verify-email-mail");
    run.handle(&j, Event::OpenLink(mail), expires + 1).unwrap();
    assert_eq!(run.step_id(), "link-expired");
}

fn step_of<'j>(j: &'j Journey, id: &str) -> &'j mfa_rescue::engine::journey::Step {
    j.step(id)
        .unwrap_or_else(|| panic!("{} has no step {id}", j.id))
}

/// Plays `events` from `start` at `now`, each 20 s after the previous; panics on a refusal.
fn play(j: &Journey, run: &mut Run, now: &mut i64, events: &[Event]) {
    for e in events {
        *now += 20;
        run.handle(j, e.clone(), *now)
            .unwrap_or_else(|r| panic!("{}: {e:?} refused at {}: {r:?}", j.id, run.step_id()));
    }
}

/// Adds the device the console is assigning, as a reader would at the next moment.
fn add_mfa(j: &Journey, run: &mut Run, now: &mut i64) {
    *now += 45;
    let e = run
        .world
        .enrollment
        .clone()
        .expect("no device is being assigned");
    run.handle(j, enroll_with_codes(&e, *now), *now)
        .unwrap_or_else(|r| panic!("{}: enroll refused at {}: {r:?}", j.id, run.step_id()));
}

fn choose(id: &str) -> Event {
    Event::Choose(id.into())
}

fn press(id: &str) -> Event {
    Event::Action(Action::from_keyword(id).unwrap_or_else(|| panic!("no button {id}")))
}

/// The support-language card at `now`, as the reader would see it on that step.
fn support_language_verdict(j: &Journey, now: i64) -> String {
    let step = step_of(j, "support-language");
    let decision = step
        .decision
        .clone()
        .expect("support-language has a decision");
    assert_eq!(
        decision.rule,
        Some(mfa_rescue::engine::journey::DecisionRule::SupportLanguage)
    );
    let world = Run::start(j, None, Entropy::from_seed(Some("w")), now)
        .unwrap()
        .world;
    mfa_rescue::engine::decide::decide(&decision, &world, now)
        .verdict
        .keyword()
        .to_owned()
}

#[test]
fn support_language_is_english_on_saturday_night_and_japanese_on_a_weekday_morning() {
    let j = builtin::journey("support").unwrap().unwrap();
    assert_eq!(
        support_language_verdict(&j, jst(2026, 11, 28, 2, 14)),
        "english"
    );
    assert_eq!(
        support_language_verdict(&j, jst(2026, 11, 24, 10, 0)),
        "japanese"
    );
    assert_eq!(
        support_language_verdict(&j, jst(2026, 11, 23, 11, 0)),
        "english"
    );
}

/// Saturday 02:14: choosing Japanese means no call until Monday 09:00, from a withheld number.
#[test]
fn japanese_support_on_saturday_night_calls_on_monday_morning_from_a_withheld_number() {
    let j = builtin::journey("support").unwrap().unwrap();
    let mut now = jst(2026, 11, 28, 2, 14);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("sat")), now).unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[
            choose("root"),
            Event::Continue,
            choose("japanese"),
            press("submit-support"),
        ],
    );
    assert_eq!(run.passed_through(), ["jp-hours"]);
    assert_eq!(run.step_id(), "jp-ack-closed");
    assert_eq!(run.world.mails.last().unwrap().id, "jp-ack-mail");
    let monday = jst(2026, 11, 30, 9, 0);
    assert_eq!(run.next_due(&j), Some(monday));
    assert!(run.tick(&j, monday - 60).is_none());
    assert!(run.tick(&j, monday).is_some());
    assert_eq!(run.step_id(), "jp-call");
    let call = run.world.call.as_ref().expect("the phone rings");
    assert!(call.caller.contains("非通知"), "{}", call.caller);
}

/// A weekday at 10:00 the Japanese call comes the same day, hours later.
#[test]
fn japanese_support_on_a_weekday_morning_calls_the_same_day() {
    let j = builtin::journey("support").unwrap().unwrap();
    let mut now = jst(2026, 11, 24, 10, 0);
    let mut run = Run::start(
        &j,
        Some("support-language"),
        Entropy::from_seed(Some("tue")),
        now,
    )
    .unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[choose("japanese"), press("submit-support")],
    );
    assert_eq!(run.step_id(), "jp-ack-open");
    let due = run.next_due(&j).unwrap();
    assert!(
        due - now >= 2 * 3600 && due < jst(2026, 11, 24, 18, 0),
        "{due}"
    );
    // The call is held in Japanese; then the one-time password, MFA removed, the prompt to
    // register MFA at the next sign-in.
    run.tick(&j, due).unwrap();
    now = due;
    assert_eq!(run.step_id(), "jp-call");
    assert_eq!(
        run.world.call.as_ref().unwrap().language,
        mfa_rescue::engine::journey::CallLanguage::Ja
    );
    play(
        &j,
        &mut run,
        &mut now,
        &[choose("can-read"), Event::Continue],
    );
    assert_eq!(run.step_id(), "mfa-removed-ja");
    assert!(!run.world.old_device);
    play(&j, &mut run, &mut now, &[press("sign-in")]);
    assert_eq!(run.world.screen, Screen::MfaRequired);
    play(&j, &mut run, &mut now, &[press("register-mfa")]);
    assert_eq!(run.step_id(), "re-enroll");
}

/// English: an acknowledgement with a code, a call 5 minutes later (its caller ID promises no
/// Seattle number: the recent acknowledgement mail says it may show "Unavailable"), the address
/// check, a PIN by mail read aloud, MFA removed, sign-in with the password only, the prompt to
/// register MFA (enforced for root since 2024), a new device.
#[test]
fn english_support_goes_from_form_to_a_new_device_within_the_hour() {
    let j = builtin::journey("support").unwrap().unwrap();
    let start = jst(2026, 11, 28, 23, 0);
    let mut now = start;
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("en")), now).unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[
            choose("root"),
            Event::Continue,
            choose("english"),
            press("submit-support"),
        ],
    );
    assert_eq!(run.step_id(), "en-ack");
    let ack = run.world.mails.last().unwrap();
    assert!(ack.code.as_ref().is_some_and(|c| c.len() == 6), "{ack:?}");
    let due = run.next_due(&j).unwrap();
    assert_eq!(due - now, 5 * 60);
    run.tick(&j, due).unwrap();
    now = due;
    assert_eq!(run.step_id(), "en-call");
    let caller = &run.world.call.as_ref().unwrap().caller;
    assert!(
        caller.contains("Unavailable") && !caller.contains("Seattle"),
        "{caller}"
    );
    play(
        &j,
        &mut run,
        &mut now,
        &[choose("english-ok"), choose("can-read")],
    );
    assert_eq!(run.step_id(), "en-pin");
    let pin = run.world.mails.last().unwrap();
    assert_eq!(pin.id, "en-pin-mail");
    assert!(pin.code.is_some());
    assert!(run.world.old_device);
    play(&j, &mut run, &mut now, &[Event::Continue]);
    assert_eq!(run.step_id(), "mfa-removed");
    assert!(!run.world.old_device, "support removed the device");
    assert!(run.world.call.is_some(), "the agent stays on the line");
    play(&j, &mut run, &mut now, &[press("sign-in")]);
    assert_eq!(run.step_id(), "mfa-required");
    assert_eq!(run.world.screen, Screen::MfaRequired);
    assert!(
        run.world.call.is_none(),
        "the call ends once the reader is in"
    );
    play(&j, &mut run, &mut now, &[press("register-mfa")]);
    assert_eq!(run.step_id(), "re-enroll");
    assert_eq!(run.world.screen, Screen::AssignMfa);
    let enrollment = run.world.enrollment.as_ref().unwrap();
    assert_eq!(enrollment.device_name, "root-account-mfa-device");
    add_mfa(&j, &mut run, &mut now);
    assert_eq!(run.outcome(&j).unwrap().id, "recovered");
    assert!(now - start < 3600);

    // "Skip for now" postpones the prompt: Security credentials, then the same enrollment.
    let mut run = Run::start(
        &j,
        Some("mfa-required"),
        Entropy::from_seed(Some("skip")),
        now,
    )
    .unwrap();
    play(&j, &mut run, &mut now, &[press("skip-mfa")]);
    assert_eq!(run.step_id(), "security-credentials");
    assert!(run.step(&j).unwrap().body.ja.contains("35 日"));
    play(&j, &mut run, &mut now, &[press("assign-device")]);
    assert_eq!(run.step_id(), "re-enroll");
}

#[test]
fn support_has_the_rare_branches_and_a_phrasebook_on_every_call() {
    let j = builtin::journey("support").unwrap().unwrap();
    // Seed 003 (2014): the landline is checked the next working morning.
    let choice_to = |from: &str, to: &str| {
        step_of(&j, from).on.iter().any(|t| match t {
            Transition::Choice { next, .. } => next == to,
            _ => false,
        })
    };
    assert!(choice_to("jp-pin", "landline"));
    assert!(step_of(&j, "landline").on.iter().any(|t| matches!(
        t,
        Transition::After { within: Some(_), next, .. } if next == "landline-call"
    )));
    // Seed 003 (2014): Japanese selected, and the call still came in English from Seattle.
    assert!(choice_to("submit-japanese", "trap-us"));
    // An English call that offers Japanese support.
    assert!(choice_to("en-call", "handoff-japanese"));
    // Neither mail nor phone: notarized documents, blocked here.
    let affidavit = step_of(&j, "affidavit");
    assert_eq!(
        affidavit.outcome.as_ref().map(|o| o.kind),
        Some(mfa_rescue::engine::journey::OutcomeKind::Blocked)
    );
    assert!(affidavit.body.ja.contains("公証"));
    assert_eq!(
        j.confidence(affidavit),
        mfa_rescue::engine::journey::Confidence::Uncertain
    );
    for step in &j.steps {
        let rings = step
            .effects
            .iter()
            .any(|e| matches!(e, mfa_rescue::engine::journey::Effect::Call { .. }));
        if rings {
            assert!(
                !step.phrases.is_empty(),
                "{} rings without a phrasebook",
                step.id
            );
            assert!(
                step.phrases
                    .iter()
                    .any(|p| p.who == mfa_rescue::engine::journey::Speaker::You),
                "{}: nothing for the reader to say",
                step.id
            );
        }
    }
}

/// The review of 2026-12-01 (H3, M1–M4, M6, M8–M10): how to reach the real form, 2014 kept in
/// its year, calls with Japanese support held in Japanese, what AWS never asks for on a call, what
/// to turn off before the call, and the English the reader will hear.
#[test]
fn support_says_how_to_reach_the_form_and_keeps_2014_in_its_year() {
    use mfa_rescue::engine::journey::{Action, CallLanguage, Confidence, Effect};
    let j = builtin::journey("support").unwrap().unwrap();
    let bodies = |id: &str| {
        let s = step_of(&j, id);
        [s.body.ja.clone(), s.body.en.clone()]
    };
    let goes = |from: &str, to: &str| {
        step_of(&j, from)
            .on
            .iter()
            .any(|t| t.targets().contains(&to))
    };
    // H3: the real address, the expander that opens the form, and the form's title.
    for id in ["why-support", "support-form"] {
        for body in bodies(id) {
            for text in [
                "https://support.aws.amazon.com/#/contacts/aws-mfa-support",
                "I'm still having problems and would like to contact AWS Support",
                "Request assistance with lost or unusable MFA device",
            ] {
                assert!(body.contains(text), "{id} lacks {text:?}");
            }
        }
    }
    // L20, L6: old write-ups dated against the 2017-09-22 self-service launch.
    let [ja, en] = bodies("why-support");
    assert!(ja.contains("2017 年 9 月 22 日より前") && en.contains("Before 22 September 2017"));
    assert!(
        step_of(&j, "why-support")
            .sources
            .iter()
            .any(|s| s == "seed-004")
    );
    // M6: the form's button named as the console shows it (English only, so quoted in English).
    for id in ["submit-english", "submit-japanese"] {
        let s = step_of(&j, id);
        assert!(s.body.ja.contains("「Submit」を押して"), "{id}");
        assert!(s.body.en.contains("press \"Submit\""), "{id}");
    }
    // M8: before asking for a call, turn off what hides it.
    for id in [
        "submit-english",
        "submit-japanese",
        "jp-ack-open",
        "jp-ack-closed",
    ] {
        let [ja, en] = bodies(id);
        assert!(ja.contains("不明な発信者を消音"), "{id}");
        assert!(
            en.contains("Silence Unknown Callers")
                || en.contains("silences unknown callers")
                || en.contains("unknown-caller silencing"),
            "{id}"
        );
    }
    for id in [
        "submit-english",
        "submit-japanese",
        "jp-ack-open",
        "jp-ack-closed",
        "handoff-japanese",
    ] {
        assert!(bodies(id)[0].contains("非通知"), "{id}: withheld numbers");
    }
    // M4: what AWS never asks for on a call, where the reader is about to take one.
    for id in ["en-ack", "en-call", "jp-call"] {
        let [ja, en] = bodies(id);
        assert!(
            ja.contains("パスワード、認証アプリのコード、SMS のコード"),
            "{id}"
        );
        assert!(ja.contains("依頼していないのにかかってきた"), "{id}");
        assert!(
            en.contains("Never give a password, an authenticator code or an SMS code"),
            "{id}"
        );
    }
    // M9: today's English call promises no Seattle caller ID.
    let en_call = step_of(&j, "en-call");
    assert!(!en_call.title.ja.contains("シアトル") && !en_call.title.en.contains("Seattle"));
    assert!(en_call.body.en.contains("\"Unavailable\""));
    // M2: calls with Japanese support are held in Japanese; their phrasebook is the flow of the call.
    let in_japanese = [
        "account-team-2014",
        "jp-call",
        "jp-pin",
        "landline",
        "landline-call",
        "mfa-removed-ja",
    ];
    for step in &j.steps {
        let ja = in_japanese.contains(&step.id.as_str());
        assert_eq!(step.call_language == CallLanguage::Ja, ja, "{}", step.id);
        for effect in &step.effects {
            if let Effect::Call { language, .. } = effect {
                assert_eq!(*language == CallLanguage::Ja, ja, "{}: the call", step.id);
            }
        }
        if ja {
            assert!(!step.phrases.is_empty(), "{}", step.id);
            for p in &step.phrases {
                assert!(
                    p.ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
                    "{}: {:?} is not said in Japanese",
                    step.id,
                    p.ja
                );
            }
        }
    }
    // M10: what the reader will hear (and can say) on the English calls.
    let english: String = j
        .steps
        .iter()
        .filter(|s| s.call_language == CallLanguage::En)
        .flat_map(|s| &s.phrases)
        .map(|p| format!("{}\n", p.en))
        .collect();
    for line in [
        "seven, oh, two",
        "double seven",
        "Can I have your name",
        "account ID",
        "What happened to your device?",
        "Why do you need the MFA removed?",
        "Bear with me.",
        "I'll put you on hold",
        "Are you still there?",
        "Is there anything else I can help you with?",
        "No, that's all. Thank you.",
        "just reply to the email",
        "R-O-O-T",
        "I lost my phone.",
        "My phone broke.",
        "I got a new phone",
        "Could you speak more slowly",
        "Sorry, I can only speak Japanese. Could a Japanese-speaking agent call me back?",
    ] {
        assert!(english.contains(line), "the phrasebook lacks {line:?}");
    }
    // M1: in 2014, switching the page to 日本語 did not help; the sales-form detour is a dated
    // branch of its own, seed 003's alone, never shown as today's procedure.
    let trap = step_of(&j, "trap-us");
    assert!(trap.title.ja.contains("2014") && trap.title.en.contains("2014"));
    assert!(trap.body.en.contains("Seattle called in English again"));
    assert!(goes("submit-japanese", "trap-us") && goes("trap-us", "sales-form-2014"));
    for (from, to) in [
        ("sales-form-2014", "sales-mail-2014"),
        ("sales-mail-2014", "account-team-2014"),
        ("account-team-2014", "landline"),
    ] {
        assert!(goes(from, to), "{from} → {to}");
    }
    for id in ["sales-form-2014", "sales-mail-2014", "account-team-2014"] {
        let s = step_of(&j, id);
        assert!(
            s.title.ja.contains("2014 年") && s.title.en.contains("2014"),
            "{id}"
        );
        assert_eq!(s.sources, ["seed-003"], "{id}");
        assert_eq!(j.confidence(s), Confidence::ThirdParty, "{id}");
    }
    let [ja, en] = bodies("sales-form-2014");
    assert!(ja.contains("今の手順ではありません") && en.contains("not today's procedure"));
    assert!(
        ja.contains("5/29") && ja.contains("6/4") && en.contains("six days"),
        "L20"
    );
    assert!(en.contains("root user's MFA could not be removed"), "L20");
    assert!(bodies("sales-mail-2014")[1].contains("already done exactly that"));
    // M3: after Support removes the MFA, the next root sign-in asks to register a device.
    for removed in ["mfa-removed", "mfa-removed-ja"] {
        assert!(step_of(&j, removed).on.iter().any(|t| matches!(
            t,
            Transition::Action { action: Action::SignIn, next } if next == "mfa-required"
        )));
    }
    let required = step_of(&j, "mfa-required");
    assert_eq!(required.screen, Screen::MfaRequired);
    assert!(
        required
            .sources
            .iter()
            .any(|s| s == "doc-root-mfa-required")
    );
    assert_eq!(j.confidence(required), Confidence::AwsDoc);
    assert!(required.body.ja.contains("35 日") && required.body.en.contains("35 days"));
    assert!(required.body.ja.contains("「MFA デバイスを登録」を押して"));
    for (action, next) in [
        (Action::RegisterMfa, "re-enroll"),
        (Action::SkipMfa, "security-credentials"),
    ] {
        assert!(required.on.iter().any(|t| matches!(
            t,
            Transition::Action { action: a, next: n } if *a == action && n == next
        )));
    }
    // L23: a mailbox the reader can't read makes documents likely, not certain.
    let affidavit = step_of(&j, "affidavit");
    assert!(affidavit.title.ja.contains("可能性が高い"));
    assert!(
        affidavit
            .body
            .ja
            .contains("キャッチオール（どの宛先でも受け取る設定）")
    );
}

/// The most questions (steps that ask the reader to choose) on any path from `id` to an outcome.
fn most_questions(j: &Journey, id: &str, seen: &mut Vec<String>) -> usize {
    let step = step_of(j, id);
    if step.outcome.is_some() || seen.iter().any(|s| s == id) {
        return 0;
    }
    seen.push(id.to_owned());
    let asks = usize::from(
        step.on
            .iter()
            .any(|t| matches!(t, Transition::Choice { .. })),
    );
    let deepest = step
        .on
        .iter()
        .flat_map(Transition::targets)
        .map(|next| most_questions(j, next, seen))
        .max()
        .unwrap_or(0);
    seen.pop();
    asks + deepest
}

#[test]
fn triage_asks_at_most_five_questions_and_every_answer_ends_somewhere_with_a_reason() {
    let j = builtin::journey("triage").unwrap().unwrap();
    assert_eq!(
        builtin::IDS.first(),
        Some(&"triage"),
        "triage is the default"
    );
    let most = most_questions(&j, &j.start, &mut Vec::new());
    assert!(
        (1..=5).contains(&most),
        "{most} questions on the longest path"
    );
    let mut routes = BTreeSet::new();
    for step in j.steps.iter().filter(|s| s.outcome.is_some()) {
        let outcome = step.outcome.as_ref().unwrap();
        let decision = step
            .decision
            .as_ref()
            .unwrap_or_else(|| panic!("{} gives no reason", step.id));
        assert!(decision.text.is_some(), "{}", step.id);
        routes.insert(outcome.journey.clone().unwrap_or(outcome.id.clone()));
    }
    for route in [
        "root-self-service",
        "support",
        "iam-user",
        "org-member",
        "second-device",
        "app-sync",
    ] {
        assert!(routes.contains(route), "triage never leads to {route}");
    }
}

/// A root user who lost the only device, has the mailbox but a stale phone and no admin: Support.
#[test]
fn triage_sends_a_root_user_without_a_working_phone_or_admin_to_support() {
    let j = builtin::journey("triage").unwrap().unwrap();
    let mut now = jst(2026, 11, 28, 23, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("t")), now).unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[
            choose("no"),
            choose("root"),
            choose("yes"),
            choose("not-mine"),
            choose("no"),
        ],
    );
    assert_eq!(run.step_id(), "to-support");
    let outcome = run.outcome(&j).unwrap();
    assert_eq!(outcome.journey.as_deref(), Some("support"));
    // A second registered device short-cuts everything, for whoever signs in.
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("t")), now).unwrap();
    play(&j, &mut run, &mut now, &[choose("yes")]);
    assert_eq!(run.outcome(&j).unwrap().id, "second-device");
    // Without the root mailbox: get it back first, then Support (which mails its code there).
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("t")), now).unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[choose("no"), choose("root"), choose("no")],
    );
    assert_eq!(run.step_id(), "mailbox-first");
    assert_eq!(run.outcome(&j).unwrap().journey.as_deref(), Some("support"));
}

/// M7: the first question is whether the app's own cloud sync can bring the codes back (Google
/// Authenticator since April 2023); a yes ends at once with the way back.
#[test]
fn triage_asks_first_about_the_apps_cloud_sync() {
    use mfa_rescue::engine::journey::Confidence;
    let j = builtin::journey("triage").unwrap().unwrap();
    let first = step_of(&j, &j.start);
    let choices: Vec<(&str, &str)> = first
        .on
        .iter()
        .filter_map(|t| match t {
            Transition::Choice { id, next, .. } => Some((id.as_str(), next.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        choices.first(),
        Some(&("app-sync", "app-sync")),
        "{choices:?}"
    );
    assert!(choices.contains(&("yes", "use-second-device")));
    assert!(choices.contains(&("no", "who")));
    assert!(
        first
            .sources
            .iter()
            .any(|s| s == "google-authenticator-sync-2023")
    );
    assert!(first.body.ja.contains("2023 年 4 月") && first.body.en.contains("April 2023"));
    // The reassurance promises no more than it can: most cases, not all.
    assert!(
        first.body.ja.contains("ほとんどの場合"),
        "{}",
        first.body.ja
    );

    let mut now = jst(2026, 11, 28, 23, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("sync")), now).unwrap();
    play(&j, &mut run, &mut now, &[choose("app-sync")]);
    let sync = run.step(&j).unwrap();
    assert_eq!(run.outcome(&j).unwrap().id, "app-sync");
    assert_eq!(j.confidence(sync), Confidence::VendorDoc);
    for text in [&sync.body.ja, &sync.body.en] {
        assert!(text.contains("Google"), "{text}");
    }
    // A lost phone still holds the same key: the step says to replace the device and, per
    // DOC-LOST-2025, to change the root password.
    assert!(sync.body.ja.contains("パスワード") && sync.body.en.contains("password"));
}

/// H3 and L16: the hand-offs to Support say how to reach the real form (its address and the
/// expander to open), and without the mailbox, that the mailbox comes first.
#[test]
fn triage_hands_off_to_support_with_the_real_form_and_the_mailbox_first() {
    let j = builtin::journey("triage").unwrap().unwrap();
    let root = builtin::journey("root-self-service").unwrap().unwrap();
    for step in [
        step_of(&j, "to-support"),
        step_of(&j, "mailbox-first"),
        step_of(&root, "contact-support"),
    ] {
        for text in [&step.body.ja, &step.body.en] {
            assert!(
                text.contains("https://support.aws.amazon.com/#/contacts/aws-mfa-support"),
                "{}: {text}",
                step.id
            );
            assert!(
                text.contains("I'm still having problems and would like to contact AWS Support"),
                "{}: {text}",
                step.id
            );
        }
        assert!(
            step.sources.iter().any(|s| s == "mfa-support-form"),
            "{}",
            step.id
        );
    }
    let first = step_of(&j, "mailbox-first");
    assert!(first.body.ja.contains("公証") && first.body.en.contains("notarized"));
    assert!(first.sources.iter().any(|s| s == "signin-ts"));
    let mailbox = step_of(&j, "mailbox");
    assert!(mailbox.on.iter().any(|t| matches!(
        t,
        Transition::Choice { id, next, .. } if id == "no" && next == "mailbox-first"
    )));
}

#[test]
fn prevention_ends_with_a_real_enrollment_and_offers_a_printable_kit() {
    use mfa_rescue::engine::journey::Effect;
    let j = builtin::journey("prevention").unwrap().unwrap();
    let enroll = step_of(&j, "enroll-authenticator");
    assert_eq!(enroll.screen, Screen::AssignMfa);
    assert!(
        enroll
            .effects
            .iter()
            .any(|e| matches!(e, Effect::NewEnrollment { .. }))
    );
    assert!(
        enroll
            .on
            .iter()
            .any(|t| matches!(t, Transition::Enrolled { .. }))
    );
    // L2: the second device has a name of its own (AWS refuses a duplicate), and the text does
    // not ask the reader to type a name the practice field cannot take.
    let named = enroll.effects.iter().find_map(|e| match e {
        Effect::NewEnrollment { device_name } => device_name.as_deref(),
        _ => None,
    });
    assert_eq!(named, Some("root-second-phone"));
    assert!(
        enroll.body.ja.contains("root-second-phone")
            && enroll.body.en.contains("root-second-phone")
    );
    assert!(!enroll.body.ja.contains("デバイス名を入れ"));
    // M7, L14: sync first (Google since April 2023), Authy dated and not the cure.
    let backup = step_of(&j, "authenticator-backup");
    assert!(
        backup
            .sources
            .iter()
            .any(|s| s == "google-authenticator-sync-2023")
    );
    assert!(backup.body.ja.contains("2023 年 4 月") && backup.body.ja.contains("2024 年 3 月"));
    assert!(!backup.body.ja.contains("2014 年と 2017 年の記事の筆者は"));
    // H1: the saved-key rehearsal is with the practice key, never a real one.
    for id in ["keep-secret", "enroll-authenticator", "prepared"] {
        assert!(step_of(&j, id).body.ja.contains("練習用のキー"), "{id}");
    }
    let kit: Vec<_> = j.steps.iter().filter(|s| s.printable).collect();
    assert_eq!(kit.len(), 1);
    for text in [&kit[0].body.ja, &kit[0].body.en] {
        let items = text.lines().filter(|l| l.starts_with("- ")).count();
        assert!(items >= 6, "a kit worth printing: {items} items");
        assert!(text.contains("111122223333"));
    }
    assert!(kit[0].body.ja.contains("9:00〜18:00"));
    // L13: the kit says how to reach the mailbox, never its password.
    assert!(kit[0].body.ja.contains("パスワードは書かない"));
    assert!(
        kit[0]
            .body
            .en
            .contains("https://support.aws.amazon.com/#/contacts/aws-mfa-support")
    );

    // Walk it: the enrollment passes with two real consecutive codes and ends "prepared".
    let mut now = jst(2026, 11, 24, 10, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("p")), now).unwrap();
    while run.step_id() != "second-device" {
        play(&j, &mut run, &mut now, &[Event::Continue]);
    }
    play(&j, &mut run, &mut now, &[press("assign-device")]);
    add_mfa(&j, &mut run, &mut now);
    assert_eq!(run.outcome(&j).unwrap().id, "prepared");
    assert!(run.world.enrolled);
}

/// The `$ ` lines of a step's body, in order.
fn commands(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.starts_with("$ ")).collect()
}

#[test]
fn iam_user_shows_that_delete_before_deactivate_fails_with_delete_conflict() {
    let j = builtin::journey("iam-user").unwrap().unwrap();
    let conflict = step_of(&j, "delete-conflict");
    for body in [&conflict.body.ja, &conflict.body.en] {
        let cmds = commands(body);
        assert_eq!(cmds.len(), 1, "{cmds:?}");
        assert!(cmds[0].starts_with("$ aws iam delete-virtual-mfa-device"));
        assert!(body.contains("(DeleteConflict) when calling the DeleteVirtualMFADevice"));
    }
    assert!(
        conflict
            .on
            .iter()
            .any(|t| t.targets() == ["admin-cli-deactivate"])
    );
    let fixed = step_of(&j, "admin-cli-deactivate");
    for body in [&fixed.body.ja, &fixed.body.en] {
        let cmds = commands(body);
        assert_eq!(cmds.len(), 2, "{cmds:?}");
        assert!(cmds[0].starts_with("$ aws iam deactivate-mfa-device --user-name tanaka"));
        assert!(cmds[1].starts_with("$ aws iam delete-virtual-mfa-device"));
    }
    // Every command in the journey is a real IAM command on the practice account.
    for step in &j.steps {
        for cmd in commands(&step.body.en) {
            assert!(cmd.starts_with("$ aws iam "), "{}: {cmd}", step.id);
            if cmd.contains("--serial-number") {
                assert!(cmd.contains("arn:aws:iam::111122223333:mfa/"), "{cmd}");
            }
        }
        assert_eq!(
            commands(&step.body.en),
            commands(&step.body.ja),
            "{}: commands are never translated",
            step.id
        );
    }
}

/// Console path, then the "Entity already exists" trap on re-enrollment, then success.
#[test]
fn iam_user_recovers_through_the_admin_and_the_entity_already_exists_trap() {
    let j = builtin::journey("iam-user").unwrap().unwrap();
    let mut now = jst(2026, 11, 24, 10, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("iam")), now).unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[
            choose("iam-user"),
            choose("no-other"),
            choose("console"),
            Event::Continue,
            press("assign-device"),
        ],
    );
    assert_eq!(run.step_id(), "assign-new");
    assert!(!run.world.old_device);
    // The IAM user's own device name, the one the CLI steps use (not the root's usual name).
    assert_eq!(
        run.world.enrollment.as_ref().unwrap().device_name,
        "tanaka-phone"
    );
    assert!(
        step_of(&j, "admin-cli-list")
            .body
            .en
            .contains("mfa/tanaka-phone")
    );
    play(&j, &mut run, &mut now, &[choose("entity-exists")]);
    let trap = step_of(&j, "entity-exists");
    assert!(
        trap.body.ja.contains("エンティティは既に存在しています")
            || trap.title.ja.contains("エンティティは既に存在しています")
    );
    assert!(trap.body.en.contains("list-virtual-mfa-devices"));
    assert!(
        trap.body
            .en
            .contains("MFADevice entity at the same path and name already exists")
    );
    // The practice console can't rename the device, so the advice is to delete the stale one.
    assert!(
        !trap.body.ja.contains("別のデバイス名") && !trap.body.en.contains("different device name")
    );
    play(&j, &mut run, &mut now, &[Event::Continue]);
    assert_eq!(run.step_id(), "assign-new");
    add_mfa(&j, &mut run, &mut now);
    assert_eq!(run.outcome(&j).unwrap().id, "recovered");
    // The Identity Center variant: the admin deletes, the user self-enrolls at next sign-in.
    let idc = step_of(&j, "idc-admin");
    assert!(idc.body.en.contains("MFA devices"));
    assert_eq!(step_of(&j, "idc-enroll").screen, Screen::AssignMfa);
}

#[test]
fn org_member_root_is_freed_by_the_management_account_or_by_a_fixed_phone() {
    use mfa_rescue::engine::journey::Confidence;
    let j = builtin::journey("org-member").unwrap().unwrap();
    let mut now = jst(2026, 11, 28, 23, 0);
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("org")), now).unwrap();
    play(&j, &mut run, &mut now, &[choose("central")]);
    assert_eq!(run.step_id(), "delete-credentials");
    assert!(
        !run.world.old_device,
        "deleting root credentials deactivates MFA"
    );
    let delete = step_of(&j, "delete-credentials");
    assert!(delete.body.en.contains("900 seconds"));
    // AWS's guide confirms the English labels (L3); the option is "Delete root credentials".
    for label in [
        "Root access management",
        "Take privileged action",
        "Delete root credentials",
    ] {
        assert!(delete.body.en.contains(label), "{label}");
    }
    assert!(!delete.body.en.contains("Delete root user credentials"));
    assert!(!delete.body.en.contains("are not confirmed"));
    assert!(
        delete.body.ja.contains("「ルートアクセス管理」")
            && delete.body.ja.contains("「特権アクションを実行」")
    );
    // L5: both features of centralized root access are named.
    let enable = step_of(&j, "enable-or-fix");
    for feature in [
        "RootCredentialsManagement",
        "RootSessions",
        "Root credentials management",
        "Privileged root actions in member accounts",
    ] {
        assert!(enable.body.en.contains(feature), "{feature}");
        assert!(enable.body.ja.contains(feature), "{feature}");
    }
    // L4: the English label comes with its Japanese meaning; recovery needs no credentials left.
    let allow = step_of(&j, "allow-recovery");
    assert!(
        allow
            .body
            .ja
            .contains("パスワードの回復の許可（英語の画面では Allow password recovery）")
    );
    assert!(
        allow
            .body
            .en
            .contains("only available when the member account has no root user credentials")
    );
    // The Japanese sign-in link: the likelier wording, marked unconfirmed.
    let forgot = step_of(&j, "forgot-password");
    assert!(forgot.title.ja.contains("「パスワードをお忘れですか?」"));
    assert!(forgot.body.ja.contains("未確認"));
    assert_eq!(j.confidence(forgot), Confidence::Uncertain);
    assert_eq!(
        j.confidence(delete),
        Confidence::AwsDoc,
        "the console labels are in AWS's own guide"
    );
    play(&j, &mut run, &mut now, &[Event::Continue, Event::Continue]);
    assert_eq!(run.step_id(), "forgot-password");
    play(
        &j,
        &mut run,
        &mut now,
        &[Event::OpenLink(0), press("sign-in")], // the reset mail, the first in the inbox
    );
    assert_eq!(run.outcome(&j).unwrap().id, "member-root-back");

    // Without centralized root access: the management account fixes the phone, then self-service.
    let mut run = Run::start(&j, None, Entropy::from_seed(Some("org")), now).unwrap();
    play(
        &j,
        &mut run,
        &mut now,
        &[choose("not-central"), choose("fix-phone")],
    );
    assert_eq!(run.world.stored_phone, "+819012345678");
    let decision = run.step(&j).unwrap().decision.clone().unwrap();
    let verdict = mfa_rescue::engine::decide::decide(&decision, &run.world, now);
    assert_eq!(verdict.verdict.keyword(), "call-will-work");
    play(&j, &mut run, &mut now, &[Event::Continue]);
    assert_eq!(
        run.outcome(&j).unwrap().journey.as_deref(),
        Some("root-self-service")
    );
}

#[test]
fn every_hand_off_names_a_built_in_journey_and_support_now_resolves() {
    let mut targets = BTreeSet::new();
    for j in all_journeys() {
        for step in &j.steps {
            let Some(outcome) = &step.outcome else {
                continue;
            };
            if outcome.kind != mfa_rescue::engine::journey::OutcomeKind::Handoff {
                continue;
            }
            let to = outcome.journey.as_deref().unwrap();
            assert_ne!(to, j.id, "{}: {} hands off to itself", j.id, step.id);
            assert!(
                builtin::IDS.contains(&to) && matches!(builtin::journey(to), Some(Ok(_))),
                "{}: {} hands off to {to}, which is not a built-in journey",
                j.id,
                step.id
            );
            targets.insert(to.to_owned());
        }
    }
    let root = builtin::journey("root-self-service").unwrap().unwrap();
    let contact = step_of(&root, "contact-support").outcome.as_ref().unwrap();
    assert_eq!(contact.journey.as_deref(), Some("support"));
    // Every journey but the entry point and prevention is somewhere's destination.
    for id in ["root-self-service", "support", "iam-user", "org-member"] {
        assert!(targets.contains(id), "nothing hands off to {id}");
    }
}

#[test]
fn built_in_ids_are_in_menu_order_and_only_practice_numbers_appear() {
    assert_eq!(
        builtin::IDS,
        [
            "triage",
            "root-self-service",
            "support",
            "iam-user",
            "org-member",
            "prevention"
        ]
    );
    for j in all_journeys() {
        assert_eq!(builtin::IDS.iter().filter(|id| **id == j.id).count(), 1);
        for step in &j.steps {
            // Practice data only: no real-looking account or phone slips in.
            for text in [&step.body.ja, &step.body.en] {
                for digits in text
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|d| d.len() == 12)
                {
                    assert!(
                        ["111122223333", "819012345678"].contains(&digits),
                        "{}: {}: {digits}",
                        j.id,
                        step.id
                    );
                }
            }
        }
    }
}
