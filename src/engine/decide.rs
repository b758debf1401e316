//! The decision helper: "what should I do *now*?", answered from the world and the clock.
//! Each verdict has a stable keyword (for `data-verdict`) and a reason in both languages.

use super::calendar::{Weekday, jst};
use super::journey::{Decision, DecisionRule, Text};
use super::phone::{StoredCheck, check_as_stored};
use super::rules::{
    ClosedReason, SupportStatus, format_wait, holidays_delaying_opening, japanese_support_status,
};
use super::world::World;

/// What the helper card shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Stable keyword, e.g. `japanese` / `english`.
    pub verdict: String,
    /// The reason, in both languages.
    pub reason: Text,
    /// Extra advice from the journey, if any.
    pub advice: Option<Text>,
}

/// Evaluates a step's decision at `now`.
pub fn decide(decision: &Decision, world: &World, now: i64) -> Verdict {
    let advice = decision.text.clone();
    match decision.rule {
        Some(DecisionRule::SupportLanguage) => with_advice(support_language(now), advice),
        Some(DecisionRule::LinkExpiry) => with_advice(link_expiry(world, now), advice),
        Some(DecisionRule::PhoneFormat) => with_advice(phone_format(world), advice),
        None => Verdict {
            verdict: decision.verdict.clone().unwrap_or_default(),
            reason: advice.unwrap_or_default(),
            advice: None,
        },
    }
}

fn with_advice(mut v: Verdict, advice: Option<Text>) -> Verdict {
    v.advice = advice;
    v
}

const WEEKDAYS_JA: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn weekday_ja(w: Weekday) -> &'static str {
    WEEKDAYS_JA
        .get(usize::from(w.index_from_monday()))
        .copied()
        .unwrap_or_default()
}

fn weekday_en(w: Weekday) -> &'static str {
    WEEKDAYS_EN
        .get(usize::from(w.index_from_monday()))
        .copied()
        .unwrap_or_default()
}

/// "Saturday 02:14" / 「土曜 02:14」 in JST.
pub fn jst_moment(t: i64) -> Text {
    let c = jst(t);
    Text::new(
        format!(
            "{}/{} ({}) {:02}:{:02}",
            c.month,
            c.day,
            weekday_ja(c.weekday),
            c.hour,
            c.minute
        ),
        format!("{} {:02}:{:02}", weekday_en(c.weekday), c.hour, c.minute),
    )
}

fn duration(secs: i64) -> Text {
    let (h, m) = format_wait(secs);
    match (h, m) {
        (0, m) => Text::new(format!("{m} 分"), format!("{m} min")),
        (h, 0) => Text::new(format!("{h} 時間"), format!("{h} h")),
        (h, m) => Text::new(format!("{h} 時間 {m} 分"), format!("{h} h {m} min")),
    }
}

/// Japanese support (weekdays 09:00–18:00 JST) or English, right now.
pub fn support_language(now: i64) -> Verdict {
    let at = jst_moment(now);
    match japanese_support_status(now) {
        SupportStatus::Open { closes_at } => {
            let left = duration(closes_at.saturating_sub(now));
            Verdict {
                verdict: "japanese".into(),
                reason: Text::new(
                    format!(
                        "日本時間は今 {}。日本語サポートの受付時間内です（18:00 まで、あと {}）。日本語を選べます。",
                        at.ja, left.ja
                    ),
                    format!(
                        "It is {} in Japan: Japanese support is open until 18:00 (another {}). You can choose Japanese.",
                        at.en, left.en
                    ),
                ),
                advice: None,
            }
        }
        SupportStatus::Closed {
            opens_at,
            wait_secs,
            reason,
        } => {
            let opens = jst_moment(opens_at);
            let wait = duration(wait_secs);
            let why = match reason {
                ClosedReason::Holiday(h) => Text::new(
                    format!("今日は祝日（{}）です。", h.name_ja),
                    format!("Today is a public holiday ({}). ", h.name_en),
                ),
                ClosedReason::Weekend => Text::new("今日は週末です。", "It is the weekend. "),
                ClosedReason::BeforeHours | ClosedReason::AfterHours => {
                    Text::new("受付時間外です。", "")
                }
            };
            let holiday_note = if holidays_delaying_opening(now).is_empty() {
                Text::default()
            } else {
                Text::new(
                    "（祝日も休みと仮定しています。資料は「平日」としか書いていません。）",
                    " (Assuming holidays are closed too; the sources only say \"weekdays\".)",
                )
            };
            Verdict {
                verdict: "english".into(),
                reason: Text::new(
                    format!(
                        "日本時間は今 {}。{}日本語サポートが開くのは {}、{} 後です。急ぐなら英語を選んでください。英語なら数分〜20 分ほどで電話が来たという報告があります。{}",
                        at.ja, why.ja, opens.ja, wait.ja, holiday_note.ja
                    ),
                    format!(
                        "It is {} in Japan. {}Japanese support opens {} 9:00, in {}: choose English. Readers report an English call within minutes to 20 minutes.{}",
                        at.en,
                        why.en,
                        opens.en.split(' ').next().unwrap_or_default(),
                        wait.en,
                        holiday_note.en
                    ),
                ),
                advice: None,
            }
        }
    }
}

