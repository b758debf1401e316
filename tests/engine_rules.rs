//! Japanese-language AWS Support hours (weekdays 09:00–18:00 JST, Japanese public holidays
//! assumed closed) and the holiday table behind them. Instants are written as JST wall-clock
//! readings, and some also as UTC and UTC-8 readings of the same instant, to show that the answer
//! never depends on the zone the reader's device is in.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::jst_at;
use mfa_rescue::engine::calendar::{
    JST_OFFSET_SECS, Weekday, civil_from_unix, jst, parse_rfc3339, rfc3339, unix_from_civil,
};
use mfa_rescue::engine::holidays::{
    FIRST_YEAR, Holiday, LAST_YEAR, SOURCE, all_holidays, covers_year, japanese_holiday,
};
use mfa_rescue::engine::rules::{
    ClosedReason, SupportStatus, format_wait, holidays_delaying_opening, japanese_support_closing,
    japanese_support_open, japanese_support_status, next_japanese_support_opening,
    next_japanese_support_window,
};

const HOUR: i64 = 3600;
const PST: i64 = -8 * HOUR;

/// An instant written as a wall-clock reading in Japan.
fn holiday(ja: &'static str, en: &'static str) -> Holiday {
    Holiday {
        name_ja: ja,
        name_en: en,
    }
}

fn closed(t: i64) -> (i64, i64, ClosedReason) {
    match japanese_support_status(t) {
        SupportStatus::Closed {
            opens_at,
            wait_secs,
            reason,
        } => (opens_at, wait_secs, reason),
        other => panic!(
            "expected closed at {}, got {other:?}",
            rfc3339(t, JST_OFFSET_SECS)
        ),
    }
}

fn open_until(t: i64) -> i64 {
    match japanese_support_status(t) {
        SupportStatus::Open { closes_at } => closes_at,
        other => panic!(
            "expected open at {}, got {other:?}",
            rfc3339(t, JST_OFFSET_SECS)
        ),
    }
}

// --- hours on an ordinary weekday --------------------------------------------------------------

#[test]
fn closed_one_second_before_nine_on_a_weekday() {
    // Wednesday 2026-11-25, an ordinary working day.
    let t = jst_at(2026, 11, 25, 8, 59, 59);
    assert!(!japanese_support_open(t));
    assert_eq!(closed(t), (t + 1, 1, ClosedReason::BeforeHours));
    assert_eq!(japanese_support_closing(t), None);
}

#[test]
fn open_from_nine_sharp() {
    let t = jst_at(2026, 11, 25, 9, 0, 0);
    assert!(japanese_support_open(t));
    assert_eq!(next_japanese_support_opening(t), t);
    assert_eq!(open_until(t), jst_at(2026, 11, 25, 18, 0, 0));
}

#[test]
fn still_open_one_second_before_six() {
    let t = jst_at(2026, 11, 25, 17, 59, 59);
    assert!(japanese_support_open(t));
    assert_eq!(japanese_support_closing(t), Some(t + 1));
}

#[test]
fn closed_from_six_sharp_until_nine_next_morning() {
    let t = jst_at(2026, 11, 25, 18, 0, 0);
    assert!(!japanese_support_open(t));
    assert_eq!(
        closed(t),
        (
            jst_at(2026, 11, 26, 9, 0, 0),
            15 * HOUR,
            ClosedReason::AfterHours
        )
    );
}

#[test]
fn just_after_midnight_on_a_weekday_is_before_hours() {
    let t = jst_at(2026, 11, 26, 0, 0, 0);
    assert_eq!(
        closed(t),
        (
            jst_at(2026, 11, 26, 9, 0, 0),
            9 * HOUR,
            ClosedReason::BeforeHours
        )
    );
}

// --- weekends -----------------------------------------------------------------------------------

#[test]
fn saturday_and_sunday_are_closed_all_day() {
    for (d, h) in [(28, 0), (28, 9), (28, 12), (28, 17), (29, 9), (29, 23)] {
        let t = jst_at(2026, 11, d, h, 0, 0);
        assert!(!japanese_support_open(t), "2026-11-{d} {h}:00");
        let (opens, _, reason) = closed(t);
        assert_eq!(reason, ClosedReason::Weekend);
        assert_eq!(opens, jst_at(2026, 11, 30, 9, 0, 0));
    }
}

