//! Civil (wall-clock) dates and times, RFC 3339 text, and the conversions between them.
//!
//! Every instant in the engine is an `i64` count of Unix seconds (UTC). A wall-clock reading only
//! exists relative to a fixed UTC offset that the caller passes in: this module never asks the
//! system for the time or the time zone, so the same instant gives the same answer on every
//! reader's machine. Japan has used UTC+9 without daylight saving time since 1951, so
//! [`JST_OFFSET_SECS`] is a constant rather than a zone lookup.
//!
//! The date arithmetic is Howard Hinnant's `days_from_civil` / `civil_from_days`
//! (<https://howardhinnant.github.io/date_algorithms.html>): it works in the proleptic Gregorian
//! calendar, treats March as the first month of a "computational year" so that the leap day falls
//! at the end of it, and splits time into 400-year eras of exactly 146 097 days. That makes it
//! exact for every day without tables or loops.
//!
//! Supported range: years [`MIN_YEAR`]..=[`MAX_YEAR`] (0000–9999, the years RFC 3339 can write).
//! Instants outside it are clamped rather than rejected, because a clock that has gone wrong should
//! produce a visibly odd date, not abort the whole page.

use std::fmt;

/// Japan Standard Time: UTC+09:00, all year round.
pub const JST_OFFSET_SECS: i64 = 9 * 3600;

/// Seconds in a civil day (Unix time has no leap seconds).
pub const SECS_PER_DAY: i64 = 86_400;

/// The earliest year the civil conversions represent.
pub const MIN_YEAR: i32 = 0;

/// The latest year the civil conversions represent.
pub const MAX_YEAR: i32 = 9999;

/// Days from 1970-01-01 to 0000-01-01 (negative).
const MIN_DAYS: i64 = days_from_civil_unchecked(MIN_YEAR as i64, 1, 1);

/// Days from 1970-01-01 to 9999-12-31.
const MAX_DAYS: i64 = days_from_civil_unchecked(MAX_YEAR as i64, 12, 31);

/// Largest UTC offset RFC 3339 can write: ±23:59.
const MAX_OFFSET_SECS: i64 = 23 * 3600 + 59 * 60;

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Sat | Weekday::Sun)
    }

    /// 0 for Monday up to 6 for Sunday (ISO 8601 order).
    pub fn index_from_monday(self) -> u8 {
        match self {
            Weekday::Mon => 0,
            Weekday::Tue => 1,
            Weekday::Wed => 2,
            Weekday::Thu => 3,
            Weekday::Fri => 4,
            Weekday::Sat => 5,
            Weekday::Sun => 6,
        }
    }

    /// The weekday of a day counted from 1970-01-01 (a Thursday); negative counts go backwards.
    pub fn from_days_since_epoch(days: i64) -> Weekday {
        // 1970-01-01 is a Thursday, index 3 from Monday; rem_euclid keeps negatives in 0..7.
        match days.rem_euclid(7) {
            0 => Weekday::Thu,
            1 => Weekday::Fri,
            2 => Weekday::Sat,
            3 => Weekday::Sun,
            4 => Weekday::Mon,
            5 => Weekday::Tue,
            _ => Weekday::Wed,
        }
    }
}

/// A wall-clock reading at some fixed UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CivilDateTime {
    /// Gregorian year, [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub year: i32,
    /// 1..=12.
    pub month: u8,
    /// 1..=31.
    pub day: u8,
    /// 0..=23.
    pub hour: u8,
    /// 0..=59.
    pub minute: u8,
    /// 0..=59 (Unix time has no leap seconds).
    pub second: u8,
    /// Day of the week of this date.
    pub weekday: Weekday,
}

/// Whether `year` has a 29 February (proleptic Gregorian rules).
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days in `month` (1..=12) of `year`; 0 for a month outside 1..=12.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Hinnant's `days_from_civil` without validation. Callers pass a valid month and day; with `i64`
/// arithmetic every `i32` year stays far from overflow (about 7.8e11 days at most).
const fn days_from_civil_unchecked(year: i64, month: i64, day: i64) -> i64 {
    // Shift the year so it starts in March: January and February belong to the previous one.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = (month + 9) % 12; // March = 0 … February = 11
    let doy = (153 * mp + 2) / 5 + day - 1; // [0, 365]; 153/5 is the 30/31-day rhythm from March
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    // 719 468 = days from 0000-03-01 to 1970-01-01.
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 of a valid date, or `None` if the date does not exist
/// (month 13, 30 February, …) or lies outside [`MIN_YEAR`]..=[`MAX_YEAR`].
pub fn days_from_civil(year: i32, month: u8, day: u8) -> Option<i64> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil_unchecked(
        i64::from(year),
        i64::from(month),
        i64::from(day),
    ))
}

