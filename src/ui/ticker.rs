//! The only place that reads the real time, and the one timer that moves the widget's clock.
//!
//! The timer fires on the *simulated* clock's second boundaries (not the real ones), so the TOTP
//! countdown turns over exactly when the code does, and it stops when the clock is frozen.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;

use super::effect;
use crate::engine::clock::{Clock, Millis};

/// The real time, from the browser.
pub fn real_now_ms() -> Millis {
    js_sys::Date::now() as Millis
}

/// A signal holding what `clock` reads, refreshed at each of its second boundaries while it runs
/// and at once whenever the clock itself is changed (a jump, a freeze). While `visible` is false
/// (the widget hidden, off-screen, in a background tab) no timer runs at all; the reading catches
/// up the moment it is visible again. The timer is cleared when the owning component is cleaned up.
pub fn use_clock(clock: RwSignal<Clock>, visible: RwSignal<bool>) -> ReadSignal<Millis> {
    let (now, set_now) = signal(clock.with_untracked(|c| c.now(real_now_ms())));
    let pending: Arc<Mutex<Option<TimeoutHandle>>> = Arc::default();

    let cancel = {
        let pending = Arc::clone(&pending);
        move || {
            if let Ok(mut slot) = pending.lock()
                && let Some(handle) = slot.take()
            {
                handle.clear();
            }
        }
    };

    effect({
        let pending = Arc::clone(&pending);
        let cancel = cancel.clone();
        move || {
            clock.track();
            let shown = visible.get();
            cancel();
            if shown {
                tick(clock, set_now, Arc::clone(&pending));
            }
        }
    });
    on_cleanup(cancel);
    now
}

fn tick(
    clock: RwSignal<Clock>,
    set_now: WriteSignal<Millis>,
    pending: Arc<Mutex<Option<TimeoutHandle>>>,
) {
    let Some(c) = clock.try_get_untracked() else {
        return; // the widget is gone
    };
    let reading = c.now(real_now_ms());
    if set_now.try_set(reading).is_some() || !c.is_running() {
        return;
    }
    // A few ms past the boundary, so the next reading is safely in the new second.
    let delay = 1000 - reading.rem_euclid(1000) + 5;
    let next = Arc::clone(&pending);
    let handle = set_timeout_with_handle(
        move || tick(clock, set_now, next),
        Duration::from_millis(delay.unsigned_abs()),
    )
    .ok();
    if let Ok(mut slot) = pending.lock() {
        *slot = handle;
    }
}
