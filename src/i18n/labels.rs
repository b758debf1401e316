//! Names for the engine's typed things, in the reader's language: console buttons and the
//! edges of a journey's graph. Shared by the widget (its console and Map) and the authors'
//! `mfa-rescue map`, so both say the same.

use super::{Key, Tr};
use crate::engine::graph::EdgeKind;
use crate::engine::journey::{Action, Hours, Rule};

/// The label of a console button.
pub fn action_key(action: Action) -> Key {
    match action {
        Action::SignIn => Key::ActSignIn,
        Action::SubmitMfa => Key::ActSubmitMfa,
        Action::TroubleshootMfa => Key::ActTroubleshootMfa,
        Action::TryAnotherMethod => Key::ActTryAnotherMethod,
        Action::AlternativeFactors => Key::ActAlternativeFactors,
        Action::Resync => Key::ActResync,
        Action::SendEmail => Key::ActSendEmail,
        Action::ResendEmail => Key::ActResendEmail,
        Action::CallMeNow => Key::ActCallMeNow,
        Action::SendSms => Key::ActSendSms,
        Action::VoiceCall => Key::ActVoiceCall,
        Action::StartOver => Key::ActStartOver,
        Action::ContactSupport => Key::ActContactSupport,
        Action::SignInConsole => Key::ActSignInConsole,
        Action::RegisterMfa => Key::ActRegisterMfa,
        Action::SkipMfa => Key::ActSkipMfa,
        Action::RemoveDevice => Key::ActRemoveDevice,
        Action::AssignDevice => Key::ActAssignDevice,
        Action::SubmitSupport => Key::ActSubmitSupport,
    }
}

/// What takes the reader along an edge, as a short phrase: a choice's own label, a console
/// button's label, or the catalogue's words for the other kinds.
pub fn edge_label(kind: &EdgeKind<'_>, tr: Tr<'_>) -> String {
    let key = match kind {
        EdgeKind::Choice(label) => return label.get(tr.ja()).to_owned(),
        EdgeKind::Action(action) => action_key(*action),
        EdgeKind::Link => Key::EdgeLink,
        EdgeKind::LinkExpired => Key::EdgeLinkExpired,
        EdgeKind::Keypad => Key::EdgeKeypad,
        EdgeKind::ConsoleCode => Key::EdgeConsoleCode,
        EdgeKind::Enrolled => Key::EdgeEnrolled,
        EdgeKind::RuleHolds(Rule::JapaneseSupportOpen) => Key::EdgeSupportOpen,
        EdgeKind::RuleFails(Rule::JapaneseSupportOpen) => Key::EdgeSupportClosed,
        EdgeKind::RuleHolds(Rule::StoredPhoneReachable) => Key::EdgePhoneReachable,
        EdgeKind::RuleFails(Rule::StoredPhoneReachable) => Key::EdgePhoneUnreachable,
        EdgeKind::After { minutes, within } => {
            let duration = minutes_words(*minutes, tr);
            let key = match within {
                None => Key::EdgeAfter,
                Some(Hours::JapaneseSupport) => Key::EdgeAfterSupportHours,
            };
            return tr.fill(key, &[("duration", &duration)]);
        }
        EdgeKind::Continue => Key::Next,
    };
    tr.text(key).to_owned()
}

/// Whole minutes as the catalogue writes durations: 「15 分」「2 時間」「1 時間 30 分」.
pub fn minutes_words(minutes: u32, tr: Tr<'_>) -> String {
    let (h, m) = ((minutes / 60).to_string(), (minutes % 60).to_string());
    match (minutes / 60, minutes % 60) {
        (0, _) => tr.fill(Key::DurationMinutes, &[("m", &m)]),
        (_, 0) => tr.fill(Key::DurationHours, &[("h", &h)]),
        _ => tr.fill(Key::DurationHoursMinutes, &[("h", &h), ("m", &m)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::builtin;
    use crate::engine::graph::Graph;
    use crate::i18n::Lang;

    #[test]
    fn every_edge_of_every_journey_has_words_in_both_languages() {
        for id in builtin::IDS {
            let journey = builtin::journey(id).unwrap().unwrap();
            for edge in Graph::of(&journey).edges {
                for lang in [Lang::Ja, Lang::En] {
                    let label = edge_label(&edge.kind, Tr::plain(lang));
                    assert!(!label.trim().is_empty(), "{id}: {edge:?}");
                    assert!(!label.contains('{'), "{id}: {label}");
                }
            }
        }
    }

    #[test]
    fn waits_are_named_in_hours_and_minutes() {
        let after = |minutes, within| EdgeKind::After { minutes, within };
        let en = Tr::plain(Lang::En);
        let ja = Tr::plain(Lang::Ja);
        assert_eq!(edge_label(&after(15, None), en), "after 15 min");
        assert_eq!(edge_label(&after(120, None), ja), "2 時間後");
        assert_eq!(
            edge_label(&after(90, Some(Hours::JapaneseSupport)), en),
            "after 1 h 30 min, in Japanese support's hours"
        );
    }
}
