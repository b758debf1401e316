//! Property tests: whatever a host page, a journey author, a damaged sessionStorage or a reader
//! types, the engine answers with a result or a clear error and never panics (a panic in wasm
//! takes down every widget on the page). Each property also checks what an answer promises.
//!
//! Case counts are kept small (see `CASES`) so the whole file runs in a few seconds on two cores;
//! `PROPTEST_CASES=…` raises them for a longer hunt. Native only (proptest is not built for wasm).
#![cfg(not(target_arch = "wasm32"))]

use mfa_rescue::embed::attrs::{self, resolve_lang};
use mfa_rescue::engine::authenticator::Enrollment;
use mfa_rescue::engine::builtin;
use mfa_rescue::engine::clock::Clock;
use mfa_rescue::engine::entropy::Entropy;
use mfa_rescue::engine::guard::{self, Expect};
use mfa_rescue::engine::journey::{Action, Journey, Transition, load, validate};
use mfa_rescue::engine::phone::{check_as_stored, normalise};
use mfa_rescue::engine::resume::{MAGIC, Recording};
use mfa_rescue::engine::run::{Change, Event, RestoreError, Run};
use mfa_rescue::engine::totp::{MfaSecret, Otp, normalise_code};
use mfa_rescue::i18n::{Lang, Tr};
use mfa_rescue::ui::words::{phone_problem, stored_check};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;

/// Cases per property unless `PROPTEST_CASES` says otherwise.
fn cases(n: u32) -> Config {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n);
    Config::with_cases(n)
}

const T0: i64 = 1_795_262_410;

/// Any text: every Unicode scalar (controls, surrogate neighbours, RTL marks, NUL), short or
/// long, now and then huge.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(any::<char>(), 0..48).prop_map(String::from_iter),
        3 => "[0-9０-９ +\\-()ー‐]{0,24}",
        1 => (any::<char>(), 1_000..200_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
        1 => Just(String::new()),
    ]
}

// ---- Attributes ----

