//! Sentences made of the engine's facts: a verdict of the decision helper, what is wrong with a
//! phone number, a moment in Japan, a wait. Every word comes from the i18n catalogue (so that a
//! translator finds it and its completeness test covers it); this module only chooses the key
//! and fills in the placeholders. Date and duration words live here and nowhere else.

use crate::engine::calendar::{CivilDateTime, jst};
use crate::engine::decide::Verdict;
use crate::engine::phone::{PhoneProblem, StoredCheck, visible};
use crate::engine::rules::{ClosedReason, format_wait};
use crate::i18n::labels::minutes_words;
use crate::i18n::{Key, Tr};

const WEEKDAYS: [Key; 7] = [
    Key::WeekdayMon,
    Key::WeekdayTue,
    Key::WeekdayWed,
    Key::WeekdayThu,
    Key::WeekdayFri,
    Key::WeekdaySat,
    Key::WeekdaySun,
];
const MONTHS: [Key; 12] = [
    Key::MonthJan,
    Key::MonthFeb,
    Key::MonthMar,
    Key::MonthApr,
    Key::MonthMay,
    Key::MonthJun,
    Key::MonthJul,
    Key::MonthAug,
    Key::MonthSep,
    Key::MonthOct,
    Key::MonthNov,
    Key::MonthDec,
];

fn weekday<'a>(c: &CivilDateTime, tr: Tr<'a>) -> &'a str {
    WEEKDAYS
        .get(usize::from(c.weekday.index_from_monday()))
        .map_or("", |k| tr.text(*k))
}

fn month<'a>(c: &CivilDateTime, tr: Tr<'a>) -> &'a str {
    MONTHS
        .get(usize::from(c.month).saturating_sub(1))
        .map_or("", |k| tr.text(*k))
}

/// "21:05".
pub fn hhmm(c: &CivilDateTime) -> String {
    format!("{:02}:{:02}", c.hour, c.minute)
}

/// 「11月21日（土）」 / "Sat 21 Nov".
pub fn date(c: &CivilDateTime, tr: Tr<'_>) -> String {
    let day = weekday(c, tr);
    // English dates use the short weekday ("Sat"); the catalogue holds the long one.
    let day = if !tr.ja() {
        day.get(..3).unwrap_or(day)
    } else {
        day
    };
    tr.fill(
        Key::DateLine,
        &[
            ("weekday", day),
            ("day", &c.day.to_string()),
            ("month", month(c, tr)),
        ],
    )
}

/// A moment in Japan: 「11月30日（月）09:00」 / "Monday 09:00".
pub fn moment(t: i64, tr: Tr<'_>) -> String {
    let c = jst(t);
    tr.fill(
        Key::MomentJst,
        &[
            ("weekday", weekday(&c, tr)),
            ("month", month(&c, tr)),
            ("day", &c.day.to_string()),
            ("time", &hhmm(&c)),
        ],
    )
}

/// A wait, in whole minutes rounded up: 「54 時間 46 分」 / "54 h 46 min".
pub fn duration(secs: i64, tr: Tr<'_>) -> String {
    let (h, m) = format_wait(secs);
    minutes_words(u32::try_from(h * 60 + m).unwrap_or(u32::MAX), tr)
}

/// The note on a link's lifetime: the 2017 article's 15 minutes, or this rehearsal's parameter.
pub fn link_lifetime_note(lifetime_secs: Option<i64>, tr: Tr<'_>) -> String {
    match lifetime_secs {
        None => String::new(),
        Some(secs) if secs == crate::engine::world::ARTICLE_LINK_MINUTES * 60 => {
            tr.text(Key::LinkExpiryArticle).to_owned()
        }
        Some(secs) => tr.fill(
            Key::LinkExpiryParameter,
            &[("min", &(secs / 60).to_string())],
        ),
    }
}

