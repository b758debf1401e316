//! Sentences made of the engine's facts: a verdict of the decision helper, what is wrong with a
//! phone number, a moment in Japan, a wait. Every word comes from the i18n catalogue (so that a
//! translator finds it and its completeness test covers it); this module only chooses the key
//! and fills in the placeholders. Date and duration words live here and nowhere else.

use crate::engine::calendar::{CivilDateTime, jst};
use crate::engine::decide::Verdict;
use crate::engine::phone::{PhoneProblem, StoredCheck, visible};
use crate::engine::rules::{ClosedReason, format_wait};
use crate::i18n::{Key, Lang};

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

fn weekday(c: &CivilDateTime, lang: Lang) -> &'static str {
    WEEKDAYS
        .get(usize::from(c.weekday.index_from_monday()))
        .map_or("", |k| k.text(lang))
}

fn month(c: &CivilDateTime, lang: Lang) -> &'static str {
    MONTHS
        .get(usize::from(c.month).saturating_sub(1))
        .map_or("", |k| k.text(lang))
}

/// "21:05".
pub fn hhmm(c: &CivilDateTime) -> String {
    format!("{:02}:{:02}", c.hour, c.minute)
}

/// 「11月21日（土）」 / "Sat 21 Nov".
pub fn date(c: &CivilDateTime, lang: Lang) -> String {
    let day = weekday(c, lang);
    // English dates use the short weekday ("Sat"); the catalogue holds the long one.
    let day = if lang == Lang::En {
        day.get(..3).unwrap_or(day)
    } else {
        day
    };
    Key::DateLine.fill(
        lang,
        &[
            ("weekday", day),
            ("day", &c.day.to_string()),
            ("month", month(c, lang)),
        ],
    )
}

/// A moment in Japan: 「11月30日（月）09:00」 / "Monday 09:00".
pub fn moment(t: i64, lang: Lang) -> String {
    let c = jst(t);
    Key::MomentJst.fill(
        lang,
        &[
            ("weekday", weekday(&c, lang)),
            ("month", month(&c, lang)),
            ("day", &c.day.to_string()),
            ("time", &hhmm(&c)),
        ],
    )
}

/// A wait, in whole minutes rounded up: 「54 時間 46 分」 / "54 h 46 min".
pub fn duration(secs: i64, lang: Lang) -> String {
    let (h, m) = format_wait(secs);
    let (h, m) = (h.to_string(), m.to_string());
    match (h.as_str(), m.as_str()) {
        ("0", _) => Key::DurationMinutes.fill(lang, &[("m", &m)]),
        (_, "0") => Key::DurationHours.fill(lang, &[("h", &h)]),
        _ => Key::DurationHoursMinutes.fill(lang, &[("h", &h), ("m", &m)]),
    }
}

/// The note on a link's lifetime: the 2017 article's 15 minutes, or this rehearsal's parameter.
pub fn link_lifetime_note(lifetime_secs: Option<i64>, lang: Lang) -> String {
    match lifetime_secs {
        None => String::new(),
        Some(secs) if secs == crate::engine::world::ARTICLE_LINK_MINUTES * 60 => {
            Key::LinkExpiryArticle.text(lang).to_owned()
        }
        Some(secs) => Key::LinkExpiryParameter.fill(lang, &[("min", &(secs / 60).to_string())]),
    }
}

/// What the decision helper says, in `lang`.
pub fn verdict(v: &Verdict, lang: Lang) -> String {
    let japanese = lang == Lang::Ja;
    match v {
        Verdict::JapaneseOpen { now, closes_at } => Key::VerdictJapaneseOpen.fill(
            lang,
            &[
                ("now", &moment(*now, lang)),
                ("left", &duration(closes_at.saturating_sub(*now), lang)),
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
                    Key::ClosedHoliday.fill(lang, &[("name", name)])
                }
                ClosedReason::Weekend => Key::ClosedWeekend.text(lang).to_owned(),
                ClosedReason::BeforeHours | ClosedReason::AfterHours => {
                    Key::ClosedHours.text(lang).to_owned()
                }
            };
            let assumed = if *holiday_assumed {
                Key::HolidayAssumed.text(lang)
            } else {
                ""
            };
            Key::VerdictEnglish.fill(
                lang,
                &[
                    ("now", &moment(*now, lang)),
                    ("why", &why),
                    ("opens", &moment(*opens_at, lang)),
                    ("wait", &duration(*wait_secs, lang)),
                    ("assumed", assumed),
                ],
            )
        }
        Verdict::WaitForMail => Key::VerdictWaitForMail.text(lang).to_owned(),
        Verdict::LinkUsed => Key::VerdictLinkUsed.text(lang).to_owned(),
        Verdict::LinkExpired {
            expired_at,
            lifetime_secs,
        } => Key::VerdictLinkExpired.fill(
            lang,
            &[
                ("time", &moment(*expired_at, lang)),
                ("note", &link_lifetime_note(*lifetime_secs, lang)),
            ],
        ),
        Verdict::ClickNow {
            now,
            expires_at: Some(t),
            lifetime_secs,
        } => Key::VerdictClickNow.fill(
            lang,
            &[
                ("left", &duration(t.saturating_sub(*now), lang)),
                ("time", &moment(*t, lang)),
                ("note", &link_lifetime_note(*lifetime_secs, lang)),
            ],
        ),
        Verdict::ClickNow {
            expires_at: None, ..
        } => Key::VerdictClickNowNoExpiry.text(lang).to_owned(),
        Verdict::CallWillWork { stored } => {
            Key::VerdictCallWillWork.fill(lang, &[("stored", stored)])
        }
        Verdict::FixPhone { stored, check } => Key::VerdictFixPhone.fill(
            lang,
            &[("stored", stored), ("explain", &stored_check(check, lang))],
        ),
        Verdict::Fixed { text, .. } => text.get(japanese).to_owned(),
    }
}

