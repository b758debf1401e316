//! Resume after a reload: a run is saved as what the reader did, not as its state.
//!
//! A [`Recording`] holds how the run started (journey, start step, seed, simulated time) and each
//! accepted event with the simulated second it happened at. Restoring replays those events
//! through [`Run::handle`], so the restored run is exactly the one the reader had, and every
//! check the engine makes on an event is made again: a recording that no longer fits the journey
//! (a step renamed, a choice removed) is refused with a [`RestoreError`] and the widget starts
//! over with a notice. The saved text is a few short lines, written and read by hand: the
//! widget's wasm carries no serializer for the world.
//!
//! ```text
//! mfa-rescue-run/2
//! journey root-self-service
//! start
//! seed 3f9a…
//! at 1795262410
//! clock run 123456
//! 1795262415 choose phone-stored-ok
//! 1795262470 link verify-email
//! ```

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use std::sync::Arc;

use super::builtin;
use super::clock::Clock;
use super::entropy::{Entropy, EntropyUnavailable};
use super::journey::{Action, Journey};
use super::run::{Event, RestoreError, Run};

/// The first line of a saved run; another version starts over with a notice.
pub const MAGIC: &str = "mfa-rescue-run/2";
const MAGIC_PREFIX: &str = "mfa-rescue-run/";
/// Ids stay readable in the saved text; spaces, line breaks and `%` are escaped.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.');

/// One thing the reader did (or the clock did, for steps that move on after a while).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Entry {
    Event(i64, Event),
    /// An `after` transition fired at this simulated second.
    Tick(i64),
}

/// How a run started and everything accepted since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recording {
    pub journey: String,
    pub start: Option<String>,
    /// The run's entropy seed: a restored run draws the same secrets and codes.
    pub seed: String,
    /// Simulated second the run started at.
    pub started_at: i64,
    entries: Vec<Entry>,
}

impl Recording {
    /// A run about to start (nothing done yet).
    pub fn new(journey: &str, start: Option<&str>, seed: &str, started_at: i64) -> Self {
        Recording {
            journey: journey.to_owned(),
            start: start.map(str::to_owned),
            seed: seed.to_owned(),
            started_at,
            entries: Vec::new(),
        }
    }

    /// The run this recording starts (before any event).
    pub fn start_run(&self, journey: &Journey) -> Result<Run, RestoreError> {
        if self.journey != journey.id {
            return Err(RestoreError::OtherJourney);
        }
        if let Some(start) = &self.start
            && journey.step(start).is_none()
        {
            return Err(RestoreError::StepGone(start.clone()));
        }
        Run::start(
            journey,
            self.start.as_deref(),
            Entropy::from_seed(Some(&self.seed)),
            self.started_at,
        )
        .map_err(|_| RestoreError::Unreadable)
    }

    /// Notes an event the engine accepted at simulated second `at`; `run` is the run after it.
    /// What the reader typed into the restore form is never kept: only *which* practice key the
    /// app was restored from.
    pub fn event(&mut self, at: i64, event: Event, run: &Run) {
        let kept = match event {
            Event::RestoreApp(_) => {
                let w = &run.world;
                let restored =
                    w.app.entry.as_ref().and_then(|entry| {
                        w.made.iter().position(|made| made.secret == entry.secret)
                    });
                match restored {
                    Some(n) => Event::RestorePractice(n),
                    // Accepted but not traceable to a practice key: keep nothing rather than the text.
                    None => return,
                }
            }
            other => other,
        };
        self.entries.push(Entry::Event(at, kept));
    }

    /// Notes that an `after` transition fired at `at`.
    pub fn tick(&mut self, at: i64) {
        self.entries.push(Entry::Tick(at));
    }

    /// How many things were recorded.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing was done yet. An empty recording is not worth resuming: reloading a page
    /// on which the reader did nothing starts the rehearsal fresh, with no notice.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The text to keep for this recording with the widget's clock, or `None` when there is
    /// nothing to resume (no accepted event yet): the keeper then forgets any older text.
    pub fn save(&self, clock: &Clock) -> Option<String> {
        (!self.is_empty()).then(|| self.encode(clock))
    }