/// What the decision helper says, in `tr`'s words.
pub fn verdict(v: &Verdict, tr: Tr<'_>) -> String {
    let japanese = tr.ja();
    match v {
        Verdict::JapaneseOpen { now, closes_at } => tr.fill(
            Key::VerdictJapaneseOpen,
            &[
                ("now", &moment(*now, tr)),
                ("left", &duration(closes_at.saturating_sub(*now), tr)),
            ],
        ),
        Verdict::EnglishNow {
            now,
            opens_at,
            wait_secs,
            why,
            holiday_assumed,
        } => {
            let why = match why {
                ClosedReason::Holiday(h) => {
                    let name = if japanese { h.name_ja } else { h.name_en };
                    tr.fill(Key::ClosedHoliday, &[("name", name)])
                }
                ClosedReason::Weekend => tr.text(Key::ClosedWeekend).to_owned(),
                ClosedReason::BeforeHours | ClosedReason::AfterHours => {
                    tr.text(Key::ClosedHours).to_owned()
                }
            };
            let assumed = if *holiday_assumed {
                tr.text(Key::HolidayAssumed)
            } else {
                ""
            };
            tr.fill(
                Key::VerdictEnglish,
                &[
                    ("now", &moment(*now, tr)),
                    ("why", &why),
                    ("opens", &moment(*opens_at, tr)),
                    ("wait", &duration(*wait_secs, tr)),
                    ("assumed", assumed),
                ],
            )
        }
        Verdict::WaitForMail => tr.text(Key::VerdictWaitForMail).to_owned(),
        Verdict::LinkUsed => tr.text(Key::VerdictLinkUsed).to_owned(),
        Verdict::LinkExpired {
            expired_at,
            lifetime_secs,
        } => tr.fill(
            Key::VerdictLinkExpired,
            &[
                ("time", &moment(*expired_at, tr)),
                ("note", &link_lifetime_note(*lifetime_secs, tr)),
            ],
        ),
        Verdict::ClickNow {
            now,
            expires_at: Some(t),
            lifetime_secs,
        } => tr.fill(
            Key::VerdictClickNow,
            &[
                ("left", &duration(t.saturating_sub(*now), tr)),
                ("time", &moment(*t, tr)),
                ("note", &link_lifetime_note(*lifetime_secs, tr)),
            ],
        ),
        Verdict::ClickNow {
            expires_at: None, ..
        } => tr.text(Key::VerdictClickNowNoExpiry).to_owned(),
        Verdict::CallWillWork { stored } => {
            tr.fill(Key::VerdictCallWillWork, &[("stored", stored)])
        }
        Verdict::FixPhone { stored, check } => tr.fill(
            Key::VerdictFixPhone,
            &[("stored", stored), ("explain", &stored_check(check, tr))],
        ),
        Verdict::Fixed { text, .. } => text.get(japanese).to_owned(),
    }
}

/// What AWS asks of the number as it is stored, and what to store instead.
pub fn stored_check(check: &StoredCheck, tr: Tr<'_>) -> String {
    let with = |key: Key, s: &dyn ToString| tr.fill(key, &[("suggestion", &s.to_string())]);
    match check {
        StoredCheck::Ok => tr.text(Key::StoredOk).to_owned(),
        StoredCheck::Empty => tr.text(Key::StoredEmpty).to_owned(),
        StoredCheck::MissingCountryCode {
            suggestion: Some(s),
        } if s.is_japanese() => with(Key::StoredNoPlus81, s),
        StoredCheck::MissingCountryCode {
            suggestion: Some(s),
        } => with(Key::StoredNoCountryCode, s),
        StoredCheck::MissingCountryCode { suggestion: None } => {
            tr.text(Key::StoredNoCountryCodeUnknown).to_owned()
        }
        StoredCheck::MissingPlus { suggestion } => with(Key::StoredMissingPlus, suggestion),
        StoredCheck::LeadingZeroAfterCountryCode { suggestion } => {
            with(Key::StoredLeadingZero, suggestion)
        }
        StoredCheck::HasSpacesOrSymbols { suggestion } => with(Key::StoredSpaces, suggestion),
        StoredCheck::TollFree => phone_problem(&PhoneProblem::TollFree, tr),
        StoredCheck::TooShort { japanese } => phone_problem(
            &PhoneProblem::TooShort {
                japanese: *japanese,
            },
            tr,
        ),
        StoredCheck::TooLong { japanese } => phone_problem(
            &PhoneProblem::TooLong {
                japanese: *japanese,
            },
            tr,
        ),
        StoredCheck::NotAPhoneNumber { problem } => phone_problem(problem, tr),
    }
}