#[test]
fn saturday_0214_opens_monday_0900_after_54_hours_46_minutes() {
    // The product spec's example: Saturday 02:14 JST, ordinary Monday after it.
    let t = jst_at(2026, 11, 28, 2, 14, 0);
    assert_eq!(jst(t).weekday, Weekday::Sat);
    let (opens, wait, reason) = closed(t);
    assert_eq!(opens, jst_at(2026, 11, 30, 9, 0, 0));
    assert_eq!(wait, 54 * HOUR + 46 * 60);
    assert_eq!(wait, 197_160);
    assert_eq!(reason, ClosedReason::Weekend);
    assert_eq!(format_wait(wait), (54, 46));
    assert!(holidays_delaying_opening(t).is_empty());
}

#[test]
fn saturday_0214_before_a_monday_holiday_opens_tuesday() {
    // 2026-11-21 is a Saturday and Monday 2026-11-23 is 勤労感謝の日: the spec example's
    // "Monday 09:00" becomes Tuesday, and only because of the holiday assumption.
    let t = jst_at(2026, 11, 21, 2, 14, 0);
    let (opens, wait, reason) = closed(t);
    assert_eq!(opens, jst_at(2026, 11, 24, 9, 0, 0));
    assert_eq!(format_wait(wait), (78, 46));
    assert_eq!(reason, ClosedReason::Weekend);
    assert_eq!(
        holidays_delaying_opening(t),
        vec![(
            2026,
            11,
            23,
            holiday("勤労感謝の日", "Labor Thanksgiving Day")
        )]
    );
}

#[test]
fn friday_six_pm_opens_monday_nine() {
    let t = jst_at(2026, 11, 27, 18, 0, 0);
    assert_eq!(jst(t).weekday, Weekday::Fri);
    let (opens, wait, reason) = closed(t);
    assert_eq!(opens, jst_at(2026, 11, 30, 9, 0, 0));
    assert_eq!(wait, 63 * HOUR);
    assert_eq!(reason, ClosedReason::AfterHours);
}

#[test]
fn friday_six_pm_opens_tuesday_when_monday_is_a_holiday() {
    let t = jst_at(2026, 11, 20, 18, 0, 0);
    assert_eq!(
        closed(t),
        (
            jst_at(2026, 11, 24, 9, 0, 0),
            87 * HOUR,
            ClosedReason::AfterHours
        )
    );
}

// --- holidays -----------------------------------------------------------------------------------

#[test]
fn substitute_holiday_is_closed() {
    // 2026-05-06 (Wednesday) is the 振替休日 for 憲法記念日, which fell on Sunday 5/3 (5/4 and 5/5
    // are holidays themselves, so the substitute moves to the next free day). The dataset labels
    // it after こどもの日, the last holiday before it.
    let t = jst_at(2026, 5, 6, 10, 0, 0);
    assert_eq!(jst(t).weekday, Weekday::Wed);
    let (opens, _, reason) = closed(t);
    assert_eq!(
        reason,
        ClosedReason::Holiday(holiday("こどもの日 振替休日", "Holiday in lieu"))
    );
    assert_eq!(opens, jst_at(2026, 5, 7, 9, 0, 0));
}

#[test]
fn citizens_holiday_between_two_holidays_is_closed() {
    // 2026-09-22 (Tuesday) lies between 敬老の日 (9/21) and 秋分の日 (9/23): 国民の休日.
    let t = jst_at(2026, 9, 22, 12, 0, 0);
    let (_, _, reason) = closed(t);
    assert_eq!(
        reason,
        ClosedReason::Holiday(holiday("休日", "Citizen's Holiday"))
    );
}

#[test]
fn silver_week_2026_closes_from_friday_evening_to_thursday() {
    let t = jst_at(2026, 9, 18, 18, 0, 0);
    let (opens, wait, _) = closed(t);
    assert_eq!(opens, jst_at(2026, 9, 24, 9, 0, 0));
    assert_eq!(format_wait(wait), (135, 0));
    let delaying: Vec<_> = holidays_delaying_opening(t)
        .into_iter()
        .map(|(y, m, d, _)| (y, m, d))
        .collect();
    assert_eq!(delaying, vec![(2026, 9, 21), (2026, 9, 22), (2026, 9, 23)]);
}

