//! The decision helper: "what should I do *now*?", answered from the world and the clock.
//!
//! A verdict is data: which answer (a stable keyword for `data-verdict`) and the facts behind it
//! (when Japanese support opens, how long the wait is, why it is closed, whether a holiday is
//! assumed closed, until when a link works). The words are the UI's: `ui::words` renders a
//! verdict from the i18n catalogue, so every sentence a reader sees is in one place.

use super::journey::{Decision, DecisionRule, Text};
use super::phone::{StoredCheck, check_as_stored};
use super::rules::{
    ClosedReason, SupportStatus, holidays_delaying_opening, japanese_support_status,
};
use super::world::World;

/// What the helper card says, as facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Japanese-language support answers now (`japanese`).
    JapaneseOpen { now: i64, closes_at: i64 },
    /// Japanese-language support is closed: choose English if in a hurry (`english`).
    EnglishNow {
        now: i64,
        opens_at: i64,
        wait_secs: i64,
        why: ClosedReason,
        /// A public holiday lengthens the wait: closed by assumption (the sources say 平日).
        holiday_assumed: bool,
    },
    /// No link mail yet (`wait-for-mail`).
    WaitForMail,
    /// The newest link was used (`link-used`).
    LinkUsed,
    /// The newest link expired (`link-expired`).
    LinkExpired {
        expired_at: i64,
        lifetime_secs: Option<i64>,
    },
    /// Open the link now (`click-now`), before it expires if it does.
    ClickNow {
        now: i64,
        expires_at: Option<i64>,
        lifetime_secs: Option<i64>,
    },
    /// The stored number is in the form AWS asks for (`call-will-work`).
    CallWillWork { stored: String },
    /// The stored number is not, and what to store instead (`fix-phone`).
    FixPhone { stored: String, check: StoredCheck },
    /// A verdict the journey states itself.
    Fixed { keyword: String, text: Text },
}

impl Verdict {
    /// The stable keyword for `data-verdict`.
    pub fn keyword(&self) -> &str {
        match self {
            Verdict::JapaneseOpen { .. } => "japanese",
            Verdict::EnglishNow { .. } => "english",
            Verdict::WaitForMail => "wait-for-mail",
            Verdict::LinkUsed => "link-used",
            Verdict::LinkExpired { .. } => "link-expired",
            Verdict::ClickNow { .. } => "click-now",
            Verdict::CallWillWork { .. } => "call-will-work",
            Verdict::FixPhone { .. } => "fix-phone",
            Verdict::Fixed { keyword, .. } => keyword,
        }
    }
}

/// A verdict and the journey's extra advice under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decided {
    pub verdict: Verdict,
    pub advice: Option<Text>,
}

/// Evaluates a step's decision at `now`.
pub fn decide(decision: &Decision, world: &World, now: i64) -> Decided {
    let advice = decision.text.clone();
    let verdict = match decision.rule {
        Some(DecisionRule::SupportLanguage) => support_language(now),
        Some(DecisionRule::LinkExpiry) => link_expiry(world, now),
        Some(DecisionRule::PhoneFormat) => phone_format(world),
        None => {
            return Decided {
                verdict: Verdict::Fixed {
                    keyword: decision.verdict.clone().unwrap_or_default(),
                    text: advice.unwrap_or_default(),
                },
                advice: None,
            };
        }
    };
    Decided { verdict, advice }
}

/// Japanese support (weekdays 09:00–18:00 JST) or English, right now.
pub fn support_language(now: i64) -> Verdict {
    match japanese_support_status(now) {
        SupportStatus::Open { closes_at } => Verdict::JapaneseOpen { now, closes_at },
        SupportStatus::Closed {
            opens_at,
            wait_secs,
            reason,
        } => Verdict::EnglishNow {
            now,
            opens_at,
            wait_secs,
            why: reason,
            holiday_assumed: !holidays_delaying_opening(now).is_empty(),
        },
    }
}

/// Is the newest verification link still usable.
pub fn link_expiry(world: &World, now: i64) -> Verdict {
    match world.latest_link() {
        None => Verdict::WaitForMail,
        Some((_, link)) if link.used => Verdict::LinkUsed,
        Some((_, link)) => {
            let lifetime_secs = link.lifetime_secs;
            match link.expires_at {
                Some(t) if link.expired(now) => Verdict::LinkExpired {
                    expired_at: t,
                    lifetime_secs,
                },
                expires_at => Verdict::ClickNow {
                    now,
                    expires_at,
                    lifetime_secs,
                },
            }
        }
    }
}

/// Will AWS be able to call the number stored on the account.
pub fn phone_format(world: &World) -> Verdict {
    let stored = world.stored_phone.clone();
    match check_as_stored(&world.stored_phone) {
        StoredCheck::Ok => Verdict::CallWillWork { stored },
        check => Verdict::FixPhone { stored, check },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::{JST_OFFSET_SECS, unix_from_civil};
    use crate::engine::entropy::Entropy;

    fn at_jst(y: i32, mo: u8, d: u8, h: u8, mi: u8) -> i64 {
        unix_from_civil(y, mo, d, h, mi, 0, JST_OFFSET_SECS).unwrap()
    }

    #[test]
    fn saturday_night_in_japan_says_english_and_when_japanese_opens() {
        // Saturday 2026-11-28 02:14 JST: next opening Monday 11-30 09:00, 54 h 46 min.
        let now = at_jst(2026, 11, 28, 2, 14);
        let Verdict::EnglishNow {
            opens_at,
            wait_secs,
            why,
            holiday_assumed,
            ..
        } = support_language(now)
        else {
            panic!("expected english");
        };
        assert_eq!(opens_at, at_jst(2026, 11, 30, 9, 0));
        assert_eq!(wait_secs, 54 * 3600 + 46 * 60);
        assert_eq!(why, ClosedReason::Weekend);
        assert!(!holiday_assumed);
    }

    #[test]
    fn a_holiday_monday_pushes_the_opening_and_says_it_is_an_assumption() {
        // Saturday 2026-11-21 02:14 JST; Monday 11-23 is Labour Thanksgiving Day.
        let v = support_language(at_jst(2026, 11, 21, 2, 14));
        let Verdict::EnglishNow {
            opens_at,
            holiday_assumed,
            ..
        } = v
        else {
            panic!("expected english");
        };
        assert_eq!(opens_at, at_jst(2026, 11, 24, 9, 0));
        assert!(holiday_assumed);
    }

    #[test]
    fn weekday_office_hours_say_japanese() {
        let now = at_jst(2026, 11, 24, 10, 0);
        assert_eq!(
            support_language(now),
            Verdict::JapaneseOpen {
                now,
                closes_at: at_jst(2026, 11, 24, 18, 0)
            }
        );
        assert_eq!(support_language(now).keyword(), "japanese");
    }

    #[test]
    fn phone_without_country_code_is_flagged() {
        let mut world = World::new(&mut Entropy::from_seed(Some("d"))).unwrap();
        assert_eq!(phone_format(&world).keyword(), "call-will-work");
        world.stored_phone = "090-1234-5678".into();
        let v = phone_format(&world);
        assert_eq!(v.keyword(), "fix-phone");
        let Verdict::FixPhone { check, .. } = v else {
            panic!("expected fix-phone");
        };
        assert_eq!(
            check.suggestion().map(ToString::to_string).as_deref(),
            Some("+819012345678")
        );
    }
}