/// What AWS asks of the number as it is stored, and what to store instead.
pub fn stored_check(check: &StoredCheck, lang: Lang) -> String {
    let with = |key: Key, s: &dyn ToString| key.fill(lang, &[("suggestion", &s.to_string())]);
    match check {
        StoredCheck::Ok => Key::StoredOk.text(lang).to_owned(),
        StoredCheck::Empty => Key::StoredEmpty.text(lang).to_owned(),
        StoredCheck::MissingCountryCode {
            suggestion: Some(s),
        } if s.is_japanese() => with(Key::StoredNoPlus81, s),
        StoredCheck::MissingCountryCode {
            suggestion: Some(s),
        } => with(Key::StoredNoCountryCode, s),
        StoredCheck::MissingCountryCode { suggestion: None } => {
            Key::StoredNoCountryCodeUnknown.text(lang).to_owned()
        }
        StoredCheck::MissingPlus { suggestion } => with(Key::StoredMissingPlus, suggestion),
        StoredCheck::LeadingZeroAfterCountryCode { suggestion } => {
            with(Key::StoredLeadingZero, suggestion)
        }
        StoredCheck::HasSpacesOrSymbols { suggestion } => with(Key::StoredSpaces, suggestion),
        StoredCheck::TollFree => phone_problem(&PhoneProblem::TollFree, lang),
        StoredCheck::TooShort { japanese } => phone_problem(
            &PhoneProblem::TooShort {
                japanese: *japanese,
            },
            lang,
        ),
        StoredCheck::TooLong { japanese } => phone_problem(
            &PhoneProblem::TooLong {
                japanese: *japanese,
            },
            lang,
        ),
        StoredCheck::NotAPhoneNumber { problem } => phone_problem(problem, lang),
    }
}

/// Why a typed phone number can't be read, and the fix.
pub fn phone_problem(problem: &PhoneProblem, lang: Lang) -> String {
    match problem {
        PhoneProblem::Empty => Key::PhoneEmpty.text(lang).to_owned(),
        PhoneProblem::UnexpectedCharacter { found } => {
            Key::PhoneBadCharacter.fill(lang, &[("found", &visible(*found))])
        }
        PhoneProblem::MisplacedPlus => Key::PhoneMisplacedPlus.text(lang).to_owned(),
        PhoneProblem::CountryCodeStartsWithZero {
            suggestion: Some(s),
        } => Key::PhoneCountryCodeZero.fill(lang, &[("suggestion", &s.to_string())]),
        PhoneProblem::CountryCodeStartsWithZero { suggestion: None } => {
            Key::PhoneCountryCodeZeroUnknown.text(lang).to_owned()
        }
        PhoneProblem::NoCountryCode => Key::PhoneNoCountryCode.text(lang).to_owned(),
        PhoneProblem::TollFree => Key::PhoneTollFree.text(lang).to_owned(),
        PhoneProblem::TooShort { japanese: true } => {
            Key::PhoneTooShortJapanese.text(lang).to_owned()
        }
        PhoneProblem::TooShort { japanese: false } => Key::PhoneTooShort.text(lang).to_owned(),
        PhoneProblem::TooLong { japanese: true } => Key::PhoneTooLongJapanese.text(lang).to_owned(),
        PhoneProblem::TooLong { japanese: false } => Key::PhoneTooLong.text(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::{JST_OFFSET_SECS, unix_from_civil};
    use crate::engine::decide::support_language;
    use crate::engine::phone::check_as_stored;

    fn at_jst(y: i32, mo: u8, d: u8, h: u8, mi: u8) -> i64 {
        unix_from_civil(y, mo, d, h, mi, 0, JST_OFFSET_SECS).unwrap()
    }

    #[test]
    fn saturday_night_reads_in_both_languages() {
        let v = support_language(at_jst(2026, 11, 28, 2, 14));
        let en = verdict(&v, Lang::En);
        assert!(en.contains("It is Saturday 02:14 in Japan"), "{en}");
        assert!(en.contains("opens Monday 09:00, in 54 h 46 min"), "{en}");
        let ja = verdict(&v, Lang::Ja);
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
        let en = verdict(&v, Lang::En);
        assert!(en.contains("Tuesday 09:00, in 78 h 46 min"), "{en}");
        assert!(en.contains("Assuming holidays are closed"), "{en}");
        assert!(verdict(&v, Lang::Ja).contains("仮定"));
    }

    #[test]
    fn weekday_hours_say_how_long_japanese_support_stays_open() {
        let v = support_language(at_jst(2026, 11, 24, 10, 0));
        assert!(verdict(&v, Lang::En).contains("another 8 h"));
        assert!(verdict(&v, Lang::Ja).contains("あと 8 時間"));
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
            let text = verdict(&v, lang);
            assert!(text.contains("+819012345678"), "{text}");
            assert!(
                !text.contains("cannot call") && !text.contains("電話をかけられません"),
                "{text}"
            );
        }
        assert!(verdict(&v, Lang::Ja).contains("体験記事"));
        assert!(verdict(&v, Lang::En).contains("readers"));
    }

    #[test]
    fn durations_round_up_to_minutes() {
        assert_eq!(duration(59, Lang::En), "1 min");
        assert_eq!(duration(3600, Lang::Ja), "1 時間");
        assert_eq!(duration(3601, Lang::En), "1 h 1 min");
    }
}