/// The element's settings, from the one list js/mfa-rescue.js keeps (`SETTINGS`): the JavaScript
/// reads exactly these from the element, the address (`data-query`) or `create`'s options.
fn element_settings() -> Vec<String> {
    let js = include_str!("../js/mfa-rescue.js");
    let list = js
        .split_once("const SETTINGS = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("js/mfa-rescue.js declares SETTINGS");
    list.split(',')
        .map(|s| s.trim().trim_matches('\'').to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// What the JavaScript adds to them for `attrs::setup`: the language around the element, the
/// browser's, the page scripts' text, the element's id (resume).
const DERIVED: &[&str] = &[
    "inherited-lang",
    "navigator-languages",
    "journey-json",
    "strings-json",
    "id",
];

/// Every setting `attrs::setup` reads (`theme` is the JavaScript's own).
fn settings() -> Vec<String> {
    element_settings()
        .into_iter()
        .filter(|s| s != "theme")
        .chain(DERIVED.iter().map(|s| (*s).to_owned()))
        .collect()
}

#[test]
fn the_javascript_and_the_property_tests_read_one_list_of_settings() {
    let names = element_settings();
    for name in [
        "lang",
        "journey",
        "start",
        "now",
        "clock",
        "seed",
        "theme",
        "resume",
        "src-journey",
        "src-strings",
    ] {
        assert!(
            names.iter().any(|n| n == name),
            "{name} is not in js/mfa-rescue.js's SETTINGS"
        );
    }
    assert_eq!(names.len(), 10, "{names:?}");
}

/// A value for a setting: absent, arbitrary, or almost valid.
fn setting() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        4 => text().prop_map(Some),
        1 => "20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9](Z|[+-][0-9]{2}:[0-9]{2})?"
            .prop_map(Some),
        1 => prop::sample::select(vec!["ja", "en", "ja-JP", "frozen", "running", "off", "session", " "])
            .prop_map(|s| Some(s.to_owned())),
    ]
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_attribute_values_give_options_warnings_or_an_error(
        values in prop::collection::vec(setting(), settings().len()),
        real_now in any::<i64>(),
    ) {
        let names = settings();
        let get = |name: &str| {
            names
                .iter()
                .position(|s| s == name)
                .and_then(|i| values.get(i).cloned().flatten())
        };
        let setup = attrs::setup(get, real_now);
        let o = &setup.options;
        // The language is the one resolve_lang picks; every warning is addressed to the host.
        let (lang, _) = resolve_lang(
            get("lang").as_deref(),
            get("inherited-lang").as_deref(),
            get("navigator-languages").as_deref(),
        );
        prop_assert_eq!(o.lang, lang);
        for w in &setup.warnings {
            prop_assert!(w.starts_with("mfa-rescue: "), "{w}");
        }
        // A bad clock setting stops this widget; a good one reaches the options.
        let clock = attrs::parse_clock(get("now").as_deref(), get("clock").as_deref(), real_now);
        match clock {
            Ok(c) => prop_assert_eq!(o.clock, c),
            Err(e) => prop_assert_eq!(o.setup_error.as_ref(), Some(&e)),
        }
        if get("src-journey").is_some() && get("journey-json").is_none() {
            prop_assert!(o.setup_error.is_some());
        }
        // Resume needs a non-empty id and is keyed by it.
        match &o.resume_key {
            Some(key) => {
                let id = get("id").unwrap_or_default();
                prop_assert!(!id.is_empty());
                let prefix = format!("mfa-rescue:{id}:");
                prop_assert!(key.starts_with(&prefix));
            }
            None => prop_assert!(
                get("id").is_none_or(|id| id.is_empty())
                    || get("resume").is_some_and(|r| r.trim() == "off")
            ),
        }
        prop_assert_eq!(o.seed.clone(), get("seed"));
        prop_assert_eq!(o.start.clone(), get("start"));
    }
}

// ---- Journey files ----

/// One change to a journey's JSON tree. `path` picks a node (each number chooses a child of the
/// node reached so far, modulo its size); `pick` chooses among ids or replacement values.
#[derive(Clone, Debug)]
enum Mutation {
    /// Remove the node from its object or array.
    Delete { path: Vec<usize> },
    /// Duplicate an array element in place (a duplicated step, transition, effect).
    Duplicate { path: Vec<usize> },
    /// Replace a string with one of the journey's ids (a retargeted `next`, swapped ids).
    Retarget { path: Vec<usize>, pick: usize },
    /// Replace the node with a value of another type.
    Retype {
        path: Vec<usize>,
        pick: usize,
        s: String,
    },
    /// Swap the ids of two steps.
    SwapIds { a: usize, b: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let path = || prop::collection::vec(any::<usize>(), 0..7);
    prop_oneof![
        path().prop_map(|path| Mutation::Delete { path }),
        path().prop_map(|path| Mutation::Duplicate { path }),
        (path(), any::<usize>()).prop_map(|(path, pick)| Mutation::Retarget { path, pick }),
        (path(), any::<usize>(), text()).prop_map(|(path, pick, s)| Mutation::Retype {
            path,
            pick,
            s
        }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapIds { a, b }),
    ]
}

/// What happens to the serialized text afterwards.
#[derive(Clone, Debug)]
enum Damage {
    None,
    /// Cut at this fraction (per mille) of the text.
    Truncate(u16),
    /// Overwrite bytes at these fractions (per mille) with these bytes, then read it lossily.
    Bytes(Vec<(u16, u8)>),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => Just(Damage::None),
        1 => (0..1000u16).prop_map(Damage::Truncate),
        1 => prop::collection::vec((0..1000u16, any::<u8>()), 1..8).prop_map(Damage::Bytes),
    ]
}

/// The child of `v` chosen by `i` (modulo its size), if it has children.
fn child_key(v: &Value, i: usize) -> Option<Result<String, usize>> {
    match v {
        Value::Object(m) if !m.is_empty() => m.keys().nth(i % m.len()).cloned().map(Ok),
        Value::Array(a) if !a.is_empty() => Some(Err(i % a.len())),
        _ => None,
    }
}

/// The node `path` reaches, with the parent and key/index that hold it (`None` for the root).
fn walk<'v>(root: &'v mut Value, path: &[usize]) -> (&'v mut Value, Vec<Result<String, usize>>) {
    let mut keys = Vec::new();
    let mut node = &*root;
    for &i in path {
        let Some(k) = child_key(node, i) else { break };
        node = match &k {
            Ok(key) => &node[key.as_str()],
            Err(idx) => &node[*idx],
        };
        keys.push(k);
    }
    (root, keys)
}

