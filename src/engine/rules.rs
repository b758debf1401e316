//! Decisions that depend only on the time: when Japanese-language AWS Support answers.
//!
//! Sources (see the project's AWS fact sheet, §2.5) agree that Japanese-language support for lost
//! MFA devices calls back on **weekdays from 09:00 to 18:00 Japan time**. They say 平日 (weekdays)
//! and nothing about public holidays. This module **assumes** that Japanese public holidays are
//! closed, like most Japanese business hours; that is an ASSUMPTION no source confirms, so any UI
//! showing a wait that a holiday lengthens must label it as an estimate (see
//! [`holidays_delaying_opening`]). The customary New Year days off (12/29–1/3 apart from 元日)
//! are not public holidays, so they count as working days here; no source says either way.
//! English-language support has no confirmed hours and is not modelled here.
//!
//! Every function takes an instant in Unix seconds and works in JST (UTC+9, no daylight saving),
//! so the answer is the same whatever zone the reader's device is set to. All arithmetic is done
//! in `i128`, so every `i64` instant, including `i64::MIN` and `i64::MAX`, gives an answer; results
//! that would lie beyond `i64::MAX` are clamped to `i64::MAX`. Outside the years covered by the
//! holiday table only weekends count as closed.

use crate::engine::calendar::{JST_OFFSET_SECS, SECS_PER_DAY, Weekday, civil_from_days};
use crate::engine::holidays::{Holiday, japanese_holiday_on_day};

/// Hour (JST) at which Japanese-language support starts answering on a working day.
pub const JAPANESE_SUPPORT_OPENS_HOUR: u8 = 9;

/// Hour (JST) at which it stops; 18:00:00 itself is already closed.
pub const JAPANESE_SUPPORT_CLOSES_HOUR: u8 = 18;

/// How many days ahead the search for the next opening looks. The longest closure in the data
/// is Golden Week 2019 (ten days, 27 April – 6 May); a bound keeps the search from ever looping
/// on bad data.
const MAX_SEARCH_DAYS: i64 = 21;

const OPEN_SECS: i128 = JAPANESE_SUPPORT_OPENS_HOUR as i128 * 3600;
const CLOSE_SECS: i128 = JAPANESE_SUPPORT_CLOSES_HOUR as i128 * 3600;
const DAY: i128 = SECS_PER_DAY as i128;
const OFFSET: i128 = JST_OFFSET_SECS as i128;

/// Why Japanese-language support is not answering at some instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosedReason {
    /// A working day, before 09:00 JST.
    BeforeHours,
    /// A working day, at or after 18:00 JST.
    AfterHours,
    /// Saturday or Sunday in Japan (also when that day is a public holiday too).
    Weekend,
    /// A Japanese public holiday on a weekday. Closed by ASSUMPTION: the sources only say 平日.
    Holiday(Holiday),
}

/// Whether Japanese-language support answers at an instant, and for how long that holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportStatus {
    /// Answering now.
    Open {
        /// The instant the current window ends (18:00 JST today).
        closes_at: i64,
    },
    /// Not answering now.
    Closed {
        /// The next instant at which it answers.
        opens_at: i64,
        /// `opens_at - t`, in seconds (never negative).
        wait_secs: i64,
        /// Why it is closed at `t`.
        reason: ClosedReason,
    },
}

/// A JST day number (days since 1970-01-01 in Japan) that fits `i64`, for the calendar helpers.
/// Day numbers of `i64` instants always fit; the fallback only avoids a panic path.
fn day_i64(day: i128) -> i64 {
    i64::try_from(day).unwrap_or(if day < 0 { i64::MIN } else { i64::MAX })
}

/// Converts an instant computed in `i128` back to `i64`, clamping to the `i64` range.
fn clamp_i64(t: i128) -> i64 {
    i64::try_from(t).unwrap_or(if t < 0 { i64::MIN } else { i64::MAX })
}

/// Why a whole JST day is closed, or `None` for a working day.
fn day_closed(day: i128) -> Option<ClosedReason> {
    let day = day_i64(day);
    if Weekday::from_days_since_epoch(day).is_weekend() {
        return Some(ClosedReason::Weekend);
    }
    japanese_holiday_on_day(day).map(ClosedReason::Holiday)
}

/// Splits an instant into its JST day number and seconds since JST midnight.
fn jst_day_and_secs(t: i64) -> (i128, i128) {
    let local = i128::from(t) + OFFSET;
    (local.div_euclid(DAY), local.rem_euclid(DAY))
}

/// The Unix instant of `secs` after JST midnight of `day`.
fn instant(day: i128, secs: i128) -> i128 {
    day * DAY + secs - OFFSET
}

/// Whether Japanese-language support answers at `t`: a weekday that is not a Japanese public
/// holiday (assumed closed), 09:00 ≤ JST < 18:00.
pub fn japanese_support_open(t: i64) -> bool {
    let (day, secs) = jst_day_and_secs(t);
    (OPEN_SECS..CLOSE_SECS).contains(&secs) && day_closed(day).is_none()
}

/// If support is open at `t`, the instant the current window closes (18:00 JST that day).
pub fn japanese_support_closing(t: i64) -> Option<i64> {
    if !japanese_support_open(t) {
        return None;
    }
    let (day, _) = jst_day_and_secs(t);
    Some(clamp_i64(instant(day, CLOSE_SECS)))
}

