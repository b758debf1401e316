//! Small text helpers shared by the panels: times in Japan, paragraphs of journey text.

use leptos::prelude::*;

use super::fragment;
use crate::engine::calendar::{CivilDateTime, civil_from_unix, jst};

const WEEKDAYS_JA: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const WEEKDAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "21:05" in Japan.
pub fn jst_hhmm(unix: i64) -> String {
    hhmm(&jst(unix))
}

/// "21:05" of a civil reading.
pub fn hhmm(c: &CivilDateTime) -> String {
    format!("{:02}:{:02}", c.hour, c.minute)
}

/// 「11月21日（土）」 / "Sat 21 Nov".
pub fn date(c: &CivilDateTime, japanese: bool) -> String {
    let w = usize::from(c.weekday.index_from_monday());
    if japanese {
        let day = WEEKDAYS_JA.get(w).copied().unwrap_or_default();
        format!("{}月{}日（{day}）", c.month, c.day)
    } else {
        let day = WEEKDAYS_EN.get(w).copied().unwrap_or_default();
        let month = MONTHS_EN
            .get(usize::from(c.month).saturating_sub(1))
            .copied()
            .unwrap_or_default();
        format!("{day} {} {month}", c.day)
    }
}

/// The wall-clock reading at `offset_secs` east of UTC.
pub fn at_offset(unix: i64, offset_secs: i64) -> CivilDateTime {
    civil_from_unix(unix, offset_secs)
}

/// "UTC+9", "UTC−5:30".
pub fn utc_offset(offset_secs: i64) -> String {
    let sign = if offset_secs < 0 { '−' } else { '+' };
    let abs = offset_secs.unsigned_abs();
    let (h, m) = (abs / 3600, abs / 60 % 60);
    if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

/// `Some("en")` for text shown in a Japanese screen that has no Japanese in it (AWS's mail
/// button "Verify your email address" stays English), so screen readers switch voice.
pub fn lang_hint(text: &str, japanese: bool) -> Option<&'static str> {
    let is_japanese = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}');
    (japanese && !text.chars().any(is_japanese) && text.chars().any(|c| c.is_ascii_alphabetic()))
        .then_some("en")
}

/// [`lang_hint`] as the value of a `lang` attribute.
pub fn lang_attr(text: &str, japanese: bool) -> Option<String> {
    lang_hint(text, japanese).map(str::to_owned)
}

/// How a block of journey text is shown.
#[derive(Debug, PartialEq, Eq)]
pub enum Block<'t> {
    Paragraph(&'t str),
    /// Lines that all start with "- ".
    List(Vec<&'t str>),
    /// A block whose first line starts with "$ ": commands and what they print, as typed.
    Code(&'t str),
}

/// Journey text split into blocks: a blank line starts a new one.
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    text.split("\n\n")
        .map(|b| b.trim_matches('\n'))
        .filter(|b| !b.trim().is_empty())
        .map(|b| {
            if b.starts_with("$ ") {
                Block::Code(b)
            } else if b.lines().all(|l| l.trim_start().starts_with("- ")) {
                Block::List(
                    b.lines()
                        .map(|l| l.trim_start().trim_start_matches("- "))
                        .collect(),
                )
            } else {
                Block::Paragraph(b.trim())
            }
        })
        .collect()
}

/// Journey text as paragraphs, lists and command blocks (see [`blocks`]).
pub fn paragraphs(text: &str) -> AnyView {
    fragment(
        blocks(text)
            .into_iter()
            .map(|b| match b {
                Block::Paragraph(p) => view! { <p>{p.to_owned()}</p> }.into_any(),
                Block::List(items) => {
                    let items = items
                        .into_iter()
                        .map(|i| view! { <li>{i.to_owned()}</li> }.into_any())
                        .collect();
                    view! { <ul>{fragment(items)}</ul> }.into_any()
                }
                Block::Code(c) => view! {
                    <pre class="cli" lang="en" translate="no"><code>{c.to_owned()}</code></pre>
                }
                .into_any(),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_inside_japanese_is_marked() {
        assert_eq!(lang_hint("Verify your email address", true), Some("en"));
        assert_eq!(lang_hint("確認 E メールの送信", true), None);
        assert_eq!(lang_hint("Verify your email address", false), None);
        assert_eq!(lang_hint("123 456", true), None);
    }

    #[test]
    fn text_blocks() {
        let text = "Intro line.\n\n- one\n- two\n\n$ aws iam list-mfa-devices\n{ }\n\nEnd.";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Intro line."),
                Block::List(vec!["one", "two"]),
                Block::Code("$ aws iam list-mfa-devices\n{ }"),
                Block::Paragraph("End."),
            ]
        );
        assert!(blocks("\n\n \n\n").is_empty());
    }

    #[test]
    fn offsets_read_like_a_clock() {
        assert_eq!(utc_offset(9 * 3600), "UTC+9");
        assert_eq!(utc_offset(-(5 * 3600 + 1800)), "UTC−5:30");
        assert_eq!(utc_offset(0), "UTC+0");
    }

    #[test]
    fn dates_in_both_languages() {
        // 2026-11-21 is a Saturday.
        let c = jst(1_795_262_410);
        assert_eq!(date(&c, true), "11月21日（土）");
        assert_eq!(date(&c, false), "Sat 21 Nov");
        assert_eq!(jst_hhmm(1_795_262_410), "21:00");
    }
}