#[test]
fn new_years_day_is_closed_but_january_2nd_is_not_a_public_holiday() {
    let t = jst_at(2026, 1, 1, 10, 0, 0);
    let (opens, _, reason) = closed(t);
    assert_eq!(
        reason,
        ClosedReason::Holiday(holiday("元日", "New Year's Day"))
    );
    // 1/2 and 1/3 are customary days off but not public holidays, so the rule opens on Friday 1/2.
    assert_eq!(opens, jst_at(2026, 1, 2, 9, 0, 0));
    // New Year's Eve evening: straight over the holiday to 1/2.
    assert_eq!(
        next_japanese_support_opening(jst_at(2025, 12, 31, 18, 0, 0)),
        jst_at(2026, 1, 2, 9, 0, 0)
    );
    // 2027-01-01 is a Friday: next opening is Monday 1/4.
    assert_eq!(
        next_japanese_support_opening(jst_at(2026, 12, 31, 18, 0, 0)),
        jst_at(2027, 1, 4, 9, 0, 0)
    );
}

#[test]
fn golden_week_2026_spans_monday_to_wednesday() {
    // 4/29 Wed 昭和の日, 5/3 Sun 憲法記念日, 5/4 Mon みどりの日, 5/5 Tue こどもの日, 5/6 Wed 振替休日.
    let t = jst_at(2026, 5, 1, 18, 0, 0);
    let (opens, wait, reason) = closed(t);
    assert_eq!(opens, jst_at(2026, 5, 7, 9, 0, 0));
    assert_eq!(format_wait(wait), (135, 0));
    assert_eq!(reason, ClosedReason::AfterHours);
    let names: Vec<_> = holidays_delaying_opening(t)
        .into_iter()
        .map(|(_, m, d, h)| (m, d, h.name_ja))
        .collect();
    assert_eq!(
        names,
        vec![
            (5, 4, "みどりの日"),
            (5, 5, "こどもの日"),
            (5, 6, "こどもの日 振替休日")
        ]
    );
    assert!(!japanese_support_open(jst_at(2026, 4, 29, 10, 0, 0)));
    assert!(japanese_support_open(jst_at(2026, 4, 30, 10, 0, 0)));
}

#[test]
fn golden_week_2019_ten_days_off_is_within_the_search_bound() {
    // The 2019 enthronement made 4/27–5/6 ten consecutive days off, the longest in the table.
    let t = jst_at(2019, 4, 26, 18, 0, 0);
    let (opens, wait, _) = closed(t);
    assert_eq!(opens, jst_at(2019, 5, 7, 9, 0, 0));
    assert_eq!(format_wait(wait), (255, 0));
    assert_eq!(holidays_delaying_opening(t).len(), 6);
    assert_eq!(
        japanese_holiday(2019, 5, 1),
        Some(holiday("休日（祝日扱い）", "Holiday"))
    );
}

#[test]
fn a_weekend_holiday_counts_as_weekend() {
    // 2026-05-03 憲法記念日 is a Sunday.
    let (_, _, reason) = closed(jst_at(2026, 5, 3, 10, 0, 0));
    assert_eq!(reason, ClosedReason::Weekend);
}

#[test]
fn outside_the_holiday_table_only_weekends_close() {
    assert!(!covers_year(2060));
    // 2060-01-01 is a Thursday; without data it counts as a working day.
    assert!(japanese_support_open(jst_at(2060, 1, 1, 10, 0, 0)));
    // 1999-01-01, a Friday, likewise.
    assert!(japanese_support_open(jst_at(1999, 1, 1, 10, 0, 0)));
    assert_eq!(
        closed(jst_at(2060, 1, 3, 10, 0, 0)).2,
        ClosedReason::Weekend
    );
}

// --- the reader's time zone does not matter ----------------------------------------------------