/// The first instant ≥ `t` at which support is open: `t` itself if it is open at `t`, otherwise
/// 09:00 JST of the next working day. Clamped to `i64::MAX` at the very end of time.
pub fn next_japanese_support_opening(t: i64) -> i64 {
    if japanese_support_open(t) {
        return t;
    }
    let (today, secs) = jst_day_and_secs(t);
    if secs < OPEN_SECS && day_closed(today).is_none() {
        return clamp_i64(instant(today, OPEN_SECS));
    }
    let mut day = today;
    for _ in 0..MAX_SEARCH_DAYS {
        day += 1;
        if day_closed(day).is_none() {
            return clamp_i64(instant(day, OPEN_SECS));
        }
    }
    // Unreachable with real calendars (no closure lasts three weeks); answering with the day
    // after the bound keeps the result ≥ t and the function total.
    clamp_i64(instant(day + 1, OPEN_SECS))
}

/// The current window if open at `t`, else the next one, as `(opens_at, closes_at)`. When open,
/// `opens_at` is `t` itself.
// Only the tests use this (the widget needs the status, not the window).
#[doc(hidden)]
pub fn next_japanese_support_window(t: i64) -> (i64, i64) {
    let opens = next_japanese_support_opening(t);
    let (day, _) = jst_day_and_secs(opens);
    (opens, clamp_i64(instant(day, CLOSE_SECS)))
}

/// Open with its closing time, or closed with the next opening, the wait and the reason.
pub fn japanese_support_status(t: i64) -> SupportStatus {
    if let Some(closes_at) = japanese_support_closing(t) {
        return SupportStatus::Open { closes_at };
    }
    let opens_at = next_japanese_support_opening(t);
    let (day, secs) = jst_day_and_secs(t);
    let reason = match day_closed(day) {
        Some(reason) => reason,
        None if secs < OPEN_SECS => ClosedReason::BeforeHours,
        None => ClosedReason::AfterHours,
    };
    SupportStatus::Closed {
        opens_at,
        wait_secs: opens_at.saturating_sub(t).max(0),
        reason,
    }
}

/// The weekday public holidays (JST dates, in order) that keep support closed between `t` and
/// its next opening, as `(year, month, day, holiday)`. Empty when the wait does not depend on the
/// holiday assumption; when it is not empty the UI should say the opening time is an estimate.
pub fn holidays_delaying_opening(t: i64) -> Vec<(i32, u8, u8, Holiday)> {
    let opens = next_japanese_support_opening(t);
    let mut found = Vec::new();
    if opens == t {
        return found;
    }
    let (first, secs) = jst_day_and_secs(t);
    let (last, _) = jst_day_and_secs(opens);
    // The opening day is a working day by construction, so only the days before it can hold a
    // delaying holiday. The second bound only guards against a bug turning this into a long loop.
    let mut day = first;
    while day < last && day <= first + i128::from(MAX_SEARCH_DAYS) {
        // A holiday today whose hours are already over delays nothing: it would be closed anyway.
        let over_today = day == first && secs >= CLOSE_SECS;
        if let (Some(ClosedReason::Holiday(h)), false) = (day_closed(day), over_today) {
            let (y, m, d) = civil_from_days(day_i64(day));
            found.push((y, m, d, h));
        }
        day += 1;
    }
    found
}

/// A wait in seconds as `(hours, minutes)` for display, rounded **up** to the whole minute so a
/// wait is never shown shorter than it is and "30 seconds" never reads as "0 minutes". Negative
/// waits count as zero; hours are not capped at 24 (54 h 46 min is shown as such).
pub fn format_wait(wait_secs: i64) -> (i64, i64) {
    let secs = wait_secs.max(0);
    let minutes = secs / 60 + i64::from(secs % 60 != 0);
    (minutes / 60, minutes % 60)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::engine::calendar::unix_from_civil;

    fn jst_at(y: i32, mo: u8, d: u8, h: u8, mi: u8, s: u8) -> i64 {
        unix_from_civil(y, mo, d, h, mi, s, JST_OFFSET_SECS).unwrap()
    }

    #[test]
    fn format_wait_rounds_up_to_whole_minutes() {
        assert_eq!(format_wait(0), (0, 0));
        assert_eq!(format_wait(-5), (0, 0));
        assert_eq!(format_wait(1), (0, 1));
        assert_eq!(format_wait(60), (0, 1));
        assert_eq!(format_wait(61), (0, 2));
        assert_eq!(format_wait(54 * 3600 + 46 * 60), (54, 46));
        assert_eq!(
            format_wait(i64::MAX),
            (i64::MAX / 3600, (i64::MAX / 60 + 1) % 60)
        );
    }

    #[test]
    fn holiday_on_the_opening_day_before_nine_is_reported() {
        // 2026-05-06 (Wed, substitute holiday) 08:00: today is closed, opens 2026-05-07.
        let t = jst_at(2026, 5, 6, 8, 0, 0);
        let delaying = holidays_delaying_opening(t);
        assert_eq!(delaying.len(), 1);
        assert_eq!((delaying[0].0, delaying[0].1, delaying[0].2), (2026, 5, 6));
    }

    #[test]
    fn holiday_whose_hours_are_over_delays_nothing() {
        // 2026-11-23 (Mon, 勤労感謝の日) 20:00: Tuesday would be the next opening anyway.
        assert!(holidays_delaying_opening(jst_at(2026, 11, 23, 20, 0, 0)).is_empty());
        // The same day at 10:00 is closed only because of the holiday.
        assert_eq!(
            holidays_delaying_opening(jst_at(2026, 11, 23, 10, 0, 0)).len(),
            1
        );
    }

    #[test]
    fn no_holiday_reported_on_an_ordinary_evening() {
        assert!(holidays_delaying_opening(jst_at(2026, 11, 25, 20, 0, 0)).is_empty());
        // Open now: nothing delays anything.
        assert!(holidays_delaying_opening(jst_at(2026, 11, 25, 10, 0, 0)).is_empty());
    }
}
