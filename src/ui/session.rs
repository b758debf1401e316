//! One journey in progress inside one widget: the engine's [`Run`], the journey it follows, and
//! the single way the panels change it, [`Session::send`].
//!
//! `send` hands an event to the engine at the clock's current second, applies any time jump the
//! engine owes the clock ("two hours later…"), and turns a refusal into a notice shown in the
//! panel the reader used. [`Session::tick`] is called on each second of the clock, for steps that
//! move on by themselves after a while.

use std::sync::Arc;

use leptos::prelude::*;

use super::events::{Host, HostEvent, emit};
use super::layout::Panel;
use super::storage;
use super::ticker::real_now_ms;
use crate::engine::clock::{Clock, Millis};
use crate::engine::journey::{Journey, Step};
use crate::engine::resume::{self, Recording, Restored};
use crate::engine::run::{Change, Event, Refusal, RestoreError, Run};
use crate::engine::world::World;
use crate::i18n::{Lang, Tr};

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
    /// was handed off to included). A saved run that no longer fits starts over, with a notice;
    /// a saved run in which nothing was done yet is no run to continue (no notice).
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
        let saved = origin.resume_key.as_deref().and_then(storage::load);
        let mut resumed = None;
        match resume::restore(saved.as_deref(), &journey) {
            Ok(Some(restored)) => {
                let handed_off = restored.handed_off(&journey);
                let Restored {
                    journey,
                    run,
                    recording,
                    clock: saved_clock,
                } = restored;
                clock.try_set(saved_clock);
                // Handed off to another journey before the reload: the host's start step
                // belongs to the first one.
                let origin = if handed_off {
                    Origin {
                        start: None,
                        ..origin
                    }
                } else {
                    origin
                };
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
            Ok(None) => {}
            Err(error) => resumed = Some(Resumed::StartedOver(error)),
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
                    let label = s.choice_label(answer);
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
                    HostEvent::Decision {
                        step: &step,
                        question: &question,
                        answer: &answer,
                        label: &label,
                    },
                );
            }
        }
        self.applied(result.is_ok(), jump, real);
        match result {
            // Accepted (the keypad starts again), but the reader must hear the code was wrong.
            Ok(Change::KeypadCodeRejected) => {
                self.refuse(Refusal::WrongCode, panel);
                Some(Refusal::WrongCode)
            }
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
            HostEvent::Step {
                journey: &journey.id,
                step: &step,
                index,
            },
        );
        if let Some((outcome, kind)) = outcome {
            emit(
                self.host,
                HostEvent::Complete {
                    journey: &journey.id,
                    outcome: &outcome,
                    kind,
                },
            );
        }
    }

    /// Notes an accepted event for resume (saved by [`Session::applied`]).
    fn record(self, f: impl FnOnce(&mut Recording)) {
        self.recording.try_update_value(|r| r.as_mut().map(f));
    }

    /// Keeps the recording and the clock in sessionStorage (when resume is on), or forgets the
    /// saved run when there is nothing to resume (nothing done yet, or Start again).
    pub fn save(self) {
        let Some(key) = self
            .origin
            .try_with_value(|o| o.resume_key.clone())
            .flatten()
        else {
            return;
        };
        let clock = self.clock.try_get_untracked().unwrap_or_default();
        // `None` outside: the widget is gone, or resume keeps no recording.
        if let Some(Some(text)) = self
            .recording
            .try_with_value(|r| r.as_ref().map(|r| r.save(&clock)))
        {
            storage::keep(&key, text.as_deref());
        }
    }

    /// `f` of the simulated world (tracked), or the default once the widget is gone. `f` is a
    /// plain function so that each value type has one copy of this code.
    #[inline(never)]
    pub fn world<T: Default>(self, f: fn(&World) -> T) -> T {
        self.run.try_with(|r| f(&r.world)).unwrap_or_default()
    }

    /// `f` of the journey and the run (tracked), or nothing once the widget is gone: the map's
    /// and the timeline's HTML through one copy of this code.
    #[inline(never)]
    pub fn html(self, tr: Tr<'_>, f: fn(&Journey, &Run, Tr<'_>) -> String) -> String {
        let Some(journey) = self.journey.try_get_value() else {
            return String::new();
        };
        self.run
            .try_with(|r| f(&journey, r, tr))
            .unwrap_or_default()
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

/// A new run of `journey` and, when resume is on, its recording (the engine's policy:
/// [`resume::begin`]).
fn fresh_run(
    journey: &Journey,
    origin: &Origin,
    start: Option<&str>,
    now: i64,
) -> Option<(Run, Option<Recording>)> {
    let record = origin.resume_key.is_some();
    resume::begin(journey, start, origin.seed.as_deref(), record, now).ok()
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