    /// Replays the recording: the run as the reader left it, or why it no longer fits.
    pub fn replay(&self, journey: &Journey) -> Result<Run, RestoreError> {
        let mut run = self.start_run(journey)?;
        for entry in &self.entries {
            let fits = match entry {
                Entry::Event(at, event) => run.handle(journey, event.clone(), *at).is_ok(),
                Entry::Tick(at) => run.tick(journey, *at).is_some(),
            };
            if !fits {
                return Err(RestoreError::NoLongerFits(run.step_id().to_owned()));
            }
        }
        // The saved clock already includes every jump the steps asked for.
        run.take_clock_jump();
        Ok(run)
    }

    /// The saved text, with the widget's clock.
    pub fn encode(&self, clock: &Clock) -> String {
        let mut out = format!(
            "{MAGIC}\njourney {}\nstart {}\nseed {}\nat {}\nclock {}\n",
            enc(&self.journey),
            self.start.as_deref().map(enc).unwrap_or_default(),
            enc(&self.seed),
            self.started_at,
            encode_clock(clock),
        );
        for entry in &self.entries {
            let line = match entry {
                Entry::Tick(at) => format!("{at} tick"),
                Entry::Event(at, event) => {
                    let (code, arg) = event_code(event);
                    match arg {
                        Some(arg) => format!("{at} {code} {}", enc(&arg)),
                        None => format!("{at} {code}"),
                    }
                }
            };
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// Reads a saved text back (without checking it against a journey: see [`Recording::replay`]).
    pub fn decode(text: &str) -> Result<(Recording, Clock), RestoreError> {
        let mut lines = text.lines();
        match lines.next() {
            Some(MAGIC) => {}
            Some(other) if other.starts_with(MAGIC_PREFIX) => return Err(RestoreError::OldFormat),
            _ => return Err(RestoreError::Unreadable),
        }
        let mut header = |name: &str| -> Result<String, RestoreError> {
            let line = lines.next().ok_or(RestoreError::Unreadable)?;
            let value = line
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(' ').or((rest.is_empty()).then_some("")))
                .ok_or(RestoreError::Unreadable)?;
            dec(value)
        };
        let journey = header("journey")?;
        let start = Some(header("start")?).filter(|s| !s.is_empty());
        let seed = header("seed")?;
        let started_at = header("at")?
            .parse()
            .map_err(|_| RestoreError::Unreadable)?;
        let clock = decode_clock(&header("clock")?)?;
        let mut entries = Vec::new();
        for line in lines.filter(|l| !l.is_empty()) {
            let mut parts = line.splitn(3, ' ');
            let at: i64 = parts
                .next()
                .and_then(|t| t.parse().ok())
                .ok_or(RestoreError::Unreadable)?;
            let code = parts.next().ok_or(RestoreError::Unreadable)?;
            let arg = parts.next().map(dec).transpose()?;
            entries.push(match code {
                "tick" => Entry::Tick(at),
                _ => Entry::Event(at, event_from(code, arg)?),
            });
        }
        let recording = Recording {
            journey,
            start,
            seed,
            started_at,
            entries,
        };
        Ok((recording, clock))
    }
}

/// A run of `journey` starting now, and its recording when resume is on. Without a seed from the
/// host, a recorded run draws one at once, so that a replay draws the same secrets and codes.
pub fn begin(
    journey: &Journey,
    start: Option<&str>,
    seed: Option<&str>,
    record: bool,
    now: i64,
) -> Result<(Run, Option<Recording>), EntropyUnavailable> {
    if !record {
        let run = Run::start(journey, start, Entropy::from_seed(seed), now)?;
        return Ok((run, None));
    }
    let seed = match seed {
        Some(seed) => seed.to_owned(),
        None => Entropy::from_seed(None).digits("resume-seed", 24)?,
    };
    let recording = Recording::new(&journey.id, start, &seed, now);
    let run = recording
        .start_run(journey)
        .map_err(|_| EntropyUnavailable)?;
    Ok((run, Some(recording)))
}

/// A saved rehearsal read back and replayed.
#[derive(Debug)]
pub struct Restored {
    /// The journey the run is in: the host's, or a built-in one it was handed off to.
    pub journey: Arc<Journey>,
    pub run: Run,
    pub recording: Recording,
    pub clock: Clock,
}

impl Restored {
    /// Whether the run continued in another journey (a hand-off) before it was saved.
    pub fn handed_off(&self, from: &Arc<Journey>) -> bool {
        !Arc::ptr_eq(&self.journey, from)
    }
}

/// What to do with a saved text for `journey`: nothing (`Ok(None)`: no text, or one with nothing
/// done), the run it records, or why it no longer fits (the widget starts over and says so).
pub fn restore(
    saved: Option<&str>,
    journey: &Arc<Journey>,
) -> Result<Option<Restored>, RestoreError> {
    let Some(saved) = saved else {
        return Ok(None);
    };
    let (recording, clock) = Recording::decode(saved)?;
    if recording.is_empty() {
        return Ok(None);
    }
    let journey = if recording.journey == journey.id {
        Arc::clone(journey)
    } else {
        match builtin::shared(&recording.journey) {
            Some(Ok(other)) => other,
            _ => return Err(RestoreError::OtherJourney),
        }
    };
    let run = recording.replay(&journey)?;
    Ok(Some(Restored {
        journey,
        run,
        recording,
        clock,
    }))
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, ESCAPED).to_string()
}

