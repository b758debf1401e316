//! One journey in progress inside one widget: the engine's [`Run`], the journey it follows, and
//! the single way the panels change it, [`Session::send`].
//!
//! `send` hands an event to the engine at the clock's current second, applies any time jump the
//! engine owes the clock ("two hours later…"), and turns a refusal into a notice shown in the
//! panel the reader used. [`Session::tick`] is called on each second of the clock, for steps that
//! move on by themselves after a while.

use std::sync::Arc;

use leptos::prelude::*;

use super::events::{Detail, Host, emit};
use super::layout::Panel;
use super::ticker::real_now_ms;
use crate::engine::builtin;
use crate::engine::clock::{Clock, Millis};
use crate::engine::entropy::Entropy;
use crate::engine::journey::{Journey, Step, Transition};
use crate::engine::resume::Recording;
use crate::engine::run::{Event, Refusal, RestoreError, Run};
use crate::engine::world::World;
use crate::i18n::Lang;

/// An event the engine refused, and where the reader was when it did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub refusal: Refusal,
    /// `None` for the step card's own buttons.
    pub panel: Option<Panel>,
    /// Grows with every notice, so that the same refusal twice is still news.
    pub serial: u32,
}

/// What restarting needs to know.
#[derive(Clone, Debug)]
struct Origin {
    seed: Option<String>,
    start: Option<String>,
    /// The clock as the host set it: starting again starts from the same time.
    clock: Clock,
    /// The sessionStorage key the run is saved under; `None`: resume is off.
    resume_key: Option<String>,
}

/// How the session began, for the line under the step card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resumed {
    /// A saved run was replayed: the reader is back where they were.
    Continued,
    /// A saved run could not be used; the journey starts over.
    StartedOver(RestoreError),
}

/// The journey in progress. Cheap to copy: every field is a handle into the reactive arena.
#[derive(Clone, Copy)]
pub struct Session {
    pub run: RwSignal<Run>,
    pub journey: StoredValue<Arc<Journey>>,
    /// The latest refusal, cleared by the next accepted event.
    pub notice: RwSignal<Option<Notice>>,
    /// Set when the session began from a saved run (or failed to).
    pub resumed: RwSignal<Option<Resumed>>,
    clock: RwSignal<Clock>,
    origin: StoredValue<Origin>,
    /// What the reader did, for resume (kept only when resume is on).
    recording: StoredValue<Option<Recording>>,
    /// Where the widget's events go.
    host: Host,
    lang: RwSignal<Lang>,
}

impl Session {
    /// Starts `journey` at `start` (already checked to exist) at the clock's current time, or,
    /// with a `resume_key`, continues the run saved under it (a built-in journey the saved run
    /// was handed off to included). A saved run that no longer fits starts over, with a notice.
    pub fn start(
        journey: Arc<Journey>,
        start: Option<String>,
        seed: Option<String>,
        clock: RwSignal<Clock>,
        resume_key: Option<String>,
        host: Host,
    ) -> Option<Session> {
        let origin = Origin {
            seed,
            start,
            clock: clock.try_get_untracked().unwrap_or_default(),
            resume_key,
        };
        let mut resumed = None;
        if let Some(saved) = origin.resume_key.as_deref().and_then(storage::load) {
            match continue_saved(&saved, &journey) {
                Ok((resumed_journey, run, recording, saved_clock)) => {
                    clock.try_set(saved_clock);
                    // Handed off to another journey before the reload: the host's start step
                    // belongs to the first one.
                    let origin = if Arc::ptr_eq(&resumed_journey, &journey) {
                        origin
                    } else {
                        Origin {
                            start: None,
                            ..origin
                        }
                    };
                    let journey = resumed_journey;
                    return Some(Session::new(
                        journey,
                        run,
                        origin,
                        Some(recording),
                        clock,
                        host,
                        Some(Resumed::Continued),
                    ));
                }
                Err(error) => resumed = Some(Resumed::StartedOver(error)),
            }
        }
        let real = real_now_ms();
        let now = clock.try_with_untracked(|c| c.now_secs(real))?;
        let (mut run, recording) = fresh_run(&journey, &origin, origin.start.as_deref(), now)?;
        jump(clock, run.take_clock_jump(), real);
        Some(Session::new(
            journey, run, origin, recording, clock, host, resumed,
        ))
    }