#[test]
fn same_instant_written_in_other_zones_gives_the_same_answer() {
    // Saturday 02:14 in Tokyo is Friday 17:14 UTC and Friday 09:14 in California: still closed,
    // although it is a Friday morning for a reader on the US west coast.
    let in_jst = jst_at(2026, 11, 28, 2, 14, 0);
    let in_utc = unix_from_civil(2026, 11, 27, 17, 14, 0, 0).unwrap();
    let in_pst = unix_from_civil(2026, 11, 27, 9, 14, 0, PST).unwrap();
    assert_eq!(in_jst, in_utc);
    assert_eq!(in_jst, in_pst);
    assert_eq!(civil_from_unix(in_pst, PST).weekday, Weekday::Fri);
    for t in [in_utc, in_pst] {
        assert_eq!(japanese_support_status(t), japanese_support_status(in_jst));
    }
    let expected_opening = unix_from_civil(2026, 11, 29, 16, 0, 0, PST).unwrap();
    assert_eq!(next_japanese_support_opening(in_pst), expected_opening);
    assert_eq!(
        rfc3339(expected_opening, JST_OFFSET_SECS),
        "2026-11-30T09:00:00+09:00"
    );
    assert_eq!(rfc3339(expected_opening, PST), "2026-11-29T16:00:00-08:00");
    assert_eq!(rfc3339(expected_opening, 0), "2026-11-30T00:00:00+00:00");
}

#[test]
fn boundaries_hold_when_written_as_rfc3339_in_any_zone() {
    for (text, open) in [
        ("2026-11-25T08:59:59+09:00", false),
        ("2026-11-24T23:59:59Z", false),
        ("2026-11-24T15:59:59-08:00", false),
        ("2026-11-25T09:00:00+09:00", true),
        ("2026-11-25T00:00:00Z", true),
        ("2026-11-24T16:00:00-08:00", true),
        ("2026-11-25T08:59:59.999Z", true),
        ("2026-11-25T09:00:00Z", false),
        ("2026-11-25T01:00:00-08:00", false),
    ] {
        let t = parse_rfc3339(text).unwrap();
        assert_eq!(japanese_support_open(t), open, "{text}");
    }
}

// --- windows, extremes and invariants ----------------------------------------------------------

#[test]
fn next_window_is_the_current_one_when_open() {
    let t = jst_at(2026, 11, 25, 13, 0, 0);
    assert_eq!(
        next_japanese_support_window(t),
        (t, jst_at(2026, 11, 25, 18, 0, 0))
    );
    let t = jst_at(2026, 11, 28, 13, 0, 0);
    assert_eq!(
        next_japanese_support_window(t),
        (
            jst_at(2026, 11, 30, 9, 0, 0),
            jst_at(2026, 11, 30, 18, 0, 0)
        )
    );
}

#[test]
fn extreme_instants_neither_panic_nor_go_backwards() {
    for t in [
        i64::MIN,
        i64::MIN + 1,
        -1,
        0,
        1,
        i64::MAX - 30 * 86_400,
        i64::MAX - 1,
        i64::MAX,
    ] {
        let next = next_japanese_support_opening(t);
        assert!(next >= t, "{t}");
        let status = japanese_support_status(t);
        match status {
            // closes_at == t only where i64::MAX cuts the window short.
            SupportStatus::Open { closes_at } => assert!(closes_at > t || closes_at == i64::MAX),
            SupportStatus::Closed {
                opens_at,
                wait_secs,
                ..
            } => {
                assert_eq!(opens_at, next);
                assert!(wait_secs >= 0);
            }
        }
        let _ = holidays_delaying_opening(t);
        let _ = next_japanese_support_window(t);
        let _ = japanese_support_closing(t);
        let _ = format_wait(t);
    }
    // Nothing after i64::MAX exists, so the opening clamps to it.
    assert_eq!(next_japanese_support_opening(i64::MAX), i64::MAX);
}

