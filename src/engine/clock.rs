//! The widget's one clock. Every "now" in the engine comes from here, computed from a real
//! timestamp that the single real-clock adapter in the UI layer passes in. That keeps the engine
//! free of `SystemTime::now()` (which panics on wasm32) and makes simulated time trivial to test.

/// Milliseconds since the Unix epoch (UTC).
pub type Millis = i64;

/// Either the real time, or a simulated time that started somewhere and runs or stands still.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    /// The reader's real time.
    #[default]
    Real,
    /// Simulated time: at real instant `anchor_real` the simulated clock read `anchor_sim`.
    Simulated {
        anchor_real: Millis,
        anchor_sim: Millis,
        running: bool,
    },
}

impl Clock {
    /// A simulated clock that reads `start` at the real instant `real_now`.
    pub fn simulated(start: Millis, real_now: Millis, running: bool) -> Self {
        Clock::Simulated {
            anchor_real: real_now,
            anchor_sim: start,
            running,
        }
    }

    /// What this clock reads when the real time is `real_now`.
    pub fn now(&self, real_now: Millis) -> Millis {
        match *self {
            Clock::Real => real_now,
            Clock::Simulated {
                anchor_real,
                anchor_sim,
                running: true,
            } => anchor_sim.saturating_add(real_now.saturating_sub(anchor_real)),
            Clock::Simulated {
                anchor_sim,
                running: false,
                ..
            } => anchor_sim,
        }
    }

    /// Whole seconds since the epoch, the unit the rules and TOTP work in.
    pub fn now_secs(&self, real_now: Millis) -> i64 {
        self.now(real_now).div_euclid(1000)
    }

    /// Moves time forward (or back, with a negative `by`). A real clock becomes a simulated one
    /// that keeps running from the new point: the reader asked to fast-forward the world.
    pub fn jump(&mut self, by: Millis, real_now: Millis) {
        let target = self.now(real_now).saturating_add(by);
        *self = Clock::Simulated {
            anchor_real: real_now,
            anchor_sim: target,
            running: self.is_running(),
        };
    }

    /// Freezes or releases the clock without changing what it reads at `real_now`.
    pub fn set_running(&mut self, running: bool, real_now: Millis) {
        if running == self.is_running() {
            return;
        }
        let reading = self.now(real_now);
        *self = Clock::Simulated {
            anchor_real: real_now,
            anchor_sim: reading,
            running,
        };
    }

    /// Whether the clock advances with real time.
    pub fn is_running(&self) -> bool {
        match self {
            Clock::Real => true,
            Clock::Simulated { running, .. } => *running,
        }
    }

    /// Whether the clock is the reader's real time.
    pub fn is_real(&self) -> bool {
        matches!(self, Clock::Real)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_clock_reads_the_real_time() {
        assert_eq!(Clock::Real.now(1_700_000_000_000), 1_700_000_000_000);
    }

    #[test]
    fn running_simulated_clock_advances_with_real_time() {
        let c = Clock::simulated(5_000, 1_000, true);
        assert_eq!(c.now(1_000), 5_000);
        assert_eq!(c.now(3_500), 7_500);
    }

    #[test]
    fn frozen_clock_stands_still() {
        let c = Clock::simulated(5_000, 1_000, false);
        assert_eq!(c.now(99_000), 5_000);
    }

    #[test]
    fn jump_moves_a_real_clock_into_simulation_and_keeps_running() {
        let mut c = Clock::Real;
        c.jump(15 * 60_000, 10_000);
        assert_eq!(c.now(10_000), 10_000 + 15 * 60_000);
        assert_eq!(c.now(11_000), 11_000 + 15 * 60_000);
        assert!(!c.is_real());
    }

    #[test]
    fn jump_keeps_a_frozen_clock_frozen() {
        let mut c = Clock::simulated(0, 0, false);
        c.jump(60_000, 500);
        assert_eq!(c.now(500), 60_000);
        assert_eq!(c.now(90_000), 60_000);
    }

    #[test]
    fn freezing_and_releasing_keeps_the_reading() {
        let mut c = Clock::simulated(100_000, 0, true);
        c.set_running(false, 2_000);
        assert_eq!(c.now(50_000), 102_000);
        c.set_running(true, 50_000);
        assert_eq!(c.now(51_000), 103_000);
    }

    #[test]
    fn seconds_round_towards_negative_infinity() {
        let c = Clock::simulated(-1, 0, false);
        assert_eq!(c.now_secs(0), -1);
    }

    #[test]
    fn extreme_values_saturate_instead_of_overflowing() {
        let c = Clock::simulated(i64::MAX, i64::MIN, true);
        assert_eq!(c.now(i64::MAX), i64::MAX);
        let mut c = Clock::Real;
        c.jump(i64::MAX, i64::MAX);
        assert_eq!(c.now(i64::MAX), i64::MAX);
    }
}