fn dec(s: &str) -> Result<String, RestoreError> {
    percent_decode_str(s)
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| RestoreError::Unreadable)
}

/// A running simulated clock is saved as its offset from real time, so it keeps running while
/// the page reloads; a frozen one as its reading.
fn encode_clock(clock: &Clock) -> String {
    match *clock {
        Clock::Real => "real".to_owned(),
        Clock::Simulated {
            anchor_real,
            anchor_sim,
            running: true,
        } => format!("run {}", anchor_sim.saturating_sub(anchor_real)),
        Clock::Simulated {
            anchor_sim,
            running: false,
            ..
        } => format!("frozen {anchor_sim}"),
    }
}

fn decode_clock(text: &str) -> Result<Clock, RestoreError> {
    let number = |s: &str| s.parse::<i64>().map_err(|_| RestoreError::Unreadable);
    match text.split_once(' ') {
        None if text == "real" => Ok(Clock::Real),
        Some(("run", offset)) => Ok(Clock::simulated(number(offset)?, 0, true)),
        Some(("frozen", at)) => Ok(Clock::simulated(number(at)?, 0, false)),
        _ => Err(RestoreError::Unreadable),
    }
}

fn event_code(event: &Event) -> (&'static str, Option<String>) {
    match event {
        Event::Choose(id) => ("choose", Some(id.clone())),
        Event::Action(action) => ("action", Some(action.keyword().to_owned())),
        Event::OpenLink(index) => ("link", Some(index.to_string())),
        Event::Keypad(digit) => ("key", Some(digit.to_string())),
        Event::ConsoleCode(code) => ("code", Some(code.clone())),
        // Never written: `Recording::event` keeps which practice key instead of the text.
        Event::RestoreApp(_) => ("restore", None),
        Event::RestorePractice(n) => ("restore-practice", Some(n.to_string())),
        // Each code escaped on its own, so that the space between them is the only one.
        Event::Enroll { first, second } => {
            ("enroll", Some(format!("{} {}", enc(first), enc(second))))
        }
        Event::Continue => ("next", None),
        Event::Back => ("back", None),
        Event::BackTo(step) => ("back-to", Some(step.clone())),
        Event::WipeApp => ("wipe", None),
        Event::ScanQr => ("scan", None),
    }
}