#[test]
fn status_agrees_with_a_brute_force_scan_of_2026() {
    // Walk 2026 (plus a margin) backwards in 15-minute steps. Openings are at 09:00 on that grid,
    // so the brute-force "next open grid point" must equal next_japanese_support_opening.
    let step = 15 * 60;
    let start = jst_at(2025, 12, 20, 0, 0, 0);
    let end = jst_at(2027, 1, 20, 0, 0, 0);
    let mut next_open: Option<i64> = None;
    let mut t = end;
    while t >= start {
        let open = japanese_support_open(t);
        if open {
            next_open = Some(t);
        }
        if t < jst_at(2027, 1, 5, 0, 0, 0) {
            let expected = next_open.expect("an opening within the margin");
            assert_eq!(
                next_japanese_support_opening(t),
                expected,
                "{}",
                rfc3339(t, JST_OFFSET_SECS)
            );
            let c = jst(t);
            let working_day =
                !c.weekday.is_weekend() && japanese_holiday(c.year, c.month, c.day).is_none();
            assert_eq!(open, working_day && (9..18).contains(&c.hour));
            match japanese_support_status(t) {
                SupportStatus::Open { closes_at } => {
                    assert!(open);
                    assert!(!japanese_support_open(closes_at));
                    assert!(japanese_support_open(closes_at - 1));
                }
                SupportStatus::Closed {
                    opens_at,
                    wait_secs,
                    ..
                } => {
                    assert!(!open);
                    assert_eq!(opens_at - t, wait_secs);
                    assert!(!japanese_support_open(opens_at - 1));
                }
            }
        }
        t -= step;
    }
}

#[test]
fn format_wait_examples() {
    assert_eq!(format_wait(0), (0, 0));
    assert_eq!(format_wait(59), (0, 1));
    assert_eq!(format_wait(3600), (1, 0));
    assert_eq!(format_wait(3601), (1, 1));
    assert_eq!(format_wait(-3600), (0, 0));
}

// --- the holiday table --------------------------------------------------------------------------

#[test]
fn holiday_table_covers_2000_to_2050_from_the_npm_package() {
    assert_eq!((FIRST_YEAR, LAST_YEAR), (2000, 2050));
    assert!(SOURCE.starts_with("@holiday-jp/holiday_jp "));
    assert_eq!(all_holidays().count(), 895);
    for year in FIRST_YEAR..=LAST_YEAR {
        assert_eq!(
            japanese_holiday(year, 1, 1),
            Some(holiday("元日", "New Year's Day")),
            "{year}"
        );
    }
    assert!(
        all_holidays()
            .zip(all_holidays().skip(1))
            .all(|(a, b)| (a.0, a.1, a.2) < (b.0, b.1, b.2))
    );
    for (y, m, d, h) in all_holidays() {
        assert_eq!(japanese_holiday(y, m, d), Some(h));
    }
}

#[test]
fn known_holidays_and_non_holidays() {
    assert_eq!(
        japanese_holiday(2026, 5, 6),
        Some(holiday("こどもの日 振替休日", "Holiday in lieu"))
    );
    assert_eq!(
        japanese_holiday(2026, 9, 22),
        Some(holiday("休日", "Citizen's Holiday"))
    );
    assert_eq!(
        japanese_holiday(2026, 11, 23),
        Some(holiday("勤労感謝の日", "Labor Thanksgiving Day"))
    );
    // Olympic moves: Sports Day 2020 was 7/24, so 10/12 was a working day.
    assert_eq!(
        japanese_holiday(2020, 7, 24),
        Some(holiday("スポーツの日", "Health and Sports Day"))
    );
    assert_eq!(japanese_holiday(2020, 10, 12), None);
    // The Emperor's Birthday moved from 12/23 to 2/23 with the 2019 succession; 2019 had none.
    assert!(japanese_holiday(2018, 12, 23).is_some());
    assert_eq!(japanese_holiday(2019, 12, 23), None);
    assert!(japanese_holiday(2020, 2, 23).is_some());
    assert_eq!(
        japanese_holiday(2019, 10, 22),
        Some(holiday("休日（祝日扱い）", "Holiday"))
    );
    assert_eq!(japanese_holiday(2026, 1, 2), None);
    assert_eq!(japanese_holiday(2026, 11, 24), None);
}

#[test]
fn holiday_lookup_rejects_invalid_and_uncovered_dates() {
    assert_eq!(japanese_holiday(2026, 2, 30), None);
    assert_eq!(japanese_holiday(2026, 13, 1), None);
    assert_eq!(japanese_holiday(2026, 0, 0), None);
    assert_eq!(japanese_holiday(1999, 1, 1), None);
    assert_eq!(japanese_holiday(2051, 1, 1), None);
    assert_eq!(japanese_holiday(i32::MIN, 1, 1), None);
    assert_eq!(japanese_holiday(i32::MAX, 255, 255), None);
}