    fn new(
        journey: Arc<Journey>,
        run: Run,
        origin: Origin,
        recording: Option<Recording>,
        clock: RwSignal<Clock>,
        host: Host,
        resumed: Option<Resumed>,
    ) -> Session {
        let session = Session {
            run: RwSignal::new(run),
            journey: StoredValue::new(journey),
            notice: RwSignal::new(None),
            resumed: RwSignal::new(resumed),
            clock,
            origin: StoredValue::new(origin),
            recording: StoredValue::new(recording),
            host,
            lang: use_context::<super::Ctx>().map_or_else(|| RwSignal::new(Lang::En), |c| c.lang),
        };
        session.save();
        session
    }

    /// Hands `event` to the engine. Never panics, whatever the state of the widget.
    pub fn send(self, event: Event) {
        let _ = self.send_checked(event);
    }

    /// [`Session::send`], telling the caller why the engine refused it (a form that explains
    /// its own refusals, e.g. the two MFA codes).
    pub fn send_checked(self, event: Event) -> Option<Refusal> {
        let panel = Panel::of_event(&event);
        let real = real_now_ms();
        let now = self.clock.try_with_untracked(|c| c.now_secs(real))?;
        let journey = self.journey.try_get_value()?;
        let recorded = event.clone();
        // A reader's answer is news for the host page: which question, which answer.
        let asked = match &event {
            Event::Choose(answer) => {
                let japanese = self.lang.try_get_untracked() == Some(Lang::Ja);
                self.with_step_untracked(|s| {
                    let label = s.on.iter().find_map(|t| match t {
                        Transition::Choice { id, label, .. } if id == answer => Some(label),
                        _ => None,
                    });
                    (
                        s.id.clone(),
                        s.title.get(japanese).to_owned(),
                        answer.clone(),
                        label
                            .map(|l| l.get(japanese).to_owned())
                            .unwrap_or_default(),
                    )
                })
            }
            _ => None,
        };
        let (result, jump) = self.run.try_update(|r| {
            let result = r.handle(&journey, event, now);
            (result, r.take_clock_jump())
        })?;
        if result.is_ok() {
            let run = self.run;
            self.record(|r| {
                run.with_untracked(|after| r.event(now, recorded, after));
            });
            if let Some((step, question, answer, label)) = asked {
                emit(
                    self.host,
                    "decision",
                    &[
                        ("step", Detail::Text(&step)),
                        ("question", Detail::Text(&question)),
                        ("answer", Detail::Text(&answer)),
                        ("label", Detail::Text(&label)),
                    ],
                );
            }
        }
        self.applied(result.is_ok(), jump, real);
        match result {
            Ok(_) => {
                if self.notice.try_with_untracked(Option::is_some) == Some(true) {
                    self.notice.try_set(None);
                }
                None
            }
            Err(refusal) => {
                if super::notice::shown_as_notice(&refusal) {
                    self.refuse(refusal.clone(), panel);
                }
                Some(refusal)
            }
        }
    }

    /// Moves a step on whose time has come (`after` transitions). Cheap when nothing is due:
    /// the run is only written when a transition fires.
    pub fn tick(self, now: i64) {
        let Some(journey) = self.journey.try_get_value() else {
            return;
        };
        let due = self
            .run
            .try_with_untracked(|r| r.next_due(&journey))
            .flatten();
        if due.is_none_or(|t| now < t) {
            return;
        }
        let real = real_now_ms();
        if let Some((moved, jump)) = self.run.try_update(|r| {
            let moved = r.tick(&journey, now).is_some();
            (moved, r.take_clock_jump())
        }) {
            if moved {
                self.record(|r| r.tick(now));
            }
            self.applied(moved, jump, real);
        }
    }

