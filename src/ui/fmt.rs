//! Small text helpers shared by the panels: times in Japan, the English runs of a text, and its
//! blocks (paragraphs and lists), which [`super::html`] writes as HTML.

use leptos::prelude::*;

use super::fragment;
use crate::engine::calendar::{CivilDateTime, civil_from_unix, jst};

/// "21:05" in Japan.
pub fn jst_hhmm(unix: i64) -> String {
    hhmm(&jst(unix))
}

pub use super::words::{date, hhmm};

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

/// Whether `run` reads as English: two words or more of Latin letters.
fn english(run: &str) -> bool {
    run.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count()
        >= 2
}

/// Japanese text split into runs, the English ones (two words or more, such as the AWS labels
/// kept in English: 「Troubleshoot MFA」を押して) marked `true` so they can carry `lang="en"` and
/// screen readers switch voice. Text with no Japanese in it is one unmarked run.
pub fn english_runs(text: &str) -> Vec<(&str, bool)> {
    let japanese = |c: char| matches!(c, '\u{3000}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}');
    if !text.chars().any(japanese) {
        return vec![(text, false)];
    }
    let mut runs = Vec::new();
    let mut start = 0;
    let mut in_japanese = text.starts_with(japanese);
    for (i, c) in text.char_indices() {
        if japanese(c) != in_japanese {
            let run = text.get(start..i).unwrap_or_default();
            runs.push((run, !in_japanese && english(run)));
            start = i;
            in_japanese = !in_japanese;
        }
    }
    let run = text.get(start..).unwrap_or_default();
    runs.push((run, !in_japanese && english(run)));
    runs
}

/// The runs of `text` as a screen in `ja` shows them: [`english_runs`], and on a Japanese screen
/// a text that is English as a whole (two words or more) is one marked run. [`inline`] makes
/// views of them, [`super::html`] HTML.
pub fn marked_runs(text: &str, ja: bool) -> Vec<(&str, bool)> {
    let mut runs = english_runs(text);
    if let [(whole, marked)] = runs.as_mut_slice() {
        *marked = ja && english(whole);
    }
    runs
}

/// Text shown in a screen (Japanese when `ja`), its English runs in `<span lang="en">`: inside
/// Japanese text, and the whole of an English name ("AWS IAM") on a Japanese screen.
pub fn inline(text: &str, ja: bool) -> AnyView {
    let runs = marked_runs(text, ja);
    if runs.iter().all(|(_, en)| !en) {
        return text.to_owned().into_any();
    }
    fragment(
        runs.into_iter()
            .map(|(run, en)| {
                if en {
                    view! { <span lang="en">{run.to_owned()}</span> }.into_any()
                } else {
                    run.to_owned().into_any()
                }
            })
            .collect(),
    )
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
    fn english_runs_inside_japanese_text() {
        assert_eq!(
            english_runs("「Troubleshoot MFA」を押す。AWS の画面"),
            vec![
                ("「", false),
                ("Troubleshoot MFA", true),
                ("」を押す。", false),
                ("AWS ", false),
                ("の画面", false),
            ]
        );
        assert_eq!(
            english_runs("Verify your email"),
            vec![("Verify your email", false)]
        );
        assert_eq!(
            english_runs("Support language: 次"),
            vec![("Support language: ", true), ("次", false)]
        );
        assert_eq!(
            english_runs("練習では +81 90-1234-5678").get(1),
            Some(&(" +81 90-1234-5678", false))
        );
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
        assert_eq!(
            date(&c, crate::i18n::Tr::plain(crate::i18n::Lang::Ja)),
            "11月21日（土）"
        );
        assert_eq!(
            date(&c, crate::i18n::Tr::plain(crate::i18n::Lang::En)),
            "Sat 21 Nov"
        );
        assert_eq!(jst_hhmm(1_795_262_410), "21:00");
    }
}