fn node_mut<'v>(root: &'v mut Value, keys: &[Result<String, usize>]) -> Option<&'v mut Value> {
    keys.iter().try_fold(root, |v, k| match k {
        Ok(key) => v.get_mut(key.as_str()),
        Err(i) => v.get_mut(*i),
    })
}

fn step_ids(v: &Value) -> Vec<String> {
    v["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["id"].as_str().map(str::to_owned))
        .collect()
}

fn apply(json: &mut Value, m: &Mutation) {
    let ids = step_ids(json);
    match m {
        Mutation::Delete { path } | Mutation::Duplicate { path } => {
            let (root, keys) = walk(json, path);
            let Some((last, parent_keys)) = keys.split_last() else {
                return;
            };
            let Some(parent) = node_mut(root, parent_keys) else {
                return;
            };
            match (parent, last, m) {
                (Value::Object(map), Ok(key), Mutation::Delete { .. }) => {
                    map.remove(key);
                }
                (Value::Array(a), Err(i), Mutation::Delete { .. }) => {
                    a.remove(*i);
                }
                (Value::Array(a), Err(i), _) => {
                    let copy = a[*i].clone();
                    a.insert(*i, copy);
                }
                _ => {}
            }
        }
        Mutation::Retarget { path, pick } => {
            let (root, keys) = walk(json, path);
            if let Some(node @ Value::String(_)) = node_mut(root, &keys) {
                let target = if ids.is_empty() {
                    "nowhere".to_owned()
                } else {
                    ids[pick % ids.len()].clone()
                };
                *node = Value::String(target);
            }
        }
        Mutation::Retype { path, pick, s } => {
            let (root, keys) = walk(json, path);
            if let Some(node) = node_mut(root, &keys) {
                *node = match pick % 7 {
                    0 => Value::Null,
                    1 => Value::Bool(pick % 2 == 0),
                    2 => serde_json::json!(*pick as f64 / 3.0),
                    3 => serde_json::json!(-(*pick as i64 % 1000)),
                    4 => Value::String(s.clone()),
                    5 => serde_json::json!([s]),
                    _ => serde_json::json!({ "ja": s, "en": s }),
                };
            }
        }
        Mutation::SwapIds { a, b } => {
            if let Some(steps) = json.get_mut("steps").and_then(Value::as_array_mut)
                && !steps.is_empty()
            {
                let (a, b) = (a % steps.len(), b % steps.len());
                let id = |s: &Value| s.get("id").cloned();
                // Both have an id only if both are objects, where indexing by key cannot panic.
                if let (Some(ida), Some(idb)) = (id(&steps[a]), id(&steps[b])) {
                    steps[a]["id"] = idb;
                    steps[b]["id"] = ida;
                }
            }
        }
    }
}

fn damaged(text: String, d: &Damage) -> String {
    match d {
        Damage::None => text,
        Damage::Truncate(per_mille) => {
            let mut cut = text.len() * usize::from(*per_mille) / 1000;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text[..cut].to_owned()
        }
        Damage::Bytes(edits) => {
            let mut bytes = text.into_bytes();
            let len = bytes.len();
            for (at, byte) in edits {
                if len > 0 {
                    bytes[len * usize::from(*at) / 1000 % len] = *byte;
                }
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }
}

/// One thing a reader (or the clock) does during a walk. `Follow` takes the current step's
/// transition with that index the way the UI would (the right code, the mail's link, …); the
/// others are arbitrary.
#[derive(Clone, Debug)]
enum Move {
    Follow(usize),
    Choose(String),
    Action(Action),
    Link(usize),
    Keypad(char),
    Code(String),
    Restore(String),
    Enroll(String, String),
    Continue,
    Back,
    Wipe,
    Scan,
    /// Let this many minutes pass, then let `after` transitions fire.
    Wait(u32),
}

fn a_move() -> impl Strategy<Value = Move> {
    prop_oneof![
        8 => any::<usize>().prop_map(Move::Follow),
        1 => text().prop_map(Move::Choose),
        1 => proptest::sample::select(Action::ALL).prop_map(Move::Action),
        1 => any::<usize>().prop_map(Move::Link),
        1 => any::<char>().prop_map(Move::Keypad),
        1 => text().prop_map(Move::Code),
        1 => text().prop_map(Move::Restore),
        1 => (text(), text()).prop_map(|(a, b)| Move::Enroll(a, b)),
        1 => Just(Move::Continue),
        2 => Just(Move::Back),
        1 => Just(Move::Wipe),
        1 => Just(Move::Scan),
        1 => (0..100_000u32).prop_map(Move::Wait),
    ]
}

/// The events `m` stands for at the run's current step.
fn events_for(m: &Move, run: &Run, journey: &Journey, now: i64) -> Vec<Event> {
    match m {
        Move::Follow(i) => {
            let Some(step) = run.step(journey) else {
                return Vec::new();
            };
            let Some(t) = step.on.get(i % step.on.len().max(1)) else {
                return Vec::new();
            };
            match t {
                Transition::Choice { id, .. } => vec![Event::Choose(id.clone())],
                Transition::Action { action, .. } => vec![Event::Action(*action)],
                Transition::Link { mail, .. } => run
                    .world
                    .mails
                    .iter()
                    .rposition(|m| m.id == *mail)
                    .map(Event::OpenLink)
                    .into_iter()
                    .collect(),
                Transition::Keypad { .. } => run
                    .world
                    .console_code
                    .as_deref()
                    .unwrap_or("123456")
                    .chars()
                    .map(Event::Keypad)
                    .collect(),
                Transition::ConsoleCode { .. } => vec![Event::ConsoleCode(
                    run.world.expected_sms_code().unwrap_or("000000").to_owned(),
                )],
                Transition::Enrolled { .. } => {
                    // The codes the app shows if it scanned the device (else nothing matches).
                    let Some(otp) = run
                        .world
                        .enrollment
                        .as_ref()
                        .and_then(|e| Otp::new(&e.secret).ok())
                    else {
                        return Vec::new();
                    };
                    vec![Event::Enroll {
                        first: otp.code_at(now.saturating_sub(30)),
                        second: otp.code_at(now),
                    }]
                }
                Transition::Continue { .. } => vec![Event::Continue],
                Transition::Rule { .. } | Transition::After { .. } => Vec::new(),
            }
        }
        Move::Choose(s) => vec![Event::Choose(s.clone())],
        Move::Action(a) => vec![Event::Action(*a)],
        Move::Link(i) => vec![Event::OpenLink(*i)],
        Move::Keypad(c) => vec![Event::Keypad(*c)],
        Move::Code(s) => vec![Event::ConsoleCode(s.clone())],
        Move::Restore(s) => vec![Event::RestoreApp(s.clone())],
        Move::Enroll(a, b) => vec![Event::Enroll {
            first: a.clone(),
            second: b.clone(),
        }],
        Move::Continue => vec![Event::Continue],
        Move::Back => vec![Event::Back],
        Move::Wipe => vec![Event::WipeApp],
        Move::Scan => vec![Event::ScanQr],
        Move::Wait(_) => Vec::new(),
    }
}

/// Walks `journey` from `start` with `moves`, as the widget does (recording what was accepted
/// and applying the clock jumps the steps ask for), checking the run after each move; then
/// checks that the recording, saved and read back, replays to the very same run.
fn walk_and_replay(
    journey: &Journey,
    start: Option<&str>,
    seed: &str,
    moves: &[Move],
) -> Result<(), TestCaseError> {
    let Some((run, rec)) = walk_journey(journey, start, seed, moves)? else {
        return Ok(());
    };
    let (back, _) = Recording::decode(&rec.encode(&Clock::Real))
        .map_err(|e| TestCaseError::fail(format!("own save unreadable: {e:?}")))?;
    prop_assert_eq!(&back, &rec);
    let replayed = back
        .replay(journey)
        .map_err(|e| TestCaseError::fail(format!("own save does not replay: {e:?}")))?;
    prop_assert_eq!(replayed, run);
    Ok(())
}

/// The walk itself: the run and its recording (`None` if the start step does not exist).
fn walk_journey(
    journey: &Journey,
    start: Option<&str>,
    seed: &str,
    moves: &[Move],
) -> Result<Option<(Run, Recording)>, TestCaseError> {
    let mut rec = Recording::new(&journey.id, start, seed, T0);
    let mut run = match rec.start_run(journey) {
        Ok(run) => run,
        // Only an unknown start step may refuse.
        Err(e) => {
            prop_assert!(start.is_some_and(|s| journey.step(s).is_none()), "{e:?}");
            return Ok(None);
        }
    };
    let mut now = T0.saturating_add(run.take_clock_jump());
    for m in moves {
        now = now.saturating_add(7);
        if let Move::Wait(minutes) = m {
            now = now.saturating_add(i64::from(*minutes) * 60);
        }
        for event in events_for(m, &run, journey, now) {
            if let Ok(change) = run.handle(journey, event.clone(), now) {
                rec.event(now, event, &run);
                if let Change::Step { to, .. } = change {
                    prop_assert_eq!(to.as_str(), run.step_id());
                }
            }
            now = now.saturating_add(run.take_clock_jump());
        }
        if run.tick(journey, now).is_some() {
            rec.tick(now);
            now = now.saturating_add(run.take_clock_jump());
        }
        prop_assert!(
            run.step(journey).is_some(),
            "on a step that does not exist: {}",
            run.step_id()
        );
        prop_assert!(run.position() >= 1);
    }
    Ok(Some((run, rec)))
}

fn builtin_value(index: usize) -> (String, Value) {
    let id = builtin::IDS[index % builtin::IDS.len()];
    let json = builtin::source(id).unwrap();
    (id.to_owned(), serde_json::from_str(json).unwrap())
}

proptest! {
    #![proptest_config(cases(160))]

    #[test]
    fn mutated_journeys_load_or_say_why_and_loaded_ones_can_be_walked(
        which in 0..builtin::IDS.len(),
        mutations in prop::collection::vec(mutation(), 1..5),
        damage in damage(),
        seed in "[a-z0-9]{0,8}",
        moves in prop::collection::vec(a_move(), 0..24),
    ) {
        let (_, mut value) = builtin_value(which);
        for m in &mutations {
            apply(&mut value, m);
        }
        let text = damaged(value.to_string(), &damage);
        match load(&text) {
            Ok(journey) => {
                prop_assert!(validate(&journey).is_empty());
                walk_and_replay(&journey, None, &seed, &moves)?;
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(!p.message.trim().is_empty(), "{p:?}");
                    prop_assert!(!p.to_string().is_empty());
                }
            }
        }
    }

    #[test]
    fn every_built_in_journey_survives_random_walks_from_any_step(
        which in 0..builtin::IDS.len(),
        start in any::<usize>(),
        seed in "[a-z0-9]{0,8}",
        moves in prop::collection::vec(a_move(), 0..40),
    ) {
        let (id, _) = builtin_value(which);
        let journey = builtin::journey(&id).unwrap().unwrap();
        let start = journey.steps[start % journey.steps.len()].id.clone();
        walk_and_replay(&journey, Some(&start), &seed, &moves)?;
    }

    #[test]
    fn arbitrary_text_is_never_a_journey_by_accident(s in text()) {
        if let Ok(j) = load(&s) {
            prop_assert!(validate(&j).is_empty());
        }
    }
}

// ---- Resume state ----

/// A run whose app holds nothing: a typed restore key recorded against it keeps nothing.
fn blank_run() -> Run {
    let journey = builtin::journey("root-self-service").unwrap().unwrap();
    let mut run = Run::start(&journey, None, Entropy::from_seed(Some("blank")), T0).unwrap();
    run.handle(&journey, Event::WipeApp, T0).unwrap();
    run
}

/// A recording built from arbitrary values (ids with spaces, `%`, line breaks, any Unicode).
fn recording() -> impl Strategy<Value = Recording> {
    let event = prop_oneof![
        text().prop_map(Event::Choose),
        proptest::sample::select(Action::ALL).prop_map(Event::Action),
        any::<usize>().prop_map(Event::OpenLink),
        any::<char>().prop_map(Event::Keypad),
        text().prop_map(Event::ConsoleCode),
        text().prop_map(Event::RestoreApp),
        any::<usize>().prop_map(Event::RestorePractice),
        (text(), text()).prop_map(|(first, second)| Event::Enroll { first, second }),
        Just(Event::Continue),
        Just(Event::Back),
        text().prop_map(Event::BackTo),
        Just(Event::WipeApp),
        Just(Event::ScanQr),
    ];
    let entry = (any::<i64>(), prop::option::of(event));
    (
        text(),
        prop::option::of(text().prop_filter("an empty start is no start", |s| !s.is_empty())),
        text(),
        any::<i64>(),
        prop::collection::vec(entry, 0..12),
    )
        .prop_map(|(journey, start, seed, at, entries)| {
            let mut rec = Recording::new(&journey, start.as_deref(), &seed, at);
            let run = blank_run();
            for (t, e) in entries {
                match e {
                    Some(e) => rec.event(t, e, &run),
                    None => rec.tick(t),
                }
            }
            rec
        })
}

fn clock() -> impl Strategy<Value = Clock> {
    prop_oneof![
        Just(Clock::Real),
        (any::<i64>(), any::<bool>()).prop_map(|(at, running)| Clock::simulated(at, 0, running)),
    ]
}

/// Damage to a saved text: cut it, drop or repeat a line, change a byte, or bump the version.
#[derive(Clone, Debug)]
enum SaveDamage {
    Truncate(u16),
    DropLine(usize),
    RepeatLine(usize),
    Bytes(Vec<(u16, u8)>),
    Version(u32),
    Insert(usize, String),
}

fn save_damage() -> impl Strategy<Value = SaveDamage> {
    prop_oneof![
        (0..1000u16).prop_map(SaveDamage::Truncate),
        any::<usize>().prop_map(SaveDamage::DropLine),
        any::<usize>().prop_map(SaveDamage::RepeatLine),
        prop::collection::vec((0..1000u16, any::<u8>()), 1..6).prop_map(SaveDamage::Bytes),
        any::<u32>().prop_map(SaveDamage::Version),
        (any::<usize>(), text()).prop_map(|(i, s)| SaveDamage::Insert(i, s)),
    ]
}

fn damage_save(text: &str, d: &SaveDamage) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len().max(1);
    match d {
        SaveDamage::Truncate(p) => return damaged(text.to_owned(), &Damage::Truncate(*p)),
        SaveDamage::Bytes(edits) => return damaged(text.to_owned(), &Damage::Bytes(edits.clone())),
        SaveDamage::DropLine(i) => {
            if !lines.is_empty() {
                lines.remove(i % n);
            }
        }
        SaveDamage::RepeatLine(i) => {
            if let Some(line) = lines.get(i % n).cloned() {
                lines.insert(i % n, line);
            }
        }
        SaveDamage::Version(v) => {
            if let Some(first) = lines.first_mut() {
                *first = format!("mfa-rescue-run/{v}");
            }
        }
        SaveDamage::Insert(i, s) => lines.insert(i % (lines.len() + 1), s.clone()),
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn a_saved_recording_reads_back_as_itself(rec in recording(), clock in clock()) {
        let (back, saved_clock) = Recording::decode(&rec.encode(&clock))
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back, rec);
        for real in [0, 1_795_262_410_000, -5] {
            prop_assert_eq!(saved_clock.now(real), clock.now(real));
        }
    }

    #[test]
    fn damaged_saves_are_refused_or_replay_to_a_result(
        which in 0..builtin::IDS.len(),
        moves in prop::collection::vec(any::<usize>().prop_map(Move::Follow), 0..20),
        damage in save_damage(),
    ) {
        // A real save of a walk through a built-in journey, then damaged.
        let (id, _) = builtin_value(which);
        let journey = builtin::journey(&id).unwrap().unwrap();
        let Some((_, rec)) = walk_journey(&journey, None, "damaged", &moves)? else {
            return Err(TestCaseError::fail("a built-in journey did not start"));
        };
        let text = damage_save(&rec.encode(&Clock::Real), &damage);
        match Recording::decode(&text) {
            Ok((back, _)) => {
                // Whatever still reads either replays to a run on a real step or says why not.
                if let Ok(run) = back.replay(&journey) {
                    prop_assert!(run.step(&journey).is_some());
                }
            }
            Err(e) => {
                if let SaveDamage::Version(v) = damage
                    && v != 1
                {
                    prop_assert_eq!(e, RestoreError::OldFormat);
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_is_read_or_refused_as_a_save(s in text(), which in 0..builtin::IDS.len()) {
        let (id, _) = builtin_value(which);
        let journey = builtin::journey(&id).unwrap().unwrap();
        for candidate in [s.clone(), format!("{MAGIC}\n{s}"), format!("{MAGIC}\njourney {id}\nstart\nseed x\nat 0\nclock real\n{s}")] {
            if let Ok((back, _)) = Recording::decode(&candidate)
                && let Ok(run) = back.replay(&journey)
            {
                prop_assert!(run.step(&journey).is_some());
            }
        }
    }

    #[test]
    fn walks_of_built_in_journeys_replay_after_a_reload(
        which in 0..builtin::IDS.len(),
        seed in "[a-z0-9]{1,8}",
        moves in prop::collection::vec(any::<usize>().prop_map(Move::Follow), 0..30),
    ) {
        // Only "follow" moves: the reader doing what the steps say, the deep paths.
        let (id, _) = builtin_value(which);
        let journey = builtin::journey(&id).unwrap().unwrap();
        walk_and_replay(&journey, None, &seed, &moves)?;
    }
}

// ---- Typed codes, keys and phone numbers ----

/// RFC 4648 Base32 without padding, written out here so the test does not trust the code under
/// test to produce its own input.
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn typed_codes_are_six_digits_or_refused(s in text(), digits in prop_oneof![Just(6usize), Just(8), any::<usize>()]) {
        if let Some(code) = normalise_code(&s, digits) {
            prop_assert_eq!(code.len(), digits);
            prop_assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn codes_as_apps_show_them_are_read(code in "[0-9]{6}", full_width in any::<bool>()) {
        let shown = format!("{} {}", &code[..3], &code[3..]);
        let typed: String = if full_width {
            shown.chars().map(|c| char::from_u32(c as u32 + 0xFEE0).filter(|_| c != ' ').unwrap_or('\u{3000}')).collect()
        } else {
            shown
        };
        prop_assert_eq!(normalise_code(&typed, 6), Some(code));
    }

    #[test]
    fn typed_secret_keys_parse_to_usable_keys_or_say_why(s in text()) {
        if let Ok(secret) = MfaSecret::parse(&s) {
            let len = secret.as_bytes().len();
            prop_assert!((16..=128).contains(&len), "{len}");
            prop_assert!(Otp::new(&secret).is_ok());
            prop_assert_eq!(MfaSecret::parse(&secret.to_base32()), Ok(secret));
        }
    }

    #[test]
    fn any_saved_key_reads_back_as_typed_by_hand(
        bytes in prop::collection::vec(any::<u8>(), 16..=128),
        lower in any::<bool>(),
        sep in prop::sample::select(vec![" ", "-", "　", ""]),
    ) {
        let secret = MfaSecret::parse(&base32(&bytes))
            .map_err(|e| TestCaseError::fail(format!("a key of {} bytes was refused: {e}", bytes.len())))?;
        prop_assert_eq!(secret.as_bytes(), &bytes[..]);
        let mut typed = secret.groups().join(sep);
        if lower {
            typed = typed.to_lowercase();
        }
        prop_assert_eq!(MfaSecret::parse(&typed), Ok(secret));
    }

    #[test]
    fn the_enrollment_check_answers_any_pair_at_any_time(
        seed in "[a-z0-9]{1,6}",
        code1 in text(),
        code2 in text(),
        now in prop_oneof![any::<i64>(), (0i64..4_000_000_000)],
    ) {
        let e = Enrollment::new(&mut Entropy::from_seed(Some(&seed)), None).unwrap();
        if e.verify(&code1, &code2, now).is_ok() {
            prop_assert!(normalise_code(&code1, 6).is_some() && normalise_code(&code2, 6).is_some());
            prop_assert_ne!(normalise_code(&code1, 6), normalise_code(&code2, 6));
        }
        // Two consecutive codes typed right away are accepted, at any time of day.
        let otp = Otp::new(&e.secret).unwrap();
        let t = now.rem_euclid(4_000_000_000).max(30);
        prop_assert!(e.verify(&otp.code_at(t - 30), &otp.code_at(t), t).is_ok());
    }

    #[test]
    fn phone_numbers_normalise_to_e164_or_say_why(s in text()) {
        match normalise(&s) {
            Ok(n) => {
                let text = n.as_str();
                prop_assert!(text.starts_with('+'), "{text}");
                let digits = &text[1..];
                prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{text}");
                prop_assert!((7..=15).contains(&digits.len()), "{text}");
                prop_assert!(!digits.starts_with('0'), "{text}");
                prop_assert_eq!(normalise(text), Ok(n.clone()));
                prop_assert!(check_as_stored(text).is_ok(), "{text}");
            }
            Err(problem) => {
                prop_assert!(!phone_problem(&problem, Tr::plain(Lang::Ja)).is_empty() && !phone_problem(&problem, Tr::plain(Lang::En)).is_empty());
            }
        }
        let check = check_as_stored(&s);
        prop_assert!(!stored_check(&check, Tr::plain(Lang::Ja)).is_empty() && !stored_check(&check, Tr::plain(Lang::En)).is_empty());
        if let Some(suggestion) = check.suggestion() {
            prop_assert!(check_as_stored(suggestion.as_str()).is_ok(), "{s:?} → {suggestion}");
        }
    }

    #[test]
    fn japanese_mobiles_however_typed_become_plus_81(
        prefix in prop::sample::select(vec!["070", "080", "090"]),
        // 0800 (and so 080-0…) is toll-free in Japan: mobile numbers go on with 1–9.
        a in "[1-9][0-9]{3}",
        b in "[0-9]{4}",
        sep in prop::sample::select(vec!["-", " ", "ー", "‐", "", "－"]),
        full_width in any::<bool>(),
    ) {
        let typed = format!("{prefix}{sep}{a}{sep}{b}");
        let typed: String = if full_width {
            typed.chars().map(|c| if c.is_ascii_digit() { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c }).collect()
        } else {
            typed
        };
        let n = normalise(&typed).map_err(|e| TestCaseError::fail(format!("{typed}: {e}")))?;
        prop_assert_eq!(n.as_str(), format!("+81{}{a}{b}", &prefix[1..]));
        prop_assert!(n.is_japanese());
        // As stored on the account, the domestic form is the documented trap.
        prop_assert!(!check_as_stored(&typed).is_ok());
    }

    #[test]
    fn the_credential_guard_answers_any_text(s in text()) {
        for expect in [Expect::Digits, Expect::Base32] {
            let _ = guard::refuse(&s, expect);
        }
        // A code or a key as apps show them is never refused.
        prop_assert_eq!(guard::refuse("123 456", Expect::Digits), None);
    }

    #[test]
    fn credentials_are_refused_wherever_they_are_pasted(
        before in "[ a-z=:]{0,12}",
        id_tail in "[A-Z0-9]{16}",
        temporary in any::<bool>(),
        secret in "[A-Za-z0-9/+]{38}",
        expect in prop::sample::select(vec![Expect::Digits, Expect::Base32]),
    ) {
        let id = format!("{}{id_tail}", if temporary { "ASIA" } else { "AKIA" });
        let pasted = format!("{before}{id}");
        prop_assert!(guard::refuse(&pasted, expect).is_some());
        // Mixed case, as 40 random Base64 characters almost always are.
        let key = format!("a{secret}Z");
        let pasted = format!("{before} {key}");
        prop_assert!(guard::refuse(&pasted, expect).is_some());
    }
}