/// Is the newest verification link still usable.
pub fn link_expiry(world: &World, now: i64) -> Verdict {
    let unconfirmed = Text::new(
        "15 分という期限は 2017 年の体験記事によるもので、AWS の資料では確認できていません。",
        "The 15 minutes come from a 2017 article; no AWS document confirms it.",
    );
    match world.latest_link() {
        None => Verdict {
            verdict: "wait-for-mail".into(),
            reason: Text::new(
                "確認メールはまだ届いていません。届かなければ迷惑メールフォルダーを確認し、「E メールを再送信」を押してください。",
                "No verification mail yet. If it does not arrive, check spam, then choose \"Resend the email\".",
            ),
            advice: None,
        },
        Some((_, link)) if link.used => Verdict {
            verdict: "link-used".into(),
            reason: Text::new(
                "リンクは使用済みです。画面の次のステップに進んでください。",
                "The link has been used. Go on with the next step on the screen.",
            ),
            advice: None,
        },
        Some((_, link)) => match link.expires_at {
            Some(t) if now >= t => Verdict {
                verdict: "link-expired".into(),
                reason: Text::new(
                    format!(
                        "リンクの期限（{}）が過ぎました。メールを再送信して、新しいリンクを使ってください。{}",
                        jst_moment(t).ja,
                        unconfirmed.ja
                    ),
                    format!(
                        "The link expired at {} JST. Resend the email and use the new link. {}",
                        jst_moment(t).en,
                        unconfirmed.en
                    ),
                ),
                advice: None,
            },
            Some(t) => {
                let left = duration(t.saturating_sub(now));
                Verdict {
                    verdict: "click-now".into(),
                    reason: Text::new(
                        format!(
                            "今すぐメールのリンクを開いてください。あと {}（{} まで）で使えなくなります。{}",
                            left.ja,
                            jst_moment(t).ja,
                            unconfirmed.ja
                        ),
                        format!(
                            "Open the link in the mail now: it stops working in {} (at {} JST). {}",
                            left.en,
                            jst_moment(t).en,
                            unconfirmed.en
                        ),
                    ),
                    advice: None,
                }
            }
            None => Verdict {
                verdict: "click-now".into(),
                reason: Text::new(
                    "メールのリンクを開いてください。",
                    "Open the link in the mail.",
                ),
                advice: None,
            },
        },
    }
}

/// Will AWS be able to call the number stored on the account.
pub fn phone_format(world: &World) -> Verdict {
    let check = check_as_stored(&world.stored_phone);
    if check.is_ok() {
        Verdict {
            verdict: "call-will-work".into(),
            reason: Text::new(
                format!(
                    "登録されている電話番号 {} は AWS が電話できる形式です。",
                    world.stored_phone
                ),
                format!(
                    "The stored number {} is in the form AWS can call.",
                    world.stored_phone
                ),
            ),
            advice: None,
        }
    } else {
        let (ja, en) = match &check {
            StoredCheck::Ok => (String::new(), String::new()),
            other => (other.explain_ja(), other.explain_en()),
        };
        Verdict {
            verdict: "fix-phone".into(),
            reason: Text::new(
                format!(
                    "登録されている電話番号「{}」では電話がかかりません。{}",
                    world.stored_phone, ja
                ),
                format!(
                    "AWS cannot call the stored number \"{}\". {}",
                    world.stored_phone, en
                ),
            ),
            advice: None,
        }
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
        let v = support_language(at_jst(2026, 11, 28, 2, 14));
        assert_eq!(v.verdict, "english");
        assert!(v.reason.en.contains("Saturday 02:14"), "{}", v.reason.en);
        assert!(
            v.reason.en.contains("Monday 9:00, in 54 h 46 min"),
            "{}",
            v.reason.en
        );
        assert!(v.reason.ja.contains("54 時間 46 分"), "{}", v.reason.ja);
    }

    #[test]
    fn a_holiday_monday_pushes_the_opening_and_says_it_is_an_assumption() {
        // Saturday 2026-11-21 02:14 JST; Monday 11-23 is Labour Thanksgiving Day.
        let v = support_language(at_jst(2026, 11, 21, 2, 14));
        assert_eq!(v.verdict, "english");
        assert!(
            v.reason.en.contains("Tuesday 9:00, in 78 h 46 min"),
            "{}",
            v.reason.en
        );
        assert!(
            v.reason.en.contains("Assuming holidays are closed"),
            "{}",
            v.reason.en
        );
    }

    #[test]
    fn weekday_office_hours_say_japanese() {
        let v = support_language(at_jst(2026, 11, 24, 10, 0));
        assert_eq!(v.verdict, "japanese");
        assert!(v.reason.en.contains("another 8 h"), "{}", v.reason.en);
    }

    #[test]
    fn phone_without_country_code_is_flagged() {
        let mut world = World::new(&mut Entropy::from_seed(Some("d"))).unwrap();
        assert_eq!(phone_format(&world).verdict, "call-will-work");
        world.stored_phone = "090-1234-5678".into();
        let v = phone_format(&world);
        assert_eq!(v.verdict, "fix-phone");
        assert!(v.reason.en.contains("+819012345678"), "{}", v.reason.en);
    }
}