/// Why a typed phone number can't be read, and the fix.
pub fn phone_problem(problem: &PhoneProblem, tr: Tr<'_>) -> String {
    match problem {
        PhoneProblem::Empty => tr.text(Key::PhoneEmpty).to_owned(),
        PhoneProblem::UnexpectedCharacter { found } => {
            tr.fill(Key::PhoneBadCharacter, &[("found", &visible(*found))])
        }
        PhoneProblem::MisplacedPlus => tr.text(Key::PhoneMisplacedPlus).to_owned(),
        PhoneProblem::CountryCodeStartsWithZero {
            suggestion: Some(s),
        } => tr.fill(Key::PhoneCountryCodeZero, &[("suggestion", &s.to_string())]),
        PhoneProblem::CountryCodeStartsWithZero { suggestion: None } => {
            tr.text(Key::PhoneCountryCodeZeroUnknown).to_owned()
        }
        PhoneProblem::NoCountryCode => tr.text(Key::PhoneNoCountryCode).to_owned(),
        PhoneProblem::TollFree => tr.text(Key::PhoneTollFree).to_owned(),
        PhoneProblem::TooShort { japanese: true } => tr.text(Key::PhoneTooShortJapanese).to_owned(),
        PhoneProblem::TooShort { japanese: false } => tr.text(Key::PhoneTooShort).to_owned(),
        PhoneProblem::TooLong { japanese: true } => tr.text(Key::PhoneTooLongJapanese).to_owned(),
        PhoneProblem::TooLong { japanese: false } => tr.text(Key::PhoneTooLong).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::{JST_OFFSET_SECS, unix_from_civil};
    use crate::engine::decide::support_language;
    use crate::engine::phone::check_as_stored;
    use crate::i18n::Lang;

    fn at_jst(y: i32, mo: u8, d: u8, h: u8, mi: u8) -> i64 {
        unix_from_civil(y, mo, d, h, mi, 0, JST_OFFSET_SECS).unwrap()
    }

    #[test]
    fn saturday_night_reads_in_both_languages() {
        let v = support_language(at_jst(2026, 11, 28, 2, 14));
        let en = verdict(&v, Tr::plain(Lang::En));
        assert!(en.contains("It is Saturday 02:14 in Japan"), "{en}");
        assert!(en.contains("opens Monday 09:00, in 54 h 46 min"), "{en}");
        let ja = verdict(&v, Tr::plain(Lang::Ja));
        assert!(ja.contains("11月30日（月）09:00、54 時間 46 分後"), "{ja}");
        // L1: the figures readers reported, with their years, not a promise.
        assert!(
            en.contains("(2022)") && ja.contains("2017 年頃"),
            "{en} / {ja}"
        );
    }

    #[test]
    fn a_holiday_lengthened_wait_says_it_is_an_assumption() {
        let v = support_language(at_jst(2026, 11, 21, 2, 14));
        let en = verdict(&v, Tr::plain(Lang::En));
        assert!(en.contains("Tuesday 09:00, in 78 h 46 min"), "{en}");
        assert!(en.contains("Assuming holidays are closed"), "{en}");
        assert!(verdict(&v, Tr::plain(Lang::Ja)).contains("仮定"));
    }

    #[test]
    fn weekday_hours_say_how_long_japanese_support_stays_open() {
        let v = support_language(at_jst(2026, 11, 24, 10, 0));
        assert!(verdict(&v, Tr::plain(Lang::En)).contains("another 8 h"));
        assert!(verdict(&v, Tr::plain(Lang::Ja)).contains("あと 8 時間"));
    }

    #[test]
    fn a_missing_plus81_is_reported_as_readers_saw_it_not_as_an_aws_rule() {
        // M5: "+81 or no call" rests on two readers' reports, so no sentence says AWS cannot call.
        let check = check_as_stored("090-1234-5678");
        let v = Verdict::FixPhone {
            stored: "090-1234-5678".into(),
            check,
        };
        for lang in [Lang::Ja, Lang::En] {
            let text = verdict(&v, Tr::plain(lang));
            assert!(text.contains("+819012345678"), "{text}");
            assert!(
                !text.contains("cannot call") && !text.contains("電話をかけられません"),
                "{text}"
            );
        }
        assert!(verdict(&v, Tr::plain(Lang::Ja)).contains("体験記事"));
        assert!(verdict(&v, Tr::plain(Lang::En)).contains("readers"));
    }

    #[test]
    fn durations_round_up_to_minutes() {
        assert_eq!(duration(59, Tr::plain(Lang::En)), "1 min");
        assert_eq!(duration(3600, Tr::plain(Lang::Ja)), "1 時間");
        assert_eq!(duration(3601, Tr::plain(Lang::En)), "1 h 1 min");
    }
}