/// The date `days` after 1970-01-01 as `(year, month, day)`. Counts outside the supported years
/// are clamped to 0000-01-01 or 9999-12-31.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days.clamp(MIN_DAYS, MAX_DAYS) + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March = 0
    let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    // The clamp above keeps year in 0..=9999 and the others in their ranges, so these
    // conversions cannot fail; the fallbacks only exist to avoid a panic path.
    (
        i32::try_from(year).unwrap_or(MAX_YEAR),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

/// The wall-clock reading of `unix` at a fixed UTC offset (`offset_secs` east of UTC, so JST is
/// `+32400` and US Pacific Standard Time `-28800`). Instants outside the supported years are
/// clamped to 0000-01-01T00:00:00 or 9999-12-31T23:59:59 local time.
pub fn civil_from_unix(unix: i64, offset_secs: i64) -> CivilDateTime {
    let local = unix.saturating_add(offset_secs).clamp(
        MIN_DAYS * SECS_PER_DAY,
        MAX_DAYS * SECS_PER_DAY + SECS_PER_DAY - 1,
    );
    // div_euclid/rem_euclid so that one second before the epoch is 23:59:59 of the previous
    // day, not -1 seconds into the current one.
    let days = local.div_euclid(SECS_PER_DAY);
    let secs_of_day = local.rem_euclid(SECS_PER_DAY);
    let (year, month, day) = civil_from_days(days);
    CivilDateTime {
        year,
        month,
        day,
        hour: u8::try_from(secs_of_day / 3600).unwrap_or(0),
        minute: u8::try_from(secs_of_day / 60 % 60).unwrap_or(0),
        second: u8::try_from(secs_of_day % 60).unwrap_or(0),
        weekday: Weekday::from_days_since_epoch(days),
    }
}

/// The wall-clock reading of `unix` in Japan (UTC+9).
pub fn jst(unix: i64) -> CivilDateTime {
    civil_from_unix(unix, JST_OFFSET_SECS)
}

/// The instant at which the clocks at `offset_secs` show the given local date and time, or
/// `None` if that reading does not exist (month 13, 30 February, hour 24, second 60, a year
/// outside [`MIN_YEAR`]..=[`MAX_YEAR`]) or the offset pushes it outside `i64`.
pub fn unix_from_civil(
    year: i32,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    offset_secs: i64,
) -> Option<i64> {
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = days_from_civil(year, month, day)?;
    let local =
        days * SECS_PER_DAY + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second);
    local.checked_sub(offset_secs)
}

/// `unix` as RFC 3339 text at the given offset, e.g. `2026-11-23T10:00:00+09:00`.
///
/// The offset is always written as `±HH:MM` (UTC is `+00:00`, never `Z`) so that readers see the
/// same shape for every zone. RFC 3339 offsets have whole minutes and at most 23:59, so the offset
/// is first truncated toward zero to whole minutes and clamped to ±23:59; the local time is
/// computed with that same adjusted offset, so the text always denotes exactly `unix`
/// (for instants inside the supported years).
pub fn rfc3339(unix: i64, offset_secs: i64) -> String {
    let offset = (offset_secs - offset_secs % 60).clamp(-MAX_OFFSET_SECS, MAX_OFFSET_SECS);
    let c = civil_from_unix(unix, offset);
    let sign = if offset < 0 { '-' } else { '+' };
    let abs = offset.unsigned_abs();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
        c.year,
        c.month,
        c.day,
        c.hour,
        c.minute,
        c.second,
        sign,
        abs / 3600,
        abs / 60 % 60
    )
}