fn event_from(code: &str, arg: Option<String>) -> Result<Event, RestoreError> {
    let bad = RestoreError::Unreadable;
    Ok(match (code, arg) {
        ("choose", Some(id)) => Event::Choose(id),
        ("action", Some(id)) => Event::Action(Action::from_keyword(&id).ok_or(bad)?),
        ("link", Some(index)) => Event::OpenLink(index.parse().map_err(|_| bad)?),
        ("key", Some(digit)) => {
            let mut chars = digit.chars();
            match (chars.next(), chars.next()) {
                (Some(d), None) => Event::Keypad(d),
                _ => return Err(bad),
            }
        }
        ("code", Some(code)) => Event::ConsoleCode(code),
        ("restore-practice", Some(n)) => Event::RestorePractice(n.parse().map_err(|_| bad)?),
        ("enroll", Some(codes)) => match codes.split_once(' ') {
            Some((first, second)) => Event::Enroll {
                first: dec(first)?,
                second: dec(second)?,
            },
            None => return Err(bad),
        },
        ("next", None) => Event::Continue,
        ("back", None) => Event::Back,
        ("back-to", Some(step)) => Event::BackTo(step),
        ("wipe", None) => Event::WipeApp,
        ("scan", None) => Event::ScanQr,
        _ => return Err(bad),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::builtin;

    fn journey() -> Journey {
        builtin::journey("root-self-service").unwrap().unwrap()
    }

    const T0: i64 = 1_795_262_410;

    /// The reader's first moves in root-self-service, recorded as the widget would.
    fn played(journey: &Journey) -> (Run, Recording) {
        let mut rec = Recording::new(&journey.id, None, "resume-test", T0);
        let mut run = rec.start_run(journey).unwrap();
        let mut at = T0;
        for event in [
            Event::Choose("phone-stored-ok".into()),
            Event::WipeApp,
            Event::Continue,
            Event::Back,
            Event::Continue,
        ] {
            at += 7;
            if run.handle(journey, event.clone(), at).is_ok() {
                rec.event(at, event, &run);
            }
        }
        (run, rec)
    }

    #[test]
    fn a_replayed_recording_is_the_same_run() {
        let j = journey();
        let (run, rec) = played(&j);
        assert!(rec.len() >= 3, "the walk should have moved: {rec:?}");
        let clock = Clock::simulated(T0 * 1000, 5_000, true);
        let text = rec.encode(&clock);
        let (back, saved_clock) = Recording::decode(&text).unwrap();
        assert_eq!(back, rec);
        assert_eq!(saved_clock.now(10_000), clock.now(10_000));
        assert_eq!(back.replay(&j).unwrap(), run);
    }

    #[test]
    fn frozen_and_real_clocks_come_back() {
        let rec = Recording::new("x", Some("a b"), "s%\n", 1);
        for clock in [Clock::Real, Clock::simulated(42_000, 7, false)] {
            let (back, saved) = Recording::decode(&rec.encode(&clock)).unwrap();
            assert_eq!(back, rec);
            assert_eq!(saved.now(99_999), clock.now(99_999));
        }
    }

    #[test]
    fn damaged_or_old_saves_are_refused() {
        let j = journey();
        let (_, rec) = played(&j);
        let text = rec.encode(&Clock::Real);
        assert_eq!(
            Recording::decode("mfa-rescue-run/1\n").unwrap_err(),
            RestoreError::OldFormat
        );
        assert_eq!(Recording::decode("").unwrap_err(), RestoreError::Unreadable);
        assert_eq!(
            Recording::decode(&text.replace("choose", "chose")).unwrap_err(),
            RestoreError::Unreadable
        );
        // Every truncation either reads (a shorter, valid recording) or is refused: never a panic.
        for cut in 0..text.len() {
            if let Some(prefix) = text.get(..cut)
                && let Ok((partial, _)) = Recording::decode(prefix)
            {
                let _ = partial.replay(&j);
            }
        }
    }

    #[test]
    fn credentials_are_refused_by_the_engine_so_they_are_never_recorded() {
        use crate::engine::run::Refusal;
        use crate::engine::totp::MfaSecret;
        let j = journey();
        let mut run = Recording::new(&j.id, None, "guard", T0)
            .start_run(&j)
            .unwrap();
        run.handle(&j, Event::WipeApp, T0 + 1).unwrap();
        // Two access key ids side by side are valid Base32 of a usable length: without the
        // engine's own check the app would take them as a key and the record would keep them.
        let twice = "AKIAIOSFODNN7EXAMPLE AKIAIOSFODNN7EXAMPLE";
        assert!(MfaSecret::parse(twice).is_ok());
        for event in [
            Event::RestoreApp(twice.into()),
            Event::RestoreApp("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into()),
            Event::ConsoleCode("AKIAIOSFODNN7EXAMPLE".into()),
            Event::ConsoleCode("Passw0rd!".into()),
        ] {
            let before = run.clone();
            assert_eq!(
                run.handle(&j, event.clone(), T0 + 2),
                Err(Refusal::Credential),
                "{event:?}"
            );
            assert_eq!(run, before, "a refused event changes nothing");
        }
    }

    #[test]
    fn a_recording_that_no_longer_fits_says_where() {
        let j = journey();
        let (_, rec) = played(&j);
        let text = rec.encode(&Clock::Real);
        let (renamed, _) =
            Recording::decode(&text.replace("phone-stored-ok", "phone-fine")).unwrap();
        assert_eq!(
            renamed.replay(&j).unwrap_err(),
            RestoreError::NoLongerFits(j.start.clone())
        );
        let mut other = j.clone();
        other.id = "another".into();
        assert_eq!(rec.replay(&other).unwrap_err(), RestoreError::OtherJourney);
        let started_late = Recording::new(&j.id, Some("gone-step"), "s", T0);
        assert_eq!(
            started_late.replay(&j).unwrap_err(),
            RestoreError::StepGone("gone-step".into())
        );
    }
}