    /// Starts the same journey again from where the host asked it to start.
    pub fn restart(self) {
        let Some(journey) = self.journey.try_get_value() else {
            return;
        };
        let Some(origin) = self.origin.try_get_value() else {
            return;
        };
        self.clock.try_set(origin.clock);
        self.resumed.try_set(None);
        self.replace(journey, origin.start.as_deref());
    }

    /// Continues in another journey (an outcome's hand-off), from its first step.
    pub fn switch_to(self, journey: Arc<Journey>) {
        let Some(origin) = self.origin.try_get_value() else {
            return;
        };
        // The story goes on: the new journey keeps the current time.
        self.origin.try_set_value(Origin {
            start: None,
            ..origin
        });
        self.replace(journey, None);
    }

    fn replace(self, journey: Arc<Journey>, start: Option<&str>) {
        let real = real_now_ms();
        let Some(now) = self.clock.try_with_untracked(|c| c.now_secs(real)) else {
            return;
        };
        let Some(origin) = self.origin.try_get_value() else {
            return;
        };
        match fresh_run(&journey, &origin, start, now) {
            Some((mut run, recording)) => {
                let jump = run.take_clock_jump();
                // The journey first, so that everything the new run wakes up reads the right one.
                self.journey.try_set_value(journey);
                self.recording.try_set_value(recording);
                self.run.try_set(run);
                self.notice.try_set(None);
                self.applied(true, jump, real);
            }
            None => self.refuse(Refusal::NoRandomness, None),
        }
    }

    /// Moves the clock forward by `secs` (the clock bar's buttons, skipping a wait).
    pub fn jump_clock(self, secs: i64, real: Millis) {
        self.applied(false, secs, real);
    }

    /// After the run (`changed`) or the clock (a jump of `secs`) moved: applies the jump the
    /// engine owes the clock and saves once.
    fn applied(self, changed: bool, secs: i64, real: Millis) {
        jump(self.clock, secs, real);
        if changed || secs != 0 {
            self.save();
        }
    }

    /// Tells the host page where the reader is now (`mfa-rescue:step`) and, on a last step, how
    /// the journey ended (`mfa-rescue:complete`). Called whenever the step changes.
    pub fn announce_step(self) {
        let Some(journey) = self.journey.try_get_value() else {
            return;
        };
        let Some((step, index, outcome)) = self.run.try_with_untracked(|r| {
            let outcome = r.outcome(&journey).map(|o| (o.id.clone(), o.kind));
            (
                r.step_id().to_owned(),
                r.position().saturating_sub(1),
                outcome,
            )
        }) else {
            return;
        };
        emit(
            self.host,
            "step",
            &[
                ("journey", Detail::Text(&journey.id)),
                ("step", Detail::Text(&step)),
                ("index", Detail::Number(index as f64)),
            ],
        );
        if let Some((outcome, kind)) = outcome {
            emit(
                self.host,
                "complete",
                &[
                    ("journey", Detail::Text(&journey.id)),
                    ("outcome", Detail::Text(&outcome)),
                    ("kind", Detail::Text(kind.keyword())),
                ],
            );
        }
    }

    /// Notes an accepted event for resume (saved by [`Session::applied`]).
    fn record(self, f: impl FnOnce(&mut Recording)) {
        self.recording.try_update_value(|r| r.as_mut().map(f));
    }

    /// Writes the recording and the clock to sessionStorage (when resume is on).
    pub fn save(self) {
        let Some(key) = self
            .origin
            .try_with_value(|o| o.resume_key.clone())
            .flatten()
        else {
            return;
        };
        let clock = self.clock.try_get_untracked().unwrap_or_default();
        if let Some(text) = self
            .recording
            .try_with_value(|r| r.as_ref().map(|r| r.encode(&clock)))
            .flatten()
        {
            storage::store(&key, &text);
        }
    }

    /// `f` of the simulated world (tracked), or the default once the widget is gone. `f` is a
    /// plain function so that each value type has one copy of this code.
    #[inline(never)]
    pub fn world<T: Default>(self, f: fn(&World) -> T) -> T {
        self.run.try_with(|r| f(&r.world)).unwrap_or_default()
    }

