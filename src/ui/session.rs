//! One journey in progress inside one widget: the engine's [`Run`], the journey it follows, and
//! the single way the panels change it, [`Session::send`].
//!
//! `send` hands an event to the engine at the clock's current second, applies any time jump the
//! engine owes the clock ("two hours later…"), and turns a refusal into a notice shown in the
//! panel the reader used. [`Session::tick`] is called on each second of the clock, for steps that
//! move on by themselves after a while.

use std::sync::Arc;

use leptos::prelude::*;

use super::layout::Panel;
use super::ticker::real_now_ms;
use crate::engine::clock::{Clock, Millis};
use crate::engine::entropy::Entropy;
use crate::engine::journey::{Journey, Step};
use crate::engine::run::{Event, Refusal, Run};
use crate::engine::world::World;

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
}

/// The journey in progress. Cheap to copy: every field is a handle into the reactive arena.
#[derive(Clone, Copy)]
pub struct Session {
    pub run: RwSignal<Run>,
    pub journey: StoredValue<Arc<Journey>>,
    /// The latest refusal, cleared by the next accepted event.
    pub notice: RwSignal<Option<Notice>>,
    clock: RwSignal<Clock>,
    origin: StoredValue<Origin>,
}

impl Session {
    /// Starts `journey` at `start` (already checked to exist) at the clock's current time.
    pub fn start(
        journey: Arc<Journey>,
        start: Option<String>,
        seed: Option<String>,
        clock: RwSignal<Clock>,
    ) -> Option<Session> {
        let real = real_now_ms();
        let now = clock.try_with_untracked(|c| c.now_secs(real))?;
        let mut run = Run::start(
            &journey,
            start.as_deref(),
            Entropy::from_seed(seed.as_deref()),
            now,
        )
        .ok()?;
        let jump = run.take_clock_jump();
        let session = Session {
            run: RwSignal::new(run),
            journey: StoredValue::new(journey),
            notice: RwSignal::new(None),
            clock,
            origin: StoredValue::new(Origin {
                seed,
                start,
                clock: clock.try_get_untracked().unwrap_or_default(),
            }),
        };
        session.jump_clock(jump, real);
        Some(session)
    }

    /// Hands `event` to the engine. Never panics, whatever the state of the widget.
    pub fn send(self, event: Event) {
        let panel = Panel::of_event(&event);
        let real = real_now_ms();
        let Some(now) = self.clock.try_with_untracked(|c| c.now_secs(real)) else {
            return;
        };
        let Some(journey) = self.journey.try_get_value() else {
            return;
        };
        let Some((result, jump)) = self.run.try_update(|r| {
            let result = r.handle(&journey, event, now);
            (result, r.take_clock_jump())
        }) else {
            return;
        };
        self.jump_clock(jump, real);
        match result {
            Ok(_) => {
                if self.notice.try_with_untracked(Option::is_some) == Some(true) {
                    self.notice.try_set(None);
                }
            }
            Err(refusal) => self.refuse(refusal, panel),
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
        if let Some(jump) = self.run.try_update(|r| {
            r.tick(&journey, now);
            r.take_clock_jump()
        }) {
            self.jump_clock(jump, real);
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
        self.replace(journey, origin.start.as_deref(), origin.seed.as_deref());
    }

    /// Continues in another journey (an outcome's hand-off), from its first step.
    pub fn switch_to(self, journey: Arc<Journey>) {
        let Some(origin) = self.origin.try_get_value() else {
            return;
        };
        let seed = origin.seed.clone();
        // The story goes on: the new journey keeps the current time.
        self.origin.try_set_value(Origin {
            start: None,
            ..origin
        });
        self.replace(journey, None, seed.as_deref());
    }

    fn replace(self, journey: Arc<Journey>, start: Option<&str>, seed: Option<&str>) {
        let real = real_now_ms();
        let Some(now) = self.clock.try_with_untracked(|c| c.now_secs(real)) else {
            return;
        };
        let started = Run::start(&journey, start, Entropy::from_seed(seed), now);
        match started {
            Ok(mut run) => {
                let jump = run.take_clock_jump();
                // The journey first, so that everything the new run wakes up reads the right one.
                self.journey.try_set_value(journey);
                self.run.try_set(run);
                self.notice.try_set(None);
                self.jump_clock(jump, real);
            }
            Err(_) => self.refuse(Refusal::NoRandomness, None),
        }
    }

    /// Moves the clock forward by `secs` (the clock bar's buttons, the journey's jumps).
    pub fn jump_clock(self, secs: i64, real: Millis) {
        jump(self.clock, secs, real);
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