/// Why a string is not an RFC 3339 timestamp that [`parse_rfc3339`] accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rfc3339Error {
    /// Nothing but whitespace.
    Empty,
    /// A character that does not fit the shape `YYYY-MM-DDTHH:MM:SS±HH:MM`.
    Syntax {
        /// Character position (0-based, counting Unicode characters of the trimmed input).
        at: usize,
        /// What was expected there, in plain English (e.g. `"a digit"`).
        expected: &'static str,
    },
    /// A date without a time of day.
    MissingTime,
    /// A date and time without `Z` or `±HH:MM`: the instant would depend on the reader's zone.
    MissingOffset,
    /// A date that does not exist, such as 2026-02-30 or month 13.
    InvalidDate,
    /// A time that does not exist, such as 24:00:00 or 10:60:00 (leap seconds are not accepted).
    InvalidTime,
    /// An offset beyond ±23:59.
    InvalidOffset,
    /// Characters after a complete timestamp.
    TrailingInput {
        /// Character position (0-based) of the first unexpected character.
        at: usize,
    },
    /// Valid text whose instant does not fit the engine's range.
    OutOfRange,
}

impl fmt::Display for Rfc3339Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rfc3339Error::Empty => write!(f, "the timestamp is empty"),
            Rfc3339Error::Syntax { at, expected } => {
                write!(f, "expected {expected} at character {}", at + 1)
            }
            Rfc3339Error::MissingTime => write!(f, "a time of day is missing (e.g. T09:00:00)"),
            Rfc3339Error::MissingOffset => {
                write!(f, "the UTC offset is missing (add Z or e.g. +09:00)")
            }
            Rfc3339Error::InvalidDate => write!(f, "that date does not exist"),
            Rfc3339Error::InvalidTime => write!(f, "that time of day does not exist"),
            Rfc3339Error::InvalidOffset => write!(f, "the UTC offset must be within ±23:59"),
            Rfc3339Error::TrailingInput { at } => {
                write!(
                    f,
                    "unexpected text after the timestamp at character {}",
                    at + 1
                )
            }
            Rfc3339Error::OutOfRange => write!(f, "the timestamp is out of range"),
        }
    }
}

impl std::error::Error for Rfc3339Error {}

