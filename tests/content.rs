//! What the content review (issue 10) fixed, guarded: the practice restore never takes or keeps a
//! real key, the practice QR code says PRACTICE, the real support form's address is given, calls
//! with Japanese support have no English lines, and every source a step cites backs its
//! confidence. (That the labels a step names are the ones the console shows at that step, in that
//! language, is checked in the browser by tests/e2e/a11y.test.mjs on every step.)

mod common;

use common::all_journeys;
use mfa_rescue::engine::builtin;
use mfa_rescue::engine::clock::Clock;
use mfa_rescue::engine::journey::{CallLanguage, Confidence, Effect, SourceKind};
use mfa_rescue::engine::resume::Recording;
use mfa_rescue::engine::run::{Event, Refusal};

/// A well-formed Base32 key this rehearsal never made: it might be the reader's real one.
const FOREIGN_KEY: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

#[test]
fn the_app_restores_only_from_a_practice_key_and_the_record_keeps_which_one_never_the_text() {
    let j = builtin::journey("prevention").unwrap().unwrap();
    let mut rec = Recording::new(
        &j.id,
        Some("enroll-authenticator"),
        "restore",
        1_800_000_000,
    );
    let mut run = rec.start_run(&j).unwrap();
    let practice = run
        .world
        .enrollment
        .clone()
        .expect("the step assigns a device");
    let mut at = 1_800_000_000;
    let mut play = |run: &mut mfa_rescue::engine::run::Run, rec: &mut Recording, e: Event| {
        at += 5;
        let result = run.handle(&j, e.clone(), at);
        if result.is_ok() {
            rec.event(at, e, run);
        }
        result
    };
    play(&mut run, &mut rec, Event::WipeApp).unwrap();
    // A key the rehearsal did not make is refused, and the app stays empty.
    assert_eq!(
        play(&mut run, &mut rec, Event::RestoreApp(FOREIGN_KEY.into())),
        Err(Refusal::NotPracticeKey)
    );
    assert!(run.world.app.entry.is_none());
    // The practice key, typed as a reader would (groups, lower case), restores it.
    let typed = practice.secret.groups().join(" ").to_lowercase();
    play(&mut run, &mut rec, Event::RestoreApp(typed.clone())).unwrap();
    assert_eq!(
        run.world.app.entry.as_ref().map(|e| &e.secret),
        Some(&practice.secret)
    );
    let saved = rec.encode(&Clock::Real);
    assert!(saved.contains(" restore-practice 0\n"), "{saved}");
    for kept in [FOREIGN_KEY, &typed, &practice.secret.to_base32()] {
        assert!(
            !saved
                .to_lowercase()
                .contains(&kept.to_lowercase().replace(' ', "")),
            "{saved}"
        );
        assert!(!saved.contains(kept), "{saved}");
    }
    // The replay restores the same key from the same seed.
    assert_eq!(rec.replay(&j).unwrap(), run);
}

#[test]
fn the_practice_qr_code_says_practice_where_an_authenticator_app_shows_it() {
    let j = builtin::journey("prevention").unwrap().unwrap();
    let run = mfa_rescue::engine::run::Run::start(
        &j,
        Some("enroll-authenticator"),
        mfa_rescue::engine::entropy::Entropy::from_seed(Some("qr")),
        0,
    )
    .unwrap();
    let uri = run.world.enrollment.as_ref().unwrap().uri();
    let (label, query) = uri
        .strip_prefix("otpauth://totp/")
        .and_then(|rest| rest.split_once('?'))
        .unwrap();
    assert!(
        label.starts_with("mfa-rescue%20PRACTICE:PRACTICE-"),
        "{uri}"
    );
    assert!(query.ends_with("issuer=mfa-rescue%20PRACTICE"), "{uri}");
    assert!(!uri.contains("Amazon"), "{uri}");
}

#[test]
fn the_support_journeys_give_the_real_forms_address_as_text_to_look_for() {
    let address = "support.aws.amazon.com/#/contacts/aws-mfa-support";
    for (journey, step) in [("support", "support-form"), ("triage", "to-support")] {
        let j = builtin::journey(journey).unwrap().unwrap();
        let s = j.step(step).unwrap();
        assert!(
            s.body.ja.contains(address) && s.body.en.contains(address),
            "{journey}/{step}"
        );
        assert!(
            s.body
                .en
                .contains("I'm still having problems and would like to contact AWS Support"),
            "{journey}/{step}"
        );
    }
}

#[test]
fn calls_with_japanese_support_have_no_english_lines() {
    let is_japanese = |t: &str| {
        t.chars()
            .any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}'))
    };
    let j = builtin::journey("support").unwrap().unwrap();
    let mut japanese_calls = 0;
    for step in &j.steps {
        for effect in &step.effects {
            if let Effect::Call { language, says, .. } = effect
                && *language == CallLanguage::Ja
            {
                japanese_calls += 1;
                assert!(is_japanese(&says.ja), "{}", step.id);
            }
        }
        if step.call_language == CallLanguage::Ja {
            assert!(!step.phrases.is_empty(), "{}", step.id);
            for p in &step.phrases {
                // What is said is Japanese; the English is a translation, never a line to say.
                assert!(is_japanese(&p.ja), "{}: {}", step.id, p.ja);
            }
        }
    }
    assert!(
        japanese_calls >= 2,
        "the Japanese support calls are marked as Japanese"
    );
    for id in ["jp-call", "jp-pin", "landline", "landline-call"] {
        assert_eq!(
            j.step(id).unwrap().call_language,
            CallLanguage::Ja,
            "support/{id}"
        );
    }
}

#[test]
fn no_step_claims_more_than_its_sources_and_readers_reports_are_not_aws_documentation() {
    for j in all_journeys() {
        for step in &j.steps {
            let kinds: Vec<SourceKind> = step
                .sources
                .iter()
                .map(|id| {
                    j.source(id)
                        .unwrap_or_else(|| panic!("{}/{}: {id}", j.id, step.id))
                        .kind
                })
                .collect();
            let confidence = j.confidence(step);
            if kinds.contains(&SourceKind::ThirdParty) {
                assert_ne!(confidence, Confidence::AwsDoc, "{}/{}", j.id, step.id);
            }
            if kinds.contains(&SourceKind::Observed) {
                assert_eq!(confidence, Confidence::Uncertain, "{}/{}", j.id, step.id);
            }
        }
    }
}

#[test]
fn no_sentence_of_2014_reads_as_today() {
    // A step that rests only on the 2014 article says its year in its own words.
    for j in all_journeys() {
        for step in &j.steps {
            if step.sources == ["seed-003"] {
                for text in [&step.body.ja, &step.body.en] {
                    assert!(
                        text.contains("2014"),
                        "{}/{} must date its story",
                        j.id,
                        step.id
                    );
                }
            }
        }
    }
}