    /// A memo of [`Session::world`].
    pub fn world_memo<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        f: fn(&World) -> T,
    ) -> Memo<T> {
        super::memo(move || self.world(f))
    }

    /// Where the run is (tracked).
    pub fn at(self) -> Option<At> {
        let journey = self.journey.try_get_value()?;
        let index = self
            .run
            .try_with(|r| journey.index_of(r.step_id()))
            .flatten()?;
        Some(At { journey, index })
    }

    /// `f` of the current step, without subscribing to the run.
    pub fn with_step_untracked<T>(self, f: impl FnOnce(&Step) -> T) -> Option<T> {
        let journey = self.journey.try_get_value()?;
        self.run
            .try_with_untracked(|r| r.step(&journey).map(f))
            .flatten()
    }

    /// Explains a refusal the view decided itself (a used link in an older mail).
    pub fn refuse(self, refusal: Refusal, panel: Option<Panel>) {
        self.notice.try_update(|n| {
            let serial = n.as_ref().map_or(0, |n| n.serial.wrapping_add(1));
            *n = Some(Notice {
                refusal,
                panel,
                serial,
            });
        });
    }
}

/// A new run of `journey` and, when resume is on, its recording (with a seed drawn now if the host
/// gave none, so that a replay draws the same secrets).
fn fresh_run(
    journey: &Journey,
    origin: &Origin,
    start: Option<&str>,
    now: i64,
) -> Option<(Run, Option<Recording>)> {
    if origin.resume_key.is_none() {
        let entropy = Entropy::from_seed(origin.seed.as_deref());
        return Some((Run::start(journey, start, entropy, now).ok()?, None));
    }
    let seed = match &origin.seed {
        Some(seed) => seed.clone(),
        None => Entropy::from_seed(None).digits("resume-seed", 24).ok()?,
    };
    let recording = Recording::new(&journey.id, start, &seed, now);
    let run = recording.start_run(journey).ok()?;
    Some((run, Some(recording)))
}

/// Reads a saved run back: the journey it was in (the host's, or a built-in one it was handed
/// off to), the replayed run, its recording and the saved clock.
fn continue_saved(
    saved: &str,
    journey: &Arc<Journey>,
) -> Result<(Arc<Journey>, Run, Recording, Clock), RestoreError> {
    let (recording, clock) = Recording::decode(saved)?;
    let journey = if recording.journey == journey.id {
        Arc::clone(journey)
    } else {
        match builtin::shared(&recording.journey) {
            Some(Ok(other)) => other,
            _ => return Err(RestoreError::OtherJourney),
        }
    };
    let run = recording.replay(&journey)?;
    Ok((journey, run, recording, clock))
}

/// sessionStorage, quietly absent where the browser refuses it (private modes, sandboxed frames).
mod storage {
    fn session_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    pub fn load(key: &str) -> Option<String> {
        session_storage()?.get_item(key).ok().flatten()
    }

    pub fn store(key: &str, value: &str) {
        if let Some(storage) = session_storage() {
            // Full or forbidden storage only means no resume; the practice goes on.
            let _ = storage.set_item(key, value);
        }
    }
}

/// The current step, as its journey and its position there: a memo of it changes exactly when the
/// step does (another step, or another journey), and reading the step copies nothing.
#[derive(Clone)]
pub struct At {
    journey: Arc<Journey>,
    index: usize,
}

impl At {
    /// The step.
    pub fn step(&self) -> Option<&Step> {
        self.journey.steps.get(self.index)
    }

    /// The journey the step belongs to.
    pub fn journey(&self) -> &Journey {
        &self.journey
    }
}

impl PartialEq for At {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.journey, &other.journey) && self.index == other.index
    }
}

/// `f` of the step `at` reads (tracked); `None` while there is none.
pub fn with_step<T>(at: Memo<Option<At>>, f: impl FnOnce(&Step) -> T) -> Option<T> {
    at.with(|a| a.as_ref().and_then(At::step).map(f))
}

/// Moves `clock` forward by `secs` seconds at the real instant `real`.
pub fn jump(clock: RwSignal<Clock>, secs: i64, real: Millis) {
    if secs != 0 {
        clock.try_update(|c| c.jump(secs.saturating_mul(1000), real));
    }
}