/// A byte cursor over the input. Working on bytes is safe for any UTF-8: every byte this parser
/// accepts is ASCII, and no byte of a multi-byte character is ASCII, so a non-ASCII character
/// simply fails the first comparison it meets.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// Character (not byte) index of the current position, for messages a person can follow.
    fn char_pos(&self) -> usize {
        self.text
            .char_indices()
            .take_while(|(i, _)| *i < self.pos)
            .count()
    }

    fn syntax(&self, expected: &'static str) -> Rfc3339Error {
        Rfc3339Error::Syntax {
            at: self.char_pos(),
            expected,
        }
    }

    /// Exactly `n` ASCII digits as a number.
    fn digits(&mut self, n: usize, what: &'static str) -> Result<u32, Rfc3339Error> {
        let mut value: u32 = 0;
        for _ in 0..n {
            match self.peek() {
                Some(b @ b'0'..=b'9') => {
                    // At most 4 digits are read, so this cannot overflow u32.
                    value = value * 10 + u32::from(b - b'0');
                    self.pos += 1;
                }
                _ => return Err(self.syntax(what)),
            }
        }
        Ok(value)
    }

    fn byte(&mut self, expected: u8, what: &'static str) -> Result<(), Rfc3339Error> {
        if self.peek() == Some(expected) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.syntax(what))
        }
    }
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` into Unix seconds.
///
/// Accepted variations, all allowed by RFC 3339: `t` or a space instead of `T`, `z` instead of
/// `Z`, `-00:00`, and any number of fraction digits (dropped, i.e. the instant is rounded down to
/// the whole second). Whitespace around the timestamp is ignored, since pasted text often carries
/// a newline.
///
/// # Errors
///
/// Anything else is an [`Rfc3339Error`] saying what is wrong: a missing time or offset, a date or
/// time that does not exist, or the first character that does not fit the shape.
pub fn parse_rfc3339(s: &str) -> Result<i64, Rfc3339Error> {
    let text = s.trim();
    if text.is_empty() {
        return Err(Rfc3339Error::Empty);
    }
    let mut c = Cursor { text, pos: 0 };

    let year = c.digits(4, "a four-digit year")?;
    c.byte(b'-', "'-' after the year")?;
    let month = c.digits(2, "a two-digit month")?;
    c.byte(b'-', "'-' after the month")?;
    let day = c.digits(2, "a two-digit day")?;
    if c.at_end() {
        return Err(Rfc3339Error::MissingTime);
    }
    match c.peek() {
        Some(b'T' | b't' | b' ') => c.pos += 1,
        _ => return Err(c.syntax("'T' between the date and the time")),
    }
    if c.at_end() {
        return Err(Rfc3339Error::MissingTime);
    }
    let hour = c.digits(2, "a two-digit hour")?;
    c.byte(b':', "':' after the hour")?;
    let minute = c.digits(2, "two-digit minutes")?;
    c.byte(b':', "':' after the minutes")?;
    let second = c.digits(2, "two-digit seconds")?;
    if c.peek() == Some(b'.') {
        c.pos += 1;
        c.digits(1, "a digit after the decimal point")?;
        while matches!(c.peek(), Some(b'0'..=b'9')) {
            c.pos += 1;
        }
    }

    let offset_secs: i64 = match c.peek() {
        None => return Err(Rfc3339Error::MissingOffset),
        Some(b'Z' | b'z') => {
            c.pos += 1;
            0
        }
        Some(sign @ (b'+' | b'-')) => {
            c.pos += 1;
            let oh = c.digits(2, "a two-digit offset hour")?;
            c.byte(b':', "':' in the offset")?;
            let om = c.digits(2, "two-digit offset minutes")?;
            if oh > 23 || om > 59 {
                return Err(Rfc3339Error::InvalidOffset);
            }
            let magnitude = i64::from(oh) * 3600 + i64::from(om) * 60;
            if sign == b'-' { -magnitude } else { magnitude }
        }
        Some(_) => return Err(c.syntax("'Z' or an offset like +09:00")),
    };
    if !c.at_end() {
        return Err(Rfc3339Error::TrailingInput { at: c.char_pos() });
    }

    // Each field has at most 4 digits, so these conversions only fail on values that are
    // out of range anyway; map them to the same errors.
    let year = i32::try_from(year).map_err(|_| Rfc3339Error::InvalidDate)?;
    let month = u8::try_from(month).map_err(|_| Rfc3339Error::InvalidDate)?;
    let day = u8::try_from(day).map_err(|_| Rfc3339Error::InvalidDate)?;
    let days = days_from_civil(year, month, day).ok_or(Rfc3339Error::InvalidDate)?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err(Rfc3339Error::InvalidTime);
    }
    let local =
        days * SECS_PER_DAY + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second);
    local
        .checked_sub(offset_secs)
        .ok_or(Rfc3339Error::OutOfRange)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn epoch_is_a_thursday_at_midnight_utc() {
        let c = civil_from_unix(0, 0);
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.minute, c.second),
            (1970, 1, 1, 0, 0, 0)
        );
        assert_eq!(c.weekday, Weekday::Thu);
    }

    #[test]
    fn one_second_before_epoch_is_the_previous_day() {
        let c = civil_from_unix(-1, 0);
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.minute, c.second),
            (1969, 12, 31, 23, 59, 59)
        );
        assert_eq!(c.weekday, Weekday::Wed);
    }

    #[test]
    fn days_round_trip_over_every_day_of_several_centuries() {
        let start = days_from_civil(1599, 1, 1).unwrap();
        let end = days_from_civil(2401, 12, 31).unwrap();
        let mut expected = (1599, 1, 1);
        for d in start..=end {
            assert_eq!(civil_from_days(d), expected, "day {d}");
            let (y, m, dd) = expected;
            assert_eq!(days_from_civil(y, m, dd), Some(d));
            expected = if dd < days_in_month(y, m) {
                (y, m, dd + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rules() {
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(2026));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2026, 13), 0);
        assert_eq!(days_in_month(2026, 0), 0);
    }

    #[test]
    fn unix_from_civil_rejects_readings_that_do_not_exist() {
        assert_eq!(unix_from_civil(2026, 2, 30, 0, 0, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 13, 1, 0, 0, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 0, 1, 0, 0, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 1, 0, 0, 0, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 1, 1, 24, 0, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 1, 1, 0, 60, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 1, 1, 0, 0, 60, 0), None);
        assert_eq!(unix_from_civil(10_000, 1, 1, 0, 0, 0, 0), None);
        assert_eq!(unix_from_civil(-1, 1, 1, 0, 0, 0, 0), None);
        assert_eq!(unix_from_civil(2026, 1, 1, 0, 0, 0, i64::MIN), None);
        assert_eq!(
            unix_from_civil(2024, 2, 29, 0, 0, 0, 0),
            Some(1_709_164_800)
        );
    }

    #[test]
    fn jst_is_nine_hours_ahead_of_utc() {
        let t = unix_from_civil(2026, 11, 23, 1, 0, 0, 0).unwrap();
        let c = jst(t);
        assert_eq!((c.day, c.hour), (23, 10));
        assert_eq!(
            unix_from_civil(2026, 11, 23, 10, 0, 0, JST_OFFSET_SECS),
            Some(t)
        );
    }

    #[test]
    fn extreme_instants_are_clamped_not_panicking() {
        let lo = civil_from_unix(i64::MIN, 0);
        assert_eq!((lo.year, lo.month, lo.day, lo.hour), (0, 1, 1, 0));
        let hi = civil_from_unix(i64::MAX, i64::MAX);
        assert_eq!(
            (hi.year, hi.month, hi.day, hi.hour, hi.minute, hi.second),
            (9999, 12, 31, 23, 59, 59)
        );
        assert_eq!(civil_from_days(i64::MIN), (0, 1, 1));
        assert_eq!(civil_from_days(i64::MAX), (9999, 12, 31));
        assert_eq!(rfc3339(i64::MIN, i64::MIN), "0000-01-01T00:00:00-23:59");
        assert_eq!(rfc3339(i64::MAX, i64::MAX), "9999-12-31T23:59:59+23:59");
    }

    #[test]
    fn weekday_helpers() {
        assert!(Weekday::Sat.is_weekend());
        assert!(Weekday::Sun.is_weekend());
        assert!(!Weekday::Fri.is_weekend());
        assert_eq!(Weekday::Mon.index_from_monday(), 0);
        assert_eq!(Weekday::Sun.index_from_monday(), 6);
        // 2026-11-23 is a Monday.
        assert_eq!(
            Weekday::from_days_since_epoch(days_from_civil(2026, 11, 23).unwrap()),
            Weekday::Mon
        );
    }

    #[test]
    fn rfc3339_writes_the_offset_as_hours_and_minutes() {
        let t = unix_from_civil(2026, 11, 23, 10, 0, 0, JST_OFFSET_SECS).unwrap();
        assert_eq!(rfc3339(t, JST_OFFSET_SECS), "2026-11-23T10:00:00+09:00");
        assert_eq!(rfc3339(t, 0), "2026-11-23T01:00:00+00:00");
        assert_eq!(rfc3339(t, -8 * 3600), "2026-11-22T17:00:00-08:00");
        assert_eq!(rfc3339(t, 5 * 3600 + 1800), "2026-11-23T06:30:00+05:30");
        assert_eq!(rfc3339(t, -(3 * 3600 + 1800)), "2026-11-22T21:30:00-03:30");
        // Seconds in an offset cannot be written, so they are dropped from the local time too.
        assert_eq!(rfc3339(t, 3600 + 59), "2026-11-23T02:00:00+01:00");
    }

    #[test]
    fn parse_accepts_the_rfc3339_variants() {
        let t = unix_from_civil(2026, 11, 23, 10, 0, 0, JST_OFFSET_SECS).unwrap();
        for s in [
            "2026-11-23T10:00:00+09:00",
            "2026-11-23t10:00:00+09:00",
            "2026-11-23 10:00:00+09:00",
            "2026-11-23T01:00:00Z",
            "2026-11-23T01:00:00z",
            "2026-11-23T01:00:00+00:00",
            "2026-11-23T01:00:00-00:00",
            "2026-11-22T17:00:00-08:00",
            "2026-11-23T10:00:00.999999999+09:00",
            "  2026-11-23T10:00:00+09:00\n",
        ] {
            assert_eq!(parse_rfc3339(s), Ok(t), "{s}");
        }
    }

    #[test]
    fn parse_and_format_round_trip() {
        // A day inside each end of the supported range, so no offset pushes them outside it.
        for t in [
            0,
            -1,
            1_700_000_000,
            -62_167_219_200 + 86_400,
            253_402_300_799 - 86_400,
        ] {
            for off in [0, JST_OFFSET_SECS, -8 * 3600, 5 * 3600 + 45 * 60] {
                assert_eq!(parse_rfc3339(&rfc3339(t, off)), Ok(t), "{t} {off}");
            }
        }
    }

    #[test]
    fn parse_explains_what_is_wrong() {
        use Rfc3339Error::*;
        assert_eq!(parse_rfc3339(""), Err(Empty));
        assert_eq!(parse_rfc3339("   "), Err(Empty));
        assert_eq!(parse_rfc3339("2026-11-23"), Err(MissingTime));
        assert_eq!(parse_rfc3339("2026-11-23T"), Err(MissingTime));
        assert_eq!(parse_rfc3339("2026-11-23T10:00:00"), Err(MissingOffset));
        assert_eq!(parse_rfc3339("2026-11-23T10:00:00.5"), Err(MissingOffset));
        assert_eq!(parse_rfc3339("2026-02-30T10:00:00Z"), Err(InvalidDate));
        assert_eq!(parse_rfc3339("2026-13-01T10:00:00Z"), Err(InvalidDate));
        assert_eq!(parse_rfc3339("2026-00-01T10:00:00Z"), Err(InvalidDate));
        assert_eq!(parse_rfc3339("2026-11-23T24:00:00Z"), Err(InvalidTime));
        assert_eq!(parse_rfc3339("2026-11-23T10:60:00Z"), Err(InvalidTime));
        assert_eq!(parse_rfc3339("2026-11-23T10:00:60Z"), Err(InvalidTime));
        assert_eq!(
            parse_rfc3339("2026-11-23T10:00:00+24:00"),
            Err(InvalidOffset)
        );
        assert_eq!(
            parse_rfc3339("2026-11-23T10:00:00+09:60"),
            Err(InvalidOffset)
        );
        assert_eq!(
            parse_rfc3339("2026-11-23T10:00:00+09:00x"),
            Err(TrailingInput { at: 25 })
        );
        assert!(matches!(
            parse_rfc3339("2026-11-23T10:00+09:00"),
            Err(Syntax { at: 16, .. })
        ));
        assert!(matches!(
            parse_rfc3339("2026-11-23T10:00:00+0900"),
            Err(Syntax { at: 22, .. })
        ));
        assert!(matches!(
            parse_rfc3339("26-11-23T10:00:00Z"),
            Err(Syntax { at: 2, .. })
        ));
        assert!(matches!(
            parse_rfc3339("2026-11-23T10:00:00.Z"),
            Err(Syntax { at: 20, .. })
        ));
        assert!(matches!(
            parse_rfc3339("2026-11-23_10:00:00Z"),
            Err(Syntax { at: 10, .. })
        ));
    }

    #[test]
    fn parse_never_panics_on_non_ascii_input() {
        for s in [
            "２０２６-11-23T10:00:00Z",
            "2026-11-23T10:00:00＋09:00",
            "2026-11-23T10:00:00+09:00🙂",
            "🙂",
            "2026-11-23T10:00:00Ｚ",
            "2026-11-23\u{3000}10:00:00Z",
            "é",
            "\u{0}",
            "2026-11-23T10:00:00.١٢Z",
        ] {
            assert!(parse_rfc3339(s).is_err(), "{s}");
        }
        assert_eq!(
            parse_rfc3339("2026-11-23T10:00:00Z🙂"),
            Err(Rfc3339Error::TrailingInput { at: 20 })
        );
        assert_eq!(
            parse_rfc3339("🙂2026"),
            Err(Rfc3339Error::Syntax {
                at: 0,
                expected: "a four-digit year"
            })
        );
        // Positions count characters, not bytes.
        assert!(matches!(
            parse_rfc3339("2026-11-23T10:00:00＋09:00"),
            Err(Rfc3339Error::Syntax { at: 19, .. })
        ));
    }
}
